package observability_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

const chartName = "keelson-observability"

// repoRoot is the directory holding go.mod, found from the test's working directory.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("no go.mod above %s", dir)
		}
		dir = parent
	}
}

func chartDir(t testing.TB) string {
	t.Helper()
	return filepath.Join(repoRoot(t), "charts", chartName)
}

// dashboardFiles lists charts/keelson-observability/dashboards/*.json (base names, sorted).
func dashboardFiles(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(chartDir(t), "dashboards", "*.json"))
	if err != nil {
		t.Fatalf("glob dashboards: %v", err)
	}
	if len(paths) == 0 {
		t.Fatalf("no dashboard in %s", filepath.Join(chartDir(t), "dashboards"))
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	sort.Strings(names)
	return names
}

func readDashboardFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(chartDir(t), "dashboards", name))
	if err != nil {
		t.Fatalf("dashboard %s: %v", name, err)
	}
	return b
}
