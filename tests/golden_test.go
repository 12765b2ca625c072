package tests

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files from the current synth")

// TestGoldenAddresses pins every stack's resource addresses. Construct IDs
// become Terraform addresses: a changed address is a destroy and a create
// of that resource. When the change is on purpose, rerun with
// `go test ./tests -run TestGoldenAddresses -update` and say why in the
// commit message.
func TestGoldenAddresses(t *testing.T) {
	s := synthesized(t)
	dir := filepath.Join("testdata", "addresses")
	if *update {
		require.NoError(t, os.MkdirAll(dir, 0o755))
	}
	for _, name := range s.Names() {
		t.Run(name, func(t *testing.T) {
			var lines []string
			for _, r := range s.Stacks[name].Resources("") {
				lines = append(lines, r.Address())
			}
			got := strings.Join(lines, "\n") + "\n"
			path := filepath.Join(dir, name+".txt")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "no golden file for stack %s: run with -update to create it", name)
			if string(want) != got {
				added, removed := diffLines(string(want), got)
				assert.Fail(t, "resource addresses changed",
					"stack %s: these would be DESTROYED:\n  %s\nthese would be CREATED:\n  %s\nIf intended, rerun with -update and explain in the commit.",
					name, strings.Join(removed, "\n  "), strings.Join(added, "\n  "))
			}
		})
	}
	if !*update {
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		for _, e := range entries {
			stack := strings.TrimSuffix(e.Name(), ".txt")
			assert.Contains(t, s.Names(), stack, "golden file %s has no stack: a whole stack would be destroyed", e.Name())
		}
	}
}

func diffLines(want, got string) (added, removed []string) {
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(want), "\n") {
		w[l] = true
	}
	for _, l := range strings.Split(strings.TrimSpace(got), "\n") {
		g[l] = true
		if !w[l] {
			added = append(added, l)
		}
	}
	for l := range w {
		if !g[l] {
			removed = append(removed, l)
		}
	}
	return added, removed
}
