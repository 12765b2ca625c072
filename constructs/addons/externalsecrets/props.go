package externalsecrets

import (
	"github.com/keelson-dev/keelson/constructs/addons"
	"github.com/keelson-dev/keelson/constructs/eks"
)

// Namespace and ServiceAccount of the operator (its IRSA trust).
const (
	Namespace      = "external-secrets"
	ServiceAccount = "external-secrets"
	// StoreName is the ClusterSecretStore every chart refers to.
	StoreName = "aws-secrets-manager"
)

// AWSProps configure the operator's IRSA role.
type AWSProps struct {
	// Cluster the operator runs in. Required.
	Cluster *eks.EksCluster
	// Name prefixes the role's name, e.g. "keelson-dev". Required.
	Name string
	// AccountID and Region of the secrets. Required.
	AccountID, Region string
	// SecretPrefix is the only Secrets Manager path the operator may read,
	// e.g. "keelson/dev/". Required: ends with "/".
	SecretPrefix string
	// Partition of the ARNs. Default: "aws".
	Partition string
}

func (p AWSProps) withDefaults() AWSProps {
	if p.Partition == "" {
		p.Partition = "aws"
	}
	return p
}

// Props configure the operator and the ClusterSecretStore.
type Props struct {
	// Region of Secrets Manager. Required.
	Region string
	// RoleARN is the IRSA role from NewAWS. Required.
	RoleARN string
	// Namespaces may use the store (its conditions). Default: every
	// namespace (empty list).
	Namespaces []string
	// NodeSelector places the operator. Default: none.
	NodeSelector map[string]string
	// Chart overrides the pin. Default: addons.Charts.ExternalSecrets.
	Chart addons.Chart
}

func (p Props) withDefaults() Props {
	p.Chart = p.Chart.OrDefault(addons.Charts.ExternalSecrets)
	p.Namespaces = append([]string{}, p.Namespaces...)
	sel := map[string]string{}
	for k, v := range p.NodeSelector {
		sel[k] = v
	}
	p.NodeSelector = sel
	return p
}
