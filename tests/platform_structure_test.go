package tests

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/constructs/addons/clusterautoscaler"
	"github.com/keelson-dev/keelson/constructs/addons/karpenter"
	"github.com/keelson-dev/keelson/constructs/addons/loadbalancer"
)

// The add-ons' read actions that AWS cannot scope to a resource; each
// statement holding them is limited to the environment's region instead.
func init() {
	for _, list := range [][]string{karpenter.UnscopableActions, loadbalancer.UnscopableActions, clusterautoscaler.UnscopableActions} {
		for _, a := range list {
			wildcardResourceActions[a] = true
		}
	}
}

// providersAbsentFromMirror lists the stack's required providers that the
// filesystem mirror does not hold (terraform init could not install them).
func providersAbsentFromMirror(t *testing.T, st *Stack) []string {
	t.Helper()
	reqs, _ := st.JSON["terraform"].(map[string]any)["required_providers"].(map[string]any)
	var absent []string
	for name := range reqs {
		if name == "aws" {
			continue // pluginDir fails or skips loudly without it
		}
		if _, err := os.Stat(filepath.Join(pluginDir(t), "registry.terraform.io", "hashicorp", name)); err != nil {
			absent = append(absent, name)
		}
	}
	sort.Strings(absent)
	return absent
}

var remoteOutputRE = regexp.MustCompile(`data\.terraform_remote_state\.([\w-]+)\.outputs\.([\w-]+)`)

// assertStructurallySound checks in Go what terraform validate would: only
// resource types of the helm and kubernetes providers, every release
// pinned, namespaced, atomic, waiting and timed; providers configured from
// the infra stack's state; and remote-state defaults for every output read.
func assertStructurallySound(t *testing.T, st *Stack) {
	t.Helper()
	providers, _ := st.JSON["provider"].(map[string]any)
	for _, p := range []string{"helm", "kubernetes"} {
		require.Contains(t, providers, p, "%s: no %s provider block", st.Name, p)
	}
	raw, err := json.Marshal(st.JSON["provider"])
	require.NoError(t, err)
	assert.Contains(t, string(raw), "data.terraform_remote_state.", "%s: providers must read the cluster from the infra stack's state", st.Name)
	assert.NotRegexp(t, `"host":"https://[A-Za-z0-9]`, string(raw), "%s: a literal API endpoint in the providers", st.Name)

	for _, r := range st.Resources("") {
		assert.True(t, r.Type == "helm_release" || strings.HasPrefix(r.Type, "kubernetes_"), "%s: unexpected resource type in a platform stack", r)
	}
	for _, r := range st.Resources("helm_release") {
		for _, k := range []string{"name", "namespace", "chart"} {
			assert.NotEmpty(t, str(r.Body, k), "%s: %s", r, k)
		}
		assert.Equal(t, true, r.Body["atomic"], "%s atomic", r)
		assert.Equal(t, true, r.Body["wait"], "%s wait", r)
		assert.Equal(t, true, r.Body["cleanup_on_fail"], "%s cleanup_on_fail", r)
		assert.NotNil(t, r.Body["timeout"], "%s timeout", r)
		if str(r.Body, "repository") != "" {
			assert.Regexp(t, `^\d+\.\d+\.\d+$`, str(r.Body, "version"), "%s pins an exact chart version", r)
		} else {
			assert.True(t, strings.HasPrefix(str(r.Body, "chart"), "./assets/"), "%s: in-repo chart from the stack's assets", r)
		}
	}

	whole, err := json.Marshal(st.JSON)
	require.NoError(t, err)
	data, _ := st.JSON["data"].(map[string]any)
	states, _ := data["terraform_remote_state"].(map[string]any)
	for _, m := range remoteOutputRE.FindAllStringSubmatch(string(whole), -1) {
		state, _ := states[m[1]].(map[string]any)
		require.NotNil(t, state, "%s reads %s, which is not declared", st.Name, m[1])
		defaults, _ := state["defaults"].(map[string]any)
		assert.Contains(t, defaults, m[2], "%s: remote state %s has no default for output %s (plans before the infra stack exists would fail)", st.Name, m[1], m[2])
	}
}
