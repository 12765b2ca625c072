package observability_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// The parts of Grafana's dashboard model (schemaVersion 39) these tests check.
type dashboard struct {
	UID           string   `json:"uid"`
	Title         string   `json:"title"`
	Tags          []string `json:"tags"`
	SchemaVersion int      `json:"schemaVersion"`
	Panels        []panel  `json:"panels"`
	Templating    struct {
		List []variable `json:"list"`
	} `json:"templating"`
}

type panel struct {
	ID         int            `json:"id"`
	Type       string         `json:"type"`
	Title      string         `json:"title"`
	GridPos    *gridPos       `json:"gridPos"`
	Datasource *datasourceRef `json:"datasource"`
	Targets    []target       `json:"targets"`
	Panels     []panel        `json:"panels"` // a collapsed row's panels
}

type gridPos struct {
	H, W, X, Y int
}

type datasourceRef struct {
	Type string `json:"type"`
	UID  string `json:"uid"`
}

type target struct {
	Expr       string         `json:"expr"`
	RefID      string         `json:"refId"`
	Datasource *datasourceRef `json:"datasource"`
}

type variable struct {
	Name       string          `json:"name"`
	Type       string          `json:"type"`
	Query      json.RawMessage `json:"query"`
	Datasource *datasourceRef  `json:"datasource"`
}

// queryString is a variable's query: a plain string, or the query editor's {"query": "..."}.
func (v variable) queryString() (string, error) {
	if len(v.Query) == 0 {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(v.Query, &s); err == nil {
		return s, nil
	}
	var obj struct {
		Query string `json:"query"`
	}
	if err := json.Unmarshal(v.Query, &obj); err != nil {
		return "", fmt.Errorf("variable %q: query is neither a string nor {\"query\": ...}: %w", v.Name, err)
	}
	return obj.Query, nil
}

const datasourceVar = "${datasource}"

// loadedDashboard is one dashboard file, decoded.
type loadedDashboard struct {
	File string
	D    dashboard
}

// loadDashboards decodes every dashboard file strictly (unknown fields are fine: Grafana's model
// is larger than these structs; wrong types and trailing data are not).
func loadDashboards(t *testing.T) []loadedDashboard {
	t.Helper()
	var out []loadedDashboard
	for _, f := range dashboardFiles(t) {
		raw := readDashboardFile(t, f)
		dec := json.NewDecoder(bytes.NewReader(raw))
		var d dashboard
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("dashboard %s: not valid dashboard JSON: %v", f, err)
		}
		if dec.More() {
			t.Fatalf("dashboard %s: trailing data after the JSON object", f)
		}
		out = append(out, loadedDashboard{File: f, D: d})
	}
	return out
}

// allPanels flattens the panel tree: top-level panels and the panels of collapsed rows.
func allPanels(ps []panel) []panel {
	var out []panel
	for _, p := range ps {
		out = append(out, p)
		out = append(out, allPanels(p.Panels)...)
	}
	return out
}

func (p panel) String() string { return fmt.Sprintf("panel %d %q", p.ID, p.Title) }

// dashboardQuery is one PromQL query of a dashboard, with where it comes from.
type dashboardQuery struct {
	Where string
	Expr  string
}

// queries lists every PromQL query of a dashboard: panel targets and variable queries.
func (ld loadedDashboard) queries(t *testing.T) []dashboardQuery {
	t.Helper()
	var qs []dashboardQuery
	for _, p := range allPanels(ld.D.Panels) {
		for _, tg := range p.Targets {
			qs = append(qs, dashboardQuery{
				Where: fmt.Sprintf("dashboard %s, %s, target %s", ld.File, p, tg.RefID),
				Expr:  tg.Expr,
			})
		}
	}
	for _, v := range ld.D.Templating.List {
		if v.Type != "query" {
			continue
		}
		q, err := v.queryString()
		if err != nil {
			t.Errorf("dashboard %s: %v", ld.File, err)
			continue
		}
		if expr := promQLOfVariableQuery(q); expr != "" {
			qs = append(qs, dashboardQuery{
				Where: fmt.Sprintf("dashboard %s, variable %q (%s)", ld.File, v.Name, q),
				Expr:  expr,
			})
		}
	}
	return qs
}

