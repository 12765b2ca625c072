// Package tenancy gives each team or service group its namespace
// (charts/tenancy): Pod Security Standards labels, a ResourceQuota and a
// LimitRange, default-deny NetworkPolicies with the allowances services
// need (DNS, the ALB, Prometheus, Kafka, HTTPS out), and RoleBindings of
// config-named groups.
package tenancy

import (
	"fmt"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/helmrelease"
)

// Values are charts/tenancy's values.
type Values struct {
	LoadBalancerCIDRs   []string      `json:"loadBalancerCIDRs"`
	KafkaCIDRs          []string      `json:"kafkaCIDRs"`
	KafkaNamespace      string        `json:"kafkaNamespace"`
	MonitoringNamespace string        `json:"monitoringNamespace"`
	MetricsPort         int           `json:"metricsPort"`
	Tenants             []TenantValue `json:"tenants"`
}

// TenantValue is one namespace.
type TenantValue struct {
	Name        string     `json:"name"`
	PodSecurity string     `json:"podSecurity"`
	Editors     []string   `json:"editors"`
	Viewers     []string   `json:"viewers"`
	Quota       QuotaValue `json:"quota"`
}

// QuotaValue is a ResourceQuota in Kubernetes quantities.
type QuotaValue struct {
	RequestsCPU    string `json:"requestsCPU"`
	RequestsMemory string `json:"requestsMemory"`
	LimitsCPU      string `json:"limitsCPU"`
	LimitsMemory   string `json:"limitsMemory"`
	Pods           int    `json:"pods"`
}

// ChartValues turns props into the chart's values.
func ChartValues(p Props) Values {
	p = p.withDefaults()
	v := Values{
		LoadBalancerCIDRs: p.LoadBalancerCIDRs, KafkaCIDRs: p.KafkaCIDRs, KafkaNamespace: p.KafkaNamespace,
		MonitoringNamespace: p.MonitoringNamespace, MetricsPort: p.MetricsPort,
	}
	for _, t := range p.Tenants {
		ps := string(t.PodSecurity)
		if ps == "" {
			ps = "restricted"
		}
		v.Tenants = append(v.Tenants, TenantValue{
			Name: t.Name, PodSecurity: ps,
			Editors: append([]string{}, t.Editors...), Viewers: append([]string{}, t.Viewers...),
			Quota: QuotaValue{
				RequestsCPU: fmt.Sprintf("%dm", t.Quota.RequestsCPU), LimitsCPU: fmt.Sprintf("%dm", t.Quota.LimitsCPU),
				RequestsMemory: fmt.Sprintf("%dMi", t.Quota.RequestsMemoryMiB), LimitsMemory: fmt.Sprintf("%dMi", t.Quota.LimitsMemoryMiB),
				Pods: t.Quota.Pods,
			},
		})
	}
	return v
}

// New installs the tenancy chart (release in keelson-system; its objects
// name their own namespaces).
func New(scope constructs.Construct, id string, props Props, dependsOn ...cdktf.ITerraformDependable) (cdktf.ITerraformDependable, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	return helmrelease.New(c, "Release", helmrelease.Spec{
		Name: "tenancy", Namespace: "keelson-system", LocalChart: "tenancy",
		Values:    ChartValues(props),
		Timeout:   5 * time.Minute,
		DependsOn: dependsOn,
	})
}
