package config

import (
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"strings"
)

var (
	nameRE       = regexp.MustCompile(`^[a-z][a-z0-9-]{1,11}$`)
	projectRE    = regexp.MustCompile(`^[a-z][a-z0-9-]{1,19}$`)
	groupNameRE  = regexp.MustCompile(`^[a-z][a-z0-9-]{1,19}$`)
	accountRE    = regexp.MustCompile(`^[0-9]{12}$`)
	regionRE     = regexp.MustCompile(`^[a-z]{2}(-gov)?-[a-z]+-[0-9]$`)
	instanceRE   = regexp.MustCompile(`^[a-z][a-z0-9-]*\.[a-z0-9]+$`)
	principalRE  = regexp.MustCompile(`^arn:aws[a-z-]*:iam::[0-9]{12}:(role|user)/[\w+=,.@/-]+$`)
	bucketRE     = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)
	kmsAliasRE   = regexp.MustCompile(`^alias/[a-zA-Z0-9/_-]+$`)
	taintEffects = []string{"NO_SCHEDULE", "NO_EXECUTE", "PREFER_NO_SCHEDULE"}
	// RetentionDays values CloudWatch Logs accepts.
	retentionDays = []int{1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653}
	// Ranges EKS accepts for the service CIDR.
	serviceRanges = []netip.Prefix{
		netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("172.16.0.0/12"), netip.MustParsePrefix("192.168.0.0/16"),
	}
)

// Validate checks every field and returns all problems at once (a
// Problems value), or nil. Nothing here talks to AWS: values only known at
// deploy time (does this principal exist?) are not checked.
func (e Environment) Validate() error {
	name := e.Name
	if name == "" {
		name = "environment"
	}
	c := &problems{prefix: name}
	e.validateIdentity(c)
	vpc, vpcOK := e.validateNetwork(c)
	e.EKS.validate(c, e.Production, vpc, vpcOK)
	if !slices.Contains(retentionDays, e.Logs.RetentionDays) {
		c.add("logs.retentionDays", e.Logs.RetentionDays, "not a CloudWatch retention; use one of %v", retentionDays)
	}
	e.validateBackend(c)
	e.Observability.validate(c)
	e.Kafka.validate(c, e.Production, len(e.AvailabilityZones))
	e.Bastion.validate(c, e.EKS.Version)
	e.DataProtection.validate(c, e.Production)
	e.Deploy.validate(c, e.Production)
	e.Platform.validate(c)
	return c.err()
}

func (e Environment) validateIdentity(c *problems) {
	if !nameRE.MatchString(e.Name) {
		c.add("name", e.Name, "must be 2-12 lower-case letters, digits or dashes, starting with a letter")
	}
	if !projectRE.MatchString(e.Project) {
		c.add("project", e.Project, "must be 2-20 lower-case letters, digits or dashes, starting with a letter")
	}
	if !accountRE.MatchString(e.AccountID) {
		c.add("accountID", e.AccountID, "must be a 12-digit AWS account ID")
	}
	if !regionRE.MatchString(e.Region) {
		c.add("region", e.Region, "not an AWS region name (e.g. us-east-1)")
	}
	if len(e.AvailabilityZones) < 2 {
		reason := "EKS needs subnets in at least 2 availability zones; 3 is the default"
		if e.Production {
			reason = "production needs at least 2 availability zones (3 recommended) to survive losing one"
		}
		c.add("availabilityZones", e.AvailabilityZones, "%s", reason)
	}
	seen := map[string]bool{}
	for i, az := range e.AvailabilityZones {
		field := fmt.Sprintf("availabilityZones[%d]", i)
		switch {
		case !strings.HasPrefix(az, e.Region) || len(az) != len(e.Region)+1 || az[len(az)-1] < 'a' || az[len(az)-1] > 'z':
			c.add(field, az, "not a zone of region %q (e.g. %sa)", e.Region, e.Region)
		case seen[az]:
			c.add(field, az, "listed twice")
		}
		seen[az] = true
	}
	for k, v := range e.Tags {
		switch {
		case k == "" || len(k) > 128:
			c.add("tags", k, "tag keys must be 1-128 characters")
		case strings.HasPrefix(strings.ToLower(k), "aws:"):
			c.add("tags["+k+"]", k, "the aws: prefix is reserved by AWS")
		case len(v) > 256:
			c.add("tags["+k+"]", v, "tag values must be at most 256 characters")
		}
	}
}

