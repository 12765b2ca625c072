package config

import (
	"errors"
	"net/netip"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPresetsAreValid(t *testing.T) {
	require.NoError(t, ValidateAll(Presets()))
}

func TestPresetsFavourCostInDevAndAvailabilityInProd(t *testing.T) {
	dev, prod := Dev(), Prod()
	assert.Equal(t, NATSingle, dev.Network.NATMode, "dev NAT mode")
	assert.Equal(t, NATPerAZ, prod.Network.NATMode, "prod NAT mode")
	assert.Empty(t, dev.Network.InterfaceEndpoints, "dev interface endpoints are a cost choice, off by default")
	assert.GreaterOrEqual(t, len(prod.Network.InterfaceEndpoints), 5, "prod interface endpoints")
	assert.False(t, prod.EKS.PublicEndpoint, "prod API endpoint must be private")
	assert.True(t, prod.EKS.DeletionProtection, "prod deletion protection")
	for _, env := range []Environment{dev, prod} {
		var kinds []CapacityType
		for _, g := range env.EKS.NodeGroups {
			kinds = append(kinds, g.CapacityType)
		}
		assert.ElementsMatch(t, []CapacityType{OnDemand, Spot}, kinds, "%s node group capacity types", env.Name)
	}
}

// Each rejected input names its field path and value.
func TestValidateRejects(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(*Environment)
		path   string
		value  string
		reason string
	}{
		{"cidr prefix out of range", func(e *Environment) { e.Network.CIDR = "10.0.0.0/33" }, "prod.network.cidr", "10.0.0.0/33", "not a valid IPv4 CIDR"},
		{"cidr not a cidr", func(e *Environment) { e.Network.CIDR = "ten" }, "prod.network.cidr", "ten", "not a valid IPv4 CIDR"},
		{"cidr host bits", func(e *Environment) { e.Network.CIDR = "10.20.1.0/16" }, "prod.network.cidr", "10.20.1.0/16", "did you mean 10.20.0.0/16"},
		{"cidr too small for plan", func(e *Environment) { e.Network.CIDR = "10.20.0.0/20" }, "prod.network.cidr", "10.20.0.0/20", "too small for the subnet plan"},
		{"cidr too large", func(e *Environment) { e.Network.CIDR = "10.0.0.0/8" }, "prod.network.cidr", "10.0.0.0/8", "between /16 and /24"},
		{"subnet size", func(e *Environment) { e.Network.Subnets.ControlPlane = 29 }, "prod.network.subnets.controlPlane", "29", "16-28"},
		{"service cidr overlaps vpc", func(e *Environment) { e.EKS.ServiceCIDR = "10.20.128.0/20" }, "prod.eks.serviceCIDR", "10.20.128.0/20", "overlaps the VPC"},
		{"service cidr public range", func(e *Environment) { e.EKS.ServiceCIDR = "8.8.0.0/16" }, "prod.eks.serviceCIDR", "8.8.0.0/16", "inside 10.0.0.0/8"},
		{"one AZ in prod", func(e *Environment) { e.AvailabilityZones = e.AvailabilityZones[:1] }, "prod.availabilityZones", "[us-east-1a]", "production needs at least 2"},
		{"AZ of another region", func(e *Environment) { e.AvailabilityZones[2] = "eu-west-1c" }, "prod.availabilityZones[2]", "eu-west-1c", "not a zone of region"},
		{"duplicate AZ", func(e *Environment) { e.AvailabilityZones[2] = "us-east-1a" }, "prod.availabilityZones[2]", "us-east-1a", "listed twice"},
		{"single NAT in prod", func(e *Environment) { e.Network.NATMode = NATSingle }, "prod.network.natMode", "single", "NAT gateway per AZ"},
		{"unknown NAT mode", func(e *Environment) { e.Network.NATMode = "two" }, "prod.network.natMode", "two", "must be"},
		{"unknown endpoint", func(e *Environment) { e.Network.InterfaceEndpoints = []string{"ecr"} }, "prod.network.interfaceEndpoints[0]", "ecr", "unknown endpoint service"},
		{"s3 as interface endpoint", func(e *Environment) { e.Network.InterfaceEndpoints = []string{"s3"} }, "prod.network.interfaceEndpoints[0]", "s3", "gateway endpoint"},
		{"account id", func(e *Environment) { e.AccountID = "1234" }, "prod.accountID", "1234", "12-digit"},
		{"region", func(e *Environment) { e.Region = "useast1" }, "prod.region", "useast1", "not an AWS region"},
		{"name", func(e *Environment) { e.Name = "Prod" }, "Prod.name", "Prod", "lower-case"},
		{"eks version", func(e *Environment) { e.EKS.Version = "1.20" }, "prod.eks.version", "1.20", "not a version Keelson pins"},
		{"public endpoint to the world", func(e *Environment) {
			e.EKS.PublicEndpoint = true
			e.EKS.PublicAccessCIDRs = []string{"0.0.0.0/0"}
		}, "prod.eks.publicAccessCIDRs[0]", "0.0.0.0/0", "whole internet"},
		{"public endpoint without CIDRs", func(e *Environment) { e.EKS.PublicEndpoint = true }, "prod.eks.publicAccessCIDRs", "[]", "needs the CIDRs"},
		{"admin principal", func(e *Environment) { e.EKS.AdminPrincipalARNs = []string{"alice"} }, "prod.eks.adminPrincipalARNs[0]", "alice", "not an IAM role or user ARN"},
		{"no deletion protection in prod", func(e *Environment) { e.EKS.DeletionProtection = false }, "prod.eks.deletionProtection", "false", "must be protected"},
		{"spot with too few types", func(e *Environment) { e.EKS.NodeGroups[1].InstanceTypes = []string{"m6i.large"} }, "prod.eks.nodeGroups[1].instanceTypes", "[m6i.large]", "at least 4 instance types"},
		{"bad instance type", func(e *Environment) { e.EKS.NodeGroups[0].InstanceTypes = []string{"large"} }, "prod.eks.nodeGroups[0].instanceTypes[0]", "large", "not an EC2 instance type"},
		{"sizes out of order", func(e *Environment) { e.EKS.NodeGroups[0].DesiredSize = 9 }, "prod.eks.nodeGroups[0].minSize/desiredSize/maxSize", "3/9/6", "min ≤ desired ≤ max"},
		{"max unavailable", func(e *Environment) { e.EKS.NodeGroups[0].MaxUnavailablePercent = 50 }, "prod.eks.nodeGroups[0].maxUnavailablePercent", "50", "1-33"},
		{"disk size", func(e *Environment) { e.EKS.NodeGroups[0].DiskSizeGiB = 8 }, "prod.eks.nodeGroups[0].diskSizeGiB", "8", "20-16384"},
		{"duplicate group", func(e *Environment) { e.EKS.NodeGroups[1].Name = "system" }, "prod.eks.nodeGroups[1].name", "system", "another node group"},
		{"capacity type", func(e *Environment) { e.EKS.NodeGroups[0].CapacityType = "RESERVED" }, "prod.eks.nodeGroups[0].capacityType", "RESERVED", "must be"},
		{"no on-demand group", func(e *Environment) { e.EKS.NodeGroups = e.EKS.NodeGroups[1:] }, "prod.eks.nodeGroups", "1", "at least one ON_DEMAND group"},
		{"taint effect", func(e *Environment) { e.EKS.NodeGroups[0].Taints = []Taint{{Key: "k", Effect: "NoSchedule"}} }, "prod.eks.nodeGroups[0].taints[0].effect", "NoSchedule", "must be one of"},
		{"retention", func(e *Environment) { e.Logs.RetentionDays = 10 }, "prod.logs.retentionDays", "10", "not a CloudWatch retention"},
		{"bucket", func(e *Environment) { e.Backend.Bucket = "My_Bucket" }, "prod.backend.bucket", "My_Bucket", "not a valid S3 bucket name"},
		{"key prefix", func(e *Environment) { e.Backend.KeyPrefix = "/prod" }, "prod.backend.keyPrefix", "/prod", "leading or trailing"},
		{"kms alias", func(e *Environment) { e.Backend.KMSKeyAlias = "state" }, "prod.backend.kmsKeyAlias", "state", "alias/"},
		{"metrics retention", func(e *Environment) { e.Observability.MetricsRetentionDays = 0 }, "prod.observability.metricsRetentionDays", "0", "1-365"},
		{"prometheus volume", func(e *Environment) { e.Observability.PrometheusStorageGiB = 5 }, "prod.observability.prometheusStorageGiB", "5", "at least 10"},
		{"loki retention", func(e *Environment) { e.Observability.LogRetentionDays = 5000 }, "prod.observability.logRetentionDays", "5000", "1-3650"},
		{"replicas", func(e *Environment) { e.Observability.Replicas = 4 }, "prod.observability.replicas", "4", "1-3"},
		{"reserved tag", func(e *Environment) { e.Tags = map[string]string{"aws:owner": "x"} }, "prod.tags[aws:owner]", "aws:owner", "reserved"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := Prod()
			tc.edit(&env)
			err := env.Validate()
			require.Error(t, err)
			var ps Problems
			require.True(t, errors.As(err, &ps), "Validate returns Problems")
			found := false
			for _, p := range ps {
				if p.Path == tc.path {
					found = true
					assert.Equal(t, tc.value, p.Value, "value of %s", tc.path)
					assert.Contains(t, p.Reason, tc.reason, "reason for %s", tc.path)
				}
			}
			assert.True(t, found, "no problem at %s; got:\n%v", tc.path, err)
		})
	}
}

