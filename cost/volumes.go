package cost

import (
	"encoding/json"
	"regexp"
	"strconv"
)

var (
	interpolationRE = regexp.MustCompile(`\$\{[^}]*\}`)
	gibRE           = regexp.MustCompile(`^(\d+)Gi$`)
)

// releaseVolumesGiB sums the persistent volumes a Helm release's values
// ask for: every "storage" or "size" of the form "<n>Gi", multiplied by
// the nearest enclosing "replicas". Terraform expressions in the values
// are read as null.
func releaseVolumesGiB(values []string) float64 {
	total := 0.0
	for _, v := range values {
		var decoded any
		if err := json.Unmarshal([]byte(interpolationRE.ReplaceAllString(v, "null")), &decoded); err != nil {
			continue // not JSON: a chart whose values Keelson did not write
		}
		total += walkVolumes(decoded, 1)
	}
	return total
}

func walkVolumes(v any, replicas float64) float64 {
	total := 0.0
	switch x := v.(type) {
	case map[string]any:
		if r, ok := x["replicas"].(float64); ok {
			replicas = r
		}
		for k, child := range x {
			if s, ok := child.(string); ok && (k == "storage" || k == "size") {
				if m := gibRE.FindStringSubmatch(s); m != nil {
					n, _ := strconv.ParseFloat(m[1], 64)
					total += n * replicas
				}
				continue
			}
			total += walkVolumes(child, replicas)
		}
	case []any:
		for _, child := range x {
			total += walkVolumes(child, replicas)
		}
	}
	return total
}
