// Package observability_test checks the keelson-observability chart (charts/keelson-observability):
// the Grafana dashboards and the PrometheusRule it carries.
//
//   - every PromQL expression (dashboard targets, dashboard variable queries, alert rules) parses
//     with the Prometheus parser, and every metric it reads is one an exporter the platform runs
//     emits (the inventory in inventory_test.go);
//   - every dashboard is well-formed Grafana dashboard JSON (uid, title, schemaVersion, a
//     datasource variable every panel uses, unique panel IDs, gridPos);
//   - rendering the chart with the Helm Go SDK gives one sidecar ConfigMap per dashboard file,
//     with the JSON unchanged, and a PrometheusRule holding the platform's alerts, each with a
//     runbook that exists in help/runbooks/.
package observability_test
