package config

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Autoscaler is what adds and removes nodes when pods do not fit.
type Autoscaler string

const (
	// AutoscalerKarpenter provisions right-sized EC2 instances directly
	// from pending pods' requests (NodePools in the platform stack). The
	// default: faster, bin-packs, mixes spot and on-demand, consolidates.
	AutoscalerKarpenter Autoscaler = "karpenter"
	// AutoscalerClusterAutoscaler resizes the managed node groups' Auto
	// Scaling groups. Simpler, slower, bound to the groups' instance types.
	AutoscalerClusterAutoscaler Autoscaler = "cluster-autoscaler"
)

// Platform is what runs inside the cluster: the node autoscaler and the
// tenants' namespaces (constructs/addons, the <env>-platform stack).
type Platform struct {
	// Autoscaler is AutoscalerKarpenter or AutoscalerClusterAutoscaler.
	// Default: karpenter in both presets (help/platform.md says why).
	Autoscaler Autoscaler
	// Karpenter sizes the spot and on-demand NodePools. Used with
	// AutoscalerKarpenter only.
	Karpenter KarpenterPools
	// Tenants are the teams or service groups, one namespace each.
	// Default: the example services' "orders" and "payments".
	Tenants []Tenant
}

// KarpenterPools bound what Karpenter may launch.
type KarpenterPools struct {
	// SpotCPU and SpotMemoryGiB cap the spot pool's total vCPU and memory
	// (a runaway deployment cannot buy the region). Default: 32/128 in dev,
	// 128/512 in prod.
	SpotCPU, SpotMemoryGiB int
	// OnDemandCPU and OnDemandMemoryGiB cap the on-demand pool, used when
	// spot is short or a pod requires on-demand. Default: 16/64 in dev,
	// 64/256 in prod.
	OnDemandCPU, OnDemandMemoryGiB int
	// DisruptionPercent is the share of a pool's nodes Karpenter may
	// disrupt at once (consolidation, drift, expiry), 1-100. Default: 20
	// in dev, 10 in prod.
	DisruptionPercent int
	// BusinessHoursFreeze stops consolidation of underutilized nodes
	// 09:00-17:00 UTC on weekdays (empty and drifted nodes still go).
	// Default: false in dev, true in prod.
	BusinessHoursFreeze bool
}

// PodSecurity is a Pod Security Standards level.
type PodSecurity string

// The Pod Security Standards levels a tenant namespace may enforce.
const (
	PodSecurityRestricted PodSecurity = "restricted"
	PodSecurityBaseline   PodSecurity = "baseline"
)

// Tenant is one team or service group: a namespace with quotas, network
// isolation and RBAC.
type Tenant struct {
	// Name is the namespace: a DNS label, 2-40 characters, not a system
	// namespace. Required.
	Name string
	// PodSecurity is the level the namespace enforces. Default:
	// "restricted" (the nestjs-service chart meets it).
	PodSecurity PodSecurity
	// Editors are Kubernetes groups (from EKS access entries) bound to
	// the "edit" ClusterRole in the namespace. Default: none.
	Editors []string
	// Viewers are Kubernetes groups bound to "view". Default: none.
	Viewers []string
	// Quota caps the namespace's requests, limits and pods.
	Quota Quota
}

// Quota is a namespace's ResourceQuota; the LimitRange defaults derive
// from it.
type Quota struct {
	// RequestsCPU and LimitsCPU are in millicores, LimitsCPU ≥ RequestsCPU.
	// Default: 4000/8000 in dev, 16000/32000 in prod.
	RequestsCPU, LimitsCPU int
	// RequestsMemoryMiB and LimitsMemoryMiB, LimitsMemoryMiB ≥ requests.
	// Default: 8192/16384 in dev, 32768/65536 in prod.
	RequestsMemoryMiB, LimitsMemoryMiB int
	// Pods caps the pod count, 1-1000. Default: 50 in dev, 200 in prod.
	Pods int
}

