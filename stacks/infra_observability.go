package stacks

import (
	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/observability"
)

// addObservabilityAWS creates Loki's bucket and the monitoring IRSA roles
// in the infra stack; the platform stack installs the charts that use them.
func addObservabilityAWS(in *Infra, env config.Environment) error {
	props := observability.AWSProps{
		Name:             env.ResourcePrefix(),
		AccountID:        env.AccountID,
		Region:           env.Region,
		Cluster:          in.Cluster,
		LogRetentionDays: env.Observability.LogRetentionDays,
		AccessLogBucket:  env.DataProtection.AccessLogBucket,
		PreventDestroy:   env.Production,
	}
	if in.Kafka != nil {
		props.KafkaClusterName = in.Kafka.ClusterName()
	}
	var err error
	in.Observability, err = observability.NewAWS(in.Stack, "Observability", props)
	if err != nil {
		return err
	}
	output(in.Stack, "loki_bucket", "Loki's chunk and index bucket", in.Observability.LogsBucketName())
	return nil
}
