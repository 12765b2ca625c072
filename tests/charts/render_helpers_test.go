package charts_test

// Generic helpers to render any chart under charts/ with the Helm Go SDK (the same loader, schema
// validation and template engine `helm install` uses) and decode every rendered object strictly
// into its Kubernetes API type. Chart-specific tests in this package reuse them:
//
//	for _, c := range chartCases(t) { objs := mustRender(t, c) ... }

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/keelson-dev/keelson/config"
	"helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chart/loader"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/engine"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	kjson "k8s.io/apimachinery/pkg/runtime/serializer/json"
	"k8s.io/client-go/kubernetes/scheme"
	"sigs.k8s.io/yaml"
)

// Release identity used for every render.
const (
	testReleaseName      = "rel"
	testReleaseNamespace = "services"
)

// knownCRDs are the custom resources the platform installs the CRDs for. An object of one of these
// kinds cannot be decoded into a Go type from k8s.io/api, so it is checked structurally instead
// (metadata.name and a spec). Any other kind that is not a built-in API type is an error: add it
// here when the platform starts installing its CRD.
var knownCRDs = map[string]bool{
	"monitoring.coreos.com/v1 ServiceMonitor":   true,
	"monitoring.coreos.com/v1 PodMonitor":       true,
	"monitoring.coreos.com/v1 PrometheusRule":   true,
	"keda.sh/v1alpha1 ScaledObject":             true,
	"keda.sh/v1alpha1 TriggerAuthentication":    true,
	"karpenter.sh/v1 NodePool":                  true,
	"karpenter.k8s.aws/v1 EC2NodeClass":         true,
	"kafka.strimzi.io/v1beta2 Kafka":            true,
	"kafka.strimzi.io/v1beta2 KafkaNodePool":    true,
	"kafka.strimzi.io/v1beta2 KafkaTopic":       true,
	"external-secrets.io/v1 ExternalSecret":     true,
	"external-secrets.io/v1 ClusterSecretStore": true,
}

// strictScheme knows every built-in API group of client-go plus CustomResourceDefinition.
var strictScheme = func() *runtime.Scheme {
	s := runtime.NewScheme()
	if err := scheme.AddToScheme(s); err != nil {
		panic(err)
	}
	if err := apiextensionsv1.AddToScheme(s); err != nil {
		panic(err)
	}
	return s
}()

// strictDecoder decodes YAML into the registered Go type and fails on unknown or duplicate fields
// (case-sensitive, unlike encoding/json).
var strictDecoder = kjson.NewSerializerWithOptions(kjson.DefaultMetaFactory, strictScheme, strictScheme,
	kjson.SerializerOptions{Yaml: true, Strict: true})

// chartCase is one chart rendered with one values file.
type chartCase struct {
	Chart      string // chart name (directory under charts/)
	ChartDir   string
	ValuesFile string // path relative to the chart directory, e.g. examples/http-api.yaml
}

func (c chartCase) String() string { return c.Chart + " with " + c.ValuesFile }

// Object is one rendered Kubernetes object.
type Object struct {
	Source     string // template that produced it, e.g. nestjs-service/templates/deployment.yaml
	APIVersion string
	Kind       string
	Name       string
	Raw        map[string]any // the document as generic YAML
	Typed      runtime.Object // the strictly decoded Go type; nil for a known CRD
}

// ID names the object in messages: Kind/name (source).
func (o Object) ID() string { return fmt.Sprintf("%s/%s (%s)", o.Kind, o.Name, o.Source) }

// repoRoot is the directory holding go.mod, found from the test's working directory.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("no go.mod above the test directory")
		}
		dir = parent
	}
}

// chartDirs lists every chart directly under charts/ (a directory with a Chart.yaml).
func chartDirs(t testing.TB) []string {
	t.Helper()
	root := filepath.Join(repoRoot(t), "charts")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatalf("read %s: %v", root, err)
	}
	var dirs []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(root, e.Name(), "Chart.yaml")); err == nil {
			dirs = append(dirs, filepath.Join(root, e.Name()))
		}
	}
	sort.Strings(dirs)
	return dirs
}

// valuesFiles lists the YAML files in a chart's examples/ and ci/ directories, relative to the chart.
func valuesFiles(chartDir string) ([]string, error) {
	var files []string
	for _, sub := range []string{"examples", "ci"} {
		entries, err := os.ReadDir(filepath.Join(chartDir, sub))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			if ext := filepath.Ext(e.Name()); ext == ".yaml" || ext == ".yml" {
				files = append(files, filepath.Join(sub, e.Name()))
			}
		}
	}
	sort.Strings(files)
	return files, nil
}

