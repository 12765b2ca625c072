{{/* Chart name, truncated to the 63 characters of a DNS label. */}}
{{- define "keelson-observability.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Full name: release name, or release-chart when the release name does not contain the chart name. */}}
{{- define "keelson-observability.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "keelson-observability.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels on every object. */}}
{{- define "keelson-observability.labels" -}}
helm.sh/chart: {{ include "keelson-observability.chart" . }}
app.kubernetes.io/name: {{ include "keelson-observability.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: keelson
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
Name of a dashboard's ConfigMap: <fullname>-<dashboard file name without .json>, with the
fullname shortened first so the dashboard part (which makes names unique) is never cut and the
whole stays within 63 characters. Call with (list $ "kafka-lag").
*/}}
{{- define "keelson-observability.dashboardName" -}}
{{- $root := index . 0 -}}
{{- $base := index . 1 -}}
{{- $room := sub 62 (len $base) | int -}}
{{- $prefix := include "keelson-observability.fullname" $root | trunc $room | trimSuffix "-" -}}
{{- printf "%s-%s" $prefix $base -}}
{{- end -}}

{{/* Full runbook address for an alert: <alerts.runbookBaseURL>/<alert>.md */}}
{{- define "keelson-observability.runbook" -}}
{{- $root := index . 0 -}}
{{- $alert := index . 1 -}}
{{- printf "%s/%s.md" (trimSuffix "/" $root.Values.alerts.runbookBaseURL) $alert -}}
{{- end -}}
