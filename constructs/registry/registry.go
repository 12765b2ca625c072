// Package registry provides Registry: one ECR repository per service,
// shared by every environment so one image digest is promoted from dev to
// prod. Tags are immutable, images are scanned on push and encrypted with
// a customer-managed KMS key, lifecycle rules expire untagged images and
// keep the last N releases, and a repository policy lets the
// environments' node roles pull.
package registry

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/ecrlifecyclepolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/ecrrepository"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/ecrrepositorypolicy"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// Props configure a Registry.
type Props struct {
	// Repositories are the repository names, one per service. Required:
	// at least one; lower-case, no wildcards.
	Repositories []string
	// AccountID owns the repositories. Required.
	AccountID string
	// KMSKeyARN encrypts images. Required.
	KMSKeyARN string
	// PullPrincipalARNs are the IAM roles that may pull (the environments'
	// node roles). They need not exist yet: the policy matches them by
	// aws:PrincipalArn. Default: none.
	PullPrincipalARNs []string
	// KeepReleases is how many v* release images each repository keeps.
	// Default: 30.
	KeepReleases int
	// KeepImages is how many images of any tag (git SHAs) each repository
	// keeps beyond the releases. Default: 200.
	KeepImages int
	// UntaggedExpiryDays expires untagged images. Default: 7.
	UntaggedExpiryDays int
	// PreventDestroy refuses `terraform destroy` of the repositories.
	// Default: false.
	PreventDestroy bool
}

func (p Props) withDefaults() Props {
	if p.KeepReleases == 0 {
		p.KeepReleases = 30
	}
	if p.KeepImages == 0 {
		p.KeepImages = 200
	}
	if p.UntaggedExpiryDays == 0 {
		p.UntaggedExpiryDays = 7
	}
	p.Repositories = append([]string(nil), p.Repositories...)
	p.PullPrincipalARNs = append([]string(nil), p.PullPrincipalARNs...)
	return p
}

var repoRE = regexp.MustCompile(`^[a-z0-9]+(?:[._-][a-z0-9]+)*$`)

func (p Props) validate() error {
	var errs []error
	if len(p.Repositories) == 0 {
		errs = append(errs, errors.New("registry: Repositories is required: list at least one service"))
	}
	seen := map[string]bool{}
	for i, r := range p.Repositories {
		switch {
		case r == "":
			errs = append(errs, fmt.Errorf("registry: Repositories[%d] is empty; name the service (e.g. orders-api)", i))
		case len(r) < 2 || !repoRE.MatchString(r):
			errs = append(errs, fmt.Errorf("registry: Repositories[%d] %q must be lower-case letters and digits separated by '.', '_' or '-'", i, r))
		case seen[r]:
			errs = append(errs, fmt.Errorf("registry: Repositories[%d] %q is listed twice", i, r))
		}
		seen[r] = true
	}
	if p.AccountID == "" || p.KMSKeyARN == "" {
		errs = append(errs, errors.New("registry: AccountID and KMSKeyARN are required"))
	}
	if p.KeepReleases < 1 || p.KeepImages < 1 || p.UntaggedExpiryDays < 1 {
		errs = append(errs, fmt.Errorf("registry: KeepReleases (%d), KeepImages (%d) and UntaggedExpiryDays (%d) must be at least 1", p.KeepReleases, p.KeepImages, p.UntaggedExpiryDays))
	}
	return errors.Join(errs...)
}

// Registry is the services' ECR repositories.
type Registry struct {
	constructs.Construct
	repos map[string]ecrrepository.EcrRepository
	names []string
}

// New validates props and creates one repository per name under scope/id.
// Each repository's construct ID derives from its name, so adding a
// service never re-creates another's repository.
func New(scope constructs.Construct, id string, props Props) (*Registry, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	r := &Registry{Construct: c, repos: map[string]ecrrepository.EcrRepository{}, names: props.Repositories}
	var lifecycle *cdktf.TerraformResourceLifecycle
	if props.PreventDestroy {
		lifecycle = &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}
	}
	rules := LifecycleRules(props)
	for _, name := range props.Repositories {
		cid := constructID(name)
		repo := ecrrepository.NewEcrRepository(c, jsii.String(cid), &ecrrepository.EcrRepositoryConfig{
			Name:                       jsii.String(name),
			ImageTagMutability:         jsii.String("IMMUTABLE"),
			ImageScanningConfiguration: &ecrrepository.EcrRepositoryImageScanningConfiguration{ScanOnPush: jsii.Bool(true)},
			EncryptionConfiguration: &[]*ecrrepository.EcrRepositoryEncryptionConfiguration{{
				EncryptionType: jsii.String("KMS"),
				KmsKey:         jsii.String(props.KMSKeyARN),
			}},
			ForceDelete: jsii.Bool(false),
			Lifecycle:   lifecycle,
		})
		r.repos[name] = repo
		ecrlifecyclepolicy.NewEcrLifecyclePolicy(c, jsii.String(cid+"Lifecycle"), &ecrlifecyclepolicy.EcrLifecyclePolicyConfig{
			Repository: repo.Name(),
			Policy:     jsii.String(rules),
		})
		if len(props.PullPrincipalARNs) > 0 {
			ecrrepositorypolicy.NewEcrRepositoryPolicy(c, jsii.String(cid+"Policy"), &ecrrepositorypolicy.EcrRepositoryPolicyConfig{
				Repository: repo.Name(),
				Policy:     jsii.String(pullPolicy(props).JSON()),
			})
		}
	}
	return r, nil
}

