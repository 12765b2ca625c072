package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// inCI is true under CI=true: a missing tool fails the layer there.
func inCI() bool { return os.Getenv("CI") == "true" }

// requireTool returns the tool's path, or skips (locally) / fails (CI)
// loudly when it is missing.
func requireTool(t *testing.T, name, why string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	missing(t, name+" is not on PATH: "+why)
	return ""
}

func missing(t *testing.T, msg string) {
	t.Helper()
	if inCI() {
		t.Fatalf("CI=true and %s", msg)
	}
	t.Skipf("\n\n*** SKIPPED: %s ***\n*** This layer runs in CI; install the tool to run it here. ***\n", msg)
}

// defaultPluginDir is where the machine image keeps the AWS provider in a
// Terraform filesystem-mirror layout. TF_PLUGIN_DIR overrides it.
const defaultPluginDir = "/opt/tf-plugins"

// pluginDir returns the provider mirror, or skips/fails when it is absent.
func pluginDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("TF_PLUGIN_DIR")
	if dir == "" {
		dir = defaultPluginDir
	}
	// Unpacked layout (the machine image) or packed (`terraform providers mirror`).
	aws := filepath.Join(dir, "registry.terraform.io", "hashicorp", "aws")
	unpacked, _ := filepath.Glob(filepath.Join(aws, "*", "linux_amd64"))
	packed, _ := filepath.Glob(filepath.Join(aws, "terraform-provider-aws_*_linux_amd64.zip"))
	if len(unpacked)+len(packed) == 0 {
		missing(t, "no AWS provider mirror at "+dir+" (set TF_PLUGIN_DIR to a filesystem mirror holding registry.terraform.io/hashicorp/aws)")
	}
	return dir
}
