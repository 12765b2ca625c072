// Package stacks assembles Keelson's constructs into Terraform stacks, one
// set per environment:
//
//	<env>-infra     network, EKS cluster and node groups, KMS keys, logs
//
// Stack IDs and construct IDs are a public contract: they become state keys
// and Terraform addresses. Renaming one destroys and re-creates what it
// names; the golden files in tests/testdata/addresses make such a change a
// reviewed one.
package stacks
