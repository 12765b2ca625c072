// Package kafka provides MskCluster: Amazon MSK (provisioned) in the
// private subnets with KMS encryption at rest, TLS-only transit, IAM
// client authentication, safe broker defaults, storage autoscaling, broker
// logs, open monitoring for Prometheus, CloudWatch alarms, and a security
// group that admits only the security groups it is told to
// (AllowClientsFrom). The Strimzi alternative lives in the platform stack.
package kafka

import (
	"github.com/keelson-dev/keelson/constructs/network"
)

// Kafka listener ports MSK opens: 9098 is SASL/IAM over TLS (the only
// client authentication Keelson turns on); 11001 and 11002 are the JMX and
// node exporters of open monitoring.
const (
	PortIAM          = 9098
	PortJMXExporter  = 11001
	PortNodeExporter = 11002
)

// Props configure an MskCluster.
type Props struct {
	// Name is the cluster name. Required.
	Name string
	// Network places the brokers in its private subnets, one per AZ.
	// Required.
	Network *network.NetworkTier
	// AccountID and Region of the cluster. Required.
	AccountID, Region string
	// Partition of ARNs. Default: "aws".
	Partition string
	// KafkaVersion is the MSK Kafka version ("3.8.x"). Required.
	KafkaVersion string
	// BrokerInstanceType is the broker size ("kafka.m7g.large"). Required.
	BrokerInstanceType string
	// BrokerCount must be a multiple of the number of private subnets
	// (AZs). Required.
	BrokerCount int
	// StorageGiB is each broker's initial EBS volume. Default: 100.
	StorageGiB int
	// MaxStorageGiB is the storage autoscaling ceiling per broker; equal
	// to StorageGiB turns autoscaling off. Default: StorageGiB.
	MaxStorageGiB int
	// StorageTargetPercent is the disk utilisation autoscaling keeps
	// below, 10-80 (AWS recommends 50-60). Default: 60.
	StorageTargetPercent int
	// ReplicationFactor is default.replication.factor (also of the
	// offsets and transaction topics). Default: 3.
	ReplicationFactor int
	// MinInSyncReplicas is min.insync.replicas, below ReplicationFactor.
	// Default: 2.
	MinInSyncReplicas int
	// DefaultPartitions is num.partitions for topics created without a
	// count. Default: 6.
	DefaultPartitions int
	// EnhancedMonitoring is the CloudWatch metrics level: DEFAULT,
	// PER_BROKER, PER_TOPIC_PER_BROKER or PER_TOPIC_PER_PARTITION.
	// Default: DEFAULT (free; the alarms below use DEFAULT metrics).
	EnhancedMonitoring string
	// LogRetentionDays keeps broker logs this long. Required.
	LogRetentionDays int
	// LogsKeyARN encrypts the broker log group. Required.
	LogsKeyARN string
	// DiskAlarmPercent alarms when a broker's data disk is this full.
	// Default: 85.
	DiskAlarmPercent float64
	// CPUAlarmPercent alarms when a broker's user CPU stays above this.
	// Default: 60 (MSK's guidance: keep headroom for a broker's share
	// after another fails).
	CPUAlarmPercent float64
	// AlarmActions are ARNs (SNS topics) notified when an alarm fires or
	// clears. Default: none (alarms show in CloudWatch only).
	AlarmActions []string
	// DeletionProtection sets prevent_destroy on the cluster and its key.
	// Default: false.
	DeletionProtection bool
	// Tags are added to the cluster. Default: none.
	Tags map[string]string
}

func (p Props) withDefaults() Props {
	if p.Partition == "" {
		p.Partition = "aws"
	}
	if p.StorageGiB == 0 {
		p.StorageGiB = 100
	}
	if p.MaxStorageGiB == 0 {
		p.MaxStorageGiB = p.StorageGiB
	}
	if p.StorageTargetPercent == 0 {
		p.StorageTargetPercent = 60
	}
	if p.ReplicationFactor == 0 {
		p.ReplicationFactor = 3
	}
	if p.MinInSyncReplicas == 0 {
		p.MinInSyncReplicas = 2
	}
	if p.DefaultPartitions == 0 {
		p.DefaultPartitions = 6
	}
	if p.EnhancedMonitoring == "" {
		p.EnhancedMonitoring = "DEFAULT"
	}
	if p.DiskAlarmPercent == 0 {
		p.DiskAlarmPercent = 85
	}
	if p.CPUAlarmPercent == 0 {
		p.CPUAlarmPercent = 60
	}
	p.AlarmActions = append([]string(nil), p.AlarmActions...)
	tags := map[string]string{}
	for k, v := range p.Tags {
		tags[k] = v
	}
	p.Tags = tags
	return p
}