// chartCases is every (chart, values file) pair under charts/. A chart with no values file in
// examples/ or ci/ is rendered with its defaults (values file "").
func chartCases(t testing.TB) []chartCase {
	t.Helper()
	var cases []chartCase
	for _, dir := range chartDirs(t) {
		files, err := valuesFiles(dir)
		if err != nil {
			t.Fatalf("chart %s: list values files: %v", filepath.Base(dir), err)
		}
		if len(files) == 0 {
			files = []string{""}
		}
		for _, f := range files {
			cases = append(cases, chartCase{Chart: filepath.Base(dir), ChartDir: dir, ValuesFile: f})
		}
	}
	return cases
}

// readValues reads a values file of a chart case ("" gives no values).
func readValues(c chartCase) (map[string]any, error) {
	if c.ValuesFile == "" {
		return map[string]any{}, nil
	}
	vals, err := chartutil.ReadValuesFile(filepath.Join(c.ChartDir, c.ValuesFile))
	if err != nil {
		return nil, fmt.Errorf("read values %s: %w", c.ValuesFile, err)
	}
	return vals.AsMap(), nil
}

// loadChart loads a chart directory and checks it is installable on the capabilities we render for.
func loadChart(chartDir string) (*chart.Chart, *chartutil.Capabilities, error) {
	ch, err := loader.Load(chartDir)
	if err != nil {
		return nil, nil, fmt.Errorf("load chart: %w", err)
	}
	if err := ch.Validate(); err != nil {
		return nil, nil, fmt.Errorf("Chart.yaml: %w", err)
	}
	caps, err := platformCapabilities()
	if err != nil {
		return nil, nil, err
	}
	if kv := ch.Metadata.KubeVersion; kv != "" && !chartutil.IsCompatibleRange(kv, caps.KubeVersion.String()) {
		return nil, nil, fmt.Errorf("chart requires kubeVersion %q, rendering for %s", kv, caps.KubeVersion.String())
	}
	return ch, caps, nil
}

// platformCapabilities are the default capabilities with the Kubernetes version the platform's
// clusters run (config.DefaultKubernetesVersion), so kubeVersion constraints and
// .Capabilities.KubeVersion behave as on a real cluster.
func platformCapabilities() (*chartutil.Capabilities, error) {
	caps := chartutil.DefaultCapabilities.Copy()
	kv, err := chartutil.ParseKubeVersion("v" + config.DefaultKubernetesVersion + ".0")
	if err != nil {
		return nil, fmt.Errorf("config.DefaultKubernetesVersion %q: %w", config.DefaultKubernetesVersion, err)
	}
	caps.KubeVersion = *kv
	return caps, nil
}

// renderTemplates validates vals against the chart's values.schema.json (and its subcharts') and
// renders the templates, returning template path -> rendered text, as `helm template` would.
func renderTemplates(chartDir string, vals map[string]any) (map[string]string, error) {
	ch, caps, err := loadChart(chartDir)
	if err != nil {
		return nil, err
	}
	opts := chartutil.ReleaseOptions{Name: testReleaseName, Namespace: testReleaseNamespace, Revision: 1, IsInstall: true}
	rv, err := chartutil.ToRenderValues(ch, vals, opts, caps)
	if err != nil {
		return nil, err // includes schema violations, with the failing field's path
	}
	return engine.Render(ch, rv)
}

var docSeparator = regexp.MustCompile(`(?m)^---[ \t]*$`)

// splitDocuments splits rendered templates into non-empty YAML documents, tagged with their source,
// in a stable order. crds/ files of the chart are included: helm installs them too.
func splitDocuments(chartDir string, rendered map[string]string) ([][2]string, error) {
	names := make([]string, 0, len(rendered))
	for name := range rendered {
		if strings.HasSuffix(name, "NOTES.txt") {
			continue
		}
		names = append(names, name)
	}
	sort.Strings(names)
	var docs [][2]string
	add := func(source, text string) {
		for _, d := range docSeparator.Split(text, -1) {
			if strings.TrimSpace(stripComments(d)) != "" {
				docs = append(docs, [2]string{source, d})
			}
		}
	}
	for _, name := range names {
		add(name, rendered[name])
	}
	crds, err := filepath.Glob(filepath.Join(chartDir, "crds", "*.yaml"))
	if err != nil {
		return nil, err
	}
	for _, f := range crds {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		add(filepath.Join(filepath.Base(chartDir), "crds", filepath.Base(f)), string(b))
	}
	return docs, nil
}

