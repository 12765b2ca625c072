package bastion

import (
	"errors"
	"fmt"
	"net/netip"
	"regexp"
)

var semverRE = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`)

func (p Props) validate() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf("bastion: "+format, args...)) }
	if p.Name == "" || p.AccountID == "" || p.Region == "" {
		add("Name, AccountID and Region are required")
	}
	if p.Network == nil {
		add("Network is required (a *network.NetworkTier): the bastion goes in a private subnet")
	}
	if p.ClusterName == "" {
		add("ClusterName is required: the role may describe that cluster only")
	}
	if p.RootVolumeGiB < 8 || p.RootVolumeGiB > 100 {
		add("RootVolumeGiB (%d) must be 8-100", p.RootVolumeGiB)
	}
	for _, cidr := range p.SSHCIDRs {
		pre, err := netip.ParsePrefix(cidr)
		switch {
		case err != nil || !pre.Addr().Is4() || pre.Masked() != pre:
			add("SSHCIDRs: %q is not an IPv4 CIDR", cidr)
		case pre.Bits() < 8:
			add("SSHCIDRs: %q opens SSH to the internet; name your office or VPN range, or use Session Manager", cidr)
		}
	}
	for name, v := range map[string]string{"Kubectl": p.Tools.Kubectl, "Helm": p.Tools.Helm, "AWSCLI": p.Tools.AWSCLI, "Kafka": p.Tools.Kafka, "MSKIAMAuth": p.Tools.MSKIAMAuth} {
		if !semverRE.MatchString(v) {
			add("Tools.%s %q must be an exact version MAJOR.MINOR.PATCH", name, v)
		}
	}
	return errors.Join(errs...)
}
