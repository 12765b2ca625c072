package tests

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

// str returns a string field of a resource body ("" when absent).
func str(body map[string]any, key string) string {
	s, _ := body[key].(string)
	return s
}

// list returns a list field as []any (nil when absent).
func list(body map[string]any, key string) []any {
	l, _ := body[key].([]any)
	return l
}

// obj returns a nested block; Terraform JSON writes single blocks either as
// an object or as a one-element list, so both are accepted.
func obj(body map[string]any, key string) map[string]any {
	switch v := body[key].(type) {
	case map[string]any:
		return v
	case []any:
		if len(v) > 0 {
			m, _ := v[0].(map[string]any)
			return m
		}
	}
	return nil
}

func strings_(body map[string]any, key string) []string {
	var out []string
	for _, v := range list(body, key) {
		out = append(out, fmt.Sprint(v))
	}
	return out
}

// policyDoc parses an IAM policy JSON string field.
type policyDoc struct {
	Statement []struct {
		Sid       string
		Effect    string
		Principal any
		Action    any
		Resource  any
		Condition map[string]map[string]any
	}
}

// interpolation matches one Terraform ${...} expression (they never nest
// braces in what Keelson writes).
var interpolation = regexp.MustCompile(`\$\{[^}]*\}`)

// parsePolicy decodes a policy document as Terraform will see it once
// interpolated: each ${...} becomes an opaque "${ref}" string first,
// because expressions like replace(x, "https://", "") hold quotes.
func parsePolicy(s string) (policyDoc, error) {
	var d policyDoc
	err := json.Unmarshal([]byte(interpolation.ReplaceAllString(s, "$${ref}")), &d)
	return d, err
}

// anyStrings flattens a string-or-list policy field.
func anyStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, fmt.Sprint(e))
		}
		return out
	case map[string]any:
		var out []string
		for _, e := range x {
			out = append(out, anyStrings(e)...)
		}
		return out
	}
	return nil
}

// refersTo reports whether a value interpolates the given resource.
func refersTo(v any, r Resource) bool {
	return strings.Contains(fmt.Sprint(v), "${"+r.Address()+".")
}
