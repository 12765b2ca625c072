// Package karpenter is the Karpenter node autoscaler: NewAWS creates its
// controller role, node role, instance profile, node access entry, the SQS
// interruption queue with its EventBridge rules, and the discovery tag on
// the cluster security group (infra stack); New installs the controller
// and the NodePools/EC2NodeClass (charts/karpenter-nodepools) in the
// platform stack.
package karpenter

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatcheventrule"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatcheventtarget"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/ec2tag"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/eksaccessentry"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iaminstanceprofile"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicyattachment"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/sqsqueue"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/sqsqueuepolicy"

	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// DiscoveryTagKey selects the subnets and security groups Karpenter's
// nodes use (EC2NodeClass selector terms).
const DiscoveryTagKey = "karpenter.sh/discovery"

// nodePolicies match the managed node groups' (constructs/eks): join the
// cluster, pull images, Session Manager instead of SSH.
var nodePolicies = []string{"AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryPullOnly", "AmazonSSMManagedInstanceCore"}

// interruptionEvents are the EC2 and Health events Karpenter drains nodes
// on, by construct ID.
var interruptionEvents = []struct {
	id, source, detailType string
}{
	{"ScheduledChange", "aws.health", "AWS Health Event"},
	{"SpotInterruption", "aws.ec2", "EC2 Spot Instance Interruption Warning"},
	{"Rebalance", "aws.ec2", "EC2 Instance Rebalance Recommendation"},
	{"InstanceStateChange", "aws.ec2", "EC2 Instance State-change Notification"},
}

// AWS is Karpenter's AWS half.
type AWS struct {
	constructs.Construct
	props      AWSProps
	controller *eks.IRSARole
	nodeRole   iamrole.IamRole
	profile    iaminstanceprofile.IamInstanceProfile
	queue      sqsqueue.SqsQueue
}

