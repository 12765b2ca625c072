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
	// grafana/loki single-binary and simple-scalable chart (grafana/loki tag helm-loki-6.x).
	Loki: Chart{"https://grafana.github.io/helm-charts", "loki", "6.30.1"},
	// fluent/fluent-bit DaemonSet chart.
	FluentBit: Chart{"https://fluent.github.io/helm-charts", "fluent-bit", "0.49.1"},
	// prometheus-community/prometheus-kafka-exporter (danielqsj/kafka_exporter).
	KafkaExporter: Chart{"https://prometheus-community.github.io/helm-charts", "prometheus-kafka-exporter", "2.12.1"},
}