func TestValidateReportsEveryProblemOneLineEach(t *testing.T) {
	env := Prod()
	env.Network.CIDR = "10.0.0.0/33"
	env.AccountID = "x"
	env.Logs.RetentionDays = 2
	err := env.Validate()
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	assert.Len(t, lines, 3, "one line per problem:\n%v", err)
	assert.Contains(t, err.Error(), `prod.network.cidr "10.0.0.0/33": not a valid IPv4 CIDR`)
}

func TestValidateAllRejectsOverlappingEnvironments(t *testing.T) {
	dev, prod := Dev(), Prod()
	prod.Network.CIDR = "10.10.0.0/16"
	err := ValidateAll([]Environment{dev, prod})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `prod.network.cidr "10.10.0.0/16": overlaps dev's VPC`)

	prod = Prod()
	prod.Backend.KeyPrefix = "dev"
	err = ValidateAll([]Environment{dev, prod})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "state would collide")
}

func TestPlanSubnetsDefaultPlan(t *testing.T) {
	plan, err := Prod().Plan()
	require.NoError(t, err)
	want := map[Tier][]string{
		Public:       {"10.20.96.0/22", "10.20.100.0/22", "10.20.104.0/22"},
		Private:      {"10.20.0.0/19", "10.20.32.0/19", "10.20.64.0/19"},
		ControlPlane: {"10.20.108.0/26", "10.20.108.64/26", "10.20.108.128/26"},
	}
	for tier, cidrs := range want {
		got := plan.Tier(tier)
		require.Len(t, got, 3, "%s subnets", tier)
		for i, s := range got {
			assert.Equal(t, cidrs[i], s.CIDR.String(), "%s subnet %d", tier, i)
			assert.Equal(t, Prod().AvailabilityZones[i], s.AZ, "%s subnet %d AZ", tier, i)
		}
	}
	assert.Equal(t, uint64(65536-3*8192-3*1024-3*64), plan.Free())
	assert.Equal(t, uint64(8187), UsableIPs(plan.Tier(Private)[0].CIDR))
}

