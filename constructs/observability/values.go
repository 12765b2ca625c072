package observability

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// mskTargetsPlaceholder stands for a JSON list only Terraform can compute;
// mskTargets replaces it after encoding.
func mskTargetsPlaceholder(port int) string { return fmt.Sprintf("__msk_targets_%d__", port) }

// mskTargets is a Terraform expression: the IAM bootstrap brokers
// ("b-1...:9098,b-2...:9098") turned into a JSON list of host:port on the
// given port.
func mskTargets(brokers string, port int) string {
	return *cdktf.Fn_Jsonencode(cdktf.Fn_Split(jsii.String(","),
		cdktf.Fn_Replace(jsii.String(brokers), jsii.String(":9098"), jsii.String(fmt.Sprintf(":%d", port)))))
}

// The values below are plain Go maps encoded as JSON: Helm reads JSON as
// YAML, and the synthesized Terraform shows exactly what each chart gets.

func kubePrometheusStackValues(p Props, adminSecret string) map[string]any {
	volume := func(gib int) map[string]any {
		return map[string]any{"volumeClaimTemplate": map[string]any{"spec": map[string]any{
			"storageClassName": p.StorageClass, "accessModes": []string{"ReadWriteOnce"},
			"resources": map[string]any{"requests": map[string]any{"storage": fmt.Sprintf("%dGi", gib)}},
		}}}
	}
	prometheusSpec := map[string]any{
		"retention":     fmt.Sprintf("%dd", p.MetricsRetentionDays),
		"retentionSize": fmt.Sprintf("%dGB", p.PrometheusStorageGiB*85/100),
		"replicas":      p.Replicas,
		"storageSpec":   volume(p.PrometheusStorageGiB),
		// Select ServiceMonitors, PodMonitors and rules in every namespace,
		// whatever their labels: services bring their own (nestjs-service chart).
		"serviceMonitorSelectorNilUsesHelmValues": false,
		"podMonitorSelectorNilUsesHelmValues":     false,
		"ruleSelectorNilUsesHelmValues":           false,
		"probeSelectorNilUsesHelmValues":          false,
	}
	if p.Kafka == "msk" {
		// MSK open monitoring: the JMX exporter (11001) and node exporter
		// (11002) on every broker. The targets are the bootstrap brokers
		// with those ports, computed by Terraform (see mskTargets).
		prometheusSpec["additionalScrapeConfigs"] = []map[string]any{
			{"job_name": "msk-jmx", "static_configs": []map[string]any{{"targets": mskTargetsPlaceholder(11001)}}},
			{"job_name": "msk-node", "static_configs": []map[string]any{{"targets": mskTargetsPlaceholder(11002)}}},
		}
	}
	return map[string]any{
		"fullnameOverride": "kps",
		"prometheus":       map[string]any{"prometheusSpec": prometheusSpec},
		"alertmanager": map[string]any{"alertmanagerSpec": map[string]any{
			"replicas": p.Replicas, "storage": volume(10),
		}},
		"grafana": map[string]any{
			"admin": map[string]any{"existingSecret": adminSecret, "userKey": "admin-user", "passwordKey": "admin-password"},
			// Reached through a port-forward or the bastion; never public.
			"service":     map[string]any{"type": "ClusterIP"},
			"persistence": map[string]any{"enabled": true, "storageClassName": p.StorageClass, "size": "10Gi"},
			"sidecar": map[string]any{"dashboards": map[string]any{
				"enabled": true, "label": "grafana_dashboard", "labelValue": "1",
				"folderAnnotation": "grafana_folder", "searchNamespace": "ALL",
				"provider": map[string]any{"foldersFromFilesStructure": true},
			}},
			"additionalDataSources": []map[string]any{{
				"name": "Loki", "type": "loki", "access": "proxy",
				"url": fmt.Sprintf("http://loki-gateway.%s.svc.cluster.local", p.Namespace),
			}},
		},
		// Keelson's own alerts cover these three; keep one notification each.
		"defaultRules": map[string]any{"disabled": map[string]bool{
			"KubePodCrashLooping": true, "KubeNodeNotReady": true, "KubePersistentVolumeFillingUp": true,
		}},
	}
}

