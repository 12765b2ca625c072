package tests

import (
	"net/netip"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/bastion"
	"github.com/keelson-dev/keelson/constructs/kafka"
	"github.com/keelson-dev/keelson/constructs/network"
	"github.com/keelson-dev/keelson/constructs/registry"
	"github.com/keelson-dev/keelson/constructs/storage"
)

// The platform constructs refuse bad props with errors naming the field
// and the value, before any jsii call could panic.
func TestPlatformConstructsRefuseBadProps(t *testing.T) {
	synthesized(t)
	stack := cdktf.NewTerraformStack(cdktf.NewApp(nil), jsii.String("platform-props"))
	plan, err := config.PlanSubnets(netip.MustParsePrefix("10.0.0.0/16"), config.SubnetSizes{Private: 19, Public: 22, ControlPlane: 26}, []string{"us-east-1a", "us-east-1b", "us-east-1c"})
	require.NoError(t, err)
	net, err := network.New(stack, "Net", network.Props{Name: "t", Region: "us-east-1", AccountID: "111122223333", Plan: plan, ClusterName: "t"})
	require.NoError(t, err)

	t.Run("kafka", func(t *testing.T) {
		_, err := kafka.New(stack, "Kafka", kafka.Props{Name: "t", Network: net, AccountID: "111122223333", Region: "us-east-1",
			KafkaVersion: "3.8.x", BrokerInstanceType: "m7g.large", BrokerCount: 4, ReplicationFactor: 3, MinInSyncReplicas: 3})
		require.Error(t, err)
		for _, want := range []string{
			"msk: BrokerCount (4) must be a positive multiple of the number of subnets (3)",
			`msk: BrokerInstanceType "m7g.large" is not an MSK broker type`,
			"msk: MinInSyncReplicas (3) must be at least 1 and below ReplicationFactor (3)",
			"msk: LogsKeyARN is required",
		} {
			assert.Contains(t, err.Error(), want)
		}
	})
	t.Run("bastion", func(t *testing.T) {
		_, err := bastion.New(stack, "Bastion", bastion.Props{Name: "t", Network: net, AccountID: "111122223333", Region: "us-east-1",
			ClusterName: "t", SSHCIDRs: []string{"0.0.0.0/0"}, Tools: config.BastionTools{Kubectl: "latest"}})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `bastion: SSHCIDRs: "0.0.0.0/0" opens SSH to the internet`)
		assert.Contains(t, err.Error(), `bastion: Tools.Kubectl "latest" must be an exact version`)
	})
	t.Run("registry", func(t *testing.T) {
		_, err := registry.New(stack, "Registry", registry.Props{Repositories: []string{"", "Orders"}, AccountID: "111122223333", KMSKeyARN: "k"})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "registry: Repositories[0] is empty")
		assert.Contains(t, err.Error(), `registry: Repositories[1] "Orders" must be lower-case`)
	})
	t.Run("storage", func(t *testing.T) {
		_, err := storage.NewBucket(stack, "Bucket", storage.BucketProps{Name: "b-data", AccountID: "111122223333", KMSKeyARN: "k"})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `storage: bucket "b-data": give AccessLogBucket, or AccessLogWaiver`)
		assert.Contains(t, err.Error(), "NoncurrentVersionDays (0) must be at least 1")
	})
}
