package config

import (
	"fmt"
	"regexp"
	"strings"
)

// Account is what the bootstrap stack creates once per AWS account and
// every environment in it shares: the Terraform state bucket and its key,
// the access-log bucket, the GitHub OIDC provider and CI roles, and the
// ECR repositories (shared so one image digest is promoted from dev to
// prod). It is a type of its own because none of it belongs to one
// environment, and it must exist before any environment's stacks can
// keep state.
type Account struct {
	// Project prefixes resource names. Default: "keelson".
	Project string
	// AccountID is the 12-digit AWS account. Every environment built with
	// this account must use it. Required.
	AccountID string
	// Region of the bucket, key and repositories. Required.
	Region string
	// Tags are the provider's default_tags for the bootstrap stack.
	// Default: Project, Environment=shared, ManagedBy.
	Tags map[string]string
	// State is the Terraform state storage.
	State StateStorage
	// GitHub is the repository whose workflows plan and apply the stacks.
	GitHub GitHub
	// Registry is the ECR repositories of the services.
	Registry Registry
}

// StateStorage is the state bucket, its key and the access-log bucket.
type StateStorage struct {
	// Bucket keeps every stack's state (versioned, KMS-encrypted, S3
	// native locking). Required; every environment's backend.bucket.
	Bucket string
	// KMSKeyAlias names the key encrypting state. Default:
	// "alias/<project>-state"; every environment's backend.kmsKeyAlias.
	KMSKeyAlias string
	// AccessLogBucket receives S3 server access logs of the state bucket
	// and of the environments' data buckets. Default:
	// "<project>-access-logs-<account ID>".
	AccessLogBucket string
	// NoncurrentVersionDays keeps old state versions this long (the way
	// back from a bad apply), 7-3650. Default: 90.
	NoncurrentVersionDays int
	// Migrated says the bootstrap stack's own state has been moved into
	// Bucket (help/bootstrap.md). False: the stack keeps local state in
	// terraform.bootstrap.tfstate at the repository root, as a new
	// account needs on its first apply. Default: false.
	Migrated bool
}

// GitHub is the repository that runs Keelson's workflows.
type GitHub struct {
	// Org is the GitHub organization or user. Required.
	Org string
	// Repo is the repository name. Required.
	Repo string
}

// Registry is the services' ECR repositories.
type Registry struct {
	// Repositories are the ECR repository names, one per service; each is
	// also the service's GitHub repository in GitHub.Org, whose main
	// branch and v* tags may push to it. Default: the example services.
	Repositories []string
	// KeepReleases is how many v* release images each repository keeps,
	// 1-1000. Default: 30.
	KeepReleases int
	// UntaggedExpiryDays expires untagged images (superseded pushes,
	// images that failed their scan) after this many days, 1-365.
	// Default: 7.
	UntaggedExpiryDays int
}

// Deploy says which GitHub Actions jobs may assume an environment's apply
// role (OIDC subjects of GitHub.Org/GitHub.Repo only, matched exactly).
type Deploy struct {
	// Branch lets jobs on this branch apply ("repo:<org>/<repo>:ref:
	// refs/heads/<branch>"). Production refuses one: a branch subject
	// would skip the production environment's reviewers. Default: "main"
	// in dev, "" in prod.
	Branch string
	// GitHubEnvironment lets jobs that declare this GitHub environment
	// apply ("repo:<org>/<repo>:environment:<name>"); protect it with
	// required reviewers and a main-only branch rule in the repository
	// settings. Default: "dev" in dev, "production" in prod.
	GitHubEnvironment string
}

// Bootstrap is the account preset matching Dev and Prod: one account,
// one state bucket, the example services' repositories. Edit it with them.
func Bootstrap() Account {
	return Account{
		Project:   "keelson",
		AccountID: "111122223333",
		Region:    "us-east-1",
		Tags:      defaultTags("shared"),
		State: StateStorage{
			Bucket:                "keelson-tfstate-111122223333",
			KMSKeyAlias:           "alias/keelson-state",
			AccessLogBucket:       "keelson-access-logs-111122223333",
			NoncurrentVersionDays: 90,
			Migrated:              false,
		},
		GitHub: GitHub{Org: "keelson-dev", Repo: "keelson"},
		Registry: Registry{
			Repositories:       []string{"orders-api", "payments-api", "notifications-worker"},
			KeepReleases:       30,
			UntaggedExpiryDays: 7,
		},
	}
}

