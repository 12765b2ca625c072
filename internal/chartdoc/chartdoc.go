// Package chartdoc checks that an in-repo chart's README documents every
// value: each key of values.yaml (leaves, and maps that default to empty)
// needs a row "| `key` |" in the README's values table. Chart tests call it
// so the table cannot fall behind the chart.
package chartdoc

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"helm.sh/helm/v3/pkg/chartutil"
)

// MissingValues returns the values.yaml keys of the chart in dir that its
// README.md does not list, sorted.
func MissingValues(dir string) ([]string, error) {
	vals, err := chartutil.ReadValuesFile(filepath.Join(dir, "values.yaml"))
	if err != nil {
		return nil, fmt.Errorf("values.yaml: %w", err)
	}
	readme, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		return nil, fmt.Errorf("README.md: %w", err)
	}
	var missing []string
	for _, key := range ValueKeys("", vals.AsMap()) {
		if !strings.Contains(string(readme), "| `"+key+"` |") {
			missing = append(missing, key)
		}
	}
	sort.Strings(missing)
	return missing, nil
}

// ValueKeys lists the dotted paths of leaves and of empty maps.
func ValueKeys(prefix string, m map[string]any) []string {
	var keys []string
	for k, v := range m {
		path := k
		if prefix != "" {
			path = prefix + "." + k
		}
		if sub, ok := v.(map[string]any); ok && len(sub) > 0 {
			keys = append(keys, ValueKeys(path, sub)...)
			continue
		}
		keys = append(keys, path)
	}
	return keys
}
