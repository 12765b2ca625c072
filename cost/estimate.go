package cost

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/internal/synthout"
)

// Line is one item of a monthly estimate.
type Line struct {
	Component string
	Detail    string
	Monthly   float64
}

// Estimate is one environment's monthly cost.
type Estimate struct {
	Environment string
	Lines       []Line
	Assumptions Assumptions
}

// Total is the sum of the lines.
func (e Estimate) Total() float64 {
	t := 0.0
	for _, l := range e.Lines {
		t += l.Monthly
	}
	return t
}

// EstimateEnvironment prices the resources of every stack named
// "<env>-..." plus the usage assumptions. Unknown instance types are an
// error naming the type, never a silent zero.
func EstimateEnvironment(env string, stacks []synthout.Stack, p Prices, a Assumptions) (Estimate, error) {
	e := Estimate{Environment: env, Assumptions: a}
	res := map[string]map[string]map[string]any{}
	for _, s := range stacks {
		if !strings.HasPrefix(s.Name, env+"-") {
			continue
		}
		blocks, _ := s.JSON["resource"].(map[string]any)
		for typ, byName := range blocks {
			if res[typ] == nil {
				res[typ] = map[string]map[string]any{}
			}
			for name, body := range byName.(map[string]any) {
				res[typ][name] = body.(map[string]any)
			}
		}
	}
	if len(res) == 0 {
		return e, fmt.Errorf("cost: no synthesized stack for environment %q", env)
	}
	add := func(component, detail string, monthly float64) {
		e.Lines = append(e.Lines, Line{component, detail, monthly})
	}
	if n := len(res["aws_eks_cluster"]); n > 0 {
		add("EKS control plane", fmt.Sprintf("%d cluster × $%.2f/h (standard support)", n, p.EKSClusterHour), float64(n)*p.EKSClusterHour*HoursPerMonth)
	}
	for _, name := range sortedNames(res["aws_eks_node_group"]) {
		g := res["aws_eks_node_group"][name]
		types := strs(g["instance_types"])
		if len(types) == 0 {
			return e, fmt.Errorf("cost: node group %s has no instance_types", name)
		}
		price, ok := p.EC2Hour[types[0]]
		if !ok {
			return e, fmt.Errorf("cost: no %s price for instance type %q (node group %s)", p.Region, types[0], str(g, "node_group_name"))
		}
		desired := num(block(g, "scaling_config")["desired_size"])
		kind := "on-demand"
		if str(g, "capacity_type") == "SPOT" {
			price *= p.SpotFactor
			kind = fmt.Sprintf("spot ≈ %.0f%% of on-demand", p.SpotFactor*100)
		}
		add("Nodes: "+str(g, "node_group_name"), fmt.Sprintf("%.0f × %s, %s, $%.4f/h", desired, types[0], kind, price), desired*price*HoursPerMonth)
		if gb := rootVolumeGB(g, res["aws_launch_template"]); gb > 0 {
			add("Node root volumes: "+str(g, "node_group_name"), fmt.Sprintf("%.0f × %.0f GiB gp3", desired, gb), desired*gb*p.EBSgp3GBMonth)
		}
	}
	for _, name := range sortedNames(res["aws_instance"]) {
		i := res["aws_instance"][name]
		price, ok := p.EC2Hour[str(i, "instance_type")]
		if !ok {
			return e, fmt.Errorf("cost: no %s price for instance type %q (%s)", p.Region, str(i, "instance_type"), name)
		}
		add("Instance: "+instanceName(name), fmt.Sprintf("1 × %s", str(i, "instance_type")), price*HoursPerMonth)
		if gb := num(block(i, "root_block_device")["volume_size"]); gb > 0 {
			add("Instance root volume: "+instanceName(name), fmt.Sprintf("%.0f GiB gp3", gb), gb*p.EBSgp3GBMonth)
		}
	}
	for _, name := range sortedNames(res["aws_msk_cluster"]) {
		m := res["aws_msk_cluster"][name]
		brokers := num(m["number_of_broker_nodes"])
		info := block(m, "broker_node_group_info")
		typ := str(info, "instance_type")
		price, ok := p.MSKBrokerHour[typ]
		if !ok {
			return e, fmt.Errorf("cost: no %s price for MSK broker type %q", p.Region, typ)
		}
		add("MSK brokers", fmt.Sprintf("%.0f × %s, $%.4f/h", brokers, typ, price), brokers*price*HoursPerMonth)
		gb := num(block(block(info, "storage_info"), "ebs_storage_info")["volume_size"])
		add("MSK storage", fmt.Sprintf("%.0f × %.0f GB (autoscaling may grow it)", brokers, gb), brokers*gb*p.MSKStorageGBMonth)
	}
	if n := len(res["aws_nat_gateway"]); n > 0 {
		add("NAT gateways", fmt.Sprintf("%d × $%.3f/h", n, p.NATGatewayHour), float64(n)*p.NATGatewayHour*HoursPerMonth)
		add("NAT data processing", fmt.Sprintf("%.0f GB (assumed) × $%.3f", a.NATGBPerMonth, p.NATGatewayGB), a.NATGBPerMonth*p.NATGatewayGB)
	}
	if n := len(res["aws_eip"]); n > 0 {
		add("Public IPv4 addresses", fmt.Sprintf("%d × $%.3f/h", n, p.PublicIPv4Hour), float64(n)*p.PublicIPv4Hour*HoursPerMonth)
	}
	endpointAZs := 0
	for _, ep := range res["aws_vpc_endpoint"] {
		if str(ep, "vpc_endpoint_type") == "Interface" {
			endpointAZs += len(strs(ep["subnet_ids"]))
		}
	}
	if endpointAZs > 0 {
		add("Interface VPC endpoints", fmt.Sprintf("%d endpoint-AZs × $%.2f/h", endpointAZs, p.InterfaceEndpointAZHour), float64(endpointAZs)*p.InterfaceEndpointAZHour*HoursPerMonth)
		add("Interface endpoint data", fmt.Sprintf("%.0f GB (assumed) × $%.2f", a.EndpointGBPerMonth, p.InterfaceEndpointGB), a.EndpointGBPerMonth*p.InterfaceEndpointGB)
	}
	volumes := 0.0
	for _, name := range sortedNames(res["helm_release"]) {
		volumes += releaseVolumesGiB(strs(res["helm_release"][name]["values"]))
	}
	if volumes > 0 {
		add("In-cluster volumes (Prometheus, Alertmanager, Grafana, Loki, Kafka)", fmt.Sprintf("%.0f GiB gp3, from the Helm values", volumes), volumes*p.EBSgp3GBMonth)
	}
	if n := len(res["aws_kms_key"]); n > 0 {
		add("KMS keys", fmt.Sprintf("%d × $%.2f", n, p.KMSKeyMonth), float64(n)*p.KMSKeyMonth)
	}
	add("Load balancer (ALB)", fmt.Sprintf("%d × ($%.4f/h + %.0f LCU × $%.3f/h) (assumed)", a.LoadBalancers, p.ALBHour, a.LCUs, p.ALBLCUHour),
		float64(a.LoadBalancers)*(p.ALBHour+a.LCUs*p.ALBLCUHour)*HoursPerMonth)
	add("CloudWatch Logs", fmt.Sprintf("%.0f GB ingested + %.0f GB kept (assumed)", a.LogsGBPerMonth, a.LogsStoredGB), a.LogsGBPerMonth*p.LogsIngestGB+a.LogsStoredGB*p.LogsStorageGBMonth)
	add("S3 (Loki chunks, backups, assets)", fmt.Sprintf("%.0f GB standard (assumed)", a.S3GB), a.S3GB*p.S3StandardGBMonth)
	add("EBS snapshots (AWS Backup)", fmt.Sprintf("%.0f GB (assumed)", a.SnapshotGB), a.SnapshotGB*p.EBSSnapshotGBMonth)
	add("Cross-AZ traffic", fmt.Sprintf("%.0f GB (assumed) × $%.2f", a.CrossAZGBPerMonth, p.CrossAZGB), a.CrossAZGBPerMonth*p.CrossAZGB)
	add("Secrets Manager", fmt.Sprintf("%d secrets (assumed)", a.Secrets), float64(a.Secrets)*p.SecretMonth)
	return e, nil
}

