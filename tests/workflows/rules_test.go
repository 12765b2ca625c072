package workflows_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
	"github.com/stretchr/testify/assert"
)

// A rule returns one message per violation, each naming the file, the job
// (when there is one) and the rule.
type rule struct {
	name  string
	check func(f *workflowFile) []string
}

var (
	pinnedSHA      = regexp.MustCompile(`^[^@\s]+@[0-9a-f]{40}$`)
	versionComment = regexp.MustCompile(`#\s*v\d+(\.\d+){0,2}\b`)
	staticKeys     = regexp.MustCompile(`(?i)aws-access-key-id|aws-secret-access-key|aws_access_key_id|aws_secret_access_key|aws-session-token`)
	// deploying: a job that changes infrastructure or a release.
	deploying = regexp.MustCompile(`apply-stacks\.sh|terraform\s+(-chdir=\S+\s+)?apply|helm\s+(upgrade|install|rollback)|kubectl\s+apply`)
)

// workflowsWithConcurrency must serialize their runs: they plan or change
// real infrastructure.
var workflowsWithConcurrency = map[string]bool{
	"preview.yml": true, "deploy-dev.yml": true, "promote-prod.yml": true, "drift.yml": true,
}

func msg(f *workflowFile, j *actionlint.Job, rule, format string, args ...any) string {
	where := f.name
	if j != nil {
		where += ": job " + jobID(j)
	}
	return fmt.Sprintf("%s: %s: %s", where, rule, fmt.Sprintf(format, args...))
}

