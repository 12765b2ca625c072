package tests

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/constructs/network"
	"github.com/keelson-dev/keelson/constructs/observability"
)

// synthScratch synthesizes one throwaway stack built by build and returns
// its JSON (the jsii runtime is the package's shared one).
func synthScratch(t *testing.T, build func(stack cdktf.TerraformStack)) *Stack {
	t.Helper()
	synthesized(t)
	dir := t.TempDir()
	// A scratch stack holds constructs without their providers' settings.
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(dir), SkipValidation: jsii.Bool(true)})
	stack := cdktf.NewTerraformStack(app, jsii.String("scratch"))
	build(stack)
	app.Synth()
	raw, err := os.ReadFile(filepath.Join(dir, "stacks", "scratch", "cdk.tf.json"))
	require.NoError(t, err)
	st := &Stack{Name: "scratch", Dir: filepath.Join(dir, "stacks", "scratch")}
	require.NoError(t, json.Unmarshal(raw, &st.JSON))
	return st
}

func TestObservabilityReleases(t *testing.T) {
	st := synthScratch(t, func(stack cdktf.TerraformStack) {
		e := config.Dev()
		plan, err := e.Plan()
		require.NoError(t, err)
		net, err := network.New(stack, "Net", network.Props{Name: "t", Region: e.Region, AccountID: e.AccountID, Plan: plan, ClusterName: "t"})
		require.NoError(t, err)
		cluster, err := eks.New(stack, "Cluster", eks.Props{Name: "t", Version: e.EKS.Version, Addons: config.KubernetesVersions[e.EKS.Version].Addons,
			Network: net, AccountID: e.AccountID, Region: e.Region, LogRetentionDays: 7, LogsKeyARN: "arn:aws:kms:us-east-1:111122223333:key/x", NodeGroups: e.EKS.NodeGroups})
		require.NoError(t, err)
		aws, err := observability.NewAWS(stack, "ObsAWS", observability.AWSProps{Name: "t", AccountID: e.AccountID, Region: e.Region,
			Cluster: cluster, LogRetentionDays: 14, KafkaClusterName: "t-kafka"})
		require.NoError(t, err)
		_, err = observability.New(stack, "Obs", observability.Props{Environment: "dev", Region: e.Region,
			LogsBucket: aws.LogsBucketName(), LokiRoleARN: aws.LokiRoleARN(), LogRetentionDays: 14,
			Kafka: "msk", KafkaBrokers: "b-1.t:9098,b-2.t:9098", ExporterRoleARN: aws.ExporterRoleARN()})
		require.NoError(t, err)
	})

	releases := map[string]map[string]any{}
	for _, r := range st.Resources("helm_release") {
		releases[str(r.Body, "name")] = r.Body
		assert.Equal(t, "monitoring", str(r.Body, "namespace"), "%s namespace", r)
		assert.Equal(t, true, r.Body["atomic"], "%s atomic", r)
		assert.Equal(t, true, r.Body["wait"], "%s wait", r)
		assert.NotNil(t, r.Body["timeout"], "%s timeout", r)
		if str(r.Body, "repository") != "" {
			assert.Regexp(t, `^\d+\.\d+\.\d+$`, str(r.Body, "version"), "%s pins an exact chart version", r)
		} else {
			assert.True(t, strings.HasPrefix(str(r.Body, "chart"), "./assets/"), "%s: in-repo chart comes from the stack's assets, got %s", r, str(r.Body, "chart"))
		}
	}
	for _, name := range []string{"grafana-admin-secret", "kube-prometheus-stack", "loki", "fluent-bit", "kafka-exporter", "keelson-observability"} {
		require.Contains(t, releases, name)
	}
	values := func(name string) string { return strings.Join(strings_(releases[name], "values"), "") }

	kps := values("kube-prometheus-stack")
	assert.Contains(t, kps, `"existingSecret":"grafana-admin"`, "Grafana admin password from the ExternalSecret, never a literal")
	assert.NotContains(t, kps, "adminPassword")
	assert.Contains(t, kps, `"serviceMonitorSelectorNilUsesHelmValues":false`, "ServiceMonitors selected across namespaces")
	assert.Contains(t, kps, `"targets":${jsonencode(split(",", replace("b-1.t:9098,b-2.t:9098", ":9098", ":11001")))}`, "MSK JMX targets computed by Terraform")
	assert.Contains(t, values("grafana-admin-secret"), `"remoteKey":"keelson/dev/grafana-admin"`)

	loki := values("loki")
	assert.Contains(t, loki, `"retention_period":"336h"`, "14 days")
	assert.Contains(t, loki, `"retention_enabled":true`, "the compactor deletes")
	assert.Contains(t, loki, `"eks.amazonaws.com/role-arn":"${aws_iam_role.`, "Loki on its IRSA role")
	assert.Contains(t, loki, `"bucketNames":{"admin":"${aws_s3_bucket.`)

	assert.Contains(t, values("fluent-bit"), "Name loki")
	assert.Contains(t, values("kafka-exporter"), "--sasl.mechanism=awsiam")

	deps := strings_(releases["loki"], "depends_on")
	assert.NotEmpty(t, deps, "Loki waits for kube-prometheus-stack (ServiceMonitor CRD)")
	for _, r := range st.Resources("aws_s3_bucket") {
		assert.Contains(t, str(r.Body, "bucket"), "-loki")
	}
}

func TestObservabilityRefusesBadProps(t *testing.T) {
	synthesized(t)
	stack := cdktf.NewTerraformStack(cdktf.NewApp(nil), jsii.String("obs-bad"))
	_, err := observability.New(stack, "Obs", observability.Props{Kafka: "redpanda", MetricsRetentionDays: 900})
	require.Error(t, err)
	for _, want := range []string{
		"observability: Environment and Region are required",
		"observability: LogsBucket and LokiRoleARN are required",
		`observability: Kafka "redpanda" must be "msk" or "strimzi"`,
		"observability: MetricsRetentionDays (900) must be 1-365",
	} {
		assert.Contains(t, err.Error(), want)
	}
}
