package docgen

import (
	"fmt"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/cost"
)

// costStrategies is the optimisation table of help/cost.md, every saving
// computed from the price table and the presets (dev first, prod last).
func costStrategies(envs []config.Environment, p cost.Prices) string {
	if len(envs) == 0 {
		return ""
	}
	dev, prod := envs[0], envs[len(envs)-1]
	h := cost.HoursPerMonth
	money := func(v float64) string { return fmt.Sprintf("$%.2f", v) }

	spot := "—"
	for _, g := range prod.EKS.NodeGroups {
		if g.CapacityType == config.Spot {
			od := float64(g.MinSize) * p.EC2Hour[g.InstanceTypes[0]] * h
			spot = fmt.Sprintf("spot assumed at %.0f %% of on-demand (`SpotFactor`). %s's %d × `%s` %s at their minimum: %s on-demand vs %s spot, **%s/month**",
				p.SpotFactor*100, prod.Name, g.MinSize, g.InstanceTypes[0], g.Name, money(od), money(od*p.SpotFactor), money(od*(1-p.SpotFactor)))
		}
	}
	nat := (p.NATGatewayHour + p.PublicIPv4Hour) * h
	azs := len(prod.AvailabilityZones)
	endpoint := p.InterfaceEndpointMonthly(azs)
	breakEven := endpoint / (p.NATGatewayGB - p.InterfaceEndpointGB)
	alb := p.ALBHour * h
	var system string
	for _, e := range envs {
		for _, g := range e.EKS.NodeGroups {
			if g.CapacityType == config.OnDemand {
				system += fmt.Sprintf("%d × `%s` in %s, ", g.MinSize, g.InstanceTypes[0], e.Name)
			}
		}
	}
	kafka := ""
	for _, e := range envs {
		if c, err := p.CompareKafka(e.Name, e.Kafka.BrokerCount, e.Kafka.BrokerInstanceType, e.Kafka.StorageGiB); err == nil {
			kafka += fmt.Sprintf("%s: MSK %s vs Strimzi %s; ", e.Name, money(c.MSKTotal()), money(c.StrimziTotal()))
		}
	}
	rows := [][]string{
		{"**Spot for the workers group**", spot, "a node can be reclaimed with two minutes' notice; only stateless, replicated pods with PDBs belong there; four or more instance types keep the group launchable", "on in both presets"},
		{"**One NAT gateway in dev** (`NATMode: single`)", fmt.Sprintf("a NAT gateway with its public IPv4 address is %s/month before traffic: one instead of %d saves **%s/month**", money(nat), azs, money(nat*float64(azs-1))),
			"losing that AZ cuts every private subnet's internet egress; acceptable in dev, refused in prod", dev.Name},
		{"**No interface endpoints in dev**", fmt.Sprintf("%s/month per endpoint across %d AZs: %s's %d cost %s/month ([network.md](network.md))", money(endpoint), azs, prod.Name, len(prod.Network.InterfaceEndpoints), money(endpoint*float64(len(prod.Network.InterfaceEndpoints)))),
			fmt.Sprintf("dev's AWS API calls go through the NAT at $%.3f/GB instead of $%.2f/GB", p.NATGatewayGB, p.InterfaceEndpointGB), dev.Name},
		{"**Interface endpoints in prod** for heavy AWS traffic", fmt.Sprintf("data through an endpoint costs $%.2f/GB instead of the NAT's $%.3f/GB: each endpoint pays for itself above about %.0f GB/month through it", p.InterfaceEndpointGB, p.NATGatewayGB, breakEven),
			"fixed hourly cost per endpoint", prod.Name},
		{"**S3 gateway endpoint**", fmt.Sprintf("free, and takes ECR image layers and Loki chunks off the NAT's $%.3f/GB", p.NATGatewayGB), "none", "always on"},
		{"**Strimzi instead of MSK**", kafka + "see the comparison above", "you operate Kafka (upgrades, disks, rebalancing); never on spot nodes", "`Kafka.Engine` per environment ([kafka.md](kafka.md))"},
		{"**One ALB per environment** (`ingress.groupName` shared by services)", fmt.Sprintf("an ALB is %s/month plus $%.2f per LCU-month; ten services on one ALB instead of ten saves **%s/month** before LCUs", money(alb), p.ALBLCUHour*h, money(9*alb)),
			"one listener's rules for all services; a misconfigured rule affects the group", "the chart's `groupName` ([services.md](services.md#ingress-through-the-alb))"},
		{"**Stay in standard support**", fmt.Sprintf("extended support is $%.2f/hour instead of $%.2f: **%s/month more per cluster**", p.EKSExtendedSupportHour, p.EKSClusterHour, money((p.EKSExtendedSupportHour-p.EKSClusterHour)*h)),
			"upgrade every Kubernetes minor version in time ([operations.md](operations.md#eks-version-upgrades))", "`upgrade_policy: STANDARD` ([cluster.md](cluster.md))"},
		{"**Karpenter consolidation and right-sizing**", fmt.Sprintf("every vCPU requested but unused is paid for: an idle `m6i.large` on-demand is %s/month", money(p.EC2Hour["m6i.large"]*h)),
			"consolidation moves pods (PDBs protect availability)", "Karpenter ([platform.md](platform.md)); VPA recommendations ([scaling.md](scaling.md#horizontal-and-vertical-scaling))"},
		{"**Scale dev down out of hours**", fmt.Sprintf("nodes run 168 hours a week; 60 working hours is %.0f %% fewer node-hours", (1-60.0/168)*100),
			"the control plane, NAT and endpoints still bill; first deploy of the morning waits for nodes", "a scheduled workflow scaling dev's workers and Karpenter limits to zero"},
		{"**Log volume, not only retention**", fmt.Sprintf("CloudWatch Logs ingestion is $%.2f/GB, storage $%.2f/GB-month; Loki on S3 stores at $%.3f/GB-month with no ingestion fee", p.LogsIngestGB, p.LogsStorageGBMonth, p.S3StandardGBMonth),
			"flow logs are the big CloudWatch producer: send them to S3, or log only REJECTs in dev", "retention per environment ([observability.md](observability.md))"},
		{"**Cross-AZ traffic**", fmt.Sprintf("$%.2f/GB between AZs (`CrossAZGB`)", p.CrossAZGB),
			"keep it low with topology-aware routing for chatty services and rack-aware Kafka consumers (fetch from the closest replica)", "per service"},
		{"**ECR and S3 lifecycle rules**", fmt.Sprintf("ECR storage $%.2f/GB-month: untagged images expire; S3 versions of Loki chunks and backups expire", p.ECRStorageGBMonth),
			"you cannot roll back to an expired image", "on ([registry-and-identity.md](registry-and-identity.md))"},
		{"**Savings Plans / reserved capacity** for the always-on part", "the on-demand system nodes (" + system + "at their minimum) and MSK brokers run 730 hours a month: a 1- or 3-year commitment lowers their rate (AWS publishes the discount per type and term)",
			"commitment; buy only for the floor you will certainly run", "after three months of stable usage"},
		{"**Graviton (arm64) instances**", "arm64 types are priced below their x86 equivalents per vCPU (`m7g.large` vs `m7i.large` in the price table: " + fmt.Sprintf("$%.4f vs $%.4f/hour", p.EC2Hour["m7g.large"], p.EC2Hour["m7i.large"]) + ")",
			"multi-arch images (buildx) and arm64-compatible dependencies", "not in the presets' instance lists yet"},
	}
	return table([]string{"Strategy", "Saves (from the price table)", "Trade-off", "Status"}, rows)
}