var (
	tenantRE     = regexp.MustCompile(`^[a-z][a-z0-9-]{0,38}[a-z0-9]$`)
	k8sGroupRE   = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9:._-]{0,62}$`)
	systemTenant = []string{"default", "kube-system", "kube-public", "kube-node-lease", "karpenter", "keda",
		"external-secrets", "monitoring", "kafka", "strimzi", "keelson-system"}
)

func (p Platform) validate(c *problems) {
	switch p.Autoscaler {
	case AutoscalerKarpenter:
		p.Karpenter.validate(c)
	case AutoscalerClusterAutoscaler:
	default:
		c.add("platform.autoscaler", p.Autoscaler, "must be %q or %q", AutoscalerKarpenter, AutoscalerClusterAutoscaler)
	}
	seen := map[string]bool{}
	for i, t := range p.Tenants {
		f := fmt.Sprintf("platform.tenants[%d].", i)
		switch {
		case !tenantRE.MatchString(t.Name):
			c.add(f+"name", t.Name, "must be a namespace name: 2-40 lower-case letters, digits or dashes, starting with a letter")
		case slices.Contains(systemTenant, t.Name):
			c.add(f+"name", t.Name, "is a system or platform namespace; pick the team's own name")
		case seen[t.Name]:
			c.add(f+"name", t.Name, "another tenant has this name")
		}
		seen[t.Name] = true
		switch t.PodSecurity {
		case PodSecurityRestricted, PodSecurityBaseline:
		default:
			c.add(f+"podSecurity", t.PodSecurity, "must be %q or %q (privileged is never a tenant's)", PodSecurityRestricted, PodSecurityBaseline)
		}
		for j, g := range append(append([]string(nil), t.Editors...), t.Viewers...) {
			if !k8sGroupRE.MatchString(g) || strings.HasPrefix(g, "system:") {
				c.add(fmt.Sprintf("%sgroups[%d]", f, j), g, "must be a Kubernetes group name (letters, digits, ':', '.', '_', '-'), not a system: group")
			}
		}
		q := t.Quota
		if q.RequestsCPU < 100 || q.LimitsCPU < q.RequestsCPU {
			c.add(f+"quota.requestsCPU/limitsCPU", fmt.Sprintf("%d/%d", q.RequestsCPU, q.LimitsCPU), "need requests ≥ 100 millicores and limits ≥ requests")
		}
		if q.RequestsMemoryMiB < 128 || q.LimitsMemoryMiB < q.RequestsMemoryMiB {
			c.add(f+"quota.requestsMemoryMiB/limitsMemoryMiB", fmt.Sprintf("%d/%d", q.RequestsMemoryMiB, q.LimitsMemoryMiB), "need requests ≥ 128 MiB and limits ≥ requests")
		}
		if q.Pods < 1 || q.Pods > 1000 {
			c.add(f+"quota.pods", q.Pods, "must be 1-1000")
		}
	}
}

func (k KarpenterPools) validate(c *problems) {
	if k.SpotCPU < 0 || k.SpotMemoryGiB < 0 || k.SpotCPU == 0 != (k.SpotMemoryGiB == 0) {
		c.add("platform.karpenter.spotCPU/spotMemoryGiB", fmt.Sprintf("%d/%d", k.SpotCPU, k.SpotMemoryGiB), "set both (a positive limit) or neither (0: no spot pool)")
	}
	if k.OnDemandCPU < 2 || k.OnDemandMemoryGiB < 4 {
		c.add("platform.karpenter.onDemandCPU/onDemandMemoryGiB", fmt.Sprintf("%d/%d", k.OnDemandCPU, k.OnDemandMemoryGiB), "the on-demand pool needs at least 2 vCPU and 4 GiB: it is the fallback when spot is short")
	}
	if k.DisruptionPercent < 1 || k.DisruptionPercent > 100 {
		c.add("platform.karpenter.disruptionPercent", k.DisruptionPercent, "must be 1-100")
	}
}

// defaultTenants are the example services' namespaces.
func defaultTenants(production bool) []Tenant {
	q := Quota{RequestsCPU: 4000, LimitsCPU: 8000, RequestsMemoryMiB: 8192, LimitsMemoryMiB: 16384, Pods: 50}
	if production {
		q = Quota{RequestsCPU: 16000, LimitsCPU: 32000, RequestsMemoryMiB: 32768, LimitsMemoryMiB: 65536, Pods: 200}
	}
	var out []Tenant
	for _, name := range []string{"orders", "payments"} {
		out = append(out, Tenant{
			Name: name, PodSecurity: PodSecurityRestricted,
			Editors: []string{"keelson:" + name + "-developers"}, Viewers: []string{"keelson:readers"},
			Quota: q,
		})
	}
	return out
}