// ApplyRoleName is the IAM role CI assumes to apply the environment's
// stacks: "<project>-<env>-apply", created by the bootstrap stack.
func (e Environment) ApplyRoleName() string { return e.ResourcePrefix() + "-apply" }

// ApplyRoleARN is ApplyRoleName's ARN, built from the account ID (no
// lookup: the infra stack grants it cluster-admin before CI ever runs).
func (e Environment) ApplyRoleARN() string {
	return fmt.Sprintf("arn:aws:iam::%s:role/%s", e.AccountID, e.ApplyRoleName())
}

// NodeRoleARN is the managed node groups' role, "<project>-<env>-node",
// the name constructs/eks gives it. ECR repository policies name it.
func (e Environment) NodeRoleARN() string {
	return fmt.Sprintf("arn:aws:iam::%s:role/%s-node", e.AccountID, e.ClusterName())
}

// GitHubSubject is the OIDC "sub" of this repository for a suffix such
// as "pull_request" or "ref:refs/heads/main".
func (g GitHub) GitHubSubject(suffix string) string {
	return fmt.Sprintf("repo:%s/%s:%s", g.Org, g.Repo, suffix)
}

// ApplySubjects are the OIDC subjects the environment's apply role trusts.
func (e Environment) ApplySubjects(g GitHub) []string {
	var subs []string
	if e.Deploy.Branch != "" {
		subs = append(subs, g.GitHubSubject("ref:refs/heads/"+e.Deploy.Branch))
	}
	if e.Deploy.GitHubEnvironment != "" {
		subs = append(subs, g.GitHubSubject("environment:"+e.Deploy.GitHubEnvironment))
	}
	return subs
}

