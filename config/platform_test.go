package config

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlatformPresetsAreValid(t *testing.T) {
	require.NoError(t, ValidatePlatform(Bootstrap(), Presets()))
}

func TestPresetsKafkaAndDataProtection(t *testing.T) {
	dev, prod := Dev(), Prod()
	assert.Equal(t, KafkaMSK, dev.Kafka.Engine, "dev runs small MSK brokers for IAM-auth parity")
	assert.Equal(t, "kafka.t3.small", dev.Kafka.BrokerInstanceType)
	assert.Equal(t, KafkaMSK, prod.Kafka.Engine)
	assert.Equal(t, 3, prod.Kafka.ReplicationFactor)
	assert.Equal(t, 2, prod.Kafka.MinInSyncReplicas)
	assert.Zero(t, prod.Kafka.BrokerCount%len(prod.AvailabilityZones), "prod brokers spread evenly over AZs")
	assert.Empty(t, prod.Bastion.SSHCIDRs, "Session Manager only by default")
	assert.Empty(t, prod.Deploy.Branch, "prod applies only from the production environment")
	assert.Equal(t, "arn:aws:iam::111122223333:role/keelson-prod-apply", prod.ApplyRoleARN())
	assert.Equal(t, "arn:aws:iam::111122223333:role/keelson-dev-node", dev.NodeRoleARN())
	assert.Equal(t, []string{"repo:keelson-dev/keelson:ref:refs/heads/main", "repo:keelson-dev/keelson:environment:dev"},
		dev.ApplySubjects(Bootstrap().GitHub))
}

// Each rejected input names its field path and value.
func TestValidateRejectsPlatformInputs(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(*Environment)
		path   string
		value  string
		reason string
	}{
		{"broker count not a multiple of AZs", func(e *Environment) { e.Kafka.BrokerCount = 4 }, "prod.kafka.brokerCount", "4", "multiple of the number of availability zones (3)"},
		{"no brokers", func(e *Environment) { e.Kafka.BrokerCount = 0 }, "prod.kafka.brokerCount", "0", "at least one broker"},
		{"engine", func(e *Environment) { e.Kafka.Engine = "kinesis" }, "prod.kafka.engine", "kinesis", `"msk" or "strimzi"`},
		{"kafka version", func(e *Environment) { e.Kafka.Version = "2.8.1" }, "prod.kafka.version", "2.8.1", "not a Kafka version"},
		{"broker type", func(e *Environment) { e.Kafka.BrokerInstanceType = "m7g.large" }, "prod.kafka.brokerInstanceType", "m7g.large", "not an MSK broker type"},
		{"storage", func(e *Environment) { e.Kafka.StorageGiB = 0 }, "prod.kafka.storageGiB", "0", "1-16384"},
		{"autoscaling max below size", func(e *Environment) { e.Kafka.MaxStorageGiB = 100 }, "prod.kafka.maxStorageGiB", "100", "between storageGiB (200)"},
		{"min ISR equals RF", func(e *Environment) { e.Kafka.MinInSyncReplicas = 3 }, "prod.kafka.minInSyncReplicas", "3", "below the replication factor (3)"},
		{"min ISR 1 in prod", func(e *Environment) { e.Kafka.MinInSyncReplicas = 1 }, "prod.kafka.minInSyncReplicas", "1", "production needs 2"},
		{"RF above brokers", func(e *Environment) { e.Kafka.ReplicationFactor = 6 }, "prod.kafka.replicationFactor", "6", "1 to brokerCount (3)"},
		{"RF 2 in prod", func(e *Environment) { e.Kafka.ReplicationFactor, e.Kafka.MinInSyncReplicas = 2, 1 }, "prod.kafka.replicationFactor", "2", "production needs 3"},
		{"topic name", func(e *Environment) { e.Kafka.Topics[0].Name = "orders events" }, "prod.kafka.topics[0].name", "orders events", "letters, digits"},
		{"duplicate topic", func(e *Environment) { e.Kafka.Topics[1].Name = e.Kafka.Topics[0].Name }, "prod.kafka.topics[1].name", "orders.events", "another topic"},
		{"partitions", func(e *Environment) { e.Kafka.Topics[0].Partitions = 0 }, "prod.kafka.topics[0].partitions", "0", "1-1000"},
		{"SSH from anywhere", func(e *Environment) { e.Bastion.SSHCIDRs = []string{"0.0.0.0/0"} }, "prod.bastion.sshCIDRs[0]", "0.0.0.0/0", "opens SSH to (a large part of) the internet"},
		{"SSH CIDR", func(e *Environment) { e.Bastion.SSHCIDRs = []string{"office"} }, "prod.bastion.sshCIDRs[0]", "office", "not a valid IPv4 CIDR"},
		{"bastion type", func(e *Environment) { e.Bastion.InstanceType = "micro" }, "prod.bastion.instanceType", "micro", "not an EC2 instance type"},
		{"bastion disk", func(e *Environment) { e.Bastion.RootVolumeGiB = 4 }, "prod.bastion.rootVolumeGiB", "4", "8-100"},
		{"tool not pinned", func(e *Environment) { e.Bastion.Tools.Helm = "latest" }, "prod.bastion.tools.helm", "latest", "pin an exact version"},
		{"kubectl skew", func(e *Environment) { e.Bastion.Tools.Kubectl = "1.20.0" }, "prod.bastion.tools.kubectl", "1.20.0", "one minor version of skew"},
		{"data bucket", func(e *Environment) { e.DataProtection.DataBucket = "Data" }, "prod.dataProtection.dataBucket", "Data", "not a valid S3 bucket name"},
		{"backup retention", func(e *Environment) { e.DataProtection.BackupRetentionDays = 3 }, "prod.dataProtection.backupRetentionDays", "3", "at least a week"},
		{"backup schedule", func(e *Environment) { e.DataProtection.BackupSchedule = "daily" }, "prod.dataProtection.backupSchedule", "daily", "cron expression"},
		{"noncurrent versions", func(e *Environment) { e.DataProtection.NoncurrentVersionDays = 0 }, "prod.dataProtection.noncurrentVersionDays", "0", "1-3650"},
		{"prod applies from a branch", func(e *Environment) { e.Deploy.Branch = "main" }, "prod.deploy.branch", "main", "skip its reviewers"},
		{"wildcard branch", func(e *Environment) { e.Deploy.Branch = "*" }, "prod.deploy.branch", "*", "no wildcards"},
		{"prod without environment", func(e *Environment) { e.Deploy.GitHubEnvironment = "" }, "prod.deploy.githubEnvironment", "", "protected GitHub environment"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := Prod()
			env.Kafka.Topics = append([]Topic(nil), env.Kafka.Topics...)
			tc.edit(&env)
			assertProblem(t, env.Validate(), tc.path, tc.value, tc.reason)
		})
	}
}

