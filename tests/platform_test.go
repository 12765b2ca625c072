package tests

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/addons"
	"github.com/keelson-dev/keelson/stacks"
)

// releasesByName indexes a stack's helm_release resources by release name.
func releasesByName(st *Stack) map[string]Resource {
	out := map[string]Resource{}
	for _, r := range st.Resources("helm_release") {
		out[str(r.Body, "name")] = r
	}
	return out
}

func releaseValues(r Resource) string { return strings.Join(strings_(r.Body, "values"), "") }

func TestPlatformStacksInstallEveryAddon(t *testing.T) {
	s := synthesized(t)
	want := map[string]struct {
		namespace string
		chart     addons.Chart
	}{
		"aws-load-balancer-controller": {"kube-system", addons.Charts.LoadBalancerController},
		"external-secrets":             {"external-secrets", addons.Charts.ExternalSecrets},
		"cluster-secret-store":         {"external-secrets", addons.Chart{}},
		"metrics-server":               {"kube-system", addons.Charts.MetricsServer},
		"karpenter":                    {"karpenter", addons.Charts.Karpenter},
		"karpenter-nodepools":          {"karpenter", addons.Chart{}},
		"keda":                         {"keda", addons.Charts.KEDA},
		"tenancy":                      {"keelson-system", addons.Chart{}},
		"kube-prometheus-stack":        {"monitoring", addons.Chart{Version: "*"}},
	}
	for _, e := range config.Presets() {
		st := s.Stack(t, stacks.PlatformStackID(e))
		releases := releasesByName(st)
		for name, w := range want {
			r, ok := releases[name]
			if !assert.True(t, ok, "%s has no release %s", st.Name, name) {
				continue
			}
			assert.Equal(t, w.namespace, str(r.Body, "namespace"), "%s namespace", r)
			assert.Equal(t, true, r.Body["atomic"], "%s atomic", r)
			assert.Equal(t, true, r.Body["wait"], "%s wait", r)
			assert.NotNil(t, r.Body["timeout"], "%s timeout", r)
			switch {
			case w.chart == addons.Chart{}:
				assert.True(t, strings.HasPrefix(str(r.Body, "chart"), "./assets/"), "%s is an in-repo chart", r)
			case w.chart.Repository != "":
				assert.Equal(t, w.chart.Repository, str(r.Body, "repository"), "%s repository", r)
				assert.Equal(t, w.chart.Name, str(r.Body, "chart"), "%s chart", r)
				assert.Equal(t, w.chart.Version, str(r.Body, "version"), "%s pinned version", r)
			}
		}
		assert.NotContains(t, releases, "cluster-autoscaler", "%s: Karpenter is the presets' autoscaler", st.Name)
		assert.NotContains(t, releases, "strimzi-kafka-operator", "%s: the presets run MSK", st.Name)

		sc := st.Resources("kubernetes_storage_class_v1")
		require.Len(t, sc, 1, "%s: one gp3 StorageClass", st.Name)
		raw, _ := json.Marshal(sc[0].Body)
		for _, frag := range []string{`"type":"gp3"`, `"encrypted":"true"`, `"volume_binding_mode":"WaitForFirstConsumer"`,
			`"storageclass.kubernetes.io/is-default-class":"true"`, `"storage_provisioner":"ebs.csi.aws.com"`} {
			assert.Contains(t, string(raw), frag, "%s StorageClass", st.Name)
		}
		assert.Len(t, st.Resources("kubernetes_annotations"), 1, "%s: gp2 demoted from default", st.Name)
	}
}

