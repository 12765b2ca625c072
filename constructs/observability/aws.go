package observability

import (
	"errors"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucket"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketlifecycleconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketpublicaccessblock"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketserversideencryptionconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketversioning"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/constructs/kmskey"
	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// AWS is the AWS half of the monitoring stack.
type AWS struct {
	constructs.Construct
	props        AWSProps
	bucket       s3bucket.S3Bucket
	lokiRole     *eks.IRSARole
	exporterRole *eks.IRSARole
	key          *kmskey.Key
}

// Service accounts the IRSA roles trust; the Helm values use the same names.
const (
	LokiServiceAccount     = "loki"
	ExporterServiceAccount = "kafka-exporter"
)

// NewAWS validates props and creates the Loki bucket (KMS-encrypted,
// versioned, public access blocked, TLS only, expiring with retention) and
// the IRSA roles for Loki and, with MSK, the lag exporter.
func NewAWS(scope constructs.Construct, id string, props AWSProps) (*AWS, error) {
	props = props.withDefaults()
	var errs []error
	if props.Name == "" || props.AccountID == "" || props.Region == "" {
		errs = append(errs, errors.New("observability: Name, AccountID and Region are required"))
	}
	if props.Cluster == nil {
		errs = append(errs, errors.New("observability: Cluster is required (Loki and the exporter use IRSA)"))
	}
	if props.LogRetentionDays < 1 || props.LogRetentionDays > 3650 {
		errs = append(errs, fmt.Errorf("observability: LogRetentionDays (%d) must be 1-3650", props.LogRetentionDays))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	a := &AWS{Construct: c, props: props}

	key, err := kmskey.New(c, "LogsBucketKey", kmskey.Props{
		Alias: fmt.Sprintf("alias/%s-loki", props.Name), Description: "Loki log chunks of " + props.Name,
		AccountID: props.AccountID, Region: props.Region, PreventDestroy: props.PreventDestroy,
	})
	if err != nil {
		return nil, err
	}
	a.key = key
	var lifecycle *cdktf.TerraformResourceLifecycle
	if props.PreventDestroy {
		lifecycle = &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}
	}
	a.bucket = s3bucket.NewS3Bucket(c, jsii.String("LogsBucket"), &s3bucket.S3BucketConfig{
		Bucket:    jsii.String(fmt.Sprintf("%s-%s-loki", props.Name, props.AccountID)),
		Lifecycle: lifecycle,
		// Access logging is waived for this bucket: Loki is its only reader
		// and writer, through one IRSA role, and CloudTrail data events can
		// be turned on if object-level audit is ever needed.
		Tags: &map[string]*string{"keelson/access-logging": jsii.String("waived: single IRSA writer/reader (Loki)")},
	})
	s3bucketpublicaccessblock.NewS3BucketPublicAccessBlock(c, jsii.String("LogsBucketPublicAccessBlock"), &s3bucketpublicaccessblock.S3BucketPublicAccessBlockConfig{
		Bucket: a.bucket.Id(), BlockPublicAcls: jsii.Bool(true), BlockPublicPolicy: jsii.Bool(true),
		IgnorePublicAcls: jsii.Bool(true), RestrictPublicBuckets: jsii.Bool(true),
	})
	s3bucketversioning.NewS3BucketVersioningA(c, jsii.String("LogsBucketVersioning"), &s3bucketversioning.S3BucketVersioningAConfig{
		Bucket:                  a.bucket.Id(),
		VersioningConfiguration: &s3bucketversioning.S3BucketVersioningVersioningConfiguration{Status: jsii.String("Enabled")},
	})
	s3bucketserversideencryptionconfiguration.NewS3BucketServerSideEncryptionConfigurationA(c, jsii.String("LogsBucketEncryption"), &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationAConfig{
		Bucket: a.bucket.Id(),
		Rule: &[]*s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleA{{
			ApplyServerSideEncryptionByDefault: &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA{
				SseAlgorithm: jsii.String("aws:kms"), KmsMasterKeyId: jsii.String(key.ARN()),
			},
			BucketKeyEnabled: jsii.Bool(true),
		}},
	})
	s3bucketlifecycleconfiguration.NewS3BucketLifecycleConfiguration(c, jsii.String("LogsBucketLifecycle"), &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationConfig{
		Bucket: a.bucket.Id(),
		Rule: &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRule{{
			Id:     jsii.String("expire-after-retention"),
			Status: jsii.String("Enabled"),
			Filter: &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleFilter{{Prefix: jsii.String("")}},
			// Loki's compactor deletes at retention; this is the backstop.
			Expiration:                     &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleExpiration{{Days: jsii.Number(float64(props.LogRetentionDays + 1))}},
			NoncurrentVersionExpiration:    &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration{{NoncurrentDays: jsii.Number(7)}},
			AbortIncompleteMultipartUpload: &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload{{DaysAfterInitiation: jsii.Number(1)}},
		}},
	})
	s3bucketpolicy.NewS3BucketPolicy(c, jsii.String("LogsBucketPolicy"), &s3bucketpolicy.S3BucketPolicyConfig{
		Bucket: a.bucket.Id(),
		Policy: jsii.String(iampolicy.New(iampolicy.Statement{
			Sid: "DenyInsecureTransport", Effect: "Deny",
			Principal: &iampolicy.Principal{AWS: []string{fmt.Sprintf("arn:aws:iam::%s:root", props.AccountID)}},
			Action:    []string{"s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"},
			Resource:  []string{*a.bucket.Arn(), *a.bucket.Arn() + "/*"},
			Condition: map[string]map[string]any{"Bool": {"aws:SecureTransport": "false"}},
		}).JSON()),
	})

	a.lokiRole, err = props.Cluster.NewIRSARole("LokiRole", eks.IRSARoleProps{
		Name: props.Name + "-loki", Description: "Loki reads and writes its chunks and index in S3",
		Namespace: props.Namespace, ServiceAccount: LokiServiceAccount,
		PolicyJSON: iampolicy.New(
			iampolicy.Allow("Chunks", []string{"s3:GetObject", "s3:PutObject", "s3:DeleteObject"}, *a.bucket.Arn()+"/*"),
			iampolicy.Allow("Bucket", []string{"s3:ListBucket"}, *a.bucket.Arn()),
			iampolicy.Allow("Key", []string{"kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"}, key.ARN()),
		).JSON(),
	})
	if err != nil {
		return nil, err
	}
	if props.KafkaClusterName != "" {
		arn := func(kind, rest string) string {
			return fmt.Sprintf("arn:aws:kafka:%s:%s:%s/%s/%s", props.Region, props.AccountID, kind, props.KafkaClusterName, rest)
		}
		a.exporterRole, err = props.Cluster.NewIRSARole("KafkaExporterRole", eks.IRSARoleProps{
			Name: props.Name + "-kafka-exporter", Description: "kafka_exporter reads consumer-group lag from MSK through IAM auth",
			Namespace: props.Namespace, ServiceAccount: ExporterServiceAccount,
			PolicyJSON: iampolicy.New(
				iampolicy.Allow("Cluster", []string{"kafka-cluster:Connect", "kafka-cluster:DescribeCluster"}, arn("cluster", "*")),
				iampolicy.Allow("Topics", []string{"kafka-cluster:DescribeTopic"}, arn("topic", "*/*")),
				iampolicy.Allow("Groups", []string{"kafka-cluster:DescribeGroup"}, arn("group", "*/*")),
			).JSON(),
		})
		if err != nil {
			return nil, err
		}
	}
	return a, nil
}

// LogsBucketName is Loki's bucket.
func (a *AWS) LogsBucketName() string { return *a.bucket.Bucket() }

// LokiRoleARN is the role Loki's service account assumes.
func (a *AWS) LokiRoleARN() string { return a.lokiRole.ARN() }

// ExporterRoleARN is the lag exporter's role, or "" without MSK.
func (a *AWS) ExporterRoleARN() string {
	if a.exporterRole == nil {
		return ""
	}
	return a.exporterRole.ARN()
}

// Namespace is the monitoring namespace the roles trust.
func (a *AWS) Namespace() string { return a.props.Namespace }

// Region is the bucket's region.
func (a *AWS) Region() string { return a.props.Region }