var rules = []rule{
	{"actions pinned to a commit SHA with a version comment", func(f *workflowFile) []string {
		var out []string
		check := func(j *actionlint.Job, uses *actionlint.String) {
			ref := str(uses)
			if strings.HasPrefix(ref, "./") {
				return // local action or reusable workflow: versioned with this repository
			}
			if strings.HasPrefix(ref, "docker://") {
				if !strings.Contains(ref, "@sha256:") {
					out = append(out, msg(f, j, "pinned actions", "%s is not pinned by digest", ref))
				}
				return
			}
			if !pinnedSHA.MatchString(ref) {
				out = append(out, msg(f, j, "pinned actions", "%s is not pinned to a full 40-hex commit SHA", ref))
				return
			}
			if line := uses.Pos.Line; line > 0 && line <= len(f.lines) && !versionComment.MatchString(f.lines[line-1]) {
				out = append(out, msg(f, j, "pinned actions", "%s (line %d) has no `# vX.Y.Z` comment naming the tag", ref, line))
			}
		}
		for _, j := range sortedJobs(f.wf) {
			if j.WorkflowCall != nil {
				check(j, j.WorkflowCall.Uses)
			}
			for _, a := range actionSteps(j) {
				check(j, a.Uses)
			}
		}
		return out
	}},

	{"explicit least-privilege permissions", func(f *workflowFile) []string {
		var out []string
		p := f.wf.Permissions
		switch {
		case p == nil:
			out = append(out, msg(f, nil, "permissions", "no top-level permissions (the repository default may be write-all); use permissions: {} and widen per job"))
		case p.All != nil && p.All.Value != "read-all":
			out = append(out, msg(f, nil, "permissions", "top-level permissions: %s; use {} or read-only scopes", p.All.Value))
		default:
			for name, s := range p.Scopes {
				if v := str(s.Value); v != "read" && v != "none" {
					out = append(out, msg(f, nil, "permissions", "top-level %s: %s; widen per job instead", name, v))
				}
			}
		}
		for _, j := range sortedJobs(f.wf) {
			if j.Permissions == nil && j.WorkflowCall == nil {
				out = append(out, msg(f, j, "permissions", "no job-level permissions block"))
			}
		}
		return out
	}},

	{"no static AWS keys", func(f *workflowFile) []string {
		var out []string
		for i, l := range f.lines {
			if m := staticKeys.FindString(l); m != "" {
				out = append(out, msg(f, nil, "OIDC only", "line %d mentions %s: use role-to-assume with an OIDC token", i+1, m))
			}
		}
		return out
	}},

	{"AWS credentials only through OIDC roles", func(f *workflowFile) []string {
		var out []string
		for _, j := range sortedJobs(f.wf) {
			configures := false
			for _, a := range actionSteps(j) {
				if actionName(a) != "aws-actions/configure-aws-credentials" {
					continue
				}
				configures = true
				if input(a, "role-to-assume") == "" {
					out = append(out, msg(f, j, "OIDC only", "configure-aws-credentials without role-to-assume"))
				}
			}
			idToken := permission(f.wf, j, "id-token") == "write"
			switch {
			case configures && !idToken:
				out = append(out, msg(f, j, "OIDC only", "configures AWS credentials but has no id-token: write"))
			case !configures && idToken && j.WorkflowCall == nil:
				out = append(out, msg(f, j, "least privilege", "has id-token: write but configures no AWS credentials"))
			}
		}
		return out
	}},

	{"prod deployments gated by the production environment", func(f *workflowFile) []string {
		var out []string
		mayTargetProd := strings.Contains(f.name, "prod")
		if call, ok := f.wf.FindWorkflowCallEvent(); ok {
			for _, in := range call.Inputs {
				if str(in.Name) == "environment" {
					mayTargetProd = true // a reusable deploy: the caller may pass prod
				}
			}
		}
		for _, j := range sortedJobs(f.wf) {
			script := runScripts(j)
			usesProdRole := strings.Contains(jobText(f, j), "PROD_APPLY_ROLE")
			if !deploying.MatchString(script) && !usesProdRole {
				continue
			}
			env := ""
			if j.Environment != nil {
				env = str(j.Environment.Name)
			}
			if env == "" {
				out = append(out, msg(f, j, "environment gate", "deploys without a GitHub environment"))
				continue
			}
			if (mayTargetProd || usesProdRole) && !strings.Contains(env, "production") {
				out = append(out, msg(f, j, "environment gate", "may deploy to prod but its environment %q is not production", env))
			}
			if !mayTargetProd && !usesProdRole && strings.Contains(env, "production") {
				out = append(out, msg(f, j, "environment gate", "a non-prod deployment uses the production environment"))
			}
		}
		return out
	}},

	{"concurrency on infrastructure workflows and deploying jobs", func(f *workflowFile) []string {
		var out []string
		if workflowsWithConcurrency[f.name] && f.wf.Concurrency == nil {
			out = append(out, msg(f, nil, "concurrency", "no top-level concurrency group"))
		}
		for _, j := range sortedJobs(f.wf) {
			if !deploying.MatchString(runScripts(j)) {
				continue
			}
			c := j.Concurrency
			if c == nil {
				c = f.wf.Concurrency
			}
			switch {
			case c == nil:
				out = append(out, msg(f, j, "concurrency", "deploys with no concurrency group"))
			case c.CancelInProgress != nil && (c.CancelInProgress.Value || c.CancelInProgress.Expression != nil):
				out = append(out, msg(f, j, "concurrency", "a running deployment may be cancelled (cancel-in-progress must be false)"))
			}
		}
		return out
	}},

	{"checkout does not persist credentials", func(f *workflowFile) []string {
		var out []string
		for _, j := range sortedJobs(f.wf) {
			for _, a := range actionSteps(j) {
				if actionName(a) == "actions/checkout" && input(a, "persist-credentials") != "false" {
					out = append(out, msg(f, j, "checkout", "actions/checkout without persist-credentials: false leaves the token in .git/config"))
				}
			}
		}
		return out
	}},
}

// jobText is the job's source lines (from its ID to the next job), for
// rules about what a job references.
func jobText(f *workflowFile, j *actionlint.Job) string {
	start := j.Pos.Line - 1
	end := len(f.lines)
	for _, other := range f.wf.Jobs {
		if l := other.Pos.Line - 1; l > start && l < end {
			end = l
		}
	}
	return strings.Join(f.lines[start:end], "\n")
}

