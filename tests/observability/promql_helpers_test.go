package observability_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The helpers the other tests rely on, checked on their own so a broken helper cannot make the
// dashboard and alert tests pass vacuously.

func TestSubstituteGrafanaVarsGivesParseablePromQL(t *testing.T) {
	in := `sum by (topic) (rate(x_total{namespace=~"$namespace", topic=~"${topic:regex}", pod=~"[[pod]]"}[$__rate_interval])) / $__range_s`
	out, err := substituteGrafanaVars(in, map[string]bool{"namespace": true, "topic": true, "pod": true})
	require.NoError(t, err)
	assert.NotContains(t, out, "$")
	assert.Contains(t, out, "[5m]")
	_, err = parsePromQL(out)
	assert.NoError(t, err, "substituted expression %q", out)
}

func TestSubstituteGrafanaVarsRejectsUndeclaredVariable(t *testing.T) {
	_, err := substituteGrafanaVars(`up{namespace=~"$nmespace"}`, map[string]bool{"namespace": true})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "$nmespace")
}

func TestMetricNamesWalksTheWholeExpression(t *testing.T) {
	ast, err := parsePromQL(`histogram_quantile(0.99, sum by (le) (rate(a_bucket[5m]))) / on () group_left () b or {__name__="c"} and d offset 5m`)
	require.NoError(t, err)
	assert.Equal(t, []string{"a_bucket", "b", "c", "d"}, metricNames(ast))
}

func TestMetricSourceOfStripsSuffixesOnlyForHistograms(t *testing.T) {
	assert.Equal(t, "nestjs-service (prom-client)", metricSourceOf("http_request_duration_seconds_bucket"))
	assert.Equal(t, "nestjs-service (prom-client)", metricSourceOf("http_request_duration_seconds_count"))
	assert.Equal(t, "kube-apiserver", metricSourceOf("apiserver_request_duration_seconds_bucket"))
	assert.Empty(t, metricSourceOf("http_request_duration_seconds"), "a histogram is never read by its bare name")
	assert.Empty(t, metricSourceOf("apiserver_request_total_bucket"), "apiserver_request_total is a counter, not a histogram")
	assert.Empty(t, metricSourceOf("kafka_consumergroup_lag_total"))
	assert.Equal(t, "msk-open-monitoring-jmx", metricSourceOf("kafka_server_BrokerTopicMetrics_Count"))
}

func TestPromQLOfVariableQuery(t *testing.T) {
	cases := map[string]string{
		`label_values(kafka_consumergroup_lag_sum, consumergroup)`:      `kafka_consumergroup_lag_sum`,
		`label_values(up{namespace=~"$namespace", job="a,b"}, service)`: `up{namespace=~"$namespace", job="a,b"}`,
		`query_result(topk(5, sum by (pod) (rate(x_total[5m]))))`:       `topk(5, sum by (pod) (rate(x_total[5m])))`,
		`label_values(namespace)`:                                       ``,
		`label_names()`:                                                 ``,
	}
	for q, want := range cases {
		assert.Equal(t, want, promQLOfVariableQuery(q), "query %s", q)
	}
	assert.False(t, strings.Contains(promQLOfVariableQuery("metrics(kafka_.*)"), "kafka"))
}

func TestInventoryHasNoDuplicates(t *testing.T) {
	seen := map[string]string{}
	for _, src := range inventory {
		for _, m := range append(append([]string{}, src.Metrics...), src.Histograms...) {
			if prev, dup := seen[m]; dup {
				t.Errorf("metric %q listed under both %q and %q", m, prev, src.Name)
			}
			seen[m] = src.Name
		}
	}
}
