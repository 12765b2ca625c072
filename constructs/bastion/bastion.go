package bastion

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iaminstanceprofile"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicyattachment"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/instance"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/launchtemplate"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupegressrule"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupingressrule"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/iampolicy"
	"github.com/keelson-dev/keelson/internal/jsiix"
)

// BastionHost is the environment's jump host.
type BastionHost struct {
	constructs.Construct
	props    Props
	instance instance.Instance
	role     iamrole.IamRole
	sg       securitygroup.SecurityGroup
}

// New validates props and creates the bastion under scope/id.
func New(scope constructs.Construct, id string, props Props) (*BastionHost, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	b := &BastionHost{Construct: c, props: props}
	name := props.Name + "-bastion"

	b.sg = securitygroup.NewSecurityGroup(c, jsii.String("SecurityGroup"), &securitygroup.SecurityGroupConfig{
		Name:        jsii.String(name),
		Description: jsii.String("Bastion of " + props.Name + ": no inbound but named SSH CIDRs; Session Manager needs none"),
		VpcId:       jsii.String(props.Network.VpcID()),
		Tags:        &map[string]*string{"Name": jsii.String(name)},
	})
	egress := func(id, cidr string, port int, description string) {
		vpcsecuritygroupegressrule.NewVpcSecurityGroupEgressRule(c, jsii.String(id), &vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{
			SecurityGroupId: b.sg.Id(),
			CidrIpv4:        jsii.String(cidr),
			IpProtocol:      jsii.String("tcp"),
			FromPort:        jsii.Number(float64(port)),
			ToPort:          jsii.Number(float64(port)),
			Description:     jsii.String(description),
		})
	}
	// HTTPS out through the NAT: Session Manager, the AWS APIs and the
	// tool downloads. Everything else stays inside the VPC.
	egress("EgressHttps", "0.0.0.0/0", 443, "HTTPS: Session Manager, AWS APIs, pinned tool downloads")
	egress("EgressKafka", props.Network.CIDR(), 9098, "Kafka (MSK IAM listener) inside the VPC")
	for _, cidr := range props.SSHCIDRs {
		b.AllowSSHFrom(cidr)
	}

	b.role = iamrole.NewIamRole(c, jsii.String("Role"), &iamrole.IamRoleConfig{
		Name:             jsii.String(name),
		Description:      jsii.String("Bastion of " + props.Name + ": Session Manager, describe the cluster"),
		AssumeRolePolicy: jsii.String(iampolicy.ServiceTrust("ec2.amazonaws.com", "").JSON()),
	})
	iamrolepolicyattachment.NewIamRolePolicyAttachment(c, jsii.String("SessionManager"), &iamrolepolicyattachment.IamRolePolicyAttachmentConfig{
		Role:      b.role.Name(),
		PolicyArn: jsii.String(fmt.Sprintf("arn:%s:iam::aws:policy/AmazonSSMManagedInstanceCore", props.Partition)),
	})
	iamrolepolicy.NewIamRolePolicy(c, jsii.String("RolePolicy"), &iamrolepolicy.IamRolePolicyConfig{
		Name:   jsii.String("describe-cluster"),
		Role:   b.role.Id(),
		Policy: jsii.String(b.policy().JSON()),
	})
	profile := iaminstanceprofile.NewIamInstanceProfile(c, jsii.String("InstanceProfile"), &iaminstanceprofile.IamInstanceProfileConfig{
		Name: jsii.String(name),
		Role: b.role.Name(),
	})

	// The image comes from a launch template because EC2 resolves
	// "resolve:ssm:" there at launch; on aws_instance.ami it would show as
	// a change on every plan. The instance keeps the template version it
	// was launched with: a new AMI arrives by replacing the bastion on
	// purpose (terraform apply -replace), never by surprise.
	lt := launchtemplate.NewLaunchTemplate(c, jsii.String("LaunchTemplate"), &launchtemplate.LaunchTemplateConfig{
		Name:        jsii.String(name),
		Description: jsii.String("Bastion image: latest Amazon Linux 2023, resolved at launch"),
		ImageId:     jsii.String(AMI),
		BlockDeviceMappings: &[]*launchtemplate.LaunchTemplateBlockDeviceMappings{{
			DeviceName: jsii.String("/dev/xvda"),
			Ebs: &launchtemplate.LaunchTemplateBlockDeviceMappingsEbs{
				VolumeSize: jsii.Number(float64(props.RootVolumeGiB)), VolumeType: jsii.String("gp3"),
				Encrypted: jsii.String("true"), DeleteOnTermination: jsii.String("true"),
			},
		}},
		MetadataOptions: &launchtemplate.LaunchTemplateMetadataOptions{
			HttpEndpoint: jsii.String("enabled"), HttpTokens: jsii.String("required"), HttpPutResponseHopLimit: jsii.Number(1),
		},
	})
	tags := jsiix.StringMap(jsiix.Merge(props.Tags, map[string]string{"Name": name}))
	b.instance = instance.NewInstance(c, jsii.String("Resource"), &instance.InstanceConfig{
		InstanceType: jsii.String(props.InstanceType),
		LaunchTemplate: &instance.InstanceLaunchTemplate{
			Id:      lt.Id(),
			Version: jsii.String("$Default"),
		},
		SubnetId:                 jsii.String(props.Network.PrivateSubnetIDs()[0]),
		VpcSecurityGroupIds:      jsii.Strings(*b.sg.Id()),
		IamInstanceProfile:       profile.Name(),
		AssociatePublicIpAddress: jsii.Bool(false),
		MetadataOptions: &instance.InstanceMetadataOptions{
			HttpEndpoint:            jsii.String("enabled"),
			HttpTokens:              jsii.String("required"),
			HttpPutResponseHopLimit: jsii.Number(1),
		},
		RootBlockDevice: &instance.InstanceRootBlockDevice{
			VolumeType:          jsii.String("gp3"),
			VolumeSize:          jsii.Number(float64(props.RootVolumeGiB)),
			Encrypted:           jsii.Bool(true),
			DeleteOnTermination: jsii.Bool(true),
		},
		UserData:                jsii.String(UserData(props)),
		UserDataReplaceOnChange: jsii.Bool(true),
		Monitoring:              jsii.Bool(false),
		Tags:                    tags,
		VolumeTags:              tags,
	})
	return b, nil
}

