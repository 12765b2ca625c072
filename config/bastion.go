package config

import (
	"fmt"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
)

// Bastion is the environment's jump host: the way to the private EKS
// endpoint and to the brokers, through SSM Session Manager.
type Bastion struct {
	// Enabled creates the bastion. Default: true.
	Enabled bool
	// InstanceType is the EC2 type. Default: t3.micro.
	InstanceType string
	// RootVolumeGiB is the encrypted gp3 root volume, 8-100. Default: 20.
	RootVolumeGiB int
	// SSHCIDRs may reach port 22. Session Manager needs no inbound rule,
	// so this is only for tools that insist on SSH. Never 0.0.0.0/0.
	// Default: none.
	SSHCIDRs []string
	// Tools are the pinned versions user data installs.
	Tools BastionTools
}

// BastionTools are the versions of the tools on the bastion.
type BastionTools struct {
	// Kubectl is the kubectl release ("1.35.0"), within one minor of the
	// cluster. Default: DefaultKubernetesVersion + ".0".
	Kubectl string
	// Helm is the Helm 3 release. Default: 3.17.3.
	Helm string
	// AWSCLI is the AWS CLI v2 release. Default: 2.27.0.
	AWSCLI string
	// Kafka is the Apache Kafka release whose CLI tools are installed
	// (kafka-topics.sh, kafka-consumer-groups.sh). Default: 3.8.1.
	Kafka string
	// MSKIAMAuth is the aws-msk-iam-auth release the Kafka tools use to
	// authenticate to MSK with the bastion's role. Default: 2.2.0.
	MSKIAMAuth string
}

var semverRE = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`)

func (b Bastion) validate(c *problems, eksVersion string) {
	if !b.Enabled {
		return
	}
	if !instanceRE.MatchString(b.InstanceType) {
		c.add("bastion.instanceType", b.InstanceType, "not an EC2 instance type (e.g. t3.micro)")
	}
	if b.RootVolumeGiB < 8 || b.RootVolumeGiB > 100 {
		c.add("bastion.rootVolumeGiB", b.RootVolumeGiB, "must be 8-100 GiB")
	}
	for i, cidr := range b.SSHCIDRs {
		f := fmt.Sprintf("bastion.sshCIDRs[%d]", i)
		p, err := netip.ParsePrefix(cidr)
		switch {
		case err != nil || !p.Addr().Is4():
			c.add(f, cidr, "not a valid IPv4 CIDR")
		case p.Masked() != p:
			c.add(f, cidr, "host bits are set; did you mean %s?", p.Masked())
		case p.Bits() < 8:
			c.add(f, cidr, "opens SSH to (a large part of) the internet; list your office or VPN range, or use Session Manager")
		}
	}
	tools := []struct{ field, v string }{
		{"kubectl", b.Tools.Kubectl}, {"helm", b.Tools.Helm}, {"awsCLI", b.Tools.AWSCLI},
		{"kafka", b.Tools.Kafka}, {"mskIAMAuth", b.Tools.MSKIAMAuth},
	}
	for _, t := range tools {
		if !semverRE.MatchString(t.v) {
			c.add("bastion.tools."+t.field, t.v, "pin an exact version MAJOR.MINOR.PATCH (no v prefix, no latest)")
		}
	}
	if semverRE.MatchString(b.Tools.Kubectl) {
		if d := minorDistance(b.Tools.Kubectl, eksVersion); d > 1 {
			c.add("bastion.tools.kubectl", b.Tools.Kubectl, "kubectl supports one minor version of skew; the cluster is %s", eksVersion)
		}
	}
}

// minorDistance is |minor(a) - minor(b)| for "1.x[.y]" versions (0 when
// either does not parse: other rules report that).
func minorDistance(a, b string) int {
	minor := func(v string) (int, bool) {
		parts := strings.Split(v, ".")
		if len(parts) < 2 || parts[0] != "1" {
			return 0, false
		}
		n, err := strconv.Atoi(parts[1])
		return n, err == nil
	}
	x, okA := minor(a)
	y, okB := minor(b)
	if !okA || !okB {
		return 0
	}
	if x > y {
		return x - y
	}
	return y - x
}
