package charts_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/keelson-dev/keelson/internal/chartdoc"
)

// TestNestjsServiceReadmeListsEveryValue: every key of values.yaml (leaves, and maps that default to
// empty) has a row in the README's values table, so the table cannot fall behind the chart.
func TestNestjsServiceReadmeListsEveryValue(t *testing.T) {
	missing, err := chartdoc.MissingValues(filepath.Join(repoRoot(t), "charts", nestjsChart))
	if err != nil {
		t.Fatalf("chart %s: %v", nestjsChart, err)
	}
	if len(missing) > 0 {
		t.Errorf("chart %s: README.md values table lacks %d key(s) of values.yaml: %s", nestjsChart, len(missing), strings.Join(missing, ", "))
	}
}
