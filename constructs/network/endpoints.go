package network

import (
	"fmt"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcendpoint"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupingressrule"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/internal/jsiix"
)

func (n *NetworkTier) createEndpoints() {
	// S3 through a gateway endpoint: free, and it carries ECR's image
	// layers and Loki's chunks off the NAT gateways' per-GB bill.
	var rtIDs []string
	for _, rt := range n.routeTables[config.Private] {
		rtIDs = append(rtIDs, *rt.Id())
	}
	s3 := vpcendpoint.NewVpcEndpoint(n.Construct, jsii.String("S3GatewayEndpoint"), &vpcendpoint.VpcEndpointConfig{
		VpcId:           n.vpc.Id(),
		ServiceName:     jsii.String(fmt.Sprintf("com.amazonaws.%s.s3", n.props.Region)),
		VpcEndpointType: jsii.String("Gateway"),
		RouteTableIds:   jsii.Strings(rtIDs...),
		Tags:            n.nameTag("s3"),
	})
	n.s3EndpointID = *s3.Id()
	if len(n.props.InterfaceEndpoints) == 0 {
		return
	}
	sg := securitygroup.NewSecurityGroup(n.Construct, jsii.String("EndpointSecurityGroup"), &securitygroup.SecurityGroupConfig{
		Name:        jsii.String(n.props.Name + "-vpc-endpoints"),
		Description: jsii.String("Interface VPC endpoints: HTTPS from inside the VPC only"),
		VpcId:       n.vpc.Id(),
		Tags:        n.nameTag("vpc-endpoints"),
	})
	n.endpointSG = *sg.Id()
	vpcsecuritygroupingressrule.NewVpcSecurityGroupIngressRule(n.Construct, jsii.String("EndpointIngressFromVpc"), &vpcsecuritygroupingressrule.VpcSecurityGroupIngressRuleConfig{
		SecurityGroupId: sg.Id(),
		Description:     jsii.String("HTTPS from the VPC to AWS service endpoints"),
		IpProtocol:      jsii.String("tcp"),
		FromPort:        jsii.Number(443),
		ToPort:          jsii.Number(443),
		CidrIpv4:        jsii.String(n.props.Plan.VPC.String()),
	})
	var subnetIDs []string
	for _, s := range n.subnets[config.Private] {
		subnetIDs = append(subnetIDs, *s.Id())
	}
	for _, svc := range n.props.InterfaceEndpoints {
		ep := vpcendpoint.NewVpcEndpoint(n.Construct, jsii.String(endpointID(svc)), &vpcendpoint.VpcEndpointConfig{
			VpcId:             n.vpc.Id(),
			ServiceName:       jsii.String(fmt.Sprintf("com.amazonaws.%s.%s", n.props.Region, svc)),
			VpcEndpointType:   jsii.String("Interface"),
			PrivateDnsEnabled: jsii.Bool(true),
			SubnetIds:         jsii.Strings(subnetIDs...),
			SecurityGroupIds:  jsii.Strings(*sg.Id()),
			Tags:              jsiix.StringMap(map[string]string{"Name": n.props.Name + "-" + svc}),
		})
		n.interfaceEPs[svc] = *ep.Id()
	}
}

// endpointID turns "ecr.api" into "EcrApiEndpoint": a stable construct ID
// derived from the service name, so adding or removing one endpoint never
// renames another.
func endpointID(service string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(service, func(r rune) bool { return r == '.' || r == '-' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String() + "Endpoint"
}
