package workflows_test

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/rhysd/actionlint"
	"github.com/stretchr/testify/require"
)

// TestActionlint lints every workflow with actionlint, the library. Its
// shellcheck rule runs the `run:` scripts through shellcheck when that is on
// PATH (required under CI=true: the runner image has it, and .ci/ installs
// it elsewhere); pyflakes likewise, when present.
func TestActionlint(t *testing.T) {
	opts := &actionlint.LinterOptions{
		Shellcheck: lookTool("shellcheck"),
		Pyflakes:   lookTool("pyflakes"),
		LogWriter:  io.Discard,
		WorkingDir: repoRoot(t),
	}
	if opts.Shellcheck == "" {
		if inCI() {
			t.Fatal("CI=true and shellcheck is not on PATH: actionlint needs it to check the run: scripts")
		}
		t.Log("*** shellcheck is not on PATH: run: scripts are not shellchecked (CI requires it) ***")
	}
	linter, err := actionlint.NewLinter(io.Discard, opts)
	require.NoError(t, err)

	for _, path := range workflowPaths(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			errs, err := linter.LintFile(path, nil)
			require.NoError(t, err)
			for _, e := range errs {
				t.Errorf("%s:%d:%d: actionlint [%s]: %s", name, e.Line, e.Column, e.Kind, e.Message)
			}
		})
	}
}
