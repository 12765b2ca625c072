package charts_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
)

const nestjsChart = "nestjs-service"

var irsaRoleARN = regexp.MustCompile(`^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$`)

// nestjsCases are the nestjs-service chart's example and ci values files.
func nestjsCases(t *testing.T) []chartCase {
	t.Helper()
	var out []chartCase
	for _, c := range chartCases(t) {
		if c.Chart == nestjsChart {
			out = append(out, c)
		}
	}
	require.NotEmpty(t, out, "no values files found for charts/%s", nestjsChart)
	return out
}

// rendered is one render of nestjs-service with its objects indexed by kind.
type rendered struct {
	c    chartCase
	objs []Object
	dep  *appsv1.Deployment
}

func (r rendered) fail(t *testing.T, obj, rule, format string, args ...any) {
	t.Helper()
	t.Errorf("chart %s, values %s, %s: rule %q: %s", r.c.Chart, r.c.ValuesFile, obj, rule, fmt.Sprintf(format, args...))
}

func renderNestjs(t *testing.T, c chartCase) rendered {
	t.Helper()
	objs := mustRender(t, c)
	deps := ofKind(objs, "Deployment")
	require.Len(t, deps, 1, "chart %s, values %s: want exactly one Deployment", c.Chart, c.ValuesFile)
	return rendered{c: c, objs: objs, dep: deps[0].Typed.(*appsv1.Deployment)}
}

func selects(t *testing.T, sel *metav1.LabelSelector, podLabels map[string]string) bool {
	t.Helper()
	if sel == nil {
		return false
	}
	s, err := metav1.LabelSelectorAsSelector(sel)
	require.NoError(t, err)
	return !s.Empty() && s.Matches(labels.Set(podLabels))
}

