// Package docs_test checks the documentation offline, without cdktf or jsii:
// every relative link and every repository path the docs name exists, every
// section of the requirement maps to a chapter that has the promised
// heading, every Mermaid block names a diagram type, and the support scripts
// in scripts/ops handle their arguments (--help, bad flags, --dry-run) and,
// for the teardown, run their steps in order against fake aws, kubectl and
// cdktf commands. Nothing here calls AWS.
package docs_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// pendingFiles are chapters other work in progress is writing. A link or a
// path to one of them is allowed while it does not exist yet; once it
// exists it is checked like any other. Remove entries as they land.
var pendingFiles = map[string]bool{}

// repoRoot is the directory holding go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "go.mod not found above the test directory")
		dir = parent
	}
}

// markdownFiles are README.md and every help/**/*.md, relative to the root.
func markdownFiles(t *testing.T) []string {
	t.Helper()
	root := repoRoot(t)
	files := []string{"README.md"}
	err := filepath.WalkDir(filepath.Join(root, "help"), func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".md") {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	require.NoError(t, err)
	sort.Strings(files)
	return files
}

func read(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(t), rel))
	require.NoError(t, err)
	return string(b)
}

var fenceRE = regexp.MustCompile("(?ms)^[ \t]*```[^\n]*\n.*?^[ \t]*```[ \t]*$")

// prose is doc without its fenced code blocks and HTML comments.
func prose(doc string) string {
	doc = fenceRE.ReplaceAllString(doc, "")
	return regexp.MustCompile(`(?s)<!--.*?-->`).ReplaceAllString(doc, "")
}

// exists reports whether rel (relative to the root, slash-separated) exists,
// or is pending.
func exists(root, rel string) bool {
	rel = strings.TrimSuffix(filepath.ToSlash(filepath.Clean(rel)), "/")
	if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(rel))); err == nil {
		return true
	}
	return pendingFiles[rel]
}
