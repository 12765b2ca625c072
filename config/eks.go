package config

// CapacityType is how a node group buys its instances.
type CapacityType string

const (
	// OnDemand instances are never reclaimed: system add-ons run there.
	OnDemand CapacityType = "ON_DEMAND"
	// Spot instances cost 60-70 % less and can be reclaimed with two
	// minutes' notice: stateless, replicated workloads run there.
	Spot CapacityType = "SPOT"
)

// EKS is the Kubernetes cluster of an environment.
type EKS struct {
	// Version is the Kubernetes minor version, e.g. "1.33". It must be one
	// of KubernetesVersions, which pins the managed add-on versions known
	// to work with it. Default: DefaultKubernetesVersion.
	Version string
	// PublicEndpoint opens the API server endpoint to the internet, to
	// PublicAccessCIDRs only. The private endpoint is always on. Default:
	// true in dev (from the CIDRs you list), false in prod (reach it
	// through the bastion).
	PublicEndpoint bool
	// PublicAccessCIDRs may reach the public endpoint. Required (and
	// never 0.0.0.0/0 in production) when PublicEndpoint is on.
	// Default: the documentation range 203.0.113.0/24 in dev: replace it
	// with your office or VPN range.
	PublicAccessCIDRs []string
	// AdminPrincipalARNs are IAM roles or users given cluster-admin
	// through EKS access entries. Default: none (add your SSO role).
	AdminPrincipalARNs []string
	// ServiceCIDR is the range Kubernetes Services get their IPs from. It
	// must not overlap the VPC. Default: 172.20.0.0/16.
	ServiceCIDR string
	// DeletionProtection refuses `terraform destroy` of the cluster
	// (Terraform's prevent_destroy). Default: false in dev, true in prod
	// (which requires it).
	DeletionProtection bool
	// NodeGroups are the managed node groups. Default: an on-demand
	// "system" group for add-ons and a spot "workers" group.
	NodeGroups []NodeGroup
}

// NodeGroup is one EKS managed node group.
type NodeGroup struct {
	// Name is the group's ID, unique in the cluster and stable: it becomes
	// part of Terraform addresses. Required: 2-20 lower-case letters,
	// digits and dashes.
	Name string
	// CapacityType is OnDemand or Spot. Required.
	CapacityType CapacityType
	// InstanceTypes the group may launch. Required; spot groups need at
	// least 4 so that a reclaimed pool has somewhere to go.
	InstanceTypes []string
	// MinSize, DesiredSize and MaxSize bound the group's node count:
	// 0 ≤ MinSize ≤ DesiredSize ≤ MaxSize, MaxSize ≥ 1. Karpenter adds
	// capacity beyond these groups.
	MinSize, DesiredSize, MaxSize int
	// DiskSizeGiB is the encrypted gp3 root volume's size. Default: 50;
	// at least 20.
	DiskSizeGiB int
	// MaxUnavailablePercent is how much of the group an update may take
	// down at once, 1-33. Default: 33.
	MaxUnavailablePercent int
	// Labels are Kubernetes node labels. Default: none beyond
	// "keelson.dev/node-group".
	Labels map[string]string
	// Taints keep pods off the group unless they tolerate it. Default: none.
	Taints []Taint
}

// Taint is a Kubernetes node taint.
type Taint struct {
	// Key and Value of the taint. Key is required.
	Key, Value string
	// Effect is NO_SCHEDULE, NO_EXECUTE or PREFER_NO_SCHEDULE. Required.
	Effect string
}
