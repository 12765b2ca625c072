package plancomment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	tfjson "github.com/hashicorp/terraform-json"
)

// Action is what a plan does to one resource instance, as this package
// counts it: a replacement is one action, not an add plus a destroy.
type Action string

// The actions a comment shows. Reads (data sources), no-ops and forgets
// (removed blocks with destroy = false) are not changes to infrastructure
// and are left out.
const (
	ActionCreate  Action = "create"
	ActionUpdate  Action = "update"
	ActionReplace Action = "replace"
	ActionDestroy Action = "destroy"
)

// ResourceChange is one planned change to a managed resource instance.
type ResourceChange struct {
	// Address is the resource instance address, e.g.
	// aws_eks_cluster.Cluster_EB0386A7 or module.x.aws_s3_bucket.b["logs"].
	Address string
	// Type is the resource type, e.g. aws_eks_cluster.
	Type string
	// Action is what the plan does to it.
	Action Action
	// CreateBeforeDestroy is set on a replacement whose new object is
	// created before the old one is destroyed.
	CreateBeforeDestroy bool
	// Deposed is set when the change acts on a deposed object (a leftover of
	// an interrupted create_before_destroy replacement).
	Deposed bool
}

// Stateful reports whether the change destroys (alone or as part of a
// replacement) a resource whose type is in the stateful list.
func (c ResourceChange) Stateful() bool {
	return (c.Action == ActionDestroy || c.Action == ActionReplace) && IsStateful(c.Type)
}

// Counts is a stack's change summary.
type Counts struct {
	Add, Change, Replace, Destroy int
}

// Total is the number of changes of every kind.
func (c Counts) Total() int { return c.Add + c.Change + c.Replace + c.Destroy }

// ParsePlan decodes the output of `terraform show -json <planfile>`. It
// refuses input that is not JSON, a JSON document that is not a plan (no
// format_version), and plan format versions terraform-json does not read.
func ParsePlan(data []byte) (*tfjson.Plan, error) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return nil, errors.New("empty file, expected the output of `terraform show -json <planfile>`")
	}
	var p tfjson.Plan
	if err := json.Unmarshal(data, &p); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return nil, fmt.Errorf("not valid JSON at byte %d: %v", syn.Offset, err)
		}
		return nil, fmt.Errorf("not a Terraform plan JSON: %v", err)
	}
	return &p, nil
}

// Changes returns the plan's changes to managed resources, sorted by
// address (then deposed objects after current ones), so that rendering is
// deterministic whatever order the plan lists them in.
func Changes(p *tfjson.Plan) []ResourceChange {
	if p == nil {
		return nil
	}
	var out []ResourceChange
	for _, rc := range p.ResourceChanges {
		if rc == nil || rc.Change == nil || rc.Mode == tfjson.DataResourceMode {
			continue
		}
		a, ok := classify(rc.Change.Actions)
		if !ok {
			continue
		}
		out = append(out, ResourceChange{
			Address:             rc.Address,
			Type:                rc.Type,
			Action:              a,
			CreateBeforeDestroy: rc.Change.Actions.CreateBeforeDestroy(),
			Deposed:             rc.DeposedKey != "",
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Address != out[j].Address {
			return out[i].Address < out[j].Address
		}
		return !out[i].Deposed && out[j].Deposed
	})
	return out
}

// classify maps Terraform's action list to one Action; ok is false for
// changes that do not touch infrastructure (no-op, read, forget).
func classify(a tfjson.Actions) (Action, bool) {
	switch {
	case a.Replace():
		return ActionReplace, true
	case a.Create():
		return ActionCreate, true
	case a.Update():
		return ActionUpdate, true
	case a.Delete():
		return ActionDestroy, true
	default:
		return "", false
	}
}

// Count summarizes changes.
func Count(changes []ResourceChange) Counts {
	var c Counts
	for _, ch := range changes {
		switch ch.Action {
		case ActionCreate:
			c.Add++
		case ActionUpdate:
			c.Change++
		case ActionReplace:
			c.Replace++
		case ActionDestroy:
			c.Destroy++
		}
	}
	return c
}
