package kafka

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// ClientAccess is what one service may do on the cluster.
type ClientAccess struct {
	// ReadTopics the service consumes. Default: none.
	ReadTopics []string
	// WriteTopics the service produces to. Default: none.
	WriteTopics []string
	// ConsumerGroup is the service's group.id. Required when ReadTopics
	// is set.
	ConsumerGroup string
}

var nameRE = regexp.MustCompile(`^[a-zA-Z0-9._-]{1,249}$`)

// ClientPolicy is the IAM policy a NestJS service needs to connect with
// SASL/IAM, read and write its named topics and use its consumer group on
// this cluster, and nothing else: attach it to the service's IRSA role
// (eks.IRSARoleProps.PolicyJSON = doc.JSON()).
func (m *MskCluster) ClientPolicy(a ClientAccess) (iampolicy.Document, error) {
	var errs []error
	if len(a.ReadTopics)+len(a.WriteTopics) == 0 {
		errs = append(errs, errors.New("msk: ClientPolicy needs ReadTopics or WriteTopics"))
	}
	for _, t := range append(append([]string(nil), a.ReadTopics...), a.WriteTopics...) {
		if !nameRE.MatchString(t) {
			errs = append(errs, fmt.Errorf("msk: ClientPolicy: topic %q is not a topic name (no wildcards)", t))
		}
	}
	if len(a.ReadTopics) > 0 && !nameRE.MatchString(a.ConsumerGroup) {
		errs = append(errs, fmt.Errorf("msk: ClientPolicy: ConsumerGroup %q must be the service's group.id (no wildcards)", a.ConsumerGroup))
	}
	if err := errors.Join(errs...); err != nil {
		return iampolicy.Document{}, err
	}
	arn := func(kind, name string) string {
		return fmt.Sprintf("arn:%s:kafka:%s:%s:%s/%s/%s/%s", m.props.Partition, m.props.Region, m.props.AccountID, kind, m.props.Name, m.ClusterUUID(), name)
	}
	st := []iampolicy.Statement{
		iampolicy.Allow("Connect", []string{"kafka-cluster:Connect", "kafka-cluster:DescribeCluster"}, m.ClusterARN()),
	}
	if len(a.ReadTopics) > 0 {
		var topics []string
		for _, t := range a.ReadTopics {
			topics = append(topics, arn("topic", t))
		}
		st = append(st,
			iampolicy.Allow("ReadTopics", []string{"kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"}, topics...),
			iampolicy.Allow("ConsumerGroup", []string{"kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"}, arn("group", a.ConsumerGroup)))
	}
	if len(a.WriteTopics) > 0 {
		var topics []string
		for _, t := range a.WriteTopics {
			topics = append(topics, arn("topic", t))
		}
		st = append(st,
			iampolicy.Allow("WriteTopics", []string{"kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"}, topics...),
			// Idempotent producers (KafkaJS idempotent: true) need this
			// on the cluster.
			iampolicy.Allow("IdempotentWrites", []string{"kafka-cluster:WriteDataIdempotently"}, m.ClusterARN()))
	}
	return iampolicy.New(st...), nil
}
