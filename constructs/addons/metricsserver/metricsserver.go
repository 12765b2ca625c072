// Package metricsserver installs metrics-server, which serves the pods'
// CPU and memory usage to the Kubernetes metrics API: what
// HorizontalPodAutoscalers and `kubectl top` read.
package metricsserver

import (
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/helmrelease"
)

// New installs metrics-server in kube-system.
func New(scope constructs.Construct, id string, props Props, dependsOn ...cdktf.ITerraformDependable) (cdktf.ITerraformDependable, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	values := map[string]any{
		"replicas":     props.Replicas,
		"nodeSelector": props.NodeSelector,
	}
	if props.Replicas > 1 {
		values["podDisruptionBudget"] = map[string]any{"enabled": true, "minAvailable": 1}
	}
	return helmrelease.New(c, "Release", helmrelease.Spec{
		Name: "metrics-server", Namespace: "kube-system",
		Repository: props.Chart.Repository, Chart: props.Chart.Name, Version: props.Chart.Version,
		Values:    values,
		Timeout:   5 * time.Minute,
		DependsOn: dependsOn,
	})
}