// validateNetwork checks the VPC and returns its prefix when it parsed.
func (e Environment) validateNetwork(c *problems) (netip.Prefix, bool) {
	n := e.Network
	vpc, err := netip.ParsePrefix(n.CIDR)
	ok := false
	switch {
	case err != nil || !vpc.Addr().Is4():
		c.add("network.cidr", n.CIDR, "not a valid IPv4 CIDR")
	case vpc.Masked() != vpc:
		c.add("network.cidr", n.CIDR, "host bits are set; did you mean %s?", vpc.Masked())
	case vpc.Bits() < 16 || vpc.Bits() > 24:
		c.add("network.cidr", n.CIDR, "a VPC must be between /16 and /24 here")
	default:
		ok = true
	}
	sizes := map[string]int{"private": n.Subnets.Private, "public": n.Subnets.Public, "controlPlane": n.Subnets.ControlPlane}
	for _, field := range []string{"private", "public", "controlPlane"} {
		if b := sizes[field]; b < 16 || b > 28 {
			c.add("network.subnets."+field, b, "subnet prefix length must be 16-28 (a /28 is the smallest subnet AWS allows)")
			ok = false
		}
	}
	if ok && len(e.AvailabilityZones) > 0 {
		if _, err := PlanSubnets(vpc, n.Subnets, e.AvailabilityZones); err != nil {
			c.add("network.cidr", n.CIDR, "%v", err)
		}
	}
	switch n.NATMode {
	case NATPerAZ:
	case NATSingle:
		if e.Production {
			c.add("network.natMode", n.NATMode, "production needs a NAT gateway per AZ (%q), so losing one AZ cannot cut the others' egress", NATPerAZ)
		}
	default:
		c.add("network.natMode", n.NATMode, "must be %q or %q", NATPerAZ, NATSingle)
	}
	seen := map[string]bool{}
	for i, ep := range n.InterfaceEndpoints {
		field := fmt.Sprintf("network.interfaceEndpoints[%d]", i)
		switch {
		case ep == "s3":
			c.add(field, ep, "S3 is always reached through the free gateway endpoint; remove it here")
		case KnownInterfaceEndpoints[ep] == "":
			c.add(field, ep, "unknown endpoint service; known: %s", strings.Join(sortedKeys(KnownInterfaceEndpoints), ", "))
		case seen[ep]:
			c.add(field, ep, "listed twice")
		}
		seen[ep] = true
	}
	return vpc, ok
}

// Validate checks the cluster settings on their own (paths start at
// "eks."), for constructs used outside an Environment. The VPC overlap
// check needs the VPC and is left to Environment.Validate.
func (k EKS) Validate(production bool) error {
	c := &problems{}
	k.validate(c, production, netip.Prefix{}, false)
	return c.err()
}

func (k EKS) validate(c *problems, production bool, vpc netip.Prefix, vpcOK bool) {
	if _, known := KubernetesVersions[k.Version]; !known {
		c.add("eks.version", k.Version, "not a version Keelson pins add-ons for; use one of %s", strings.Join(sortedKeys(KubernetesVersions), ", "))
	}
	if k.PublicEndpoint && len(k.PublicAccessCIDRs) == 0 {
		c.add("eks.publicAccessCIDRs", k.PublicAccessCIDRs, "a public endpoint needs the CIDRs allowed to reach it (your office or VPN)")
	}
	if !k.PublicEndpoint && len(k.PublicAccessCIDRs) > 0 {
		c.add("eks.publicAccessCIDRs", k.PublicAccessCIDRs, "has no effect while eks.publicEndpoint is false; remove it")
	}
	for i, cidr := range k.PublicAccessCIDRs {
		field := fmt.Sprintf("eks.publicAccessCIDRs[%d]", i)
		p, err := netip.ParsePrefix(cidr)
		switch {
		case err != nil || !p.Addr().Is4():
			c.add(field, cidr, "not a valid IPv4 CIDR")
		case p.Masked() != p:
			c.add(field, cidr, "host bits are set; did you mean %s?", p.Masked())
		case p.Bits() == 0:
			c.add(field, cidr, "opens the Kubernetes API to the whole internet; list your office or VPN ranges")
		}
	}
	for i, arn := range k.AdminPrincipalARNs {
		if !principalRE.MatchString(arn) {
			c.add(fmt.Sprintf("eks.adminPrincipalARNs[%d]", i), arn, "not an IAM role or user ARN (arn:aws:iam::<account>:role/<name>)")
		}
	}
	svc, err := netip.ParsePrefix(k.ServiceCIDR)
	switch {
	case err != nil || !svc.Addr().Is4():
		c.add("eks.serviceCIDR", k.ServiceCIDR, "not a valid IPv4 CIDR")
	case svc.Bits() < 12 || svc.Bits() > 24:
		c.add("eks.serviceCIDR", k.ServiceCIDR, "EKS needs a service CIDR between /12 and /24")
	case !slices.ContainsFunc(serviceRanges, func(r netip.Prefix) bool { return r.Contains(svc.Addr()) }):
		c.add("eks.serviceCIDR", k.ServiceCIDR, "must be inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16")
	case vpcOK && svc.Overlaps(vpc):
		c.add("eks.serviceCIDR", k.ServiceCIDR, "overlaps the VPC %s; Service IPs would shadow pod and node IPs", vpc)
	}
	if production && !k.DeletionProtection {
		c.add("eks.deletionProtection", k.DeletionProtection, "production clusters must be protected from terraform destroy")
	}
	k.validateNodeGroups(c)
}

