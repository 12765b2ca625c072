package plancomment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
)

// StackFile is where cdktf synthesizes a stack, relative to the stacks
// directory (cdktf.out/stacks).
func StackFile(stacksDir, stack string) string {
	return filepath.Join(stacksDir, stack, "cdk.tf.json")
}

// StackDiff says whether and why a stack is touched by a change.
type StackDiff struct {
	// Stack is the stack's name.
	Stack string
	// Touched is true when the stack must be planned.
	Touched bool
	// Reason says why, for the log: "changed", "new", "unchanged",
	// "not synthesized", "base not synthesized".
	Reason string
}

// ChangedStacks compares each stack's synthesized JSON under headDir with
// the same stack under baseDir (both cdktf.out/stacks directories) and
// returns one StackDiff per stack, in the order given.
//
// The comparison is on the decoded JSON with every "//" key removed: cdktf
// puts construct paths and its own version there, which do not reach
// Terraform. A stack is touched when it differs, when it is new (absent
// from the base), or when the base was not synthesized at all (baseDir
// missing: plan everything rather than guess). A stack the head does not
// synthesize is not touched (there is nothing to plan) and says so.
func ChangedStacks(baseDir, headDir string, stacks []string) ([]StackDiff, error) {
	baseMissing := false
	if _, err := os.Stat(baseDir); errors.Is(err, fs.ErrNotExist) {
		baseMissing = true
	}
	out := make([]StackDiff, 0, len(stacks))
	for _, s := range stacks {
		head, err := loadStack(StackFile(headDir, s))
		if err != nil {
			return nil, err
		}
		d := StackDiff{Stack: s}
		switch {
		case head == nil:
			d.Reason = "not synthesized"
		case baseMissing:
			d.Touched, d.Reason = true, "base not synthesized"
		default:
			base, err := loadStack(StackFile(baseDir, s))
			if err != nil {
				return nil, err
			}
			switch {
			case base == nil:
				d.Touched, d.Reason = true, "new"
			case !reflect.DeepEqual(base, head):
				d.Touched, d.Reason = true, "changed"
			default:
				d.Reason = "unchanged"
			}
		}
		out = append(out, d)
	}
	return out, nil
}

// loadStack decodes a synthesized stack without its "//" metadata; nil
// when the file does not exist.
func loadStack(path string) (any, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("%s: not valid JSON: %v", path, err)
	}
	return stripMetadata(v), nil
}

func stripMetadata(v any) any {
	switch t := v.(type) {
	case map[string]any:
		delete(t, "//")
		for k, x := range t {
			t[k] = stripMetadata(x)
		}
	case []any:
		for i, x := range t {
			t[i] = stripMetadata(x)
		}
	}
	return v
}