// Markdown renders estimates as one table per environment plus totals.
func Markdown(estimates []Estimate, p Prices) string {
	var b strings.Builder
	for _, e := range estimates {
		fmt.Fprintf(&b, "**%s**: $%.2f/month\n\n| Component | Quantity | USD/month |\n| --- | --- | ---: |\n", e.Environment, e.Total())
		for _, l := range e.Lines {
			fmt.Fprintf(&b, "| %s | %s | %.2f |\n", l.Component, l.Detail, l.Monthly)
		}
		fmt.Fprintf(&b, "| **Total** | | **%.2f** |\n\n", e.Total())
	}
	fmt.Fprintf(&b, "Prices: %s list prices as of %s (%s). 730 hours a month. \"Assumed\" quantities are in cost/assumptions.go.\n", p.Region, p.AsOf, p.Source)
	return b.String()
}

// Text renders estimates for a terminal.
func Text(estimates []Estimate) string {
	var b strings.Builder
	for _, e := range estimates {
		fmt.Fprintf(&b, "%s\n", e.Environment)
		for _, l := range e.Lines {
			fmt.Fprintf(&b, "  %-36s %10.2f  %s\n", l.Component, l.Monthly, l.Detail)
		}
		fmt.Fprintf(&b, "  %-36s %10.2f  USD/month\n\n", "TOTAL", e.Total())
	}
	return b.String()
}