func TestPlatformProvidersTakeTheClusterByReference(t *testing.T) {
	s := synthesized(t)
	for _, e := range config.Presets() {
		st := s.Stack(t, stacks.PlatformStackID(e))
		req := st.JSON["terraform"].(map[string]any)["required_providers"].(map[string]any)
		assert.Equal(t, stacks.HelmProviderConstraint, req["helm"].(map[string]any)["version"])
		assert.Equal(t, stacks.KubernetesProviderConstraint, req["kubernetes"].(map[string]any)["version"])
		raw, _ := json.Marshal(st.JSON["provider"])
		remote := "data.terraform_remote_state." + stacks.RemoteStatePrefix + stacks.InfraStackID(e) + ".outputs."
		assert.Contains(t, string(raw), `"host":"${`+remote, "%s: helm/kubernetes host from the infra stack's state", st.Name)
		assert.Contains(t, string(raw), `"cluster_ca_certificate":"${base64decode(`+remote, "%s: CA from the infra stack's state", st.Name)
		assert.Contains(t, string(raw), `"get-token"`, "%s: exec auth with aws eks get-token", st.Name)
		kube := st.JSON["provider"].(map[string]any)["kubernetes"].([]any)[0].(map[string]any)
		assert.IsType(t, []any{}, kube["exec"], "%s: the kubernetes provider's exec is a list block", st.Name)
		assertStructurallySound(t, st)
	}
}

func TestPlatformValuesCarryIRSAAndClusterFacts(t *testing.T) {
	s := synthesized(t)
	e := env(t, "prod")
	releases := releasesByName(s.Stack(t, stacks.PlatformStackID(e)))
	lbc := releaseValues(releases["aws-load-balancer-controller"])
	assert.Contains(t, lbc, `"eks.amazonaws.com/role-arn":"${data.terraform_remote_state.`, "LBC service account assumes its IRSA role")
	assert.Contains(t, lbc, `"vpcId":"${data.terraform_remote_state.`)
	assert.Contains(t, lbc, `"region":"us-east-1"`)
	k := releaseValues(releases["karpenter"])
	assert.Contains(t, k, `"interruptionQueue":"${data.terraform_remote_state.`)
	assert.Contains(t, k, `"nodeSelector":{"keelson.dev/role":"system"}`, "the controller runs on the on-demand system group")
	pools := releaseValues(releases["karpenter-nodepools"])
	assert.Contains(t, pools, `"discoveryTag":"keelson-prod"`)
	assert.Contains(t, pools, `"cpu":"128"`, "spot pool limit from config")
	assert.Contains(t, pools, `"schedule":"0 9 * * mon-fri"`, "prod freezes consolidation in business hours")
	store := releaseValues(releases["cluster-secret-store"])
	assert.Contains(t, store, `"namespaces":["monitoring","orders","payments"]`)
	assert.Contains(t, releaseValues(releases["keda"]), `"roleArn":"${data.terraform_remote_state.`, "KEDA reads MSK lag with IAM")
	ten := releaseValues(releases["tenancy"])
	assert.Contains(t, ten, `"loadBalancerCIDRs":["10.20.0.0/16"]`)
	assert.Contains(t, ten, `"kafkaCIDRs":["10.20.0.0/16"]`)
}

func TestKarpenterAWSResourcesInInfra(t *testing.T) {
	s := synthesized(t)
	for _, e := range config.Presets() {
		st := s.Stack(t, stacks.InfraStackID(e))
		queues := st.Resources("aws_sqs_queue")
		require.Len(t, queues, 1, "%s: one interruption queue", st.Name)
		assert.Equal(t, true, queues[0].Body["sqs_managed_sse_enabled"], "queue encrypted")
		assert.Equal(t, e.ClusterName()+"-karpenter", str(queues[0].Body, "name"))
		assert.Len(t, st.Resources("aws_sqs_queue_policy"), 1)
		var patterns []string
		for _, r := range st.Resources("aws_cloudwatch_event_rule") {
			if strings.Contains(r.Name, "Karpenter") {
				patterns = append(patterns, str(r.Body, "event_pattern"))
			}
		}
		joined := strings.Join(patterns, "\n")
		for _, dt := range []string{"EC2 Spot Instance Interruption Warning", "EC2 Instance Rebalance Recommendation", "EC2 Instance State-change Notification", "AWS Health Event"} {
			assert.Contains(t, joined, dt, "%s: EventBridge rule for %s", st.Name, dt)
		}
		var profiles []string
		for _, r := range st.Resources("aws_iam_instance_profile") {
			profiles = append(profiles, str(r.Body, "name"))
		}
		assert.Contains(t, profiles, e.ClusterName()+"-karpenter-node", "%s: Karpenter's node instance profile", st.Name)
		var ec2Linux int
		for _, r := range st.Resources("aws_eks_access_entry") {
			if str(r.Body, "type") == "EC2_LINUX" {
				ec2Linux++
			}
		}
		assert.Equal(t, 1, ec2Linux, "%s: Karpenter's node role joins through an EC2_LINUX access entry", st.Name)
		tags := st.Resources("aws_ec2_tag")
		require.NotEmpty(t, tags)
		assert.Equal(t, "karpenter.sh/discovery", str(tags[0].Body, "key"))
		assert.Equal(t, e.ClusterName(), str(tags[0].Body, "value"))
		assert.Empty(t, st.Resources("aws_autoscaling_group_tag"), "no Cluster Autoscaler tags with Karpenter")
	}
}

