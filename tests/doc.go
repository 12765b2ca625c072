// Package tests drives Keelson end to end, offline: it synthesizes every
// stack once (one jsii runtime for the whole package) and checks the result
// in layers — construct assertions on the JSON, `terraform validate` and a
// mock-provider `terraform test` apply with the real AWS provider, a policy
// suite of security invariants over every resource, and golden files of
// resource addresses.
//
// A layer whose tool is missing skips with a loud message locally and fails
// under CI=true.
package tests
