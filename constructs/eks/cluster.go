package eks

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/ekscluster"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamopenidconnectprovider"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicyattachment"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/constructs/kmskey"
	"github.com/keelson-dev/keelson/internal/iampolicy"
	"github.com/keelson-dev/keelson/internal/jsiix"
)

// LogTypes are the control-plane log types; Keelson turns on all five.
var LogTypes = []string{"api", "audit", "authenticator", "controllerManager", "scheduler"}

// EksCluster is an EKS cluster with its add-ons and node groups.
type EksCluster struct {
	constructs.Construct
	props      Props
	cluster    ekscluster.EksCluster
	oidc       iamopenidconnectprovider.IamOpenidConnectProvider
	secretsKey *kmskey.Key
	nodeRole   iamrole.IamRole
	// bootstrapAddons must exist before any node joins (networking);
	// nodeGroups must exist before the add-ons that run as pods.
	bootstrapAddons []cdktf.ITerraformDependable
	nodeGroups      []cdktf.ITerraformDependable
}

// New validates props and creates the cluster under scope/id, in the order
// a first apply needs: control plane, vpc-cni and kube-proxy, node groups,
// then coredns and the EBS CSI driver.
func New(scope constructs.Construct, id string, props Props) (*EksCluster, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	k := &EksCluster{Construct: c, props: props}

	key, err := kmskey.New(c, "SecretsKey", kmskey.Props{
		Alias:          fmt.Sprintf("alias/%s-eks-secrets", props.Name),
		Description:    fmt.Sprintf("Envelope encryption of Kubernetes secrets in EKS cluster %s", props.Name),
		AccountID:      props.AccountID,
		Region:         props.Region,
		Partition:      props.Partition,
		PreventDestroy: props.DeletionProtection,
	})
	if err != nil {
		return nil, err
	}
	k.secretsKey = key

	role := iamrole.NewIamRole(c, jsii.String("ClusterRole"), &iamrole.IamRoleConfig{
		Name:             jsii.String(props.Name + "-cluster"),
		Description:      jsii.String("EKS control plane of " + props.Name),
		AssumeRolePolicy: jsii.String(iampolicy.ServiceTrust("eks.amazonaws.com", "").JSON()),
	})
	secretsPolicy := iamrolepolicy.NewIamRolePolicy(c, jsii.String("ClusterRoleSecretsKeyPolicy"), &iamrolepolicy.IamRolePolicyConfig{
		Name: jsii.String("encrypt-secrets"),
		Role: role.Id(),
		Policy: jsii.String(iampolicy.New(iampolicy.Allow("UseSecretsKey",
			[]string{"kms:Encrypt", "kms:Decrypt", "kms:DescribeKey", "kms:CreateGrant"}, key.ARN())).JSON()),
	})
	clusterPolicy := iamrolepolicyattachment.NewIamRolePolicyAttachment(c, jsii.String("ClusterRolePolicy"), &iamrolepolicyattachment.IamRolePolicyAttachmentConfig{
		Role:      role.Name(),
		PolicyArn: jsii.String(k.managedPolicy("AmazonEKSClusterPolicy")),
	})

	// The log group exists before the cluster so EKS writes into this
	// encrypted, retained group instead of creating an unencrypted one.
	logs := cloudwatchloggroup.NewCloudwatchLogGroup(c, jsii.String("ControlPlaneLogGroup"), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Name:            jsii.String(fmt.Sprintf("/aws/eks/%s/cluster", props.Name)),
		RetentionInDays: jsii.Number(float64(props.LogRetentionDays)),
		KmsKeyId:        jsii.String(props.LogsKeyARN),
	})

	var lifecycle *cdktf.TerraformResourceLifecycle
	if props.DeletionProtection {
		lifecycle = &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}
	}
	vpcConfig := &ekscluster.EksClusterVpcConfig{
		SubnetIds:             jsii.Strings(props.Network.ControlPlaneSubnetIDs()...),
		EndpointPrivateAccess: jsii.Bool(true),
		EndpointPublicAccess:  jsii.Bool(props.PublicEndpoint),
	}
	if props.PublicEndpoint {
		vpcConfig.PublicAccessCidrs = jsiix.Strings(props.PublicAccessCIDRs)
	}
	k.cluster = ekscluster.NewEksCluster(c, jsii.String("Resource"), &ekscluster.EksClusterConfig{
		Name:      jsii.String(props.Name),
		Version:   jsii.String(props.Version),
		RoleArn:   role.Arn(),
		VpcConfig: vpcConfig,
		EncryptionConfig: &ekscluster.EksClusterEncryptionConfig{
			Resources: jsii.Strings("secrets"),
			Provider:  &ekscluster.EksClusterEncryptionConfigProvider{KeyArn: jsii.String(key.ARN())},
		},
		EnabledClusterLogTypes: jsii.Strings(LogTypes...),
		AccessConfig: &ekscluster.EksClusterAccessConfig{
			// Access entries only: who may administer the cluster is in
			// code (AdminPrincipalARNs, GrantAdmin), not in whoever ran the
			// first apply or in the aws-auth ConfigMap.
			AuthenticationMode:                      jsii.String("API"),
			BootstrapClusterCreatorAdminPermissions: jsii.Bool(false),
		},
		// The add-ons are managed below, pinned; EKS installs none itself.
		BootstrapSelfManagedAddons: jsii.Bool(false),
		KubernetesNetworkConfig: &ekscluster.EksClusterKubernetesNetworkConfig{
			ServiceIpv4Cidr: jsii.String(props.ServiceCIDR),
			IpFamily:        jsii.String("ipv4"),
		},
		// STANDARD: at the end of standard support EKS upgrades the
		// cluster rather than billing extended support at six times the
		// price. Plan upgrades before then (help/cluster.md).
		UpgradePolicy: &ekscluster.EksClusterUpgradePolicy{SupportType: jsii.String("STANDARD")},
		Lifecycle:     lifecycle,
		DependsOn:     &[]cdktf.ITerraformDependable{clusterPolicy, secretsPolicy, logs},
	})

	k.oidc = iamopenidconnectprovider.NewIamOpenidConnectProvider(c, jsii.String("OidcProvider"), &iamopenidconnectprovider.IamOpenidConnectProviderConfig{
		Url:          k.cluster.Identity().Get(jsii.Number(0)).Oidc().Get(jsii.Number(0)).Issuer(),
		ClientIdList: jsii.Strings("sts.amazonaws.com"),
	})

	for _, principal := range props.AdminPrincipalARNs {
		k.GrantAdmin(principal)
	}
	k.createBootstrapAddons()
	k.createNodeGroups()
	k.createPodAddons()
	return k, nil
}