// TestNestjsServicePolicy checks the rules every NestJS service must meet, on every values file.
func TestNestjsServicePolicy(t *testing.T) {
	for _, c := range nestjsCases(t) {
		t.Run(c.ValuesFile, func(t *testing.T) {
			r := renderNestjs(t, c)
			podSpec := r.dep.Spec.Template.Spec
			podLabels := r.dep.Spec.Template.Labels
			depID := "Deployment/" + r.dep.Name

			// Pods carry the labels dashboards group by.
			for _, l := range []string{"app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/part-of"} {
				if podLabels[l] == "" {
					r.fail(t, depID, "pod labels", "pod template has no %s label", l)
				}
			}

			psc := podSpec.SecurityContext
			podNonRoot := psc != nil && psc.RunAsNonRoot != nil && *psc.RunAsNonRoot
			podSeccomp := psc != nil && psc.SeccompProfile != nil && psc.SeccompProfile.Type == corev1.SeccompProfileTypeRuntimeDefault
			if podSpec.AutomountServiceAccountToken == nil || *podSpec.AutomountServiceAccountToken {
				r.fail(t, depID, "no API token", "automountServiceAccountToken is not false")
			}

			require.NotEmpty(t, podSpec.Containers)
			for _, ctr := range podSpec.Containers {
				id := fmt.Sprintf("%s container %q", depID, ctr.Name)
				for name, p := range map[string]*corev1.Probe{"liveness": ctr.LivenessProbe, "readiness": ctr.ReadinessProbe, "startup": ctr.StartupProbe} {
					if p == nil || p.HTTPGet == nil || p.HTTPGet.Path == "" {
						r.fail(t, id, name+" probe", "missing or not an HTTP probe")
					}
				}
				if ctr.LivenessProbe != nil && ctr.LivenessProbe.HTTPGet != nil && ctr.ReadinessProbe != nil && ctr.ReadinessProbe.HTTPGet != nil &&
					ctr.LivenessProbe.HTTPGet.Path == ctr.ReadinessProbe.HTTPGet.Path {
					r.fail(t, id, "distinct health endpoints", "liveness and readiness both call %s", ctr.LivenessProbe.HTTPGet.Path)
				}
				for _, res := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
					if q, ok := ctr.Resources.Requests[res]; !ok || q.IsZero() {
						r.fail(t, id, "resource requests", "no %s request", res)
					}
					if q, ok := ctr.Resources.Limits[res]; !ok || q.IsZero() {
						r.fail(t, id, "resource limits", "no %s limit", res)
					}
				}
				sc := ctr.SecurityContext
				if sc == nil {
					r.fail(t, id, "container securityContext", "missing")
					continue
				}
				if !podNonRoot && (sc.RunAsNonRoot == nil || !*sc.RunAsNonRoot) {
					r.fail(t, id, "runAsNonRoot", "neither pod nor container sets runAsNonRoot: true")
				}
				if sc.RunAsUser != nil && *sc.RunAsUser == 0 || psc != nil && psc.RunAsUser != nil && *psc.RunAsUser == 0 {
					r.fail(t, id, "runAsNonRoot", "runs as UID 0")
				}
				if sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
					r.fail(t, id, "readOnlyRootFilesystem", "root filesystem is writable")
				}
				if sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
					r.fail(t, id, "no privilege escalation", "allowPrivilegeEscalation is not false")
				}
				if sc.Privileged != nil && *sc.Privileged {
					r.fail(t, id, "not privileged", "privileged: true")
				}
				if sc.Capabilities == nil || !containsCap(sc.Capabilities.Drop, "ALL") {
					r.fail(t, id, "drop ALL capabilities", "capabilities.drop lacks ALL")
				}
				if sc.Capabilities != nil && len(sc.Capabilities.Add) > 0 {
					r.fail(t, id, "drop ALL capabilities", "adds capabilities %v", sc.Capabilities.Add)
				}
				if !podSeccomp && (sc.SeccompProfile == nil || sc.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault) {
					r.fail(t, id, "seccomp RuntimeDefault", "no RuntimeDefault seccomp profile")
				}
				if !hasMount(ctr, "/tmp") {
					r.fail(t, id, "writable /tmp", "no volume mounted at /tmp (the root filesystem is read-only)")
				}
				img := ctr.Image
				switch {
				case strings.Contains(img, "@sha256:"):
				case strings.HasSuffix(strings.ToLower(img), ":latest"):
					r.fail(t, id, "no latest tag", "image %s uses the latest tag", img)
				case !strings.Contains(img[strings.LastIndex(img, "/")+1:], ":"):
					r.fail(t, id, "pinned image", "image %s has neither tag nor digest (means latest)", img)
				}
			}

			// Topology spread across zones, selecting this Deployment's pods.
			zone := false
			for _, tsc := range podSpec.TopologySpreadConstraints {
				if tsc.TopologyKey == "topology.kubernetes.io/zone" && selects(t, tsc.LabelSelector, podLabels) {
					zone = true
				}
			}
			if !zone {
				r.fail(t, depID, "zone spread", "no topologySpreadConstraint on topology.kubernetes.io/zone selecting the pods")
			}

			// A PodDisruptionBudget selects the Deployment's pods.
			pdbs := ofKind(r.objs, "PodDisruptionBudget")
			if len(pdbs) == 0 {
				r.fail(t, depID, "PodDisruptionBudget", "none rendered")
			}
			for _, o := range pdbs {
				pdb := o.Typed.(*policyv1.PodDisruptionBudget)
				if !selects(t, pdb.Spec.Selector, podLabels) {
					r.fail(t, o.ID(), "PodDisruptionBudget", "selector %s does not select the Deployment's pods", toYAML(pdb.Spec.Selector))
				}
			}

			// Exactly one autoscaler (HPA or KEDA ScaledObject) targets the Deployment.
			hpas, sos := ofKind(r.objs, "HorizontalPodAutoscaler"), ofKind(r.objs, "ScaledObject")
			if len(hpas)+len(sos) != 1 {
				r.fail(t, depID, "one autoscaler", "want exactly one HPA or ScaledObject, got %d HPA and %d ScaledObject", len(hpas), len(sos))
			}
			if r.dep.Spec.Replicas != nil && len(hpas)+len(sos) > 0 {
				r.fail(t, depID, "autoscaler owns replicas", "spec.replicas is set (%d) while an autoscaler manages the Deployment: every upgrade would reset the scale", *r.dep.Spec.Replicas)
			}
			for _, o := range hpas {
				hpa := o.Typed.(*autoscalingv2.HorizontalPodAutoscaler)
				ref := hpa.Spec.ScaleTargetRef
				if ref.Kind != "Deployment" || ref.Name != r.dep.Name || ref.APIVersion != "apps/v1" {
					r.fail(t, o.ID(), "autoscaler targets the Deployment", "scaleTargetRef is %s %s/%s", ref.APIVersion, ref.Kind, ref.Name)
				}
				if hpa.Spec.MinReplicas == nil || *hpa.Spec.MinReplicas < 2 {
					r.fail(t, o.ID(), "min replicas >= 2", "minReplicas %v", hpa.Spec.MinReplicas)
				}
				if hpa.Spec.Behavior == nil || hpa.Spec.Behavior.ScaleDown == nil || hpa.Spec.Behavior.ScaleDown.StabilizationWindowSeconds == nil ||
					*hpa.Spec.Behavior.ScaleDown.StabilizationWindowSeconds < 60 {
					r.fail(t, o.ID(), "scale-down stabilization", "no scale-down stabilization window of at least 60 s")
				}
			}
			for _, o := range sos {
				ref, _ := nested(o.Raw, "spec", "scaleTargetRef")
				refMap, _ := ref.(map[string]any)
				if refMap["name"] != r.dep.Name || (refMap["kind"] != nil && refMap["kind"] != "Deployment") {
					r.fail(t, o.ID(), "autoscaler targets the Deployment", "scaleTargetRef is %v", ref)
				}
				if min, _ := nested(o.Raw, "spec", "minReplicaCount"); toInt(min) < 2 {
					r.fail(t, o.ID(), "min replicas >= 2", "minReplicaCount %v", min)
				}
				checkKafkaTrigger(t, r, o)
			}

			// The ServiceAccount the pods use exists and carries the IRSA role.
			sas := ofKind(r.objs, "ServiceAccount")
			found := false
			for _, o := range sas {
				sa := o.Typed.(*corev1.ServiceAccount)
				if sa.Name != podSpec.ServiceAccountName {
					continue
				}
				found = true
				if arn := sa.Annotations["eks.amazonaws.com/role-arn"]; !irsaRoleARN.MatchString(arn) {
					r.fail(t, o.ID(), "IRSA annotation", "eks.amazonaws.com/role-arn is %q", arn)
				}
			}
			if !found {
				r.fail(t, depID, "IRSA annotation", "ServiceAccount %q used by the pods is not rendered", podSpec.ServiceAccountName)
			}

			checkServiceWiring(t, r)
		})
	}
}

