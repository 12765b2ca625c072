// Package keda installs KEDA, which scales Deployments on event sources
// (here: Kafka consumer lag) by feeding an HPA external metrics, and down
// to zero when a topic is idle. NewAWS makes the operator's IRSA role for
// MSK IAM (infra stack); New installs it.
package keda

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

// NewAWS makes the role: describe (never read or write) the MSK cluster's
// topics and consumer groups, which is what lag needs. Scalers whose
// TriggerAuthentication says identityOwner: keda use it.
func NewAWS(props AWSProps) (*AWS, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	arn := func(kind, rest string) string {
		return fmt.Sprintf("arn:%s:kafka:%s:%s:%s/%s/%s", props.Partition, props.Region, props.AccountID, kind, props.KafkaClusterName, rest)
	}
	role, err := props.Cluster.NewIRSARole("KedaOperatorRole", eks.IRSARoleProps{
		Name:        props.Name + "-keda-operator",
		Description: "KEDA reads Kafka consumer lag from MSK through IAM auth",
		Namespace:   Namespace, ServiceAccount: ServiceAccount,
		PolicyJSON: iampolicy.New(
			iampolicy.Allow("Cluster", []string{"kafka-cluster:Connect", "kafka-cluster:DescribeCluster"}, arn("cluster", "*")),
			iampolicy.Allow("Topics", []string{"kafka-cluster:DescribeTopic"}, arn("topic", "*/*")),
			iampolicy.Allow("Groups", []string{"kafka-cluster:DescribeGroup"}, arn("group", "*/*")),
		).JSON(),
	})
	if err != nil {
		return nil, err
	}
	return &AWS{role: role}, nil
}

// RoleARN is the operator's role.
func (a *AWS) RoleARN() string { return a.role.ARN() }

// New installs KEDA in its namespace.
func New(scope constructs.Construct, id string, props Props, dependsOn ...cdktf.ITerraformDependable) (cdktf.ITerraformDependable, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	values := map[string]any{"nodeSelector": props.NodeSelector}
	if props.RoleARN != "" {
		values["podIdentity"] = map[string]any{"aws": map[string]any{"irsa": map[string]any{"enabled": true, "roleArn": props.RoleARN}}}
	}
	return helmrelease.New(c, "Release", helmrelease.Spec{
		Name: "keda", Namespace: Namespace,
		Repository: props.Chart.Repository, Chart: props.Chart.Name, Version: props.Chart.Version,
		Values:    values,
		Timeout:   10 * time.Minute,
		DependsOn: dependsOn,
	})
}
