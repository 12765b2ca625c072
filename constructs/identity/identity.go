// Package identity provides GitHubOIDC: the GitHub Actions OIDC provider
// and the least-privilege roles Keelson's workflows assume: a read-only
// plan role, an apply role per environment, and an image-push role limited
// to the ECR repositories. Every trust is pinned to the audience
// sts.amazonaws.com and to exact subjects of named repositories; the only
// pattern allowed is a release-tag ref (refs/tags/v*) of a service
// repository.
package identity

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamopenidconnectprovider"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicyattachment"

	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// Issuer is GitHub Actions' OIDC issuer (host and path, as in condition keys).
const Issuer = "token.actions.githubusercontent.com"

// EnvironmentRole is one environment's apply role.
type EnvironmentRole struct {
	// ID is the construct ID ("Dev" → ApplyRoleDev). Required, stable.
	ID string
	// RoleName is the role's name ("keelson-dev-apply"). Required.
	RoleName string
	// Subjects are the exact OIDC subjects that may assume it. Required.
	Subjects []string
	// ResourcePrefix is the environment's name prefix ("keelson-dev"):
	// the role manages IAM roles, policies and instance profiles with
	// this prefix only. Required.
	ResourcePrefix string
	// StateKeyPrefix is the environment's folder in the state bucket.
	// Required.
	StateKeyPrefix string
}

// Props configure GitHubOIDC.
type Props struct {
	// AccountID and Region. Required.
	AccountID, Region string
	// Project prefixes role names ("<project>-plan"). Required.
	Project string
	// Org and Repo are this repository, whose workflows plan and apply.
	// Required.
	Org, Repo string
	// PlanSubjects may assume the plan role. Default: this repository's
	// pull requests and its main branch (drift detection, promotion plans).
	PlanSubjects []string
	// StateBucketARN and StateKeyARN are the state bucket and its key.
	// Required.
	StateBucketARN, StateKeyARN string
	// ProtectedBucketARNs are data buckets the plan role must not read
	// objects from (it has ReadOnlyAccess otherwise). Default: none.
	ProtectedBucketARNs []string
	// Environments get an apply role each. Default: none.
	Environments []EnvironmentRole
	// RepositoryARNs are the ECR repositories the push role may push to.
	// Required with PushRepositories.
	RepositoryARNs []string
	// PushRepositories are the service repositories (in Org) whose main
	// branch and v* tags may push images. Default: none (no push role).
	PushRepositories []string
}

var subjectRE = regexp.MustCompile(`^repo:[A-Za-z0-9-]+/[A-Za-z0-9._-]+:(pull_request|ref:refs/heads/[A-Za-z0-9._/-]+|environment:[A-Za-z0-9._-]+)$`)

func (p Props) validate() error {
	var errs []error
	add := func(format string, args ...any) { errs = append(errs, fmt.Errorf("identity: "+format, args...)) }
	if p.AccountID == "" || p.Region == "" || p.Project == "" {
		add("AccountID, Region and Project are required")
	}
	if p.Org == "" || p.Repo == "" {
		add("Org and Repo are required: trust is scoped to one repository")
	}
	if p.StateBucketARN == "" || p.StateKeyARN == "" {
		add("StateBucketARN and StateKeyARN are required")
	}
	for _, s := range p.PlanSubjects {
		if !subjectRE.MatchString(s) {
			add("PlanSubjects: %q is not an exact subject of a repository (no wildcards)", s)
		}
	}
	for _, e := range p.Environments {
		if e.ID == "" || e.RoleName == "" || e.ResourcePrefix == "" || e.StateKeyPrefix == "" || len(e.Subjects) == 0 {
			add("Environments: %q needs ID, RoleName, Subjects, ResourcePrefix and StateKeyPrefix", e.RoleName)
		}
		for _, s := range e.Subjects {
			if !subjectRE.MatchString(s) {
				add("Environments[%s]: subject %q is not an exact subject of a repository (no wildcards)", e.ID, s)
			}
		}
	}
	if len(p.PushRepositories) > 0 && len(p.RepositoryARNs) == 0 {
		add("RepositoryARNs are required with PushRepositories")
	}
	return errors.Join(errs...)
}

// GitHubOIDC is the OIDC provider and the CI roles.
type GitHubOIDC struct {
	constructs.Construct
	props    Props
	provider iamopenidconnectprovider.IamOpenidConnectProvider
	plan     iamrole.IamRole
	apply    map[string]iamrole.IamRole
	push     iamrole.IamRole
}