// checkKafkaTrigger: the KEDA Kafka trigger authenticates with MSK IAM through pod identity.
func checkKafkaTrigger(t *testing.T, r rendered, so Object) {
	t.Helper()
	triggers, _ := nested(so.Raw, "spec", "triggers")
	list, _ := triggers.([]any)
	kafka := 0
	for _, tr := range list {
		m, _ := tr.(map[string]any)
		typ, _ := m["type"].(string)
		if typ != "kafka" && typ != "apache-kafka" {
			continue
		}
		kafka++
		md, _ := m["metadata"].(map[string]any)
		for _, k := range []string{"bootstrapServers", "consumerGroup", "topic", "lagThreshold"} {
			if s, _ := md[k].(string); s == "" {
				r.fail(t, so.ID(), "kafka lag trigger", "trigger metadata.%s is empty or not a string", k)
			}
		}
		if md["awsRegion"] == nil {
			continue // not MSK IAM
		}
		if md["tls"] != "enable" {
			r.fail(t, so.ID(), "MSK IAM trigger", "tls is %v, want enable", md["tls"])
		}
		wantSASL := map[string]string{"apache-kafka": "aws_msk_iam", "kafka": "oauthbearer"}[typ]
		if md["sasl"] != wantSASL {
			r.fail(t, so.ID(), "MSK IAM trigger", "%s trigger has sasl %v, want %s", typ, md["sasl"], wantSASL)
		}
		if typ == "kafka" && md["saslTokenProvider"] != "aws_msk_iam" {
			r.fail(t, so.ID(), "MSK IAM trigger", "saslTokenProvider is %v, want aws_msk_iam", md["saslTokenProvider"])
		}
		ref, _ := nested(m, "authenticationRef", "name")
		var auth *Object
		for _, o := range ofKind(r.objs, "TriggerAuthentication") {
			if o.Name == ref {
				auth = &o
			}
		}
		if auth == nil {
			r.fail(t, so.ID(), "MSK IAM trigger", "authenticationRef %v names no rendered TriggerAuthentication", ref)
			continue
		}
		if p, _ := nested(auth.Raw, "spec", "podIdentity", "provider"); p != "aws" {
			r.fail(t, auth.ID(), "MSK IAM trigger", "podIdentity.provider is %v, want aws", p)
		}
	}
	if kafka == 0 {
		r.fail(t, so.ID(), "kafka lag trigger", "no kafka trigger")
	}
}

