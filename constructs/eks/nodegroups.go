package eks

import (
	"fmt"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/eksnodegroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicyattachment"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/launchtemplate"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/internal/iampolicy"
	"github.com/keelson-dev/keelson/internal/jsiix"
)

// nodePolicies are the node role's managed policies: join the cluster,
// pull images, and be reachable through Session Manager instead of SSH.
// Pod networking permissions live on the VPC CNI's own IRSA role.
var nodePolicies = []string{"AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryPullOnly", "AmazonSSMManagedInstanceCore"}

func (k *EksCluster) createNodeGroups() {
	k.nodeRole = iamrole.NewIamRole(k.Construct, jsii.String("NodeRole"), &iamrole.IamRoleConfig{
		Name:             jsii.String(k.props.Name + "-node"),
		Description:      jsii.String("Managed node groups of " + k.props.Name),
		AssumeRolePolicy: jsii.String(iampolicy.ServiceTrust("ec2.amazonaws.com", "").JSON()),
	})
	after := append([]cdktf.ITerraformDependable(nil), k.bootstrapAddons...)
	for i, p := range nodePolicies {
		after = append(after, iamrolepolicyattachment.NewIamRolePolicyAttachment(k.Construct, jsii.String(fmt.Sprintf("NodeRolePolicy%d", i)), &iamrolepolicyattachment.IamRolePolicyAttachmentConfig{
			Role:      k.nodeRole.Name(),
			PolicyArn: jsii.String(k.managedPolicy(p)),
		}))
	}
	for _, g := range k.props.NodeGroups {
		k.nodeGroups = append(k.nodeGroups, k.nodeGroup(g, after))
	}
}

// groupID turns "workers" into "Workers": node groups are keyed by their
// name, so adding a group never renames another.
func groupID(name string) string {
	var b strings.Builder
	for _, part := range strings.Split(name, "-") {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func (k *EksCluster) nodeGroup(g config.NodeGroup, after []cdktf.ITerraformDependable) eksnodegroup.EksNodeGroup {
	id := groupID(g.Name)
	tags := jsiix.StringMap(jsiix.Merge(k.props.Tags, map[string]string{
		"Name": fmt.Sprintf("%s-%s", k.props.Name, g.Name),
	}))
	lt := launchtemplate.NewLaunchTemplate(k.Construct, jsii.String(id+"LaunchTemplate"), &launchtemplate.LaunchTemplateConfig{
		Name:        jsii.String(fmt.Sprintf("%s-%s", k.props.Name, g.Name)),
		Description: jsii.String(fmt.Sprintf("Node group %s of %s: IMDSv2 only, encrypted gp3 root", g.Name, k.props.Name)),
		MetadataOptions: &launchtemplate.LaunchTemplateMetadataOptions{
			HttpEndpoint: jsii.String("enabled"),
			HttpTokens:   jsii.String("required"),
			// Hop limit 1: pods cannot reach the node's credentials through
			// IMDS; they get their own through IRSA.
			HttpPutResponseHopLimit: jsii.Number(1),
		},
		BlockDeviceMappings: &[]*launchtemplate.LaunchTemplateBlockDeviceMappings{{
			DeviceName: jsii.String("/dev/xvda"),
			Ebs: &launchtemplate.LaunchTemplateBlockDeviceMappingsEbs{
				VolumeSize:          jsii.Number(float64(g.DiskSizeGiB)),
				VolumeType:          jsii.String("gp3"),
				Encrypted:           jsii.String("true"),
				DeleteOnTermination: jsii.String("true"),
			},
		}},
		TagSpecifications: &[]*launchtemplate.LaunchTemplateTagSpecifications{
			{ResourceType: jsii.String("instance"), Tags: tags},
			{ResourceType: jsii.String("volume"), Tags: tags},
		},
		UpdateDefaultVersion: jsii.Bool(true),
	})
	var taints []*eksnodegroup.EksNodeGroupTaint
	for _, t := range g.Taints {
		taint := &eksnodegroup.EksNodeGroupTaint{Key: jsii.String(t.Key), Effect: jsii.String(t.Effect)}
		if t.Value != "" {
			taint.Value = jsii.String(t.Value)
		}
		taints = append(taints, taint)
	}
	cfg := &eksnodegroup.EksNodeGroupConfig{
		ClusterName:   k.cluster.Name(),
		NodeGroupName: jsii.String(g.Name),
		NodeRoleArn:   k.nodeRole.Arn(),
		SubnetIds:     jsii.Strings(k.props.Network.PrivateSubnetIDs()...),
		CapacityType:  jsii.String(string(g.CapacityType)),
		InstanceTypes: jsii.Strings(g.InstanceTypes...),
		AmiType:       jsii.String("AL2023_x86_64_STANDARD"),
		ScalingConfig: &eksnodegroup.EksNodeGroupScalingConfig{
			MinSize:     jsii.Number(float64(g.MinSize)),
			DesiredSize: jsii.Number(float64(g.DesiredSize)),
			MaxSize:     jsii.Number(float64(g.MaxSize)),
		},
		UpdateConfig: &eksnodegroup.EksNodeGroupUpdateConfig{
			MaxUnavailablePercentage: jsii.Number(float64(g.MaxUnavailablePercent)),
		},
		LaunchTemplate: &eksnodegroup.EksNodeGroupLaunchTemplate{
			Id:      lt.Id(),
			Version: cdktf.Token_AsString(lt.LatestVersion(), nil),
		},
		Labels: jsiix.StringMap(g.Labels),
		// Autoscalers move desired size; a plan must not move it back.
		Lifecycle: &cdktf.TerraformResourceLifecycle{IgnoreChanges: jsii.Strings("scaling_config[0].desired_size")},
		DependsOn: &after,
	}
	if len(taints) > 0 {
		cfg.Taint = &taints
	}
	return eksnodegroup.NewEksNodeGroup(k.Construct, jsii.String(id+"NodeGroup"), cfg)
}
