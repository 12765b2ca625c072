package config

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// KafkaEngine is where an environment's Kafka runs.
type KafkaEngine string

const (
	// KafkaMSK is Amazon MSK (provisioned): AWS runs the brokers, patches
	// them and replaces failed ones; clients authenticate with IAM.
	KafkaMSK KafkaEngine = "msk"
	// KafkaStrimzi runs Kafka inside the EKS cluster with the Strimzi
	// operator (the platform stack); cheaper at small sizes, but the
	// brokers, their disks and upgrades are yours to operate.
	KafkaStrimzi KafkaEngine = "strimzi"
)

// KafkaVersions are the MSK Kafka versions Keelson accepts ("x": MSK
// applies patch releases itself).
var KafkaVersions = []string{"3.6.0", "3.7.x", "3.8.x", "3.9.x"}

// Kafka is an environment's event bus.
type Kafka struct {
	// Engine is KafkaMSK or KafkaStrimzi. Default: msk in both presets
	// (dev on small brokers, for parity with prod's IAM authentication).
	Engine KafkaEngine
	// Version is the Kafka version, one of KafkaVersions. Default: "3.8.x".
	Version string
	// BrokerInstanceType is the MSK broker size ("kafka.<family>.<size>").
	// MSK only. Default: kafka.t3.small in dev, kafka.m7g.large in prod.
	BrokerInstanceType string
	// BrokerCount is the number of brokers: a multiple of the number of
	// availability zones, so each AZ holds the same share. Default: 3.
	BrokerCount int
	// StorageGiB is each broker's initial EBS volume, 1-16384. Default: 20
	// in dev, 200 in prod.
	StorageGiB int
	// MaxStorageGiB is the ceiling storage autoscaling may grow each
	// broker's volume to (MSK never shrinks a volume), StorageGiB-16384.
	// Default: 100 in dev, 1000 in prod.
	MaxStorageGiB int
	// ReplicationFactor is default.replication.factor, 1 to BrokerCount;
	// production needs at least 3. Default: 3.
	ReplicationFactor int
	// MinInSyncReplicas is min.insync.replicas: below ReplicationFactor,
	// so one broker can be down without stopping acks=all producers;
	// production needs at least 2. Default: 2.
	MinInSyncReplicas int
	// Topics are the topics services use; the IAM helper policies name
	// them. Default: the example services' topics.
	Topics []Topic
}

// Topic is one Kafka topic.
type Topic struct {
	// Name is the topic name: 1-249 letters, digits, '.', '_' or '-'.
	// Required.
	Name string
	// Partitions bounds consumer parallelism, 1-1000. Default: 6.
	Partitions int
}

var (
	brokerTypeRE = regexp.MustCompile(`^kafka\.[a-z0-9]+\.[a-z0-9]+$`)
	topicRE      = regexp.MustCompile(`^[a-zA-Z0-9._-]{1,249}$`)
)

func (k Kafka) validate(c *problems, production bool, azs int) {
	switch k.Engine {
	case KafkaMSK, KafkaStrimzi:
	default:
		c.add("kafka.engine", k.Engine, "must be %q or %q", KafkaMSK, KafkaStrimzi)
	}
	if !slices.Contains(KafkaVersions, k.Version) {
		c.add("kafka.version", k.Version, "not a Kafka version Keelson accepts; use one of %s", strings.Join(KafkaVersions, ", "))
	}
	if k.Engine == KafkaMSK && !brokerTypeRE.MatchString(k.BrokerInstanceType) {
		c.add("kafka.brokerInstanceType", k.BrokerInstanceType, "not an MSK broker type (e.g. kafka.m7g.large)")
	}
	switch {
	case k.BrokerCount < 1:
		c.add("kafka.brokerCount", k.BrokerCount, "needs at least one broker per availability zone")
	case azs > 0 && k.BrokerCount%azs != 0:
		c.add("kafka.brokerCount", k.BrokerCount, "must be a multiple of the number of availability zones (%d), so each AZ holds the same share of brokers", azs)
	}
	if k.StorageGiB < 1 || k.StorageGiB > 16384 {
		c.add("kafka.storageGiB", k.StorageGiB, "must be 1-16384 GiB per broker")
	}
	if k.MaxStorageGiB < k.StorageGiB || k.MaxStorageGiB > 16384 {
		c.add("kafka.maxStorageGiB", k.MaxStorageGiB, "must be between storageGiB (%d) and 16384: storage autoscaling only grows volumes", k.StorageGiB)
	}
	switch {
	case k.ReplicationFactor < 1 || k.BrokerCount >= 1 && k.ReplicationFactor > k.BrokerCount:
		c.add("kafka.replicationFactor", k.ReplicationFactor, "must be 1 to brokerCount (%d)", k.BrokerCount)
	case production && k.ReplicationFactor < 3:
		c.add("kafka.replicationFactor", k.ReplicationFactor, "production needs 3 copies of every partition")
	}
	switch {
	case k.MinInSyncReplicas < 1:
		c.add("kafka.minInSyncReplicas", k.MinInSyncReplicas, "must be at least 1")
	case k.MinInSyncReplicas >= k.ReplicationFactor && k.ReplicationFactor > 1:
		c.add("kafka.minInSyncReplicas", k.MinInSyncReplicas,
			"must be below the replication factor (%d), or one broker down stops every acks=all producer", k.ReplicationFactor)
	case production && k.MinInSyncReplicas < 2:
		c.add("kafka.minInSyncReplicas", k.MinInSyncReplicas, "production needs 2, so an acknowledged write survives losing a broker")
	}
	seen := map[string]bool{}
	for i, t := range k.Topics {
		f := fmt.Sprintf("kafka.topics[%d].", i)
		switch {
		case !topicRE.MatchString(t.Name) || t.Name == "." || t.Name == "..":
			c.add(f+"name", t.Name, "must be 1-249 letters, digits, '.', '_' or '-'")
		case seen[t.Name]:
			c.add(f+"name", t.Name, "another topic has this name")
		}
		seen[t.Name] = true
		if t.Partitions < 1 || t.Partitions > 1000 {
			c.add(f+"partitions", t.Partitions, "must be 1-1000")
		}
	}
}
