package config

import (
	"regexp"
	"strings"
)

// DataProtection is the environment's data bucket and backups.
type DataProtection struct {
	// DataBucket is the S3 bucket for application assets and exports
	// (versioned, KMS-encrypted, public access blocked, TLS only, access
	// logged). Default: "<project>-<env>-data-<account ID>".
	DataBucket string
	// AccessLogBucket receives the data bucket's S3 server access logs:
	// the bootstrap stack's log bucket. Default: the account's
	// State.AccessLogBucket.
	AccessLogBucket string
	// NoncurrentVersionDays keeps overwritten or deleted object versions
	// this long before they expire, 1-3650. Default: 30 in dev, 90 in prod.
	NoncurrentVersionDays int
	// BackupRetentionDays keeps AWS Backup recovery points (EBS snapshots
	// of volumes tagged keelson/backup=<env>) this long, 1-36500.
	// Default: 7 in dev, 35 in prod.
	BackupRetentionDays int
	// BackupSchedule is the AWS Backup cron expression (UTC). Default:
	// "cron(0 3 * * ? *)", daily at 03:00.
	BackupSchedule string
}

var cronRE = regexp.MustCompile(`^cron\(\S+ \S+ \S+ \S+ \S+ \S+\)$`)

func (d DataProtection) validate(c *problems, production bool) {
	if !bucketRE.MatchString(d.DataBucket) || strings.Contains(d.DataBucket, "..") {
		c.add("dataProtection.dataBucket", d.DataBucket, "not a valid S3 bucket name (3-63 lower-case letters, digits, dots, dashes)")
	}
	if !bucketRE.MatchString(d.AccessLogBucket) || d.AccessLogBucket == d.DataBucket {
		c.add("dataProtection.accessLogBucket", d.AccessLogBucket, "must be a valid S3 bucket name other than the data bucket (the bootstrap stack's log bucket)")
	}
	if d.NoncurrentVersionDays < 1 || d.NoncurrentVersionDays > 3650 {
		c.add("dataProtection.noncurrentVersionDays", d.NoncurrentVersionDays, "must be 1-3650 days")
	}
	switch {
	case d.BackupRetentionDays < 1 || d.BackupRetentionDays > 36500:
		c.add("dataProtection.backupRetentionDays", d.BackupRetentionDays, "must be 1-36500 days")
	case production && d.BackupRetentionDays < 7:
		c.add("dataProtection.backupRetentionDays", d.BackupRetentionDays, "production keeps at least a week of backups")
	}
	if !cronRE.MatchString(d.BackupSchedule) {
		c.add("dataProtection.backupSchedule", d.BackupSchedule, `must be an AWS cron expression with six fields, e.g. "cron(0 3 * * ? *)"`)
	}
}
