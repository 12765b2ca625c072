package kmskey

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/kmsalias"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/kmskey"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// Key is a customer-managed KMS key and its alias.
type Key struct {
	constructs.Construct
	key   kmskey.KmsKey
	alias string
}

// New validates props and creates the key under scope/id.
func New(scope constructs.Construct, id string, props Props) (*Key, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	var lifecycle *cdktf.TerraformResourceLifecycle
	if props.PreventDestroy {
		lifecycle = &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}
	}
	k := kmskey.NewKmsKey(c, jsii.String("Resource"), &kmskey.KmsKeyConfig{
		Description:          jsii.String(props.Description),
		EnableKeyRotation:    jsii.Bool(true),
		DeletionWindowInDays: jsii.Number(float64(props.DeletionWindowDays)),
		Policy:               jsii.String(policy(props).JSON()),
		Lifecycle:            lifecycle,
	})
	kmsalias.NewKmsAlias(c, jsii.String("Alias"), &kmsalias.KmsAliasConfig{
		Name:        jsii.String(props.Alias),
		TargetKeyId: k.KeyId(),
	})
	return &Key{Construct: c, key: k, alias: props.Alias}, nil
}

// ARN is the key's ARN.
func (k *Key) ARN() string { return *k.key.Arn() }

// KeyID is the key's ID.
func (k *Key) KeyID() string { return *k.key.KeyId() }

// AliasName is the key's alias, "alias/<name>".
func (k *Key) AliasName() string { return k.alias }

// Resource is the underlying aws_kms_key, for depends_on.
func (k *Key) Resource() cdktf.ITerraformDependable { return k.key }

func policy(p Props) iampolicy.Document {
	root := fmt.Sprintf("arn:%s:iam::%s:root", p.Partition, p.AccountID)
	statements := []iampolicy.Statement{{
		// Without this statement no IAM policy could grant use of the key
		// and the account could lose control of it.
		Sid:       "AccountAdministersKeyThroughIAM",
		Effect:    "Allow",
		Principal: &iampolicy.Principal{AWS: []string{root}},
		Action:    []string{"kms:*"},
		Resource:  []string{"*"},
	}}
	encrypt := []string{"kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"}
	if p.AllowCloudWatchLogs {
		statements = append(statements, iampolicy.Statement{
			Sid:       "CloudWatchLogsEncryptsThisAccountsLogGroups",
			Effect:    "Allow",
			Principal: &iampolicy.Principal{Service: []string{fmt.Sprintf("logs.%s.amazonaws.com", p.Region)}},
			Action:    encrypt,
			Resource:  []string{"*"},
			Condition: map[string]map[string]any{"ArnLike": {
				"kms:EncryptionContext:aws:logs:arn": fmt.Sprintf("arn:%s:logs:%s:%s:log-group:*", p.Partition, p.Region, p.AccountID),
			}},
		})
	}
	if len(p.ServicePrincipals) > 0 {
		statements = append(statements, iampolicy.Statement{
			Sid:       "ServicesEncryptForThisAccount",
			Effect:    "Allow",
			Principal: &iampolicy.Principal{Service: p.ServicePrincipals},
			Action:    encrypt,
			Resource:  []string{"*"},
			Condition: map[string]map[string]any{"StringEquals": {"aws:SourceAccount": p.AccountID}},
		})
	}
	return iampolicy.New(statements...)
}
