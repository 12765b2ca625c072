// Package workflows_test checks this repository's GitHub Actions workflows
// offline: actionlint (as a Go library, with shellcheck when it is on PATH;
// required under CI=true), the repository's rules for workflows (pinned
// actions, explicit least privilege, OIDC instead of keys, prod behind the
// `production` environment, concurrency), the Trivy waivers file, and the
// scripts the workflows call (scripts/ci).
package workflows_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
	"github.com/stretchr/testify/require"
)

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

// workflowFile is one parsed workflow.
type workflowFile struct {
	name  string // file name, e.g. preview.yml
	src   []byte
	lines []string
	wf    *actionlint.Workflow
}

func parseWorkflow(t *testing.T, name string, src []byte) *workflowFile {
	t.Helper()
	wf, errs := actionlint.Parse(src)
	for _, e := range errs {
		t.Errorf("%s:%d:%d: %s [%s]", name, e.Line, e.Column, e.Message, e.Kind)
	}
	require.NotNil(t, wf, "%s: not parsed", name)
	return &workflowFile{name: name, src: src, lines: strings.Split(string(src), "\n"), wf: wf}
}

// workflowPaths lists every workflow file in .github/workflows.
func workflowPaths(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), ".github", "workflows")
	var paths []string
	for _, pat := range []string{"*.yml", "*.yaml"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		require.NoError(t, err)
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	require.NotEmpty(t, paths, "no workflows in %s", dir)
	return paths
}

func loadWorkflows(t *testing.T) []*workflowFile {
	t.Helper()
	var out []*workflowFile
	for _, p := range workflowPaths(t) {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		out = append(out, parseWorkflow(t, filepath.Base(p), src))
	}
	return out
}

// sortedJobs returns the jobs in ID order, for stable messages.
func sortedJobs(w *actionlint.Workflow) []*actionlint.Job {
	ids := make([]string, 0, len(w.Jobs))
	for id := range w.Jobs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]*actionlint.Job, len(ids))
	for i, id := range ids {
		out[i] = w.Jobs[id]
	}
	return out
}

func jobID(j *actionlint.Job) string { return j.ID.Value }

func str(s *actionlint.String) string {
	if s == nil {
		return ""
	}
	return s.Value
}

// actionSteps returns the job's `uses:` steps.
func actionSteps(j *actionlint.Job) []*actionlint.ExecAction {
	var out []*actionlint.ExecAction
	for _, s := range j.Steps {
		if a, ok := s.Exec.(*actionlint.ExecAction); ok {
			out = append(out, a)
		}
	}
	return out
}

// runScripts returns the job's `run:` scripts, joined.
func runScripts(j *actionlint.Job) string {
	var b strings.Builder
	for _, s := range j.Steps {
		if r, ok := s.Exec.(*actionlint.ExecRun); ok {
			b.WriteString(str(r.Run) + "\n")
		}
	}
	return b.String()
}

func input(a *actionlint.ExecAction, name string) string {
	if in, ok := a.Inputs[name]; ok {
		return str(in.Value)
	}
	return ""
}

func actionName(a *actionlint.ExecAction) string {
	name, _, _ := strings.Cut(str(a.Uses), "@")
	return name
}

// permission returns the job's effective permission for scope: the job's
// own block, else the workflow's; "" when not granted.
func permission(w *actionlint.Workflow, j *actionlint.Job, scope string) string {
	p := j.Permissions
	if p == nil {
		p = w.Permissions
	}
	if p == nil {
		return "write" // no permissions block: the repository default, possibly write-all
	}
	if p.All != nil {
		switch p.All.Value {
		case "write-all":
			return "write"
		case "read-all":
			return "read"
		}
		return ""
	}
	if s, ok := p.Scopes[scope]; ok {
		return str(s.Value)
	}
	return ""
}

// inCI is true under CI=true: a missing tool fails there instead of skipping.
func inCI() bool { return os.Getenv("CI") == "true" }

// lookTool returns the tool's path, "" when absent.
func lookTool(name string) string {
	p, err := exec.LookPath(name)
	if err != nil {
		return ""
	}
	return p
}

// requireTool returns the tool's path, or skips loudly (fails under CI=true).
func requireTool(t *testing.T, name, why string) string {
	t.Helper()
	if p := lookTool(name); p != "" {
		return p
	}
	msg := name + " is not on PATH: " + why
	if inCI() {
		t.Fatalf("CI=true and %s", msg)
	}
	t.Skipf("\n\n*** SKIPPED: %s ***\n*** This check runs in CI; install the tool to run it here. ***\n", msg)
	return ""
}
