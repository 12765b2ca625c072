package network

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/flowlog"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"

	"github.com/keelson-dev/keelson/internal/iampolicy"
)

func (n *NetworkTier) createFlowLogs() {
	group := cloudwatchloggroup.NewCloudwatchLogGroup(n.Construct, jsii.String("FlowLogGroup"), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Name:            jsii.String(fmt.Sprintf("/keelson/%s/vpc-flow-logs", n.props.Name)),
		RetentionInDays: jsii.Number(float64(n.props.LogRetentionDays)),
		KmsKeyId:        jsii.String(n.props.LogsKeyARN),
	})
	n.flowLogGroup = *group.Name()
	role := iamrole.NewIamRole(n.Construct, jsii.String("FlowLogRole"), &iamrole.IamRoleConfig{
		Name:             jsii.String(n.props.Name + "-vpc-flow-logs"),
		Description:      jsii.String("Lets VPC Flow Logs write to its log group"),
		AssumeRolePolicy: jsii.String(iampolicy.ServiceTrust("vpc-flow-logs.amazonaws.com", n.props.AccountID).JSON()),
	})
	iamrolepolicy.NewIamRolePolicy(n.Construct, jsii.String("FlowLogRolePolicy"), &iamrolepolicy.IamRolePolicyConfig{
		Name: jsii.String("write-flow-logs"),
		Role: role.Id(),
		Policy: jsii.String(iampolicy.New(iampolicy.Allow("WriteFlowLogs",
			[]string{"logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"},
			*group.Arn()+":*")).JSON()),
	})
	flowlog.NewFlowLog(n.Construct, jsii.String("FlowLog"), &flowlog.FlowLogConfig{
		VpcId:                  n.vpc.Id(),
		TrafficType:            jsii.String("ALL"),
		LogDestinationType:     jsii.String("cloud-watch-logs"),
		LogDestination:         group.Arn(),
		IamRoleArn:             role.Arn(),
		MaxAggregationInterval: jsii.Number(60),
		Tags:                   n.nameTag("flow-logs"),
	})
}
