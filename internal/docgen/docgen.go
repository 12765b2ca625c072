// Package docgen keeps the numbers in help/ true: tables derived from the
// code are written between markers
//
//	<!-- generated:NAME -->
//	...
//	<!-- /generated:NAME -->
//
// by `keelson docs`, and a test fails when a committed copy is stale.
package docgen

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var markerRE = regexp.MustCompile(`(?s)(<!-- generated:([a-z0-9-]+) -->\n)(.*?)(<!-- /generated:([a-z0-9-]+) -->)`)

// Apply replaces every generated section of doc with its current content.
// It fails on a section it does not know or a mismatched closing marker,
// so a typo cannot leave a table silently unmaintained.
func Apply(doc string, sections map[string]string) (string, error) {
	var errs []string
	out := markerRE.ReplaceAllStringFunc(doc, func(m string) string {
		parts := markerRE.FindStringSubmatch(m)
		name, closing := parts[2], parts[5]
		if name != closing {
			errs = append(errs, fmt.Sprintf("section %q closed as %q", name, closing))
			return m
		}
		content, ok := sections[name]
		if !ok {
			errs = append(errs, fmt.Sprintf("unknown generated section %q", name))
			return m
		}
		return parts[1] + strings.TrimRight(content, "\n") + "\n" + parts[4]
	})
	if len(errs) > 0 {
		return "", fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return out, nil
}

// Update rewrites every Markdown file under dir whose generated sections
// changed, and returns the paths it changed. With check set it writes
// nothing and returns the stale paths.
func Update(dir string, sections map[string]string, check bool) ([]string, error) {
	var changed []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		updated, err := Apply(string(raw), sections)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if updated == string(raw) {
			return nil
		}
		changed = append(changed, path)
		if check {
			return nil
		}
		return os.WriteFile(path, []byte(updated), 0o644)
	})
	sort.Strings(changed)
	return changed, err
}

// table renders a Markdown table.
func table(header []string, rows [][]string) string {
	var b strings.Builder
	b.WriteString("| " + strings.Join(header, " | ") + " |\n")
	b.WriteString("|" + strings.Repeat(" --- |", len(header)) + "\n")
	for _, r := range rows {
		b.WriteString("| " + strings.Join(r, " | ") + " |\n")
	}
	return b.String()
}
