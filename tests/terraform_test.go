package tests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// terraformDir prepares a private working copy of a stack: its JSON, a CLI
// config that installs providers only from the local mirror, and
// `terraform init -backend=false` (no state bucket is touched).
func terraformDir(t *testing.T, st *Stack) (dir string, env []string) {
	t.Helper()
	tf := requireTool(t, "terraform", "needed for terraform validate and terraform test")
	_ = tf
	mirror := pluginDir(t)
	dir = t.TempDir()
	raw, err := os.ReadFile(filepath.Join(st.Dir, "cdk.tf.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "cdk.tf.json"), raw, 0o644))
	rc := filepath.Join(dir, ".terraformrc")
	require.NoError(t, os.WriteFile(rc, []byte(fmt.Sprintf(`provider_installation {
  filesystem_mirror {
    path    = %q
    include = ["registry.terraform.io/hashicorp/*"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/*"]
  }
}
`, mirror)), 0o644))
	env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1", "TF_INPUT=0")
	runTerraform(t, dir, env, "init", "-backend=false", "-input=false", "-no-color")
	return dir, env
}

func runTerraform(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	out, err := terraform(dir, env, args...)
	require.NoError(t, err, "terraform %s in %s:\n%s", strings.Join(args, " "), dir, out)
	return out
}

func terraform(dir string, env []string, args ...string) (string, error) {
	cmd := exec.Command("terraform", args...)
	cmd.Dir = dir
	cmd.Env = env
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	return buf.String(), err
}

// TestTerraform runs, for every synthesized stack, `terraform validate`
// with the real AWS provider, then a `terraform test` that applies the
// whole stack against mock_provider "aws" and asserts on the planned graph.
func TestTerraform(t *testing.T) {
	s := synthesized(t)
	for _, name := range s.Names() {
		st := s.Stacks[name]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if absent := providersAbsentFromMirror(t, st); len(absent) > 0 {
				// No registry here: init cannot install them. The stack's
				// shape is checked in Go instead (platform_structure_test.go).
				assertStructurallySound(t, st)
				t.Skipf("SKIPPED terraform init/validate/mock apply of %s: providers %v are not in the filesystem mirror %s "+
					"(add them with `terraform providers mirror`); checked structurally in Go instead", name, absent, pluginDir(t))
			}
			dir, env := terraformDir(t, st)

			out, _ := terraform(dir, env, "validate", "-json", "-no-color")
			var v struct {
				Valid       bool `json:"valid"`
				Diagnostics []struct {
					Severity, Summary, Detail string
				} `json:"diagnostics"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &v), "terraform validate -json output:\n%s", out)
			require.True(t, v.Valid, "%s is not valid Terraform:\n%+v", name, v.Diagnostics)

			writeMockTest(t, dir, st)
			out, err := terraform(dir, env, "test", "-no-color")
			require.NoError(t, err, "mock apply of %s failed:\n%s", name, out)
			require.Contains(t, out, "Success!", "terraform test output of %s:\n%s", name, out)
		})
	}
}

// writeMockTest writes the mocks, the stack's assertions, and an override
// that lifts prevent_destroy in this throwaway copy only: `terraform test`
// destroys what it applied, which prevent_destroy would refuse. The policy
// suite checks prevent_destroy on the real synthesized JSON.
func writeMockTest(t *testing.T, dir string, st *Stack) {
	t.Helper()
	mocks, err := os.ReadFile(filepath.Join("testdata", "mocks", "aws.tfmock.hcl"))
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "mocks"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mocks", "aws.tfmock.hcl"), mocks, 0o644))

	override := map[string]map[string]any{}
	for _, r := range st.Resources("") {
		if lc, ok := r.Body["lifecycle"].(map[string]any); ok && lc["prevent_destroy"] == true {
			if override[r.Type] == nil {
				override[r.Type] = map[string]any{}
			}
			override[r.Type][r.Name] = map[string]any{"lifecycle": map[string]any{"prevent_destroy": false}}
		}
	}
	if len(override) > 0 {
		raw, err := json.MarshalIndent(map[string]any{"resource": override}, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "test_override.tf.json"), raw, 0o644))
	}

	var b strings.Builder
	b.WriteString("mock_provider \"aws\" {\n  source = \"./mocks\"\n}\n\nrun \"apply\" {\n  command = apply\n")
	for _, a := range graphAssertions(t, st) {
		fmt.Fprintf(&b, "\n  assert {\n    condition     = %s\n    error_message = %q\n  }\n", a.condition, a.message)
	}
	b.WriteString("}\n")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "stack.tftest.hcl"), []byte(b.String()), 0o644))
}

type assertion struct{ condition, message string }

// graphAssertions are checked by Terraform on the applied (mock) graph:
// they test the references between resources, which the JSON alone does
// not resolve.
func graphAssertions(t *testing.T, st *Stack) []assertion {
	var out []assertion
	subnets := map[string][]string{}
	var allSubnets []string
	for _, r := range st.Resources("aws_subnet") {
		tier, _ := r.Body["tags"].(map[string]any)["keelson/tier"].(string)
		subnets[tier] = append(subnets[tier], r.Address()+".id")
		allSubnets = append(allSubnets, r.Address())
	}
	list := func(items []string, suffix string) string {
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = it + suffix
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if len(allSubnets) > 0 {
		e := env(t, strings.TrimSuffix(st.Name, "-infra"))
		out = append(out, assertion{
			fmt.Sprintf("length(distinct(%s)) == %d", list(allSubnets, ".availability_zone"), len(e.AvailabilityZones)),
			fmt.Sprintf("subnets must span the %d configured AZs", len(e.AvailabilityZones)),
		})
	}
	var nats []string
	for _, r := range st.Resources("aws_nat_gateway") {
		nats = append(nats, r.Address())
	}
	if len(nats) > 0 {
		out = append(out, assertion{
			fmt.Sprintf("alltrue([for n in %s : contains(%s, n.subnet_id)])", list(nats, ""), list(subnets["public"], "")),
			"every NAT gateway must sit in a public subnet",
		})
	}
	for _, r := range st.Resources("aws_eks_node_group") {
		out = append(out, assertion{
			fmt.Sprintf("length(%s.subnet_ids) == %d && alltrue([for id in %s.subnet_ids : contains(%s, id)])", r.Address(), len(subnets["private"]), r.Address(), list(subnets["private"], "")),
			r.Address() + " must span every private subnet and no other",
		})
	}
	for _, r := range st.Resources("aws_eks_cluster") {
		out = append(out, assertion{
			fmt.Sprintf("alltrue([for id in %s.vpc_config[0].subnet_ids : contains(%s, id)])", r.Address(), list(subnets["control-plane"], "")),
			"the control plane must sit in the control-plane subnets only",
		})
	}
	for _, r := range st.Resources("aws_msk_cluster") {
		out = append(out, assertion{
			fmt.Sprintf("length(%s.broker_node_group_info[0].client_subnets) == %d && alltrue([for id in %s.broker_node_group_info[0].client_subnets : contains(%s, id)])",
				r.Address(), len(subnets["private"]), r.Address(), list(subnets["private"], "")),
			r.Address() + " brokers must sit in every private subnet and no other",
		})
	}
	for _, r := range st.Resources("aws_instance") {
		out = append(out, assertion{
			fmt.Sprintf("contains(%s, %s.subnet_id)", list(subnets["private"], ""), r.Address()),
			r.Address() + " must sit in a private subnet",
		})
	}
	for _, r := range st.Resources("aws_route") {
		if r.Body["nat_gateway_id"] != nil {
			out = append(out, assertion{
				fmt.Sprintf("contains(%s, %s.nat_gateway_id)", list(nats, ".id"), r.Address()),
				r.Address() + " must route to one of the stack's NAT gateways",
			})
		}
	}
	return out
}
