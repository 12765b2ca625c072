package tests

import (
	"fmt"
	"strings"
	"testing"

	"github.com/keelson-dev/keelson/config"
)

// rule is one security invariant. check returns "" when r complies.
type rule struct {
	name  string
	types []string // resource types the rule inspects
	check func(r Resource, st *Stack) string
}

// openIngressAllowed are the only resources that may admit 0.0.0.0/0 (or
// ::/0): the internet-facing load balancer's listeners. Keyed by the
// construct-ID fragment of their address.
var openIngressAllowed = []string{"LoadBalancerHttps", "LoadBalancerHttp"}

// internetEgressAllowed may send to 0.0.0.0/0, each for a stated reason.
var internetEgressAllowed = map[string]string{
	"Bastion_EgressHttps": "the bastion installs its pinned tools and reaches AWS APIs over HTTPS through the NAT",
	"MskEgress":           "none: brokers need no egress rule; listed so a new one is reviewed",
}

// wildcardResourceActions may use Resource "*" in IAM policies because AWS
// does not let them be scoped to a resource.
var wildcardResourceActions = map[string]bool{
	"ec2:DescribeInstances": true, "ec2:DescribeSubnets": true, "ec2:DescribeSecurityGroups": true,
	"eks:ListClusters": true, "sts:GetCallerIdentity": true, "ecr:GetAuthorizationToken": true,
}

