// Package synthout reads what `keelson synth` wrote: every stack's
// cdk.tf.json, decoded, with helpers to walk its resources. Commands that
// work from the synthesized stacks (cost, diagrams) share it.
package synthout

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Stack is one synthesized stack.
type Stack struct {
	Name string
	JSON map[string]any
}

// Resource is one resource block.
type Resource struct {
	Type, Name string
	Body       map[string]any
}

// Load reads every stack under a cdktf output directory, sorted by name.
func Load(outdir string) ([]Stack, error) {
	paths, err := filepath.Glob(filepath.Join(outdir, "stacks", "*", "cdk.tf.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no synthesized stacks under %s/stacks (run `make synth`)", outdir)
	}
	var out []Stack
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		s := Stack{Name: filepath.Base(filepath.Dir(p))}
		if err := json.Unmarshal(raw, &s.JSON); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Resources returns the stack's resources, ordered by address.
func (s Stack) Resources() []Resource {
	var out []Resource
	blocks, _ := s.JSON["resource"].(map[string]any)
	for typ, byName := range blocks {
		for name, body := range byName.(map[string]any) {
			out = append(out, Resource{Type: typ, Name: name, Body: body.(map[string]any)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Type+"."+out[i].Name < out[j].Type+"."+out[j].Name })
	return out
}

// ConstructPath is the resource's construct path below its stack, from
// the metadata cdktf writes ("Cluster/NodeRole").
func (r Resource) ConstructPath() string {
	meta, _ := r.Body["//"].(map[string]any)
	md, _ := meta["metadata"].(map[string]any)
	path, _ := md["path"].(string)
	if i := strings.Index(path, "/"); i >= 0 {
		return path[i+1:]
	}
	return path
}
