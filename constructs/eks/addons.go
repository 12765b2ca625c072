package eks

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/eksaddon"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// vpcCNIConfig turns on network policy enforcement (the VPC CNI's node
// agent implements NetworkPolicy), so the default-deny policies of the
// tenancy baseline are enforced.
const vpcCNIConfig = `{"enableNetworkPolicy":"true"}`

// createBootstrapAddons installs what a node needs to become Ready:
// networking (vpc-cni, with its own IRSA role rather than the node role's
// permissions) and kube-proxy. They go in before the node groups.
func (k *EksCluster) createBootstrapAddons() {
	cniRole, err := k.NewIRSARole("VpcCniRole", IRSARoleProps{
		Name:            k.props.Name + "-vpc-cni",
		Description:     "VPC CNI (aws-node) manages pod ENIs and IPs",
		Namespace:       "kube-system",
		ServiceAccount:  "aws-node",
		ManagedPolicies: []string{"AmazonEKS_CNI_Policy"},
	})
	if err != nil {
		panic(err) // literals above: cannot fail
	}
	k.bootstrapAddons = []cdktf.ITerraformDependable{
		k.addon("VpcCni", "vpc-cni", k.props.Addons.VPCCNI, cniRole.ARN(), vpcCNIConfig, nil),
		k.addon("KubeProxy", "kube-proxy", k.props.Addons.KubeProxy, "", "", nil),
	}
}

// createPodAddons installs the add-ons that run as Deployments and so need
// a node: CoreDNS and the EBS CSI driver (with its IRSA role). Creating
// them before a node group exists leaves them degraded and the apply
// timing out — the first-apply failure other modules hit.
func (k *EksCluster) createPodAddons() {
	csiRole, err := k.NewIRSARole("EbsCsiRole", IRSARoleProps{
		Name:            k.props.Name + "-ebs-csi",
		Description:     "EBS CSI driver creates, attaches and encrypts volumes",
		Namespace:       "kube-system",
		ServiceAccount:  "ebs-csi-controller-sa",
		ManagedPolicies: []string{"service-role/AmazonEBSCSIDriverPolicy"},
	})
	if err != nil {
		panic(err) // literals above: cannot fail
	}
	k.addon("CoreDns", "coredns", k.props.Addons.CoreDNS, "", "", k.nodeGroups)
	k.addon("EbsCsiDriver", "aws-ebs-csi-driver", k.props.Addons.EBSCSI, csiRole.ARN(), "", k.nodeGroups)
}

func (k *EksCluster) addon(id, name, version, roleARN, configuration string, after []cdktf.ITerraformDependable) eksaddon.EksAddon {
	cfg := &eksaddon.EksAddonConfig{
		ClusterName:  k.cluster.Name(),
		AddonName:    jsii.String(name),
		AddonVersion: jsii.String(version),
		// OVERWRITE on create takes over anything a console click left;
		// PRESERVE on update keeps a live hotfix until code catches up.
		ResolveConflictsOnCreate: jsii.String("OVERWRITE"),
		ResolveConflictsOnUpdate: jsii.String("PRESERVE"),
	}
	if roleARN != "" {
		cfg.ServiceAccountRoleArn = jsii.String(roleARN)
	}
	if configuration != "" {
		cfg.ConfigurationValues = jsii.String(configuration)
	}
	if len(after) > 0 {
		cfg.DependsOn = &after
	}
	return eksaddon.NewEksAddon(k.Construct, jsii.String(id+"Addon"), cfg)
}
