package config

// Environment is one deployment of the platform. Every field documents its
// default in the presets (Dev, Prod); Validate checks all of them.
type Environment struct {
	// Name is the environment's short name, used in stack IDs
	// ("<name>-infra") and resource names. Required: 2-12 characters,
	// lower-case letters, digits and dashes, starting with a letter.
	Name string
	// Project prefixes resource names ("<project>-<name>"). Default: "keelson".
	Project string
	// Production turns on the stricter rules of a production environment:
	// at least two availability zones, a NAT gateway per AZ, no public API
	// endpoint open to the internet, deletion protection. Default: false
	// in Dev, true in Prod.
	Production bool
	// AccountID is the 12-digit AWS account the environment lives in. The
	// AWS provider refuses to run against any other account. Required.
	AccountID string
	// Region is the AWS region, e.g. "us-east-1". Required.
	Region string
	// AvailabilityZones are the zone names subnets are spread over, in
	// order. Default: the region's a, b and c zones. Production needs at
	// least 2; the subnet plan is sized for 3.
	AvailabilityZones []string
	// Tags are applied to every AWS resource through the provider's
	// default_tags. Default: Project, Environment and ManagedBy.
	Tags map[string]string
	// Network is the VPC and its subnet plan.
	Network Network
	// EKS is the Kubernetes cluster and its node groups.
	EKS EKS
	// Logs sets CloudWatch log retention for every log group Keelson makes.
	Logs Logs
	// Observability sizes Prometheus and Loki.
	Observability Observability
	// Backend is where Terraform keeps this environment's state.
	Backend Backend
	// Kafka is the event bus (MSK, or Strimzi in the platform stack).
	Kafka Kafka
	// Bastion is the jump host to the private API endpoint and brokers.
	Bastion Bastion
	// DataProtection is the data bucket and the AWS Backup plan.
	DataProtection DataProtection
	// Deploy says which GitHub Actions jobs may apply this environment.
	Deploy Deploy
	// Platform is the in-cluster half: node autoscaler and tenants.
	Platform Platform
}

// ResourcePrefix is "<project>-<name>", the prefix of every named resource.
func (e Environment) ResourcePrefix() string { return e.Project + "-" + e.Name }

// ClusterName is the EKS cluster's name: "<project>-<name>".
func (e Environment) ClusterName() string { return e.ResourcePrefix() }

// Logs configures CloudWatch log groups.
type Logs struct {
	// RetentionDays is how long every log group keeps events. Must be one
	// of the values CloudWatch accepts (1, 3, 5, 7, 14, 30, 60, 90, 120,
	// 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
	// 3653). Default: 14 in dev, 90 in prod.
	RetentionDays int
}

// Backend is the Terraform S3 backend of every stack of the environment.
// State for stack S lives at "<KeyPrefix>/<S>.tfstate". Locking uses S3
// native lock files (Terraform ≥ 1.10), so no DynamoDB table is needed.
type Backend struct {
	// Bucket is the state bucket the bootstrap stack creates. Required:
	// a valid S3 bucket name.
	Bucket string
	// Region of the state bucket. Default: the environment's region.
	Region string
	// KeyPrefix is the folder of the environment's state objects.
	// Default: the environment name.
	KeyPrefix string
	// KMSKeyAlias encrypts state objects with a customer-managed key
	// (created by the bootstrap stack). Default: "alias/<project>-state".
	KMSKeyAlias string
}

// StateKey is the object key of a stack's state.
func (b Backend) StateKey(stack string) string { return b.KeyPrefix + "/" + stack + ".tfstate" }
