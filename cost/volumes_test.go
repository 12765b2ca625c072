package cost

import "testing"

func TestReleaseVolumesMultiplyByReplicas(t *testing.T) {
	values := []string{`{"prometheus":{"prometheusSpec":{"replicas":2,"storageSpec":{"volumeClaimTemplate":{"spec":{"resources":{"requests":{"storage":"100Gi"}}}}},
		"additionalScrapeConfigs":[{"static_configs":[{"targets":${jsonencode(split(",", x))}}]}]}},
		"alertmanager":{"alertmanagerSpec":{"replicas":2,"storage":{"x":{"storage":"10Gi"}}}},
		"grafana":{"persistence":{"size":"10Gi"}},"read":{"replicas":0}}`}
	if got, want := releaseVolumesGiB(values), 2*100.0+2*10+10; got != want {
		t.Fatalf("volumes = %v GiB, want %v", got, want)
	}
	if got := releaseVolumesGiB([]string{"not: json"}); got != 0 {
		t.Fatalf("non-JSON values count %v GiB, want 0", got)
	}
}
