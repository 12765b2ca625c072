package charts_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	rbacv1 "k8s.io/api/rbac/v1"
)

func renderExample(t *testing.T, chart, values string) []Object {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "charts", chart)
	return mustRender(t, chartCase{Chart: chart, ChartDir: dir, ValuesFile: values})
}

func TestKarpenterNodePools(t *testing.T) {
	objs := renderExample(t, "karpenter-nodepools", "examples/prod.yaml")
	pools := ofKind(objs, "NodePool")
	require.Len(t, pools, 2)
	byName := map[string]Object{}
	for _, p := range pools {
		byName[p.Name] = p
	}
	for name, want := range map[string][2]string{"spot": {"128", "512Gi"}, "on-demand": {"64", "256Gi"}} {
		p := byName[name]
		cpu, _ := nested(p.Raw, "spec", "limits", "cpu")
		mem, _ := nested(p.Raw, "spec", "limits", "memory")
		assert.Equal(t, want[0], cpu, "%s cpu limit", name)
		assert.Equal(t, want[1], mem, "%s memory limit", name)
		policy, _ := nested(p.Raw, "spec", "disruption", "consolidationPolicy")
		assert.Equal(t, "WhenEmptyOrUnderutilized", policy, "%s consolidation", name)
		budgets, _ := nested(p.Raw, "spec", "disruption", "budgets")
		require.NotEmpty(t, budgets, "%s budgets", name)
		assert.Equal(t, "10%", budgets.([]any)[0].(map[string]any)["nodes"], "%s: at most 10%% of nodes at once", name)
		reqs, _ := nested(p.Raw, "spec", "template", "spec", "requirements")
		keys := map[string][]any{}
		for _, r := range reqs.([]any) {
			m := r.(map[string]any)
			keys[m["key"].(string)] = m["values"].([]any)
		}
		assert.Equal(t, []any{name}, keys["karpenter.sh/capacity-type"], "%s capacity type", name)
		assert.Len(t, keys["topology.kubernetes.io/zone"], 3, "%s spans three zones", name)
		assert.Contains(t, keys, "karpenter.k8s.aws/instance-category")
		ref, _ := nested(p.Raw, "spec", "template", "spec", "nodeClassRef", "name")
		assert.Equal(t, "default", ref)
	}
	spotBudgets, _ := nested(byName["spot"].Raw, "spec", "disruption", "budgets")
	assert.Len(t, spotBudgets, 2, "prod freezes underutilized consolidation in business hours")

	classes := ofKind(objs, "EC2NodeClass")
	require.Len(t, classes, 1)
	nc := classes[0].Raw
	hop, _ := nested(nc, "spec", "metadataOptions", "httpPutResponseHopLimit")
	tokens, _ := nested(nc, "spec", "metadataOptions", "httpTokens")
	assert.EqualValues(t, 1, hop, "IMDS hop limit 1")
	assert.Equal(t, "required", tokens, "IMDSv2 only")
	bdm, _ := nested(nc, "spec", "blockDeviceMappings")
	ebs := bdm.([]any)[0].(map[string]any)["ebs"].(map[string]any)
	assert.Equal(t, true, ebs["encrypted"])
	assert.Equal(t, "gp3", ebs["volumeType"])
	subnets, _ := nested(nc, "spec", "subnetSelectorTerms")
	assert.Equal(t, "keelson-prod", subnets.([]any)[0].(map[string]any)["tags"].(map[string]any)["karpenter.sh/discovery"])
	sgs, _ := nested(nc, "spec", "securityGroupSelectorTerms")
	assert.Equal(t, "keelson-prod", sgs.([]any)[0].(map[string]any)["tags"].(map[string]any)["karpenter.sh/discovery"])
}

func TestKarpenterNodePoolWithoutLimitsIsRefused(t *testing.T) {
	_, err := renderValues(filepath.Join(repoRoot(t), "charts", "karpenter-nodepools"), map[string]any{
		"nodeClass": map[string]any{"discoveryTag": "c", "instanceProfile": "p"},
		"nodePools": []any{map[string]any{"name": "spot", "capacityTypes": []any{"spot"}}},
	})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "limits.cpu and limits.memory are required")
}

