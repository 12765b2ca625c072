package observability

import "github.com/hashicorp/terraform-cdk-go/cdktf"

// Props configure the cluster half (the Helm releases).
type Props struct {
	// Environment names the environment in alert labels and the Grafana
	// admin secret's key ("keelson/<env>/grafana-admin"). Required.
	Environment string
	// Region of the Loki bucket. Required.
	Region string
	// Namespace of the stack. Default: "monitoring" (must match AWSProps).
	Namespace string
	// LogsBucket and LokiRoleARN come from the AWS half. Required.
	LogsBucket, LokiRoleARN string
	// LogRetentionDays is how long Loki keeps logs (the compactor deletes
	// older chunks). Required.
	LogRetentionDays int
	// MetricsRetentionDays is Prometheus' retention. Default: 15.
	MetricsRetentionDays int
	// PrometheusStorageGiB sizes Prometheus' gp3 volume. Default: 50.
	PrometheusStorageGiB int
	// Replicas of Prometheus and Alertmanager. Default: 1 (prod: 2).
	Replicas int
	// StorageClass of every volume. Default: "gp3".
	StorageClass string
	// Kafka selects the lag exporter: "msk" installs kafka_exporter with
	// IAM auth against KafkaBrokers using ExporterRoleARN; "strimzi"
	// relies on Strimzi's built-in exporter. Required.
	Kafka string
	// KafkaBrokers are the MSK IAM bootstrap brokers ("host:9098,...").
	// Required with Kafka "msk".
	KafkaBrokers string
	// ExporterRoleARN is the exporter's IRSA role. Required with "msk".
	ExporterRoleARN string
	// SecretStore is the ClusterSecretStore that reads Secrets Manager.
	// Default: "aws-secrets-manager".
	SecretStore string
	// DependsOn orders the releases after other resources (the External
	// Secrets operator, the StorageClass, node groups).
	DependsOn []cdktf.ITerraformDependable
}

func (p Props) withDefaults() Props {
	if p.Namespace == "" {
		p.Namespace = "monitoring"
	}
	if p.MetricsRetentionDays == 0 {
		p.MetricsRetentionDays = 15
	}
	if p.PrometheusStorageGiB == 0 {
		p.PrometheusStorageGiB = 50
	}
	if p.Replicas == 0 {
		p.Replicas = 1
	}
	if p.StorageClass == "" {
		p.StorageClass = "gp3"
	}
	if p.SecretStore == "" {
		p.SecretStore = "aws-secrets-manager"
	}
	p.DependsOn = append([]cdktf.ITerraformDependable(nil), p.DependsOn...)
	return p
}
