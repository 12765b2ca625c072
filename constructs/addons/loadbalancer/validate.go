package loadbalancer

import (
	"errors"
	"fmt"
)

func (p AWSProps) validate() error {
	var errs []error
	if p.Cluster == nil {
		errs = append(errs, errors.New("loadbalancer: Cluster is required (IRSA trusts its OIDC provider)"))
	}
	if p.Name == "" || p.AccountID == "" || p.Region == "" {
		errs = append(errs, fmt.Errorf("loadbalancer: Name %q, AccountID %q and Region %q are required", p.Name, p.AccountID, p.Region))
	}
	return errors.Join(errs...)
}

func (p Props) validate() error {
	if p.ClusterName == "" || p.VpcID == "" || p.Region == "" || p.RoleARN == "" {
		return fmt.Errorf("loadbalancer: ClusterName %q, VpcID %q, Region %q and RoleARN %q are required (RoleARN from loadbalancer.NewAWS)",
			p.ClusterName, p.VpcID, p.Region, p.RoleARN)
	}
	if p.Replicas < 1 {
		return fmt.Errorf("loadbalancer: Replicas (%d) must be at least 1", p.Replicas)
	}
	return nil
}
