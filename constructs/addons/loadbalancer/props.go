package loadbalancer

import (
	"github.com/keelson-dev/keelson/constructs/addons"
	"github.com/keelson-dev/keelson/constructs/eks"
)

// Namespace and ServiceAccount of the controller (its IRSA trust).
const (
	Namespace      = "kube-system"
	ServiceAccount = "aws-load-balancer-controller"
)

// AWSProps configure the controller's IRSA role.
type AWSProps struct {
	// Cluster the controller runs in. Required.
	Cluster *eks.EksCluster
	// Name prefixes the role's name, e.g. "keelson-dev". Required.
	Name string
	// AccountID and Region scope the policy's ARNs. Required.
	AccountID, Region string
	// Partition of the ARNs. Default: "aws".
	Partition string
}

func (p AWSProps) withDefaults() AWSProps {
	if p.Partition == "" {
		p.Partition = "aws"
	}
	return p
}

// Props configure the controller's release.
type Props struct {
	// ClusterName, VpcID and Region tell the controller where it is
	// (references are fine). Required.
	ClusterName, VpcID, Region string
	// RoleARN is the IRSA role from NewAWS. Required.
	RoleARN string
	// Replicas of the controller. Default: 2 (its webhook must stay up).
	Replicas int
	// NodeSelector places it on the system nodes. Default: none.
	NodeSelector map[string]string
	// Chart overrides the pin. Default: addons.Charts.LoadBalancerController.
	Chart addons.Chart
}

func (p Props) withDefaults() Props {
	if p.Replicas == 0 {
		p.Replicas = 2
	}
	p.Chart = p.Chart.OrDefault(addons.Charts.LoadBalancerController)
	sel := map[string]string{}
	for k, v := range p.NodeSelector {
		sel[k] = v
	}
	p.NodeSelector = sel
	return p
}
