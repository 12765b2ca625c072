// Package clusterautoscaler is Cluster Autoscaler, the alternative to
// Karpenter: it raises and lowers the desired size of the managed node
// groups' Auto Scaling groups, found by their auto-discovery tags. NewAWS
// makes its IRSA role and the tags (infra stack); New installs it.
package clusterautoscaler

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/autoscalinggrouptag"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/eksnodegroup"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/internal/helmrelease"
	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// UnscopableActions are the read actions AWS cannot scope to a resource.
var UnscopableActions = []string{
	"autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances", "autoscaling:DescribeLaunchConfigurations",
	"autoscaling:DescribeScalingActivities", "autoscaling:DescribeTags", "ec2:DescribeImages", "ec2:DescribeInstanceTypes",
	"ec2:DescribeLaunchTemplateVersions", "ec2:GetInstanceTypesFromInstanceRequirements",
}

// AWS is the role and the tags.
type AWS struct {
	constructs.Construct
	role *eks.IRSARole
}

// NewAWS makes the role (scale only groups tagged as this cluster's) and
// tags every node group's ASG for auto-discovery. EKS tags managed groups
// itself; the explicit tags keep that contract in code, and add the
// node-template labels and taints that scaling from zero needs.
func NewAWS(scope constructs.Construct, id string, props AWSProps) (*AWS, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	ownedTag := "k8s.io/cluster-autoscaler/" + props.ClusterName
	for i, dep := range props.Cluster.NodeGroups() {
		ng, ok := dep.(eksnodegroup.EksNodeGroup)
		if !ok {
			return nil, fmt.Errorf("clusterautoscaler: node group %d is not an aws_eks_node_group", i)
		}
		g := props.NodeGroups[i]
		asg := ng.Resources().Get(jsii.Number(0)).AutoscalingGroups().Get(jsii.Number(0)).Name()
		tags := [][2]string{{"k8s.io/cluster-autoscaler/enabled", "true"}, {ownedTag, "owned"}}
		for _, k := range sortedKeys(g.Labels) {
			tags = append(tags, [2]string{"k8s.io/cluster-autoscaler/node-template/label/" + k, g.Labels[k]})
		}
		for _, t := range g.Taints {
			effect := map[string]string{"NO_SCHEDULE": "NoSchedule", "NO_EXECUTE": "NoExecute", "PREFER_NO_SCHEDULE": "PreferNoSchedule"}[t.Effect]
			tags = append(tags, [2]string{"k8s.io/cluster-autoscaler/node-template/taint/" + t.Key, t.Value + ":" + effect})
		}
		for j, kv := range tags {
			autoscalinggrouptag.NewAutoscalingGroupTagA(c, jsii.String(fmt.Sprintf("%sTag%d", groupID(g.Name), j)), &autoscalinggrouptag.AutoscalingGroupTagAConfig{
				AutoscalingGroupName: asg,
				Tag: &autoscalinggrouptag.AutoscalingGroupTagTag{
					Key: jsii.String(kv[0]), Value: jsii.String(kv[1]), PropagateAtLaunch: jsii.Bool(false),
				},
			})
		}
	}
	role, err := props.Cluster.NewIRSARole("ClusterAutoscalerRole", eks.IRSARoleProps{
		Name:        props.ClusterName + "-cluster-autoscaler",
		Description: "Cluster Autoscaler resizes the node groups of " + props.ClusterName,
		Namespace:   Namespace, ServiceAccount: ServiceAccount,
		PolicyJSON: iampolicy.New(
			iampolicy.Statement{Sid: "Read", Effect: "Allow", Action: UnscopableActions, Resource: []string{"*"},
				Condition: map[string]map[string]any{"StringEquals": {"aws:RequestedRegion": props.Region}}},
			iampolicy.Allow("DescribeNodegroups", []string{"eks:DescribeNodegroup"},
				fmt.Sprintf("arn:%s:eks:%s:%s:nodegroup/%s/*/*", props.Partition, props.Region, props.AccountID, props.ClusterName)),
			iampolicy.Statement{Sid: "ScaleOwnGroups", Effect: "Allow",
				Action:    []string{"autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"},
				Resource:  []string{fmt.Sprintf("arn:%s:autoscaling:%s:%s:autoScalingGroup:*:autoScalingGroupName/*", props.Partition, props.Region, props.AccountID)},
				Condition: map[string]map[string]any{"StringEquals": {"aws:ResourceTag/" + ownedTag: "owned"}}},
		).JSON(),
	})
	if err != nil {
		return nil, err
	}
	return &AWS{Construct: c, role: role}, nil
}

// RoleARN is Cluster Autoscaler's role.
func (a *AWS) RoleARN() string { return a.role.ARN() }

// New installs Cluster Autoscaler in kube-system with auto-discovery.
func New(scope constructs.Construct, id string, props Props, dependsOn ...cdktf.ITerraformDependable) (cdktf.ITerraformDependable, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	values := map[string]any{
		"cloudProvider": "aws",
		"awsRegion":     props.Region,
		"autoDiscovery": map[string]any{"clusterName": props.ClusterName},
		"rbac": map[string]any{"serviceAccount": map[string]any{
			"create": true, "name": ServiceAccount,
			"annotations": map[string]string{"eks.amazonaws.com/role-arn": props.RoleARN},
		}},
		"extraArgs": map[string]any{
			// Spread scale-ups over the AZs' groups and leave a node only
			// when it has been idle a while.
			"balance-similar-node-groups": true,
			"expander":                    "least-waste",
			"skip-nodes-with-system-pods": false,
			"scale-down-unneeded-time":    "10m",
		},
		"nodeSelector": props.NodeSelector,
	}
	if props.ImageTag != "" {
		values["image"] = map[string]any{"tag": props.ImageTag}
	}
	return helmrelease.New(c, "Release", helmrelease.Spec{
		Name: "cluster-autoscaler", Namespace: Namespace,
		Repository: props.Chart.Repository, Chart: props.Chart.Name, Version: props.Chart.Version,
		Values:    values,
		Timeout:   5 * time.Minute,
		DependsOn: dependsOn,
	})
}

func groupID(name string) string {
	var b strings.Builder
	for _, part := range strings.Split(name, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
