package docs_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var opsScripts = []struct {
	name     string
	required []string // arguments that make a valid call with --dry-run
}{
	{"teardown.sh", []string{"--env", "dev"}},
	{"kubeconfig.sh", []string{"--env", "prod", "--via-bastion"}},
	{"kafka-topics.sh", []string{"list", "--bootstrap", "b-1.example.invalid:9098"}},
	{"verify-backups.sh", []string{"--env", "prod"}},
}

type result struct {
	code           int
	stdout, stderr string
}

// runScript runs scripts/ops/NAME with bash, PATH set to shims (when not
// empty) followed by the system directories, so that aws, kubectl and
// cdktf can only be the fakes.
func runScript(t *testing.T, shims string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command("bash", append([]string{filepath.Join(repoRoot(t), "scripts", "ops", name)}, args...)...)
	path := "/usr/bin:/bin"
	if shims != "" {
		path = shims + ":" + path
	}
	cmd.Env = append([]string{"PATH=" + path, "HOME=" + t.TempDir(), "AWS_REGION=us-east-1"}, env...)
	cmd.Stdin = strings.NewReader("")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{code, stdout.String(), stderr.String()}
}

func TestOpsScriptsHelp(t *testing.T) {
	for _, s := range opsScripts {
		r := runScript(t, "", nil, s.name, "--help")
		assert.Equal(t, 0, r.code, "%s --help: %s", s.name, r.stderr)
		assert.Contains(t, r.stdout, "usage: "+s.name, "%s --help", s.name)
		assert.Empty(t, r.stderr, "%s --help", s.name)
	}
}

func TestOpsScriptsRefuseBadArguments(t *testing.T) {
	for _, s := range opsScripts {
		for _, bad := range [][]string{
			append(append([]string{}, s.required...), "--no-such-flag"),
			append(append([]string{}, s.required...), "--region"),
		} {
			r := runScript(t, "", nil, s.name, bad...)
			flag := bad[len(bad)-1]
			assert.Equal(t, 2, r.code, "%s %v: exit code", s.name, bad)
			assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "%s %v: want one line on stderr, got %q", s.name, bad, r.stderr)
			assert.Contains(t, r.stderr, flag, "%s %v: the error names the flag", s.name, bad)
			assert.Empty(t, r.stdout, "%s %v: nothing runs", s.name, bad)
		}
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"teardown.sh", nil, "--env is required"},
		{"teardown.sh", []string{"--env", "Dev!"}, `--env "Dev!"`},
		{"teardown.sh", []string{"--env", "dev", "--timeout", "soon"}, `--timeout "soon"`},
		{"kubeconfig.sh", []string{"--env", "dev", "--bastion-id", "i-123"}, `--bastion-id "i-123"`},
		{"kubeconfig.sh", []string{"--env", "dev", "--local-port", "80"}, "--local-port 80"},
		{"kafka-topics.sh", []string{"create", "--bootstrap", "b:9098"}, "create needs --topic"},
		{"kafka-topics.sh", []string{"list"}, "--bootstrap or --cluster-arn"},
		{"kafka-topics.sh", []string{"list", "--mode", "zookeeper"}, `--mode "zookeeper"`},
		{"kafka-topics.sh", []string{"create", "--topic", "a b"}, `--topic "a b"`},
		{"verify-backups.sh", []string{"--env", "dev", "--days", "0"}, "--days must be at least 1"},
		{"verify-backups.sh", []string{"--env", "dev", "--bucket", "Not_A_Bucket"}, `--bucket "Not_A_Bucket"`},
	} {
		r := runScript(t, "", nil, tc.name, tc.args...)
		assert.Equal(t, 2, r.code, "%s %v", tc.name, tc.args)
		assert.Contains(t, r.stderr, tc.want, "%s %v", tc.name, tc.args)
		assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "%s %v: one line: %q", tc.name, tc.args, r.stderr)
	}
}

// TestOpsScriptsDryRunCallsNothing: with --dry-run no script runs aws,
// kubectl or cdktf; each prints what it would run.
func TestOpsScriptsDryRunCallsNothing(t *testing.T) {
	for _, s := range opsScripts {
		sh := newShims(t, "")
		r := runScript(t, sh.dir, sh.env(), s.name, append(s.required, "--dry-run")...)
		assert.Equal(t, 0, r.code, "%s --dry-run: %s", s.name, r.stderr)
		assert.Contains(t, r.stdout, "would run: ", "%s --dry-run prints its commands", s.name)
		assert.Empty(t, sh.calls(t), "%s --dry-run ran commands", s.name)
	}
}

