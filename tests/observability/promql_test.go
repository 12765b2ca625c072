package observability_test

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// grafanaBuiltins are the Grafana global variables a dashboard query may use, with a value of
// the kind Grafana substitutes (a duration inside a range selector, a number elsewhere).
var grafanaBuiltins = map[string]string{
	"__rate_interval": "5m",
	"__interval":      "1m",
	"__range":         "6h",
	"__interval_ms":   "60000",
	"__range_s":       "21600",
	"__range_ms":      "21600000",
}

// grafanaVarRef matches ${name}, ${name:format}, $name and [[name]].
var grafanaVarRef = regexp.MustCompile(`\$\{(\w+)(?::[^}]*)?\}|\$(\w+)|\[\[(\w+)\]\]`)

// substituteGrafanaVars replaces Grafana variables in a query with representative values, so the
// query can be parsed as PromQL: builtins by their kind of value, dashboard variables (declared)
// by a plain word, as they appear inside label matchers. It returns an error naming any variable
// neither built in nor declared.
func substituteGrafanaVars(expr string, declared map[string]bool) (string, error) {
	var unknown []string
	out := grafanaVarRef.ReplaceAllStringFunc(expr, func(ref string) string {
		m := grafanaVarRef.FindStringSubmatch(ref)
		name := m[1] + m[2] + m[3]
		if v, ok := grafanaBuiltins[name]; ok {
			return v
		}
		if declared[name] {
			return "representative_value"
		}
		unknown = append(unknown, ref)
		return ref
	})
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return "", fmt.Errorf("uses Grafana variable(s) %s that are neither built in nor declared in templating.list", strings.Join(unknown, ", "))
	}
	return out, nil
}

// parsePromQL parses an expression with the Prometheus parser.
func parsePromQL(expr string) (parser.Expr, error) {
	return parser.ParseExpr(expr)
}

// metricNames walks the AST and returns every metric name a vector selector reads, by name or by
// an equality matcher on __name__. A selector matching __name__ with a regex is reported as
// "__name__=~<regex>", which no inventory entry matches: dashboards must name their metrics.
func metricNames(e parser.Expr) []string {
	seen := map[string]bool{}
	parser.Inspect(e, func(node parser.Node, _ []parser.Node) error {
		vs, ok := node.(*parser.VectorSelector)
		if !ok {
			return nil
		}
		if vs.Name != "" {
			seen[vs.Name] = true
			return nil
		}
		for _, m := range vs.LabelMatchers {
			if m.Name != labels.MetricName {
				continue
			}
			if m.Type == labels.MatchEqual {
				seen[m.Value] = true
			} else {
				seen["__name__"+m.Type.String()+m.Value] = true
			}
		}
		return nil
	})
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// variableQueryFuncs are Grafana's Prometheus variable query functions whose first argument is a
// PromQL expression (a series selector for label_values and series, any query for query_result).
var variableQueryFunc = regexp.MustCompile(`^\s*(label_values|query_result|series)\((.*)\)\s*$`)

// promQLOfVariableQuery returns the PromQL inside a Grafana Prometheus variable query, or "" for
// queries without one (label_names(), metrics(regex), label_values(label)).
func promQLOfVariableQuery(q string) string {
	m := variableQueryFunc.FindStringSubmatch(q)
	if m == nil {
		return ""
	}
	arg := m[2]
	if m[1] == "label_values" {
		i := strings.LastIndex(arg, ",")
		if i < 0 {
			return "" // label_values(label): no selector
		}
		arg = arg[:i]
	}
	return strings.TrimSpace(arg)
}
