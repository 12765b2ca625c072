package karpenter

import (
	"errors"
	"fmt"
	"slices"
)

func (p AWSProps) validate() error {
	var errs []error
	if p.Cluster == nil {
		errs = append(errs, errors.New("karpenter: Cluster is required (the controller's IRSA role trusts its OIDC provider)"))
	}
	if p.ClusterName == "" || p.AccountID == "" || p.Region == "" {
		errs = append(errs, fmt.Errorf("karpenter: ClusterName %q, AccountID %q and Region %q are required", p.ClusterName, p.AccountID, p.Region))
	}
	if len(p.ClusterName) > 60 {
		errs = append(errs, fmt.Errorf("karpenter: ClusterName %q is longer than 60 characters; the queue name %q would pass SQS's 80", p.ClusterName, p.ClusterName+"-karpenter"))
	}
	return errors.Join(errs...)
}

func (p Props) validate() error {
	var errs []error
	for name, v := range map[string]string{"ClusterName": p.ClusterName, "DiscoveryTag": p.DiscoveryTag,
		"ControllerRoleARN": p.ControllerRoleARN, "InterruptionQueue": p.InterruptionQueue, "InstanceProfile": p.InstanceProfile} {
		if v == "" {
			errs = append(errs, fmt.Errorf("karpenter: %s is required (from the AWS half, karpenter.NewAWS)", name))
		}
	}
	if len(p.Zones) == 0 {
		errs = append(errs, errors.New("karpenter: Zones is empty; list the cluster's availability zones"))
	}
	if p.DisruptionPercent < 1 || p.DisruptionPercent > 100 {
		errs = append(errs, fmt.Errorf("karpenter: DisruptionPercent (%d) must be 1-100", p.DisruptionPercent))
	}
	seen := map[string]bool{}
	for i, pool := range p.Pools {
		if pool.Name == "" || seen[pool.Name] {
			errs = append(errs, fmt.Errorf("karpenter: Pools[%d].Name %q must be set and unique", i, pool.Name))
		}
		seen[pool.Name] = true
		if len(pool.CapacityTypes) == 0 {
			errs = append(errs, fmt.Errorf("karpenter: Pools[%d].CapacityTypes is empty; use spot and/or on-demand", i))
		}
		for _, ct := range pool.CapacityTypes {
			if !slices.Contains([]string{"spot", "on-demand"}, ct) {
				errs = append(errs, fmt.Errorf("karpenter: Pools[%d].CapacityTypes has %q; use spot or on-demand", i, ct))
			}
		}
		if pool.CPU < 1 || pool.MemoryGiB < 1 {
			errs = append(errs, fmt.Errorf("karpenter: Pools[%d] (%s) limits %d vCPU / %d GiB must be positive: an unlimited pool can buy the region", i, pool.Name, pool.CPU, pool.MemoryGiB))
		}
	}
	return errors.Join(errs...)
}
