package docgen

import (
	"fmt"
	"sort"
	"strings"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/cost"
	"github.com/keelson-dev/keelson/internal/diagrams"
	"github.com/keelson-dev/keelson/internal/synthout"
)

// Sections returns every generated section for the given environments.
// Each is derived from config (pure Go: no synth, no jsii).
func Sections(envs []config.Environment, prices cost.Prices) (map[string]string, error) {
	s := map[string]string{
		"network-summary":         networkSummary(envs, prices),
		"endpoint-prices":         endpointPrices(envs, prices),
		"node-groups":             nodeGroups(envs),
		"kubernetes-versions":     kubernetesVersions(),
		"cluster-summary":         clusterSummary(envs),
		"observability-retention": observabilityRetention(envs),
	}
	kafka, err := kafkaComparison(envs, prices)
	if err != nil {
		return nil, err
	}
	s["kafka-comparison"] = kafka
	s["cost-strategies"] = costStrategies(envs, prices)
	for _, e := range envs {
		plan, err := e.Plan()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.Name, err)
		}
		s["subnet-plan-"+e.Name] = subnetPlan(plan)
	}
	return s, nil
}

func subnetPlan(plan config.SubnetPlan) string {
	var rows [][]string
	for _, sn := range plan.Subnets {
		rows = append(rows, []string{string(sn.Tier), sn.AZ, "`" + sn.CIDR.String() + "`", fmt.Sprint(config.UsableIPs(sn.CIDR))})
	}
	return fmt.Sprintf("VPC `%s`: %d addresses, %d left unallocated for growth.\n\n", plan.VPC, 1<<(32-plan.VPC.Bits()), plan.Free()) +
		table([]string{"Tier", "AZ", "CIDR", "Usable IPs"}, rows)
}

func networkSummary(envs []config.Environment, p cost.Prices) string {
	var rows [][]string
	for _, e := range envs {
		nats := 1
		if e.Network.NATMode == config.NATPerAZ {
			nats = len(e.AvailabilityZones)
		}
		endpoints := "S3 gateway only"
		if n := len(e.Network.InterfaceEndpoints); n > 0 {
			endpoints = fmt.Sprintf("S3 gateway + %d interface (%s)", n, strings.Join(e.Network.InterfaceEndpoints, ", "))
		}
		natMonthly := float64(nats) * (p.NATGatewayHour + p.PublicIPv4Hour) * cost.HoursPerMonth
		epMonthly := float64(len(e.Network.InterfaceEndpoints)) * p.InterfaceEndpointMonthly(len(e.AvailabilityZones))
		rows = append(rows, []string{
			e.Name, "`" + e.Network.CIDR + "`", fmt.Sprint(len(e.AvailabilityZones)), string(e.Network.NATMode),
			fmt.Sprintf("%d ($%.2f/month before traffic)", nats, natMonthly), endpoints, fmt.Sprintf("$%.2f/month before traffic", epMonthly),
			fmt.Sprintf("%t, %d days", e.Network.FlowLogs, e.Logs.RetentionDays),
		})
	}
	return table([]string{"Environment", "VPC CIDR", "AZs", "NAT mode", "NAT gateways", "VPC endpoints", "Interface endpoint cost", "Flow logs, retention"}, rows) +
		fmt.Sprintf("\nPrices: %s list prices as of %s (%s): NAT gateway $%.3f/hour + $%.3f/GB processed, public IPv4 $%.3f/hour, interface endpoint $%.2f per AZ-hour + $%.2f/GB.\n",
			p.Region, p.AsOf, p.Source, p.NATGatewayHour, p.NATGatewayGB, p.PublicIPv4Hour, p.InterfaceEndpointAZHour, p.InterfaceEndpointGB)
}

func endpointPrices(envs []config.Environment, p cost.Prices) string {
	azs := 3
	if len(envs) > 0 {
		azs = len(envs[0].AvailabilityZones)
	}
	names := make([]string, 0, len(config.KnownInterfaceEndpoints))
	for n := range config.KnownInterfaceEndpoints {
		names = append(names, n)
	}
	sort.Strings(names)
	var rows [][]string
	for _, n := range names {
		var in []string
		for _, e := range envs {
			for _, ep := range e.Network.InterfaceEndpoints {
				if ep == n {
					in = append(in, e.Name)
				}
			}
		}
		used := "—"
		if len(in) > 0 {
			used = strings.Join(in, ", ")
		}
		rows = append(rows, []string{"`" + n + "`", config.KnownInterfaceEndpoints[n], used, fmt.Sprintf("$%.2f", p.InterfaceEndpointMonthly(azs))})
	}
	return table([]string{"Service", "What it carries", "On in", fmt.Sprintf("Monthly, %d AZs", azs)}, rows)
}