var ltRef = regexp.MustCompile(`\$\{aws_launch_template\.([^.]+)\.id\}`)

func rootVolumeGB(group map[string]any, templates map[string]map[string]any) float64 {
	m := ltRef.FindStringSubmatch(str(block(group, "launch_template"), "id"))
	if m == nil {
		return num(group["disk_size"])
	}
	for _, bd := range list(templates[m[1]]["block_device_mappings"]) {
		if gb := num(block(bd, "ebs")["volume_size"]); gb > 0 {
			return gb
		}
	}
	return 0
}

func instanceName(address string) string {
	if i := strings.Index(address, "_"); i > 0 {
		return address[:i]
	}
	return address
}

func sortedNames(m map[string]map[string]any) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func block(v any, key string) map[string]any {
	m, _ := v.(map[string]any)
	switch x := m[key].(type) {
	case map[string]any:
		return x
	case []any:
		if len(x) > 0 {
			b, _ := x[0].(map[string]any)
			return b
		}
	}
	return nil
}

func list(v any) []any { l, _ := v.([]any); return l }

func str(m map[string]any, key string) string { s, _ := m[key].(string); return s }

func num(v any) float64 { f, _ := v.(float64); return f }

func strs(v any) []string {
	var out []string
	for _, x := range list(v) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// EstimateAll estimates every environment with its default assumptions
// (DefaultAssumptions, or dev's for an environment it does not name).
func EstimateAll(envs []config.Environment, stacks []synthout.Stack, p Prices) ([]Estimate, error) {
	var out []Estimate
	for _, e := range envs {
		a, ok := DefaultAssumptions[e.Name]
		if !ok {
			a = DefaultAssumptions["dev"]
		}
		est, err := EstimateEnvironment(e.Name, stacks, p, a)
		if err != nil {
			return nil, err
		}
		out = append(out, est)
	}
	return out, nil
}
