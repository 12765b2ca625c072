package charts_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"helm.sh/helm/v3/pkg/chartutil"
)

// TestNestjsServiceReadmeListsEveryValue: every key of values.yaml (leaves, and maps that default to
// empty) has a row in the README's values table, so the table cannot fall behind the chart.
func TestNestjsServiceReadmeListsEveryValue(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "charts", nestjsChart)
	vals, err := chartutil.ReadValuesFile(filepath.Join(dir, "values.yaml"))
	if err != nil {
		t.Fatalf("chart %s: values.yaml: %v", nestjsChart, err)
	}
	readme, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		t.Fatalf("chart %s: README.md: %v", nestjsChart, err)
	}
	var missing []string
	for _, key := range valueKeys("", vals.AsMap()) {
		if !strings.Contains(string(readme), "| `"+key+"` |") {
			missing = append(missing, key)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("chart %s: README.md values table lacks %d key(s) of values.yaml: %s", nestjsChart, len(missing), strings.Join(missing, ", "))
	}
}

// valueKeys lists dotted paths of leaves and of empty maps.
func valueKeys(prefix string, m map[string]any) []string {
	var keys []string
	for k, v := range m {
		path := k
		if prefix != "" {
			path = prefix + "." + k
		}
		if sub, ok := v.(map[string]any); ok && len(sub) > 0 {
			keys = append(keys, valueKeys(path, sub)...)
			continue
		}
		keys = append(keys, path)
	}
	return keys
}