func TestWorkflowRules(t *testing.T) {
	files := loadWorkflows(t)
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			for _, f := range files {
				for _, m := range r.check(f) {
					t.Error(m)
				}
			}
		})
	}
}

// TestWorkflowRulesCatchViolations feeds each rule a workflow that breaks
// it, so a rule that silently stops matching fails here.
func TestWorkflowRulesCatchViolations(t *testing.T) {
	const base = `name: bad
on: push
permissions: {}
jobs:
  job:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
`
	for _, tc := range []struct {
		rule, file, yaml, want string
	}{
		{"actions pinned to a commit SHA with a version comment", "x.yml", base + "      - uses: actions/checkout@v4\n        with: {persist-credentials: false}\n",
			"x.yml: job job: pinned actions: actions/checkout@v4 is not pinned"},
		{"actions pinned to a commit SHA with a version comment", "x.yml", base + "      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n        with: {persist-credentials: false}\n",
			"has no `# vX.Y.Z` comment"},
		{"explicit least-privilege permissions", "x.yml", strings.Replace(base, "permissions: {}\n", "", 1) + "      - run: true\n",
			"x.yml: permissions: no top-level permissions"},
		{"explicit least-privilege permissions", "x.yml", strings.Replace(base, "permissions: {}\n", "permissions:\n  contents: write\n", 1) + "      - run: true\n",
			"x.yml: permissions: top-level contents: write"},
		{"no static AWS keys", "x.yml", base + "      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2\n        with:\n          aws-access-key-id: ${{ secrets.KEY }}\n",
			"x.yml: OIDC only: line 12 mentions aws-access-key-id"},
		{"AWS credentials only through OIDC roles", "x.yml", base + "      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2\n        with:\n          aws-region: eu-west-1\n",
			"x.yml: job job: OIDC only: configure-aws-credentials without role-to-assume"},
		{"AWS credentials only through OIDC roles", "x.yml", base + "      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2\n        with:\n          role-to-assume: arn\n",
			"x.yml: job job: OIDC only: configures AWS credentials but has no id-token: write"},
		{"AWS credentials only through OIDC roles", "x.yml", strings.Replace(base, "contents: read", "id-token: write", 1) + "      - run: true\n",
			"x.yml: job job: least privilege: has id-token: write but configures no AWS credentials"},
		{"prod deployments gated by the production environment", "promote-prod.yml", base + "      - run: scripts/ci/apply-stacks.sh prod-infra\n",
			"promote-prod.yml: job job: environment gate: deploys without a GitHub environment"},
		{"prod deployments gated by the production environment", "promote-prod.yml", strings.Replace(base, "    steps:\n", "    environment: dev\n    steps:\n", 1) + "      - run: terraform -chdir=x apply tfplan\n",
			`environment gate: may deploy to prod but its environment "dev" is not production`},
		{"prod deployments gated by the production environment", "deploy-dev.yml", strings.Replace(base, "    steps:\n", "    environment: dev\n    steps:\n", 1) + "      - run: echo ${{ vars.KEELSON_PROD_APPLY_ROLE_ARN }}\n",
			`environment gate: may deploy to prod but its environment "dev" is not production`},
		{"prod deployments gated by the production environment", "service-x.yml",
			strings.Replace(strings.Replace(base, "on: push\n", "on:\n  workflow_call:\n    inputs:\n      environment: {type: string, required: true}\n", 1), "    steps:\n", "    environment: ${{ inputs.environment }}\n    steps:\n", 1) + "      - run: helm upgrade --install x chart\n",
			`environment gate: may deploy to prod but its environment "${{ inputs.environment }}" is not production`},
		{"concurrency on infrastructure workflows and deploying jobs", "drift.yml", base + "      - run: true\n",
			"drift.yml: concurrency: no top-level concurrency group"},
		{"concurrency on infrastructure workflows and deploying jobs", "x.yml", strings.Replace(base, "    steps:\n", "    environment: dev\n    concurrency: {group: g, cancel-in-progress: true}\n    steps:\n", 1) + "      - run: helm rollback x\n",
			"x.yml: job job: concurrency: a running deployment may be cancelled"},
		{"checkout does not persist credentials", "x.yml", base + "      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n",
			"x.yml: job job: checkout: actions/checkout without persist-credentials: false"},
	} {
		t.Run(tc.rule+"/"+tc.want, func(t *testing.T) {
			f := parseWorkflow(t, tc.file, []byte(tc.yaml))
			var r *rule
			for i := range rules {
				if rules[i].name == tc.rule {
					r = &rules[i]
				}
			}
			if !assert.NotNil(t, r, "no rule %q", tc.rule) {
				return
			}
			got := r.check(f)
			assert.True(t, containsSubstring(got, tc.want), "rule %q on %s: want a message containing %q, got %q", tc.rule, tc.file, tc.want, got)
		})
	}
}

