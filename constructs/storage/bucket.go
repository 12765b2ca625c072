package storage

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucket"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketlifecycleconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketlogging"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketownershipcontrols"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketpublicaccessblock"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketserversideencryptionconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketversioning"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/iampolicy"
	"github.com/keelson-dev/keelson/internal/jsiix"
)

// Bucket is an S3 bucket with its protection resources.
type Bucket struct {
	constructs.Construct
	bucket s3bucket.S3Bucket
}

// NewBucket validates props and creates the bucket under scope/id.
func NewBucket(scope constructs.Construct, id string, props BucketProps) (*Bucket, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	var lifecycle *cdktf.TerraformResourceLifecycle
	if props.PreventDestroy {
		lifecycle = &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}
	}
	tags := jsiix.Merge(props.Tags)
	if props.AccessLogWaiver != "" {
		tags["keelson/access-logging"] = "waived: " + props.AccessLogWaiver
	}
	if props.SSES3Reason != "" {
		tags["keelson/kms-encryption"] = "waived: " + props.SSES3Reason
	}
	b := s3bucket.NewS3Bucket(c, jsii.String("Resource"), &s3bucket.S3BucketConfig{
		Bucket:    jsii.String(props.Name),
		Tags:      jsiix.StringMap(tags),
		Lifecycle: lifecycle,
	})
	s3bucketpublicaccessblock.NewS3BucketPublicAccessBlock(c, jsii.String("PublicAccessBlock"), &s3bucketpublicaccessblock.S3BucketPublicAccessBlockConfig{
		Bucket: b.Id(), BlockPublicAcls: jsii.Bool(true), BlockPublicPolicy: jsii.Bool(true),
		IgnorePublicAcls: jsii.Bool(true), RestrictPublicBuckets: jsii.Bool(true),
	})
	// No ACLs: the bucket owner owns every object, access is by policy.
	s3bucketownershipcontrols.NewS3BucketOwnershipControls(c, jsii.String("OwnershipControls"), &s3bucketownershipcontrols.S3BucketOwnershipControlsConfig{
		Bucket: b.Id(),
		Rule:   &s3bucketownershipcontrols.S3BucketOwnershipControlsRule{ObjectOwnership: jsii.String("BucketOwnerEnforced")},
	})
	s3bucketversioning.NewS3BucketVersioningA(c, jsii.String("Versioning"), &s3bucketversioning.S3BucketVersioningAConfig{
		Bucket:                  b.Id(),
		VersioningConfiguration: &s3bucketversioning.S3BucketVersioningVersioningConfiguration{Status: jsii.String("Enabled")},
	})
	sse := &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA{
		SseAlgorithm: jsii.String("aws:kms"), KmsMasterKeyId: jsii.String(props.KMSKeyARN),
	}
	if props.SSES3Reason != "" {
		sse = &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA{
			SseAlgorithm: jsii.String("AES256"),
		}
	}
	s3bucketserversideencryptionconfiguration.NewS3BucketServerSideEncryptionConfigurationA(c, jsii.String("Encryption"), &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationAConfig{
		Bucket: b.Id(),
		Rule: &[]*s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleA{{
			ApplyServerSideEncryptionByDefault: sse,
			BucketKeyEnabled:                   jsii.Bool(props.SSES3Reason == ""),
		}},
	})
	rule := &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRule{
		Id:                             jsii.String("versions-and-uploads"),
		Status:                         jsii.String("Enabled"),
		Filter:                         &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleFilter{{Prefix: jsii.String("")}},
		NoncurrentVersionExpiration:    &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration{{NoncurrentDays: jsii.Number(float64(props.NoncurrentVersionDays))}},
		AbortIncompleteMultipartUpload: &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload{{DaysAfterInitiation: jsii.Number(7)}},
	}
	if props.ExpirationDays > 0 {
		rule.Expiration = &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleExpiration{{Days: jsii.Number(float64(props.ExpirationDays))}}
	} else {
		// Delete markers left alone once their versions expired.
		rule.Expiration = &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleExpiration{{ExpiredObjectDeleteMarker: jsii.Bool(true)}}
	}
	s3bucketlifecycleconfiguration.NewS3BucketLifecycleConfiguration(c, jsii.String("Lifecycle"), &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationConfig{
		Bucket: b.Id(),
		Rule:   &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRule{rule},
	})
	statements := append([]iampolicy.Statement{{
		Sid:       "DenyInsecureTransport",
		Effect:    "Deny",
		Principal: &iampolicy.Principal{AWS: []string{"*"}},
		Action:    []string{"s3:*"},
		Resource:  []string{*b.Arn(), *b.Arn() + "/*"},
		Condition: map[string]map[string]any{"Bool": {"aws:SecureTransport": "false"}},
	}}, props.PolicyStatements...)
	s3bucketpolicy.NewS3BucketPolicy(c, jsii.String("Policy"), &s3bucketpolicy.S3BucketPolicyConfig{
		Bucket: b.Id(),
		Policy: jsii.String(iampolicy.New(statements...).JSON()),
	})
	if props.AccessLogBucket != "" {
		s3bucketlogging.NewS3BucketLoggingA(c, jsii.String("AccessLogging"), &s3bucketlogging.S3BucketLoggingAConfig{
			Bucket:       b.Id(),
			TargetBucket: jsii.String(props.AccessLogBucket),
			TargetPrefix: jsii.String(props.AccessLogPrefix),
		})
	}
	return &Bucket{Construct: c, bucket: b}, nil
}

// Name is the bucket's name (a reference).
func (b *Bucket) Name() string { return *b.bucket.Bucket() }

// ARN is the bucket's ARN.
func (b *Bucket) ARN() string { return *b.bucket.Arn() }

// ObjectsARN is "<ARN>/*", for object-level statements.
func (b *Bucket) ObjectsARN() string { return fmt.Sprintf("%s/*", *b.bucket.Arn()) }
