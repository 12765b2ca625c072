package tests

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/eks"
)

func TestEksCluster(t *testing.T) {
	s := synthesized(t)
	for _, e := range config.Presets() {
		t.Run(e.Name, func(t *testing.T) {
			st := s.Stack(t, e.Name+"-infra")
			clusters := st.Resources("aws_eks_cluster")
			require.Len(t, clusters, 1)
			c := clusters[0].Body
			assert.Equal(t, e.ClusterName(), str(c, "name"))
			assert.Equal(t, e.EKS.Version, str(c, "version"))
			assert.ElementsMatch(t, eks.LogTypes, strings_(c, "enabled_cluster_log_types"), "all five control-plane log types")
			require.Len(t, eks.LogTypes, 5)

			enc := obj(c, "encryption_config")
			require.NotNil(t, enc, "secrets encryption")
			assert.Equal(t, []string{"secrets"}, strings_(enc, "resources"))
			assert.Contains(t, str(obj(enc, "provider"), "key_arn"), "${aws_kms_key.", "secrets encrypted with the stack's KMS key")

			vpc := obj(c, "vpc_config")
			assert.Equal(t, true, vpc["endpoint_private_access"], "private endpoint always on")
			assert.Equal(t, e.EKS.PublicEndpoint, vpc["endpoint_public_access"], "public endpoint per config")
			if e.EKS.PublicEndpoint {
				assert.ElementsMatch(t, e.EKS.PublicAccessCIDRs, strings_(vpc, "public_access_cidrs"))
			}
			assert.NotContains(t, strings_(vpc, "public_access_cidrs"), "0.0.0.0/0")

			access := obj(c, "access_config")
			assert.Equal(t, "API", str(access, "authentication_mode"))
			assert.Equal(t, false, access["bootstrap_cluster_creator_admin_permissions"], "no hidden admin for whoever applied first")

			lc, _ := c["lifecycle"].(map[string]any)
			assert.Equal(t, e.EKS.DeletionProtection, lc["prevent_destroy"] == true, "deletion protection per config")

			for _, k := range st.Resources("aws_kms_key") {
				assert.Equal(t, true, k.Body["enable_key_rotation"], "%s rotation", k)
			}
		})
	}
}

func TestEksNodeGroups(t *testing.T) {
	s := synthesized(t)
	for _, e := range config.Presets() {
		t.Run(e.Name, func(t *testing.T) {
			st := s.Stack(t, e.Name+"-infra")
			groups := st.Resources("aws_eks_node_group")
			require.Len(t, groups, len(e.EKS.NodeGroups))
			byName := map[string]map[string]any{}
			for _, g := range groups {
				byName[str(g.Body, "node_group_name")] = g.Body
			}
			for _, want := range e.EKS.NodeGroups {
				g, ok := byName[want.Name]
				require.True(t, ok, "node group %q", want.Name)
				assert.Equal(t, string(want.CapacityType), str(g, "capacity_type"), "%s capacity type", want.Name)
				assert.ElementsMatch(t, want.InstanceTypes, strings_(g, "instance_types"), "%s instance types", want.Name)
				sc := obj(g, "scaling_config")
				assert.EqualValues(t, want.MinSize, sc["min_size"], "%s min", want.Name)
				assert.EqualValues(t, want.MaxSize, sc["max_size"], "%s max", want.Name)
				assert.Len(t, list(g, "subnet_ids"), 3, "%s spans 3 subnets", want.Name)
				assert.Contains(t, list(obj(g, "lifecycle"), "ignore_changes"), "scaling_config[0].desired_size", "autoscalers own desired size")
				assert.NotEmpty(t, list(g, "depends_on"), "%s waits for vpc-cni, kube-proxy and the node role", want.Name)
			}
		})
	}
}

// The add-ons are pinned to the version table and ordered for a first
// apply: vpc-cni and kube-proxy before nodes, coredns and EBS CSI after.
func TestEksAddonsOrderAndPins(t *testing.T) {
	s := synthesized(t)
	e := config.Prod()
	st := s.Stack(t, "prod-infra")
	pins := config.KubernetesVersions[e.EKS.Version].Addons
	want := map[string]string{"vpc-cni": pins.VPCCNI, "kube-proxy": pins.KubeProxy, "coredns": pins.CoreDNS, "aws-ebs-csi-driver": pins.EBSCSI}
	addons := map[string]Resource{}
	for _, a := range st.Resources("aws_eks_addon") {
		addons[str(a.Body, "addon_name")] = a
		assert.Equal(t, want[str(a.Body, "addon_name")], str(a.Body, "addon_version"), "%s pinned", a)
	}
	require.Len(t, addons, 4)

	var cni map[string]any
	require.NoError(t, json.Unmarshal([]byte(str(addons["vpc-cni"].Body, "configuration_values")), &cni))
	assert.Equal(t, "true", cni["enableNetworkPolicy"], "network policy enforcement on")
	assert.NotEmpty(t, str(addons["vpc-cni"].Body, "service_account_role_arn"), "vpc-cni on its own IRSA role")
	assert.NotEmpty(t, str(addons["aws-ebs-csi-driver"].Body, "service_account_role_arn"), "EBS CSI on its own IRSA role")

	groups := st.Resources("aws_eks_node_group")
	for _, g := range groups {
		deps := strings_(g.Body, "depends_on")
		assert.Contains(t, deps, addons["vpc-cni"].Address(), "%s after vpc-cni", g)
		assert.Contains(t, deps, addons["kube-proxy"].Address(), "%s after kube-proxy", g)
	}
	for _, name := range []string{"coredns", "aws-ebs-csi-driver"} {
		deps := strings_(addons[name].Body, "depends_on")
		for _, g := range groups {
			assert.Contains(t, deps, g.Address(), "%s must wait for node group %s", name, g)
		}
	}
	for _, name := range []string{"vpc-cni", "kube-proxy"} {
		for _, dep := range strings_(addons[name].Body, "depends_on") {
			assert.NotContains(t, dep, "aws_eks_node_group", "%s must not wait for nodes", name)
		}
	}
}

func TestEksIRSARolesArePinnedToOneServiceAccount(t *testing.T) {
	s := synthesized(t)
	st := s.Stack(t, "dev-infra")
	found := map[string]bool{}
	for _, r := range st.Resources("aws_iam_role") {
		doc, err := parsePolicy(str(r.Body, "assume_role_policy"))
		require.NoError(t, err, "%s trust policy", r)
		for _, stmt := range doc.Statement {
			if !contains(anyStrings(stmt.Action), "sts:AssumeRoleWithWebIdentity") {
				continue
			}
			for _, v := range stmt.Condition["StringEquals"] {
				found[v.(string)] = true
			}
		}
	}
	assert.True(t, found["system:serviceaccount:kube-system:aws-node"], "vpc-cni IRSA subject; got %v", found)
	assert.True(t, found["system:serviceaccount:kube-system:ebs-csi-controller-sa"], "EBS CSI IRSA subject; got %v", found)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
