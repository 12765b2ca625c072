package storage

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/backupplan"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/backupselection"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/backupvault"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicyattachment"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/iampolicy"
)

// Backup is an AWS Backup vault with a daily plan over tagged EBS volumes.
type Backup struct {
	constructs.Construct
	vault backupvault.BackupVault
}

// NewBackup validates props and creates the vault, plan, selection and
// the role AWS Backup uses, under scope/id.
func NewBackup(scope constructs.Construct, id string, props BackupProps) (*Backup, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	var lifecycle *cdktf.TerraformResourceLifecycle
	if props.PreventDestroy {
		lifecycle = &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}
	}
	vault := backupvault.NewBackupVault(c, jsii.String("Vault"), &backupvault.BackupVaultConfig{
		Name:         jsii.String(props.Name),
		KmsKeyArn:    jsii.String(props.KMSKeyARN),
		ForceDestroy: jsii.Bool(false),
		Lifecycle:    lifecycle,
	})
	plan := backupplan.NewBackupPlan(c, jsii.String("Plan"), &backupplan.BackupPlanConfig{
		Name: jsii.String(props.Name),
		Rule: &[]*backupplan.BackupPlanRule{{
			RuleName:         jsii.String("daily"),
			TargetVaultName:  vault.Name(),
			Schedule:         jsii.String(props.Schedule),
			StartWindow:      jsii.Number(60),
			CompletionWindow: jsii.Number(360),
			Lifecycle:        &backupplan.BackupPlanRuleLifecycle{DeleteAfter: jsii.Number(float64(props.RetentionDays))},
		}},
	})
	role := iamrole.NewIamRole(c, jsii.String("Role"), &iamrole.IamRoleConfig{
		Name:             jsii.String(props.Name + "-backup"),
		Description:      jsii.String("AWS Backup snapshots and restores the volumes of " + props.Name),
		AssumeRolePolicy: jsii.String(iampolicy.ServiceTrust("backup.amazonaws.com", props.AccountID).JSON()),
	})
	for i, p := range []string{"service-role/AWSBackupServiceRolePolicyForBackup", "service-role/AWSBackupServiceRolePolicyForRestores"} {
		iamrolepolicyattachment.NewIamRolePolicyAttachment(c, jsii.String(fmt.Sprintf("RolePolicy%d", i)), &iamrolepolicyattachment.IamRolePolicyAttachmentConfig{
			Role:      role.Name(),
			PolicyArn: jsii.String(fmt.Sprintf("arn:%s:iam::aws:policy/%s", props.Partition, p)),
		})
	}
	// EBS volumes only, and only those tagged for this environment: the
	// resource type and the tag condition are ANDed.
	backupselection.NewBackupSelection(c, jsii.String("Selection"), &backupselection.BackupSelectionConfig{
		Name:       jsii.String(props.Name + "-ebs"),
		PlanId:     plan.Id(),
		IamRoleArn: role.Arn(),
		Resources:  jsii.Strings(fmt.Sprintf("arn:%s:ec2:%s:%s:volume/*", props.Partition, props.Region, props.AccountID)),
		Condition: &[]*backupselection.BackupSelectionCondition{{
			StringEquals: &[]*backupselection.BackupSelectionConditionStringEquals{{
				Key:   jsii.String("aws:ResourceTag/" + props.TagKey),
				Value: jsii.String(props.TagValue),
			}},
		}},
	})
	return &Backup{Construct: c, vault: vault}, nil
}

// VaultName is the vault's name.
func (b *Backup) VaultName() string { return *b.vault.Name() }