var (
	ghOrgRE    = regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$`)
	ghRepoRE   = regexp.MustCompile(`^[A-Za-z0-9._-]{1,100}$`)
	ghEnvRE    = regexp.MustCompile(`^[A-Za-z0-9._-]{1,255}$`)
	branchRE   = regexp.MustCompile(`^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$`)
	ecrRepoRE  = regexp.MustCompile(`^[a-z0-9]+(?:[._-][a-z0-9]+)*$`)
	accountTag = "bootstrap"
)

// Validate checks the account settings (paths start at "bootstrap.").
func (a Account) Validate() error {
	c := &problems{prefix: accountTag}
	a.validate(c)
	return c.err()
}

func (a Account) validate(c *problems) {
	if !projectRE.MatchString(a.Project) {
		c.add("project", a.Project, "must be 2-20 lower-case letters, digits or dashes, starting with a letter")
	}
	if !accountRE.MatchString(a.AccountID) {
		c.add("accountID", a.AccountID, "must be a 12-digit AWS account ID")
	}
	if !regionRE.MatchString(a.Region) {
		c.add("region", a.Region, "not an AWS region name (e.g. us-east-1)")
	}
	for field, b := range map[string]string{"state.bucket": a.State.Bucket, "state.accessLogBucket": a.State.AccessLogBucket} {
		if !bucketRE.MatchString(b) || strings.Contains(b, "..") {
			c.add(field, b, "not a valid S3 bucket name (3-63 lower-case letters, digits, dots, dashes)")
		}
	}
	if a.State.Bucket == a.State.AccessLogBucket {
		c.add("state.accessLogBucket", a.State.AccessLogBucket, "must differ from the state bucket: a bucket cannot log into itself")
	}
	if !kmsAliasRE.MatchString(a.State.KMSKeyAlias) {
		c.add("state.kmsKeyAlias", a.State.KMSKeyAlias, "must look like alias/<name>")
	}
	if a.State.NoncurrentVersionDays < 7 || a.State.NoncurrentVersionDays > 3650 {
		c.add("state.noncurrentVersionDays", a.State.NoncurrentVersionDays, "must be 7-3650 days: old state versions are how you undo a bad apply")
	}
	if !ghOrgRE.MatchString(a.GitHub.Org) {
		c.add("github.org", a.GitHub.Org, "not a GitHub organization or user name (no wildcards)")
	}
	if !ghRepoRE.MatchString(a.GitHub.Repo) || a.GitHub.Repo == "." || a.GitHub.Repo == ".." {
		c.add("github.repo", a.GitHub.Repo, "not a GitHub repository name (no wildcards)")
	}
	r := a.Registry
	if len(r.Repositories) == 0 {
		c.add("registry.repositories", "[]", "list at least one service repository")
	}
	seen := map[string]bool{}
	for i, name := range r.Repositories {
		f := fmt.Sprintf("registry.repositories[%d]", i)
		switch {
		case name == "":
			c.add(f, name, "empty repository name; use the service's name, e.g. orders-api")
		case len(name) < 2 || len(name) > 100 || !ecrRepoRE.MatchString(name):
			c.add(f, name, "must be 2-100 lower-case letters and digits separated by '.', '_' or '-' (it is also the service's GitHub repository)")
		case seen[name]:
			c.add(f, name, "listed twice")
		}
		seen[name] = true
	}
	if r.KeepReleases < 1 || r.KeepReleases > 1000 {
		c.add("registry.keepReleases", r.KeepReleases, "must be 1-1000")
	}
	if r.UntaggedExpiryDays < 1 || r.UntaggedExpiryDays > 365 {
		c.add("registry.untaggedExpiryDays", r.UntaggedExpiryDays, "must be 1-365 days")
	}
}

func (d Deploy) validate(c *problems, production bool) {
	if d.Branch != "" && (!branchRE.MatchString(d.Branch) || strings.Contains(d.Branch, "..")) {
		c.add("deploy.branch", d.Branch, "not a branch name (no wildcards)")
	}
	if d.GitHubEnvironment != "" && !ghEnvRE.MatchString(d.GitHubEnvironment) {
		c.add("deploy.githubEnvironment", d.GitHubEnvironment, "not a GitHub environment name (no wildcards)")
	}
	switch {
	case production && d.Branch != "":
		c.add("deploy.branch", d.Branch, "production applies only from its protected GitHub environment; a branch subject would skip its reviewers")
	case production && d.GitHubEnvironment == "":
		c.add("deploy.githubEnvironment", d.GitHubEnvironment, "production needs a protected GitHub environment (e.g. production)")
	case d.Branch == "" && d.GitHubEnvironment == "":
		c.add("deploy", "{}", "name a branch or a GitHub environment, or no workflow can apply this environment")
	}
}

// ValidatePlatform validates the account, every environment
// (ValidateAll) and what they must agree on: one account, the bootstrap's
// state bucket and key, its access-log bucket, and apply roles that do
// not trust the same subjects.
func ValidatePlatform(a Account, envs []Environment) error {
	var all Problems
	if err := ValidateAll(envs); err != nil {
		all = append(all, err.(Problems)...)
	}
	if err := a.Validate(); err != nil {
		all = append(all, err.(Problems)...)
	}
	add := func(env, field, value, format string, args ...any) {
		all = append(all, Problem{Path: env + "." + field, Value: value, Reason: fmt.Sprintf(format, args...)})
	}
	subjects := map[string]string{}
	for _, e := range envs {
		if e.AccountID != a.AccountID {
			add(e.Name, "accountID", e.AccountID, "the bootstrap account is %s; build environments of another account in an app with that account's bootstrap", a.AccountID)
		}
		if e.Backend.Bucket != a.State.Bucket {
			add(e.Name, "backend.bucket", e.Backend.Bucket, "the bootstrap stack creates %q; use it", a.State.Bucket)
		}
		if e.Backend.KMSKeyAlias != a.State.KMSKeyAlias {
			add(e.Name, "backend.kmsKeyAlias", e.Backend.KMSKeyAlias, "the bootstrap stack creates %q; use it", a.State.KMSKeyAlias)
		}
		if e.Backend.Region != a.Region {
			add(e.Name, "backend.region", e.Backend.Region, "the state bucket is in %s", a.Region)
		}
		if e.DataProtection.AccessLogBucket != a.State.AccessLogBucket {
			add(e.Name, "dataProtection.accessLogBucket", e.DataProtection.AccessLogBucket, "the bootstrap stack creates %q; use it", a.State.AccessLogBucket)
		}
		for _, s := range e.ApplySubjects(a.GitHub) {
			if other, dup := subjects[s]; dup {
				add(e.Name, "deploy", s, "%s's apply role already trusts this subject; one job must not be able to apply two environments", other)
			}
			subjects[s] = e.Name
		}
	}
	if len(all) == 0 {
		return nil
	}
	return all
}
