package workflows_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// waiver is one entry of .trivyignore.yaml: Trivy's ignore format plus the
// resource key, which Trivy ignores and reviewers read.
type waiver struct {
	ID        string   `yaml:"id"`
	Paths     []string `yaml:"paths"`
	Resource  string   `yaml:"resource"`
	Statement string   `yaml:"statement"`
	ExpiredAt string   `yaml:"expired_at"`
}

type waiverFile struct {
	Misconfigurations []waiver `yaml:"misconfigurations"`
}

var checkID = regexp.MustCompile(`^AVD-[A-Z0-9]+-\d{4}$|^[A-Z]+-[A-Z0-9]+-\d{4}$`)

// checkWaivers returns one problem per bad entry. now is the date the
// waivers are judged at: the newest commit's date, not the wall clock, so
// a given commit passes or fails the same way forever. An expired waiver
// also stops working in Trivy itself (it drops expired entries), which
// fails the scan in CI: that is the deliberate reminder to decide again.
func checkWaivers(data []byte, now time.Time) []string {
	var f waiverFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return []string{fmt.Sprintf("not a waivers file: %v", err)}
	}
	var problems []string
	for i, w := range f.Misconfigurations {
		where := fmt.Sprintf("waiver %d (%s)", i+1, w.ID)
		if !checkID.MatchString(w.ID) {
			problems = append(problems, fmt.Sprintf("%s: id %q is not a Trivy check ID such as AVD-AWS-0040", where, w.ID))
		}
		if len(w.Paths) == 0 {
			problems = append(problems, where+": paths is empty (name the stack file, e.g. dev-infra/cdk.tf.json)")
		}
		if strings.TrimSpace(w.Resource) == "" {
			problems = append(problems, where+": resource is missing (the Terraform address the finding is about)")
		}
		if strings.TrimSpace(w.Statement) == "" {
			problems = append(problems, where+": statement is missing (why the finding is accepted)")
		}
		exp, err := time.Parse("2006-01-02", w.ExpiredAt)
		switch {
		case w.ExpiredAt == "":
			problems = append(problems, where+": expired_at is missing (YYYY-MM-DD)")
		case err != nil:
			problems = append(problems, fmt.Sprintf("%s: expired_at %q is not a date (YYYY-MM-DD)", where, w.ExpiredAt))
		case exp.Before(now):
			problems = append(problems, fmt.Sprintf("%s: expired on %s, before %s: renew it with a new reason or fix the finding", where, w.ExpiredAt, now.Format("2006-01-02")))
		}
	}
	return problems
}

// newestCommitDate is the committer date of HEAD.
func newestCommitDate(t *testing.T, dir string) time.Time {
	t.Helper()
	out, err := exec.Command("git", "-C", dir, "log", "-1", "--format=%cI").Output()
	if err != nil {
		requireTool(t, "git", "the waiver expiry check compares with the newest commit's date")
		t.Skipf("no git history in %s: %v", dir, err)
	}
	d, err := time.Parse(time.RFC3339, strings.TrimSpace(string(out)))
	require.NoError(t, err)
	return d.UTC().Truncate(24 * time.Hour)
}

func TestTrivyWaivers(t *testing.T) {
	root := repoRoot(t)
	data, err := os.ReadFile(filepath.Join(root, ".trivyignore.yaml"))
	require.NoError(t, err)
	for _, p := range checkWaivers(data, newestCommitDate(t, root)) {
		t.Errorf(".trivyignore.yaml: %s", p)
	}
	// ci.yml points Trivy at this file.
	ci, err := os.ReadFile(filepath.Join(root, ".github", "workflows", "ci.yml"))
	require.NoError(t, err)
	assert.Contains(t, string(ci), "TRIVY_IGNOREFILE: .trivyignore.yaml")
}

func TestTrivyWaiversCheckRejects(t *testing.T) {
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, yaml, want string
	}{
		{"no resource", "misconfigurations:\n  - id: AVD-AWS-0040\n    paths: [dev-infra/cdk.tf.json]\n    statement: ok\n    expired_at: 2027-01-01\n",
			"waiver 1 (AVD-AWS-0040): resource is missing"},
		{"no reason", "misconfigurations:\n  - id: AVD-AWS-0040\n    paths: [dev-infra/cdk.tf.json]\n    resource: aws_eks_cluster.c\n    expired_at: 2027-01-01\n",
			"statement is missing"},
		{"no expiry", "misconfigurations:\n  - id: AVD-AWS-0040\n    paths: [x]\n    resource: r\n    statement: s\n",
			"expired_at is missing"},
		{"not a date", "misconfigurations:\n  - id: AVD-AWS-0040\n    paths: [x]\n    resource: r\n    statement: s\n    expired_at: 2027-02-30\n",
			`expired_at "2027-02-30" is not a date`},
		{"expired", "misconfigurations:\n  - id: AVD-AWS-0040\n    paths: [x]\n    resource: r\n    statement: s\n    expired_at: 2026-11-21\n",
			"expired on 2026-11-21, before 2026-11-22"},
		{"bad id", "misconfigurations:\n  - id: public-eks\n    paths: [x]\n    resource: r\n    statement: s\n    expired_at: 2027-01-01\n",
			`id "public-eks" is not a Trivy check ID`},
		{"no paths", "misconfigurations:\n  - id: AVD-AWS-0040\n    resource: r\n    statement: s\n    expired_at: 2027-01-01\n",
			"paths is empty"},
		{"typo in a key", "misconfigurations:\n  - id: AVD-AWS-0040\n    paths: [x]\n    resource: r\n    reason: s\n    expired_at: 2027-01-01\n",
			"field reason not found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkWaivers([]byte(tc.yaml), now)
			assert.True(t, containsSubstring(got, tc.want), "want %q in %q", tc.want, got)
		})
	}
	ok := "misconfigurations:\n  - id: AVD-AWS-0040\n    paths: [x]\n    resource: r\n    statement: s\n    expired_at: 2026-11-22\n"
	assert.Empty(t, checkWaivers([]byte(ok), now), "a waiver expiring on the day itself is still valid")
}
