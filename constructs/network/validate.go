package network

import (
	"errors"
	"fmt"

	"github.com/keelson-dev/keelson/config"
)

func (p Props) validate() error {
	var errs []error
	if p.Name == "" {
		errs = append(errs, errors.New("network: Name is required"))
	}
	if p.Region == "" {
		errs = append(errs, errors.New("network: Region is required"))
	}
	if p.AccountID == "" {
		errs = append(errs, errors.New("network: AccountID is required"))
	}
	if p.ClusterName == "" {
		errs = append(errs, errors.New("network: ClusterName is required for the load balancer and Karpenter discovery tags"))
	}
	if !p.Plan.VPC.IsValid() {
		errs = append(errs, errors.New("network: Plan is required (config.PlanSubnets)"))
	}
	for _, t := range config.Tiers {
		if n := len(p.Plan.Tier(t)); p.Plan.VPC.IsValid() && n < 2 {
			errs = append(errs, fmt.Errorf("network: Plan has %d %s subnets; EKS and the load balancers need at least 2 AZs", n, t))
		}
	}
	if p.NATMode != config.NATPerAZ && p.NATMode != config.NATSingle {
		errs = append(errs, fmt.Errorf("network: NATMode %q must be %q or %q", p.NATMode, config.NATPerAZ, config.NATSingle))
	}
	for _, ep := range p.InterfaceEndpoints {
		if config.KnownInterfaceEndpoints[ep] == "" {
			errs = append(errs, fmt.Errorf("network: InterfaceEndpoints: unknown service %q", ep))
		}
	}
	if p.FlowLogs && p.LogRetentionDays <= 0 {
		errs = append(errs, fmt.Errorf("network: LogRetentionDays (%d) must be set when FlowLogs is on", p.LogRetentionDays))
	}
	if p.FlowLogs && p.LogsKeyARN == "" {
		errs = append(errs, errors.New("network: LogsKeyARN is required when FlowLogs is on: flow logs are encrypted"))
	}
	return errors.Join(errs...)
}
