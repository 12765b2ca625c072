package config

// NATMode says how private subnets reach the internet.
type NATMode string

const (
	// NATPerAZ puts one NAT gateway in each AZ's public subnet, so losing
	// an AZ never cuts the others off. Production's choice.
	NATPerAZ NATMode = "per-az"
	// NATSingle shares one NAT gateway between all AZs: about a third of
	// the cost, but an AZ outage there cuts every private subnet's egress.
	NATSingle NATMode = "single"
)

// Network is the VPC of an environment.
type Network struct {
	// CIDR is the VPC's IPv4 range, /16 to /24. It must not overlap the
	// cluster's service CIDR, nor another environment's VPC (so that they
	// can be peered later). Default: 10.10.0.0/16 in dev, 10.20.0.0/16 in prod.
	CIDR string
	// Subnets are the prefix lengths of the three tiers' subnets; one
	// subnet per tier per AZ, packed into CIDR largest first.
	// Default: private /19, public /22, control-plane /26.
	Subnets SubnetSizes
	// NATMode is NATPerAZ or NATSingle. Default: single in dev, per-az in
	// prod (and prod refuses single).
	NATMode NATMode
	// InterfaceEndpoints are the AWS services reached through interface
	// VPC endpoints in the private subnets (names as in
	// "com.amazonaws.<region>.<name>", e.g. "ecr.api"). The S3 gateway
	// endpoint is always created: it is free. Each interface endpoint
	// costs per AZ-hour; see help/network.md. Default: none in dev; in
	// prod ecr.api, ecr.dkr, sts, logs, ssm, ssmmessages, ec2messages,
	// secretsmanager and ec2.
	InterfaceEndpoints []string
	// FlowLogs sends VPC flow logs (all traffic) to an encrypted
	// CloudWatch log group kept for Logs.RetentionDays. Default: true.
	FlowLogs bool
}

// SubnetSizes are prefix lengths, e.g. 19 for a /19.
type SubnetSizes struct {
	// Private holds nodes and pods (the VPC CNI gives every pod a VPC IP,
	// so this tier is the largest). Default: 19.
	Private int
	// Public holds the load balancers and NAT gateways only. Default: 22.
	Public int
	// ControlPlane holds the EKS control plane's network interfaces; AWS
	// needs at least a /28. Default: 26.
	ControlPlane int
}

// KnownInterfaceEndpoints are the interface endpoint services Keelson knows
// how to create, with what each is for.
var KnownInterfaceEndpoints = map[string]string{
	"ecr.api":              "ECR API: image metadata and auth tokens for nodes",
	"ecr.dkr":              "ECR registry: image pulls (layers come through the S3 gateway)",
	"sts":                  "STS: IRSA web-identity token exchange for pods",
	"logs":                 "CloudWatch Logs: log shipping without the NAT",
	"ssm":                  "Systems Manager: Session Manager to nodes and the bastion",
	"ssmmessages":          "Systems Manager: Session Manager data channel",
	"ec2messages":          "Systems Manager: agent messages",
	"secretsmanager":       "Secrets Manager: External Secrets Operator reads",
	"ec2":                  "EC2 API: VPC CNI, EBS CSI and Karpenter calls",
	"elasticloadbalancing": "ELB API: the AWS Load Balancer Controller",
	"autoscaling":          "Auto Scaling API: Cluster Autoscaler",
	"sqs":                  "SQS: Karpenter's interruption queue",
	"kms":                  "KMS: envelope encryption calls",
	"eks":                  "EKS API: nodes and tools describing the cluster",
	"eks-auth":             "EKS Pod Identity",
	"monitoring":           "CloudWatch metrics",
	"kafka":                "MSK API",
}
