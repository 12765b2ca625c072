package config

import (
	"fmt"
	"net/netip"
	"sort"
)

// Tier is one of the VPC's three subnet tiers.
type Tier string

const (
	// Public subnets hold load balancers and NAT gateways.
	Public Tier = "public"
	// Private subnets hold nodes, pods, brokers and the bastion.
	Private Tier = "private"
	// ControlPlane subnets hold only the EKS control plane's interfaces
	// (the "intra" tier: no route to the internet at all).
	ControlPlane Tier = "control-plane"
)

// Tiers lists the tiers in the order they are planned and documented.
var Tiers = []Tier{Public, Private, ControlPlane}

// Subnet is one planned subnet.
type Subnet struct {
	Tier Tier
	AZ   string
	CIDR netip.Prefix
}

// SubnetPlan is every subnet of a VPC, derived from its CIDR, sizes and AZs.
type SubnetPlan struct {
	VPC     netip.Prefix
	Subnets []Subnet // by tier (Tiers order), then AZ order
}

// Tier returns the plan's subnets of one tier, in AZ order.
func (p SubnetPlan) Tier(t Tier) []Subnet {
	var out []Subnet
	for _, s := range p.Subnets {
		if s.Tier == t {
			out = append(out, s)
		}
	}
	return out
}

// Free is the number of VPC addresses no subnet uses (kept for growth: a
// fourth AZ, secondary ranges).
func (p SubnetPlan) Free() uint64 {
	used := uint64(0)
	for _, s := range p.Subnets {
		used += addresses(s.CIDR)
	}
	return addresses(p.VPC) - used
}

// UsableIPs is how many addresses of a subnet AWS lets you use (it keeps
// the first four and the last).
func UsableIPs(p netip.Prefix) uint64 { return addresses(p) - 5 }

func addresses(p netip.Prefix) uint64 { return 1 << (32 - p.Bits()) }

// PlanSubnets lays out one subnet per tier per AZ inside vpc. Subnets are
// packed largest first, each aligned to its own size, so the plan is
// deterministic and never overlaps; an error says how big the VPC must be.
func PlanSubnets(vpc netip.Prefix, sizes SubnetSizes, azs []string) (SubnetPlan, error) {
	type want struct {
		tier Tier
		bits int
	}
	wants := []want{{Private, sizes.Private}, {Public, sizes.Public}, {ControlPlane, sizes.ControlPlane}}
	for _, w := range wants {
		if w.bits < 1 || w.bits > 28 {
			return SubnetPlan{}, fmt.Errorf("%s subnets /%d: a subnet must be /28 or larger", w.tier, w.bits)
		}
	}
	// Largest first keeps every block aligned without gaps.
	order := append([]want(nil), wants...)
	sort.SliceStable(order, func(i, j int) bool { return order[i].bits < order[j].bits })

	need := uint64(0)
	for _, w := range wants {
		need += uint64(len(azs)) << (32 - w.bits)
	}
	if need > addresses(vpc) {
		return SubnetPlan{}, fmt.Errorf("too small for the subnet plan (%d × /%d private, /%d public, /%d control-plane need a /%d or larger)",
			len(azs), sizes.Private, sizes.Public, sizes.ControlPlane, prefixFor(need))
	}

	byTier := map[Tier][]Subnet{}
	next := uint64(0) // offset from the VPC's first address
	base := ipToUint(vpc.Addr())
	for _, w := range order {
		size := uint64(1) << (32 - w.bits)
		for _, az := range azs {
			next = (next + size - 1) / size * size // align
			addr := uintToIP(uint32(base + next))
			byTier[w.tier] = append(byTier[w.tier], Subnet{Tier: w.tier, AZ: az, CIDR: netip.PrefixFrom(addr, w.bits)})
			next += size
		}
	}
	if next > addresses(vpc) {
		return SubnetPlan{}, fmt.Errorf("too small for the subnet plan once aligned (needs %d addresses, has %d)", next, addresses(vpc))
	}
	plan := SubnetPlan{VPC: vpc}
	for _, t := range Tiers {
		plan.Subnets = append(plan.Subnets, byTier[t]...)
	}
	return plan, nil
}

// prefixFor is the longest prefix holding n addresses.
func prefixFor(n uint64) int {
	bits := 32
	for bits > 0 && uint64(1)<<(32-bits) < n {
		bits--
	}
	return bits
}

func ipToUint(a netip.Addr) uint64 {
	b := a.As4()
	return uint64(b[0])<<24 | uint64(b[1])<<16 | uint64(b[2])<<8 | uint64(b[3])
}

func uintToIP(v uint32) netip.Addr {
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
}

// Overlaps reports whether two prefixes share any address.
func Overlaps(a, b netip.Prefix) bool { return a.Overlaps(b) }

// Plan returns the environment's subnet plan. It fails on a CIDR Validate
// would refuse; call Validate first for every problem at once.
func (e Environment) Plan() (SubnetPlan, error) {
	vpc, err := netip.ParsePrefix(e.Network.CIDR)
	if err != nil {
		return SubnetPlan{}, fmt.Errorf("network.cidr %q: not a valid IPv4 CIDR", e.Network.CIDR)
	}
	return PlanSubnets(vpc, e.Network.Subnets, e.AvailabilityZones)
}
