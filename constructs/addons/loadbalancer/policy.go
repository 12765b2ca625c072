package loadbalancer

import (
	"fmt"

	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// UnscopableActions are the controller's read actions AWS cannot scope to
// a resource.
var UnscopableActions = []string{
	"ec2:DescribeAccountAttributes", "ec2:DescribeAddresses", "ec2:DescribeAvailabilityZones", "ec2:DescribeInternetGateways",
	"ec2:DescribeVpcs", "ec2:DescribeVpcPeeringConnections", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups",
	"ec2:DescribeInstances", "ec2:DescribeNetworkInterfaces", "ec2:DescribeTags", "ec2:GetCoipPoolUsage",
	"ec2:DescribeCoipPools", "ec2:GetSecurityGroupsForVpc", "ec2:DescribeIpamPools", "ec2:DescribeRouteTables",
	"elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes",
	"elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeListenerCertificates",
	"elasticloadbalancing:DescribeSSLPolicies", "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTargetGroups",
	"elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetHealth",
	"elasticloadbalancing:DescribeTags", "elasticloadbalancing:DescribeTrustStores", "elasticloadbalancing:DescribeListenerAttributes",
	"elasticloadbalancing:DescribeCapacityReservation",
	"acm:ListCertificates", "acm:DescribeCertificate", "iam:ListServerCertificates", "iam:GetServerCertificate",
	"cognito-idp:DescribeUserPoolClient", "wafv2:GetWebACL", "wafv2:GetWebACLForResource", "shield:GetSubscriptionState",
	"shield:DescribeProtection", "ec2:CreateSecurityGroup",
}

// policy follows the controller's published iam_policy.json (v2.14), with
// "*" resources narrowed to the account and region wherever the action
// takes a resource, and WAF Classic and Shield writes left out.
func policy(p AWSProps) iampolicy.Document {
	arn := func(service, rest string) string {
		return fmt.Sprintf("arn:%s:%s:%s:%s:%s", p.Partition, service, p.Region, p.AccountID, rest)
	}
	sg := arn("ec2", "security-group/*")
	elb := func(rest string) string { return arn("elasticloadbalancing", rest) }
	lbs := []string{elb("targetgroup/*/*"), elb("loadbalancer/net/*/*"), elb("loadbalancer/app/*/*")}
	listeners := []string{elb("listener/net/*/*/*"), elb("listener/app/*/*/*"), elb("listener-rule/net/*/*/*"), elb("listener-rule/app/*/*/*")}
	clusterTagged := map[string]map[string]any{"Null": {"aws:ResourceTag/elbv2.k8s.aws/cluster": "false"}}
	return iampolicy.New(
		iampolicy.Statement{Sid: "ServiceLinkedRole", Effect: "Allow", Action: []string{"iam:CreateServiceLinkedRole"},
			Resource:  []string{fmt.Sprintf("arn:%s:iam::%s:role/aws-service-role/elasticloadbalancing.amazonaws.com/*", p.Partition, p.AccountID)},
			Condition: map[string]map[string]any{"StringEquals": {"iam:AWSServiceName": "elasticloadbalancing.amazonaws.com"}}},
		iampolicy.Statement{Sid: "Read", Effect: "Allow", Action: UnscopableActions, Resource: []string{"*"},
			Condition: map[string]map[string]any{"StringEquals": {"aws:RequestedRegion": p.Region}}},
		iampolicy.Allow("WAFv2Association", []string{"wafv2:AssociateWebACL", "wafv2:DisassociateWebACL"},
			arn("wafv2", "regional/webacl/*/*"), elb("loadbalancer/app/*/*")),
		iampolicy.Allow("SecurityGroupRules", []string{"ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"}, sg),
		iampolicy.Statement{Sid: "TagNewSecurityGroups", Effect: "Allow", Action: []string{"ec2:CreateTags"}, Resource: []string{sg},
			Condition: map[string]map[string]any{
				"StringEquals": {"ec2:CreateAction": "CreateSecurityGroup"},
				"Null":         {"aws:RequestTag/elbv2.k8s.aws/cluster": "false"},
			}},
		iampolicy.Statement{Sid: "RetagOwnSecurityGroups", Effect: "Allow", Action: []string{"ec2:CreateTags", "ec2:DeleteTags"}, Resource: []string{sg},
			Condition: map[string]map[string]any{"Null": {"aws:RequestTag/elbv2.k8s.aws/cluster": "true", "aws:ResourceTag/elbv2.k8s.aws/cluster": "false"}}},
		iampolicy.Statement{Sid: "ManageOwnSecurityGroups", Effect: "Allow",
			Action: []string{"ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup"}, Resource: []string{sg},
			Condition: clusterTagged},
		iampolicy.Statement{Sid: "CreateTaggedLoadBalancers", Effect: "Allow",
			Action: []string{"elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"}, Resource: lbs,
			Condition: map[string]map[string]any{"Null": {"aws:RequestTag/elbv2.k8s.aws/cluster": "false"}}},
		iampolicy.Allow("ListenersAndRules", []string{"elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener",
			"elasticloadbalancing:CreateRule", "elasticloadbalancing:DeleteRule"}, append(append([]string(nil), lbs...), listeners...)...),
		iampolicy.Statement{Sid: "RetagOwnLoadBalancers", Effect: "Allow",
			Action: []string{"elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"}, Resource: lbs,
			Condition: map[string]map[string]any{"Null": {"aws:RequestTag/elbv2.k8s.aws/cluster": "true", "aws:ResourceTag/elbv2.k8s.aws/cluster": "false"}}},
		iampolicy.Allow("TagListeners", []string{"elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"}, listeners...),
		iampolicy.Statement{Sid: "ModifyOwnLoadBalancers", Effect: "Allow", Action: []string{
			"elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:SetIpAddressType", "elasticloadbalancing:SetSecurityGroups",
			"elasticloadbalancing:SetSubnets", "elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:ModifyTargetGroup",
			"elasticloadbalancing:ModifyTargetGroupAttributes", "elasticloadbalancing:DeleteTargetGroup",
			"elasticloadbalancing:ModifyListenerAttributes", "elasticloadbalancing:ModifyCapacityReservation", "elasticloadbalancing:ModifyIpPools",
		}, Resource: lbs, Condition: clusterTagged},
		iampolicy.Statement{Sid: "TagOnCreate", Effect: "Allow", Action: []string{"elasticloadbalancing:AddTags"}, Resource: lbs,
			Condition: map[string]map[string]any{
				"StringEquals": {"elasticloadbalancing:CreateAction": []string{"CreateTargetGroup", "CreateLoadBalancer"}},
				"Null":         {"aws:RequestTag/elbv2.k8s.aws/cluster": "false"},
			}},
		iampolicy.Allow("Targets", []string{"elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets"}, elb("targetgroup/*/*")),
		iampolicy.Allow("ListenerSettings", []string{"elasticloadbalancing:SetWebAcl", "elasticloadbalancing:ModifyListener",
			"elasticloadbalancing:AddListenerCertificates", "elasticloadbalancing:RemoveListenerCertificates",
			"elasticloadbalancing:ModifyRule", "elasticloadbalancing:SetRulePriorities"},
			append(append([]string(nil), lbs...), listeners...)...),
	)
}
