package network

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/networkacl"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/networkaclrule"

	"github.com/keelson-dev/keelson/config"
)

// aclRule is one network ACL entry. NACLs are stateless: every flow needs
// its request rule on one side and its reply (ephemeral ports) on the other.
type aclRule struct {
	egress   bool
	protocol string // "tcp", "udp" or "-1" for all
	cidr     string
	from, to int
	why      string
}

const anywhere = "0.0.0.0/0"

// aclRules are each tier's rules: what EKS, the load balancers and NAT
// need and nothing more. Security groups do the fine-grained work; NACLs
// are the coarse second wall between tiers and the internet.
func (n *NetworkTier) aclRules() map[config.Tier][]aclRule {
	vpcCIDR := n.props.Plan.VPC.String()
	inVPC := func(egress bool, why string) aclRule {
		return aclRule{egress: egress, protocol: "-1", cidr: vpcCIDR, why: why}
	}
	return map[config.Tier][]aclRule{
		config.Public: {
			inVPC(false, "load balancer to targets' replies, private subnets to the NAT gateways"),
			{protocol: "tcp", cidr: anywhere, from: 443, to: 443, why: "HTTPS to the internet-facing load balancer"},
			{protocol: "tcp", cidr: anywhere, from: 80, to: 80, why: "HTTP to the load balancer (redirected to HTTPS)"},
			{protocol: "tcp", cidr: anywhere, from: 1024, to: 65535, why: "replies to connections the NAT gateways opened"},
			inVPC(true, "load balancer to targets, NAT gateways' replies to private subnets"),
			{egress: true, protocol: "tcp", cidr: anywhere, from: 443, to: 443, why: "NAT egress: HTTPS (AWS APIs, registries)"},
			{egress: true, protocol: "tcp", cidr: anywhere, from: 80, to: 80, why: "NAT egress: HTTP (OS package mirrors)"},
			{egress: true, protocol: "tcp", cidr: anywhere, from: 1024, to: 65535, why: "load balancer's replies to clients"},
		},
		config.Private: {
			inVPC(false, "all traffic from inside the VPC (control plane, load balancer, other nodes)"),
			{protocol: "tcp", cidr: anywhere, from: 1024, to: 65535, why: "replies to egress through the NAT gateway"},
			inVPC(true, "all traffic to inside the VPC"),
			{egress: true, protocol: "tcp", cidr: anywhere, from: 443, to: 443, why: "HTTPS egress through the NAT gateway"},
			{egress: true, protocol: "tcp", cidr: anywhere, from: 80, to: 80, why: "HTTP egress through the NAT gateway"},
		},
		config.ControlPlane: {
			inVPC(false, "nodes, bastion and endpoints to the control plane"),
			inVPC(true, "control plane to kubelets and webhooks"),
		},
	}
}

func (n *NetworkTier) createNetworkACLs() {
	rules := n.aclRules()
	for _, tier := range config.Tiers {
		ids := make([]string, 0, len(n.subnets[tier]))
		for _, s := range n.subnets[tier] {
			ids = append(ids, *s.Id())
		}
		acl := networkacl.NewNetworkAcl(n.Construct, jsii.String(tierIDs[tier]+"NetworkAcl"), &networkacl.NetworkAclConfig{
			VpcId:     n.vpc.Id(),
			SubnetIds: jsii.Strings(ids...),
			Tags:      n.nameTag(string(tier)),
		})
		in, out := 100, 100
		for _, r := range rules[tier] {
			number, dir := &in, "Ingress"
			if r.egress {
				number, dir = &out, "Egress"
			}
			cfg := &networkaclrule.NetworkAclRuleConfig{
				NetworkAclId: acl.Id(),
				RuleNumber:   jsii.Number(float64(*number)),
				Egress:       jsii.Bool(r.egress),
				Protocol:     jsii.String(r.protocol),
				RuleAction:   jsii.String("allow"),
				CidrBlock:    jsii.String(r.cidr),
			}
			if r.protocol != "-1" {
				cfg.FromPort = jsii.Number(float64(r.from))
				cfg.ToPort = jsii.Number(float64(r.to))
			}
			networkaclrule.NewNetworkAclRule(n.Construct, jsii.String(fmt.Sprintf("%sNetworkAcl%s%d", tierIDs[tier], dir, *number)), cfg)
			*number += 10
		}
	}
}
