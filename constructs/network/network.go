package network

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/defaultsecuritygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/eip"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/internetgateway"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/natgateway"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/route"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/routetable"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/routetableassociation"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/subnet"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpc"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/internal/jsiix"
)

// NetworkTier is a VPC with three subnet tiers over the plan's AZs.
type NetworkTier struct {
	constructs.Construct
	props         Props
	vpc           vpc.Vpc
	subnets       map[config.Tier][]subnet.Subnet
	natGateways   []natgateway.NatGateway
	routeTables   map[config.Tier][]routetable.RouteTable
	endpointSG    string
	interfaceEPs  map[string]string
	s3EndpointID  string
	flowLogGroup  string
	internetGatew internetgateway.InternetGateway
}

// New validates props and creates the network under scope/id.
func New(scope constructs.Construct, id string, props Props) (*NetworkTier, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	n := &NetworkTier{
		Construct:    c,
		props:        props,
		subnets:      map[config.Tier][]subnet.Subnet{},
		routeTables:  map[config.Tier][]routetable.RouteTable{},
		interfaceEPs: map[string]string{},
	}
	n.vpc = vpc.NewVpc(c, jsii.String("Vpc"), &vpc.VpcConfig{
		CidrBlock:          jsii.String(props.Plan.VPC.String()),
		EnableDnsHostnames: jsii.Bool(true), // interface endpoints' private DNS and EKS need both
		EnableDnsSupport:   jsii.Bool(true),
		Tags:               n.nameTag("vpc"),
	})
	// Managing the default security group strips its allow-all rules, so
	// nothing can fall back on it.
	defaultsecuritygroup.NewDefaultSecurityGroup(c, jsii.String("DefaultSecurityGroup"), &defaultsecuritygroup.DefaultSecurityGroupConfig{
		VpcId: n.vpc.Id(),
		Tags:  n.nameTag("default-deny-all"),
	})
	n.internetGatew = internetgateway.NewInternetGateway(c, jsii.String("InternetGateway"), &internetgateway.InternetGatewayConfig{
		VpcId: n.vpc.Id(),
		Tags:  n.nameTag("igw"),
	})
	n.createSubnets()
	n.createNAT()
	n.createRouteTables()
	n.createNetworkACLs()
	n.createEndpoints()
	if props.FlowLogs {
		n.createFlowLogs()
	}
	return n, nil
}

// tierIDs are the construct-ID stems of each tier: part of every address.
var tierIDs = map[config.Tier]string{config.Public: "Public", config.Private: "Private", config.ControlPlane: "ControlPlane"}

func (n *NetworkTier) createSubnets() {
	for _, tier := range config.Tiers {
		for i, s := range n.props.Plan.Tier(tier) {
			tags := map[string]string{
				"Name":         fmt.Sprintf("%s-%s-%s", n.props.Name, tier, s.AZ),
				"keelson/tier": string(tier),
			}
			switch tier {
			case config.Public:
				// The AWS Load Balancer Controller puts internet-facing ALBs here.
				tags["kubernetes.io/role/elb"] = "1"
				tags["kubernetes.io/cluster/"+n.props.ClusterName] = "shared"
			case config.Private:
				// Internal load balancers, and the subnets Karpenter launches into.
				tags["kubernetes.io/role/internal-elb"] = "1"
				tags["kubernetes.io/cluster/"+n.props.ClusterName] = "shared"
				tags["karpenter.sh/discovery"] = n.props.ClusterName
			}
			sn := subnet.NewSubnet(n.Construct, jsii.String(fmt.Sprintf("%sSubnet%d", tierIDs[tier], i)), &subnet.SubnetConfig{
				VpcId:            n.vpc.Id(),
				CidrBlock:        jsii.String(s.CIDR.String()),
				AvailabilityZone: jsii.String(s.AZ),
				// No subnet hands out public IPs, not even the public tier:
				// NAT gateways and load balancers bring their own.
				MapPublicIpOnLaunch: jsii.Bool(false),
				Tags:                jsiix.StringMap(tags),
			})
			n.subnets[tier] = append(n.subnets[tier], sn)
		}
	}
}

