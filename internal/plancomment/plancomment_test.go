package plancomment_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/internal/plancomment"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

func loadPlan(t *testing.T, name string) *tfjson.Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	p, err := plancomment.ParsePlan(data)
	require.NoError(t, err, "testdata/%s", name)
	return p
}

func readText(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return string(data)
}

func TestParsePlanRejects(t *testing.T) {
	for _, tc := range []struct {
		file, want string
	}{
		{"malformed.json", "not valid JSON at byte"},
		{"notaplan.json", "format version is missing"},
		{"futureformat.json", `unsupported plan format version: "2.0.0"`},
		{"failed.log", "not valid JSON"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tc.file))
			require.NoError(t, err)
			_, err = plancomment.ParsePlan(data)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	_, err := plancomment.ParsePlan([]byte("  \n"))
	assert.ErrorContains(t, err, "empty file")
}

func TestChangesAndCounts(t *testing.T) {
	type change struct {
		address string
		action  plancomment.Action
	}
	for _, tc := range []struct {
		file   string
		want   []change
		counts plancomment.Counts
	}{
		{
			// A data source read and a no-op are not changes.
			file: "creates.json",
			want: []change{
				{`aws_eks_addon.addons["coredns"]`, plancomment.ActionCreate},
				{"aws_subnet.Network_PrivateSubnet0_A7C21DEC", plancomment.ActionCreate},
				{"aws_vpc.Network_Vpc_FAC8F4A5", plancomment.ActionCreate},
			},
			counts: plancomment.Counts{Add: 3},
		},
		{
			file: "updates.json",
			want: []change{
				{"aws_cloudwatch_log_group.Network_FlowLogGroup_1F868030", plancomment.ActionUpdate},
				{"aws_eks_node_group.Cluster_WorkersNodeGroup_C7A0C90D", plancomment.ActionUpdate},
			},
			counts: plancomment.Counts{Change: 2},
		},
		{
			// delete+create and create+delete are both one replacement.
			file: "replaces.json",
			want: []change{
				{"aws_eks_cluster.Cluster_EB0386A7", plancomment.ActionReplace},
				{"aws_iam_role.Cluster_NodeRole_D6BFCFE8", plancomment.ActionReplace},
				{"aws_launch_template.Cluster_WorkersLaunchTemplate_E7BBCD8B", plancomment.ActionReplace},
			},
			counts: plancomment.Counts{Replace: 3},
		},
		{
			// A forget (removed block, destroy = false) destroys nothing.
			file: "destroys.json",
			want: []change{
				{"aws_iam_role.Network_FlowLogRole_77F83AC2", plancomment.ActionDestroy},
				{"aws_instance.Bastion_Instance_12AB34CD", plancomment.ActionDestroy},
				{"aws_s3_bucket.LokiBucket_0D1A2B3C", plancomment.ActionDestroy},
			},
			counts: plancomment.Counts{Destroy: 3},
		},
		{file: "nochanges.json", counts: plancomment.Counts{}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			changes := plancomment.Changes(loadPlan(t, tc.file))
			var got []change
			for _, c := range changes {
				got = append(got, change{c.Address, c.Action})
			}
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.counts, plancomment.Count(changes))
		})
	}
}

func TestReplaceOrderAndStatefulFlags(t *testing.T) {
	byAddr := map[string]plancomment.ResourceChange{}
	for _, f := range []string{"replaces.json", "destroys.json", "updates.json"} {
		for _, c := range plancomment.Changes(loadPlan(t, f)) {
			byAddr[c.Address] = c
		}
	}
	lt := byAddr["aws_launch_template.Cluster_WorkersLaunchTemplate_E7BBCD8B"]
	assert.True(t, lt.CreateBeforeDestroy, "create+delete is create-before-destroy")
	assert.False(t, byAddr["aws_eks_cluster.Cluster_EB0386A7"].CreateBeforeDestroy, "delete+create is destroy-before-create")
	assert.True(t, byAddr["aws_instance.Bastion_Instance_12AB34CD"].Deposed)

	for addr, want := range map[string]bool{
		"aws_eks_cluster.Cluster_EB0386A7":                           true,  // replaced, stateful type
		"aws_s3_bucket.LokiBucket_0D1A2B3C":                          true,  // destroyed, stateful type
		"aws_iam_role.Network_FlowLogRole_77F83AC2":                  false, // destroyed, not stateful
		"aws_launch_template.Cluster_WorkersLaunchTemplate_E7BBCD8B": false,
		"aws_eks_node_group.Cluster_WorkersNodeGroup_C7A0C90D":       false, // updated in place
	} {
		assert.Equal(t, want, byAddr[addr].Stateful(), addr)
	}
}

