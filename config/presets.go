package config

// The presets put dev and prod in one AWS account (separate VPCs, clusters
// and state keys) so that the ECR repositories and the state bucket made
// by the bootstrap stack serve both and one image digest is promoted from
// dev to prod. For separate accounts, give each its own AccountID and
// Backend.Bucket and run the bootstrap stack in each (help/bootstrap.md).

// Dev is the development preset: it favours cost. One NAT gateway, no
// interface endpoints (the S3 gateway is free), a public API endpoint for
// the CIDRs you list, small on-demand system nodes and spot-heavy workers,
// two weeks of logs. Edit the account ID, admin principals and state
// bucket before you deploy.
func Dev() Environment {
	return Environment{
		Name:              "dev",
		Project:           "keelson",
		Production:        false,
		AccountID:         "111122223333",
		Region:            "us-east-1",
		AvailabilityZones: []string{"us-east-1a", "us-east-1b", "us-east-1c"},
		Tags:              defaultTags("dev"),
		Network: Network{
			CIDR:               "10.10.0.0/16",
			Subnets:            defaultSubnetSizes(),
			NATMode:            NATSingle,
			InterfaceEndpoints: nil,
			FlowLogs:           true,
		},
		EKS: EKS{
			Version:            DefaultKubernetesVersion,
			PublicEndpoint:     true,
			PublicAccessCIDRs:  []string{"203.0.113.0/24"},
			ServiceCIDR:        "172.20.0.0/16",
			DeletionProtection: false,
			NodeGroups: []NodeGroup{
				{
					Name: "system", CapacityType: OnDemand,
					InstanceTypes: []string{"t3.large"},
					MinSize:       2, DesiredSize: 2, MaxSize: 3,
					DiskSizeGiB: 50, MaxUnavailablePercent: 33,
					Labels: map[string]string{"keelson.dev/role": "system"},
				},
				{
					Name: "workers", CapacityType: Spot,
					InstanceTypes: []string{"m6i.large", "m6a.large", "m5.large", "m7i.large"},
					MinSize:       1, DesiredSize: 2, MaxSize: 6,
					DiskSizeGiB: 50, MaxUnavailablePercent: 33,
					Labels: map[string]string{"keelson.dev/role": "workers"},
				},
			},
		},
		Logs: Logs{RetentionDays: 14},
		Observability: Observability{
			MetricsRetentionDays: 7, PrometheusStorageGiB: 30, LogRetentionDays: 7, Replicas: 1,
		},
		Backend: Backend{
			Bucket:      "keelson-tfstate-111122223333",
			Region:      "us-east-1",
			KeyPrefix:   "dev",
			KMSKeyAlias: "alias/keelson-state",
		},
		// MSK on the smallest brokers, not Strimzi: services authenticate
		// with IAM exactly as in prod, so dev catches policy mistakes.
		Kafka: Kafka{
			Engine: KafkaMSK, Version: "3.8.x", BrokerInstanceType: "kafka.t3.small",
			BrokerCount: 3, StorageGiB: 20, MaxStorageGiB: 100,
			ReplicationFactor: 3, MinInSyncReplicas: 2,
			Topics: defaultTopics(),
		},
		Bastion: defaultBastion(),
		DataProtection: DataProtection{
			DataBucket:            "keelson-dev-data-111122223333",
			AccessLogBucket:       "keelson-access-logs-111122223333",
			NoncurrentVersionDays: 30,
			BackupRetentionDays:   7,
			BackupSchedule:        "cron(0 3 * * ? *)",
		},
		Deploy: Deploy{Branch: "main", GitHubEnvironment: "dev"},
		Platform: Platform{
			Autoscaler: AutoscalerKarpenter,
			Karpenter:  KarpenterPools{SpotCPU: 32, SpotMemoryGiB: 128, OnDemandCPU: 16, OnDemandMemoryGiB: 64, DisruptionPercent: 20},
			Tenants:    defaultTenants(false),
		},
	}
}

