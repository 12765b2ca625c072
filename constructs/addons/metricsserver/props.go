package metricsserver

import "github.com/keelson-dev/keelson/constructs/addons"

// Props configure metrics-server.
type Props struct {
	// Replicas of metrics-server. Default: 2 (HPAs stall while it is down).
	Replicas int
	// NodeSelector places it on the system nodes. Default: none.
	NodeSelector map[string]string
	// Chart overrides the pin. Default: addons.Charts.MetricsServer.
	Chart addons.Chart
}

func (p Props) withDefaults() Props {
	if p.Replicas == 0 {
		p.Replicas = 2
	}
	p.Chart = p.Chart.OrDefault(addons.Charts.MetricsServer)
	sel := map[string]string{}
	for k, v := range p.NodeSelector {
		sel[k] = v
	}
	p.NodeSelector = sel
	return p
}
