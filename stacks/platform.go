package stacks

import (
	"encoding/base64"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/addons/clusterautoscaler"
	"github.com/keelson-dev/keelson/constructs/addons/externalsecrets"
	"github.com/keelson-dev/keelson/constructs/addons/karpenter"
	"github.com/keelson-dev/keelson/constructs/addons/keda"
	"github.com/keelson-dev/keelson/constructs/addons/loadbalancer"
	"github.com/keelson-dev/keelson/constructs/addons/metricsserver"
	"github.com/keelson-dev/keelson/constructs/addons/storageclass"
	"github.com/keelson-dev/keelson/constructs/addons/strimzi"
	"github.com/keelson-dev/keelson/constructs/addons/tenancy"
	"github.com/keelson-dev/keelson/constructs/observability"
	helmprovider "github.com/keelson-dev/keelson/generated/helm/provider"
	k8sprovider "github.com/keelson-dev/keelson/generated/kubernetes/provider"
)

// Provider constraints of the platform stack: the bindings were generated
// from helm 3.1.1 and kubernetes 2.38.0; later releases of the same major
// only add.
const (
	HelmProviderConstraint       = "~> 3.1"
	KubernetesProviderConstraint = "~> 2.38"
)

// PlatformStackID is the platform stack's ID (and state key).
func PlatformStackID(env config.Environment) string { return env.Name + "-platform" }

// Platform is an environment's in-cluster stack.
type Platform struct {
	Stack cdktf.TerraformStack
}