func nodeGroups(envs []config.Environment) string {
	var rows [][]string
	for _, e := range envs {
		for _, g := range e.EKS.NodeGroups {
			rows = append(rows, []string{e.Name, g.Name, string(g.CapacityType), strings.Join(g.InstanceTypes, ", "),
				fmt.Sprintf("%d / %d / %d", g.MinSize, g.DesiredSize, g.MaxSize), fmt.Sprintf("%d GiB gp3, encrypted", g.DiskSizeGiB),
				fmt.Sprintf("%d%%", g.MaxUnavailablePercent)})
		}
	}
	return table([]string{"Environment", "Group", "Capacity", "Instance types", "Min / desired / max", "Root volume", "Max unavailable in an update"}, rows)
}

func clusterSummary(envs []config.Environment) string {
	var rows [][]string
	for _, e := range envs {
		endpoint := "private only"
		if e.EKS.PublicEndpoint {
			endpoint = "private + public from " + strings.Join(e.EKS.PublicAccessCIDRs, ", ")
		}
		rows = append(rows, []string{e.Name, "`" + e.ClusterName() + "`", e.EKS.Version, endpoint, "`" + e.EKS.ServiceCIDR + "`",
			fmt.Sprint(e.EKS.DeletionProtection), fmt.Sprintf("%d days", e.Logs.RetentionDays)})
	}
	return table([]string{"Environment", "Cluster", "Kubernetes", "API endpoint", "Service CIDR", "Deletion protection", "Control-plane log retention"}, rows)
}

func kubernetesVersions() string {
	versions := make([]string, 0, len(config.KubernetesVersions))
	for v := range config.KubernetesVersions {
		versions = append(versions, v)
	}
	sort.Strings(versions)
	var rows [][]string
	for _, v := range versions {
		kv := config.KubernetesVersions[v]
		def := ""
		if v == config.DefaultKubernetesVersion {
			def = " (default)"
		}
		rows = append(rows, []string{v + def, kv.EndOfStandardSupport, "`" + kv.Addons.VPCCNI + "`", "`" + kv.Addons.KubeProxy + "`", "`" + kv.Addons.CoreDNS + "`", "`" + kv.Addons.EBSCSI + "`"})
	}
	return table([]string{"Kubernetes", "End of standard support", "vpc-cni", "kube-proxy", "coredns", "aws-ebs-csi-driver"}, rows)
}

// AllSections are Sections plus those drawn from synthesized stacks: the
// cost estimate and the component and network diagrams.
func AllSections(envs []config.Environment, stacks []synthout.Stack, prices cost.Prices) (map[string]string, error) {
	s, err := Sections(envs, prices)
	if err != nil {
		return nil, err
	}
	estimates, err := cost.EstimateAll(envs, stacks, prices)
	if err != nil {
		return nil, err
	}
	s["cost-estimate"] = cost.Markdown(estimates, prices)
	s["diagram-components"] = diagrams.Components(stacks)
	var net strings.Builder
	for _, e := range envs {
		d, err := diagrams.Network(e)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&net, "**%s**\n\n%s\n", e.Name, d)
	}
	s["diagram-network"] = net.String()
	return s, nil
}

func observabilityRetention(envs []config.Environment) string {
	var rows [][]string
	for _, e := range envs {
		o := e.Observability
		rows = append(rows, []string{e.Name,
			fmt.Sprintf("%d days, on a %d GiB gp3 volume × %d replica(s)", o.MetricsRetentionDays, o.PrometheusStorageGiB, o.Replicas),
			fmt.Sprintf("%d days in S3 (compactor deletes; bucket lifecycle at %d days as backstop)", o.LogRetentionDays, o.LogRetentionDays+1),
			fmt.Sprintf("%d days in CloudWatch Logs", e.Logs.RetentionDays),
		})
	}
	return table([]string{"Environment", "Metrics (Prometheus)", "Container logs (Loki)", "VPC flow logs, EKS control-plane logs"}, rows)
}

func kafkaComparison(envs []config.Environment, p cost.Prices) (string, error) {
	var rows [][]string
	for _, e := range envs {
		k := e.Kafka
		if k.BrokerInstanceType == "" {
			continue
		}
		c, err := p.CompareKafka(e.Name, k.BrokerCount, k.BrokerInstanceType, k.StorageGiB)
		if err != nil {
			return "", err
		}
		rows = append(rows, []string{e.Name, string(k.Engine), fmt.Sprintf("%d × %s, %d GiB each", c.Brokers, c.BrokerType, k.StorageGiB),
			fmt.Sprintf("$%.2f ($%.2f brokers + $%.2f storage)", c.MSKTotal(), c.MSKBrokers, c.MSKStorage),
			fmt.Sprintf("$%.2f ($%.2f %d × %s nodes + $%.2f gp3 + $%.2f KRaft controllers)", c.StrimziTotal(), c.StrimziNodes, c.Brokers, c.NodeType, c.StrimziStorage, c.StrimziControllers)})
	}
	return table([]string{"Environment", "Configured engine", "Brokers", "MSK, USD/month", "Strimzi on dedicated nodes, USD/month"}, rows) +
		"\nStrimzi is priced on dedicated on-demand nodes of the brokers' EC2 equivalent, gp3 volumes of the same size and three KRaft controllers on t3.small; running it on nodes you already have costs less, and your time operating it (upgrades, disks, rebalancing) is not in the table.\n", nil
}