var rules = []rule{
	{"log groups are encrypted with a customer-managed key and retained", []string{"aws_cloudwatch_log_group"}, func(r Resource, _ *Stack) string {
		if str(r.Body, "kms_key_id") == "" {
			return "no kms_key_id"
		}
		if n, _ := r.Body["retention_in_days"].(float64); n <= 0 {
			return "no retention_in_days"
		}
		return ""
	}},
	{"launch templates require IMDSv2 with hop limit 1 and encrypt every volume", []string{"aws_launch_template"}, func(r Resource, _ *Stack) string {
		md := obj(r.Body, "metadata_options")
		if str(md, "http_tokens") != "required" {
			return "metadata_options.http_tokens is not \"required\""
		}
		if md["http_put_response_hop_limit"] != 1.0 {
			return fmt.Sprintf("http_put_response_hop_limit is %v, want 1", md["http_put_response_hop_limit"])
		}
		devices := list(r.Body, "block_device_mappings")
		if len(devices) == 0 {
			return "no block_device_mappings: the root volume's encryption is not stated"
		}
		for _, d := range devices {
			if ebs := obj(d.(map[string]any), "ebs"); str(ebs, "encrypted") != "true" {
				return "a block device is not encrypted"
			}
		}
		return ""
	}},
	{"instances require IMDSv2 and encrypt their root volume", []string{"aws_instance"}, func(r Resource, _ *Stack) string {
		if str(obj(r.Body, "metadata_options"), "http_tokens") != "required" {
			return "metadata_options.http_tokens is not \"required\""
		}
		if obj(r.Body, "root_block_device")["encrypted"] != true {
			return "root_block_device is not encrypted"
		}
		if r.Body["associate_public_ip_address"] == true {
			return "has a public IP"
		}
		return ""
	}},
	{"EKS clusters encrypt secrets, log all five types, and never open the API to the internet", []string{"aws_eks_cluster"}, func(r Resource, st *Stack) string {
		enc := obj(r.Body, "encryption_config")
		if enc == nil || !contains(strings_(enc, "resources"), "secrets") {
			return "secrets are not encrypted"
		}
		if n := len(list(r.Body, "enabled_cluster_log_types")); n != 5 {
			return fmt.Sprintf("%d control-plane log types, want 5", n)
		}
		vpc := obj(r.Body, "vpc_config")
		for _, c := range strings_(vpc, "public_access_cidrs") {
			if c == "0.0.0.0/0" {
				return "public endpoint open to 0.0.0.0/0"
			}
		}
		if vpc["endpoint_public_access"] == true && len(list(vpc, "public_access_cidrs")) == 0 {
			return "public endpoint without public_access_cidrs (AWS defaults to 0.0.0.0/0)"
		}
		if _, ok := config.KubernetesVersions[str(r.Body, "version")]; !ok {
			return fmt.Sprintf("version %q is not a supported version", str(r.Body, "version"))
		}
		if stackEnv(st).Production {
			if vpc["endpoint_public_access"] == true {
				return "production API endpoint is public"
			}
			if lc, _ := r.Body["lifecycle"].(map[string]any); lc["prevent_destroy"] != true {
				return "production cluster lacks prevent_destroy"
			}
		}
		return ""
	}},
	{"subnets never assign public IPs", []string{"aws_subnet"}, func(r Resource, _ *Stack) string {
		if r.Body["map_public_ip_on_launch"] != false {
			return "map_public_ip_on_launch is not false"
		}
		return ""
	}},
	{"security groups and rules are described", []string{"aws_security_group", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_security_group_rule"}, func(r Resource, _ *Stack) string {
		if strings.TrimSpace(str(r.Body, "description")) == "" {
			return "no description"
		}
		return ""
	}},
	{"no ingress from the internet but the load balancer's", []string{"aws_vpc_security_group_ingress_rule", "aws_security_group_rule", "aws_security_group"}, func(r Resource, _ *Stack) string {
		open := func(v map[string]any) bool {
			for _, k := range []string{"cidr_ipv4", "cidr_ipv6"} {
				if c := str(v, k); c == "0.0.0.0/0" || c == "::/0" {
					return true
				}
			}
			for _, k := range []string{"cidr_blocks", "ipv6_cidr_blocks"} {
				for _, c := range strings_(v, k) {
					if c == "0.0.0.0/0" || c == "::/0" {
						return true
					}
				}
			}
			return false
		}
		ingress := []map[string]any{}
		switch r.Type {
		case "aws_vpc_security_group_ingress_rule":
			ingress = append(ingress, r.Body)
		case "aws_security_group_rule":
			if str(r.Body, "type") == "ingress" {
				ingress = append(ingress, r.Body)
			}
		case "aws_security_group":
			for _, i := range list(r.Body, "ingress") {
				ingress = append(ingress, i.(map[string]any))
			}
		}
		for _, i := range ingress {
			if open(i) && !addressHasAny(r, openIngressAllowed) {
				return "admits 0.0.0.0/0 or ::/0"
			}
		}
		return ""
	}},
	{"egress to the internet only where listed with a reason", []string{"aws_vpc_security_group_egress_rule"}, func(r Resource, _ *Stack) string {
		if c := str(r.Body, "cidr_ipv4"); c == "0.0.0.0/0" {
			for frag := range internetEgressAllowed {
				if strings.Contains(r.Name, frag) {
					return ""
				}
			}
			return "egress to 0.0.0.0/0 not in internetEgressAllowed"
		}
		return ""
	}},
	{"every VPC has flow logs and an emptied default security group", []string{"aws_vpc"}, func(r Resource, st *Stack) string {
		flow, dsg := false, false
		for _, f := range st.Resources("aws_flow_log") {
			flow = flow || refersTo(f.Body["vpc_id"], r)
		}
		for _, d := range st.Resources("aws_default_security_group") {
			if refersTo(d.Body["vpc_id"], r) && d.Body["ingress"] == nil && d.Body["egress"] == nil {
				dsg = true
			}
		}
		switch {
		case !flow:
			return "no aws_flow_log for this VPC"
		case !dsg:
			return "default security group not managed empty"
		}
		return ""
	}},
	{"the VPC CNI enforces network policies", []string{"aws_eks_addon"}, func(r Resource, _ *Stack) string {
		if str(r.Body, "addon_name") == "vpc-cni" && !strings.Contains(str(r.Body, "configuration_values"), `"enableNetworkPolicy":"true"`) {
			return "vpc-cni without enableNetworkPolicy"
		}
		if str(r.Body, "addon_version") == "" {
			return "add-on version not pinned"
		}
		return ""
	}},
	{"IRSA trust is pinned to one service account and to STS", []string{"aws_iam_role"}, func(r Resource, _ *Stack) string {
		doc, err := parsePolicy(str(r.Body, "assume_role_policy"))
		if err != nil {
			return "trust policy does not parse: " + err.Error()
		}
		for _, s := range doc.Statement {
			if !contains(anyStrings(s.Action), "sts:AssumeRoleWithWebIdentity") || isGitHubTrust(s.Condition) {
				continue
			}
			if _, like := s.Condition["StringLike"]; like {
				return "web-identity trust uses StringLike (wildcards)"
			}
			eq := s.Condition["StringEquals"]
			var sub, aud bool
			for k, v := range eq {
				vs := anyStrings(v)
				if strings.HasSuffix(k, ":sub") && len(vs) == 1 && !strings.Contains(vs[0], "*") {
					sub = true
				}
				if strings.HasSuffix(k, ":aud") && len(vs) == 1 && vs[0] == "sts.amazonaws.com" {
					aud = true
				}
			}
			if !sub || !aud {
				return "web-identity trust lacks an exact :sub and :aud condition"
			}
		}
		return ""
	}},
	{"node groups span 3 subnets, update a third at most, and spot groups diversify", []string{"aws_eks_node_group"}, func(r Resource, _ *Stack) string {
		if n := len(list(r.Body, "subnet_ids")); n < 3 {
			return fmt.Sprintf("spans %d subnets, want ≥ 3", n)
		}
		if p, _ := obj(r.Body, "update_config")["max_unavailable_percentage"].(float64); p == 0 || p > 33 {
			return fmt.Sprintf("max_unavailable_percentage %v, want 1-33", p)
		}
		if str(r.Body, "capacity_type") == "SPOT" && len(list(r.Body, "instance_types")) < 4 {
			return "spot group with fewer than 4 instance types"
		}
		return ""
	}},
	{"KMS keys rotate and their policies name no * principal", []string{"aws_kms_key"}, func(r Resource, st *Stack) string {
		if r.Body["enable_key_rotation"] != true {
			return "rotation off"
		}
		doc, err := parsePolicy(str(r.Body, "policy"))
		if err != nil || len(doc.Statement) == 0 {
			return "no explicit key policy"
		}
		for _, s := range doc.Statement {
			if s.Principal == "*" || contains(anyStrings(s.Principal), "*") {
				return "statement " + s.Sid + " has a * principal"
			}
		}
		if (stackEnv(st).Production || st.Name == "bootstrap") && !preventDestroy(r) {
			return "production (or bootstrap) key lacks prevent_destroy"
		}
		return ""
	}},
	{"IAM policies grant no * action and * resources only where unscopable", []string{"aws_iam_role_policy", "aws_iam_policy"}, func(r Resource, _ *Stack) string {
		doc, err := parsePolicy(str(r.Body, "policy"))
		if err != nil {
			return "policy does not parse: " + err.Error()
		}
		for _, s := range doc.Statement {
			for _, a := range anyStrings(s.Action) {
				if a == "*" || strings.HasSuffix(a, ":*") {
					return "grants " + a
				}
			}
			if contains(anyStrings(s.Resource), "*") {
				for _, a := range anyStrings(s.Action) {
					if !wildcardResourceActions[a] {
						return a + " on Resource * (scope it, or add it to wildcardResourceActions with a reason)"
					}
				}
			}
		}
		return ""
	}},
}

