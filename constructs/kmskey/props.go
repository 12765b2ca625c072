// Package kmskey provides Key: a customer-managed KMS key with rotation on,
// an explicit key policy (no "*" principal) and an alias.
package kmskey

// Props configure a Key.
type Props struct {
	// Alias is the key's alias, "alias/<name>". Required.
	Alias string
	// Description says what the key encrypts. Required.
	Description string
	// AccountID owns the key; its root principal administers it through
	// IAM policies. Required: 12 digits.
	AccountID string
	// Region of the key, for service principals such as CloudWatch Logs.
	// Required.
	Region string
	// Partition of the ARNs. Default: "aws".
	Partition string
	// AllowCloudWatchLogs lets CloudWatch Logs in this account and region
	// encrypt log groups with the key. Default: false.
	AllowCloudWatchLogs bool
	// ServicePrincipals may use the key for encryption (e.g.
	// "delivery.logs.amazonaws.com"), limited to this account by the
	// aws:SourceAccount condition. Default: none.
	ServicePrincipals []string
	// DeletionWindowDays is how long a scheduled deletion waits, 7-30.
	// Default: 30.
	DeletionWindowDays int
	// PreventDestroy refuses `terraform destroy` of the key, so a refactor
	// cannot lose the data it protects. Default: false.
	PreventDestroy bool
}

func (p Props) withDefaults() Props {
	if p.Partition == "" {
		p.Partition = "aws"
	}
	if p.DeletionWindowDays == 0 {
		p.DeletionWindowDays = 30
	}
	p.ServicePrincipals = append([]string(nil), p.ServicePrincipals...)
	return p
}
