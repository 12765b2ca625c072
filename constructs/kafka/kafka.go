package kafka

import (
	"fmt"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/appautoscalingpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/appautoscalingtarget"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchmetricalarm"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/mskcluster"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/mskconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupingressrule"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/constructs/kmskey"
	"github.com/keelson-dev/keelson/internal/jsiix"
)

// MskCluster is an Amazon MSK provisioned cluster.
type MskCluster struct {
	constructs.Construct
	props   Props
	cluster mskcluster.MskCluster
	sg      securitygroup.SecurityGroup
	key     *kmskey.Key
}

// New validates props and creates the cluster under scope/id.
func New(scope constructs.Construct, id string, props Props) (*MskCluster, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	m := &MskCluster{Construct: c, props: props}

	key, err := kmskey.New(c, "DataKey", kmskey.Props{
		Alias:          fmt.Sprintf("alias/%s-msk", props.Name),
		Description:    fmt.Sprintf("Encryption at rest of MSK cluster %s (broker volumes)", props.Name),
		AccountID:      props.AccountID,
		Region:         props.Region,
		Partition:      props.Partition,
		PreventDestroy: props.DeletionProtection,
	})
	if err != nil {
		return nil, err
	}
	m.key = key

	// No inline rules and no egress: brokers answer clients and need no
	// connection of their own. Ingress comes only from AllowClientsFrom.
	m.sg = securitygroup.NewSecurityGroup(c, jsii.String("SecurityGroup"), &securitygroup.SecurityGroupConfig{
		Name:        jsii.String(props.Name + "-msk"),
		Description: jsii.String("MSK brokers of " + props.Name + ": Kafka (IAM) and exporters from granted security groups only"),
		VpcId:       jsii.String(props.Network.VpcID()),
		Tags:        &map[string]*string{"Name": jsii.String(props.Name + "-msk")},
	})
	// Brokers replicate to each other through the same security group.
	m.ingress("BrokersReplicate", m.SecurityGroupID(), 9092, 9098, "Broker-to-broker replication inside the cluster")

	logs := cloudwatchloggroup.NewCloudwatchLogGroup(c, jsii.String("BrokerLogGroup"), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Name:            jsii.String(fmt.Sprintf("/aws/msk/%s/broker", props.Name)),
		RetentionInDays: jsii.Number(float64(props.LogRetentionDays)),
		KmsKeyId:        jsii.String(props.LogsKeyARN),
	})

	conf := mskconfiguration.NewMskConfiguration(c, jsii.String("Configuration"), &mskconfiguration.MskConfigurationConfig{
		Name:             jsii.String(props.Name),
		Description:      jsii.String("Keelson broker defaults for " + props.Name),
		KafkaVersions:    jsii.Strings(props.KafkaVersion),
		ServerProperties: jsii.String(ServerProperties(props)),
	})

	var lifecycle *cdktf.TerraformResourceLifecycle
	if props.DeletionProtection {
		lifecycle = &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}
	}
	m.cluster = mskcluster.NewMskCluster(c, jsii.String("Resource"), &mskcluster.MskClusterConfig{
		ClusterName:         jsii.String(props.Name),
		KafkaVersion:        jsii.String(props.KafkaVersion),
		NumberOfBrokerNodes: jsii.Number(float64(props.BrokerCount)),
		BrokerNodeGroupInfo: &mskcluster.MskClusterBrokerNodeGroupInfo{
			InstanceType:   jsii.String(props.BrokerInstanceType),
			ClientSubnets:  jsii.Strings(props.Network.PrivateSubnetIDs()...),
			SecurityGroups: jsii.Strings(m.SecurityGroupID()),
			StorageInfo: &mskcluster.MskClusterBrokerNodeGroupInfoStorageInfo{
				EbsStorageInfo: &mskcluster.MskClusterBrokerNodeGroupInfoStorageInfoEbsStorageInfo{
					VolumeSize: jsii.Number(float64(props.StorageGiB)),
				},
			},
		},
		EncryptionInfo: &mskcluster.MskClusterEncryptionInfo{
			EncryptionAtRestKmsKeyArn: jsii.String(key.ARN()),
			EncryptionInTransit: &mskcluster.MskClusterEncryptionInfoEncryptionInTransit{
				ClientBroker: jsii.String("TLS"),
				InCluster:    jsii.Bool(true),
			},
		},
		ClientAuthentication: &mskcluster.MskClusterClientAuthentication{
			Sasl:            &mskcluster.MskClusterClientAuthenticationSasl{Iam: jsii.Bool(true), Scram: jsii.Bool(false)},
			Unauthenticated: jsii.Bool(false),
		},
		ConfigurationInfo: &mskcluster.MskClusterConfigurationInfo{
			Arn:      conf.Arn(),
			Revision: conf.LatestRevision(),
		},
		EnhancedMonitoring: jsii.String(props.EnhancedMonitoring),
		OpenMonitoring: &mskcluster.MskClusterOpenMonitoring{
			Prometheus: &mskcluster.MskClusterOpenMonitoringPrometheus{
				JmxExporter:  &mskcluster.MskClusterOpenMonitoringPrometheusJmxExporter{EnabledInBroker: jsii.Bool(true)},
				NodeExporter: &mskcluster.MskClusterOpenMonitoringPrometheusNodeExporter{EnabledInBroker: jsii.Bool(true)},
			},
		},
		LoggingInfo: &mskcluster.MskClusterLoggingInfo{
			BrokerLogs: &mskcluster.MskClusterLoggingInfoBrokerLogs{
				CloudwatchLogs: &mskcluster.MskClusterLoggingInfoBrokerLogsCloudwatchLogs{
					Enabled:  jsii.Bool(true),
					LogGroup: logs.Name(),
				},
			},
		},
		Tags:      jsiix.StringMap(props.Tags),
		Lifecycle: lifecycle,
	})

	if props.MaxStorageGiB > props.StorageGiB {
		target := appautoscalingtarget.NewAppautoscalingTarget(c, jsii.String("StorageScalingTarget"), &appautoscalingtarget.AppautoscalingTargetConfig{
			ServiceNamespace:  jsii.String("kafka"),
			ScalableDimension: jsii.String("kafka:broker-storage:VolumeSize"),
			ResourceId:        m.cluster.Arn(),
			MinCapacity:       jsii.Number(1),
			MaxCapacity:       jsii.Number(float64(props.MaxStorageGiB)),
		})
		appautoscalingpolicy.NewAppautoscalingPolicy(c, jsii.String("StorageScalingPolicy"), &appautoscalingpolicy.AppautoscalingPolicyConfig{
			Name:              jsii.String(props.Name + "-broker-storage"),
			PolicyType:        jsii.String("TargetTrackingScaling"),
			ServiceNamespace:  target.ServiceNamespace(),
			ScalableDimension: target.ScalableDimension(),
			ResourceId:        target.ResourceId(),
			TargetTrackingScalingPolicyConfiguration: &appautoscalingpolicy.AppautoscalingPolicyTargetTrackingScalingPolicyConfiguration{
				TargetValue: jsii.Number(float64(props.StorageTargetPercent)),
				// MSK never shrinks a volume.
				DisableScaleIn: jsii.Bool(true),
				PredefinedMetricSpecification: &appautoscalingpolicy.AppautoscalingPolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecification{
					PredefinedMetricType: jsii.String("KafkaBrokerStorageUtilization"),
				},
			},
		})
	}
	m.alarms()
	return m, nil
}

