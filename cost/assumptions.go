package cost

// Assumptions are the usage figures a bill depends on but code cannot
// know. They are stated next to every estimate; change them to match what
// your services do.
type Assumptions struct {
	// NATGBPerMonth is traffic through the NAT gateways (image pulls not
	// served through the S3 gateway, third-party APIs).
	NATGBPerMonth float64
	// EndpointGBPerMonth is data through interface endpoints.
	EndpointGBPerMonth float64
	// LogsGBPerMonth is CloudWatch Logs ingestion (flow logs, control
	// plane, MSK broker logs); LogsStoredGB what retention keeps.
	LogsGBPerMonth, LogsStoredGB float64
	// LoadBalancers is how many ALBs the controller runs; LCUs their
	// average capacity units.
	LoadBalancers int
	LCUs          float64
	// ECRGB, S3GB are stored images and objects (Loki chunks, backups).
	ECRGB, S3GB float64
	// SnapshotGB is EBS snapshot storage kept by AWS Backup.
	SnapshotGB float64
	// CrossAZGBPerMonth is traffic between AZs (replication, service calls).
	CrossAZGBPerMonth float64
	// Secrets is the number of Secrets Manager secrets.
	Secrets int
}

// DefaultAssumptions are modest figures for a small team: dev is quiet,
// prod carries production traffic.
var DefaultAssumptions = map[string]Assumptions{
	"dev": {
		NATGBPerMonth: 100, EndpointGBPerMonth: 0, LogsGBPerMonth: 20, LogsStoredGB: 10,
		LoadBalancers: 1, LCUs: 1, ECRGB: 20, S3GB: 50, SnapshotGB: 50, CrossAZGBPerMonth: 100, Secrets: 10,
	},
	"prod": {
		NATGBPerMonth: 500, EndpointGBPerMonth: 200, LogsGBPerMonth: 100, LogsStoredGB: 300,
		LoadBalancers: 1, LCUs: 5, ECRGB: 20, S3GB: 500, SnapshotGB: 500, CrossAZGBPerMonth: 1000, Secrets: 20,
	},
}
