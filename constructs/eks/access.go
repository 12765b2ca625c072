package eks

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/eksaccessentry"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/eksaccesspolicyassociation"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupingressrule"
)

// GrantAdmin gives an IAM principal cluster-admin through an access entry.
// The construct IDs derive from the principal ARN, so adding or removing
// one principal never re-creates another's entry.
func (k *EksCluster) GrantAdmin(principalARN string) {
	sum := sha256.Sum256([]byte(principalARN))
	n := hex.EncodeToString(sum[:4])
	entry := eksaccessentry.NewEksAccessEntry(k.Construct, jsii.String("AdminAccessEntry"+n), &eksaccessentry.EksAccessEntryConfig{
		ClusterName:  k.cluster.Name(),
		PrincipalArn: jsii.String(principalARN),
		Type:         jsii.String("STANDARD"),
	})
	eksaccesspolicyassociation.NewEksAccessPolicyAssociation(k.Construct, jsii.String("AdminAccessPolicy"+n), &eksaccesspolicyassociation.EksAccessPolicyAssociationConfig{
		ClusterName:  k.cluster.Name(),
		PrincipalArn: entry.PrincipalArn(),
		PolicyArn:    jsii.String(fmt.Sprintf("arn:%s:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy", k.props.Partition)),
		AccessScope:  &eksaccesspolicyassociation.EksAccessPolicyAssociationAccessScope{Type: jsii.String("cluster")},
	})
}

// AllowAPIAccessFrom lets a security group (the bastion's, a CI runner's)
// reach the private API endpoint on 443. id names the rule.
func (k *EksCluster) AllowAPIAccessFrom(id, securityGroupID, description string) {
	vpcsecuritygroupingressrule.NewVpcSecurityGroupIngressRule(k.Construct, jsii.String(id), &vpcsecuritygroupingressrule.VpcSecurityGroupIngressRuleConfig{
		SecurityGroupId:           jsii.String(k.ClusterSecurityGroupID()),
		ReferencedSecurityGroupId: jsii.String(securityGroupID),
		IpProtocol:                jsii.String("tcp"),
		FromPort:                  jsii.Number(443),
		ToPort:                    jsii.Number(443),
		Description:               jsii.String(description),
	})
}