// checkServiceWiring: Service, ServiceMonitor, Ingress and NetworkPolicy point at the pods and ports
// that exist.
func checkServiceWiring(t *testing.T, r rendered) {
	t.Helper()
	podLabels := r.dep.Spec.Template.Labels
	ctrPorts := map[string]int32{}
	for _, p := range r.dep.Spec.Template.Spec.Containers[0].Ports {
		ctrPorts[p.Name] = p.ContainerPort
	}
	svcPorts := map[string]map[string]bool{}
	for _, o := range ofKind(r.objs, "Service") {
		svc := o.Typed.(*corev1.Service)
		if !labels.SelectorFromSet(svc.Spec.Selector).Matches(labels.Set(podLabels)) || len(svc.Spec.Selector) == 0 {
			r.fail(t, o.ID(), "Service selects the pods", "selector %v", svc.Spec.Selector)
		}
		svcPorts[svc.Name] = map[string]bool{}
		for _, p := range svc.Spec.Ports {
			svcPorts[svc.Name][p.Name] = true
			if _, ok := ctrPorts[p.TargetPort.String()]; !ok {
				r.fail(t, o.ID(), "Service targets a container port", "targetPort %s is not a named container port", p.TargetPort.String())
			}
		}
	}
	for _, o := range ofKind(r.objs, "ServiceMonitor") {
		sel, _ := nested(o.Raw, "spec", "selector", "matchLabels")
		selMap := map[string]string{}
		for k, v := range sel.(map[string]any) {
			selMap[k] = fmt.Sprint(v)
		}
		eps, _ := nested(o.Raw, "spec", "endpoints")
		for _, ep := range eps.([]any) {
			m := ep.(map[string]any)
			if m["path"] != "/metrics" {
				r.fail(t, o.ID(), "metrics endpoint", "path %v, want /metrics", m["path"])
			}
			ok := false
			for name, ports := range svcPorts {
				svc := ofName(r.objs, "Service", name).Typed.(*corev1.Service)
				if labels.SelectorFromSet(selMap).Matches(labels.Set(svc.Labels)) && ports[fmt.Sprint(m["port"])] {
					ok = true
				}
			}
			if !ok {
				r.fail(t, o.ID(), "ServiceMonitor scrapes a Service port", "no selected Service has port %v", m["port"])
			}
		}
	}
	for _, o := range ofKind(r.objs, "Ingress") {
		ing := o.Typed.(*networkingv1.Ingress)
		if ing.Spec.IngressClassName == nil || *ing.Spec.IngressClassName != "alb" {
			r.fail(t, o.ID(), "ALB ingress", "ingressClassName is not alb")
		}
		for k, want := range map[string]string{"alb.ingress.kubernetes.io/target-type": "ip", "alb.ingress.kubernetes.io/scheme": ""} {
			if got, ok := ing.Annotations[k]; !ok || want != "" && got != want {
				r.fail(t, o.ID(), "ALB ingress", "annotation %s = %q", k, got)
			}
		}
		if !strings.Contains(ing.Annotations["alb.ingress.kubernetes.io/listen-ports"], "HTTPS") || ing.Annotations["alb.ingress.kubernetes.io/certificate-arn"] == "" {
			r.fail(t, o.ID(), "ALB ingress", "no HTTPS listener with a certificate")
		}
		for _, rule := range ing.Spec.Rules {
			for _, p := range rule.HTTP.Paths {
				b := p.Backend.Service
				if b == nil || !svcPorts[b.Name][b.Port.Name] {
					r.fail(t, o.ID(), "Ingress backend exists", "backend %s does not name a rendered Service port", toYAML(p.Backend))
				}
				if b != nil && b.Port.Name == "metrics" {
					r.fail(t, o.ID(), "metrics not public", "the Ingress routes to the metrics port")
				}
			}
		}
		if _, metricsOnHTTP := ctrPorts["metrics"]; !metricsOnHTTP {
			r.fail(t, o.ID(), "metrics not public", "metrics are served on the http port the ALB exposes")
		}
	}
	for _, o := range ofKind(r.objs, "NetworkPolicy") {
		np := o.Typed.(*networkingv1.NetworkPolicy)
		if !selects(t, &np.Spec.PodSelector, podLabels) {
			r.fail(t, o.ID(), "NetworkPolicy selects the pods", "podSelector %s", toYAML(np.Spec.PodSelector))
		}
		for _, rule := range np.Spec.Ingress {
			if len(rule.From) == 0 {
				r.fail(t, o.ID(), "NetworkPolicy ingress names sources", "an ingress rule allows every source on %s", toYAML(rule.Ports))
			}
		}
	}
}