// newPlatform builds "<env>-platform": the add-ons, through helm and
// kubernetes providers configured from the infra stack's outputs. Every
// value taken from in is a cdktf cross-stack reference, so the stack reads
// the infra stack's state (terraform_remote_state) instead of copying
// endpoints.
func newPlatform(scope constructs.Construct, env config.Environment, in *Infra) (*Platform, error) {
	id := PlatformStackID(env)
	stack := cdktf.NewTerraformStack(scope, jsii.String(id))
	useBackend(stack, env, id)
	configureClusterProviders(stack, env, in)
	// A PR preview plans the platform stack before its infra stack has
	// state: placeholder outputs let terraform_remote_state read nothing.
	cdktf.Aspects_Of(stack).Add(&remoteStateDefaults{stack: stack})

	aws := in.Platform
	system := systemNodeSelector(env)
	storage, err := storageclass.New(stack, "Gp3StorageClass", storageclass.Props{
		ReclaimPolicy: map[bool]string{true: "Retain", false: "Delete"}[env.Production],
		BackupTag:     BackupTagKey + "=" + env.Name,
		DemoteGP2:     true,
	})
	if err != nil {
		return nil, err
	}
	metrics, err := metricsserver.New(stack, "MetricsServer", metricsserver.Props{NodeSelector: system})
	if err != nil {
		return nil, err
	}
	lbc, err := loadbalancer.New(stack, "LoadBalancerController", loadbalancer.Props{
		ClusterName: in.Cluster.ClusterName(), VpcID: in.Network.VpcID(), Region: env.Region,
		RoleARN: aws.LoadBalancer.RoleARN(), NodeSelector: system,
	})
	if err != nil {
		return nil, err
	}
	storeNamespaces := []string{"monitoring"}
	for _, t := range env.Platform.Tenants {
		storeNamespaces = append(storeNamespaces, t.Name)
	}
	eso, err := externalsecrets.New(stack, "ExternalSecrets", externalsecrets.Props{
		Region: env.Region, RoleARN: aws.ExternalSecrets.RoleARN(), Namespaces: storeNamespaces, NodeSelector: system,
	})
	if err != nil {
		return nil, err
	}
	if aws.Karpenter != nil {
		kp := env.Platform.Karpenter
		var pools []karpenter.Pool
		if kp.SpotCPU > 0 {
			pools = append(pools, karpenter.Pool{Name: "spot", CapacityTypes: []string{"spot"}, CPU: kp.SpotCPU, MemoryGiB: kp.SpotMemoryGiB, Weight: 50})
		}
		pools = append(pools, karpenter.Pool{Name: "on-demand", CapacityTypes: []string{"on-demand"}, CPU: kp.OnDemandCPU, MemoryGiB: kp.OnDemandMemoryGiB, Weight: 10})
		if _, err := karpenter.New(stack, "Karpenter", karpenter.Props{
			ClusterName: in.Cluster.ClusterName(), DiscoveryTag: env.ClusterName(),
			ControllerRoleARN: aws.Karpenter.ControllerRoleARN(), InterruptionQueue: aws.Karpenter.InterruptionQueue(),
			InstanceProfile: aws.Karpenter.InstanceProfile(), Zones: env.AvailabilityZones, Pools: pools,
			DisruptionPercent: kp.DisruptionPercent, BusinessHoursFreeze: kp.BusinessHoursFreeze,
			SystemNodeSelector: system, Tags: env.Tags,
		}); err != nil {
			return nil, err
		}
	}
	if aws.ClusterAutoscaler != nil {
		if _, err := clusterautoscaler.New(stack, "ClusterAutoscaler", clusterautoscaler.Props{
			ClusterName: in.Cluster.ClusterName(), Region: env.Region, RoleARN: aws.ClusterAutoscaler.RoleARN(), NodeSelector: system,
		}); err != nil {
			return nil, err
		}
	}
	kedaRole := ""
	if aws.KEDA != nil {
		kedaRole = aws.KEDA.RoleARN()
	}
	if _, err := keda.New(stack, "Keda", keda.Props{RoleARN: kedaRole, NodeSelector: system}, metrics); err != nil {
		return nil, err
	}

	obsProps := observability.Props{
		Environment: env.Name, Region: env.Region,
		LogsBucket: in.Observability.LogsBucketName(), LokiRoleARN: in.Observability.LokiRoleARN(),
		LogRetentionDays:     env.Observability.LogRetentionDays,
		MetricsRetentionDays: env.Observability.MetricsRetentionDays,
		PrometheusStorageGiB: env.Observability.PrometheusStorageGiB,
		Replicas:             env.Observability.Replicas,
		Kafka:                string(env.Kafka.Engine),
		SecretStore:          externalsecrets.StoreName,
		DependsOn:            []cdktf.ITerraformDependable{eso.Store(), storage},
	}
	tenancyProps := tenancy.Props{Tenants: env.Platform.Tenants, LoadBalancerCIDRs: []string{env.Network.CIDR}}
	if in.Kafka != nil {
		obsProps.KafkaBrokers = in.Kafka.BootstrapBrokersIAM()
		obsProps.ExporterRoleARN = in.Observability.ExporterRoleARN()
		tenancyProps.KafkaCIDRs = []string{env.Network.CIDR}
	}
	obs, err := observability.New(stack, "Observability", obsProps)
	if err != nil {
		return nil, err
	}
	if env.Kafka.Engine == config.KafkaStrimzi {
		tenancyProps.KafkaNamespace = strimzi.Namespace
		if _, err := strimzi.New(stack, "Strimzi", strimzi.Props{
			Zones: env.AvailabilityZones, Kafka: env.Kafka, PodMonitor: true,
		}, append(obs.Releases(), storage)...); err != nil {
			return nil, err
		}
	}
	if _, err := tenancy.New(stack, "Tenancy", tenancyProps, lbc); err != nil {
		return nil, err
	}
	return &Platform{Stack: stack}, nil
}

