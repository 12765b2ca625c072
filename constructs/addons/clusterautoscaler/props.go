package clusterautoscaler

import (
	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/addons"
	"github.com/keelson-dev/keelson/constructs/eks"
)

// Namespace and ServiceAccount of Cluster Autoscaler (its IRSA trust).
const (
	Namespace      = "kube-system"
	ServiceAccount = "cluster-autoscaler"
)

// AWSProps configure the role and the Auto Scaling group tags.
type AWSProps struct {
	// Cluster whose node groups are scaled. Required.
	Cluster *eks.EksCluster
	// ClusterName as literal text (tag keys). Required.
	ClusterName string
	// AccountID and Region of the cluster. Required.
	AccountID, Region string
	// NodeGroups are the cluster's node groups, in the order they were
	// given to the cluster; their labels and taints are advertised on
	// the groups' ASGs so groups can scale from zero. Required.
	NodeGroups []config.NodeGroup
	// Partition of the ARNs. Default: "aws".
	Partition string
}

func (p AWSProps) withDefaults() AWSProps {
	if p.Partition == "" {
		p.Partition = "aws"
	}
	p.NodeGroups = append([]config.NodeGroup(nil), p.NodeGroups...)
	return p
}

// Props configure the release.
type Props struct {
	// ClusterName (a reference is fine) and Region. Required.
	ClusterName, Region string
	// RoleARN is the IRSA role from NewAWS. Required.
	RoleARN string
	// ImageTag overrides the chart's image: Cluster Autoscaler supports
	// only its own Kubernetes minor, e.g. "v1.35.0". Default: the
	// chart's appVersion.
	ImageTag string
	// NodeSelector places it on the system nodes. Default: none.
	NodeSelector map[string]string
	// Chart overrides the pin. Default: addons.Charts.ClusterAutoscaler.
	Chart addons.Chart
}

func (p Props) withDefaults() Props {
	p.Chart = p.Chart.OrDefault(addons.Charts.ClusterAutoscaler)
	sel := map[string]string{}
	for k, v := range p.NodeSelector {
		sel[k] = v
	}
	p.NodeSelector = sel
	return p
}
