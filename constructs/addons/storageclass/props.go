package storageclass

// Props configure the default StorageClass.
type Props struct {
	// Name of the StorageClass. Default: "gp3".
	Name string
	// KMSKeyARN encrypts volumes with a customer-managed key. Default: ""
	// (the account's aws/ebs key; volumes are encrypted either way).
	KMSKeyARN string
	// ReclaimPolicy is "Delete" or "Retain" (a deleted claim keeps its
	// volume). Default: "Delete".
	ReclaimPolicy string
	// BackupTag ("key=value") is set on every volume, so the AWS Backup
	// plan selects it. Default: none.
	BackupTag string
	// DemoteGP2 marks EKS's gp2 StorageClass non-default, so exactly one
	// class is the default. Default: false.
	DemoteGP2 bool
}

func (p Props) withDefaults() Props {
	if p.Name == "" {
		p.Name = "gp3"
	}
	if p.ReclaimPolicy == "" {
		p.ReclaimPolicy = "Delete"
	}
	return p
}
