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
		{"MSK encrypts at rest with KMS and in transit with TLS only, authenticates with IAM, logs and exports metrics", "aws_msk_cluster", "no customer-managed KMS key",
			map[string]any{}},
		{"MSK encrypts at rest with KMS and in transit with TLS only, authenticates with IAM, logs and exports metrics", "aws_msk_cluster", "TLS-only",
			map[string]any{"encryption_info": map[string]any{"encryption_at_rest_kms_key_arn": "k", "encryption_in_transit": map[string]any{"client_broker": "TLS_PLAINTEXT", "in_cluster": true}}}},
		{"MSK encrypts at rest with KMS and in transit with TLS only, authenticates with IAM, logs and exports metrics", "aws_msk_cluster", "IAM-only",
			map[string]any{"encryption_info": mskEncrypted, "client_authentication": map[string]any{"sasl": map[string]any{"iam": true}, "unauthenticated": true}}},
		{"MSK encrypts at rest with KMS and in transit with TLS only, authenticates with IAM, logs and exports metrics", "aws_msk_cluster", "broker logs",
			map[string]any{"encryption_info": mskEncrypted, "client_authentication": mskIAM}},
		{"MSK encrypts at rest with KMS and in transit with TLS only, authenticates with IAM, logs and exports metrics", "aws_msk_cluster", "open monitoring",
			map[string]any{"encryption_info": mskEncrypted, "client_authentication": mskIAM, "logging_info": mskLogs}},
		{"MSK encrypts at rest with KMS and in transit with TLS only, authenticates with IAM, logs and exports metrics", "aws_msk_cluster", "not a multiple",
			map[string]any{"encryption_info": mskEncrypted, "client_authentication": mskIAM, "logging_info": mskLogs, "open_monitoring": mskMonitoring,
				"number_of_broker_nodes": 4.0, "broker_node_group_info": map[string]any{"client_subnets": []any{"a", "b", "c"}}}},
		{"MSK encrypts at rest with KMS and in transit with TLS only, authenticates with IAM, logs and exports metrics", "aws_msk_cluster", "prevent_destroy",
			map[string]any{"encryption_info": mskEncrypted, "client_authentication": mskIAM, "logging_info": mskLogs, "open_monitoring": mskMonitoring,
				"number_of_broker_nodes": 3.0, "broker_node_group_info": map[string]any{"client_subnets": []any{"a", "b", "c"}}, "configuration_info": map[string]any{"arn": "c"}}},
		{"MSK configuration forbids automatic topics and unclean elections, and min ISR is below the replication factor", "aws_msk_configuration", "auto.create.topics.enable",
			map[string]any{"server_properties": "auto.create.topics.enable=true\n"}},
		{"MSK configuration forbids automatic topics and unclean elections, and min ISR is below the replication factor", "aws_msk_configuration", "min.insync.replicas 3",
			map[string]any{"server_properties": "auto.create.topics.enable=false\nunclean.leader.election.enable=false\ndefault.replication.factor=3\nmin.insync.replicas=3\n"}},
		{"ECR repositories are immutable, scanned on push, KMS-encrypted and have a lifecycle policy", "aws_ecr_repository", "mutable",
			map[string]any{"image_tag_mutability": "MUTABLE"}},
		{"ECR repositories are immutable, scanned on push, KMS-encrypted and have a lifecycle policy", "aws_ecr_repository", "scan on push",
			map[string]any{"image_tag_mutability": "IMMUTABLE"}},
		{"ECR repositories are immutable, scanned on push, KMS-encrypted and have a lifecycle policy", "aws_ecr_repository", "customer-managed KMS key",
			map[string]any{"image_tag_mutability": "IMMUTABLE", "image_scanning_configuration": map[string]any{"scan_on_push": true}, "encryption_configuration": map[string]any{"encryption_type": "AES256"}}},
		{"ECR repositories are immutable, scanned on push, KMS-encrypted and have a lifecycle policy", "aws_ecr_repository", "no aws_ecr_lifecycle_policy",
			map[string]any{"image_tag_mutability": "IMMUTABLE", "image_scanning_configuration": map[string]any{"scan_on_push": true}, "encryption_configuration": map[string]any{"encryption_type": "KMS", "kms_key": "k"}}},
		{"S3 buckets are versioned, KMS-encrypted, private, TLS-only, have a lifecycle and access logs (or a stated waiver)", "aws_s3_bucket", "versioning",
			map[string]any{"bucket": "b"}},
		{"GitHub OIDC trust is pinned to the audience and to exact subjects of this repository or the service repositories", "aws_iam_role", "not an exact repository subject",
			map[string]any{"assume_role_policy": githubTrust("StringLike", "repo:keelson-dev/keelson:*")}},
		{"GitHub OIDC trust is pinned to the audience and to exact subjects of this repository or the service repositories", "aws_iam_role", "outside keelson-dev",
			map[string]any{"assume_role_policy": githubTrust("StringEquals", "repo:someone-else/keelson:pull_request")}},
		{"GitHub OIDC trust is pinned to the audience and to exact subjects of this repository or the service repositories", "aws_iam_role", "wildcard subject",
			map[string]any{"assume_role_policy": githubTrust("StringLike", "repo:keelson-dev/keelson:ref:refs/tags/v*")}},
		{"GitHub OIDC trust is pinned to the audience and to exact subjects of this repository or the service repositories", "aws_iam_role", "without a :sub",
			map[string]any{"assume_role_policy": `{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}}]}`}},
		{"GitHub OIDC trust is pinned to the audience and to exact subjects of this repository or the service repositories", "aws_iam_role", ":aud",
			map[string]any{"assume_role_policy": `{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:sub":"repo:keelson-dev/keelson:pull_request"}}}]}`}},
		{"no SSH from the internet", "aws_vpc_security_group_ingress_rule", "SSH from 0.0.0.0/0",
			map[string]any{"cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 22.0, "to_port": 22.0}},
		{"no SSH from the internet", "aws_security_group_rule", "SSH from 0.0.0.0/1",
			map[string]any{"type": "ingress", "cidr_blocks": []any{"0.0.0.0/1"}, "protocol": "-1", "from_port": 0.0, "to_port": 0.0}},
		{"backup vaults are KMS-encrypted and protected from destroy", "aws_backup_vault", "kms_key_arn", map[string]any{}},
		{"backup vaults are KMS-encrypted and protected from destroy", "aws_backup_vault", "prevent_destroy", map[string]any{"kms_key_arn": "k"}},
		{"instances require IMDSv2 and encrypt their root volume", "aws_instance", "http_tokens",
			map[string]any{"metadata_options": map[string]any{"http_tokens": "optional"}}},
		{"instances require IMDSv2 and encrypt their root volume", "aws_instance", "public IP",
			map[string]any{"metadata_options": map[string]any{"http_tokens": "required"}, "root_block_device": map[string]any{"encrypted": true}, "associate_public_ip_address": true}},
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

var (
	mskEncrypted  = map[string]any{"encryption_at_rest_kms_key_arn": "k", "encryption_in_transit": map[string]any{"client_broker": "TLS", "in_cluster": true}}
	mskIAM        = map[string]any{"sasl": map[string]any{"iam": true}, "unauthenticated": false}
	mskLogs       = map[string]any{"broker_logs": map[string]any{"cloudwatch_logs": map[string]any{"enabled": true}}}
	mskMonitoring = map[string]any{"prometheus": map[string]any{"jmx_exporter": map[string]any{"enabled_in_broker": true}, "node_exporter": map[string]any{"enabled_in_broker": true}}}
)

// githubTrust is a GitHub OIDC trust policy with one subject condition.
func githubTrust(op, sub string) string {
	cond := `"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"`
	if op == "StringEquals" {
		cond += `,"token.actions.githubusercontent.com:sub":"` + sub + `"}`
	} else {
		cond += `},"` + op + `":{"token.actions.githubusercontent.com:sub":"` + sub + `"}`
	}
	return `{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Condition":{` + cond + `}}]}`
}
