package clusterautoscaler

import (
	"errors"
	"fmt"
)

func (p AWSProps) validate() error {
	var errs []error
	if p.Cluster == nil {
		errs = append(errs, errors.New("clusterautoscaler: Cluster is required (IRSA trusts its OIDC provider)"))
	}
	if p.ClusterName == "" || p.AccountID == "" || p.Region == "" {
		errs = append(errs, fmt.Errorf("clusterautoscaler: ClusterName %q, AccountID %q and Region %q are required", p.ClusterName, p.AccountID, p.Region))
	}
	if p.Cluster != nil && len(p.NodeGroups) != len(p.Cluster.NodeGroups()) {
		errs = append(errs, fmt.Errorf("clusterautoscaler: NodeGroups lists %d groups but the cluster has %d; pass the cluster's own list", len(p.NodeGroups), len(p.Cluster.NodeGroups())))
	}
	return errors.Join(errs...)
}

func (p Props) validate() error {
	if p.ClusterName == "" || p.Region == "" || p.RoleARN == "" {
		return fmt.Errorf("clusterautoscaler: ClusterName %q, Region %q and RoleARN %q are required (RoleARN from clusterautoscaler.NewAWS)", p.ClusterName, p.Region, p.RoleARN)
	}
	return nil
}