func lokiValues(p Props) map[string]any {
	return map[string]any{
		"deploymentMode": "SingleBinary",
		"serviceAccount": map[string]any{
			"name":        LokiServiceAccount,
			"annotations": map[string]string{"eks.amazonaws.com/role-arn": p.LokiRoleARN},
		},
		"loki": map[string]any{
			"auth_enabled": false,
			"schemaConfig": map[string]any{"configs": []map[string]any{{
				"from": "2025-01-01", "store": "tsdb", "object_store": "s3", "schema": "v13",
				"index": map[string]any{"prefix": "loki_index_", "period": "24h"},
			}}},
			"storage": map[string]any{
				"type":        "s3",
				"bucketNames": map[string]string{"chunks": p.LogsBucket, "ruler": p.LogsBucket, "admin": p.LogsBucket},
				"s3":          map[string]any{"region": p.Region},
			},
			// The compactor deletes chunks older than the retention period.
			"compactor": map[string]any{
				"retention_enabled": true, "delete_request_store": "s3", "working_directory": "/var/loki/compactor",
			},
			"limits_config": map[string]any{"retention_period": fmt.Sprintf("%dh", p.LogRetentionDays*24)},
		},
		"singleBinary": map[string]any{"replicas": 1, "persistence": map[string]any{"storageClass": p.StorageClass, "size": "20Gi"}},
		"read":         map[string]any{"replicas": 0},
		"write":        map[string]any{"replicas": 0},
		"backend":      map[string]any{"replicas": 0},
		"chunksCache":  map[string]any{"enabled": false},
		"resultsCache": map[string]any{"enabled": false},
		"monitoring":   map[string]any{"serviceMonitor": map[string]any{"enabled": true}},
	}
}

func fluentBitValues(p Props) map[string]any {
	return map[string]any{
		"serviceMonitor": map[string]any{"enabled": true},
		"config": map[string]any{
			"inputs": `[INPUT]
    Name tail
    Path /var/log/containers/*.log
    multiline.parser docker, cri
    Tag kube.*
    Mem_Buf_Limit 10MB
    Skip_Long_Lines On
`,
			"filters": `[FILTER]
    Name kubernetes
    Match kube.*
    Merge_Log On
    Keep_Log Off
    K8S-Logging.Parser On
    K8S-Logging.Exclude On
`,
			"outputs": fmt.Sprintf(`[OUTPUT]
    Name loki
    Match kube.*
    Host loki-gateway.%s.svc.cluster.local
    Port 80
    Labels job=fluent-bit, environment=%s
    Label_Keys $kubernetes['namespace_name'],$kubernetes['pod_name'],$kubernetes['container_name']
    Remove_Keys kubernetes,stream
    Line_Format json
`, p.Namespace, p.Environment),
		},
	}
}

func kafkaExporterValues(p Props) map[string]any {
	return map[string]any{
		// The chart's ServiceAccount takes no annotations; the IRSA-annotated
		// one comes from the keelson-observability chart (serviceAccounts).
		"serviceAccount": map[string]any{"create": false, "name": ExporterServiceAccount},
		"rbac":           map[string]any{"create": true, "pspEnabled": false},
		"image":          map[string]any{"tag": KafkaExporterImageTag},
		"kafkaServer":    []string{p.KafkaBrokers},
		// MSK IAM auth (kafka_exporter --sasl.mechanism=awsiam): TLS on 9098,
		// credentials from the IRSA role.
		"extraArgs": []string{
			"--tls.enabled", "--sasl.enabled", "--sasl.mechanism=awsiam", "--sasl.aws-region=" + p.Region,
		},
		"prometheus": map[string]any{"serviceMonitor": map[string]any{"enabled": true}},
	}
}
