package plancomment

import "sort"

// statefulTypes is the one list of resource types whose destruction loses
// data or identity that a re-create does not bring back: a cluster and its
// workloads' state, Kafka topics and offsets, objects in a bucket, data
// encrypted under a key, database rows, backups, volumes, secrets, images.
// A destroy or replacement of one of these is called out at the top of the
// comment.
var statefulTypes = map[string]bool{
	"aws_eks_cluster":            true,
	"aws_msk_cluster":            true,
	"aws_msk_serverless_cluster": true,
	"aws_s3_bucket":              true,
	"aws_kms_key":                true,
	"aws_db_instance":            true,
	"aws_rds_cluster":            true,
	"aws_backup_vault":           true,
	"aws_ebs_volume":             true,
	"aws_dynamodb_table":         true,
	"aws_efs_file_system":        true,
	"aws_secretsmanager_secret":  true,
	"aws_ecr_repository":         true,
}

// IsStateful reports whether destroying a resource of this type loses
// state that re-creating it does not restore.
func IsStateful(resourceType string) bool { return statefulTypes[resourceType] }

// StatefulTypes returns the stateful resource types, sorted.
func StatefulTypes() []string {
	out := make([]string, 0, len(statefulTypes))
	for t := range statefulTypes {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}
