package stacks

import (
	"errors"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/bastion"
	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/constructs/kafka"
	"github.com/keelson-dev/keelson/constructs/kmskey"
	"github.com/keelson-dev/keelson/constructs/network"
	"github.com/keelson-dev/keelson/constructs/observability"
	"github.com/keelson-dev/keelson/constructs/storage"
)

// Infra is an environment's AWS-side stack.
type Infra struct {
	Stack   cdktf.TerraformStack
	LogsKey *kmskey.Key
	Network *network.NetworkTier
	Cluster *eks.EksCluster
	// Kafka is the MSK cluster, nil when the environment runs Strimzi.
	Kafka *kafka.MskCluster
	// Bastion is the jump host, nil when disabled.
	Bastion *bastion.BastionHost
	// DataKey encrypts the data bucket and the backup vault.
	DataKey    *kmskey.Key
	DataBucket *storage.Bucket
	Backup     *storage.Backup
	// Platform holds the AWS side of the in-cluster add-ons (roles,
	// queues, buckets) that the platform stack's charts use.
	Platform *PlatformAWS
	// Observability is Loki's bucket and the monitoring IRSA roles.
	Observability *observability.AWS
}

// InfraStackID is the infra stack's ID (and state key) for an environment.
func InfraStackID(env config.Environment) string { return env.Name + "-infra" }

// NewInfra builds "<env>-infra". env must already be valid
// (config.ValidateAll); construct errors are returned, never panicked.
func NewInfra(scope constructs.Construct, env config.Environment) (*Infra, error) {
	plan, err := env.Plan()
	if err != nil {
		return nil, err
	}
	stack := newAWSStack(scope, InfraStackID(env), env)
	in := &Infra{Stack: stack}

	in.LogsKey, err = kmskey.New(stack, "LogsKey", kmskey.Props{
		Alias:               fmt.Sprintf("alias/%s-logs", env.ResourcePrefix()),
		Description:         fmt.Sprintf("CloudWatch log groups of %s (flow logs, EKS control plane)", env.ResourcePrefix()),
		AccountID:           env.AccountID,
		Region:              env.Region,
		AllowCloudWatchLogs: true,
		PreventDestroy:      env.Production,
	})
	if err != nil {
		return nil, err
	}
	in.Network, err = network.New(stack, "Network", network.Props{
		Name:               env.ResourcePrefix(),
		Region:             env.Region,
		AccountID:          env.AccountID,
		Plan:               plan,
		NATMode:            env.Network.NATMode,
		InterfaceEndpoints: env.Network.InterfaceEndpoints,
		ClusterName:        env.ClusterName(),
		FlowLogs:           env.Network.FlowLogs,
		LogRetentionDays:   env.Logs.RetentionDays,
		LogsKeyARN:         in.LogsKey.ARN(),
	})
	if err != nil {
		return nil, err
	}
	version := config.KubernetesVersions[env.EKS.Version]
	in.Cluster, err = eks.New(stack, "Cluster", eks.Props{
		Name:               env.ClusterName(),
		Version:            env.EKS.Version,
		Addons:             version.Addons,
		Network:            in.Network,
		AccountID:          env.AccountID,
		Region:             env.Region,
		PublicEndpoint:     env.EKS.PublicEndpoint,
		PublicAccessCIDRs:  env.EKS.PublicAccessCIDRs,
		ServiceCIDR:        env.EKS.ServiceCIDR,
		AdminPrincipalARNs: env.EKS.AdminPrincipalARNs,
		LogRetentionDays:   env.Logs.RetentionDays,
		LogsKeyARN:         in.LogsKey.ARN(),
		DeletionProtection: env.EKS.DeletionProtection,
		NodeGroups:         env.EKS.NodeGroups,
		Tags:               env.Tags,
	})
	if err != nil {
		return nil, err
	}

	// CI's apply role administers the cluster (the platform stack's Helm
	// releases); its ARN is built from the naming convention because the
	// role lives in the bootstrap stack.
	in.Cluster.GrantAdmin(env.ApplyRoleARN())
	if err := addKafkaAndBastion(in, env); err != nil {
		return nil, err
	}
	if err := addDataProtection(in, env); err != nil {
		return nil, err
	}

	if err := addPlatformAWS(in, env); err != nil {
		return nil, err
	}
	if err := addObservabilityAWS(in, env); err != nil {
		return nil, err
	}

	output(stack, "vpc_id", "VPC ID", in.Network.VpcID())
	output(stack, "private_subnet_ids", "Private subnets (nodes, brokers, bastion), one per AZ", in.Network.PrivateSubnetIDs())
	output(stack, "public_subnet_ids", "Public subnets (load balancers, NAT), one per AZ", in.Network.PublicSubnetIDs())
	output(stack, "cluster_name", "EKS cluster name", in.Cluster.ClusterName())
	output(stack, "cluster_endpoint", "EKS API server endpoint", in.Cluster.Endpoint())
	output(stack, "cluster_oidc_provider_arn", "IAM OIDC provider for IRSA", in.Cluster.OIDCProviderARN())
	return in, nil
}

// Build is BuildAll with the account preset config.Bootstrap().
func Build(app constructs.Construct, envs []config.Environment) error {
	return BuildAll(app, config.Bootstrap(), envs)
}

// BuildAll validates the account and every environment and adds every
// stack to app: "bootstrap" first, then each environment's. It adds
// nothing when the configuration is invalid, so nothing half-built is
// synthesized.
func BuildAll(app constructs.Construct, acct config.Account, envs []config.Environment) error {
	if err := config.ValidatePlatform(acct, envs); err != nil {
		return err
	}
	var errs []error
	if _, err := NewBootstrap(app, acct, envs); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", BootstrapStackID, err))
	}
	for _, env := range envs {
		if in, err := NewInfra(app, env); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", InfraStackID(env), err))
		} else if _, err := newPlatform(app, env, in); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", PlatformStackID(env), err))
		}
	}
	return errors.Join(errs...)
}