// pullPolicy lets the named roles pull. The principal is the account and
// the roles are matched by aws:PrincipalArn, because ECR refuses a policy
// naming a role that does not exist yet (the node roles come with the
// environments, after this stack).
func pullPolicy(p Props) iampolicy.Document {
	return iampolicy.New(iampolicy.Statement{
		Sid:       "EnvironmentNodesPull",
		Effect:    "Allow",
		Principal: &iampolicy.Principal{AWS: []string{fmt.Sprintf("arn:aws:iam::%s:root", p.AccountID)}},
		Action:    []string{"ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"},
		Condition: map[string]map[string]any{"ArnEquals": {"aws:PrincipalArn": p.PullPrincipalARNs}},
	})
}

// LifecycleRules is the repositories' lifecycle policy: untagged images
// expire after UntaggedExpiryDays; the last KeepReleases v* images are
// kept; beyond them, the last KeepImages images of any tag.
func LifecycleRules(p Props) string {
	type selection struct {
		TagStatus     string   `json:"tagStatus"`
		TagPrefixList []string `json:"tagPrefixList,omitempty"`
		CountType     string   `json:"countType"`
		CountUnit     string   `json:"countUnit,omitempty"`
		CountNumber   int      `json:"countNumber"`
	}
	type rule struct {
		RulePriority int               `json:"rulePriority"`
		Description  string            `json:"description"`
		Selection    selection         `json:"selection"`
		Action       map[string]string `json:"action"`
	}
	expire := map[string]string{"type": "expire"}
	rules := []rule{
		{1, fmt.Sprintf("Expire untagged images after %d days", p.UntaggedExpiryDays),
			selection{TagStatus: "untagged", CountType: "sinceImagePushed", CountUnit: "days", CountNumber: p.UntaggedExpiryDays}, expire},
		{2, fmt.Sprintf("Keep the last %d releases (v*)", p.KeepReleases),
			selection{TagStatus: "tagged", TagPrefixList: []string{"v"}, CountType: "imageCountMoreThan", CountNumber: p.KeepReleases}, expire},
		{3, fmt.Sprintf("Keep the last %d images of any other tag (git SHAs)", p.KeepImages),
			selection{TagStatus: "any", CountType: "imageCountMoreThan", CountNumber: p.KeepImages}, expire},
	}
	b, err := json.Marshal(map[string]any{"rules": rules})
	if err != nil {
		panic("registry: " + err.Error())
	}
	return string(b)
}

func constructID(name string) string {
	out := []byte{}
	upper := true
	for i := 0; i < len(name); i++ {
		ch := name[i]
		if ch == '-' || ch == '_' || ch == '.' {
			upper = true
			continue
		}
		if upper && ch >= 'a' && ch <= 'z' {
			ch -= 'a' - 'A'
		}
		upper = false
		out = append(out, ch)
	}
	return "Repository" + string(out)
}

// ARN is a repository's ARN ("" for a name not in the registry).
func (r *Registry) ARN(name string) string {
	repo, ok := r.repos[name]
	if !ok {
		return ""
	}
	return *repo.Arn()
}

// URL is a repository's URL (<account>.dkr.ecr.<region>.amazonaws.com/<name>).
func (r *Registry) URL(name string) string {
	repo, ok := r.repos[name]
	if !ok {
		return ""
	}
	return *repo.RepositoryUrl()
}

// ARNs are every repository's ARN, in the order of Props.Repositories.
func (r *Registry) ARNs() []string {
	var out []string
	for _, n := range r.names {
		out = append(out, r.ARN(n))
	}
	return out
}

// Names are the repository names.
func (r *Registry) Names() []string { return append([]string(nil), r.names...) }
