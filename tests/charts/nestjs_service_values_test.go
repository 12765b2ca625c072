package charts_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"helm.sh/helm/v3/pkg/chartutil"
)

// TestNestjsServiceRefusesBadValues: values that would deploy something broken or unsafe fail at
// `helm install` / `helm template` with a message naming the field. Each case starts from the
// http-api example and changes one thing.
func TestNestjsServiceRefusesBadValues(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "charts", nestjsChart)
	cases := []struct {
		name   string
		mutate func(v map[string]any)
		want   []string // substrings of the error
	}{
		{"replicaCount of the wrong type", func(v map[string]any) { v["replicaCount"] = "three" },
			[]string{"replicaCount", "Invalid type"}},
		{"replicaCount below 1", func(v map[string]any) { v["replicaCount"] = 0 },
			[]string{"replicaCount", "greater than or equal to 1"}},
		{"latest tag", func(v map[string]any) { img(v)["tag"] = "latest"; delete(img(v), "digest") },
			[]string{"image.tag"}},
		{"latest tag in capitals", func(v map[string]any) { img(v)["tag"] = "LATEST"; delete(img(v), "digest") },
			[]string{"image.tag"}},
		{"neither tag nor digest", func(v map[string]any) { delete(img(v), "digest") },
			[]string{"image.digest", "image.tag"}},
		{"malformed digest", func(v map[string]any) { img(v)["digest"] = "sha256:abc" },
			[]string{"image.digest"}},
		{"missing repository", func(v map[string]any) { delete(img(v), "repository") },
			[]string{"image", "repository"}},
		{"missing resources", func(v map[string]any) { delete(v, "resources") },
			[]string{"resources"}},
		{"missing memory limit", func(v map[string]any) {
			delete(v["resources"].(map[string]any)["limits"].(map[string]any), "memory")
		}, []string{"resources.limits", "memory"}},
		{"probe path without slash", func(v map[string]any) {
			v["probes"] = map[string]any{"liveness": map[string]any{"path": "health/live"}}
		}, []string{"probes.liveness.path"}},
		{"root user", func(v map[string]any) { v["securityContext"] = map[string]any{"runAsUser": 0} },
			[]string{"securityContext.runAsUser"}},
		{"privileged port", func(v map[string]any) { v["containerPort"] = 80 },
			[]string{"containerPort"}},
		{"ingress without certificate", func(v map[string]any) { delete(v["ingress"].(map[string]any), "certificateArn") },
			[]string{"certificateArn"}},
		{"malformed IRSA role", func(v map[string]any) { v["serviceAccount"] = map[string]any{"roleArn": "orders-api-role"} },
			[]string{"serviceAccount.roleArn"}},
		{"unknown KEDA scaler", func(v map[string]any) { v["keda"] = map[string]any{"scaler": "kafka-lag"} },
			[]string{"keda.scaler"}},
		{"misspelt key", func(v map[string]any) { v["replicaCont"] = 3 },
			[]string{"replicaCont", "Additional property"}},
		{"HPA min above max", func(v map[string]any) { autoscaling(v)["minReplicas"] = 30 },
			[]string{"autoscaling.minReplicas (30)", "autoscaling.maxReplicas (20)"}},
		{"ingress without ALB subnets in the NetworkPolicy", func(v map[string]any) {
			v["networkPolicy"].(map[string]any)["http"] = map[string]any{"fromCidrs": []any{}}
		}, []string{"networkPolicy.http.fromCidrs"}},
		{"ingress with metrics on the public port", func(v map[string]any) { v["metrics"] = map[string]any{"port": 0} },
			[]string{"/metrics", "metrics.port"}},
		{"KEDA without a topic", func(v map[string]any) {
			v["keda"] = map[string]any{"enabled": true}
			v["kafka"].(map[string]any)["consumerGroup"] = "orders"
		}, []string{"keda.topic", "kafka.topics"}},
		{"ExternalSecret with nothing to sync", func(v map[string]any) {
			v["externalSecret"] = map[string]any{"enabled": true, "data": []any{}}
		}, []string{"externalSecret.data"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			vals, err := chartutil.ReadValuesFile(filepath.Join(dir, "examples", "http-api.yaml"))
			require.NoError(t, err)
			v := vals.AsMap()
			tc.mutate(v)
			_, err = renderValues(dir, v)
			require.Error(t, err, "chart %s, values examples/http-api.yaml with %s: rendered without error", nestjsChart, tc.name)
			for _, w := range tc.want {
				require.Contains(t, err.Error(), w, "chart %s, %s: the message must name %q", nestjsChart, tc.name, w)
			}
		})
	}
}

// TestNestjsServiceRefusesValuesFiles: the same refusal from values files, as a user meets it.
func TestNestjsServiceRefusesValuesFiles(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "charts", nestjsChart)
	for file, want := range map[string][]string{
		"wrong-type.yaml": {"replicaCount", "Invalid type. Expected: integer, given: string"},
		"latest-tag.yaml": {"image.tag", "Must not validate the schema (not)"},
	} {
		t.Run(file, func(t *testing.T) {
			c := chartCase{Chart: nestjsChart, ChartDir: dir, ValuesFile: filepath.Join("..", "..", "tests", "charts", "testdata", file)}
			_, err := renderCase(c)
			require.Error(t, err, "chart %s, values testdata/%s: schema accepted it", nestjsChart, file)
			require.Contains(t, err.Error(), "values don't meet the specifications of the schema", "chart %s, testdata/%s: refused by the schema", nestjsChart, file)
			for _, w := range want {
				require.Contains(t, err.Error(), w, "chart %s, testdata/%s", nestjsChart, file)
			}
		})
	}
}

func img(v map[string]any) map[string]any         { return v["image"].(map[string]any) }
func autoscaling(v map[string]any) map[string]any { return v["autoscaling"].(map[string]any) }
