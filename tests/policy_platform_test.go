package tests

import (
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"strings"

	"github.com/keelson-dev/keelson/config"
)

const githubIssuer = "token.actions.githubusercontent.com"

// bucketWaivers are the waiver tags a bucket may carry instead of a
// control, each with the reason written into the tag by the construct.
var bucketWaivers = map[string]string{
	"keelson/access-logging": "no server access logging",
	"keelson/kms-encryption": "SSE-S3 instead of a customer-managed key (access-log targets only)",
}

// githubSubjectRE are the subjects GitHub roles may trust: an exact
// pull_request, branch or environment subject, or (StringLike only) the
// release tags refs/tags/v* of a service repository.
var githubSubjectRE = regexp.MustCompile(`^repo:([A-Za-z0-9-]+)/([A-Za-z0-9._-]+):(pull_request|ref:refs/heads/[A-Za-z0-9._/-]+|environment:[A-Za-z0-9._-]+|ref:refs/tags/v\*)$`)

func init() {
	rules = append(rules, platformRules...)
}

var platformRules = []rule{
	{"MSK encrypts at rest with KMS and in transit with TLS only, authenticates with IAM, logs and exports metrics", []string{"aws_msk_cluster"}, func(r Resource, st *Stack) string {
		enc := obj(r.Body, "encryption_info")
		if str(enc, "encryption_at_rest_kms_key_arn") == "" {
			return "no customer-managed KMS key for encryption at rest"
		}
		transit := obj(enc, "encryption_in_transit")
		if str(transit, "client_broker") != "TLS" || transit["in_cluster"] != true {
			return "transit is not TLS-only (client_broker TLS and in_cluster true)"
		}
		auth := obj(r.Body, "client_authentication")
		if obj(auth, "sasl")["iam"] != true || auth["unauthenticated"] == true {
			return "client authentication is not IAM-only"
		}
		if obj(obj(obj(r.Body, "logging_info"), "broker_logs"), "cloudwatch_logs")["enabled"] != true {
			return "broker logs are off"
		}
		prom := obj(obj(r.Body, "open_monitoring"), "prometheus")
		if obj(prom, "jmx_exporter")["enabled_in_broker"] != true || obj(prom, "node_exporter")["enabled_in_broker"] != true {
			return "open monitoring (JMX and node exporters) is off"
		}
		info := obj(r.Body, "broker_node_group_info")
		brokers, _ := r.Body["number_of_broker_nodes"].(float64)
		if subnets := len(list(info, "client_subnets")); subnets == 0 || int(brokers)%subnets != 0 {
			return fmt.Sprintf("%v brokers over %d subnets: not a multiple", brokers, subnets)
		}
		if str(obj(r.Body, "configuration_info"), "arn") == "" {
			return "no cluster configuration (replication and topic defaults)"
		}
		if stackEnv(st).Production && !preventDestroy(r) {
			return "production cluster lacks prevent_destroy"
		}
		return ""
	}},
	{"MSK configuration forbids automatic topics and unclean elections, and min ISR is below the replication factor", []string{"aws_msk_configuration"}, func(r Resource, _ *Stack) string {
		props := map[string]string{}
		for _, l := range strings.Split(str(r.Body, "server_properties"), "\n") {
			if k, v, ok := strings.Cut(l, "="); ok {
				props[k] = v
			}
		}
		if props["auto.create.topics.enable"] != "false" {
			return "auto.create.topics.enable is not false"
		}
		if props["unclean.leader.election.enable"] != "false" {
			return "unclean.leader.election.enable is not false"
		}
		var rf, isr int
		fmt.Sscan(props["default.replication.factor"], &rf)
		fmt.Sscan(props["min.insync.replicas"], &isr)
		if isr < 1 || (rf > 1 && isr >= rf) {
			return fmt.Sprintf("min.insync.replicas %d with replication factor %d", isr, rf)
		}
		return ""
	}},
	{"ECR repositories are immutable, scanned on push, KMS-encrypted and have a lifecycle policy", []string{"aws_ecr_repository"}, func(r Resource, st *Stack) string {
		if str(r.Body, "image_tag_mutability") != "IMMUTABLE" {
			return "tags are mutable"
		}
		if obj(r.Body, "image_scanning_configuration")["scan_on_push"] != true {
			return "no scan on push"
		}
		if enc := obj(r.Body, "encryption_configuration"); str(enc, "encryption_type") != "KMS" || str(enc, "kms_key") == "" {
			return "not encrypted with a customer-managed KMS key"
		}
		for _, lp := range st.Resources("aws_ecr_lifecycle_policy") {
			if refersTo(lp.Body["repository"], r) {
				return ""
			}
		}
		return "no aws_ecr_lifecycle_policy"
	}},
	{"S3 buckets are versioned, KMS-encrypted, private, TLS-only, have a lifecycle and access logs (or a stated waiver)", []string{"aws_s3_bucket"}, func(r Resource, st *Stack) string {
		tags, _ := r.Body["tags"].(map[string]any)
		waived := func(key string) bool {
			v, _ := tags[key].(string)
			return strings.HasPrefix(v, "waived: ") && len(v) > len("waived: ")+10
		}
		find := func(typ string, ok func(map[string]any) bool) bool {
			for _, x := range st.Resources(typ) {
				if refersTo(x.Body["bucket"], r) && ok(x.Body) {
					return true
				}
			}
			return false
		}
		any_ := func(map[string]any) bool { return true }
		switch {
		case !find("aws_s3_bucket_versioning", func(b map[string]any) bool {
			return str(obj(b, "versioning_configuration"), "status") == "Enabled"
		}):
			return "versioning is not Enabled"
		case !find("aws_s3_bucket_server_side_encryption_configuration", func(b map[string]any) bool {
			d := obj(obj(b, "rule"), "apply_server_side_encryption_by_default")
			return str(d, "sse_algorithm") == "aws:kms" && str(d, "kms_master_key_id") != "" ||
				str(d, "sse_algorithm") == "AES256" && waived("keelson/kms-encryption")
		}):
			return "not encrypted with a customer-managed KMS key (and no keelson/kms-encryption waiver)"
		case !find("aws_s3_bucket_public_access_block", func(b map[string]any) bool {
			return b["block_public_acls"] == true && b["block_public_policy"] == true && b["ignore_public_acls"] == true && b["restrict_public_buckets"] == true
		}):
			return "public access is not fully blocked"
		case !find("aws_s3_bucket_policy", func(b map[string]any) bool {
			doc, err := parsePolicy(str(b, "policy"))
			if err != nil {
				return false
			}
			for _, s := range doc.Statement {
				if s.Effect == "Deny" && fmt.Sprint(s.Condition["Bool"]["aws:SecureTransport"]) == "false" {
					return true
				}
			}
			return false
		}):
			return "no bucket policy denying aws:SecureTransport=false"
		case !find("aws_s3_bucket_lifecycle_configuration", any_):
			return "no lifecycle configuration"
		case !find("aws_s3_bucket_logging", any_) && !waived("keelson/access-logging"):
			return "no access logging and no keelson/access-logging waiver with a reason"
		}
		return ""
	}},
	{"GitHub OIDC trust is pinned to the audience and to exact subjects of this repository or the service repositories", []string{"aws_iam_role"}, func(r Resource, _ *Stack) string {
		doc, err := parsePolicy(str(r.Body, "assume_role_policy"))
		if err != nil {
			return "trust policy does not parse: " + err.Error()
		}
		acct := config.Bootstrap()
		allowed := append([]string{acct.GitHub.Repo}, acct.Registry.Repositories...)
		for _, s := range doc.Statement {
			if !isGitHubTrust(s.Condition) {
				continue
			}
			if v := anyStrings(s.Condition["StringEquals"][githubIssuer+":aud"]); len(v) != 1 || v[0] != "sts.amazonaws.com" {
				return "no exact :aud sts.amazonaws.com"
			}
			subs := 0
			for op, kv := range s.Condition {
				for k, v := range kv {
					if k != githubIssuer+":sub" {
						continue
					}
					for _, sub := range anyStrings(v) {
						subs++
						m := githubSubjectRE.FindStringSubmatch(sub)
						switch {
						case m == nil:
							return fmt.Sprintf("subject %q is not an exact repository subject", sub)
						case m[1] != acct.GitHub.Org || !slices.Contains(allowed, m[2]):
							return fmt.Sprintf("subject %q is outside %s/{%s}", sub, acct.GitHub.Org, strings.Join(allowed, ","))
						case strings.Contains(sub, "*") && (op != "StringLike" || m[2] == acct.GitHub.Repo):
							return fmt.Sprintf("wildcard subject %q: only service release tags may be patterns", sub)
						case !strings.Contains(sub, "*") && op != "StringEquals":
							return fmt.Sprintf("subject %q is matched with %s, not StringEquals", sub, op)
						}
					}
				}
			}
			if subs == 0 {
				return "GitHub trust without a :sub condition: any repository could assume it"
			}
		}
		return ""
	}},
	{"no SSH from the internet", []string{"aws_vpc_security_group_ingress_rule", "aws_security_group_rule"}, func(r Resource, _ *Stack) string {
		if r.Type == "aws_security_group_rule" && str(r.Body, "type") != "ingress" {
			return ""
		}
		from, _ := r.Body["from_port"].(float64)
		to, _ := r.Body["to_port"].(float64)
		proto := str(r.Body, "ip_protocol") + str(r.Body, "protocol")
		if !(proto == "-1" || (from <= 22 && 22 <= to)) {
			return ""
		}
		cidrs := append(strings_(r.Body, "cidr_blocks"), str(r.Body, "cidr_ipv4"))
		for _, c := range cidrs {
			if p, err := netip.ParsePrefix(c); err == nil && p.Bits() < 8 {
				return "SSH from " + c
			}
		}
		return ""
	}},
	{"backup vaults are KMS-encrypted and protected from destroy", []string{"aws_backup_vault"}, func(r Resource, _ *Stack) string {
		if str(r.Body, "kms_key_arn") == "" {
			return "no kms_key_arn"
		}
		if !preventDestroy(r) {
			return "lacks prevent_destroy"
		}
		return ""
	}},
	{"the state bucket is protected from destroy", []string{"aws_s3_bucket"}, func(r Resource, st *Stack) string {
		if str(r.Body, "bucket") == config.Bootstrap().State.Bucket && !preventDestroy(r) {
			return "state bucket lacks prevent_destroy"
		}
		if stackEnv(st).Production && strings.Contains(str(r.Body, "bucket"), "-data-") && !preventDestroy(r) {
			return "production data bucket lacks prevent_destroy"
		}
		return ""
	}},
}
