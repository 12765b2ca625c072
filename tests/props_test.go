package tests

import (
	"net/netip"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/constructs/kmskey"
	"github.com/keelson-dev/keelson/constructs/network"
)

// Constructs used from another repository refuse bad props with an error
// naming the field — before any jsii call could panic.
func TestConstructsRefuseBadProps(t *testing.T) {
	synthesized(t) // share the runtime start with the other tests
	stack := cdktf.NewTerraformStack(cdktf.NewApp(nil), jsii.String("props"))
	plan, err := config.PlanSubnets(netip.MustParsePrefix("10.0.0.0/16"), config.SubnetSizes{Private: 19, Public: 22, ControlPlane: 26}, []string{"us-east-1a", "us-east-1b", "us-east-1c"})
	require.NoError(t, err)
	goodNet := network.Props{Name: "t", Region: "us-east-1", AccountID: "111122223333", Plan: plan, ClusterName: "t"}

	t.Run("kmskey", func(t *testing.T) {
		_, err := kmskey.New(stack, "Key", kmskey.Props{Alias: "alias/aws/x", AccountID: "12", Region: "us-east-1"})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `kmskey: Alias "alias/aws/x"`)
		assert.Contains(t, err.Error(), "kmskey: Description is required")
		assert.Contains(t, err.Error(), `kmskey: AccountID "12" must be a 12-digit AWS account ID`)
	})
	t.Run("network", func(t *testing.T) {
		p := goodNet
		p.NATMode = "sometimes"
		p.FlowLogs = true
		p.InterfaceEndpoints = []string{"ecr"}
		_, err := network.New(stack, "Net", p)
		require.Error(t, err)
		assert.Contains(t, err.Error(), `network: NATMode "sometimes"`)
		assert.Contains(t, err.Error(), `network: InterfaceEndpoints: unknown service "ecr"`)
		assert.Contains(t, err.Error(), "network: LogsKeyARN is required when FlowLogs is on")

		_, err = network.New(stack, "Net2", network.Props{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "network: Plan is required")
	})
	t.Run("eks", func(t *testing.T) {
		_, err := eks.New(stack, "Cluster", eks.Props{
			Name: "t", Version: "1.20", PublicEndpoint: true, PublicAccessCIDRs: []string{"0.0.0.0/0"},
			NodeGroups: []config.NodeGroup{{Name: "s", CapacityType: config.Spot, InstanceTypes: []string{"m5.large"}, MinSize: 1, DesiredSize: 1, MaxSize: 1}},
		})
		require.Error(t, err)
		for _, want := range []string{
			"eks: Network is required",
			`eks: eks.version "1.20": not a version Keelson pins add-ons for`,
			`eks: eks.publicAccessCIDRs[0] "0.0.0.0/0": opens the Kubernetes API to the whole internet`,
			`eks: eks.nodeGroups[0].instanceTypes "[m5.large]": a spot group needs at least 4 instance types`,
			"needs at least one ON_DEMAND group",
			"eks: LogsKeyARN is required",
		} {
			assert.Contains(t, err.Error(), want)
		}
	})
	t.Run("irsa", func(t *testing.T) {
		net, err := network.New(stack, "GoodNet", goodNet)
		require.NoError(t, err)
		e := config.Dev()
		c, err := eks.New(stack, "GoodCluster", eks.Props{
			Name: "t", Version: e.EKS.Version, Addons: config.KubernetesVersions[e.EKS.Version].Addons, Network: net,
			AccountID: e.AccountID, Region: e.Region, LogRetentionDays: 7, LogsKeyARN: "arn:aws:kms:us-east-1:111122223333:key/x",
			NodeGroups: e.EKS.NodeGroups,
		})
		require.NoError(t, err)
		_, err = c.NewIRSARole("Bad", eks.IRSARoleProps{Name: "r", Description: "d", Namespace: "*", ServiceAccount: "sa", PolicyJSON: "{}"})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `Namespace "*" and ServiceAccount "sa" must be Kubernetes names (no wildcards)`)
	})
}