// New validates props and creates the provider and roles under scope/id.
func New(scope constructs.Construct, id string, props Props) (*GitHubOIDC, error) {
	if len(props.PlanSubjects) == 0 {
		props.PlanSubjects = []string{
			fmt.Sprintf("repo:%s/%s:pull_request", props.Org, props.Repo),
			fmt.Sprintf("repo:%s/%s:ref:refs/heads/main", props.Org, props.Repo),
		}
	}
	props.Environments = append([]EnvironmentRole(nil), props.Environments...)
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	g := &GitHubOIDC{Construct: c, props: props, apply: map[string]iamrole.IamRole{}}
	g.provider = iamopenidconnectprovider.NewIamOpenidConnectProvider(c, jsii.String("Provider"), &iamopenidconnectprovider.IamOpenidConnectProviderConfig{
		Url:          jsii.String("https://" + Issuer),
		ClientIdList: jsii.Strings("sts.amazonaws.com"),
		// IAM no longer checks these for GitHub (it trusts its own root
		// CAs); the API still takes them. GitHub's published values.
		ThumbprintList: jsii.Strings("6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd"),
	})

	g.plan = g.role("PlanRole", props.Project+"-plan", "Read-only plans of "+props.Org+"/"+props.Repo+" (pull requests, drift)", trust(*g.provider.Arn(), props.PlanSubjects, nil))
	iamrolepolicyattachment.NewIamRolePolicyAttachment(c, jsii.String("PlanRoleReadOnly"), &iamrolepolicyattachment.IamRolePolicyAttachmentConfig{
		Role: g.plan.Name(), PolicyArn: jsii.String("arn:aws:iam::aws:policy/ReadOnlyAccess"),
	})
	planStatements := []iampolicy.Statement{
		iampolicy.Allow("ReadState", []string{"s3:GetObject"}, props.StateBucketARN+"/*"),
		iampolicy.Allow("ListState", []string{"s3:ListBucket"}, props.StateBucketARN),
		iampolicy.Allow("DecryptState", []string{"kms:Decrypt", "kms:DescribeKey"}, props.StateKeyARN),
	}
	if len(props.ProtectedBucketARNs) > 0 {
		var objects []string
		for _, b := range props.ProtectedBucketARNs {
			objects = append(objects, b+"/*")
		}
		planStatements = append(planStatements, iampolicy.Statement{
			Sid: "NoDataReads", Effect: "Deny", Action: []string{"s3:GetObject", "s3:GetObjectVersion"}, Resource: objects,
		})
	}
	iamrolepolicy.NewIamRolePolicy(c, jsii.String("PlanRoleState"), &iamrolepolicy.IamRolePolicyConfig{
		Name: jsii.String("state-read"), Role: g.plan.Id(), Policy: jsii.String(iampolicy.New(planStatements...).JSON()),
	})

	for _, e := range props.Environments {
		role := g.role("ApplyRole"+e.ID, e.RoleName, "Applies the "+e.ResourcePrefix+" stacks from "+props.Org+"/"+props.Repo, trust(*g.provider.Arn(), e.Subjects, nil))
		g.apply[e.ID] = role
		iamrolepolicyattachment.NewIamRolePolicyAttachment(c, jsii.String("ApplyRole"+e.ID+"PowerUser"), &iamrolepolicyattachment.IamRolePolicyAttachmentConfig{
			Role: role.Name(), PolicyArn: jsii.String("arn:aws:iam::aws:policy/PowerUserAccess"),
		})
		iamrolepolicy.NewIamRolePolicy(c, jsii.String("ApplyRole"+e.ID+"Policy"), &iamrolepolicy.IamRolePolicyConfig{
			Name: jsii.String("state-and-iam"), Role: role.Id(), Policy: jsii.String(g.applyPolicy(e).JSON()),
		})
	}

	if len(props.PushRepositories) > 0 {
		var exact, tags []string
		for _, r := range props.PushRepositories {
			exact = append(exact, fmt.Sprintf("repo:%s/%s:ref:refs/heads/main", props.Org, r))
			tags = append(tags, fmt.Sprintf("repo:%s/%s:ref:refs/tags/v*", props.Org, r))
		}
		g.push = g.role("ImagePushRole", props.Project+"-ecr-push", "Pushes service images to ECR from the services' main branch and release tags", trust(*g.provider.Arn(), exact, tags))
		iamrolepolicy.NewIamRolePolicy(c, jsii.String("ImagePushPolicy"), &iamrolepolicy.IamRolePolicyConfig{
			Name: jsii.String("push-images"), Role: g.push.Id(),
			Policy: jsii.String(iampolicy.New(
				iampolicy.Allow("Login", []string{"ecr:GetAuthorizationToken"}, "*"),
				iampolicy.Allow("Push", []string{
					"ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload",
					"ecr:PutImage", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:DescribeImages",
					"ecr:DescribeImageScanFindings", "ecr:DescribeRepositories",
				}, props.RepositoryARNs...),
			).JSON()),
		})
	}
	return g, nil
}

func (g *GitHubOIDC) role(id, name, description string, trust iampolicy.Document) iamrole.IamRole {
	return iamrole.NewIamRole(g.Construct, jsii.String(id), &iamrole.IamRoleConfig{
		Name:               jsii.String(name),
		Description:        jsii.String(description),
		AssumeRolePolicy:   jsii.String(trust.JSON()),
		MaxSessionDuration: jsii.Number(3600),
	})
}