func (k EKS) validateNodeGroups(c *problems) {
	groups := k.NodeGroups
	if len(groups) == 0 {
		c.add("eks.nodeGroups", "[]", "needs at least one on-demand group for system add-ons")
		return
	}
	seen := map[string]bool{}
	onDemand := false
	for i, g := range groups {
		f := fmt.Sprintf("eks.nodeGroups[%d].", i)
		if !groupNameRE.MatchString(g.Name) {
			c.add(f+"name", g.Name, "must be 2-20 lower-case letters, digits or dashes, starting with a letter")
		} else if seen[g.Name] {
			c.add(f+"name", g.Name, "another node group has this name")
		}
		seen[g.Name] = true
		switch g.CapacityType {
		case OnDemand:
			onDemand = true
		case Spot:
			if len(g.InstanceTypes) < 4 {
				c.add(f+"instanceTypes", g.InstanceTypes, "a spot group needs at least 4 instance types so a reclaimed pool has somewhere to go")
			}
		default:
			c.add(f+"capacityType", g.CapacityType, "must be %q or %q", OnDemand, Spot)
		}
		if len(g.InstanceTypes) == 0 {
			c.add(f+"instanceTypes", "[]", "list at least one instance type")
		}
		for j, it := range g.InstanceTypes {
			if !instanceRE.MatchString(it) {
				c.add(fmt.Sprintf("%sinstanceTypes[%d]", f, j), it, "not an EC2 instance type (e.g. m6i.large)")
			}
		}
		if g.MinSize < 0 || g.MinSize > g.DesiredSize || g.DesiredSize > g.MaxSize || g.MaxSize < 1 {
			c.add(f+"minSize/desiredSize/maxSize", fmt.Sprintf("%d/%d/%d", g.MinSize, g.DesiredSize, g.MaxSize),
				"need 0 ≤ min ≤ desired ≤ max and max ≥ 1")
		}
		if g.DiskSizeGiB < 20 || g.DiskSizeGiB > 16384 {
			c.add(f+"diskSizeGiB", g.DiskSizeGiB, "must be 20-16384 GiB")
		}
		if g.MaxUnavailablePercent < 1 || g.MaxUnavailablePercent > 33 {
			c.add(f+"maxUnavailablePercent", g.MaxUnavailablePercent, "must be 1-33 so an update never takes down more than one AZ's share")
		}
		for j, t := range g.Taints {
			if t.Key == "" {
				c.add(fmt.Sprintf("%staints[%d].key", f, j), t.Key, "a taint needs a key")
			}
			if !slices.Contains(taintEffects, t.Effect) {
				c.add(fmt.Sprintf("%staints[%d].effect", f, j), t.Effect, "must be one of %s", strings.Join(taintEffects, ", "))
			}
		}
	}
	if !onDemand {
		c.add("eks.nodeGroups", len(groups), "needs at least one %s group: system add-ons must not run on reclaimable spot capacity", OnDemand)
	}
}

func (e Environment) validateBackend(c *problems) {
	b := e.Backend
	if !bucketRE.MatchString(b.Bucket) || strings.Contains(b.Bucket, "..") {
		c.add("backend.bucket", b.Bucket, "not a valid S3 bucket name (3-63 lower-case letters, digits, dots, dashes)")
	}
	if !regionRE.MatchString(b.Region) {
		c.add("backend.region", b.Region, "not an AWS region name (e.g. us-east-1)")
	}
	if b.KeyPrefix == "" || strings.HasPrefix(b.KeyPrefix, "/") || strings.HasSuffix(b.KeyPrefix, "/") {
		c.add("backend.keyPrefix", b.KeyPrefix, "must be a non-empty folder name without leading or trailing slashes")
	}
	if !kmsAliasRE.MatchString(b.KMSKeyAlias) {
		c.add("backend.kmsKeyAlias", b.KMSKeyAlias, "must look like alias/<name>")
	}
}

// ValidateAll validates each environment and what they must agree on:
// unique names, state keys that do not collide, and VPC CIDRs that do not
// overlap (so they can be peered or joined to a transit gateway later).
func ValidateAll(envs []Environment) error {
	var all Problems
	for _, e := range envs {
		if err := e.Validate(); err != nil {
			all = append(all, err.(Problems)...)
		}
	}
	for i, a := range envs {
		for _, b := range envs[i+1:] {
			if a.Name == b.Name {
				all = append(all, Problem{Path: b.Name + ".name", Value: b.Name, Reason: "two environments have this name"})
				continue
			}
			if a.Backend.Bucket == b.Backend.Bucket && a.Backend.KeyPrefix == b.Backend.KeyPrefix {
				all = append(all, Problem{Path: b.Name + ".backend.keyPrefix", Value: b.Backend.KeyPrefix,
					Reason: fmt.Sprintf("%s uses the same bucket and prefix; their state would collide", a.Name)})
			}
			pa, errA := netip.ParsePrefix(a.Network.CIDR)
			pb, errB := netip.ParsePrefix(b.Network.CIDR)
			if errA == nil && errB == nil && pa.Overlaps(pb) {
				all = append(all, Problem{Path: b.Name + ".network.cidr", Value: b.Network.CIDR,
					Reason: fmt.Sprintf("overlaps %s's VPC %s; give each environment its own range", a.Name, a.Network.CIDR)})
			}
		}
	}
	if len(all) == 0 {
		return nil
	}
	return all
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