func stripComments(doc string) string {
	var b strings.Builder
	for _, line := range strings.Split(doc, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// decodeObject decodes one YAML document strictly: a built-in kind into its k8s.io/api type with
// unknown and duplicate fields refused; a known CRD structurally; anything else is an error.
func decodeObject(source, doc string) (Object, error) {
	var raw map[string]any
	if err := yaml.UnmarshalStrict([]byte(doc), &raw); err != nil {
		return Object{}, fmt.Errorf("%s: not valid YAML: %w", source, err)
	}
	obj := Object{Source: source, Raw: raw}
	obj.APIVersion, _ = raw["apiVersion"].(string)
	obj.Kind, _ = raw["kind"].(string)
	if md, ok := raw["metadata"].(map[string]any); ok {
		obj.Name, _ = md["name"].(string)
	}
	if obj.APIVersion == "" || obj.Kind == "" {
		return obj, fmt.Errorf("%s: document without apiVersion/kind", source)
	}
	if obj.Name == "" {
		return obj, fmt.Errorf("%s: metadata.name is empty", obj.ID())
	}
	gv, err := schema.ParseGroupVersion(obj.APIVersion)
	if err != nil {
		return obj, fmt.Errorf("%s: apiVersion %q: %w", obj.ID(), obj.APIVersion, err)
	}
	gvk := gv.WithKind(obj.Kind)
	if strictScheme.Recognizes(gvk) {
		typed, _, err := strictDecoder.Decode([]byte(doc), &gvk, nil)
		if err != nil {
			return obj, fmt.Errorf("%s: does not decode strictly into %s: %w", obj.ID(), gvk, err)
		}
		obj.Typed = typed
		return obj, nil
	}
	if knownCRDs[obj.APIVersion+" "+obj.Kind] {
		spec, ok := raw["spec"].(map[string]any)
		if !ok || len(spec) == 0 {
			return obj, fmt.Errorf("%s: custom resource %s %s has no spec", obj.ID(), obj.APIVersion, obj.Kind)
		}
		return obj, nil
	}
	return obj, fmt.Errorf("%s: %s %s is neither a built-in API type nor a known CRD (knownCRDs in %s)",
		obj.ID(), obj.APIVersion, obj.Kind, "tests/charts/render_helpers_test.go")
}

// renderCase renders a chart case and decodes every object. It returns every decode problem, not
// only the first, so one run shows all of them.
func renderCase(c chartCase) ([]Object, error) {
	vals, err := readValues(c)
	if err != nil {
		return nil, err
	}
	return renderValues(c.ChartDir, vals)
}

// renderValues renders a chart with the given values and decodes every object strictly.
func renderValues(chartDir string, vals map[string]any) ([]Object, error) {
	rendered, err := renderTemplates(chartDir, vals)
	if err != nil {
		return nil, err
	}
	docs, err := splitDocuments(chartDir, rendered)
	if err != nil {
		return nil, err
	}
	var objs []Object
	var problems []error
	seen := map[string]string{}
	for _, d := range docs {
		obj, err := decodeObject(d[0], d[1])
		if err != nil {
			problems = append(problems, err)
			continue
		}
		// Objects in different namespaces are distinct (a chart may create
		// the same policy in each of several namespaces).
		ns, _ := nested(obj.Raw, "metadata", "namespace")
		key := obj.APIVersion + " " + obj.Kind + " " + fmt.Sprint(ns) + "/" + obj.Name
		if prev, dup := seen[key]; dup {
			problems = append(problems, fmt.Errorf("%s: same apiVersion, kind and name as an object from %s", obj.ID(), prev))
		}
		seen[key] = obj.Source
		objs = append(objs, obj)
	}
	return objs, errors.Join(problems...)
}

// mustRender renders a chart case or fails the test with every problem, naming chart and values file.
func mustRender(t testing.TB, c chartCase) []Object {
	t.Helper()
	objs, err := renderCase(c)
	if err != nil {
		t.Fatalf("chart %s, values %s: %v", c.Chart, c.ValuesFile, err)
	}
	return objs
}

// ofKind returns the objects of one kind.
func ofKind(objs []Object, kind string) []Object {
	var out []Object
	for _, o := range objs {
		if o.Kind == kind {
			out = append(out, o)
		}
	}
	return out
}

// nested reads a nested field of a raw object (for CRDs), e.g. nested(o.Raw, "spec", "minReplicaCount").
func nested(m map[string]any, path ...string) (any, bool) {
	var cur any = m
	for _, p := range path {
		mm, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		cur, ok = mm[p]
		if !ok {
			return nil, false
		}
	}
	return cur, true
}

// toYAML is a debugging aid for failure messages.
func toYAML(v any) string {
	b, err := yaml.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(bytes.TrimSpace(b))
}
