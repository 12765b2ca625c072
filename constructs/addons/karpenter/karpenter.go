package karpenter

import (
	"fmt"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/internal/helmrelease"
)

// Karpenter is the controller and its NodePools.
type Karpenter struct {
	constructs.Construct
	releases []cdktf.ITerraformDependable
}

// NodePoolsValues are charts/karpenter-nodepools' values.
type NodePoolsValues struct {
	NodeClass NodeClassValues  `json:"nodeClass"`
	NodePools []NodePoolValues `json:"nodePools"`
}

// NodeClassValues shape the EC2NodeClass.
type NodeClassValues struct {
	Name            string            `json:"name"`
	DiscoveryTag    string            `json:"discoveryTag"`
	InstanceProfile string            `json:"instanceProfile"`
	AMIAlias        string            `json:"amiAlias"`
	VolumeSizeGiB   int               `json:"volumeSizeGiB"`
	Tags            map[string]string `json:"tags"`
}

// NodePoolValues shape one NodePool.
type NodePoolValues struct {
	Name               string            `json:"name"`
	Weight             int               `json:"weight"`
	CapacityTypes      []string          `json:"capacityTypes"`
	InstanceCategories []string          `json:"instanceCategories"`
	MinGeneration      int               `json:"minGeneration"`
	Architectures      []string          `json:"architectures"`
	Zones              []string          `json:"zones"`
	Limits             LimitsValues      `json:"limits"`
	ConsolidateAfter   string            `json:"consolidateAfter"`
	ExpireAfter        string            `json:"expireAfter"`
	Budgets            []BudgetValues    `json:"budgets"`
	Labels             map[string]string `json:"labels"`
}

// LimitsValues cap a pool.
type LimitsValues struct {
	CPU    string `json:"cpu"`
	Memory string `json:"memory"`
}

// BudgetValues is one disruption budget.
type BudgetValues struct {
	Nodes    string   `json:"nodes"`
	Reasons  []string `json:"reasons,omitempty"`
	Schedule string   `json:"schedule,omitempty"`
	Duration string   `json:"duration,omitempty"`
}

// NodePools turns props into the chart's values (exported for tests and
// for `helm template` by hand).
func NodePools(p Props) NodePoolsValues {
	budgets := []BudgetValues{{Nodes: fmt.Sprintf("%d%%", p.DisruptionPercent)}}
	if p.BusinessHoursFreeze {
		budgets = append(budgets, BudgetValues{Nodes: "0", Reasons: []string{"Underutilized"}, Schedule: "0 9 * * mon-fri", Duration: "8h"})
	}
	v := NodePoolsValues{NodeClass: NodeClassValues{
		Name: "default", DiscoveryTag: p.DiscoveryTag, InstanceProfile: p.InstanceProfile,
		AMIAlias: "al2023@latest", VolumeSizeGiB: p.NodeVolumeGiB, Tags: p.Tags,
	}}
	for _, pool := range p.Pools {
		v.NodePools = append(v.NodePools, NodePoolValues{
			Name: pool.Name, Weight: pool.Weight, CapacityTypes: pool.CapacityTypes,
			InstanceCategories: []string{"c", "m", "r"}, MinGeneration: 5, Architectures: []string{"amd64"},
			Zones:            p.Zones,
			Limits:           LimitsValues{CPU: fmt.Sprint(pool.CPU), Memory: fmt.Sprintf("%dGi", pool.MemoryGiB)},
			ConsolidateAfter: "1m", ExpireAfter: "720h", Budgets: budgets,
			Labels: map[string]string{"keelson.dev/pool": pool.Name},
		})
	}
	return v
}

// New validates props and installs the controller (on the system nodes,
// with IRSA and the interruption queue), then the NodePools.
func New(scope constructs.Construct, id string, props Props, dependsOn ...cdktf.ITerraformDependable) (*Karpenter, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	k := &Karpenter{Construct: c}
	controller, err := helmrelease.New(c, "Controller", helmrelease.Spec{
		Name: "karpenter", Namespace: "karpenter",
		Repository: props.Chart.Repository, Chart: props.Chart.Name, Version: props.Chart.Version,
		Values: map[string]any{
			"replicas": props.Replicas,
			"settings": map[string]any{"clusterName": props.ClusterName, "interruptionQueue": props.InterruptionQueue},
			"serviceAccount": map[string]any{
				"name": "karpenter", "annotations": map[string]string{"eks.amazonaws.com/role-arn": props.ControllerRoleARN},
			},
			// The controller must never run on a node it manages.
			"nodeSelector": props.SystemNodeSelector,
			"controller": map[string]any{"resources": map[string]any{
				"requests": map[string]string{"cpu": "250m", "memory": "512Mi"},
				"limits":   map[string]string{"memory": "1Gi"},
			}},
		},
		Timeout:   10 * time.Minute,
		DependsOn: dependsOn,
	})
	if err != nil {
		return nil, err
	}
	pools, err := helmrelease.New(c, "NodePools", helmrelease.Spec{
		Name: "karpenter-nodepools", Namespace: "karpenter", LocalChart: "karpenter-nodepools",
		Values:    NodePools(props),
		Timeout:   5 * time.Minute,
		DependsOn: []cdktf.ITerraformDependable{controller},
	})
	if err != nil {
		return nil, err
	}
	k.releases = []cdktf.ITerraformDependable{controller, pools}
	return k, nil
}

// Releases are the controller's and the NodePools' releases.
func (k *Karpenter) Releases() []cdktf.ITerraformDependable {
	return append([]cdktf.ITerraformDependable(nil), k.releases...)
}