// TestPolicy runs every rule over every resource of every stack. A rule
// that matched no resource fails too: an invariant nothing exercises
// proves nothing.
func TestPolicy(t *testing.T) {
	s := synthesized(t)
	for _, rl := range rules {
		t.Run(rl.name, func(t *testing.T) {
			checked := 0
			for _, name := range s.Names() {
				st := s.Stacks[name]
				for _, typ := range rl.types {
					for _, r := range st.Resources(typ) {
						checked++
						if msg := rl.check(r, st); msg != "" {
							t.Errorf("%s: %s", r, msg)
						}
					}
				}
			}
			if checked == 0 && !optionalRule[rl.name] {
				t.Errorf("no resource of %v in any stack: the rule checks nothing", rl.types)
			}
		})
	}
}

// isGitHubTrust reports whether a web-identity statement is for GitHub
// Actions (its condition keys name GitHub's issuer).
func isGitHubTrust(cond map[string]map[string]any) bool {
	for _, kv := range cond {
		for k := range kv {
			if strings.HasPrefix(k, githubIssuer+":") {
				return true
			}
		}
	}
	return false
}

func preventDestroy(r Resource) bool {
	lc, _ := r.Body["lifecycle"].(map[string]any)
	return lc["prevent_destroy"] == true
}

// optionalRule names rules whose resources appear only with later
// constructs (instances, MSK, legacy SG rules); they may match nothing.
var optionalRule = map[string]bool{
	"egress to the internet only where listed with a reason":               true,
	"IAM policies grant no * action and * resources only where unscopable": false,
}

func addressHasAny(r Resource, frags []string) bool {
	for _, f := range frags {
		if strings.Contains(r.Name, f) {
			return true
		}
	}
	return false
}

// stackEnv is the preset environment a stack belongs to (zero for stacks
// of no environment, such as bootstrap).
func stackEnv(st *Stack) config.Environment {
	for _, e := range config.Presets() {
		if strings.HasPrefix(st.Name, e.Name+"-") {
			return e
		}
	}
	return config.Environment{}
}