func TestValidateRejectsAccountInputs(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(*Account, []Environment)
		path   string
		value  string
		reason string
	}{
		{"empty repository name", func(a *Account, _ []Environment) { a.Registry.Repositories = []string{""} }, "bootstrap.registry.repositories[0]", "", "empty repository name"},
		{"repository name", func(a *Account, _ []Environment) { a.Registry.Repositories = []string{"Orders_API"} }, "bootstrap.registry.repositories[0]", "Orders_API", "lower-case"},
		{"duplicate repository", func(a *Account, _ []Environment) { a.Registry.Repositories = []string{"a1", "a1"} }, "bootstrap.registry.repositories[1]", "a1", "listed twice"},
		{"no repositories", func(a *Account, _ []Environment) { a.Registry.Repositories = nil }, "bootstrap.registry.repositories", "[]", "at least one"},
		{"keep releases", func(a *Account, _ []Environment) { a.Registry.KeepReleases = 0 }, "bootstrap.registry.keepReleases", "0", "1-1000"},
		{"untagged expiry", func(a *Account, _ []Environment) { a.Registry.UntaggedExpiryDays = 0 }, "bootstrap.registry.untaggedExpiryDays", "0", "1-365"},
		{"github org wildcard", func(a *Account, _ []Environment) { a.GitHub.Org = "*" }, "bootstrap.github.org", "*", "no wildcards"},
		{"github repo", func(a *Account, _ []Environment) { a.GitHub.Repo = "" }, "bootstrap.github.repo", "", "not a GitHub repository name"},
		{"state versions", func(a *Account, _ []Environment) { a.State.NoncurrentVersionDays = 1 }, "bootstrap.state.noncurrentVersionDays", "1", "7-3650"},
		{"log bucket is state bucket", func(a *Account, _ []Environment) { a.State.AccessLogBucket = a.State.Bucket }, "bootstrap.state.accessLogBucket", "keelson-tfstate-111122223333", "cannot log into itself"},
		{"env in another account", func(_ *Account, es []Environment) { es[1].AccountID = "444455556666" }, "prod.accountID", "444455556666", "the bootstrap account is 111122223333"},
		{"env state elsewhere", func(_ *Account, es []Environment) { es[0].Backend.Bucket = "other-bucket" }, "dev.backend.bucket", "other-bucket", "the bootstrap stack creates"},
		{"env state key", func(_ *Account, es []Environment) { es[0].Backend.KMSKeyAlias = "alias/other" }, "dev.backend.kmsKeyAlias", "alias/other", "the bootstrap stack creates"},
		{"env log bucket", func(_ *Account, es []Environment) { es[0].DataProtection.AccessLogBucket = "other-logs" }, "dev.dataProtection.accessLogBucket", "other-logs", "the bootstrap stack creates"},
		{"two envs trust one subject", func(_ *Account, es []Environment) { es[0].Deploy.GitHubEnvironment = "production" }, "prod.deploy", "repo:keelson-dev/keelson:environment:production", "already trusts this subject"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, envs := Bootstrap(), Presets()
			tc.edit(&a, envs)
			assertProblem(t, ValidatePlatform(a, envs), tc.path, tc.value, tc.reason)
		})
	}
}

func assertProblem(t *testing.T, err error, path, value, reason string) {
	t.Helper()
	require.Error(t, err)
	var ps Problems
	require.True(t, errors.As(err, &ps), "validation returns Problems")
	for _, p := range ps {
		if p.Path == path {
			assert.Equal(t, value, p.Value, "value of %s", path)
			assert.Contains(t, p.Reason, reason, "reason for %s", path)
			return
		}
	}
	t.Errorf("no problem at %s; got:\n%v", path, err)
}