func TestKafkaTopicsStrimziYAML(t *testing.T) {
	r := runScript(t, "", nil, "kafka-topics.sh", "create", "--mode", "strimzi", "--topic", "orders.created.v1",
		"--partitions", "12", "--with-dlq")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, 2, strings.Count(r.stdout, "kind: KafkaTopic"))
	assert.Contains(t, r.stdout, "topicName: orders.created.v1\n")
	assert.Contains(t, r.stdout, "topicName: orders.created.v1.dlq\n")
	assert.Contains(t, r.stdout, "partitions: 12\n")
	assert.Contains(t, r.stdout, "min.insync.replicas: 2\n")
}

// shims are fake aws, kubectl and cdktf commands that append their
// arguments to a log and answer the few queries teardown.sh makes.
type shims struct{ dir, log, state, context string }

const kubectlShim = `#!/bin/bash
echo "kubectl $*" >> "$SHIM_LOG"
count() { n=$(cat "$SHIM_STATE/$1" 2>/dev/null || echo 0); n=$((n+1)); echo "$n" > "$SHIM_STATE/$1"; echo "$n"; }
case "$*" in
  "config current-context") echo "$FAKE_CONTEXT" ;;
  "get services"*) printf 'shop/orders-nlb\n' ;;
  "get nodeclaims"*) [ "$(count nodeclaims)" -le 1 ] && echo "nodeclaim.karpenter.sh/default-abcde" ;;
esac
exit 0
`

const awsShim = `#!/bin/bash
echo "aws $*" >> "$SHIM_LOG"
count() { n=$(cat "$SHIM_STATE/$1" 2>/dev/null || echo 0); n=$((n+1)); echo "$n" > "$SHIM_STATE/$1"; echo "$n"; }
case "$*" in
  "elbv2 describe-load-balancers"*) echo "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/k8s-shop-ordersnl/0123456789abcdef" ;;
  "elbv2 describe-tags"*) [ "$(count tags)" -le 1 ] && echo "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/k8s-shop-ordersnl/0123456789abcdef" ;;
  "ec2 describe-security-groups"*) [ -n "$FAKE_SG_FOREVER" ] && echo "sg-0123456789abcdef0" ;;
  "eks list-clusters"*) echo "$FAKE_CLUSTERS" ;;
esac
exit 0
`

const cdktfShim = `#!/bin/bash
echo "cdktf $*" >> "$SHIM_LOG"
exit 0
`

func newShims(t *testing.T, context string) *shims {
	t.Helper()
	dir := t.TempDir()
	s := &shims{dir: filepath.Join(dir, "bin"), log: filepath.Join(dir, "calls.log"), state: filepath.Join(dir, "state"), context: context}
	require.NoError(t, os.MkdirAll(s.dir, 0o755))
	require.NoError(t, os.MkdirAll(s.state, 0o755))
	for name, body := range map[string]string{"kubectl": kubectlShim, "aws": awsShim, "cdktf": cdktfShim,
		"session-manager-plugin": cdktfShim} {
		require.NoError(t, os.WriteFile(filepath.Join(s.dir, name), []byte(body), 0o755))
	}
	return s
}

func (s *shims) env(extra ...string) []string {
	return append([]string{"SHIM_LOG=" + s.log, "SHIM_STATE=" + s.state, "FAKE_CONTEXT=" + s.context}, extra...)
}

func (s *shims) calls(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(s.log)
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
}

// indexOf is the position of the first call starting with prefix, or -1.
func indexOf(calls []string, prefix string) int {
	for i, c := range calls {
		if strings.HasPrefix(c, prefix) {
			return i
		}
	}
	return -1
}

func count(calls []string, prefix string) int {
	n := 0
	for _, c := range calls {
		if strings.HasPrefix(c, prefix) {
			n++
		}
	}
	return n
}

const devContext = "arn:aws:eks:us-east-1:111122223333:cluster/keelson-dev"

// teardownSteps are the calls that mark each step, in the order they must run.
var teardownSteps = []string{
	"kubectl delete ingress --all --all-namespaces",
	"kubectl delete service -n shop orders-nlb",
	"aws elbv2 describe-load-balancers",
	"aws ec2 describe-security-groups",
	"kubectl delete nodepools.karpenter.sh --all",
	"kubectl get nodeclaims.karpenter.sh",
	"cdktf destroy dev-platform --auto-approve",
	"kubectl delete persistentvolumeclaims --all --all-namespaces",
	"cdktf destroy dev-infra --auto-approve",
}