func TestStatefulTypesCoverTheCriticalResources(t *testing.T) {
	for _, typ := range []string{
		"aws_eks_cluster", "aws_msk_cluster", "aws_s3_bucket", "aws_kms_key", "aws_db_instance",
		"aws_rds_cluster", "aws_backup_vault", "aws_ebs_volume", "aws_dynamodb_table",
		"aws_efs_file_system", "aws_secretsmanager_secret",
	} {
		assert.True(t, plancomment.IsStateful(typ), typ)
	}
	assert.False(t, plancomment.IsStateful("aws_iam_role"))
	types := plancomment.StatefulTypes()
	assert.IsIncreasing(t, types)
}

func TestRenderStatefulDestroyIsCalledOutAboveTheSummary(t *testing.T) {
	body := render(t, []plancomment.Stack{
		{Name: "dev-infra", Plan: loadPlan(t, "destroys.json")},
		{Name: "dev-platform", Plan: loadPlan(t, "replaces.json")},
	}, plancomment.Options{})

	require.True(t, strings.HasPrefix(body, plancomment.Marker+"\n"), "the body starts with the marker")
	callout := index(t, body, "> [!CAUTION]")
	table := index(t, body, "| Stack |")
	assert.Less(t, callout, table, "the call-out comes before the summary table")
	assert.Contains(t, body, "> **2 stateful resources will be destroyed or replaced.**")
	assert.Contains(t, body, "> - `dev-infra`: **destroy** `aws_s3_bucket.LokiBucket_0D1A2B3C`")
	assert.Contains(t, body, "> - `dev-platform`: **replace** `aws_eks_cluster.Cluster_EB0386A7`")
	callouts := body[callout:table]
	assert.NotContains(t, callouts, "aws_iam_role", "a non-stateful destroy is not in the call-out")
	assert.NotContains(t, callouts, "aws_launch_template")
	assert.Contains(t, body, "| `dev-infra` | 0 | 0 | 0 | 3 | ⚠️ 1 stateful |")
	assert.Contains(t, body, "| `dev-platform` | 0 | 0 | 3 | 0 | ⚠️ 1 stateful |")
}

func TestRenderNoStatefulChangeHasNoCallout(t *testing.T) {
	body := render(t, []plancomment.Stack{
		{Name: "dev-infra", Plan: loadPlan(t, "creates.json")},
		{Name: "dev-platform", Plan: loadPlan(t, "updates.json")},
	}, plancomment.Options{})
	assert.NotContains(t, body, "[!CAUTION]")
	assert.NotContains(t, body, "[!WARNING]")
	assert.Contains(t, body, "| `dev-infra` | 3 | 0 | 0 | 0 | changes |")
	assert.Contains(t, body, "<details><summary><code>dev-platform</code>: 2 to change</summary>")
}

func TestRenderNoChanges(t *testing.T) {
	body := render(t, []plancomment.Stack{{Name: "prod-infra", Plan: loadPlan(t, "nochanges.json")}}, plancomment.Options{})
	assert.Contains(t, body, "| `prod-infra` | 0 | 0 | 0 | 0 | no changes |")
	assert.Contains(t, body, "<details><summary><code>prod-infra</code>: no changes</summary>\n\nNo changes.\n")
	assert.NotContains(t, body, "**Resource changes**")
}

func TestRenderNothingToPlan(t *testing.T) {
	body := render(t, nil, plancomment.Options{})
	assert.Equal(t, plancomment.Marker+"\n### Infrastructure plan\n\nNo stack's synthesized configuration differs from the base branch: nothing to plan.\n", body)
}

func TestRenderFailedStack(t *testing.T) {
	body := render(t, []plancomment.Stack{
		{Name: "dev-infra", Plan: loadPlan(t, "creates.json")},
		{Name: "dev-platform", FailureLog: readText(t, "failed.log")},
	}, plancomment.Options{})
	assert.Contains(t, body, "> **Could not plan `dev-platform`.**")
	assert.Contains(t, body, "| `dev-platform` | – | – | – | – | **plan failed** |")
	assert.Contains(t, body, "<details><summary><code>dev-platform</code>: plan failed</summary>")
	assert.Contains(t, body, "Error: Unable to find remote state")
}

func TestRenderManyStacksKeepsTheGivenOrder(t *testing.T) {
	// Dependency order, deliberately not alphabetical.
	names := []string{"bootstrap", "dev-infra", "dev-platform", "prod-infra", "prod-platform"}
	files := []string{"nochanges.json", "creates.json", "replaces.json", "updates.json", "destroys.json"}
	var stacks []plancomment.Stack
	for i, n := range names {
		stacks = append(stacks, plancomment.Stack{Name: n, Plan: loadPlan(t, files[i])})
	}
	body := render(t, stacks, plancomment.Options{})
	for _, marker := range []string{"| `%s` |", "<details><summary><code>%s</code>"} {
		last := -1
		for _, n := range names {
			at := index(t, body, fmt.Sprintf(marker, n))
			assert.Greater(t, at, last, "%s comes after the stack before it (%q)", n, marker)
			last = at
		}
	}
}

