// Package bastion provides BastionHost: one small instance in a private
// subnet, reached through SSM Session Manager (no inbound rule), with
// IMDSv2, an encrypted root volume, no public IP, a role that can only
// describe the cluster (and, with MSK, administer its topics), and user
// data installing kubectl, helm, the AWS CLI and the Kafka CLI at pinned
// versions. SSH is optional and only from named CIDRs.
package bastion

import (
	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/network"
)

// AMI is the Amazon Linux 2023 image, resolved by EC2 at launch from the
// public SSM parameter: no AMI lookup at plan time, always the latest
// patched image when the instance is (re)created.
const AMI = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"

// Props configure a BastionHost.
type Props struct {
	// Name prefixes resources; the instance is tagged Name=<Name>-bastion.
	// Required.
	Name string
	// Network places the instance in its first private subnet. Required.
	Network *network.NetworkTier
	// AccountID and Region. Required.
	AccountID, Region string
	// Partition of ARNs. Default: "aws".
	Partition string
	// ClusterName is the EKS cluster the role may describe. Required.
	ClusterName string
	// KafkaClusterName, when set, lets the role find the MSK cluster's
	// brokers and administer its topics (create, describe, alter; never
	// delete) through IAM. Default: "" (no Kafka permissions).
	KafkaClusterName string
	// InstanceType. Default: t3.micro.
	InstanceType string
	// RootVolumeGiB is the encrypted gp3 root volume. Default: 20.
	RootVolumeGiB int
	// SSHCIDRs may reach port 22; 0.0.0.0/0 and other ranges wider than a
	// /8 are refused. Default: none (Session Manager only).
	SSHCIDRs []string
	// Tools are the versions to install. Required: every version pinned.
	Tools config.BastionTools
	// Tags are added to the instance and its volume. Default: none.
	Tags map[string]string
}

func (p Props) withDefaults() Props {
	if p.Partition == "" {
		p.Partition = "aws"
	}
	if p.InstanceType == "" {
		p.InstanceType = "t3.micro"
	}
	if p.RootVolumeGiB == 0 {
		p.RootVolumeGiB = 20
	}
	p.SSHCIDRs = append([]string(nil), p.SSHCIDRs...)
	tags := map[string]string{}
	for k, v := range p.Tags {
		tags[k] = v
	}
	p.Tags = tags
	return p
}
