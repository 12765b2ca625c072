// Package jsiix converts plain Go values to the pointer shapes the jsii
// bindings take. Constructs call it only where they hand values to a
// binding, so business logic stays in plain Go types.
package jsiix

import (
	"sort"

	"github.com/aws/jsii-runtime-go"
)

// Strings converts a slice; nil stays nil so optional fields are omitted.
func Strings(v []string) *[]*string {
	if v == nil {
		return nil
	}
	return jsii.Strings(v...)
}

// StringMap converts a map; nil stays nil.
func StringMap(m map[string]string) *map[string]*string {
	if m == nil {
		return nil
	}
	out := make(map[string]*string, len(m))
	for k, v := range m {
		out[k] = jsii.String(v)
	}
	return &out
}

// Merge returns a new map with the entries of every map, later ones
// winning. The inputs are not changed.
func Merge(maps ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range maps {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// SortedKeys returns a map's keys in order, for deterministic output.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
