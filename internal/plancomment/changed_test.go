package plancomment_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/internal/plancomment"
)

func writeStack(t *testing.T, dir, stack, body string) {
	t.Helper()
	path := plancomment.StackFile(dir, stack)
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
}

func TestChangedStacks(t *testing.T) {
	base, head := t.TempDir(), t.TempDir()
	// Same resources; only cdktf metadata and formatting differ.
	writeStack(t, base, "bootstrap", `{"//":{"metadata":{"version":"0.20.0"}},"resource":{"aws_s3_bucket":{"b":{"//":{"metadata":{"path":"bootstrap/State"}},"bucket":"s"}}}}`)
	writeStack(t, head, "bootstrap", `{
  "//": {"metadata": {"version": "0.21.0"}},
  "resource": {"aws_s3_bucket": {"b": {"//": {"metadata": {"path": "bootstrap/StateBucket"}}, "bucket": "s"}}}
}`)
	writeStack(t, base, "dev-infra", `{"resource":{"aws_vpc":{"v":{"cidr_block":"10.0.0.0/16"}}}}`)
	writeStack(t, head, "dev-infra", `{"resource":{"aws_vpc":{"v":{"cidr_block":"10.1.0.0/16"}}}}`)
	writeStack(t, head, "dev-platform", `{"resource":{}}`) // new on this branch
	writeStack(t, base, "prod-infra", `{"resource":{"aws_vpc":{"v":{"cidr_block":"10.2.0.0/16","n":1}}}}`)
	writeStack(t, head, "prod-infra", `{"resource":{"aws_vpc":{"v":{"n":1,"cidr_block":"10.2.0.0/16"}}}}`)
	// prod-platform: synthesized by neither.

	diffs, err := plancomment.ChangedStacks(base, head, []string{"bootstrap", "dev-infra", "dev-platform", "prod-infra", "prod-platform"})
	require.NoError(t, err)
	assert.Equal(t, []plancomment.StackDiff{
		{Stack: "bootstrap", Touched: false, Reason: "unchanged"},
		{Stack: "dev-infra", Touched: true, Reason: "changed"},
		{Stack: "dev-platform", Touched: true, Reason: "new"},
		{Stack: "prod-infra", Touched: false, Reason: "unchanged"}, // key order does not matter
		{Stack: "prod-platform", Touched: false, Reason: "not synthesized"},
	}, diffs)
}

func TestChangedStacksPlansEverythingWithoutABase(t *testing.T) {
	head := t.TempDir()
	writeStack(t, head, "dev-infra", `{}`)
	writeStack(t, head, "prod-infra", `{}`)
	diffs, err := plancomment.ChangedStacks(filepath.Join(t.TempDir(), "missing"), head, []string{"dev-infra", "prod-infra"})
	require.NoError(t, err)
	for _, d := range diffs {
		assert.True(t, d.Touched, d.Stack)
		assert.Equal(t, "base not synthesized", d.Reason, d.Stack)
	}
}

func TestChangedStacksRejectsBrokenJSON(t *testing.T) {
	base, head := t.TempDir(), t.TempDir()
	writeStack(t, base, "dev-infra", `{}`)
	writeStack(t, head, "dev-infra", `{"resource":`)
	_, err := plancomment.ChangedStacks(base, head, []string{"dev-infra"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), filepath.Join(head, "dev-infra", "cdk.tf.json")+": not valid JSON")
}
