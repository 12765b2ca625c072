{{/* Chart name, truncated to the 63 characters of a DNS label. */}}
{{- define "nestjs-service.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Full name: release name, or release-chart when the release name does not contain the chart name. */}}
{{- define "nestjs-service.fullname" -}}
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

{{- define "nestjs-service.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels: stable for the life of the release (Deployment selectors are immutable). */}}
{{- define "nestjs-service.selectorLabels" -}}
app.kubernetes.io/name: {{ include "nestjs-service.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Labels on every object and every pod: the dashboards' contract (name, instance, part-of). */}}
{{- define "nestjs-service.labels" -}}
helm.sh/chart: {{ include "nestjs-service.chart" . }}
{{ include "nestjs-service.selectorLabels" . }}
app.kubernetes.io/part-of: {{ .Values.partOf | quote }}
app.kubernetes.io/version: {{ include "nestjs-service.version" . | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* Version label: the image tag, else the first 12 hex digits of the digest. */}}
{{- define "nestjs-service.version" -}}
{{- if .Values.image.tag -}}
{{- .Values.image.tag | trunc 63 | trimSuffix "-" -}}
{{- else if .Values.image.digest -}}
{{- .Values.image.digest | trimPrefix "sha256:" | trunc 12 -}}
{{- end -}}
{{- end -}}

{{- define "nestjs-service.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "nestjs-service.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Image reference: repository@digest when a digest is set (prod), else repository:tag. */}}
{{- define "nestjs-service.image" -}}
{{- $img := .Values.image -}}
{{- if $img.digest -}}
{{- printf "%s@%s" $img.repository $img.digest -}}
{{- else if $img.tag -}}
{{- if eq (lower $img.tag) "latest" -}}
{{- fail "image.tag \"latest\" is refused: deploy an immutable tag (the git SHA) or image.digest" -}}
{{- end -}}
{{- printf "%s:%s" $img.repository $img.tag -}}
{{- else -}}
{{- fail "image: set image.digest (sha256:..., preferred) or image.tag (the git SHA); neither is set" -}}
{{- end -}}
{{- end -}}

{{/* Port the Prometheus endpoint is served on (metrics.port, or containerPort when 0). */}}
{{- define "nestjs-service.metricsPort" -}}
{{- if gt (int .Values.metrics.port) 0 -}}{{ int .Values.metrics.port }}{{- else -}}{{ int .Values.containerPort }}{{- end -}}
{{- end -}}

{{/* Whether metrics have their own container port. */}}
{{- define "nestjs-service.separateMetricsPort" -}}
{{- if and .Values.metrics.enabled (gt (int .Values.metrics.port) 0) (ne (int .Values.metrics.port) (int .Values.containerPort)) -}}true{{- end -}}
{{- end -}}

{{/* Name of the Service port the ServiceMonitor scrapes. */}}
{{- define "nestjs-service.metricsPortName" -}}
{{- if include "nestjs-service.separateMetricsPort" . -}}metrics{{- else -}}http{{- end -}}
{{- end -}}

{{/* Name of the Secret written by the ExternalSecret. */}}
{{- define "nestjs-service.secretName" -}}
{{- printf "%s-secrets" (include "nestjs-service.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Topic the KEDA trigger measures. */}}
{{- define "nestjs-service.kedaTopic" -}}
{{- if .Values.keda.topic -}}{{ .Values.keda.topic }}{{- else if .Values.kafka.topics -}}{{ first .Values.kafka.topics }}{{- end -}}
{{- end -}}
