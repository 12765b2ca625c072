// Package addons holds what the in-cluster add-ons share: the pinned
// charts. Each add-on is its own package under constructs/addons/; those
// that call AWS come in two halves, like constructs/observability: NewAWS
// (IRSA role, queues, tags: in <env>-infra) and New (the Helm releases: in
// <env>-platform).
package addons

// Chart pins a published Helm chart: repository, name and exact version.
type Chart struct {
	Repository, Name, Version string
}

// Charts are the pinned upstream charts. Each version was seen published
// (the comment says where); bump one with a synth, `make test` and the
// chart's upgrade notes (CRDs are not upgraded by helm: see help/platform.md).
var Charts = struct {
	LoadBalancerController, ExternalSecrets, MetricsServer, Karpenter, ClusterAutoscaler, KEDA, Strimzi Chart
}{
	// aws/eks-charts aws-load-balancer-controller 1.14.0 = controller
	// v2.14.0 (gitops-bridge-dev control-plane template PR #59, "tested
	// on EKS 1.35"). The IAM policy in loadbalancer/policy.go follows
	// v2.14's iam_policy.json.
	LoadBalancerController: Chart{"https://aws.github.io/eks-charts", "aws-load-balancer-controller", "1.14.0"},
	// external-secrets 1.1.1 (release v1.1.1, December 2025; Renovate PR
	// walnuts1018/infra#2908). Serves only the external-secrets.io/v1 API
	// (v1beta1 stopped being served in 0.17.0).
	ExternalSecrets: Chart{"https://charts.external-secrets.io", "external-secrets", "1.1.1"},
	// kubernetes-sigs metrics-server 3.13.1 (entigolabs/entigo-infralib
	// PR #1537, maxim-mityutko/home-infra PR #1860).
	MetricsServer: Chart{"https://kubernetes-sigs.github.io/metrics-server/", "metrics-server", "3.13.1"},
	// Karpenter 1.11.1 (endoflife.date/karpenter: released 2026-04-09,
	// supports Kubernetes 1.29-1.35). OCI chart; its crds/ install the
	// NodePool, NodeClaim and EC2NodeClass CRDs on first install.
	Karpenter: Chart{"oci://public.ecr.aws/karpenter", "karpenter", "1.11.1"},
	// kubernetes/autoscaler cluster-autoscaler 9.58.0 (sassoftware
	// viya4-deployment PR #755, entigolabs/entigo-infralib PR #1549).
	// Cluster Autoscaler supports only its own Kubernetes minor: check
	// the chart's appVersion against the cluster (ImageTag overrides it).
	ClusterAutoscaler: Chart{"https://kubernetes.github.io/autoscaler", "cluster-autoscaler", "9.58.0"},
	// kedacore keda 2.19.0 (release v2.19.0, February 2026; KEDA's chart
	// versions follow the operator's: Siemens-Healthineers/K2s PR #1672).
	KEDA: Chart{"https://kedacore.github.io/charts", "keda", "2.19.0"},
	// strimzi-kafka-operator 0.50.0 (strimzi.io/downloads: Kafka 4.0.0-
	// 4.1.1, Kubernetes 1.27+; KRaft only). The v1beta2 API used by
	// charts/strimzi-kafka is served until Strimzi 0.52.
	Strimzi: Chart{"https://strimzi.io/charts/", "strimzi-kafka-operator", "0.50.0"},
}

// OrDefault returns c, or def when c is the zero Chart (props overrides).
func (c Chart) OrDefault(def Chart) Chart {
	if c == (Chart{}) {
		return def
	}
	return c
}
