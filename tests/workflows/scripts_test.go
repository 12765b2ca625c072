package workflows_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ciScripts(t *testing.T) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(repoRoot(t), "scripts", "ci", "*.sh"))
	require.NoError(t, err)
	require.NotEmpty(t, m)
	return m
}

func TestScriptsShellcheck(t *testing.T) {
	sc := requireTool(t, "shellcheck", "scripts/ci/*.sh must be shellcheck-clean")
	for _, s := range ciScripts(t) {
		out, err := exec.Command(sc, "--severity=style", s).CombinedOutput()
		assert.NoError(t, err, "shellcheck %s:\n%s", filepath.Base(s), out)
	}
}

func TestScriptsAreExecutable(t *testing.T) {
	for _, s := range ciScripts(t) {
		st, err := os.Stat(s)
		require.NoError(t, err)
		assert.NotZero(t, st.Mode()&0o111, "%s is not executable (the workflows run it directly)", filepath.Base(s))
	}
}

// TestWorkflowsCallExistingScripts: every scripts/ci/*.sh a workflow runs exists.
func TestWorkflowsCallExistingScripts(t *testing.T) {
	root := repoRoot(t)
	for _, f := range loadWorkflows(t) {
		for _, word := range strings.Fields(string(f.src)) {
			if strings.HasPrefix(word, "scripts/ci/") && strings.HasSuffix(word, ".sh") {
				_, err := os.Stat(filepath.Join(root, word))
				assert.NoError(t, err, "%s runs %s", f.name, word)
			}
		}
	}
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.invalid",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.invalid", "GIT_CONFIG_GLOBAL=/dev/null")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "git %v: %s", args, out)
	return strings.TrimSpace(string(out))
}

func TestCheckDevRecord(t *testing.T) {
	requireTool(t, "git", "check-dev-record.sh reads tags")
	script := filepath.Join(repoRoot(t), "scripts", "ci", "check-dev-record.sh")
	repo := t.TempDir()
	git(t, repo, "init", "-q")
	git(t, repo, "commit", "-q", "--allow-empty", "-m", "one")
	deployed := git(t, repo, "rev-parse", "HEAD")
	git(t, repo, "tag", "deployed/dev/"+deployed)
	git(t, repo, "commit", "-q", "--allow-empty", "-m", "two")
	undeployed := git(t, repo, "rev-parse", "HEAD")
	git(t, repo, "tag", "deployed/dev/0000000000000000000000000000000000000000", deployed) // a tag on the wrong commit

	for _, tc := range []struct {
		name, sha string
		ok        bool
		want      string
	}{
		{"deployed", deployed, true, deployed + " deployed to dev successfully"},
		{"not deployed", undeployed, false, undeployed + " has no dev record (tag deployed/dev/" + undeployed + ")"},
		{"short sha", deployed[:12], false, "sha must be a full 40-character"},
		{"tag on another commit", "0000000000000000000000000000000000000000", false, "points at " + deployed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(script, tc.sha)
			cmd.Dir = repo
			out, err := cmd.CombinedOutput()
			if tc.ok {
				assert.NoError(t, err, "%s", out)
			} else {
				assert.Error(t, err, "%s", out)
			}
			assert.Contains(t, string(out), tc.want)
		})
	}
}

// TestPlanStacksAndRender runs plan-stacks.sh with a fake terraform: one
// stack plans with changes, one fails, one is not synthesized. Every stack
// is recorded and the next one is planned; render-comment.sh turns the
// result into the comment with the failure reported.
func TestPlanStacksAndRender(t *testing.T) {
	requireTool(t, "bash", "the scripts are bash")
	root := repoRoot(t)
	work := t.TempDir()
	bin := filepath.Join(work, "bin")
	stacks := filepath.Join(work, "stacks")
	plans := filepath.Join(work, "plans")
	for _, s := range []string{"dev-infra", "dev-platform"} {
		require.NoError(t, os.MkdirAll(filepath.Join(stacks, s), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(stacks, s, "cdk.tf.json"), []byte("{}"), 0o644))
	}
	fixture, err := os.ReadFile(filepath.Join(root, "internal", "plancomment", "testdata", "destroys.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(work, "plan.json"), fixture, 0o644))
	require.NoError(t, os.MkdirAll(bin, 0o755))
	// fake terraform: dev-platform fails to plan; dev-infra has changes.
	fake := `#!/usr/bin/env bash
dir=${1#-chdir=}; shift
case "$1 $dir" in
  "init "*) echo "Terraform has been successfully initialized!" ;;
  "plan "*dev-platform) echo "Error: Unable to find remote state" >&2; exit 1 ;;
  "plan "*) echo "Plan: 0 to add, 0 to change, 3 to destroy."; exit 2 ;;
  "show "*) if [ "$2" = -json ]; then cat "` + filepath.Join(work, "plan.json") + `"; else echo "  # aws_s3_bucket.LokiBucket_0D1A2B3C will be destroyed"; fi ;;
esac
`
	require.NoError(t, os.WriteFile(filepath.Join(bin, "terraform"), []byte(fake), 0o755))

	cmd := exec.Command(filepath.Join(root, "scripts", "ci", "plan-stacks.sh"), plans, "dev-infra", "dev-platform", "prod-infra")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "STACKS_DIR="+stacks)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "plan-stacks.sh does not fail the job for one stack: %s", out)

	status := func(s string) string {
		b, err := os.ReadFile(filepath.Join(plans, s+".status"))
		require.NoError(t, err)
		return strings.TrimSpace(string(b))
	}
	assert.Equal(t, "changes", status("dev-infra"))
	assert.Equal(t, "failed", status("dev-platform"))
	assert.Equal(t, "failed", status("prod-infra"))
	order, err := os.ReadFile(filepath.Join(plans, "order"))
	require.NoError(t, err)
	assert.Equal(t, "dev-infra\ndev-platform\nprod-infra\n", string(order))
	log, err := os.ReadFile(filepath.Join(plans, "prod-infra.log"))
	require.NoError(t, err)
	assert.Contains(t, string(log), "the app did not synthesize stack prod-infra")

	requireTool(t, "go", "render-comment.sh runs the renderer with go run")
	comment := filepath.Join(plans, "comment.md")
	render := exec.Command(filepath.Join(root, "scripts", "ci", "render-comment.sh"), plans, comment)
	render.Dir = root
	render.Env = append(os.Environ(), "RUN_URL=https://example.invalid/runs/7")
	out, err = render.CombinedOutput()
	require.NoError(t, err, "%s", out)
	body, err := os.ReadFile(comment)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(body), "<!-- keelson-plan -->\n"))
	assert.Contains(t, string(body), "> - `dev-infra`: **destroy** `aws_s3_bucket.LokiBucket_0D1A2B3C`")
	assert.Contains(t, string(body), "> **Could not plan `dev-platform`, `prod-infra`.**")
	assert.Contains(t, string(body), "Error: Unable to find remote state")
	assert.Contains(t, string(body), "# aws_s3_bucket.LokiBucket_0D1A2B3C will be destroyed", "the plan text is folded in")
}
