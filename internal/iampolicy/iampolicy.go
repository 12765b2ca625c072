// Package iampolicy builds IAM policy documents as JSON in Go, so policies
// read as data in the synthesized Terraform and tests can parse them.
// Values may hold cdktf tokens (ARNs of resources in the same stack); they
// survive encoding as plain strings and Terraform interpolates them.
package iampolicy

import (
	"encoding/json"
)

// Document is an IAM policy document.
type Document struct {
	Version   string      `json:"Version"`
	Statement []Statement `json:"Statement"`
}

// Statement is one statement of a Document.
type Statement struct {
	Sid       string     `json:"Sid,omitempty"`
	Effect    string     `json:"Effect"`
	Principal *Principal `json:"Principal,omitempty"`
	Action    []string   `json:"Action"`
	Resource  []string   `json:"Resource,omitempty"`
	// Condition is operator → key → value(s), e.g.
	// {"StringEquals": {"aws:SourceAccount": "111122223333"}}.
	Condition map[string]map[string]any `json:"Condition,omitempty"`
}

// Principal names who a resource or trust policy applies to.
type Principal struct {
	AWS       []string `json:"AWS,omitempty"`
	Service   []string `json:"Service,omitempty"`
	Federated []string `json:"Federated,omitempty"`
}

// New returns a Document of the given statements.
func New(statements ...Statement) Document {
	return Document{Version: "2012-10-17", Statement: statements}
}

// Allow is a statement allowing actions on resources.
func Allow(sid string, actions []string, resources ...string) Statement {
	return Statement{Sid: sid, Effect: "Allow", Action: actions, Resource: resources}
}

// JSON encodes the document. It cannot fail for these types; a failure
// would be a programming error, so it panics.
func (d Document) JSON() string {
	b, err := json.Marshal(d)
	if err != nil {
		panic("iampolicy: " + err.Error())
	}
	return string(b)
}

// ServiceTrust is a trust policy letting an AWS service assume a role.
// Pass the account ID where the service supports the aws:SourceAccount
// confused-deputy guard (flow logs, backup, ...), "" where it does not
// (EC2 instance profiles, EKS).
func ServiceTrust(service, sourceAccount string) Document {
	st := Statement{
		Effect:    "Allow",
		Principal: &Principal{Service: []string{service}},
		Action:    []string{"sts:AssumeRole"},
	}
	if sourceAccount != "" {
		st.Condition = map[string]map[string]any{"StringEquals": {"aws:SourceAccount": sourceAccount}}
	}
	return New(st)
}
