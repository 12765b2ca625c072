package storageclass

import (
	"errors"
	"fmt"
	"strings"
)

func (p Props) validate() error {
	var errs []error
	if p.ReclaimPolicy != "Delete" && p.ReclaimPolicy != "Retain" {
		errs = append(errs, fmt.Errorf("storageclass: ReclaimPolicy %q must be Delete or Retain", p.ReclaimPolicy))
	}
	if p.BackupTag != "" && (!strings.Contains(p.BackupTag, "=") || strings.HasPrefix(p.BackupTag, "=")) {
		errs = append(errs, fmt.Errorf("storageclass: BackupTag %q must be key=value", p.BackupTag))
	}
	return errors.Join(errs...)
}
