package strimzi

import (
	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/addons"
)

// Namespace of the operator and the Kafka cluster.
const Namespace = "kafka"

// KafkaVersion and MetadataVersion are the Kafka release the cluster runs
// (Strimzi 0.50 supports 4.0.0-4.1.1; config.Kafka.Version is MSK's).
const (
	KafkaVersion    = "4.1.1"
	MetadataVersion = "4.1-IV1"
)

// Props configure the operator and the cluster.
type Props struct {
	// ClusterName of the Kafka resource. Default: "kafka".
	ClusterName string
	// Zones spread the node pools, one per zone. Required.
	Zones []string
	// Kafka is the environment's Kafka settings (broker count, storage,
	// replication, topics). Required: Engine strimzi.
	Kafka config.Kafka
	// StorageClass of the brokers' volumes. Default: "gp3".
	StorageClass string
	// PodMonitor adds a Prometheus PodMonitor (needs kube-prometheus-stack's
	// CRDs first). Default: false.
	PodMonitor bool
	// Chart overrides the operator pin. Default: addons.Charts.Strimzi.
	Chart addons.Chart
}

func (p Props) withDefaults() Props {
	if p.ClusterName == "" {
		p.ClusterName = "kafka"
	}
	if p.StorageClass == "" {
		p.StorageClass = "gp3"
	}
	p.Chart = p.Chart.OrDefault(addons.Charts.Strimzi)
	p.Zones = append([]string(nil), p.Zones...)
	p.Kafka.Topics = append([]config.Topic(nil), p.Kafka.Topics...)
	return p
}
