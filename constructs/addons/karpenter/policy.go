package karpenter

import (
	"fmt"

	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// UnscopableActions are the controller's actions AWS cannot scope to a
// resource (Describe*, pricing); they are limited to the region instead.
var UnscopableActions = []string{
	"ec2:DescribeAvailabilityZones", "ec2:DescribeImages", "ec2:DescribeInstances", "ec2:DescribeInstanceTypeOfferings",
	"ec2:DescribeInstanceTypes", "ec2:DescribeLaunchTemplates", "ec2:DescribeSecurityGroups", "ec2:DescribeSpotPriceHistory",
	"ec2:DescribeSubnets", "ec2:DescribeCapacityReservations", "pricing:GetProducts",
}

// controllerPolicy follows Karpenter v1's reference policy, with the
// instance-profile management left out: the EC2NodeClass names the
// profile made here, so the controller never creates one.
func controllerPolicy(p AWSProps, nodeRoleARN, profileARN, queueARN string) iampolicy.Document {
	ec2 := func(kind string) string {
		return fmt.Sprintf("arn:%s:ec2:%s:%s:%s/*", p.Partition, p.Region, p.AccountID, kind)
	}
	owned := "aws:ResourceTag/kubernetes.io/cluster/" + p.ClusterName
	requestOwned := "aws:RequestTag/kubernetes.io/cluster/" + p.ClusterName
	taggable := []string{ec2("fleet"), ec2("instance"), ec2("volume"), ec2("network-interface"), ec2("launch-template"), ec2("spot-instances-request")}
	launch := []string{"ec2:RunInstances", "ec2:CreateFleet"}
	return iampolicy.New(
		iampolicy.Allow("AllowScopedEC2InstanceAccessActions", launch,
			fmt.Sprintf("arn:%s:ec2:%s::image/*", p.Partition, p.Region), fmt.Sprintf("arn:%s:ec2:%s::snapshot/*", p.Partition, p.Region),
			ec2("security-group"), ec2("subnet"), ec2("capacity-reservation")),
		iampolicy.Statement{Sid: "AllowScopedEC2LaunchTemplateAccessActions", Effect: "Allow", Action: launch,
			Resource:  []string{ec2("launch-template")},
			Condition: map[string]map[string]any{"StringEquals": {owned: "owned"}, "StringLike": {"aws:ResourceTag/karpenter.sh/nodepool": "*"}}},
		iampolicy.Statement{Sid: "AllowScopedEC2InstanceActionsWithTags", Effect: "Allow",
			Action: []string{"ec2:RunInstances", "ec2:CreateFleet", "ec2:CreateLaunchTemplate"}, Resource: taggable,
			Condition: map[string]map[string]any{
				"StringEquals": {requestOwned: "owned", "aws:RequestTag/eks:eks-cluster-name": p.ClusterName},
				"StringLike":   {"aws:RequestTag/karpenter.sh/nodepool": "*"},
			}},
		iampolicy.Statement{Sid: "AllowScopedResourceCreationTagging", Effect: "Allow", Action: []string{"ec2:CreateTags"}, Resource: taggable,
			Condition: map[string]map[string]any{
				"StringEquals": {requestOwned: "owned", "aws:RequestTag/eks:eks-cluster-name": p.ClusterName,
					"ec2:CreateAction": []string{"RunInstances", "CreateFleet", "CreateLaunchTemplate"}},
				"StringLike": {"aws:RequestTag/karpenter.sh/nodepool": "*"},
			}},
		iampolicy.Statement{Sid: "AllowScopedResourceTagging", Effect: "Allow", Action: []string{"ec2:CreateTags"}, Resource: []string{ec2("instance")},
			Condition: map[string]map[string]any{
				"StringEquals":              {owned: "owned"},
				"StringLike":                {"aws:ResourceTag/karpenter.sh/nodepool": "*"},
				"StringEqualsIfExists":      {"aws:RequestTag/eks:eks-cluster-name": p.ClusterName},
				"ForAllValues:StringEquals": {"aws:TagKeys": []string{"eks:eks-cluster-name", "karpenter.sh/nodeclaim", "Name"}},
			}},
		iampolicy.Statement{Sid: "AllowScopedDeletion", Effect: "Allow", Action: []string{"ec2:TerminateInstances", "ec2:DeleteLaunchTemplate"},
			Resource:  []string{ec2("instance"), ec2("launch-template")},
			Condition: map[string]map[string]any{"StringEquals": {owned: "owned"}, "StringLike": {"aws:ResourceTag/karpenter.sh/nodepool": "*"}}},
		iampolicy.Statement{Sid: "AllowRegionalReadActions", Effect: "Allow", Action: UnscopableActions, Resource: []string{"*"},
			Condition: map[string]map[string]any{"StringEquals": {"aws:RequestedRegion": p.Region}}},
		iampolicy.Allow("AllowSSMReadActions", []string{"ssm:GetParameter"}, fmt.Sprintf("arn:%s:ssm:%s::parameter/aws/service/*", p.Partition, p.Region)),
		iampolicy.Allow("AllowInterruptionQueueActions", []string{"sqs:DeleteMessage", "sqs:GetQueueUrl", "sqs:ReceiveMessage"}, queueARN),
		iampolicy.Statement{Sid: "AllowPassingInstanceRole", Effect: "Allow", Action: []string{"iam:PassRole"}, Resource: []string{nodeRoleARN},
			Condition: map[string]map[string]any{"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}},
		iampolicy.Allow("AllowInstanceProfileReadActions", []string{"iam:GetInstanceProfile"}, profileARN),
		iampolicy.Allow("AllowAPIServerEndpointDiscovery", []string{"eks:DescribeCluster"},
			fmt.Sprintf("arn:%s:eks:%s:%s:cluster/%s", p.Partition, p.Region, p.AccountID, p.ClusterName)),
	)
}
