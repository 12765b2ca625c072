package keda

import (
	"github.com/keelson-dev/keelson/constructs/addons"
	"github.com/keelson-dev/keelson/constructs/eks"
)

// Namespace and ServiceAccount of the KEDA operator (its IRSA trust).
const (
	Namespace      = "keda"
	ServiceAccount = "keda-operator"
)

// AWSProps configure the operator's IRSA role, needed only to read
// consumer lag from MSK with IAM auth.
type AWSProps struct {
	// Cluster KEDA runs in. Required.
	Cluster *eks.EksCluster
	// Name prefixes the role's name. Required.
	Name string
	// AccountID and Region of the MSK cluster. Required.
	AccountID, Region string
	// KafkaClusterName is the MSK cluster whose groups and topics the
	// operator may describe. Required.
	KafkaClusterName string
	// Partition of the ARNs. Default: "aws".
	Partition string
}

func (p AWSProps) withDefaults() AWSProps {
	if p.Partition == "" {
		p.Partition = "aws"
	}
	return p
}

// Props configure KEDA's release.
type Props struct {
	// RoleARN is the operator's IRSA role (keda.NewAWS). Default: none
	// (Strimzi: the scaler reads lag over the in-cluster listener).
	RoleARN string
	// NodeSelector places KEDA on the system nodes. Default: none.
	NodeSelector map[string]string
	// Chart overrides the pin. Default: addons.Charts.KEDA.
	Chart addons.Chart
}

func (p Props) withDefaults() Props {
	p.Chart = p.Chart.OrDefault(addons.Charts.KEDA)
	sel := map[string]string{}
	for k, v := range p.NodeSelector {
		sel[k] = v
	}
	p.NodeSelector = sel
	return p
}
