package tenancy

import "github.com/keelson-dev/keelson/config"

// Props configure the tenants' namespaces.
type Props struct {
	// Tenants from config. Required: at least one.
	Tenants []config.Tenant
	// LoadBalancerCIDRs may reach the tenants' pods: the ALB sends from
	// its addresses in the VPC (IP targets). Required.
	LoadBalancerCIDRs []string
	// KafkaCIDRs are where MSK brokers live (the VPC's private subnets).
	// Default: none (Strimzi: KafkaNamespace instead).
	KafkaCIDRs []string
	// KafkaNamespace holds in-cluster brokers (Strimzi). Default: none.
	KafkaNamespace string
	// MonitoringNamespace may scrape the pods' metrics port. Default:
	// "monitoring".
	MonitoringNamespace string
	// MetricsPort is the services' Prometheus port. Default: 9464 (the
	// OpenTelemetry Prometheus exporter's, as in charts/nestjs-service).
	MetricsPort int
}

func (p Props) withDefaults() Props {
	if p.MonitoringNamespace == "" {
		p.MonitoringNamespace = "monitoring"
	}
	if p.MetricsPort == 0 {
		p.MetricsPort = 9464
	}
	p.Tenants = append([]config.Tenant(nil), p.Tenants...)
	p.LoadBalancerCIDRs = append([]string(nil), p.LoadBalancerCIDRs...)
	p.KafkaCIDRs = append([]string{}, p.KafkaCIDRs...)
	return p
}
