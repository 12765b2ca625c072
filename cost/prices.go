// Package cost estimates the monthly AWS cost of each environment from its
// synthesized stacks and a dated, sourced price table for one region.
// Usage-based charges (traffic, log volume, storage growth) come from
// Assumptions, stated next to the estimate.
package cost

import (
	"fmt"
	"strings"
)

// HoursPerMonth is the month AWS pricing pages use: 730 hours.
const HoursPerMonth = 730.0

// Prices are on-demand list prices in USD for one region. Update them
// together, with AsOf, and say so in the commit.
type Prices struct {
	Region string
	AsOf   string
	Source string

	EKSClusterHour, EKSExtendedSupportHour float64
	// EC2Hour is on-demand Linux per instance type.
	EC2Hour map[string]float64
	// SpotFactor is the assumed spot price as a fraction of on-demand.
	// Spot prices move hourly; 0.35 is the typical 65 % saving on the
	// general-purpose families the presets use.
	SpotFactor float64
	// MSKBrokerHour is per broker instance type; MSKStorageGBMonth per
	// provisioned GB.
	MSKBrokerHour     map[string]float64
	MSKStorageGBMonth float64

	NATGatewayHour, NATGatewayGB                 float64
	InterfaceEndpointAZHour, InterfaceEndpointGB float64
	PublicIPv4Hour                               float64
	ALBHour, ALBLCUHour                          float64
	EBSgp3GBMonth, EBSSnapshotGBMonth            float64
	S3StandardGBMonth, ECRStorageGBMonth         float64
	LogsIngestGB, LogsStorageGBMonth             float64
	KMSKeyMonth, SecretMonth                     float64
	CrossAZGB, InternetEgressGB                  float64
}

// USEast1 is the price table the docs and `keelson cost` use.
var USEast1 = Prices{
	Region: "us-east-1",
	AsOf:   "2025-06-01",
	Source: "AWS pricing pages for EKS, EC2 (on-demand), MSK, VPC/NAT, PrivateLink, ELB, EBS, S3, ECR, CloudWatch, KMS, Secrets Manager",

	EKSClusterHour:         0.10,
	EKSExtendedSupportHour: 0.60,
	EC2Hour: map[string]float64{
		"t3.medium": 0.0416, "t3.large": 0.0832, "t3.xlarge": 0.1664,
		"m5.large": 0.096, "m5a.large": 0.086, "m6i.large": 0.096, "m6a.large": 0.0864, "m7i.large": 0.1008,
		"m5.xlarge": 0.192, "m5a.xlarge": 0.172, "m6i.xlarge": 0.192, "m6a.xlarge": 0.1728, "m7i.xlarge": 0.2016,
		"c6i.large": 0.085, "r6i.large": 0.126, "t3.micro": 0.0104, "t3.small": 0.0208,
		"m7g.large": 0.0816, "m5.2xlarge": 0.384,
	},
	SpotFactor: 0.35,
	MSKBrokerHour: map[string]float64{
		"kafka.t3.small": 0.0456, "kafka.m5.large": 0.21, "kafka.m7g.large": 0.204, "kafka.m5.xlarge": 0.42,
	},
	MSKStorageGBMonth: 0.10,

	NATGatewayHour: 0.045, NATGatewayGB: 0.045,
	InterfaceEndpointAZHour: 0.01, InterfaceEndpointGB: 0.01,
	PublicIPv4Hour: 0.005,
	ALBHour:        0.0225, ALBLCUHour: 0.008,
	EBSgp3GBMonth: 0.08, EBSSnapshotGBMonth: 0.05,
	S3StandardGBMonth: 0.023, ECRStorageGBMonth: 0.10,
	LogsIngestGB: 0.50, LogsStorageGBMonth: 0.03,
	KMSKeyMonth: 1.00, SecretMonth: 0.40,
	CrossAZGB: 0.02, InternetEgressGB: 0.09,
}

// InterfaceEndpointMonthly is one interface endpoint across azs AZs for a
// month, before data processing.
func (p Prices) InterfaceEndpointMonthly(azs int) float64 {
	return p.InterfaceEndpointAZHour * float64(azs) * HoursPerMonth
}

// KafkaComparison is one environment's Kafka cost on MSK and on Strimzi.
type KafkaComparison struct {
	Environment                  string
	Brokers                      int
	BrokerType, NodeType         string
	MSKBrokers, MSKStorage       float64
	StrimziNodes, StrimziStorage float64
	StrimziControllers           float64
}

// MSKTotal and StrimziTotal are the monthly sums.
func (k KafkaComparison) MSKTotal() float64 { return k.MSKBrokers + k.MSKStorage }

// StrimziTotal is nodes, volumes and KRaft controllers.
func (k KafkaComparison) StrimziTotal() float64 {
	return k.StrimziNodes + k.StrimziStorage + k.StrimziControllers
}

// CompareKafka prices brokers of one size on MSK and, on Strimzi, as pods
// on dedicated on-demand nodes of the EC2 equivalent ("kafka.m7g.large" →
// "m7g.large"), with gp3 volumes of the same size and three KRaft
// controllers on t3.small nodes. Operating Strimzi (upgrades, disks,
// rebalancing) is your time and is not priced.
func (p Prices) CompareKafka(env string, brokers int, brokerType string, storageGiB int) (KafkaComparison, error) {
	k := KafkaComparison{Environment: env, Brokers: brokers, BrokerType: brokerType}
	msk, ok := p.MSKBrokerHour[brokerType]
	if !ok {
		return k, fmt.Errorf("cost: no %s price for MSK broker type %q", p.Region, brokerType)
	}
	k.NodeType = strings.TrimPrefix(brokerType, "kafka.")
	node, ok := p.EC2Hour[k.NodeType]
	if !ok {
		return k, fmt.Errorf("cost: no %s price for instance type %q (Strimzi equivalent of %s)", p.Region, k.NodeType, brokerType)
	}
	n, gb := float64(brokers), float64(storageGiB)
	k.MSKBrokers = n * msk * HoursPerMonth
	k.MSKStorage = n * gb * p.MSKStorageGBMonth
	k.StrimziNodes = n * node * HoursPerMonth
	k.StrimziStorage = n * gb * p.EBSgp3GBMonth
	k.StrimziControllers = 3 * p.EC2Hour["t3.small"] * HoursPerMonth
	return k, nil
}