func (ld loadedDashboard) declaredVars() map[string]bool {
	vars := map[string]bool{}
	for _, v := range ld.D.Templating.List {
		vars[v.Name] = true
	}
	return vars
}

// The four dashboards issue 5 asks for, by uid.
var wantDashboards = map[string]string{
	"keelson-kafka-lag":      "kafka-lag.json",
	"keelson-nestjs-api":     "nestjs-api.json",
	"keelson-pod-resources":  "pod-resources.json",
	"keelson-cluster-health": "cluster-health.json",
}

func TestDashboardsAreTheFourPlatformDashboards(t *testing.T) {
	got := map[string]string{}
	for _, ld := range loadDashboards(t) {
		if prev, dup := got[ld.D.UID]; dup {
			t.Errorf("dashboards %s and %s share uid %q: Grafana keeps only one", prev, ld.File, ld.D.UID)
		}
		got[ld.D.UID] = ld.File
	}
	for uid, file := range wantDashboards {
		if got[uid] != file {
			t.Errorf("dashboard uid %q: want it in %s, found in %q", uid, file, got[uid])
		}
	}
}

func TestDashboardsHaveGrafanaDashboardFields(t *testing.T) {
	titles := map[string]string{}
	for _, ld := range loadDashboards(t) {
		d := ld.D
		if d.UID == "" || len(d.UID) > 40 {
			t.Errorf("dashboard %s: uid %q must be 1 to 40 characters", ld.File, d.UID)
		}
		if strings.TrimSpace(d.Title) == "" {
			t.Errorf("dashboard %s: empty title", ld.File)
		} else if prev, dup := titles[d.Title]; dup {
			t.Errorf("dashboards %s and %s share title %q (the sidecar puts both in one folder)", prev, ld.File, d.Title)
		}
		titles[d.Title] = ld.File
		if d.SchemaVersion < 39 {
			t.Errorf("dashboard %s: schemaVersion %d, want >= 39", ld.File, d.SchemaVersion)
		}
		if !contains(d.Tags, "keelson") {
			t.Errorf("dashboard %s: tags %v lack \"keelson\" (the dashboards' link menu lists dashboards by that tag)", ld.File, d.Tags)
		}
		if len(allPanels(d.Panels)) == 0 {
			t.Errorf("dashboard %s: no panels", ld.File)
		}
	}
}

func TestDashboardsHaveDatasourceVariable(t *testing.T) {
	for _, ld := range loadDashboards(t) {
		var found bool
		for _, v := range ld.D.Templating.List {
			if v.Name != "datasource" {
				continue
			}
			found = true
			q, err := v.queryString()
			if err != nil {
				t.Errorf("dashboard %s: %v", ld.File, err)
			}
			if v.Type != "datasource" || q != "prometheus" {
				t.Errorf("dashboard %s: variable \"datasource\" has type %q query %q, want type \"datasource\" query \"prometheus\"", ld.File, v.Type, q)
			}
		}
		if !found {
			t.Errorf("dashboard %s: templating.list has no \"datasource\" variable", ld.File)
		}
	}
}

func TestDashboardPanelsUseDatasourceVariable(t *testing.T) {
	for _, ld := range loadDashboards(t) {
		for _, p := range allPanels(ld.D.Panels) {
			if p.Type == "row" {
				continue
			}
			if p.Datasource == nil || p.Datasource.UID != datasourceVar || p.Datasource.Type != "prometheus" {
				t.Errorf("dashboard %s, %s: datasource %+v, want {type: prometheus, uid: %s}", ld.File, p, p.Datasource, datasourceVar)
			}
			for _, tg := range p.Targets {
				if tg.Datasource != nil && tg.Datasource.UID != datasourceVar {
					t.Errorf("dashboard %s, %s, target %s: datasource uid %q, want %s", ld.File, p, tg.RefID, tg.Datasource.UID, datasourceVar)
				}
			}
		}
		for _, v := range ld.D.Templating.List {
			if v.Type == "query" && (v.Datasource == nil || v.Datasource.UID != datasourceVar) {
				t.Errorf("dashboard %s, variable %q: datasource %+v, want uid %s", ld.File, v.Name, v.Datasource, datasourceVar)
			}
		}
	}
}

