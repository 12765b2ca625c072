// Package storage provides Bucket, an S3 bucket with Keelson's data
// protection defaults (versioning, KMS encryption, public access blocked,
// bucket-owner-enforced objects, TLS-only policy, a lifecycle, access
// logging or a stated waiver), and Backup, an AWS Backup vault, plan and
// tag-based selection.
package storage

import "github.com/keelson-dev/keelson/internal/iampolicy"

// BucketProps configure a Bucket.
type BucketProps struct {
	// Name is the globally unique bucket name. Required.
	Name string
	// AccountID owns the bucket. Required.
	AccountID string
	// KMSKeyARN encrypts objects (SSE-KMS with a bucket key). Required
	// unless SSES3Reason is given.
	KMSKeyARN string
	// SSES3Reason uses S3-managed keys instead of KMSKeyARN, for the one
	// kind of bucket that must: a server access log target (S3 does not
	// deliver access logs to SSE-KMS buckets). Recorded in the bucket's
	// keelson/kms-encryption tag. Default: "" (KMS).
	SSES3Reason string
	// AccessLogBucket receives this bucket's server access logs under
	// AccessLogPrefix. Required unless AccessLogWaiver is given.
	AccessLogBucket string
	// AccessLogPrefix is the key prefix of the logs. Default: "<Name>/".
	AccessLogPrefix string
	// AccessLogWaiver is why this bucket has no access logging (recorded
	// in its keelson/access-logging tag). Default: "".
	AccessLogWaiver string
	// NoncurrentVersionDays expires overwritten and deleted versions.
	// Required: 1 or more.
	NoncurrentVersionDays int
	// ExpirationDays expires current objects; 0 keeps them. Default: 0.
	ExpirationDays int
	// PolicyStatements are added to the bucket policy after the TLS-only
	// deny. Default: none.
	PolicyStatements []iampolicy.Statement
	// PreventDestroy refuses `terraform destroy` of the bucket. Default:
	// false.
	PreventDestroy bool
	// Tags are added to the bucket. Default: none.
	Tags map[string]string
}

func (p BucketProps) withDefaults() BucketProps {
	if p.AccessLogPrefix == "" {
		p.AccessLogPrefix = p.Name + "/"
	}
	p.PolicyStatements = append([]iampolicy.Statement(nil), p.PolicyStatements...)
	tags := map[string]string{}
	for k, v := range p.Tags {
		tags[k] = v
	}
	p.Tags = tags
	return p
}

// BackupProps configure a Backup.
type BackupProps struct {
	// Name names the vault, plan and role ("<Name>", "<Name>-backup").
	// Required.
	Name string
	// AccountID and Region. Required.
	AccountID, Region string
	// Partition of ARNs. Default: "aws".
	Partition string
	// KMSKeyARN encrypts the vault. Required.
	KMSKeyARN string
	// TagKey and TagValue select what is backed up: EBS volumes carrying
	// this tag. Required.
	TagKey, TagValue string
	// Schedule is the plan's cron expression (UTC). Required.
	Schedule string
	// RetentionDays keeps recovery points this long. Required.
	RetentionDays int
	// PreventDestroy refuses `terraform destroy` of the vault. Default:
	// false.
	PreventDestroy bool
}

func (p BackupProps) withDefaults() BackupProps {
	if p.Partition == "" {
		p.Partition = "aws"
	}
	return p
}
