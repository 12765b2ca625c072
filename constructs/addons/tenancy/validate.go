package tenancy

import (
	"errors"
	"fmt"
	"net/netip"
)

func (p Props) validate() error {
	var errs []error
	if len(p.Tenants) == 0 {
		errs = append(errs, errors.New("tenancy: Tenants is empty; give each team or service group a namespace (config.Platform.Tenants)"))
	}
	if len(p.LoadBalancerCIDRs) == 0 {
		errs = append(errs, errors.New("tenancy: LoadBalancerCIDRs is empty; the ALB could not reach any service (use the VPC CIDR)"))
	}
	for _, list := range [][]string{p.LoadBalancerCIDRs, p.KafkaCIDRs} {
		for _, c := range list {
			if pr, err := netip.ParsePrefix(c); err != nil || pr.Bits() == 0 {
				errs = append(errs, fmt.Errorf("tenancy: %q is not a CIDR narrower than /0", c))
			}
		}
	}
	if len(p.KafkaCIDRs) == 0 && p.KafkaNamespace == "" {
		errs = append(errs, errors.New("tenancy: set KafkaCIDRs (MSK) or KafkaNamespace (Strimzi): services must reach the brokers"))
	}
	return errors.Join(errs...)
}
