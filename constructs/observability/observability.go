package observability

import (
	"fmt"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/helmrelease"
)

// Observability is the monitoring stack's Helm releases, in order:
// Grafana's admin secret, kube-prometheus-stack (CRDs, Prometheus,
// Alertmanager, Grafana, node exporter, kube-state-metrics), Loki, Fluent
// Bit, the lag exporter, then Keelson's dashboards and alerts.
type Observability struct {
	constructs.Construct
	releases []cdktf.ITerraformDependable
}

// New validates props and creates the releases under scope/id.
func New(scope constructs.Construct, id string, props Props) (*Observability, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	o := &Observability{Construct: c}
	ns := props.Namespace
	adminSecret := "grafana-admin"

	secrets, err := helmrelease.New(c, "GrafanaAdminSecret", helmrelease.Spec{
		Name: "grafana-admin-secret", Namespace: ns, LocalChart: "keelson-observability",
		Values: map[string]any{
			"dashboards":      map[string]any{"enabled": false},
			"alerts":          map[string]any{"enabled": false},
			"serviceAccounts": irsaServiceAccounts(props),
			"grafanaAdminSecret": map[string]any{
				"enabled": true, "name": adminSecret, "storeName": props.SecretStore, "refreshInterval": "1h",
				"remoteKey": fmt.Sprintf("keelson/%s/grafana-admin", props.Environment),
			},
		},
		Timeout:   5 * time.Minute,
		DependsOn: props.DependsOn,
	})
	if err != nil {
		return nil, err
	}
	stack, err := helmrelease.New(c, "KubePrometheusStack", helmrelease.Spec{
		Name: "kube-prometheus-stack", Namespace: ns,
		Repository: Charts.KubePrometheusStack.Repository, Chart: Charts.KubePrometheusStack.Name, Version: Charts.KubePrometheusStack.Version,
		Values:    kubePrometheusStackValues(props, adminSecret),
		Raw:       mskRaw(props),
		Timeout:   15 * time.Minute,
		DependsOn: []cdktf.ITerraformDependable{secrets},
	})
	if err != nil {
		return nil, err
	}
	loki, err := helmrelease.New(c, "Loki", helmrelease.Spec{
		Name: "loki", Namespace: ns,
		Repository: Charts.Loki.Repository, Chart: Charts.Loki.Name, Version: Charts.Loki.Version,
		Values:    lokiValues(props),
		Timeout:   15 * time.Minute,
		DependsOn: []cdktf.ITerraformDependable{stack},
	})
	if err != nil {
		return nil, err
	}
	fluentBit, err := helmrelease.New(c, "FluentBit", helmrelease.Spec{
		Name: "fluent-bit", Namespace: ns,
		Repository: Charts.FluentBit.Repository, Chart: Charts.FluentBit.Name, Version: Charts.FluentBit.Version,
		Values:    fluentBitValues(props),
		DependsOn: []cdktf.ITerraformDependable{loki},
	})
	if err != nil {
		return nil, err
	}
	o.releases = append(o.releases, secrets, stack, loki, fluentBit)
	if props.Kafka == "msk" {
		exporter, err := helmrelease.New(c, "KafkaExporter", helmrelease.Spec{
			Name: "kafka-exporter", Namespace: ns,
			Repository: Charts.KafkaExporter.Repository, Chart: Charts.KafkaExporter.Name, Version: Charts.KafkaExporter.Version,
			Values:    kafkaExporterValues(props),
			DependsOn: []cdktf.ITerraformDependable{stack},
		})
		if err != nil {
			return nil, err
		}
		o.releases = append(o.releases, exporter)
	}
	content, err := helmrelease.New(c, "DashboardsAndAlerts", helmrelease.Spec{
		Name: "keelson-observability", Namespace: ns, LocalChart: "keelson-observability",
		Values: map[string]any{
			"alerts": map[string]any{"additionalAlertLabels": map[string]string{"environment": props.Environment}},
		},
		Timeout:   5 * time.Minute,
		DependsOn: []cdktf.ITerraformDependable{stack},
	})
	if err != nil {
		return nil, err
	}
	o.releases = append(o.releases, content)
	return o, nil
}

// irsaServiceAccounts are the service accounts whose charts cannot
// annotate them with their IRSA role.
func irsaServiceAccounts(p Props) []map[string]string {
	if p.Kafka != "msk" {
		return []map[string]string{}
	}
	return []map[string]string{{"name": ExporterServiceAccount, "roleArn": p.ExporterRoleARN}}
}

// mskRaw maps the scrape-target placeholders to their Terraform
// expressions (none without MSK).
func mskRaw(p Props) map[string]string {
	if p.Kafka != "msk" {
		return nil
	}
	return map[string]string{
		mskTargetsPlaceholder(11001): mskTargets(p.KafkaBrokers, 11001),
		mskTargetsPlaceholder(11002): mskTargets(p.KafkaBrokers, 11002),
	}
}

// Releases are every release, for depends_on.
func (o *Observability) Releases() []cdktf.ITerraformDependable {
	return append([]cdktf.ITerraformDependable(nil), o.releases...)
}
