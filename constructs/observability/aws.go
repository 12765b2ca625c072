package observability

import (
	"errors"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/constructs/kmskey"
	"github.com/keelson-dev/keelson/constructs/storage"
	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// AWS is the AWS half of the monitoring stack.
type AWS struct {
	constructs.Construct
	props        AWSProps
	bucket       *storage.Bucket
	lokiRole     *eks.IRSARole
	exporterRole *eks.IRSARole
	key          *kmskey.Key
}

// Service accounts the IRSA roles trust; the Helm values use the same names.
const (
	LokiServiceAccount     = "loki"
	ExporterServiceAccount = "kafka-exporter"
)

// NewAWS validates props and creates the Loki bucket (storage.Bucket:
// KMS-encrypted, versioned, public access blocked, TLS only, access-logged,
// expiring a day after retention) and
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
	a.bucket, err = storage.NewBucket(c, "LogsBucket", storage.BucketProps{
		Name:            fmt.Sprintf("%s-%s-loki", props.Name, props.AccountID),
		AccountID:       props.AccountID,
		KMSKeyARN:       key.ARN(),
		AccessLogBucket: props.AccessLogBucket,
		AccessLogWaiver: props.accessLogWaiver(),
		// Loki's compactor deletes at retention; expiry a day later is the
		// backstop if the compactor stops.
		ExpirationDays:        props.LogRetentionDays + 1,
		NoncurrentVersionDays: 7,
		PreventDestroy:        props.PreventDestroy,
	})
	if err != nil {
		return nil, err
	}

	a.lokiRole, err = props.Cluster.NewIRSARole("LokiRole", eks.IRSARoleProps{
		Name: props.Name + "-loki", Description: "Loki reads and writes its chunks and index in S3",
		Namespace: props.Namespace, ServiceAccount: LokiServiceAccount,
		PolicyJSON: iampolicy.New(
			iampolicy.Allow("Chunks", []string{"s3:GetObject", "s3:PutObject", "s3:DeleteObject"}, a.bucket.ObjectsARN()),
			iampolicy.Allow("Bucket", []string{"s3:ListBucket"}, a.bucket.ARN()),
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
func (a *AWS) LogsBucketName() string { return a.bucket.Name() }

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
