{{- define "tenancy.labels" -}}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: keelson
keelson.dev/tenancy: {{ .Release.Name }}
{{- end -}}