func (k *EksCluster) managedPolicy(name string) string {
	return fmt.Sprintf("arn:%s:iam::aws:policy/%s", k.props.Partition, name)
}

// ClusterName is the cluster's name (a reference: depending on it orders
// after the cluster exists).
func (k *EksCluster) ClusterName() string { return *k.cluster.Name() }

// Endpoint is the API server's URL.
func (k *EksCluster) Endpoint() string { return *k.cluster.Endpoint() }

// CertificateAuthorityData is the cluster CA, base64-encoded.
func (k *EksCluster) CertificateAuthorityData() string {
	return *k.cluster.CertificateAuthority().Get(jsii.Number(0)).Data()
}

// ClusterARN is the cluster's ARN.
func (k *EksCluster) ClusterARN() string { return *k.cluster.Arn() }

// ClusterSecurityGroupID is the security group EKS made for the control
// plane and managed nodes.
func (k *EksCluster) ClusterSecurityGroupID() string {
	return *k.cluster.VpcConfig().ClusterSecurityGroupId()
}

// OIDCProviderARN is the IAM OIDC provider IRSA roles trust.
func (k *EksCluster) OIDCProviderARN() string { return *k.oidc.Arn() }

// OIDCIssuer is the issuer without its https:// scheme, as IAM condition
// keys use it ("<issuer>:sub").
func (k *EksCluster) OIDCIssuer() string {
	return *cdktf.Fn_Replace(k.cluster.Identity().Get(jsii.Number(0)).Oidc().Get(jsii.Number(0)).Issuer(), jsii.String("https://"), jsii.String(""))
}

// SecretsKeyARN is the KMS key encrypting Kubernetes secrets.
func (k *EksCluster) SecretsKeyARN() string { return k.secretsKey.ARN() }

// NodeRoleARN and NodeRoleName are the managed node groups' role.
func (k *EksCluster) NodeRoleARN() string { return *k.nodeRole.Arn() }

// NodeRoleName is the name of the managed node groups' role.
func (k *EksCluster) NodeRoleName() string { return *k.nodeRole.Name() }

// Version is the cluster's Kubernetes version.
func (k *EksCluster) Version() string { return k.props.Version }

// Resource is the aws_eks_cluster, for depends_on.
func (k *EksCluster) Resource() cdktf.ITerraformDependable { return k.cluster }

// NodeGroups are the node groups, for depends_on: in-cluster workloads
// need somewhere to run.
func (k *EksCluster) NodeGroups() []cdktf.ITerraformDependable {
	return append([]cdktf.ITerraformDependable(nil), k.nodeGroups...)
}
