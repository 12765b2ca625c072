package stacks

import (
	"fmt"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/identity"
	"github.com/keelson-dev/keelson/constructs/kmskey"
	"github.com/keelson-dev/keelson/constructs/registry"
	"github.com/keelson-dev/keelson/constructs/storage"
	"github.com/keelson-dev/keelson/internal/iampolicy"
	"github.com/keelson-dev/keelson/internal/jsiix"
)

// BootstrapStackID is the once-per-account stack.
const BootstrapStackID = "bootstrap"

// BootstrapStateKey is the bootstrap stack's own state object once it is
// migrated into the bucket (help/bootstrap.md).
const BootstrapStateKey = "bootstrap/bootstrap.tfstate"

// LocalStatePath is where the bootstrap stack keeps its state before the
// migration: the repository root, as seen from cdktf.out/stacks/bootstrap
// (*.tfstate is git-ignored).
const LocalStatePath = "../../../terraform.bootstrap.tfstate"

// Bootstrap is the account-level stack.
type Bootstrap struct {
	Stack       cdktf.TerraformStack
	StateKey    *kmskey.Key
	StateBucket *storage.Bucket
	LogBucket   *storage.Bucket
	Registry    *registry.Registry
	GitHub      *identity.GitHubOIDC
}

// NewBootstrap builds "bootstrap": state bucket and key, access-log
// bucket, ECR repositories and the GitHub OIDC roles of envs. acct and
// envs must be valid (config.ValidatePlatform).
func NewBootstrap(scope constructs.Construct, acct config.Account, envs []config.Environment) (*Bootstrap, error) {
	stack := cdktf.NewTerraformStack(scope, jsii.String(BootstrapStackID))
	awsprovider.NewAwsProvider(stack, jsii.String("aws"), &awsprovider.AwsProviderConfig{
		Region:            jsii.String(acct.Region),
		AllowedAccountIds: jsii.Strings(acct.AccountID),
		DefaultTags:       &[]*awsprovider.AwsProviderDefaultTags{{Tags: jsiix.StringMap(acct.Tags)}},
	})
	stack.AddOverride(jsii.String("terraform.required_providers.aws.version"), jsii.String(AWSProviderConstraint))
	if acct.State.Migrated {
		cdktf.NewS3Backend(stack, &cdktf.S3BackendConfig{
			Bucket:   jsii.String(acct.State.Bucket),
			Key:      jsii.String(BootstrapStateKey),
			Region:   jsii.String(acct.Region),
			Encrypt:  jsii.Bool(true),
			KmsKeyId: jsii.String(fmt.Sprintf("arn:aws:kms:%s:%s:%s", acct.Region, acct.AccountID, acct.State.KMSKeyAlias)),
		})
		stack.AddOverride(jsii.String("terraform.backend.s3.use_lockfile"), jsii.Bool(true))
	} else {
		// The bucket does not exist before this stack's first apply.
		cdktf.NewLocalBackend(stack, &cdktf.LocalBackendConfig{Path: jsii.String(LocalStatePath)})
	}
	b := &Bootstrap{Stack: stack}
	var err error

	b.StateKey, err = kmskey.New(stack, "StateKey", kmskey.Props{
		Alias:          acct.State.KMSKeyAlias,
		Description:    "Terraform state of every Keelson stack in this account",
		AccountID:      acct.AccountID,
		Region:         acct.Region,
		PreventDestroy: true,
	})
	if err != nil {
		return nil, err
	}
	b.LogBucket, err = storage.NewBucket(stack, "AccessLogBucket", storage.BucketProps{
		Name:      acct.State.AccessLogBucket,
		AccountID: acct.AccountID,
		// S3 server access logging delivers only to SSE-S3 buckets.
		SSES3Reason:           "S3 server access logs can only be delivered to an SSE-S3 bucket",
		AccessLogWaiver:       "it is the access-log target; logging it would log its own deliveries",
		NoncurrentVersionDays: 30,
		ExpirationDays:        365,
		PolicyStatements: []iampolicy.Statement{{
			Sid:       "S3ServerAccessLogs",
			Effect:    "Allow",
			Principal: &iampolicy.Principal{Service: []string{"logging.s3.amazonaws.com"}},
			Action:    []string{"s3:PutObject"},
			Resource:  []string{fmt.Sprintf("arn:aws:s3:::%s/*", acct.State.AccessLogBucket)},
			Condition: map[string]map[string]any{"StringEquals": {"aws:SourceAccount": acct.AccountID}},
		}},
	})
	if err != nil {
		return nil, err
	}
	b.StateBucket, err = storage.NewBucket(stack, "StateBucket", storage.BucketProps{
		Name:                  acct.State.Bucket,
		AccountID:             acct.AccountID,
		KMSKeyARN:             b.StateKey.ARN(),
		AccessLogBucket:       b.LogBucket.Name(),
		AccessLogPrefix:       "state/",
		NoncurrentVersionDays: acct.State.NoncurrentVersionDays,
		PreventDestroy:        true,
	})
	if err != nil {
		return nil, err
	}

	registryKey, err := kmskey.New(stack, "RegistryKey", kmskey.Props{
		Alias:          fmt.Sprintf("alias/%s-ecr", acct.Project),
		Description:    "Images in the services' ECR repositories",
		AccountID:      acct.AccountID,
		Region:         acct.Region,
		PreventDestroy: true,
	})
	if err != nil {
		return nil, err
	}
	var pullers []string
	for _, e := range envs {
		pullers = append(pullers, e.NodeRoleARN())
	}
	b.Registry, err = registry.New(stack, "Registry", registry.Props{
		Repositories:       acct.Registry.Repositories,
		AccountID:          acct.AccountID,
		KMSKeyARN:          registryKey.ARN(),
		PullPrincipalARNs:  pullers,
		KeepReleases:       acct.Registry.KeepReleases,
		UntaggedExpiryDays: acct.Registry.UntaggedExpiryDays,
		PreventDestroy:     true,
	})
	if err != nil {
		return nil, err
	}

	var roles []identity.EnvironmentRole
	var dataBuckets []string
	for _, e := range envs {
		roles = append(roles, identity.EnvironmentRole{
			ID:             pascal(e.Name),
			RoleName:       e.ApplyRoleName(),
			Subjects:       e.ApplySubjects(acct.GitHub),
			ResourcePrefix: e.ResourcePrefix(),
			StateKeyPrefix: e.Backend.KeyPrefix,
		})
		dataBuckets = append(dataBuckets, "arn:aws:s3:::"+e.DataProtection.DataBucket)
	}
	b.GitHub, err = identity.New(stack, "GitHub", identity.Props{
		AccountID: acct.AccountID, Region: acct.Region, Project: acct.Project,
		Org: acct.GitHub.Org, Repo: acct.GitHub.Repo,
		StateBucketARN: b.StateBucket.ARN(), StateKeyARN: b.StateKey.ARN(),
		ProtectedBucketARNs: dataBuckets,
		Environments:        roles,
		RepositoryARNs:      b.Registry.ARNs(),
		PushRepositories:    acct.Registry.Repositories,
	})
	if err != nil {
		return nil, err
	}

	output(stack, "state_bucket", "Terraform state bucket (every environment's backend.bucket)", b.StateBucket.Name())
	output(stack, "state_kms_key_arn", "KMS key encrypting state ("+acct.State.KMSKeyAlias+")", b.StateKey.ARN())
	output(stack, "plan_role_arn", "GitHub variable KEELSON_PLAN_ROLE_ARN", b.GitHub.PlanRoleARN())
	for _, r := range roles {
		output(stack, strings.ToLower(r.ID)+"_apply_role_arn", "GitHub variable KEELSON_"+strings.ToUpper(r.ID)+"_APPLY_ROLE_ARN", b.GitHub.ApplyRoleARN(r.ID))
	}
	output(stack, "ecr_push_role_arn", "Service repositories' variable ECR_PUSH_ROLE_ARN", b.GitHub.PushRoleARN())
	urls := map[string]string{}
	for _, n := range b.Registry.Names() {
		urls[n] = b.Registry.URL(n)
	}
	output(stack, "ecr_repository_urls", "ECR repository URL per service", urls)
	return b, nil
}

// pascal turns "dev" or "eu-prod" into "Dev" or "EuProd".
func pascal(name string) string {
	var sb strings.Builder
	for _, part := range strings.Split(name, "-") {
		if part != "" {
			sb.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return sb.String()
}
