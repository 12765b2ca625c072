package tests

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/cost"
	"github.com/keelson-dev/keelson/internal/synthout"
)

func estimate(t *testing.T, envs []config.Environment, name string) cost.Estimate {
	t.Helper()
	var dir string
	if len(envs) == 0 {
		s := synthesized(t)
		dir, envs = s.Dir, s.Envs
	} else {
		s, err := synthesize(envs)
		require.NoError(t, err)
		dir = s.Dir
	}
	stacks, err := synthout.Load(dir)
	require.NoError(t, err)
	all, err := cost.EstimateAll(envs, stacks, cost.USEast1)
	require.NoError(t, err)
	for _, e := range all {
		if e.Environment == name {
			return e
		}
	}
	t.Fatalf("no estimate for %s", name)
	return cost.Estimate{}
}

func line(e cost.Estimate, component string) float64 {
	for _, l := range e.Lines {
		if l.Component == component {
			return l.Monthly
		}
	}
	return 0
}

func TestCostEstimateHasEveryComponent(t *testing.T) {
	prod := estimate(t, nil, "prod")
	for _, c := range []string{"EKS control plane", "Nodes: system", "Nodes: workers", "NAT gateways", "Interface VPC endpoints", "CloudWatch Logs", "Load balancer (ALB)", "S3 (Loki chunks, backups, assets)"} {
		assert.Greater(t, line(prod, c), 0.0, "prod estimate lacks %q", c)
	}
	p := cost.USEast1
	assert.InDelta(t, p.EKSClusterHour*cost.HoursPerMonth, line(prod, "EKS control plane"), 0.001)
	assert.InDelta(t, 3*p.NATGatewayHour*cost.HoursPerMonth, line(prod, "NAT gateways"), 0.001, "three NAT gateways in prod")
	assert.InDelta(t, 9*3*p.InterfaceEndpointAZHour*cost.HoursPerMonth, line(prod, "Interface VPC endpoints"), 0.001, "9 endpoints × 3 AZs")
}

// Changing the config changes the estimate by exactly the price of the
// change: the estimate is computed from what is synthesized.
func TestCostFollowsConfig(t *testing.T) {
	before := estimate(t, nil, "dev")
	dev := config.Dev()
	dev.Network.NATMode = config.NATPerAZ
	dev.EKS.NodeGroups[0].DesiredSize++ // one more on-demand system node
	after := estimate(t, []config.Environment{dev}, "dev")

	p := cost.USEast1
	natDelta := 2 * (p.NATGatewayHour + p.PublicIPv4Hour) * cost.HoursPerMonth
	nodeType := dev.EKS.NodeGroups[0].InstanceTypes[0]
	nodeDelta := p.EC2Hour[nodeType]*cost.HoursPerMonth + float64(dev.EKS.NodeGroups[0].DiskSizeGiB)*p.EBSgp3GBMonth
	assert.InDelta(t, natDelta+nodeDelta, after.Total()-before.Total(), 0.001,
		"per-AZ NAT (+2 gateways and IPs) and one more %s", nodeType)
}