// TestDeployWorkflowsShape pins what the rules cannot infer: which role,
// environment and stacks each infrastructure workflow uses.
func TestDeployWorkflowsShape(t *testing.T) {
	byName := map[string]*workflowFile{}
	for _, f := range loadWorkflows(t) {
		byName[f.name] = f
	}
	for _, tc := range []struct {
		file, role, env, stacks string
	}{
		{"deploy-dev.yml", "vars.KEELSON_DEV_APPLY_ROLE_ARN", "dev", "apply-stacks.sh dev-infra dev-platform"},
		{"promote-prod.yml", "vars.KEELSON_PROD_APPLY_ROLE_ARN", "production", "apply-stacks.sh prod-infra prod-platform"},
	} {
		f := byName[tc.file]
		if !assert.NotNil(t, f, "%s is missing", tc.file) {
			continue
		}
		appliers := 0
		for _, j := range sortedJobs(f.wf) {
			if !deploying.MatchString(runScripts(j)) {
				continue
			}
			appliers++
			assert.Contains(t, runScripts(j), tc.stacks, "%s: job %s: applies the stacks in dependency order", tc.file, jobID(j))
			assert.Equal(t, tc.env, str(j.Environment.Name), "%s: job %s: environment", tc.file, jobID(j))
			assert.Contains(t, jobText(f, j), tc.role, "%s: job %s: assumes %s", tc.file, jobID(j), tc.role)
			assert.NotContains(t, runScripts(j), "bootstrap", "%s: job %s: bootstrap is never applied automatically", tc.file, jobID(j))
		}
		assert.Equal(t, 1, appliers, "%s: one applying job", tc.file)
	}
	// promote-prod checks the dev record before anything else and checks out exactly the input SHA.
	if f := byName["promote-prod.yml"]; f != nil {
		assert.Contains(t, runScripts(f.wf.Jobs["verify"]), "check-dev-record.sh", "promote-prod.yml: job verify checks the dev record")
		for _, id := range []string{"plan", "apply"} {
			var ref string
			for _, a := range actionSteps(f.wf.Jobs[id]) {
				if actionName(a) == "actions/checkout" {
					ref = input(a, "ref")
				}
			}
			assert.Equal(t, "${{ inputs.sha }}", ref, "promote-prod.yml: job %s checks out inputs.sha", id)
		}
	}
	// Preview and drift plan with the plan role only.
	for _, name := range []string{"preview.yml", "drift.yml"} {
		if f := byName[name]; assert.NotNil(t, f, name) {
			assert.NotContains(t, string(f.src), "APPLY_ROLE", "%s: plans only, never with an apply role", name)
			assert.Contains(t, string(f.src), "vars.KEELSON_PLAN_ROLE_ARN", name)
		}
	}
}

func containsSubstring(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
