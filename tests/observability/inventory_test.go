package observability_test

import "strings"

// metricSource is one exporter the platform runs and the metric names of it the dashboards and
// alerts may use. Histograms lists histogram base names: an expression may read them with the
// _bucket, _sum and _count suffixes.
type metricSource struct {
	Name       string
	Metrics    []string
	Histograms []string
}

// inventory is every metric a dashboard or alert of the keelson-observability chart may read.
// A name not listed here fails TestDashboardMetricsAreInInventory or
// TestAlertMetricsAreInInventory: either the expression has a typo, or the exporter that emits
// the metric must be named here (and installed by the Observability construct).
var inventory = []metricSource{
	{
		// Prometheus itself: the synthetic series of every scrape.
		Name:    "prometheus",
		Metrics: []string{"up"},
	},
	{
		// kube-state-metrics (kube-prometheus-stack subchart), v2 metric names.
		Name: "kube-state-metrics",
		Metrics: []string{
			"kube_node_status_condition",
			"kube_node_status_allocatable",
			"kube_node_spec_unschedulable",
			"kube_pod_info",
			"kube_pod_status_phase",
			"kube_pod_container_resource_requests",
			"kube_pod_container_resource_limits",
			"kube_pod_container_status_restarts_total",
			"kube_pod_container_status_waiting_reason",
			"kube_pod_container_status_last_terminated_reason",
		},
	},
	{
		// prometheus-node-exporter (kube-prometheus-stack subchart) on every node; MSK open
		// monitoring runs the same exporter on every broker (port 11002).
		Name: "node-exporter",
		Metrics: []string{
			"node_cpu_seconds_total",
			"node_memory_MemTotal_bytes",
			"node_memory_MemAvailable_bytes",
			"node_filesystem_avail_bytes",
			"node_filesystem_size_bytes",
		},
	},
	{
		// kubelet and its embedded cAdvisor (kube-prometheus-stack's kubelet ServiceMonitor,
		// /metrics and /metrics/cadvisor).
		Name: "kubelet/cAdvisor",
		Metrics: []string{
			"container_cpu_usage_seconds_total",
			"container_memory_working_set_bytes",
			"container_cpu_cfs_throttled_periods_total",
			"container_cpu_cfs_periods_total",
			"kubelet_volume_stats_used_bytes",
			"kubelet_volume_stats_capacity_bytes",
			"kubelet_volume_stats_available_bytes",
		},
	},
	{
		// kube-apiserver (kube-prometheus-stack's apiserver ServiceMonitor; EKS exposes /metrics).
		Name:       "kube-apiserver",
		Metrics:    []string{"apiserver_request_total"},
		Histograms: []string{"apiserver_request_duration_seconds"},
	},
	{
		// The NestJS services through prom-client: the metric-name contract of
		// charts/nestjs-service/README.md ("Metric names (the dashboards' contract)") and
		// prom-client's default metrics (collectDefaultMetrics).
		Name: "nestjs-service (prom-client)",
		Metrics: []string{
			"http_requests_total",
			"process_cpu_seconds_total",
			"process_resident_memory_bytes",
			"nodejs_eventloop_lag_seconds",
			"nodejs_heap_size_used_bytes",
			"nodejs_heap_size_total_bytes",
			"nodejs_active_handles_total",
		},
		Histograms: []string{"http_request_duration_seconds", "nodejs_gc_duration_seconds"},
	},
	{
		// Consumer-lag exporter: danielqsj/kafka_exporter (chart README: why this one). The same
		// names come from Strimzi's built-in Kafka Exporter, which runs kafka_exporter.
		Name: "kafka_exporter",
		Metrics: []string{
			"kafka_brokers",
			"kafka_topic_partitions",
			"kafka_topic_partition_current_offset",
			"kafka_consumergroup_current_offset_sum",
			"kafka_consumergroup_lag",
			"kafka_consumergroup_lag_sum",
			"kafka_consumergroup_members",
		},
	},
	{
		// Amazon MSK open monitoring: the JMX exporter on every broker (port 11001), names in the
		// JMX exporter's default form <domain>_<type>_<attribute>{name="<MBean name>"}, e.g.
		// kafka_server_ReplicaManager_Value{name="UnderReplicatedPartitions"},
		// kafka_server_BrokerTopicMetrics_Count{name="MessagesInPerSec",topic="..."}.
		Name: "msk-open-monitoring-jmx",
		Metrics: []string{
			"kafka_server_ReplicaManager_Value",
			"kafka_server_BrokerTopicMetrics_Count",
		},
	},
	{
		// Strimzi Kafka brokers: the JMX exporter with Strimzi's example rules
		// (packaging/examples/metrics/kafka-metrics.yaml: lowercased, PerSec counters as _total).
		Name: "strimzi-kafka-jmx",
		Metrics: []string{
			"kafka_server_replicamanager_underreplicatedpartitions",
			"kafka_server_brokertopicmetrics_messagesin_total",
			"kafka_server_brokertopicmetrics_bytesin_total",
			"kafka_server_brokertopicmetrics_bytesout_total",
		},
	},
}

// histogramSuffixes are the series a Prometheus histogram is exposed as.
var histogramSuffixes = []string{"_bucket", "_sum", "_count"}

// metricSourceOf returns the exporter that emits a metric name, or "" if none in the inventory
// does. A histogram's series (_bucket, _sum, _count) count only for names listed as histograms.
func metricSourceOf(name string) string {
	for _, src := range inventory {
		for _, m := range src.Metrics {
			if m == name {
				return src.Name
			}
		}
		for _, h := range src.Histograms {
			for _, suf := range histogramSuffixes {
				if strings.TrimSuffix(name, suf) == h && strings.HasSuffix(name, suf) {
					return src.Name
				}
			}
		}
	}
	return ""
}
