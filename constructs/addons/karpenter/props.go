package karpenter

import (
	"github.com/keelson-dev/keelson/constructs/addons"
	"github.com/keelson-dev/keelson/constructs/eks"
)

// AWSProps configure the AWS half (in the infra stack).
type AWSProps struct {
	// Cluster Karpenter provisions nodes for. Required.
	Cluster *eks.EksCluster
	// ClusterName is the cluster's name as literal text: it names the
	// queue, the node role and the discovery tag value. Required.
	ClusterName string
	// AccountID and Region of the cluster. Required.
	AccountID, Region string
	// Namespace and ServiceAccount of the controller (its IRSA trust).
	// Default: "karpenter" and "karpenter".
	Namespace, ServiceAccount string
	// Partition of the ARNs. Default: "aws".
	Partition string
}

func (p AWSProps) withDefaults() AWSProps {
	if p.Namespace == "" {
		p.Namespace = "karpenter"
	}
	if p.ServiceAccount == "" {
		p.ServiceAccount = "karpenter"
	}
	if p.Partition == "" {
		p.Partition = "aws"
	}
	return p
}

// Pool is one NodePool.
type Pool struct {
	// Name of the NodePool. Required.
	Name string
	// CapacityTypes are "spot" and/or "on-demand". Required.
	CapacityTypes []string
	// CPU (vCPU) and MemoryGiB cap the pool's total. Required: > 0.
	CPU, MemoryGiB int
	// Weight orders pools: the highest that fits wins. Default: 0.
	Weight int
}

// Props configure the cluster half (in the platform stack).
type Props struct {
	// ClusterName is the cluster's name (a reference is fine). Required.
	ClusterName string
	// DiscoveryTag is the value of the karpenter.sh/discovery tag on the
	// private subnets and the cluster security group (literal). Required.
	DiscoveryTag string
	// ControllerRoleARN, InterruptionQueue and InstanceProfile come from
	// the AWS half. Required.
	ControllerRoleARN, InterruptionQueue, InstanceProfile string
	// Zones the nodes may use. Required.
	Zones []string
	// Pools are the NodePools. Default: none (set them from config).
	Pools []Pool
	// DisruptionPercent of a pool's nodes may be disrupted at once, 1-100.
	// Default: 10.
	DisruptionPercent int
	// BusinessHoursFreeze stops consolidating underutilized nodes
	// 09:00-17:00 UTC on weekdays. Default: false.
	BusinessHoursFreeze bool
	// SystemNodeSelector places the controller on the on-demand system
	// node group (never on nodes it manages). Default: none.
	SystemNodeSelector map[string]string
	// NodeVolumeGiB is each node's encrypted gp3 root volume. Default: 50.
	NodeVolumeGiB int
	// Replicas of the controller. Default: 2.
	Replicas int
	// Chart overrides the pinned chart. Default: addons.Charts.Karpenter.
	Chart addons.Chart
	// Tags are added to every instance, volume and launch template.
	// Default: none.
	Tags map[string]string
}

func (p Props) withDefaults() Props {
	if p.DisruptionPercent == 0 {
		p.DisruptionPercent = 10
	}
	if p.NodeVolumeGiB == 0 {
		p.NodeVolumeGiB = 50
	}
	if p.Replicas == 0 {
		p.Replicas = 2
	}
	p.Chart = p.Chart.OrDefault(addons.Charts.Karpenter)
	p.Zones = append([]string(nil), p.Zones...)
	p.Pools = append([]Pool(nil), p.Pools...)
	sel := map[string]string{}
	for k, v := range p.SystemNodeSelector {
		sel[k] = v
	}
	p.SystemNodeSelector = sel
	tags := map[string]string{}
	for k, v := range p.Tags {
		tags[k] = v
	}
	p.Tags = tags
	return p
}
