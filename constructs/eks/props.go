// Package eks provides EksCluster: an Amazon EKS control plane in dedicated
// subnets with encrypted secrets, control-plane logs, access entries,
// IRSA, managed add-ons installed in first-apply order, and managed node
// groups on launch templates that require IMDSv2.
package eks

import (
	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/network"
)

// Props configure an EksCluster.
type Props struct {
	// Name is the cluster's name. Required.
	Name string
	// Version is the Kubernetes minor version ("1.33"). Required.
	Version string
	// Addons pins the managed add-on versions for Version. Required: use
	// config.KubernetesVersions[Version].Addons.
	Addons config.AddonVersions
	// Network places the control plane in its control-plane subnets and
	// the nodes in its private subnets. Required.
	Network *network.NetworkTier
	// AccountID and Region of the cluster. Required.
	AccountID, Region string
	// Partition of ARNs. Default: "aws".
	Partition string
	// PublicEndpoint opens the API endpoint to PublicAccessCIDRs. The
	// private endpoint is always on. Default: false.
	PublicEndpoint bool
	// PublicAccessCIDRs may reach the public endpoint. Required when
	// PublicEndpoint is on; 0.0.0.0/0 is refused.
	PublicAccessCIDRs []string
	// ServiceCIDR is the Kubernetes Service range. Default: 172.20.0.0/16.
	ServiceCIDR string
	// AdminPrincipalARNs get cluster-admin through access entries.
	// Default: none (GrantAdmin adds more).
	AdminPrincipalARNs []string
	// LogRetentionDays keeps control-plane logs this long. Required.
	LogRetentionDays int
	// LogsKeyARN encrypts the control-plane log group. Required.
	LogsKeyARN string
	// DeletionProtection sets prevent_destroy on the cluster and its
	// secrets key. Default: false.
	DeletionProtection bool
	// NodeGroups are the managed node groups. Required: at least one
	// on-demand group (see config.NodeGroup for each field's rules).
	NodeGroups []config.NodeGroup
	// Tags are added to the launch templates' instances and volumes (the
	// provider's default_tags do not reach them). Default: none.
	Tags map[string]string
}

func (p Props) withDefaults() Props {
	if p.Partition == "" {
		p.Partition = "aws"
	}
	if p.ServiceCIDR == "" {
		p.ServiceCIDR = "172.20.0.0/16"
	}
	p.PublicAccessCIDRs = append([]string(nil), p.PublicAccessCIDRs...)
	p.AdminPrincipalARNs = append([]string(nil), p.AdminPrincipalARNs...)
	groups := make([]config.NodeGroup, len(p.NodeGroups))
	for i, g := range p.NodeGroups {
		g.InstanceTypes = append([]string(nil), g.InstanceTypes...)
		g.Taints = append([]config.Taint(nil), g.Taints...)
		labels := map[string]string{}
		for k, v := range g.Labels {
			labels[k] = v
		}
		labels["keelson.dev/node-group"] = g.Name
		g.Labels = labels
		if g.DiskSizeGiB == 0 {
			g.DiskSizeGiB = 50
		}
		if g.MaxUnavailablePercent == 0 {
			g.MaxUnavailablePercent = 33
		}
		groups[i] = g
	}
	p.NodeGroups = groups
	return p
}