// configureClusterProviders points helm and kubernetes at the cluster:
// endpoint and CA from the infra stack, a token from `aws eks get-token`
// with whatever AWS credentials run Terraform (CI's apply role, which the
// infra stack grants cluster-admin).
func configureClusterProviders(stack cdktf.TerraformStack, env config.Environment, in *Infra) {
	host := in.Cluster.Endpoint()
	ca := cdktf.Fn_Base64decode(jsii.String(in.Cluster.CertificateAuthorityData()))
	args := jsii.Strings("eks", "get-token", "--cluster-name", in.Cluster.ClusterName(), "--region", env.Region)
	helmprovider.NewHelmProvider(stack, jsii.String("helm"), &helmprovider.HelmProviderConfig{
		Kubernetes: &helmprovider.HelmProviderKubernetes{
			Host: jsii.String(host), ClusterCaCertificate: ca,
			Exec: &helmprovider.HelmProviderKubernetesExec{ApiVersion: jsii.String("client.authentication.k8s.io/v1beta1"), Command: jsii.String("aws"), Args: args},
		},
	})
	// The kubernetes provider's exec is a list block (helm's is an object).
	k8sprovider.NewKubernetesProvider(stack, jsii.String("kubernetes"), &k8sprovider.KubernetesProviderConfig{
		Host: jsii.String(host), ClusterCaCertificate: ca,
		Exec: &[]*k8sprovider.KubernetesProviderExec{{ApiVersion: jsii.String("client.authentication.k8s.io/v1beta1"), Command: jsii.String("aws"), Args: args}},
	})
	stack.AddOverride(jsii.String("terraform.required_providers.helm.version"), jsii.String(HelmProviderConstraint))
	stack.AddOverride(jsii.String("terraform.required_providers.kubernetes.version"), jsii.String(KubernetesProviderConstraint))
}

// systemNodeSelector is the labels of the first on-demand node group:
// controllers run there, never on capacity an autoscaler may remove.
func systemNodeSelector(env config.Environment) map[string]string {
	for _, g := range env.EKS.NodeGroups {
		if g.CapacityType == config.OnDemand && len(g.Labels) > 0 {
			return g.Labels
		}
	}
	return nil
}

// RemoteStatePrefix starts the construct ID cdktf gives the
// terraform_remote_state data source of a cross-stack reference
// ("cross-stack-reference-input-<stack>").
const RemoteStatePrefix = "cross-stack-reference-input-"

// remoteStateDefaults gives every terraform_remote_state of the stack a
// "defaults" map with a placeholder for each output it reads, so `terraform
// plan` of the platform stack works before the infra stack was ever
// applied (the PR preview of a new environment). Once the infra state
// exists, its real outputs win. cdktf creates the data sources while it
// prepares the stacks for synth, before aspects run, so this is an aspect.
type remoteStateDefaults struct{ stack cdktf.TerraformStack }

// Visit implements constructs.IAspect.
func (a *remoteStateDefaults) Visit(node constructs.IConstruct) {
	if *node.Node().Path() != *a.stack.Node().Path() {
		return
	}
	for _, child := range *a.stack.Node().Children() {
		if !strings.HasPrefix(*child.Node().Id(), RemoteStatePrefix) {
			continue
		}
		el, ok := child.(cdktf.TerraformElement)
		if !ok {
			continue
		}
		source := strings.TrimPrefix(*child.Node().Id(), RemoteStatePrefix)
		origin, ok := a.stack.Node().Scope().Node().TryFindChild(jsii.String(source)).(cdktf.TerraformStack)
		if !ok {
			continue
		}
		defaults := map[string]any{}
		for _, out := range *origin.Node().Children() {
			if o, ok := out.(cdktf.TerraformOutput); ok && strings.HasPrefix(*out.Node().Id(), "cross-stack-output-") {
				name := *origin.GetLogicalId(o)
				defaults[name] = placeholder(name)
			}
		}
		el.AddOverride(jsii.String("defaults"), defaults)
	}
}

// placeholder is a value of the right shape for an output the platform
// stack reads: a URL for the endpoint, base64 for the CA, text otherwise.
func placeholder(output string) string {
	switch {
	case strings.Contains(output, "certificate_authority"):
		return base64.StdEncoding.EncodeToString([]byte("placeholder: the infra stack has no state yet"))
	case strings.Contains(output, "endpoint"):
		return "https://placeholder.invalid"
	default:
		return "placeholder"
	}
}
