// Package charts carries Keelson's in-repo Helm charts inside the Go
// module, so a stack that installs one works from any working directory
// and for repositories that import Keelson.
package charts

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// FS holds every in-repo chart, by directory name.
//
//go:embed all:nestjs-service all:keelson-observability
//go:embed all:karpenter-nodepools all:cluster-secret-store all:strimzi-kafka all:tenancy
var FS embed.FS

// Materialize writes one chart to a fresh directory under dir and returns
// its path (cdktf then copies it into the stack's assets at synth).
func Materialize(name, dir string) (string, error) {
	sub, err := fs.Sub(FS, name)
	if err != nil {
		return "", err
	}
	if _, err := fs.Stat(sub, "Chart.yaml"); err != nil {
		return "", fmt.Errorf("charts: %q is not an in-repo chart", name)
	}
	out := filepath.Join(dir, name)
	err = fs.WalkDir(sub, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(out, path)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		raw, err := fs.ReadFile(sub, path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, raw, 0o644)
	})
	return out, err
}
