package observability

// Chart pins a Helm chart: repository, name and exact version.
type Chart struct {
	Repository, Name, Version string
}

// Charts are the pinned charts the Observability construct installs. Each
// version was seen published in its repository (the comment says where);
// bump them together with a synth and `make test`.
var Charts = struct {
	KubePrometheusStack, Loki, FluentBit, KafkaExporter Chart
}{
	// prometheus-community/kube-prometheus-stack 79.7.1 (pinned in public
	// GitOps repos, e.g. graphops/launchpad-namespaces monitoring/helmfile.yaml).
	KubePrometheusStack: Chart{"https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack", "79.7.1"},
	// grafana/loki 6.30.1 (release asset helm-loki-6.30.1/loki-6.30.1.tgz).
	Loki: Chart{"https://grafana.github.io/helm-charts", "loki", "6.30.1"},
	// fluent/fluent-bit 0.48.10 (tag fluent-bit-0.48.10, appVersion 3.2.10).
	FluentBit: Chart{"https://fluent.github.io/helm-charts", "fluent-bit", "0.48.10"},
	// prometheus-community/prometheus-kafka-exporter 2.10.0 (installed with
	// --version 2.10.0 in Azure Monitor's published Kafka guide).
	KafkaExporter: Chart{"https://prometheus-community.github.io/helm-charts", "prometheus-kafka-exporter", "2.10.0"},
}

// KafkaExporterImageTag overrides the exporter chart's appVersion: MSK IAM
// (--sasl.mechanism=awsiam) landed in danielqsj/kafka_exporter in February
// 2025, after the chart's default image. Verify with `kafka_exporter --help`.
const KafkaExporterImageTag = "v1.9.0"
