package stacks

import (
	"fmt"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/bastion"
	"github.com/keelson-dev/keelson/constructs/kafka"
	"github.com/keelson-dev/keelson/constructs/kmskey"
	"github.com/keelson-dev/keelson/constructs/storage"
)

// BackupTagKey selects the EBS volumes the environment's backup plan
// snapshots: volumes tagged keelson/backup=<env> (the platform's
// StorageClass sets it on persistent volumes).
const BackupTagKey = "keelson/backup"

// addKafkaAndBastion adds MSK (when the environment's engine is msk) and
// the bastion, and connects them to the cluster.
func addKafkaAndBastion(in *Infra, env config.Environment) error {
	stack := in.Stack
	var err error
	if env.Kafka.Engine == config.KafkaMSK {
		monitoring := "DEFAULT"
		if env.Production {
			monitoring = "PER_BROKER"
		}
		in.Kafka, err = kafka.New(stack, "Kafka", kafka.Props{
			Name:               env.ResourcePrefix(),
			Network:            in.Network,
			AccountID:          env.AccountID,
			Region:             env.Region,
			KafkaVersion:       env.Kafka.Version,
			BrokerInstanceType: env.Kafka.BrokerInstanceType,
			BrokerCount:        env.Kafka.BrokerCount,
			StorageGiB:         env.Kafka.StorageGiB,
			MaxStorageGiB:      env.Kafka.MaxStorageGiB,
			ReplicationFactor:  env.Kafka.ReplicationFactor,
			MinInSyncReplicas:  env.Kafka.MinInSyncReplicas,
			EnhancedMonitoring: monitoring,
			LogRetentionDays:   env.Logs.RetentionDays,
			LogsKeyARN:         in.LogsKey.ARN(),
			DeletionProtection: env.Production,
		})
		if err != nil {
			return err
		}
		// Pods reach brokers from the nodes, which carry the cluster
		// security group; Prometheus scrapes the exporters from there too.
		in.Kafka.AllowClientsFrom("NodesClients", in.Cluster.ClusterSecurityGroupID(), "Kafka (IAM) from EKS nodes and pods")
		in.Kafka.AllowMonitoringFrom("NodesMonitoring", in.Cluster.ClusterSecurityGroupID(), "Prometheus on EKS scrapes the JMX and node exporters")
		output(stack, "kafka_cluster_arn", "MSK cluster ARN", in.Kafka.ClusterARN())
		output(stack, "kafka_bootstrap_brokers_iam", "MSK bootstrap brokers, SASL/IAM over TLS (port 9098)", in.Kafka.BootstrapBrokersIAM())
		output(stack, "kafka_bootstrap_brokers_tls", "MSK bootstrap brokers, TLS (empty: only IAM client authentication is on)", in.Kafka.BootstrapBrokersTLS())
	}
	if !env.Bastion.Enabled {
		return nil
	}
	kafkaName := ""
	if in.Kafka != nil {
		kafkaName = env.ResourcePrefix()
	}
	in.Bastion, err = bastion.New(stack, "Bastion", bastion.Props{
		Name:             env.ResourcePrefix(),
		Network:          in.Network,
		AccountID:        env.AccountID,
		Region:           env.Region,
		ClusterName:      env.ClusterName(),
		KafkaClusterName: kafkaName,
		InstanceType:     env.Bastion.InstanceType,
		RootVolumeGiB:    env.Bastion.RootVolumeGiB,
		SSHCIDRs:         env.Bastion.SSHCIDRs,
		Tools:            env.Bastion.Tools,
		Tags:             env.Tags,
	})
	if err != nil {
		return err
	}
	in.Cluster.AllowAPIAccessFrom("BastionApiAccess", in.Bastion.SecurityGroupID(), "Kubernetes API from the bastion")
	in.Cluster.GrantAdminAfter(in.Bastion.StaticRoleARN(), in.Bastion.Role())
	if in.Kafka != nil {
		in.Kafka.AllowClientsFrom("BastionClients", in.Bastion.SecurityGroupID(), "Kafka (IAM) from the bastion's CLI tools")
	}
	output(stack, "bastion_instance_id", "Bastion instance: aws ssm start-session --target <id>", in.Bastion.InstanceID())
	return nil
}

// addDataProtection adds the data bucket, its key and the backup plan.
func addDataProtection(in *Infra, env config.Environment) error {
	stack := in.Stack
	dp := env.DataProtection
	var err error
	in.DataKey, err = kmskey.New(stack, "DataKey", kmskey.Props{
		Alias:          fmt.Sprintf("alias/%s-data", env.ResourcePrefix()),
		Description:    fmt.Sprintf("Data bucket and backup vault of %s", env.ResourcePrefix()),
		AccountID:      env.AccountID,
		Region:         env.Region,
		PreventDestroy: env.Production,
	})
	if err != nil {
		return err
	}
	in.DataBucket, err = storage.NewBucket(stack, "DataBucket", storage.BucketProps{
		Name:                  dp.DataBucket,
		AccountID:             env.AccountID,
		KMSKeyARN:             in.DataKey.ARN(),
		AccessLogBucket:       dp.AccessLogBucket,
		AccessLogPrefix:       env.Name + "/data/",
		NoncurrentVersionDays: dp.NoncurrentVersionDays,
		PreventDestroy:        env.Production,
	})
	if err != nil {
		return err
	}
	// Vaults are protected in every environment: they hold the only
	// copies once a volume is gone (help/data-protection.md).
	in.Backup, err = storage.NewBackup(stack, "Backup", storage.BackupProps{
		Name:           env.ResourcePrefix(),
		AccountID:      env.AccountID,
		Region:         env.Region,
		KMSKeyARN:      in.DataKey.ARN(),
		TagKey:         BackupTagKey,
		TagValue:       env.Name,
		Schedule:       dp.BackupSchedule,
		RetentionDays:  dp.BackupRetentionDays,
		PreventDestroy: true,
	})
	if err != nil {
		return err
	}
	output(stack, "data_bucket", "Data bucket (assets, exports)", in.DataBucket.Name())
	output(stack, "backup_vault", "AWS Backup vault of tagged EBS volumes", in.Backup.VaultName())
	return nil
}
