package keda

import (
	"errors"
	"fmt"
	"strings"
)

func (p AWSProps) validate() error {
	var errs []error
	if p.Cluster == nil {
		errs = append(errs, errors.New("keda: Cluster is required (IRSA trusts its OIDC provider)"))
	}
	if p.Name == "" || p.AccountID == "" || p.Region == "" || p.KafkaClusterName == "" {
		errs = append(errs, fmt.Errorf("keda: Name %q, AccountID %q, Region %q and KafkaClusterName %q are required", p.Name, p.AccountID, p.Region, p.KafkaClusterName))
	}
	return errors.Join(errs...)
}

func (p Props) validate() error {
	if p.RoleARN != "" && !strings.HasPrefix(p.RoleARN, "arn:") && !strings.HasPrefix(p.RoleARN, "${") {
		return fmt.Errorf("keda: RoleARN %q is not a role ARN", p.RoleARN)
	}
	return nil
}