// TestPlatformChoicesChangeTheStacks synthesizes dev with Cluster
// Autoscaler and prod with Strimzi (one more synth in the same jsii
// runtime) and checks what each choice adds and removes.
func TestPlatformChoicesChangeTheStacks(t *testing.T) {
	synthesized(t)
	dev, prod := config.Dev(), config.Prod()
	dev.Platform.Autoscaler = config.AutoscalerClusterAutoscaler
	prod.Kafka.Engine = config.KafkaStrimzi
	s, err := synthesize([]config.Environment{dev, prod})
	require.NoError(t, err)

	t.Run("cluster-autoscaler", func(t *testing.T) {
		infra := s.Stack(t, stacks.InfraStackID(dev))
		platform := s.Stack(t, stacks.PlatformStackID(dev))
		releases := releasesByName(platform)
		require.Contains(t, releases, "cluster-autoscaler")
		ca := releases["cluster-autoscaler"]
		assert.Equal(t, addons.Charts.ClusterAutoscaler.Version, str(ca.Body, "version"))
		assert.Contains(t, releaseValues(ca), `"autoDiscovery":{"clusterName":"${data.terraform_remote_state.`)
		assert.NotContains(t, releases, "karpenter")
		assert.NotContains(t, releases, "karpenter-nodepools")
		assert.Empty(t, infra.Resources("aws_sqs_queue"), "no interruption queue without Karpenter")
		tags := map[string]bool{}
		for _, r := range infra.Resources("aws_autoscaling_group_tag") {
			tag := r.Body["tag"].(map[string]any)
			tags[tag["key"].(string)+"="+tag["value"].(string)] = true
		}
		assert.True(t, tags["k8s.io/cluster-autoscaler/enabled=true"], "auto-discovery tag")
		assert.True(t, tags["k8s.io/cluster-autoscaler/"+dev.ClusterName()+"=owned"], "ownership tag")
		assert.True(t, tags["k8s.io/cluster-autoscaler/node-template/label/keelson.dev/role=workers"], "scale-from-zero label")
		var role bool
		for _, r := range infra.Resources("aws_iam_role") {
			role = role || str(r.Body, "name") == dev.ClusterName()+"-cluster-autoscaler"
		}
		assert.True(t, role, "Cluster Autoscaler's IRSA role")
	})
	t.Run("strimzi", func(t *testing.T) {
		infra := s.Stack(t, stacks.InfraStackID(prod))
		platform := s.Stack(t, stacks.PlatformStackID(prod))
		releases := releasesByName(platform)
		require.Contains(t, releases, "strimzi-kafka-operator")
		require.Contains(t, releases, "strimzi-kafka")
		assert.Equal(t, addons.Charts.Strimzi.Version, str(releases["strimzi-kafka-operator"].Body, "version"))
		kafka := releaseValues(releases["strimzi-kafka"])
		for _, frag := range []string{`"zone":"us-east-1a"`, `"zone":"us-east-1c"`, `"storageClass":"gp3"`, `"storageGiB":200`, `"name":"orders.events"`, `"replicationFactor":3`} {
			assert.Contains(t, kafka, frag)
		}
		assert.NotContains(t, releases, "kafka-exporter", "Strimzi brings its own lag exporter")
		assert.Empty(t, infra.Resources("aws_msk_cluster"), "no MSK with Strimzi")
		assert.Contains(t, releaseValues(releases["tenancy"]), `"kafkaNamespace":"kafka"`)
		assert.NotContains(t, releaseValues(releases["keda"]), "roleArn", "no MSK IAM role for KEDA")
	})
}
