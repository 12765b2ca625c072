package network

import (
	"github.com/keelson-dev/keelson/config"
)

// VpcID is the VPC's ID.
func (n *NetworkTier) VpcID() string { return *n.vpc.Id() }

// CIDR is the VPC's IPv4 range.
func (n *NetworkTier) CIDR() string { return n.props.Plan.VPC.String() }

// Plan is the subnet plan the network was built from.
func (n *NetworkTier) Plan() config.SubnetPlan { return n.props.Plan }

// AvailabilityZones are the AZs, in plan order.
func (n *NetworkTier) AvailabilityZones() []string {
	var azs []string
	for _, s := range n.props.Plan.Tier(config.Private) {
		azs = append(azs, s.AZ)
	}
	return azs
}

// PublicSubnetIDs are the public subnets, one per AZ.
func (n *NetworkTier) PublicSubnetIDs() []string { return n.subnetIDs(config.Public) }

// PrivateSubnetIDs are the private subnets, one per AZ.
func (n *NetworkTier) PrivateSubnetIDs() []string { return n.subnetIDs(config.Private) }

// ControlPlaneSubnetIDs are the control-plane (intra) subnets, one per AZ.
func (n *NetworkTier) ControlPlaneSubnetIDs() []string { return n.subnetIDs(config.ControlPlane) }

// PrivateRouteTableIDs are the private route tables, one per AZ.
func (n *NetworkTier) PrivateRouteTableIDs() []string {
	var ids []string
	for _, rt := range n.routeTables[config.Private] {
		ids = append(ids, *rt.Id())
	}
	return ids
}

// EndpointSecurityGroupID is the interface endpoints' security group, or
// "" when there are no interface endpoints.
func (n *NetworkTier) EndpointSecurityGroupID() string { return n.endpointSG }

// InterfaceEndpointID is the ID of one service's interface endpoint, or ""
// when that service has none.
func (n *NetworkTier) InterfaceEndpointID(service string) string { return n.interfaceEPs[service] }

// NATGatewayCount is how many NAT gateways the network has.
func (n *NetworkTier) NATGatewayCount() int { return len(n.natGateways) }

// FlowLogGroupName is the flow logs' log group, or "" without flow logs.
func (n *NetworkTier) FlowLogGroupName() string { return n.flowLogGroup }

func (n *NetworkTier) subnetIDs(t config.Tier) []string {
	var ids []string
	for _, s := range n.subnets[t] {
		ids = append(ids, *s.Id())
	}
	return ids
}
