package storage

import (
	"errors"
	"fmt"
	"regexp"
)

var bucketRE = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)

func (p BucketProps) validate() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf("storage: "+format, args...)) }
	if !bucketRE.MatchString(p.Name) {
		add("Name %q is not a valid S3 bucket name", p.Name)
	}
	if p.AccountID == "" {
		add("bucket %q: AccountID is required", p.Name)
	}
	if (p.KMSKeyARN == "") == (p.SSES3Reason == "") {
		add("bucket %q: give KMSKeyARN, or SSES3Reason for an access-log target, not both or neither", p.Name)
	}
	if (p.AccessLogBucket == "") == (p.AccessLogWaiver == "") {
		add("bucket %q: give AccessLogBucket, or AccessLogWaiver with the reason, not both or neither", p.Name)
	}
	if p.AccessLogBucket == p.Name {
		add("bucket %q: AccessLogBucket cannot be the bucket itself", p.Name)
	}
	if p.NoncurrentVersionDays < 1 {
		add("bucket %q: NoncurrentVersionDays (%d) must be at least 1", p.Name, p.NoncurrentVersionDays)
	}
	if p.ExpirationDays < 0 {
		add("bucket %q: ExpirationDays (%d) must be 0 (keep) or more", p.Name, p.ExpirationDays)
	}
	return errors.Join(errs...)
}

func (p BackupProps) validate() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf("backup: "+format, args...)) }
	if p.Name == "" || p.AccountID == "" || p.Region == "" {
		add("Name, AccountID and Region are required")
	}
	if p.KMSKeyARN == "" {
		add("KMSKeyARN is required: the vault is encrypted")
	}
	if p.TagKey == "" || p.TagValue == "" {
		add("TagKey and TagValue are required: they select the volumes")
	}
	if p.Schedule == "" {
		add("Schedule is required (e.g. cron(0 3 * * ? *))")
	}
	if p.RetentionDays < 1 {
		add("RetentionDays (%d) must be at least 1", p.RetentionDays)
	}
	return errors.Join(errs...)
}
