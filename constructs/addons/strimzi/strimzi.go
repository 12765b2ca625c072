// Package strimzi runs Kafka inside the cluster, for environments whose
// config chooses Strimzi over MSK: the Strimzi operator, then a KRaft
// Kafka cluster (charts/strimzi-kafka) with a node pool per availability
// zone, rack awareness, persistent gp3 volumes, a TLS listener, metrics
// and the topics from config.
package strimzi

import (
	"fmt"
	"strings"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/helmrelease"
)

// KafkaValues are charts/strimzi-kafka's values.
type KafkaValues struct {
	ClusterName       string       `json:"clusterName"`
	KafkaVersion      string       `json:"kafkaVersion"`
	MetadataVersion   string       `json:"metadataVersion"`
	Pools             []PoolValues `json:"pools"`
	StorageClass      string       `json:"storageClass"`
	StorageGiB        int          `json:"storageGiB"`
	ReplicationFactor int          `json:"replicationFactor"`
	MinInSyncReplicas int          `json:"minInSyncReplicas"`
	Topics            []TopicValue `json:"topics"`
	PodMonitor        bool         `json:"podMonitor"`
}

// PoolValues is one KafkaNodePool, pinned to one zone.
type PoolValues struct {
	Name     string `json:"name"`
	Zone     string `json:"zone"`
	Replicas int    `json:"replicas"`
}

// TopicValue is one KafkaTopic.
type TopicValue struct {
	Name       string `json:"name"`
	Partitions int    `json:"partitions"`
	Replicas   int    `json:"replicas"`
}

// Values turns props into the chart's values.
func Values(p Props) KafkaValues {
	v := KafkaValues{
		ClusterName: p.ClusterName, KafkaVersion: KafkaVersion, MetadataVersion: MetadataVersion,
		StorageClass: p.StorageClass, StorageGiB: p.Kafka.StorageGiB,
		ReplicationFactor: p.Kafka.ReplicationFactor, MinInSyncReplicas: p.Kafka.MinInSyncReplicas,
		PodMonitor: p.PodMonitor, Topics: []TopicValue{},
	}
	for _, z := range p.Zones {
		v.Pools = append(v.Pools, PoolValues{Name: "pool-" + z[len(z)-1:], Zone: z, Replicas: p.Kafka.BrokerCount / len(p.Zones)})
	}
	for _, t := range p.Kafka.Topics {
		// KafkaTopic names must be Kubernetes names; the topic name
		// itself goes in spec.topicName.
		v.Topics = append(v.Topics, TopicValue{Name: t.Name, Partitions: t.Partitions, Replicas: p.Kafka.ReplicationFactor})
	}
	return v
}

// Strimzi is the operator and the cluster.
type Strimzi struct {
	constructs.Construct
	cluster cdktf.ITerraformDependable
}

// New installs the operator (watching its own namespace), then the cluster.
func New(scope constructs.Construct, id string, props Props, dependsOn ...cdktf.ITerraformDependable) (*Strimzi, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	operator, err := helmrelease.New(c, "Operator", helmrelease.Spec{
		Name: "strimzi-kafka-operator", Namespace: Namespace,
		Repository: props.Chart.Repository, Chart: props.Chart.Name, Version: props.Chart.Version,
		Values:    map[string]any{"watchNamespaces": []string{}, "replicas": 1},
		Timeout:   10 * time.Minute,
		DependsOn: dependsOn,
	})
	if err != nil {
		return nil, err
	}
	cluster, err := helmrelease.New(c, "Cluster", helmrelease.Spec{
		Name: "strimzi-kafka", Namespace: Namespace, LocalChart: "strimzi-kafka",
		Values: Values(props),
		// Brokers roll one by one and each waits for its volume.
		Timeout:   20 * time.Minute,
		DependsOn: []cdktf.ITerraformDependable{operator},
	})
	if err != nil {
		return nil, err
	}
	return &Strimzi{Construct: c, cluster: cluster}, nil
}

// Cluster is the Kafka cluster's release.
func (s *Strimzi) Cluster() cdktf.ITerraformDependable { return s.cluster }

// BootstrapServers is the TLS listener's in-cluster address.
func BootstrapServers(clusterName string) string {
	return fmt.Sprintf("%s-kafka-bootstrap.%s.svc:9093", strings.ToLower(clusterName), Namespace)
}
