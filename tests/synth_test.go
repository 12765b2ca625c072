package tests

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/stacks"
)

// Stack is one synthesized stack.
type Stack struct {
	Name string
	// Dir holds cdk.tf.json.
	Dir  string
	JSON map[string]any
}

// Resource is one resource block of a stack.
type Resource struct {
	Stack, Type, Name string
	Body              map[string]any
}

// Address is the resource's Terraform address.
func (r Resource) Address() string { return r.Type + "." + r.Name }

func (r Resource) String() string { return r.Stack + ":" + r.Address() }

// Resources returns the stack's resources of one type ("" for all),
// ordered by address.
func (s *Stack) Resources(typ string) []Resource {
	var out []Resource
	blocks, _ := s.JSON["resource"].(map[string]any)
	for t, byName := range blocks {
		if typ != "" && t != typ {
			continue
		}
		for name, body := range byName.(map[string]any) {
			out = append(out, Resource{Stack: s.Name, Type: t, Name: name, Body: body.(map[string]any)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address() < out[j].Address() })
	return out
}

// Synth is the synthesized app.
type Synth struct {
	Dir    string
	Stacks map[string]*Stack
	Envs   []config.Environment
}

// Stack returns a stack or fails the test.
func (s *Synth) Stack(t *testing.T, name string) *Stack {
	t.Helper()
	st, ok := s.Stacks[name]
	require.True(t, ok, "stack %q was not synthesized; have %v", name, s.Names())
	return st
}

// Names are the stack names, sorted.
func (s *Synth) Names() []string {
	var names []string
	for n := range s.Stacks {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

var (
	synthOnce   sync.Once
	synthResult *Synth
	synthErr    error
)

// synthesized synthesizes the presets once per test process: the jsii
// runtime is started once, and tests that only read the output share it
// without depending on each other.
func synthesized(t *testing.T) *Synth {
	t.Helper()
	synthOnce.Do(func() { synthResult, synthErr = synthesize(config.Presets()) })
	require.NoError(t, synthErr, "synthesizing the presets")
	return synthResult
}

func synthesize(envs []config.Environment) (result *Synth, err error) {
	dir, err := os.MkdirTemp("", "keelson-synth-")
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("synth panicked: %v", r)
		}
	}()
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(dir)})
	if err := stacks.Build(app, envs); err != nil {
		return nil, err
	}
	app.Synth()
	return load(dir, envs)
}

func load(dir string, envs []config.Environment) (*Synth, error) {
	s := &Synth{Dir: dir, Stacks: map[string]*Stack{}, Envs: envs}
	entries, err := os.ReadDir(filepath.Join(dir, "stacks"))
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		stackDir := filepath.Join(dir, "stacks", e.Name())
		raw, err := os.ReadFile(filepath.Join(stackDir, "cdk.tf.json"))
		if err != nil {
			return nil, err
		}
		st := &Stack{Name: e.Name(), Dir: stackDir}
		if err := json.Unmarshal(raw, &st.JSON); err != nil {
			return nil, fmt.Errorf("%s: %w", e.Name(), err)
		}
		s.Stacks[e.Name()] = st
	}
	return s, nil
}

// env returns the preset environment of a name.
func env(t *testing.T, name string) config.Environment {
	t.Helper()
	for _, e := range config.Presets() {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("no preset environment %q", name)
	return config.Environment{}
}