func (n *NetworkTier) createNAT() {
	count := 1
	if n.props.NATMode == config.NATPerAZ {
		count = len(n.subnets[config.Public])
	}
	for i := 0; i < count; i++ {
		ip := eip.NewEip(n.Construct, jsii.String(fmt.Sprintf("NatIp%d", i)), &eip.EipConfig{
			Domain: jsii.String("vpc"),
			Tags:   n.nameTag(fmt.Sprintf("nat-%d", i)),
		})
		n.natGateways = append(n.natGateways, natgateway.NewNatGateway(n.Construct, jsii.String(fmt.Sprintf("NatGateway%d", i)), &natgateway.NatGatewayConfig{
			AllocationId: ip.AllocationId(),
			SubnetId:     n.subnets[config.Public][i].Id(),
			Tags:         n.nameTag(fmt.Sprintf("nat-%d", i)),
			DependsOn:    &[]cdktf.ITerraformDependable{n.internetGatew},
		}))
	}
}

func (n *NetworkTier) createRouteTables() {
	// Public: one table, default route to the internet gateway.
	public := routetable.NewRouteTable(n.Construct, jsii.String("PublicRouteTable"), &routetable.RouteTableConfig{
		VpcId: n.vpc.Id(), Tags: n.nameTag("public"),
	})
	route.NewRoute(n.Construct, jsii.String("PublicDefaultRoute"), &route.RouteConfig{
		RouteTableId: public.Id(), DestinationCidrBlock: jsii.String("0.0.0.0/0"), GatewayId: n.internetGatew.Id(),
	})
	n.routeTables[config.Public] = []routetable.RouteTable{public}
	for i, s := range n.subnets[config.Public] {
		n.associate(fmt.Sprintf("PublicRouteTableAssociation%d", i), public, s)
	}
	// Private: a table per AZ, default route to that AZ's NAT gateway (or
	// the single one), so an AZ's egress never crosses zones when per-AZ.
	for i, s := range n.subnets[config.Private] {
		rt := routetable.NewRouteTable(n.Construct, jsii.String(fmt.Sprintf("PrivateRouteTable%d", i)), &routetable.RouteTableConfig{
			VpcId: n.vpc.Id(), Tags: n.nameTag(fmt.Sprintf("private-%d", i)),
		})
		nat := n.natGateways[min(i, len(n.natGateways)-1)]
		route.NewRoute(n.Construct, jsii.String(fmt.Sprintf("PrivateDefaultRoute%d", i)), &route.RouteConfig{
			RouteTableId: rt.Id(), DestinationCidrBlock: jsii.String("0.0.0.0/0"), NatGatewayId: nat.Id(),
		})
		n.routeTables[config.Private] = append(n.routeTables[config.Private], rt)
		n.associate(fmt.Sprintf("PrivateRouteTableAssociation%d", i), rt, s)
	}
	// Control plane: local routes only; the EKS control plane's interfaces
	// talk to nodes inside the VPC and nothing else.
	cp := routetable.NewRouteTable(n.Construct, jsii.String("ControlPlaneRouteTable"), &routetable.RouteTableConfig{
		VpcId: n.vpc.Id(), Tags: n.nameTag("control-plane"),
	})
	n.routeTables[config.ControlPlane] = []routetable.RouteTable{cp}
	for i, s := range n.subnets[config.ControlPlane] {
		n.associate(fmt.Sprintf("ControlPlaneRouteTableAssociation%d", i), cp, s)
	}
}

func (n *NetworkTier) associate(id string, rt routetable.RouteTable, s subnet.Subnet) {
	routetableassociation.NewRouteTableAssociation(n.Construct, jsii.String(id), &routetableassociation.RouteTableAssociationConfig{
		RouteTableId: rt.Id(), SubnetId: s.Id(),
	})
}

func (n *NetworkTier) nameTag(suffix string) *map[string]*string {
	return jsiix.StringMap(map[string]string{"Name": n.props.Name + "-" + suffix})
}
