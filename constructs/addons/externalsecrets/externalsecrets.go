// Package externalsecrets is the External Secrets Operator: it copies
// secrets from AWS Secrets Manager into Kubernetes Secrets, so no secret
// value is ever in Git, Terraform state or Helm values. NewAWS makes its
// IRSA role, allowed to read one prefix only (infra stack); New installs
// the operator and the ClusterSecretStore "aws-secrets-manager"
// (charts/cluster-secret-store).
package externalsecrets

import (
	"fmt"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/internal/helmrelease"
	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// AWS is the operator's IRSA role.
type AWS struct {
	role *eks.IRSARole
}

// NewAWS makes the role: read-only, on secrets under SecretPrefix.
func NewAWS(props AWSProps) (*AWS, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	role, err := props.Cluster.NewIRSARole("ExternalSecretsRole", eks.IRSARoleProps{
		Name:        props.Name + "-external-secrets",
		Description: fmt.Sprintf("External Secrets Operator reads %s* from Secrets Manager", props.SecretPrefix),
		Namespace:   Namespace, ServiceAccount: ServiceAccount,
		PolicyJSON: iampolicy.New(iampolicy.Allow("ReadPrefix",
			[]string{"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret", "secretsmanager:GetResourcePolicy", "secretsmanager:ListSecretVersionIds"},
			fmt.Sprintf("arn:%s:secretsmanager:%s:%s:secret:%s*", props.Partition, props.Region, props.AccountID, props.SecretPrefix),
		)).JSON(),
	})
	if err != nil {
		return nil, err
	}
	return &AWS{role: role}, nil
}

// RoleARN is the operator's role.
func (a *AWS) RoleARN() string { return a.role.ARN() }

// StoreValues are charts/cluster-secret-store's values.
type StoreValues struct {
	Name       string   `json:"name"`
	Region     string   `json:"region"`
	Namespaces []string `json:"namespaces"`
}

// ExternalSecrets is the operator and its store.
type ExternalSecrets struct {
	constructs.Construct
	store cdktf.ITerraformDependable
}

// New installs the operator (CRDs included), then the store.
func New(scope constructs.Construct, id string, props Props, dependsOn ...cdktf.ITerraformDependable) (*ExternalSecrets, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	operator, err := helmrelease.New(c, "Operator", helmrelease.Spec{
		Name: "external-secrets", Namespace: Namespace,
		Repository: props.Chart.Repository, Chart: props.Chart.Name, Version: props.Chart.Version,
		Values: map[string]any{
			"installCRDs": true,
			"serviceAccount": map[string]any{
				"create": true, "name": ServiceAccount,
				"annotations": map[string]string{"eks.amazonaws.com/role-arn": props.RoleARN},
			},
			"nodeSelector": props.NodeSelector,
		},
		Timeout:   10 * time.Minute,
		DependsOn: dependsOn,
	})
	if err != nil {
		return nil, err
	}
	store, err := helmrelease.New(c, "ClusterSecretStore", helmrelease.Spec{
		Name: "cluster-secret-store", Namespace: Namespace, LocalChart: "cluster-secret-store",
		Values:    StoreValues{Name: StoreName, Region: props.Region, Namespaces: props.Namespaces},
		Timeout:   5 * time.Minute,
		DependsOn: []cdktf.ITerraformDependable{operator},
	})
	if err != nil {
		return nil, err
	}
	return &ExternalSecrets{Construct: c, store: store}, nil
}

// Store is the ClusterSecretStore's release, for depends_on of charts
// that create ExternalSecrets.
func (e *ExternalSecrets) Store() cdktf.ITerraformDependable { return e.store }