// ServerProperties is the cluster configuration: no automatic topic
// creation (topics are declared), no unclean leader election (never
// elect a replica that lost acknowledged writes), and replication
// defaults for the internal topics too.
func ServerProperties(p Props) string {
	lines := []string{
		"auto.create.topics.enable=false",
		"unclean.leader.election.enable=false",
		fmt.Sprintf("default.replication.factor=%d", p.ReplicationFactor),
		fmt.Sprintf("min.insync.replicas=%d", p.MinInSyncReplicas),
		fmt.Sprintf("num.partitions=%d", p.DefaultPartitions),
		fmt.Sprintf("offsets.topic.replication.factor=%d", p.ReplicationFactor),
		fmt.Sprintf("transaction.state.log.replication.factor=%d", p.ReplicationFactor),
		fmt.Sprintf("transaction.state.log.min.isr=%d", p.MinInSyncReplicas),
	}
	return strings.Join(lines, "\n") + "\n"
}

// alarms watches each broker's data disk and CPU. MSK numbers brokers
// from 1.
func (m *MskCluster) alarms() {
	p := m.props
	actions := jsiix.Strings(p.AlarmActions)
	for b := 1; b <= p.BrokerCount; b++ {
		dims := &map[string]*string{"Cluster Name": jsii.String(p.Name), "Broker ID": jsii.String(fmt.Sprint(b))}
		cloudwatchmetricalarm.NewCloudwatchMetricAlarm(m.Construct, jsii.String(fmt.Sprintf("DiskAlarmBroker%d", b)), &cloudwatchmetricalarm.CloudwatchMetricAlarmConfig{
			AlarmName:          jsii.String(fmt.Sprintf("%s-broker-%d-disk", p.Name, b)),
			AlarmDescription:   jsii.String(fmt.Sprintf("MSK %s broker %d data disk above %.0f%%: raise MaxStorageGiB or retention (help/kafka.md)", p.Name, b, p.DiskAlarmPercent)),
			Namespace:          jsii.String("AWS/Kafka"),
			MetricName:         jsii.String("KafkaDataLogsDiskUsed"),
			Dimensions:         dims,
			Statistic:          jsii.String("Maximum"),
			Period:             jsii.Number(300),
			EvaluationPeriods:  jsii.Number(2),
			Threshold:          jsii.Number(p.DiskAlarmPercent),
			ComparisonOperator: jsii.String("GreaterThanOrEqualToThreshold"),
			TreatMissingData:   jsii.String("breaching"),
			AlarmActions:       actions,
			OkActions:          actions,
			DependsOn:          &[]cdktf.ITerraformDependable{m.cluster},
		})
		cloudwatchmetricalarm.NewCloudwatchMetricAlarm(m.Construct, jsii.String(fmt.Sprintf("CpuAlarmBroker%d", b)), &cloudwatchmetricalarm.CloudwatchMetricAlarmConfig{
			AlarmName:          jsii.String(fmt.Sprintf("%s-broker-%d-cpu", p.Name, b)),
			AlarmDescription:   jsii.String(fmt.Sprintf("MSK %s broker %d user CPU above %.0f%% for 15 minutes: scale brokers up or out (help/kafka.md)", p.Name, b, p.CPUAlarmPercent)),
			Namespace:          jsii.String("AWS/Kafka"),
			MetricName:         jsii.String("CpuUser"),
			Dimensions:         dims,
			Statistic:          jsii.String("Average"),
			Period:             jsii.Number(300),
			EvaluationPeriods:  jsii.Number(3),
			Threshold:          jsii.Number(p.CPUAlarmPercent),
			ComparisonOperator: jsii.String("GreaterThanThreshold"),
			TreatMissingData:   jsii.String("missing"),
			AlarmActions:       actions,
			OkActions:          actions,
			DependsOn:          &[]cdktf.ITerraformDependable{m.cluster},
		})
	}
}

