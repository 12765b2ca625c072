// Package network provides NetworkTier: a VPC over several availability
// zones with public, private and control-plane subnets, NAT, route tables,
// network ACLs per tier, VPC endpoints and flow logs.
package network

import "github.com/keelson-dev/keelson/config"

// Props configure a NetworkTier.
type Props struct {
	// Name prefixes the Name tag of every resource, e.g. "keelson-dev".
	// Required.
	Name string
	// Region hosts the VPC; endpoint service names are built from it.
	// Required.
	Region string
	// AccountID owns the VPC (for the flow-log role's confused-deputy
	// guard). Required.
	AccountID string
	// Plan is the subnet plan, from config.PlanSubnets or
	// Environment.Plan. Required: every tier in at least 2 AZs.
	Plan config.SubnetPlan
	// NATMode is config.NATPerAZ or config.NATSingle. Default: NATPerAZ.
	NATMode config.NATMode
	// InterfaceEndpoints are the services reached through interface
	// endpoints (see config.KnownInterfaceEndpoints). The S3 gateway
	// endpoint is always created. Default: none.
	InterfaceEndpoints []string
	// ClusterName is the EKS cluster whose load balancers and Karpenter
	// nodes use these subnets: it is written into the discovery tags.
	// Required.
	ClusterName string
	// FlowLogs sends VPC flow logs to CloudWatch Logs. Default: false
	// (the presets turn it on).
	FlowLogs bool
	// LogRetentionDays keeps flow logs this long. Required with FlowLogs.
	LogRetentionDays int
	// LogsKeyARN encrypts the flow-log group (a key whose policy lets
	// CloudWatch Logs use it, see kmskey.Props.AllowCloudWatchLogs).
	// Required with FlowLogs.
	LogsKeyARN string
}

func (p Props) withDefaults() Props {
	if p.NATMode == "" {
		p.NATMode = config.NATPerAZ
	}
	p.InterfaceEndpoints = append([]string(nil), p.InterfaceEndpoints...)
	p.Plan.Subnets = append([]config.Subnet(nil), p.Plan.Subnets...)
	return p
}
