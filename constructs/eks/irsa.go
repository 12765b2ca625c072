package eks

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicyattachment"

	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// IRSARoleProps configure a role for one Kubernetes service account.
type IRSARoleProps struct {
	// Name is the IAM role's name. Required.
	Name string
	// Namespace and ServiceAccount are the only identity that may assume
	// the role. Required.
	Namespace, ServiceAccount string
	// Description says what the role is for. Required.
	Description string
	// PolicyJSON is an inline policy document (see internal/iampolicy).
	// Default: none.
	PolicyJSON string
	// ManagedPolicies are AWS managed policy names to attach, e.g.
	// "service-role/AmazonEBSCSIDriverPolicy". Default: none.
	ManagedPolicies []string
}

var k8sNameRE = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)

// IRSARole is an IAM role a single service account assumes through IRSA.
type IRSARole struct {
	role iamrole.IamRole
}

// ARN is the role's ARN, for the service account's
// eks.amazonaws.com/role-arn annotation.
func (r *IRSARole) ARN() string { return *r.role.Arn() }

// Name is the role's name.
func (r *IRSARole) Name() string { return *r.role.Name() }

// NewIRSARole makes a role whose trust is pinned to one namespace and
// service account (the OIDC ":sub") and to STS as audience (":aud"). The
// construct ID is id, under the cluster.
func (k *EksCluster) NewIRSARole(id string, props IRSARoleProps) (*IRSARole, error) {
	var errs []error
	if props.Name == "" || props.Description == "" {
		errs = append(errs, fmt.Errorf("eks: IRSA role %q: Name and Description are required", id))
	}
	if !k8sNameRE.MatchString(props.Namespace) || !k8sNameRE.MatchString(props.ServiceAccount) {
		errs = append(errs, fmt.Errorf("eks: IRSA role %q: Namespace %q and ServiceAccount %q must be Kubernetes names (no wildcards)", id, props.Namespace, props.ServiceAccount))
	}
	if props.PolicyJSON == "" && len(props.ManagedPolicies) == 0 {
		errs = append(errs, fmt.Errorf("eks: IRSA role %q: give it PolicyJSON or ManagedPolicies", id))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	issuer := k.OIDCIssuer()
	trust := iampolicy.New(iampolicy.Statement{
		Effect:    "Allow",
		Principal: &iampolicy.Principal{Federated: []string{k.OIDCProviderARN()}},
		Action:    []string{"sts:AssumeRoleWithWebIdentity"},
		Condition: map[string]map[string]any{"StringEquals": {
			issuer + ":sub": fmt.Sprintf("system:serviceaccount:%s:%s", props.Namespace, props.ServiceAccount),
			issuer + ":aud": "sts.amazonaws.com",
		}},
	})
	role := iamrole.NewIamRole(k.Construct, jsii.String(id), &iamrole.IamRoleConfig{
		Name:             jsii.String(props.Name),
		Description:      jsii.String(props.Description),
		AssumeRolePolicy: jsii.String(trust.JSON()),
	})
	if props.PolicyJSON != "" {
		iamrolepolicy.NewIamRolePolicy(k.Construct, jsii.String(id+"Policy"), &iamrolepolicy.IamRolePolicyConfig{
			Name:   jsii.String(props.Name),
			Role:   role.Id(),
			Policy: jsii.String(props.PolicyJSON),
		})
	}
	for i, p := range props.ManagedPolicies {
		iamrolepolicyattachment.NewIamRolePolicyAttachment(k.Construct, jsii.String(fmt.Sprintf("%sManagedPolicy%d", id, i)), &iamrolepolicyattachment.IamRolePolicyAttachmentConfig{
			Role:      role.Name(),
			PolicyArn: jsii.String(k.managedPolicy(p)),
		})
	}
	return &IRSARole{role: role}, nil
}