func TestDashboardPanelIDsAreUnique(t *testing.T) {
	for _, ld := range loadDashboards(t) {
		seen := map[int]string{}
		for _, p := range allPanels(ld.D.Panels) {
			if p.ID <= 0 {
				t.Errorf("dashboard %s, %s: panel id must be a positive integer", ld.File, p)
				continue
			}
			if prev, dup := seen[p.ID]; dup {
				t.Errorf("dashboard %s: panel id %d used by %q and %q", ld.File, p.ID, prev, p.Title)
			}
			seen[p.ID] = p.Title
		}
	}
}

func TestDashboardPanelsHaveGridPos(t *testing.T) {
	for _, ld := range loadDashboards(t) {
		for _, p := range allPanels(ld.D.Panels) {
			g := p.GridPos
			switch {
			case g == nil:
				t.Errorf("dashboard %s, %s: no gridPos", ld.File, p)
			case g.W <= 0 || g.H <= 0 || g.X < 0 || g.Y < 0 || g.X+g.W > 24:
				t.Errorf("dashboard %s, %s: gridPos %+v outside the 24-column grid", ld.File, p, *g)
			}
		}
	}
}

func TestDashboardPanelsHaveQueries(t *testing.T) {
	for _, ld := range loadDashboards(t) {
		for _, p := range allPanels(ld.D.Panels) {
			if p.Type == "row" {
				if len(p.Targets) > 0 {
					t.Errorf("dashboard %s, %s: a row has no queries of its own", ld.File, p)
				}
				continue
			}
			if len(p.Targets) == 0 {
				t.Errorf("dashboard %s, %s: no targets", ld.File, p)
			}
			refs := map[string]bool{}
			for _, tg := range p.Targets {
				if strings.TrimSpace(tg.Expr) == "" {
					t.Errorf("dashboard %s, %s, target %s: empty expr", ld.File, p, tg.RefID)
				}
				if tg.RefID == "" || refs[tg.RefID] {
					t.Errorf("dashboard %s, %s: target refId %q empty or repeated", ld.File, p, tg.RefID)
				}
				refs[tg.RefID] = true
			}
		}
	}
}

func TestDashboardExpressionsParse(t *testing.T) {
	for _, ld := range loadDashboards(t) {
		vars := ld.declaredVars()
		for _, q := range ld.queries(t) {
			expr, err := substituteGrafanaVars(q.Expr, vars)
			if err != nil {
				t.Errorf("%s: expression %q %v", q.Where, q.Expr, err)
				continue
			}
			if _, err := parsePromQL(expr); err != nil {
				t.Errorf("%s: expression %q (as parsed: %q) does not parse: %v", q.Where, q.Expr, expr, err)
			}
		}
	}
}

func TestDashboardMetricsAreInInventory(t *testing.T) {
	for _, ld := range loadDashboards(t) {
		vars := ld.declaredVars()
		for _, q := range ld.queries(t) {
			expr, err := substituteGrafanaVars(q.Expr, vars)
			if err != nil {
				continue // reported by TestDashboardExpressionsParse
			}
			ast, err := parsePromQL(expr)
			if err != nil {
				continue // reported by TestDashboardExpressionsParse
			}
			names := metricNames(ast)
			if len(names) == 0 && !strings.HasPrefix(q.Where, "dashboard "+ld.File+", variable") {
				t.Errorf("%s: expression %q reads no metric", q.Where, q.Expr)
			}
			for _, m := range names {
				if metricSourceOf(m) == "" {
					t.Errorf("%s: expression %q reads metric %q, which no exporter in the inventory (tests/observability/inventory_test.go) emits", q.Where, q.Expr, m)
				}
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