func TestTeardownRunsInOrder(t *testing.T) {
	sh := newShims(t, devContext)
	r := runScript(t, sh.dir, sh.env(), "teardown.sh", "--env", "dev", "--yes", "--interval", "0", "--timeout", "30")
	require.Equal(t, 0, r.code, "stdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	calls := sh.calls(t)
	last := -1
	for _, step := range teardownSteps {
		i := indexOf(calls, step)
		require.GreaterOrEqual(t, i, 0, "no call %q in:\n%s", step, strings.Join(calls, "\n"))
		assert.Greater(t, i, last, "%q ran out of order:\n%s", step, strings.Join(calls, "\n"))
		last = i
	}
	// The waits poll until the fakes report nothing left: the tagged load
	// balancer is listed once, then gone; one NodeClaim, then none.
	assert.GreaterOrEqual(t, count(calls, "aws elbv2 describe-tags"), 2, "the load balancer wait polled until the LB was gone")
	assert.Greater(t, indexOf(calls, "kubectl delete nodepools"), lastIndexOf(calls, "aws ec2 describe-security-groups"),
		"NodePools are deleted only after the load balancers and security groups are gone")
	assert.GreaterOrEqual(t, count(calls, "kubectl get nodeclaims"), 2, "the NodeClaim wait polled until none was left")
	assert.Greater(t, indexOf(calls, "cdktf destroy dev-platform"), lastIndexOf(calls, "kubectl get nodeclaims"),
		"platform is destroyed only after Karpenter's nodes are gone")
	assert.Equal(t, -1, indexOf(calls, "cdktf destroy bootstrap"), "bootstrap destroyed without --destroy-bootstrap")
	assert.Equal(t, 2, count(calls, "cdktf "), "cdktf ran for platform and infra only")
}

func lastIndexOf(calls []string, prefix string) int {
	last := -1
	for i, c := range calls {
		if strings.HasPrefix(c, prefix) {
			last = i
		}
	}
	return last
}

func TestTeardownBootstrapOnlyWithFlagAndLast(t *testing.T) {
	sh := newShims(t, devContext)
	r := runScript(t, sh.dir, sh.env(), "teardown.sh", "--env", "dev", "--yes", "--interval", "0", "--destroy-bootstrap")
	require.Equal(t, 0, r.code, "stdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	calls := sh.calls(t)
	assert.Equal(t, len(calls)-1, indexOf(calls, "cdktf destroy bootstrap --auto-approve"), "bootstrap is destroyed last:\n%s", strings.Join(calls, "\n"))
	assert.Greater(t, indexOf(calls, "cdktf destroy bootstrap"), indexOf(calls, "cdktf destroy dev-infra"))

	// Another environment's cluster still uses the shared bootstrap: refused.
	sh = newShims(t, devContext)
	r = runScript(t, sh.dir, sh.env("FAKE_CLUSTERS=keelson-prod"), "teardown.sh", "--env", "dev", "--yes", "--interval", "0", "--destroy-bootstrap")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "other clusters still use it: keelson-prod")
	assert.Equal(t, -1, indexOf(sh.calls(t), "cdktf destroy bootstrap"))
}

func TestTeardownDryRunPrintsThePlanInOrder(t *testing.T) {
	sh := newShims(t, devContext)
	r := runScript(t, sh.dir, sh.env(), "teardown.sh", "--env", "dev", "--dry-run")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Empty(t, sh.calls(t), "--dry-run ran commands")
	last := -1
	for _, want := range []string{
		"would run: kubectl delete ingress --all --all-namespaces",
		"would run: kubectl delete service",
		"would wait: load balancers and security groups tagged elbv2.k8s.aws/cluster=keelson-dev gone",
		"would run: kubectl delete nodepools.karpenter.sh --all",
		"would wait: no Karpenter NodeClaim left",
		"would run: cdktf destroy dev-platform",
		"would run: cdktf destroy dev-infra",
	} {
		i := strings.Index(r.stdout, want)
		require.GreaterOrEqual(t, i, 0, "plan lacks %q:\n%s", want, r.stdout)
		assert.Greater(t, i, last, "%q out of order:\n%s", want, r.stdout)
		last = i
	}
	assert.NotContains(t, r.stdout, "cdktf destroy bootstrap")
	assert.Contains(t, r.stdout, "dry run: nothing was changed")
}

func TestTeardownRefusesProdWithoutIMeanProd(t *testing.T) {
	for _, env := range []string{"prod", "production", "eu-prod"} {
		sh := newShims(t, "arn:aws:eks:us-east-1:111122223333:cluster/keelson-"+env)
		r := runScript(t, sh.dir, sh.env(), "teardown.sh", "--env", env, "--yes", "--interval", "0")
		assert.Equal(t, 2, r.code, env)
		assert.Contains(t, r.stderr, "--i-mean-prod", env)
		assert.Empty(t, sh.calls(t), "%s: nothing may run before the refusal", env)
	}
	sh := newShims(t, "")
	r := runScript(t, sh.dir, sh.env(), "teardown.sh", "--env", "prod", "--i-mean-prod", "--dry-run")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "would run: cdktf destroy prod-infra")
	assert.Contains(t, r.stdout, "prevent_destroy", "prod's plan warns about deletion protection")
}

