// Package loadbalancer is the AWS Load Balancer Controller: it turns
// Ingress objects into ALBs (internet-facing in the public subnets, pods
// as IP targets, so services stay private) and LoadBalancer Services into
// NLBs. NewAWS makes its IRSA role (infra stack); New installs it.
package loadbalancer

import (
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/internal/helmrelease"
)

// AWS is the controller's IRSA role.
type AWS struct {
	role *eks.IRSARole
}

// NewAWS makes the role (under the cluster's construct, like every IRSA
// role), with the controller's policy scoped to the region and account
// and, for mutations, to resources tagged elbv2.k8s.aws/cluster.
func NewAWS(props AWSProps) (*AWS, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	role, err := props.Cluster.NewIRSARole("LoadBalancerControllerRole", eks.IRSARoleProps{
		Name:        props.Name + "-aws-load-balancer-controller",
		Description: "AWS Load Balancer Controller manages the ALBs and NLBs of " + props.Name,
		Namespace:   Namespace, ServiceAccount: ServiceAccount,
		PolicyJSON: policy(props).JSON(),
	})
	if err != nil {
		return nil, err
	}
	return &AWS{role: role}, nil
}

// RoleARN is the controller's role.
func (a *AWS) RoleARN() string { return a.role.ARN() }

// New installs the controller in kube-system.
func New(scope constructs.Construct, id string, props Props, dependsOn ...cdktf.ITerraformDependable) (cdktf.ITerraformDependable, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	return helmrelease.New(c, "Release", helmrelease.Spec{
		Name: "aws-load-balancer-controller", Namespace: Namespace,
		Repository: props.Chart.Repository, Chart: props.Chart.Name, Version: props.Chart.Version,
		Values: map[string]any{
			"clusterName":  props.ClusterName,
			"region":       props.Region,
			"vpcId":        props.VpcID,
			"replicaCount": props.Replicas,
			"serviceAccount": map[string]any{
				"create": true, "name": ServiceAccount,
				"annotations": map[string]string{"eks.amazonaws.com/role-arn": props.RoleARN},
			},
			"nodeSelector": props.NodeSelector,
			// Only Services that ask for an NLB get one; others keep
			// their in-cluster type.
			"enableServiceMutatorWebhook": false,
			"podDisruptionBudget":         map[string]any{"maxUnavailable": 1},
		},
		Timeout:   10 * time.Minute,
		DependsOn: dependsOn,
	})
}