func TestPlanSubnetsNeverOverlapAndStayInside(t *testing.T) {
	azs := []string{"a", "b", "c"}
	for vpcBits := 16; vpcBits <= 24; vpcBits++ {
		for priv := vpcBits; priv <= 28; priv++ {
			for pub := priv; pub <= 28; pub++ {
				vpc := netip.PrefixFrom(netip.MustParseAddr("10.0.0.0"), vpcBits)
				plan, err := PlanSubnets(vpc, SubnetSizes{Private: priv, Public: pub, ControlPlane: 28}, azs)
				if err != nil {
					assert.Contains(t, err.Error(), "too small", "vpc /%d", vpcBits)
					continue
				}
				for i, a := range plan.Subnets {
					assert.True(t, vpc.Contains(a.CIDR.Addr()) && a.CIDR.Bits() >= vpc.Bits(), "%s outside %s", a.CIDR, vpc)
					assert.Equal(t, a.CIDR.Masked(), a.CIDR, "%s not aligned", a.CIDR)
					for _, b := range plan.Subnets[i+1:] {
						assert.False(t, a.CIDR.Overlaps(b.CIDR), "%s overlaps %s", a.CIDR, b.CIDR)
					}
				}
			}
		}
	}
}

func TestPlanSubnetsSaysHowBigTheVPCMustBe(t *testing.T) {
	_, err := PlanSubnets(netip.MustParsePrefix("10.0.0.0/20"), SubnetSizes{Private: 19, Public: 22, ControlPlane: 26}, []string{"a", "b", "c"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "need a /17 or larger")
}

func TestKubernetesVersionsPinEveryAddon(t *testing.T) {
	require.Contains(t, KubernetesVersions, DefaultKubernetesVersion)
	for v, kv := range KubernetesVersions {
		for name, pin := range map[string]string{"vpc-cni": kv.Addons.VPCCNI, "coredns": kv.Addons.CoreDNS, "kube-proxy": kv.Addons.KubeProxy, "ebs-csi": kv.Addons.EBSCSI} {
			assert.Regexp(t, `^v\d+\.\d+\.\d+-eksbuild\.\d+$`, pin, "%s add-on %s", v, name)
		}
		assert.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, kv.EndOfStandardSupport, "%s end of standard support", v)
		assert.True(t, strings.HasPrefix(kv.Addons.KubeProxy, "v"+v+"."), "kube-proxy %s must match cluster %s", kv.Addons.KubeProxy, v)
	}
}

func TestEKSValidateOnItsOwnUsesRelativePaths(t *testing.T) {
	k := Prod().EKS
	k.Version = "1.20"
	err := k.Validate(true)
	require.Error(t, err)
	assert.Equal(t, `eks.version "1.20": not a version Keelson pins add-ons for; use one of 1.33, 1.34, 1.35`, err.Error())
}
