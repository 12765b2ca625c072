package tests

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/config"
)

func TestNetworkTier(t *testing.T) {
	s := synthesized(t)
	cases := []struct {
		env           string
		nat           int
		minEndpoints  int // interface endpoints
		privateRoutes int
	}{
		{"dev", 1, 0, 3},
		{"prod", 3, 5, 3},
	}
	for _, tc := range cases {
		t.Run(tc.env, func(t *testing.T) {
			e := env(t, tc.env)
			st := s.Stack(t, tc.env+"-infra")
			plan, err := e.Plan()
			require.NoError(t, err)

			vpcs := st.Resources("aws_vpc")
			require.Len(t, vpcs, 1, "one VPC")
			assert.Equal(t, e.Network.CIDR, str(vpcs[0].Body, "cidr_block"), "VPC CIDR")

			subnets := st.Resources("aws_subnet")
			require.Len(t, subnets, 9, "3 tiers × 3 AZs")
			want := map[string]string{}
			for _, sn := range plan.Subnets {
				want[sn.CIDR.String()] = fmt.Sprintf("%s/%s", sn.Tier, sn.AZ)
			}
			for _, sn := range subnets {
				tier := sn.Body["tags"].(map[string]any)["keelson/tier"]
				got := fmt.Sprintf("%s/%s", tier, str(sn.Body, "availability_zone"))
				assert.Equal(t, want[str(sn.Body, "cidr_block")], got, "%s: CIDR %s planned for another tier/AZ", sn, str(sn.Body, "cidr_block"))
				assert.Equal(t, false, sn.Body["map_public_ip_on_launch"], "%s must not hand out public IPs", sn)
			}

			assert.Len(t, st.Resources("aws_nat_gateway"), tc.nat, "NAT gateways (%s)", e.Network.NATMode)
			assert.Len(t, st.Resources("aws_eip"), tc.nat, "one Elastic IP per NAT gateway")
			assert.Len(t, st.Resources("aws_internet_gateway"), 1, "internet gateway")

			var gateways, interfaces int
			for _, ep := range st.Resources("aws_vpc_endpoint") {
				switch str(ep.Body, "vpc_endpoint_type") {
				case "Gateway":
					gateways++
					assert.Equal(t, "com.amazonaws."+e.Region+".s3", str(ep.Body, "service_name"))
					assert.Len(t, list(ep.Body, "route_table_ids"), tc.privateRoutes, "S3 gateway on every private route table")
				case "Interface":
					interfaces++
					assert.Equal(t, true, ep.Body["private_dns_enabled"], "%s private DNS", ep)
					assert.Len(t, list(ep.Body, "subnet_ids"), 3, "%s in every private subnet", ep)
				}
			}
			assert.Equal(t, 1, gateways, "the free S3 gateway endpoint")
			assert.Equal(t, len(e.Network.InterfaceEndpoints), interfaces, "interface endpoints from config")
			assert.GreaterOrEqual(t, interfaces, tc.minEndpoints, "interface endpoints")

			assert.Len(t, st.Resources("aws_flow_log"), 1, "flow logs")
			assert.Len(t, st.Resources("aws_network_acl"), 3, "one NACL per tier")
			assert.Len(t, st.Resources("aws_default_security_group"), 1, "default security group managed (emptied)")
		})
	}
}

func TestNetworkSubnetDiscoveryTags(t *testing.T) {
	s := synthesized(t)
	for _, e := range config.Presets() {
		st := s.Stack(t, e.Name+"-infra")
		for _, sn := range st.Resources("aws_subnet") {
			tags := sn.Body["tags"].(map[string]any)
			switch tags["keelson/tier"] {
			case "public":
				assert.Equal(t, "1", tags["kubernetes.io/role/elb"], "%s: internet-facing ALBs discover public subnets by this tag", sn)
				assert.Nil(t, tags["karpenter.sh/discovery"], "%s: Karpenter must never launch nodes in public subnets", sn)
			case "private":
				assert.Equal(t, "1", tags["kubernetes.io/role/internal-elb"], "%s internal-elb tag", sn)
				assert.Equal(t, e.ClusterName(), tags["karpenter.sh/discovery"], "%s: Karpenter discovers node subnets by this tag", sn)
			case "control-plane":
				assert.Nil(t, tags["karpenter.sh/discovery"], "%s", sn)
				assert.Nil(t, tags["kubernetes.io/role/elb"], "%s", sn)
			default:
				t.Errorf("%s has no keelson/tier tag", sn)
			}
		}
	}
}

// The private tier's route tables send 0.0.0.0/0 to a NAT gateway; the
// control-plane tier has no default route at all.
func TestNetworkRoutes(t *testing.T) {
	s := synthesized(t)
	st := s.Stack(t, "prod-infra")
	var toNAT, toIGW int
	for _, r := range st.Resources("aws_route") {
		require.Equal(t, "0.0.0.0/0", str(r.Body, "destination_cidr_block"), "%s", r)
		switch {
		case r.Body["nat_gateway_id"] != nil:
			toNAT++
		case r.Body["gateway_id"] != nil:
			toIGW++
		}
	}
	assert.Equal(t, 3, toNAT, "one private default route per AZ")
	assert.Equal(t, 1, toIGW, "one public default route")
	assert.Len(t, st.Resources("aws_route_table"), 5, "public, 3 private, control-plane")
}
