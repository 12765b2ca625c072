package config

import (
	"strings"
	"testing"
)

func TestPlatformRefusesBadValues(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(e *Environment)
		path   string
		reason string
	}{
		{"unknown autoscaler", func(e *Environment) { e.Platform.Autoscaler = "fargate" }, "dev.platform.autoscaler", `must be "karpenter" or "cluster-autoscaler"`},
		{"system namespace", func(e *Environment) { e.Platform.Tenants[0].Name = "kube-system" }, "dev.platform.tenants[0].name", "system or platform namespace"},
		{"duplicate tenant", func(e *Environment) { e.Platform.Tenants[1].Name = e.Platform.Tenants[0].Name }, "dev.platform.tenants[1].name", "another tenant"},
		{"privileged", func(e *Environment) { e.Platform.Tenants[0].PodSecurity = "privileged" }, "dev.platform.tenants[0].podSecurity", "never a tenant's"},
		{"system group", func(e *Environment) { e.Platform.Tenants[0].Editors = []string{"system:masters"} }, "dev.platform.tenants[0].groups[0]", "not a system: group"},
		{"limits below requests", func(e *Environment) { e.Platform.Tenants[0].Quota.LimitsCPU = 100 }, "dev.platform.tenants[0].quota.requestsCPU/limitsCPU", "limits ≥ requests"},
		{"no on-demand pool", func(e *Environment) { e.Platform.Karpenter.OnDemandCPU = 0 }, "dev.platform.karpenter.onDemandCPU/onDemandMemoryGiB", "fallback"},
		{"half a spot limit", func(e *Environment) { e.Platform.Karpenter.SpotMemoryGiB = 0 }, "dev.platform.karpenter.spotCPU/spotMemoryGiB", "set both"},
		{"budget", func(e *Environment) { e.Platform.Karpenter.DisruptionPercent = 0 }, "dev.platform.karpenter.disruptionPercent", "1-100"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := Dev()
			tc.edit(&e)
			err := e.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			for _, p := range err.(Problems) {
				if p.Path == tc.path && strings.Contains(p.Reason, tc.reason) {
					return
				}
			}
			t.Fatalf("no problem at %s mentioning %q in:\n%v", tc.path, tc.reason, err)
		})
	}
}

func TestPlatformClusterAutoscalerIgnoresKarpenterPools(t *testing.T) {
	e := Dev()
	e.Platform.Autoscaler = AutoscalerClusterAutoscaler
	e.Platform.Karpenter = KarpenterPools{}
	if err := e.Validate(); err != nil {
		t.Fatal(err)
	}
}
