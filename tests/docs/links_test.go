package docs_test

import (
	"net/url"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

var linkRE = regexp.MustCompile(`\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)

// TestRelativeLinksResolve: every relative Markdown link in README.md and
// help/ points to a file or directory of the repository (anchors ignored).
func TestRelativeLinksResolve(t *testing.T) {
	root := repoRoot(t)
	for _, f := range markdownFiles(t) {
		for _, m := range linkRE.FindAllStringSubmatch(prose(read(t, f)), -1) {
			target := m[1]
			if strings.HasPrefix(target, "#") || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			target, _, _ = strings.Cut(target, "#")
			if u, err := url.PathUnescape(target); err == nil {
				target = u
			}
			rel := path.Join(path.Dir(f), target)
			assert.True(t, exists(root, rel), "%s links to %s, which does not exist (%s)", f, m[1], rel)
		}
	}
}

// topDirs are the repository's top-level directories: a backticked word
// starting with one of them names a repository path.
var topDirs = []string{"config/", "constructs/", "stacks/", "charts/", "help/", "scripts/", "tests/",
	".github/", "generated/", "cost/", "internal/", "loadtest/", "cmd/"}

var codeSpanRE = regexp.MustCompile("`([^`\n]+)`")
var pathRE = regexp.MustCompile(`^[A-Za-z0-9._/-]+$`)

// TestBacktickedPathsExist: every `path` in the docs that starts with a
// top-level directory of the repository exists. Globs and placeholders
// (`*`, `<env>`) are not paths and are skipped.
func TestBacktickedPathsExist(t *testing.T) {
	root := repoRoot(t)
	for _, f := range markdownFiles(t) {
		for _, m := range codeSpanRE.FindAllStringSubmatch(prose(read(t, f)), -1) {
			p := strings.TrimPrefix(m[1], "./")
			if !pathRE.MatchString(p) || !hasTopDir(p) || otherRepoPaths[p] != "" {
				continue
			}
			assert.True(t, exists(root, p), "%s names `%s`, which does not exist", f, m[1])
		}
	}
}

// otherRepoPaths are paths the docs name in another repository (a service
// repository adopting Keelson), not in this one; each with where it lives.
var otherRepoPaths = map[string]string{
	".github/workflows/pipeline.yml": "a service repository's caller workflow (help/service-pipeline.md)",
}

func hasTopDir(p string) bool {
	for _, d := range topDirs {
		if strings.HasPrefix(p, d) {
			return true
		}
	}
	return false
}
