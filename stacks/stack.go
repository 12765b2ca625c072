package stacks

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/internal/jsiix"
)

// AWSProviderConstraint admits every 5.x AWS provider from 5.99 on: the
// bindings were generated from 5.99.1, and later 5.x releases only add.
const AWSProviderConstraint = "~> 5.99"

// newAWSStack creates a stack with the AWS provider pinned to the
// environment's account and region, default tags on every resource, and
// the environment's S3 backend with native locking.
func newAWSStack(scope constructs.Construct, id string, env config.Environment) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(scope, jsii.String(id))
	awsprovider.NewAwsProvider(stack, jsii.String("aws"), &awsprovider.AwsProviderConfig{
		Region: jsii.String(env.Region),
		// Refuses to plan or apply with credentials for any other account:
		// a dev profile can never touch prod.
		AllowedAccountIds: jsii.Strings(env.AccountID),
		DefaultTags: &[]*awsprovider.AwsProviderDefaultTags{{
			Tags: jsiix.StringMap(env.Tags),
		}},
	})
	stack.AddOverride(jsii.String("terraform.required_providers.aws.version"), jsii.String(AWSProviderConstraint))
	useBackend(stack, env, id)
	return stack
}

func useBackend(stack cdktf.TerraformStack, env config.Environment, id string) {
	b := env.Backend
	cdktf.NewS3Backend(stack, &cdktf.S3BackendConfig{
		Bucket:   jsii.String(b.Bucket),
		Key:      jsii.String(b.StateKey(id)),
		Region:   jsii.String(b.Region),
		Encrypt:  jsii.Bool(true),
		KmsKeyId: jsii.String(fmt.Sprintf("arn:aws:kms:%s:%s:%s", b.Region, env.AccountID, b.KMSKeyAlias)),
	})
	// S3-native locking (Terraform ≥ 1.10): no DynamoDB table to run.
	stack.AddOverride(jsii.String("terraform.backend.s3.use_lockfile"), jsii.Bool(true))
}

func output(stack cdktf.TerraformStack, id, description string, value any) {
	cdktf.NewTerraformOutput(stack, jsii.String(id), &cdktf.TerraformOutputConfig{
		Value:       value,
		Description: jsii.String(description),
	})
}
