// Package diagrams draws Mermaid diagrams from what the code knows: the
// component view from the synthesized stacks (constructs and the
// references between them), the network view from the subnet plan.
package diagrams

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/internal/synthout"
)

var refRE = regexp.MustCompile(`\$\{(aws_[a-z0-9_]+|helm_release|kubernetes_[a-z0-9_]+)\.([A-Za-z0-9_-]+)\.`)

// Components is a flowchart of every stack and the top-level constructs in
// it (with their resource counts), arrows where one construct's resources
// reference another's, and dotted arrows where a stack reads another's
// outputs.
func Components(stacks []synthout.Stack) string {
	var b strings.Builder
	b.WriteString("```mermaid\nflowchart LR\n")
	for _, s := range stacks {
		owner := map[string]string{} // resource name → top-level construct
		counts := map[string]int{}
		kinds := map[string]map[string]int{}
		res := s.Resources()
		for _, r := range res {
			top := strings.SplitN(r.ConstructPath(), "/", 2)[0]
			owner[r.Name] = top
			counts[top]++
			if kinds[top] == nil {
				kinds[top] = map[string]int{}
			}
			kinds[top][r.Type]++
		}
		sid := nodeID(s.Name)
		fmt.Fprintf(&b, "  subgraph %s[\"%s\"]\n", sid, s.Name)
		for _, top := range sortedKeys(counts) {
			fmt.Fprintf(&b, "    %s_%s[\"%s<br/>%d resources: %s\"]\n", sid, nodeID(top), top, counts[top], topKinds(kinds[top], 3))
		}
		b.WriteString("  end\n")
		edges := map[string]bool{}
		for _, r := range res {
			from := owner[r.Name]
			for _, m := range refRE.FindAllStringSubmatch(fmt.Sprint(r.Body), -1) {
				to, ok := owner[m[2]]
				if ok && to != from {
					edges[fmt.Sprintf("  %s_%s --> %s_%s\n", sid, nodeID(from), sid, nodeID(to))] = true
				}
			}
		}
		for _, e := range sortedKeys(edges) {
			b.WriteString(e)
		}
		data, _ := s.JSON["data"].(map[string]any)
		remote, _ := data["terraform_remote_state"].(map[string]any)
		for _, name := range sortedKeys(remote) {
			for _, other := range stacks {
				if strings.HasSuffix(name, other.Name) && other.Name != s.Name {
					fmt.Fprintf(&b, "  %s -. reads outputs .-> %s\n", sid, nodeID(other.Name))
				}
			}
		}
	}
	b.WriteString("```\n")
	return b.String()
}

// Network is a flowchart of one environment's VPC: the subnet plan per AZ,
// NAT gateways per the NAT mode, the gateway and interface endpoints.
func Network(e config.Environment) (string, error) {
	plan, err := e.Plan()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("```mermaid\nflowchart TB\n")
	fmt.Fprintf(&b, "  internet((Internet)) --- igw[Internet gateway]\n")
	fmt.Fprintf(&b, "  subgraph vpc[\"%s VPC %s\"]\n", e.Name, plan.VPC)
	for i, az := range e.AvailabilityZones {
		fmt.Fprintf(&b, "    subgraph az%d[\"%s\"]\n", i, az)
		for _, t := range config.Tiers {
			for _, s := range plan.Tier(t) {
				if s.AZ == az {
					fmt.Fprintf(&b, "      %s%d[\"%s %s\"]\n", nodeID(string(t)), i, t, s.CIDR)
				}
			}
		}
		if e.Network.NATMode == config.NATPerAZ || i == 0 {
			fmt.Fprintf(&b, "      nat%d{{NAT gateway}}\n", i)
		}
		b.WriteString("    end\n")
	}
	b.WriteString("    s3gw[/S3 gateway endpoint/]\n")
	if n := len(e.Network.InterfaceEndpoints); n > 0 {
		fmt.Fprintf(&b, "    vpce[/%d interface endpoints: %s/]\n", n, strings.Join(e.Network.InterfaceEndpoints, ", "))
	}
	b.WriteString("  end\n")
	for i := range e.AvailabilityZones {
		fmt.Fprintf(&b, "  igw --- public%d\n", i)
		nat := i
		if e.Network.NATMode != config.NATPerAZ {
			nat = 0
		}
		fmt.Fprintf(&b, "  private%d -- egress --> nat%d\n", i, nat)
		fmt.Fprintf(&b, "  private%d --> s3gw\n", i)
		if len(e.Network.InterfaceEndpoints) > 0 {
			fmt.Fprintf(&b, "  private%d --> vpce\n", i)
		}
		fmt.Fprintf(&b, "  private%d --- controlplane%d\n", i, i)
	}
	b.WriteString("```\n")
	return b.String(), nil
}

func topKinds(kinds map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range kinds {
		all = append(all, kv{strings.TrimPrefix(k, "aws_"), v})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v > all[j].v
		}
		return all[i].k < all[j].k
	})
	var parts []string
	for i, e := range all {
		if i == n {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, fmt.Sprintf("%d %s", e.v, e.k))
	}
	return strings.Join(parts, ", ")
}

func nodeID(s string) string {
	return strings.NewReplacer("-", "_", "/", "_", ".", "_", " ", "_").Replace(s)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
