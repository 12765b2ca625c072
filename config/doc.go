// Package config holds Keelson's typed environment configuration.
//
// An Environment describes one deployment of the platform (dev, prod, ...):
// the AWS account and region, the network, the EKS cluster and its node
// groups, log retention and the Terraform state backend. Dev() and Prod()
// return the presets; copy one and edit it to make your own.
//
// Validate reports every problem at once, each naming the field path, the
// value and the reason, so that a bad configuration never reaches jsii:
//
//	prod.network.cidr "10.0.0.0/33": not a valid IPv4 CIDR
//
// Nothing in this package talks to AWS or starts the jsii runtime.
package config