func TestTenancyQuotasAndPolicies(t *testing.T) {
	objs := renderExample(t, "tenancy", "examples/msk.yaml")
	for _, ns := range ofKind(objs, "Namespace") {
		labels := ns.Typed.(*corev1.Namespace).Labels
		assert.Contains(t, []string{"restricted", "baseline"}, labels["pod-security.kubernetes.io/enforce"], ns.ID())
		assert.Equal(t, "restricted", labels["pod-security.kubernetes.io/warn"], ns.ID())
	}
	quotas := ofKind(objs, "ResourceQuota")
	require.Len(t, quotas, 2, "a quota per tenant")
	for _, q := range quotas {
		hard := q.Typed.(*corev1.ResourceQuota).Spec.Hard
		for _, k := range []corev1.ResourceName{"requests.cpu", "requests.memory", "limits.cpu", "limits.memory", "pods"} {
			assert.Contains(t, hard, k, "%s sets %s", q.ID(), k)
		}
		lb := hard["services.loadbalancer"]
		assert.True(t, lb.IsZero(), "%s: no LoadBalancer Services (traffic enters through the ALB)", q.ID())
	}
	orders := ofKind(objs, "ResourceQuota")[0].Typed.(*corev1.ResourceQuota)
	cpu := orders.Spec.Hard["limits.cpu"]
	assert.Equal(t, "8", cpu.String())
	assert.Len(t, ofKind(objs, "LimitRange"), 2)

	policies := map[string]map[string]*networkingv1.NetworkPolicy{}
	for _, o := range ofKind(objs, "NetworkPolicy") {
		np := o.Typed.(*networkingv1.NetworkPolicy)
		if policies[np.Namespace] == nil {
			policies[np.Namespace] = map[string]*networkingv1.NetworkPolicy{}
		}
		policies[np.Namespace][np.Name] = np
	}
	for _, ns := range []string{"orders", "payments"} {
		p := policies[ns]
		require.Contains(t, p, "default-deny", ns)
		deny := p["default-deny"].Spec
		assert.Empty(t, deny.PodSelector.MatchLabels, "default-deny selects every pod")
		assert.ElementsMatch(t, []networkingv1.PolicyType{"Ingress", "Egress"}, deny.PolicyTypes)
		assert.Empty(t, deny.Ingress)
		assert.Empty(t, deny.Egress)

		dns := p["allow-dns"].Spec.Egress[0]
		assert.Equal(t, "kube-system", dns.To[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])
		assert.Equal(t, int32(53), dns.Ports[0].Port.IntVal)

		alb := p["allow-from-load-balancer"].Spec.Ingress[0]
		assert.Equal(t, "10.10.0.0/16", alb.From[0].IPBlock.CIDR, "%s: ingress from the VPC (the ALB's addresses)", ns)

		scrape := p["allow-metrics-scrape"].Spec.Ingress[0]
		assert.Equal(t, "monitoring", scrape.From[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])
		var ports []string
		for _, port := range scrape.Ports {
			ports = append(ports, port.Port.String())
		}
		assert.ElementsMatch(t, []string{"metrics", "9464"}, ports)

		kafka := p["allow-kafka"].Spec.Egress[0]
		assert.Equal(t, int32(9092), kafka.Ports[0].Port.IntVal)
		require.NotNil(t, kafka.Ports[0].EndPort)
		assert.Equal(t, int32(9098), *kafka.Ports[0].EndPort)
		assert.Equal(t, int32(443), p["allow-https-egress"].Spec.Egress[0].Ports[0].Port.IntVal)
	}

	var bindings []string
	for _, o := range ofKind(objs, "RoleBinding") {
		rb := o.Typed.(*rbacv1.RoleBinding)
		for _, s := range rb.Subjects {
			assert.Equal(t, "Group", s.Kind)
			bindings = append(bindings, rb.Namespace+"/"+rb.RoleRef.Name+"/"+s.Name)
		}
	}
	assert.ElementsMatch(t, []string{
		"orders/edit/keelson:orders-developers", "orders/view/keelson:readers", "payments/edit/keelson:payments-developers",
	}, bindings)
}

func TestTenancyStrimziEgressGoesToTheKafkaNamespace(t *testing.T) {
	objs := renderExample(t, "tenancy", "examples/strimzi.yaml")
	for _, o := range ofKind(objs, "NetworkPolicy") {
		np := o.Typed.(*networkingv1.NetworkPolicy)
		if np.Name != "allow-kafka" {
			continue
		}
		require.Len(t, np.Spec.Egress[0].To, 1)
		assert.Equal(t, "kafka", np.Spec.Egress[0].To[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])
		return
	}
	t.Fatal("no allow-kafka policy")
}

func TestStrimziKafkaSpreadsOverZones(t *testing.T) {
	objs := renderExample(t, "strimzi-kafka", "examples/three-zones.yaml")
	kafka := ofKind(objs, "Kafka")
	require.Len(t, kafka, 1)
	rack, _ := nested(kafka[0].Raw, "spec", "kafka", "rack", "topologyKey")
	assert.Equal(t, "topology.kubernetes.io/zone", rack)
	listeners, _ := nested(kafka[0].Raw, "spec", "kafka", "listeners")
	assert.Equal(t, true, listeners.([]any)[0].(map[string]any)["tls"], "TLS listener")
	pools := ofKind(objs, "KafkaNodePool")
	require.Len(t, pools, 3)
	zones := map[string]bool{}
	for _, p := range pools {
		terms, _ := nested(p.Raw, "spec", "template", "pod", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")
		zone := terms.([]any)[0].(map[string]any)["matchExpressions"].([]any)[0].(map[string]any)["values"].([]any)[0].(string)
		zones[zone] = true
		class, _ := nested(p.Raw, "spec", "storage", "volumes")
		assert.Equal(t, "gp3", class.([]any)[0].(map[string]any)["class"])
	}
	assert.Len(t, zones, 3, "one pool per zone")
	topics := ofKind(objs, "KafkaTopic")
	require.Len(t, topics, 2)
	name, _ := nested(topics[0].Raw, "spec", "topicName")
	assert.Equal(t, "orders.events", name)
	assert.Len(t, ofKind(objs, "PodMonitor"), 1)
}
