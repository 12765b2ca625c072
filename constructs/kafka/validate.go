package kafka

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
)

var (
	brokerTypeRE = regexp.MustCompile(`^kafka\.[a-z0-9]+\.[a-z0-9]+$`)
	monitoring   = []string{"DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION"}
)

func (p Props) validate() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf("msk: "+format, args...)) }
	if p.Name == "" {
		add("Name is required")
	}
	if p.AccountID == "" || p.Region == "" {
		add("AccountID and Region are required")
	}
	if p.KafkaVersion == "" {
		add("KafkaVersion is required (e.g. 3.8.x)")
	}
	if !brokerTypeRE.MatchString(p.BrokerInstanceType) {
		add("BrokerInstanceType %q is not an MSK broker type (e.g. kafka.m7g.large)", p.BrokerInstanceType)
	}
	if p.Network == nil {
		add("Network is required (a *network.NetworkTier): brokers go in its private subnets")
	} else if azs := len(p.Network.AvailabilityZones()); p.BrokerCount < 1 || p.BrokerCount%azs != 0 {
		add("BrokerCount (%d) must be a positive multiple of the number of subnets (%d), one per AZ", p.BrokerCount, azs)
	}
	if p.StorageGiB < 1 || p.StorageGiB > 16384 {
		add("StorageGiB (%d) must be 1-16384", p.StorageGiB)
	}
	if p.MaxStorageGiB < p.StorageGiB || p.MaxStorageGiB > 16384 {
		add("MaxStorageGiB (%d) must be between StorageGiB (%d) and 16384", p.MaxStorageGiB, p.StorageGiB)
	}
	if p.StorageTargetPercent < 10 || p.StorageTargetPercent > 80 {
		add("StorageTargetPercent (%d) must be 10-80", p.StorageTargetPercent)
	}
	if p.ReplicationFactor < 1 || p.BrokerCount > 0 && p.ReplicationFactor > p.BrokerCount {
		add("ReplicationFactor (%d) must be 1 to BrokerCount (%d)", p.ReplicationFactor, p.BrokerCount)
	}
	if p.MinInSyncReplicas < 1 || p.ReplicationFactor > 1 && p.MinInSyncReplicas >= p.ReplicationFactor {
		add("MinInSyncReplicas (%d) must be at least 1 and below ReplicationFactor (%d)", p.MinInSyncReplicas, p.ReplicationFactor)
	}
	if !slices.Contains(monitoring, p.EnhancedMonitoring) {
		add("EnhancedMonitoring %q must be one of %v", p.EnhancedMonitoring, monitoring)
	}
	if p.LogRetentionDays <= 0 {
		add("LogRetentionDays (%d) is required", p.LogRetentionDays)
	}
	if p.LogsKeyARN == "" {
		add("LogsKeyARN is required: broker logs are encrypted")
	}
	if p.DiskAlarmPercent <= 0 || p.DiskAlarmPercent > 100 || p.CPUAlarmPercent <= 0 || p.CPUAlarmPercent > 100 {
		add("DiskAlarmPercent (%v) and CPUAlarmPercent (%v) must be 1-100", p.DiskAlarmPercent, p.CPUAlarmPercent)
	}
	return errors.Join(errs...)
}