func TestRenderRejectsBadStacks(t *testing.T) {
	p := loadPlan(t, "creates.json")
	_, err := plancomment.Render([]plancomment.Stack{{Name: "dev-infra", Plan: p}, {Name: "dev-infra", Plan: p}}, plancomment.Options{})
	assert.ErrorContains(t, err, `stack "dev-infra": given twice`)
	_, err = plancomment.Render([]plancomment.Stack{{Name: "dev infra</code>", Plan: p}}, plancomment.Options{})
	assert.ErrorContains(t, err, "name may hold only")
	_, err = plancomment.Render([]plancomment.Stack{{Name: "dev-infra", Plan: p, PlanText: strings.Repeat("x\n", 1000)}}, plancomment.Options{Limit: 100})
	assert.ErrorContains(t, err, "over the limit of 100")
}

func TestRenderIsDeterministic(t *testing.T) {
	p := loadPlan(t, "destroys.json")
	reversed := *p
	reversed.ResourceChanges = nil
	for i := len(p.ResourceChanges) - 1; i >= 0; i-- {
		reversed.ResourceChanges = append(reversed.ResourceChanges, p.ResourceChanges[i])
	}
	a := render(t, []plancomment.Stack{{Name: "dev-infra", Plan: p}}, plancomment.Options{})
	b := render(t, []plancomment.Stack{{Name: "dev-infra", Plan: &reversed}}, plancomment.Options{})
	assert.Equal(t, a, b, "the order of resource_changes in the plan does not change the comment")
}

func TestRenderFencesPlanTextHoldingBackticks(t *testing.T) {
	body := render(t, []plancomment.Stack{{
		Name: "dev-infra", Plan: loadPlan(t, "creates.json"),
		PlanText: "  + user_data = <<-EOT\n      ```\n      echo hi\n      ```\n    EOT\n",
	}}, plancomment.Options{})
	assert.Contains(t, body, "````text\n", "the fence is longer than any backtick run in the text")
	assert.Equal(t, 2, strings.Count(body, "\n````"), "opening and closing fence")
}

// bigPlan builds a plan with n created resources and the text Terraform
// would print for it, plus one stateful destroy.
func bigPlan(t *testing.T, prefix string, n int) (*tfjson.Plan, string) {
	t.Helper()
	var rcs []string
	var text strings.Builder
	text.WriteString("Terraform will perform the following actions:\n\n")
	for i := range n {
		addr := fmt.Sprintf("aws_route_table_association.%s_Association%05d", prefix, i)
		rcs = append(rcs, fmt.Sprintf(`{"address":%q,"mode":"managed","type":"aws_route_table_association","name":"x","change":{"actions":["create"],"before":null,"after":{}}}`, addr))
		fmt.Fprintf(&text, "  # %s will be created\n  + resource \"aws_route_table_association\" \"x\" {\n      + id = (known after apply)\n    }\n\n", addr)
	}
	rcs = append(rcs, `{"address":"aws_kms_key.LogsKey_A6AB43B2","mode":"managed","type":"aws_kms_key","name":"LogsKey_A6AB43B2","change":{"actions":["delete"],"before":{},"after":null}}`)
	fmt.Fprintf(&text, "Plan: %d to add, 0 to change, 1 to destroy.\n", n)
	p, err := plancomment.ParsePlan([]byte(`{"format_version":"1.2","resource_changes":[` + strings.Join(rcs, ",") + `]}`))
	require.NoError(t, err)
	return p, text.String()
}

