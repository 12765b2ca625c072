package tests

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPolicyRulesCatchViolations feeds each rule a resource that breaks it,
// so a rule that silently stopped checking would fail here.
func TestPolicyRulesCatchViolations(t *testing.T) {
	prod := &Stack{Name: "prod-infra"}
	cases := []struct {
		rule, typ, want string
		body            map[string]any
	}{
		{"log groups are encrypted with a customer-managed key and retained", "aws_cloudwatch_log_group", "no kms_key_id",
			map[string]any{"retention_in_days": 14.0}},
		{"launch templates require IMDSv2 with hop limit 1 and encrypt every volume", "aws_launch_template", "http_tokens",
			map[string]any{"metadata_options": map[string]any{"http_tokens": "optional"}}},
		{"launch templates require IMDSv2 with hop limit 1 and encrypt every volume", "aws_launch_template", "hop_limit",
			map[string]any{"metadata_options": map[string]any{"http_tokens": "required", "http_put_response_hop_limit": 2.0}}},
		{"launch templates require IMDSv2 with hop limit 1 and encrypt every volume", "aws_launch_template", "not encrypted",
			map[string]any{"metadata_options": map[string]any{"http_tokens": "required", "http_put_response_hop_limit": 1.0},
				"block_device_mappings": []any{map[string]any{"ebs": map[string]any{"encrypted": "false"}}}}},
		{"EKS clusters encrypt secrets, log all five types, and never open the API to the internet", "aws_eks_cluster", "open to 0.0.0.0/0",
			map[string]any{"encryption_config": map[string]any{"resources": []any{"secrets"}},
				"enabled_cluster_log_types": []any{"api", "audit", "authenticator", "controllerManager", "scheduler"},
				"vpc_config":                map[string]any{"endpoint_public_access": true, "public_access_cidrs": []any{"0.0.0.0/0"}}}},
		{"EKS clusters encrypt secrets, log all five types, and never open the API to the internet", "aws_eks_cluster", "secrets are not encrypted",
			map[string]any{}},
		{"subnets never assign public IPs", "aws_subnet", "map_public_ip_on_launch", map[string]any{"map_public_ip_on_launch": true}},
		{"security groups and rules are described", "aws_security_group", "no description", map[string]any{}},
		{"no ingress from the internet but the load balancer's", "aws_vpc_security_group_ingress_rule", "0.0.0.0/0",
			map[string]any{"cidr_ipv4": "0.0.0.0/0", "from_port": 22.0}},
		{"egress to the internet only where listed with a reason", "aws_vpc_security_group_egress_rule", "not in internetEgressAllowed",
			map[string]any{"cidr_ipv4": "0.0.0.0/0"}},
		{"the VPC CNI enforces network policies", "aws_eks_addon", "enableNetworkPolicy",
			map[string]any{"addon_name": "vpc-cni", "addon_version": "v1", "configuration_values": "{}"}},
		{"IRSA trust is pinned to one service account and to STS", "aws_iam_role", "StringLike",
			map[string]any{"assume_role_policy": `{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"x:sub":"system:serviceaccount:*"}}}]}`}},
		{"IRSA trust is pinned to one service account and to STS", "aws_iam_role", "exact :sub and :aud",
			map[string]any{"assume_role_policy": `{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"x:sub":"system:serviceaccount:a:b"}}}]}`}},
		{"node groups span 3 subnets, update a third at most, and spot groups diversify", "aws_eks_node_group", "spot group",
			map[string]any{"subnet_ids": []any{"a", "b", "c"}, "update_config": map[string]any{"max_unavailable_percentage": 33.0},
				"capacity_type": "SPOT", "instance_types": []any{"m5.large"}}},
		{"node groups span 3 subnets, update a third at most, and spot groups diversify", "aws_eks_node_group", "max_unavailable_percentage",
			map[string]any{"subnet_ids": []any{"a", "b", "c"}, "update_config": map[string]any{"max_unavailable_percentage": 50.0}}},
		{"KMS keys rotate and their policies name no * principal", "aws_kms_key", "* principal",
			map[string]any{"enable_key_rotation": true, "policy": `{"Statement":[{"Sid":"Open","Effect":"Allow","Principal":"*","Action":"kms:Decrypt","Resource":"*"}]}`}},
		{"KMS keys rotate and their policies name no * principal", "aws_kms_key", "prevent_destroy",
			map[string]any{"enable_key_rotation": true, "policy": `{"Statement":[{"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}`}},
		{"IAM policies grant no * action and * resources only where unscopable", "aws_iam_role_policy", "grants s3:*",
			map[string]any{"policy": `{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b"}]}`}},
		{"IAM policies grant no * action and * resources only where unscopable", "aws_iam_role_policy", "on Resource *",
			map[string]any{"policy": `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`}},
	}
	byName := map[string]rule{}
	for _, r := range rules {
		byName[r.name] = r
	}
	for _, tc := range cases {
		t.Run(tc.rule+"/"+tc.want, func(t *testing.T) {
			rl, ok := byName[tc.rule]
			require.True(t, ok, "no rule named %q", tc.rule)
			msg := rl.check(Resource{Stack: prod.Name, Type: tc.typ, Name: "Bad", Body: tc.body}, prod)
			assert.Contains(t, msg, tc.want, "rule %q let a violation through", tc.rule)
		})
	}
}
