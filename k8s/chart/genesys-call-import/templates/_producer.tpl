{{/*
A tenant's effective producer settings: the tenant's own entries over producer.* defaults.
Usage: (dict "root" $ "tenant" $tenant); yields YAML, read back with fromYaml.
*/}}
{{- define "genesys-call-import.producer.tenantValues" -}}
{{- $p := .root.Values.producer -}}
{{- $t := .tenant -}}
replicaCount: {{ hasKey $t "replicaCount" | ternary $t.replicaCount $p.replicaCount }}
reconciliation:
  {{- merge (deepCopy (default dict $t.reconciliation)) $p.reconciliation | toYaml | nindent 2 }}
adminApi:
  existingSecret: {{ dig "adminApi" "existingSecret" "" $t | default $p.adminApi.existingSecret | quote }}
  secretKeys:
    token: {{ dig "adminApi" "secretKeys" "token" "" $t | default $p.adminApi.secretKeys.token | quote }}
resources:
  {{- default $p.resources $t.resources | toYaml | nindent 2 }}
nodeSelector:
  {{- default $p.nodeSelector $t.nodeSelector | toYaml | nindent 2 }}
podAnnotations:
  {{- merge (deepCopy (default dict $t.podAnnotations)) $p.podAnnotations | toYaml | nindent 2 }}
extraEnvVars:
  {{- concat $p.extraEnvVars (default list $t.extraEnvVars) | toYaml | nindent 2 }}
{{- end -}}

{{/* Data of a tenant's producer ConfigMap (also hashed into checksum/config). Usage: (dict "root" $ "tenant" $tenant) */}}
{{- define "genesys-call-import.producer.configData" -}}
{{- $values := include "genesys-call-import.producer.tenantValues" . | fromYaml -}}
TENANT_ID: {{ .tenant.id | quote }}
RECONCILIATION_CRON: {{ required "a reconciliation cron is required" $values.reconciliation.cron | quote }}
RECONCILIATION_ZONE: {{ required "a reconciliation zone is required" $values.reconciliation.zone | quote }}
SERVER_PORT: {{ .root.Values.producer.containerPorts.http | quote }}
MANAGEMENT_SERVER_PORT: {{ .root.Values.producer.containerPorts.management | quote }}
{{- end -}}