// Prod is the production preset: it favours availability. A NAT gateway
// per AZ, interface endpoints for the AWS APIs the cluster calls, a private
// API endpoint only, on-demand system nodes plus spot workers, 90 days of
// logs and deletion protection.
func Prod() Environment {
	return Environment{
		Name:              "prod",
		Project:           "keelson",
		Production:        true,
		AccountID:         "111122223333",
		Region:            "us-east-1",
		AvailabilityZones: []string{"us-east-1a", "us-east-1b", "us-east-1c"},
		Tags:              defaultTags("prod"),
		Network: Network{
			CIDR:    "10.20.0.0/16",
			Subnets: defaultSubnetSizes(),
			NATMode: NATPerAZ,
			InterfaceEndpoints: []string{
				"ecr.api", "ecr.dkr", "sts", "logs", "ssm", "ssmmessages", "ec2messages", "secretsmanager", "ec2",
			},
			FlowLogs: true,
		},
		EKS: EKS{
			Version:            DefaultKubernetesVersion,
			PublicEndpoint:     false,
			ServiceCIDR:        "172.20.0.0/16",
			DeletionProtection: true,
			NodeGroups: []NodeGroup{
				{
					Name: "system", CapacityType: OnDemand,
					InstanceTypes: []string{"m6i.large"},
					MinSize:       3, DesiredSize: 3, MaxSize: 6,
					DiskSizeGiB: 80, MaxUnavailablePercent: 33,
					Labels: map[string]string{"keelson.dev/role": "system"},
				},
				{
					Name: "workers", CapacityType: Spot,
					InstanceTypes: []string{"m6i.xlarge", "m6a.xlarge", "m5.xlarge", "m7i.xlarge", "m5a.xlarge"},
					MinSize:       3, DesiredSize: 3, MaxSize: 12,
					DiskSizeGiB: 80, MaxUnavailablePercent: 33,
					Labels: map[string]string{"keelson.dev/role": "workers"},
				},
			},
		},
		Logs: Logs{RetentionDays: 90},
		Observability: Observability{
			MetricsRetentionDays: 30, PrometheusStorageGiB: 100, LogRetentionDays: 30, Replicas: 2,
		},
		Backend: Backend{
			Bucket:      "keelson-tfstate-111122223333",
			Region:      "us-east-1",
			KeyPrefix:   "prod",
			KMSKeyAlias: "alias/keelson-state",
		},
		Kafka: Kafka{
			Engine: KafkaMSK, Version: "3.8.x", BrokerInstanceType: "kafka.m7g.large",
			BrokerCount: 3, StorageGiB: 200, MaxStorageGiB: 1000,
			ReplicationFactor: 3, MinInSyncReplicas: 2,
			Topics: defaultTopics(),
		},
		Bastion: defaultBastion(),
		DataProtection: DataProtection{
			DataBucket:            "keelson-prod-data-111122223333",
			AccessLogBucket:       "keelson-access-logs-111122223333",
			NoncurrentVersionDays: 90,
			BackupRetentionDays:   35,
			BackupSchedule:        "cron(0 3 * * ? *)",
		},
		Deploy: Deploy{GitHubEnvironment: "production"},
		Platform: Platform{
			Autoscaler: AutoscalerKarpenter,
			Karpenter:  KarpenterPools{SpotCPU: 128, SpotMemoryGiB: 512, OnDemandCPU: 64, OnDemandMemoryGiB: 256, DisruptionPercent: 10, BusinessHoursFreeze: true},
			Tenants:    defaultTenants(true),
		},
	}
}

// Presets returns every preset environment, in deployment order.
func Presets() []Environment { return []Environment{Dev(), Prod()} }

func defaultSubnetSizes() SubnetSizes { return SubnetSizes{Private: 19, Public: 22, ControlPlane: 26} }

func defaultTags(env string) map[string]string {
	return map[string]string{"Project": "keelson", "Environment": env, "ManagedBy": "cdktf"}
}

// defaultTopics are the example services' topics.
func defaultTopics() []Topic {
	return []Topic{{Name: "orders.events", Partitions: 6}, {Name: "payments.events", Partitions: 6}}
}

// defaultBastion is a t3.micro reached through Session Manager only.
func defaultBastion() Bastion {
	return Bastion{
		Enabled: true, InstanceType: "t3.micro", RootVolumeGiB: 20,
		Tools: BastionTools{Kubectl: DefaultKubernetesVersion + ".0", Helm: "3.17.3", AWSCLI: "2.27.0", Kafka: "3.8.1", MSKIAMAuth: "2.2.0"},
	}
}