func TestRenderCutsLargePlansToTheLimit(t *testing.T) {
	devPlan, devText := bigPlan(t, "Dev", 3000)
	prodPlan, prodText := bigPlan(t, "Prod", 200)
	stacks := []plancomment.Stack{
		{Name: "bootstrap", Plan: loadPlan(t, "nochanges.json")},
		{Name: "dev-infra", Plan: devPlan, PlanText: devText},
		{Name: "dev-platform", FailureLog: strings.Repeat("noise\n", 20000) + "Error: the last line matters\n"},
		{Name: "prod-infra", Plan: prodPlan, PlanText: prodText},
	}
	opts := plancomment.Options{ArtifactsURL: "https://github.com/keelson-dev/keelson/actions/runs/42"}
	body := render(t, stacks, opts)

	assert.LessOrEqual(t, len(body), plancomment.GitHubCommentLimit)
	assert.Greater(t, len(body), plancomment.GitHubCommentLimit-2000, "the budget is used, not wasted")
	require.True(t, strings.HasPrefix(body, plancomment.Marker+"\n"))

	// Never cut: the call-outs and the summary.
	assert.Contains(t, body, "> - `dev-infra`: **destroy** `aws_kms_key.LogsKey_A6AB43B2`")
	assert.Contains(t, body, "> - `prod-infra`: **destroy** `aws_kms_key.LogsKey_A6AB43B2`")
	assert.Contains(t, body, "> **Could not plan `dev-platform`.**")
	assert.Contains(t, body, "| `dev-infra` | 3000 | 0 | 0 | 1 | ⚠️ 1 stateful |")
	assert.Contains(t, body, "| `prod-infra` | 200 | 0 | 0 | 1 | ⚠️ 1 stateful |")

	// The note says what was cut and where the full plans are.
	assert.Contains(t, body, "> Cut to fit GitHub's limit of 65,536 characters: the folded sections of `dev-infra`, `dev-platform`, `prod-infra` are incomplete. The full plans (text and JSON) are in the artifacts of [the workflow run](https://github.com/keelson-dev/keelson/actions/runs/42).")
	assert.Less(t, index(t, body, "> [!NOTE]"), index(t, body, "<details>"), "the note is above the folded sections")
	assert.Contains(t, body, "*Plan cut: showing the first ")
	assert.Contains(t, body, "*Log cut: showing the last ")
	assert.Contains(t, body, "Error: the last line matters", "a log keeps its tail, where Terraform prints the error")

	// The Markdown stays well formed after the cut.
	assert.Equal(t, strings.Count(body, "<details>"), strings.Count(body, "</details>"))
	fences := 0
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(l, "```") {
			fences++
		}
	}
	assert.Equal(t, 0, fences%2, "code fences are balanced")

	again := render(t, stacks, opts)
	assert.Equal(t, body, again)
}

func TestRenderCutNamesOnlyTheStacksCut(t *testing.T) {
	bigP, bigText := bigPlan(t, "Dev", 3000)
	body := render(t, []plancomment.Stack{
		{Name: "dev-infra", Plan: loadPlan(t, "creates.json"), PlanText: readText(t, "creates.txt")},
		{Name: "prod-infra", Plan: bigP, PlanText: bigText},
	}, plancomment.Options{})
	assert.Contains(t, body, "the folded sections of `prod-infra` are incomplete. The full plans (text and JSON) are in the artifacts of the workflow run that posted this comment.")
	assert.Contains(t, body, readText(t, "creates.txt"), "a small plan fits whole next to a large one")
}

func TestRenderWithinTheLimitIsNotCut(t *testing.T) {
	body := render(t, []plancomment.Stack{{Name: "dev-infra", Plan: loadPlan(t, "creates.json"), PlanText: readText(t, "creates.txt")}}, plancomment.Options{})
	assert.NotContains(t, body, "[!NOTE]")
	assert.NotContains(t, body, "cut:")
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stacks func(t *testing.T) []plancomment.Stack
	}{
		{"single-create", func(t *testing.T) []plancomment.Stack {
			return []plancomment.Stack{{Name: "dev-infra", Plan: loadPlan(t, "creates.json"), PlanText: readText(t, "creates.txt")}}
		}},
		{"stateful-destroy", func(t *testing.T) []plancomment.Stack {
			return []plancomment.Stack{
				{Name: "dev-infra", Plan: loadPlan(t, "replaces.json"), PlanText: readText(t, "replaces.txt")},
				{Name: "dev-platform", Plan: loadPlan(t, "destroys.json"), PlanText: readText(t, "destroys.txt")},
			}
		}},
		{"many-stacks", func(t *testing.T) []plancomment.Stack {
			return []plancomment.Stack{
				{Name: "bootstrap", Plan: loadPlan(t, "nochanges.json")},
				{Name: "dev-infra", Plan: loadPlan(t, "creates.json"), PlanText: readText(t, "creates.txt")},
				{Name: "dev-platform", FailureLog: readText(t, "failed.log")},
				{Name: "prod-infra", Plan: loadPlan(t, "updates.json")},
				{Name: "prod-platform", Plan: loadPlan(t, "nochanges.json")},
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := render(t, tc.stacks(t), plancomment.Options{ArtifactsURL: "https://github.com/keelson-dev/keelson/actions/runs/1"})
			path := filepath.Join("testdata", "golden", tc.name+".md")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run `go test ./internal/plancomment/ -run TestGolden -update` to create it")
			assert.Equal(t, string(want), body, "%s differs from the rendering; review and rerun with -update if intended", path)
		})
	}
}

func render(t *testing.T, stacks []plancomment.Stack, opts plancomment.Options) string {
	t.Helper()
	body, err := plancomment.Render(stacks, opts)
	require.NoError(t, err)
	return body
}

func index(t *testing.T, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	require.GreaterOrEqual(t, i, 0, "%q not found", sub)
	return i
}