// NewAWS validates props and creates the AWS resources under scope/id.
// Karpenter's nodes get their own role (not the managed node groups'):
// EKS already holds an access entry for that one, and a second entry for
// the same principal would fail to create.
func NewAWS(scope constructs.Construct, id string, props AWSProps) (*AWS, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	a := &AWS{Construct: c, props: props}
	name := props.ClusterName

	a.nodeRole = iamrole.NewIamRole(c, jsii.String("NodeRole"), &iamrole.IamRoleConfig{
		Name:             jsii.String(name + "-karpenter-node"),
		Description:      jsii.String("Nodes Karpenter launches for " + name),
		AssumeRolePolicy: jsii.String(iampolicy.ServiceTrust("ec2.amazonaws.com", "").JSON()),
	})
	for i, p := range nodePolicies {
		iamrolepolicyattachment.NewIamRolePolicyAttachment(c, jsii.String(fmt.Sprintf("NodeRolePolicy%d", i)), &iamrolepolicyattachment.IamRolePolicyAttachmentConfig{
			Role:      a.nodeRole.Name(),
			PolicyArn: jsii.String(fmt.Sprintf("arn:%s:iam::aws:policy/%s", props.Partition, p)),
		})
	}
	a.profile = iaminstanceprofile.NewIamInstanceProfile(c, jsii.String("InstanceProfile"), &iaminstanceprofile.IamInstanceProfileConfig{
		Name: jsii.String(name + "-karpenter-node"),
		Role: a.nodeRole.Name(),
	})
	// Lets the nodes join: EC2_LINUX entries map the role to the
	// system:nodes group, as EKS does for managed node groups.
	eksaccessentry.NewEksAccessEntry(c, jsii.String("NodeAccessEntry"), &eksaccessentry.EksAccessEntryConfig{
		ClusterName:  jsii.String(props.Cluster.ClusterName()),
		PrincipalArn: a.nodeRole.Arn(),
		Type:         jsii.String("EC2_LINUX"),
	})
	// The private subnets carry the tag already (constructs/network); the
	// cluster security group gets it here, so nodes can reach the control
	// plane and each other.
	ec2tag.NewEc2Tag(c, jsii.String("ClusterSecurityGroupDiscoveryTag"), &ec2tag.Ec2TagConfig{
		ResourceId: jsii.String(props.Cluster.ClusterSecurityGroupID()),
		Key:        jsii.String(DiscoveryTagKey),
		Value:      jsii.String(name),
	})

	a.queue = sqsqueue.NewSqsQueue(c, jsii.String("InterruptionQueue"), &sqsqueue.SqsQueueConfig{
		Name: jsii.String(name + "-karpenter"),
		// Events older than five minutes are stale: the instance is gone.
		MessageRetentionSeconds: jsii.Number(300),
		SqsManagedSseEnabled:    jsii.Bool(true),
	})
	sqsqueuepolicy.NewSqsQueuePolicy(c, jsii.String("InterruptionQueuePolicy"), &sqsqueuepolicy.SqsQueuePolicyConfig{
		QueueUrl: a.queue.Url(),
		Policy: jsii.String(iampolicy.New(
			iampolicy.Statement{
				Sid: "EventBridgeAndSQS", Effect: "Allow",
				Principal: &iampolicy.Principal{Service: []string{"events.amazonaws.com", "sqs.amazonaws.com"}},
				Action:    []string{"sqs:SendMessage"},
				Resource:  []string{*a.queue.Arn()},
			},
			iampolicy.Statement{
				Sid: "DenyInsecureTransport", Effect: "Deny",
				Principal: &iampolicy.Principal{AWS: []string{fmt.Sprintf("arn:%s:iam::%s:root", props.Partition, props.AccountID)}},
				Action:    []string{"sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"},
				Resource:  []string{*a.queue.Arn()},
				Condition: map[string]map[string]any{"Bool": {"aws:SecureTransport": "false"}},
			},
		).JSON()),
	})
	for _, ev := range interruptionEvents {
		pattern := fmt.Sprintf(`{"source":[%q],"detail-type":[%q]}`, ev.source, ev.detailType)
		rule := cloudwatcheventrule.NewCloudwatchEventRule(c, jsii.String(ev.id+"Rule"), &cloudwatcheventrule.CloudwatchEventRuleConfig{
			Name:         jsii.String(fmt.Sprintf("%s-karpenter-%s", name, ev.id)),
			Description:  jsii.String(fmt.Sprintf("%s to Karpenter's interruption queue (%s)", ev.detailType, name)),
			EventPattern: jsii.String(pattern),
		})
		cloudwatcheventtarget.NewCloudwatchEventTarget(c, jsii.String(ev.id+"Target"), &cloudwatcheventtarget.CloudwatchEventTargetConfig{
			Rule:     rule.Name(),
			TargetId: jsii.String("KarpenterInterruptionQueue"),
			Arn:      a.queue.Arn(),
		})
	}

	role, err := props.Cluster.NewIRSARole("KarpenterControllerRole", eks.IRSARoleProps{
		Name:        name + "-karpenter",
		Description: "Karpenter launches and terminates the nodes of " + name,
		Namespace:   props.Namespace, ServiceAccount: props.ServiceAccount,
		PolicyJSON: controllerPolicy(props, *a.nodeRole.Arn(), *a.profile.Arn(), *a.queue.Arn()).JSON(),
	})
	if err != nil {
		return nil, err
	}
	a.controller = role
	return a, nil
}

// ControllerRoleARN is the role the controller's service account assumes.
func (a *AWS) ControllerRoleARN() string { return a.controller.ARN() }

// InstanceProfile is the node instance profile's name (EC2NodeClass).
func (a *AWS) InstanceProfile() string { return *a.profile.Name() }

// InterruptionQueue is the SQS queue's name (settings.interruptionQueue).
func (a *AWS) InterruptionQueue() string { return *a.queue.Name() }

// NodeRoleARN is the role of the nodes Karpenter launches.
func (a *AWS) NodeRoleARN() string { return *a.nodeRole.Arn() }
