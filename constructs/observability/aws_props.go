// Package observability provides the monitoring stack of an environment:
// Prometheus (kube-prometheus-stack: node exporter, kube-state-metrics,
// Alertmanager, Grafana), Loki storing chunks in S3, Fluent Bit shipping
// container logs, a Kafka consumer-lag exporter, and Keelson's dashboards
// and alerts (charts/keelson-observability).
//
// It comes in two halves because they live in two stacks: AWS (the Loki
// bucket and the IRSA roles, in <env>-infra) and Observability (the Helm
// releases, in <env>-platform).
package observability

import "github.com/keelson-dev/keelson/constructs/eks"

// AWSProps configure the AWS half.
type AWSProps struct {
	// Name prefixes resource names, e.g. "keelson-dev". Required.
	Name string
	// AccountID and Region of the environment. Required.
	AccountID, Region string
	// Cluster is where Loki and the exporter run (their IRSA roles trust
	// its OIDC provider). Required.
	Cluster *eks.EksCluster
	// Namespace of the monitoring stack. Default: "monitoring".
	Namespace string
	// LogRetentionDays is how long Loki keeps logs; the bucket's lifecycle
	// deletes chunks a day after. Required: 1-3650.
	LogRetentionDays int
	// KafkaClusterName names the MSK cluster whose consumer lag the
	// exporter reads through IAM auth. Default: "" (no exporter role:
	// Strimzi's own exporter needs none).
	KafkaClusterName string
	// AccessLogBucket receives the Loki bucket's S3 server access logs.
	// Default: "" (logging waived, with the reason recorded on the bucket).
	AccessLogBucket string
	// PreventDestroy protects the log bucket and its key. Default: false.
	PreventDestroy bool
}

func (p AWSProps) accessLogWaiver() string {
	if p.AccessLogBucket != "" {
		return ""
	}
	return "no access-log bucket given: Loki, through one IRSA role, is the only reader and writer"
}

func (p AWSProps) withDefaults() AWSProps {
	if p.Namespace == "" {
		p.Namespace = "monitoring"
	}
	return p
}
