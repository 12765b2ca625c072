// Package cost estimates the monthly AWS cost of an environment from a
// dated, sourced price table for one region.
package cost

// HoursPerMonth is the month AWS pricing pages use: 730 hours.
const HoursPerMonth = 730.0

// Prices are on-demand list prices in USD for one region. Every figure is
// from the AWS pricing pages on AsOf; update them together and say so in
// the commit.
type Prices struct {
	Region string
	AsOf   string
	Source string

	// InterfaceEndpointAZHour is one interface VPC endpoint in one AZ.
	InterfaceEndpointAZHour float64
	// InterfaceEndpointGB is data processed by interface endpoints.
	InterfaceEndpointGB float64
	// NATGatewayHour and NATGatewayGB are per NAT gateway and per GB it
	// processes.
	NATGatewayHour, NATGatewayGB float64
	// PublicIPv4Hour is every public IPv4 address (the NAT gateways' EIPs).
	PublicIPv4Hour float64
}

// USEast1 is the price table Keelson's docs and estimates use.
var USEast1 = Prices{
	Region:                  "us-east-1",
	AsOf:                    "2025-06-01",
	Source:                  "https://aws.amazon.com/vpc/pricing/ ; https://aws.amazon.com/privatelink/pricing/",
	InterfaceEndpointAZHour: 0.01,
	InterfaceEndpointGB:     0.01,
	NATGatewayHour:          0.045,
	NATGatewayGB:            0.045,
	PublicIPv4Hour:          0.005,
}

// InterfaceEndpointMonthly is one interface endpoint across azs AZs for a
// month, before data processing.
func (p Prices) InterfaceEndpointMonthly(azs int) float64 {
	return p.InterfaceEndpointAZHour * float64(azs) * HoursPerMonth
}