func ofName(objs []Object, kind, name string) Object {
	for _, o := range objs {
		if o.Kind == kind && o.Name == name {
			return o
		}
	}
	return Object{}
}

func containsCap(caps []corev1.Capability, want corev1.Capability) bool {
	for _, c := range caps {
		if c == want {
			return true
		}
	}
	return false
}

func hasMount(c corev1.Container, path string) bool {
	for _, m := range c.VolumeMounts {
		if m.MountPath == path {
			return true
		}
	}
	return false
}

func toInt(v any) int {
	switch n := v.(type) {
	case int:
		return n
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return -1
}

// TestNestjsServiceExamplesShape pins what each example is for: the API behind an ALB with an HPA on
// CPU, memory and a custom metric; the consumer on KEDA with no HTTP exposure.
func TestNestjsServiceExamplesShape(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "charts", nestjsChart)

	api := renderNestjs(t, chartCase{Chart: nestjsChart, ChartDir: dir, ValuesFile: "examples/http-api.yaml"})
	assert.Len(t, ofKind(api.objs, "Ingress"), 1, "http-api: one ALB Ingress")
	assert.Empty(t, ofKind(api.objs, "ScaledObject"), "http-api: no ScaledObject")
	require.Len(t, ofKind(api.objs, "HorizontalPodAutoscaler"), 1, "http-api: one HPA")
	hpa := ofKind(api.objs, "HorizontalPodAutoscaler")[0].Typed.(*autoscalingv2.HorizontalPodAutoscaler)
	var kinds []string
	for _, m := range hpa.Spec.Metrics {
		switch m.Type {
		case autoscalingv2.ResourceMetricSourceType:
			kinds = append(kinds, string(m.Resource.Name))
		case autoscalingv2.PodsMetricSourceType:
			kinds = append(kinds, "pods:"+m.Pods.Metric.Name)
		}
	}
	assert.Equal(t, []string{"cpu", "memory", "pods:http_requests_per_second"}, kinds, "http-api: HPA metrics")
	assert.Contains(t, api.dep.Spec.Template.Spec.Containers[0].Image, "@sha256:", "http-api: image pinned by digest")
	assert.Len(t, ofKind(api.objs, "ExternalSecret"), 1, "http-api: ExternalSecret")
	assert.Equal(t, "rel-orders-api-secrets", api.dep.Spec.Template.Spec.Containers[0].EnvFrom[0].SecretRef.Name,
		"http-api: the ExternalSecret's target Secret is consumed via envFrom")

	consumer := renderNestjs(t, chartCase{Chart: nestjsChart, ChartDir: dir, ValuesFile: "examples/kafka-consumer.yaml"})
	assert.Empty(t, ofKind(consumer.objs, "Ingress"), "kafka-consumer: no Ingress")
	assert.Empty(t, ofKind(consumer.objs, "HorizontalPodAutoscaler"), "kafka-consumer: KEDA creates the HPA, the chart must not")
	assert.Len(t, ofKind(consumer.objs, "ScaledObject"), 1, "kafka-consumer: ScaledObject")
	assert.Len(t, ofKind(consumer.objs, "TriggerAuthentication"), 1, "kafka-consumer: TriggerAuthentication")
	for _, o := range ofKind(consumer.objs, "Service") {
		svc := o.Typed.(*corev1.Service)
		for _, p := range svc.Spec.Ports {
			assert.Equal(t, "metrics", p.Name, "kafka-consumer: %s exposes only the metrics port", o.ID())
		}
	}
}
