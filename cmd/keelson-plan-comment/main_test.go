package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fixtures = "../../internal/plancomment/testdata/"

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestRenderKeepsFlagOrderAcrossPlanAndFailed(t *testing.T) {
	code, out, errOut := runCmd(
		"--plan", "dev-infra="+fixtures+"creates.json",
		"--failed", "dev-platform="+fixtures+"failed.log",
		"--plan", "prod-infra="+fixtures+"destroys.json",
		"--plan-text", "dev-infra="+fixtures+"creates.txt",
		"--run-url", "https://example.invalid/run/1",
	)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, errOut)
	assert.True(t, strings.HasPrefix(out, "<!-- keelson-plan -->\n"))
	a, b, c := strings.Index(out, "| `dev-infra`"), strings.Index(out, "| `dev-platform`"), strings.Index(out, "| `prod-infra`")
	assert.True(t, 0 < a && a < b && b < c, "rows in flag order: %d %d %d", a, b, c)
	assert.Contains(t, out, "Plan: 3 to add, 0 to change, 0 to destroy.", "--plan-text is folded under its stack")
	assert.Contains(t, out, "**destroy** `aws_s3_bucket.LokiBucket_0D1A2B3C`")
}

func TestRenderWritesOut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "comment.md")
	code, out, errOut := runCmd("--plan", "dev-infra="+fixtures+"nochanges.json", "--out", path)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, out)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(data), "| `dev-infra` | 0 | 0 | 0 | 0 | no changes |")
}

func TestErrorsAreOneLineNamingFlagAndFile(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"malformed JSON", []string{"--plan", "dev-infra=" + fixtures + "malformed.json"}, 1,
			"keelson-plan-comment: --plan dev-infra=" + fixtures + "malformed.json: not valid JSON at byte"},
		{"not a plan", []string{"--plan", "dev-infra=" + fixtures + "notaplan.json"}, 1,
			"--plan dev-infra=" + fixtures + "notaplan.json: not a Terraform plan JSON: unexpected plan input, format version is missing"},
		{"missing file", []string{"--plan", "dev-infra=nope.json"}, 1,
			"keelson-plan-comment: --plan dev-infra=nope.json: no such file or directory"},
		{"missing log", []string{"--failed", "dev-infra=nope.log"}, 1,
			"--failed dev-infra=nope.log: no such file or directory"},
		{"no equals", []string{"--plan", "dev-infra.json"}, 2,
			`invalid value "dev-infra.json" for flag -plan: want stack=path, got "dev-infra.json"`},
		{"duplicate stack", []string{"--plan", "dev-infra=" + fixtures + "creates.json", "--failed", "dev-infra=" + fixtures + "failed.log"}, 1,
			`--failed dev-infra=` + fixtures + `failed.log: stack "dev-infra" is already given (stack 1)`},
		{"text without plan", []string{"--plan", "dev-infra=" + fixtures + "creates.json", "--plan-text", "prod-infra=x.txt"}, 1,
			`--plan-text prod-infra=x.txt: no --plan for stack "prod-infra"`},
		{"text for failed stack", []string{"--failed", "dev-infra=" + fixtures + "failed.log", "--plan-text", "dev-infra=" + fixtures + "creates.txt"}, 1,
			`stack "dev-infra" is given as --failed`},
		{"bad stack name", []string{"--plan", "dev infra=" + fixtures + "creates.json"}, 2,
			`invalid value "dev infra=` + fixtures + `creates.json" for flag -plan: stack "dev infra": name may hold only letters`},
		{"stray argument", []string{"plan.json"}, 2, `unexpected argument "plan.json"`},
		{"bad limit", []string{"--limit", "0"}, 2, "--limit 0: must be positive"},
		{"unknown flag", []string{"--plans", "x=y"}, 2, "flag provided but not defined: -plans"},
		{"unwritable out", []string{"--plan", "dev-infra=" + fixtures + "creates.json", "--out", "/nonexistent/dir/c.md"}, 1,
			"--out /nonexistent/dir/c.md: no such file or directory"},
		{"changed without dirs", []string{"changed", "dev-infra"}, 2, "changed: --base and --head are required"},
		{"changed without stacks", []string{"changed", "--base", "a", "--head", "b"}, 2, "changed: name the stacks"},
		{"changed without head", []string{"changed", "--base", "a", "--head", "/nonexistent", "dev-infra"}, 1,
			"changed --head /nonexistent: not a directory (run the synth first)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(tc.args...)
			assert.Equal(t, tc.code, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.want)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
		})
	}
}

func TestChangedPrintsTouchedStacksInOrder(t *testing.T) {
	base, head := t.TempDir(), t.TempDir()
	write := func(dir, stack, body string) {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, stack), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, stack, "cdk.tf.json"), []byte(body), 0o644))
	}
	write(base, "dev-infra", `{"a":1}`)
	write(head, "dev-infra", `{"a":2}`)
	write(base, "dev-platform", `{"a":1}`)
	write(head, "dev-platform", `{"a":1}`)
	write(head, "prod-infra", `{"a":1}`)

	code, out, errOut := runCmd("changed", "--base", base, "--head", head, "prod-infra", "dev-platform", "dev-infra")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "prod-infra\ndev-infra\n", out)
	assert.Equal(t, "prod-infra: new\ndev-platform: unchanged\ndev-infra: changed\n", errOut)
}

func TestHelpExitsZero(t *testing.T) {
	code, out, _ := runCmd("-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "usage: keelson-plan-comment")
	assert.Contains(t, out, "-plan-text")
}