func TestTeardownStopsOnWrongContextOrLeftoverLoadBalancers(t *testing.T) {
	sh := newShims(t, "arn:aws:eks:us-east-1:111122223333:cluster/keelson-prod")
	r := runScript(t, sh.dir, sh.env(), "teardown.sh", "--env", "dev", "--yes", "--interval", "0")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "is not cluster keelson-dev")
	assert.Equal(t, -1, indexOf(sh.calls(t), "kubectl delete"), "nothing deleted through the wrong context")

	sh = newShims(t, devContext)
	r = runScript(t, sh.dir, sh.env("FAKE_SG_FOREVER=1"), "teardown.sh", "--env", "dev", "--yes", "--interval", "0", "--timeout", "0")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "timed out")
	assert.Contains(t, r.stderr, "sg-0123456789abcdef0")
	assert.Equal(t, -1, indexOf(sh.calls(t), "kubectl delete nodepools"), "nothing after the wait runs when it times out")
	assert.Equal(t, -1, indexOf(sh.calls(t), "cdktf"), "no destroy after a failed wait")
}

func TestTeardownWithoutConfirmationChangesNothing(t *testing.T) {
	sh := newShims(t, devContext)
	r := runScript(t, sh.dir, sh.env(), "teardown.sh", "--env", "dev")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "not confirmed")
	assert.Empty(t, sh.calls(t))
}

// TestLoadTestScriptParses: the k6 script is valid JavaScript (an ES
// module), checked with node when it is installed.
func TestLoadTestScriptParses(t *testing.T) {
	src := filepath.Join(repoRoot(t), "loadtest", "k6", "http-api.js")
	raw, err := os.ReadFile(src)
	require.NoError(t, err)
	for _, want := range []string{"ramping-arrival-rate", "p(95)<", "p(99)<", "http_req_failed"} {
		assert.Contains(t, string(raw), want)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH: the k6 script's syntax is not checked")
	}
	mod := filepath.Join(t.TempDir(), "http-api.mjs")
	require.NoError(t, os.WriteFile(mod, raw, 0o644))
	out, err := exec.Command(node, "--check", mod).CombinedOutput()
	assert.NoError(t, err, "node --check: %s", out)
}

// TestOpsScriptsShellcheck: scripts/ops is shellcheck-clean (style level).
// Skips loudly without shellcheck, fails under CI=true.
func TestOpsScriptsShellcheck(t *testing.T) {
	sc, err := exec.LookPath("shellcheck")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("shellcheck not on PATH; CI needs it for scripts/ops")
		}
		t.Skip("SKIPPED LOUDLY: shellcheck not on PATH; scripts/ops is not linted (apt-get install -y shellcheck)")
	}
	dir := filepath.Join(repoRoot(t), "scripts", "ops")
	scripts, err := filepath.Glob(filepath.Join(dir, "*.sh"))
	require.NoError(t, err)
	require.NotEmpty(t, scripts)
	for _, s := range scripts {
		cmd := exec.Command(sc, "-x", "--severity=style", filepath.Base(s))
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		assert.NoError(t, err, "shellcheck %s:\n%s", filepath.Base(s), out)
		if filepath.Base(s) != "lib.sh" {
			st, err := os.Stat(s)
			require.NoError(t, err)
			assert.NotZero(t, st.Mode()&0o111, "%s is not executable", filepath.Base(s))
		}
	}
}
