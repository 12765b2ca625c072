package externalsecrets

import (
	"errors"
	"fmt"
	"strings"
)

func (p AWSProps) validate() error {
	var errs []error
	if p.Cluster == nil {
		errs = append(errs, errors.New("externalsecrets: Cluster is required (IRSA trusts its OIDC provider)"))
	}
	if p.Name == "" || p.AccountID == "" || p.Region == "" {
		errs = append(errs, fmt.Errorf("externalsecrets: Name %q, AccountID %q and Region %q are required", p.Name, p.AccountID, p.Region))
	}
	if p.SecretPrefix == "" || !strings.HasSuffix(p.SecretPrefix, "/") || strings.Contains(p.SecretPrefix, "*") {
		errs = append(errs, fmt.Errorf("externalsecrets: SecretPrefix %q must be a path ending in \"/\" without wildcards, e.g. \"keelson/dev/\"", p.SecretPrefix))
	}
	return errors.Join(errs...)
}

func (p Props) validate() error {
	if p.Region == "" || p.RoleARN == "" {
		return fmt.Errorf("externalsecrets: Region %q and RoleARN %q are required (RoleARN from externalsecrets.NewAWS)", p.Region, p.RoleARN)
	}
	return nil
}