// trust lets GitHub's OIDC tokens for the exact subjects (and, in a
// second statement, release-tag patterns) assume a role.
func trust(providerARN string, exact, patterns []string) iampolicy.Document {
	aud := Issuer + ":aud"
	sub := Issuer + ":sub"
	st := []iampolicy.Statement{{
		Sid:       "GitHubActions",
		Effect:    "Allow",
		Principal: &iampolicy.Principal{Federated: []string{providerARN}},
		Action:    []string{"sts:AssumeRoleWithWebIdentity"},
		Condition: map[string]map[string]any{"StringEquals": {aud: "sts.amazonaws.com", sub: exact}},
	}}
	if len(patterns) > 0 {
		st = append(st, iampolicy.Statement{
			Sid:       "GitHubActionsReleaseTags",
			Effect:    "Allow",
			Principal: &iampolicy.Principal{Federated: []string{providerARN}},
			Action:    []string{"sts:AssumeRoleWithWebIdentity"},
			Condition: map[string]map[string]any{
				"StringEquals": {aud: "sts.amazonaws.com"},
				"StringLike":   {sub: patterns},
			},
		})
	}
	return iampolicy.New(st...)
}

// applyPolicy: state read/write in the environment's folder (with S3
// lock files), the state key, and IAM limited to the environment's own
// roles, policies, instance profiles and EKS OIDC providers (the IAM
// half PowerUserAccess leaves out, scoped so CI cannot grant itself more).
func (g *GitHubOIDC) applyPolicy(e EnvironmentRole) iampolicy.Document {
	p := g.props
	iamARN := func(kind string) string {
		return fmt.Sprintf("arn:aws:iam::%s:%s/%s-*", p.AccountID, kind, e.ResourcePrefix)
	}
	owned := []string{iamARN("role"), iamARN("policy"), iamARN("instance-profile"),
		fmt.Sprintf("arn:aws:iam::%s:oidc-provider/oidc.eks.%s.amazonaws.com/id/*", p.AccountID, p.Region)}
	self := fmt.Sprintf("arn:aws:iam::%s:role/%s", p.AccountID, e.RoleName)
	return iampolicy.New(
		// The role's own name matches its prefix: it must not rewrite
		// its own trust or permissions.
		iampolicy.Statement{Sid: "NotItself", Effect: "Deny", Resource: []string{self}, Action: []string{
			"iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy", "iam:DeleteRolePolicy", "iam:AttachRolePolicy", "iam:DetachRolePolicy",
			"iam:DeleteRole", "iam:UpdateRole", "iam:PassRole",
		}},
		iampolicy.Allow("State", []string{"s3:GetObject", "s3:PutObject", "s3:DeleteObject"}, fmt.Sprintf("%s/%s/*", p.StateBucketARN, e.StateKeyPrefix)),
		iampolicy.Allow("ListState", []string{"s3:ListBucket"}, p.StateBucketARN),
		iampolicy.Allow("StateKey", []string{"kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"}, p.StateKeyARN),
		iampolicy.Allow("OwnIAM", []string{
			"iam:CreateRole", "iam:DeleteRole", "iam:GetRole", "iam:UpdateRole", "iam:UpdateAssumeRolePolicy", "iam:TagRole", "iam:UntagRole",
			"iam:PutRolePolicy", "iam:GetRolePolicy", "iam:DeleteRolePolicy", "iam:ListRolePolicies",
			"iam:AttachRolePolicy", "iam:DetachRolePolicy", "iam:ListAttachedRolePolicies", "iam:ListInstanceProfilesForRole",
			"iam:CreatePolicy", "iam:DeletePolicy", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:CreatePolicyVersion", "iam:DeletePolicyVersion", "iam:ListPolicyVersions", "iam:TagPolicy",
			"iam:CreateInstanceProfile", "iam:DeleteInstanceProfile", "iam:GetInstanceProfile", "iam:AddRoleToInstanceProfile", "iam:RemoveRoleFromInstanceProfile", "iam:TagInstanceProfile",
			"iam:CreateOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider", "iam:GetOpenIDConnectProvider", "iam:TagOpenIDConnectProvider",
			"iam:UpdateOpenIDConnectProviderThumbprint", "iam:AddClientIDToOpenIDConnectProvider",
			"iam:PassRole",
		}, owned...),
	)
}

// PlanRoleARN is the plan role's ARN (vars.KEELSON_PLAN_ROLE_ARN).
func (g *GitHubOIDC) PlanRoleARN() string { return *g.plan.Arn() }

// ApplyRoleARN is an environment's apply role ARN ("" for an unknown ID).
func (g *GitHubOIDC) ApplyRoleARN(id string) string {
	r, ok := g.apply[id]
	if !ok {
		return ""
	}
	return *r.Arn()
}

// PushRoleARN is the image-push role's ARN, or "" without one.
func (g *GitHubOIDC) PushRoleARN() string {
	if g.push == nil {
		return ""
	}
	return *g.push.Arn()
}

// ProviderARN is the OIDC provider's ARN.
func (g *GitHubOIDC) ProviderARN() string { return *g.provider.Arn() }