func (m *MskCluster) ingress(id, sourceSG string, from, to int, description string) {
	vpcsecuritygroupingressrule.NewVpcSecurityGroupIngressRule(m.Construct, jsii.String(id), &vpcsecuritygroupingressrule.VpcSecurityGroupIngressRuleConfig{
		SecurityGroupId:           jsii.String(m.SecurityGroupID()),
		ReferencedSecurityGroupId: jsii.String(sourceSG),
		IpProtocol:                jsii.String("tcp"),
		FromPort:                  jsii.Number(float64(from)),
		ToPort:                    jsii.Number(float64(to)),
		Description:               jsii.String(description),
	})
}

// AllowClientsFrom admits a security group (EKS nodes, the bastion) to the
// IAM listener (9098). id names the rule and must be stable.
func (m *MskCluster) AllowClientsFrom(id, securityGroupID, description string) {
	m.ingress(id, securityGroupID, PortIAM, PortIAM, description)
}

// AllowMonitoringFrom admits a security group (where Prometheus runs) to
// the JMX and node exporters (11001-11002). id names the rule.
func (m *MskCluster) AllowMonitoringFrom(id, securityGroupID, description string) {
	m.ingress(id, securityGroupID, PortJMXExporter, PortNodeExporter, description)
}

// ClusterARN is the cluster's ARN.
func (m *MskCluster) ClusterARN() string { return *m.cluster.Arn() }

// ClusterName is the cluster's name (a reference to the cluster).
func (m *MskCluster) ClusterName() string { return *m.cluster.ClusterName() }

// ClusterUUID is the UUID part of the cluster's ARN, which topic and
// group ARNs contain.
func (m *MskCluster) ClusterUUID() string { return *m.cluster.ClusterUuid() }

// BootstrapBrokersIAM is the SASL/IAM (port 9098) bootstrap string.
func (m *MskCluster) BootstrapBrokersIAM() string { return *m.cluster.BootstrapBrokersSaslIam() }

// BootstrapBrokersTLS is the TLS bootstrap string; empty while only IAM
// client authentication is on (Keelson's setting).
func (m *MskCluster) BootstrapBrokersTLS() string { return *m.cluster.BootstrapBrokersTls() }

// SecurityGroupID is the brokers' security group.
func (m *MskCluster) SecurityGroupID() string { return *m.sg.Id() }

// KeyARN is the KMS key encrypting the brokers' volumes.
func (m *MskCluster) KeyARN() string { return m.key.ARN() }

// Resource is the aws_msk_cluster, for depends_on.
func (m *MskCluster) Resource() cdktf.ITerraformDependable { return m.cluster }