func (b *BastionHost) policy() iampolicy.Document {
	p := b.props
	arn := func(service, resource string) string {
		return fmt.Sprintf("arn:%s:%s:%s:%s:%s", p.Partition, service, p.Region, p.AccountID, resource)
	}
	st := []iampolicy.Statement{
		iampolicy.Allow("DescribeCluster", []string{"eks:DescribeCluster"}, arn("eks", "cluster/"+p.ClusterName)),
		iampolicy.Allow("ListClusters", []string{"eks:ListClusters", "sts:GetCallerIdentity"}, "*"),
	}
	if p.KafkaClusterName != "" {
		cluster := arn("kafka", fmt.Sprintf("cluster/%s/*", p.KafkaClusterName))
		st = append(st,
			iampolicy.Allow("FindBrokers", []string{"kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers"}, cluster),
			iampolicy.Allow("KafkaConnect", []string{"kafka-cluster:Connect", "kafka-cluster:DescribeCluster"}, cluster),
			iampolicy.Allow("KafkaTopics", []string{
				"kafka-cluster:DescribeTopic", "kafka-cluster:CreateTopic", "kafka-cluster:AlterTopic",
				"kafka-cluster:DescribeTopicDynamicConfiguration", "kafka-cluster:AlterTopicDynamicConfiguration",
			}, arn("kafka", fmt.Sprintf("topic/%s/*/*", p.KafkaClusterName))),
			iampolicy.Allow("KafkaGroups", []string{"kafka-cluster:DescribeGroup"}, arn("kafka", fmt.Sprintf("group/%s/*/*", p.KafkaClusterName))),
		)
	}
	return iampolicy.New(st...)
}

// AllowSSHFrom admits SSH from one CIDR (refused when wider than a /8).
// The rule's ID derives from the CIDR, so adding one never renames another.
func (b *BastionHost) AllowSSHFrom(cidr string) {
	sum := sha256.Sum256([]byte(cidr))
	vpcsecuritygroupingressrule.NewVpcSecurityGroupIngressRule(b.Construct, jsii.String("Ssh"+hex.EncodeToString(sum[:4])), &vpcsecuritygroupingressrule.VpcSecurityGroupIngressRuleConfig{
		SecurityGroupId: b.sg.Id(),
		CidrIpv4:        jsii.String(cidr),
		IpProtocol:      jsii.String("tcp"),
		FromPort:        jsii.Number(22),
		ToPort:          jsii.Number(22),
		Description:     jsii.String("SSH from " + cidr + " (named in config)"),
	})
}

// InstanceID is the bastion's instance ID, for `aws ssm start-session`.
func (b *BastionHost) InstanceID() string { return *b.instance.Id() }

// RoleARN is the bastion's role.
func (b *BastionHost) RoleARN() string { return *b.role.Arn() }

// RoleName is the bastion's role name, "<Name>-bastion".
func (b *BastionHost) RoleName() string { return b.props.Name + "-bastion" }

// StaticRoleARN is the role's ARN built from its name: stable text for
// construct IDs derived from it (GrantAdmin).
func (b *BastionHost) StaticRoleARN() string {
	return fmt.Sprintf("arn:%s:iam::%s:role/%s", b.props.Partition, b.props.AccountID, b.RoleName())
}

// Role is the role resource, for depends_on.
func (b *BastionHost) Role() cdktf.TerraformResource { return b.role }

// SecurityGroupID is the bastion's security group.
func (b *BastionHost) SecurityGroupID() string { return *b.sg.Id() }
