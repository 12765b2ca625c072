package kmskey

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

var (
	aliasRE   = regexp.MustCompile(`^alias/[a-zA-Z0-9/_-]+$`)
	accountRE = regexp.MustCompile(`^[0-9]{12}$`)
)

func (p Props) validate() error {
	var errs []error
	if !aliasRE.MatchString(p.Alias) || strings.HasPrefix(p.Alias, "alias/aws/") {
		errs = append(errs, fmt.Errorf("kmskey: Alias %q must look like alias/<name> and not use the reserved alias/aws/ prefix", p.Alias))
	}
	if p.Description == "" {
		errs = append(errs, errors.New("kmskey: Description is required: say what the key encrypts"))
	}
	if !accountRE.MatchString(p.AccountID) {
		errs = append(errs, fmt.Errorf("kmskey: AccountID %q must be a 12-digit AWS account ID", p.AccountID))
	}
	if p.Region == "" {
		errs = append(errs, errors.New("kmskey: Region is required"))
	}
	if p.DeletionWindowDays < 7 || p.DeletionWindowDays > 30 {
		errs = append(errs, fmt.Errorf("kmskey: DeletionWindowDays (%d) must be 7-30", p.DeletionWindowDays))
	}
	return errors.Join(errs...)
}
