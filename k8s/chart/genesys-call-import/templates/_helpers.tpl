{{/*
Names. Every define is namespaced with the chart name so that a parent chart cannot clash with it.
*/}}
{{- define "genesys-call-import.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "genesys-call-import.fullname" -}}
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

{{- define "genesys-call-import.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Name of one tenant's producer resources. Usage: (dict "root" $ "tenant" $tenant) */}}
{{- define "genesys-call-import.producer.fullname" -}}
{{- /* The prefix gives way so that the tenant id (at most 30 characters) always stays whole. */ -}}
{{- $prefix := include "genesys-call-import.fullname" .root | trunc (int (sub 53 (len (toString .tenant.id)))) | trimSuffix "-" -}}
{{- printf "%s-producer-%s" $prefix .tenant.id -}}
{{- end -}}

{{- define "genesys-call-import.consumer.fullname" -}}
{{- printf "%s-consumer" (include "genesys-call-import.fullname" . | trunc 54 | trimSuffix "-") -}}
{{- end -}}

{{- define "genesys-call-import.installationApi.fullname" -}}
{{- printf "%s-installation-api" (include "genesys-call-import.fullname" . | trunc 46 | trimSuffix "-") -}}
{{- end -}}

{{- define "genesys-call-import.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "genesys-call-import.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/*
Labels. Usage of the component variants: (dict "root" $ "component" "producer" "tenant" "acme"), tenant optional.
*/}}
{{- define "genesys-call-import.selectorLabels" -}}
app.kubernetes.io/name: {{ include "genesys-call-import.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "genesys-call-import.labels" -}}
{{ include "genesys-call-import.selectorLabels" . }}
helm.sh/chart: {{ include "genesys-call-import.chart" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: genesys-call-import
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "genesys-call-import.componentSelectorLabels" -}}
{{ include "genesys-call-import.selectorLabels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- with .tenant }}
callimport.io/tenant: {{ . }}
{{- end }}
{{- end -}}

{{- define "genesys-call-import.componentLabels" -}}
{{ include "genesys-call-import.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- with .tenant }}
callimport.io/tenant: {{ . }}
{{- end }}
{{- end -}}

{{/* metadata.annotations from commonAnnotations, or nothing. Include right after the labels, without nindent. */}}
{{- define "genesys-call-import.annotations" -}}
{{- with .Values.commonAnnotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
{{- end }}
{{- end -}}

{{/* Image reference (registry: global.imageRegistry, else image.registry); a digest wins over the tag, and a tag is always required. Usage: (dict "root" $ "image" .Values.producer.image) */}}
{{- define "genesys-call-import.image" -}}
{{- $repository := .image.repository -}}
{{- /* global.imageRegistry (set by a parent chart or a platform) wins over the chart's own image.registry. */ -}}
{{- $registry := default .root.Values.image.registry (dig "imageRegistry" "" (default dict .root.Values.global)) -}}
{{- with $registry }}{{ $repository = printf "%s/%s" . $repository }}{{ end -}}
{{- if .image.digest -}}
{{- printf "%s@%s" $repository .image.digest -}}
{{- else -}}
{{- $tag := required (printf "an image tag is required for %s" .image.repository) .image.tag | toString -}}
{{- if eq $tag "latest" }}{{ fail (printf "image %s: pin a version instead of the tag 'latest'" .image.repository) }}{{ end -}}
{{- printf "%s:%s" $repository $tag -}}
{{- end -}}
{{- end -}}

{{/* Secret name of a credentials block: its own existingSecret, else credentials.existingSecret, else <fullname>-credentials. Usage: (dict "root" $ "block" .Values.database) */}}
{{- define "genesys-call-import.secretName" -}}
{{- $default := default (printf "%s-credentials" (include "genesys-call-import.fullname" .root)) .root.Values.credentials.existingSecret -}}
{{- default $default .block.existingSecret -}}
{{- end -}}

{{/* One env entry read from a Secret. Usage: (dict "name" "X" "secret" "s" "key" "k") */}}
{{- define "genesys-call-import.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: {{ required (printf "a Secret key is required for %s" .name) .key }}
{{- end -}}

{{/* The database password and the settings encryption key: every service's secrets (the installation API's too). */}}
{{- define "genesys-call-import.databaseSecretEnv" -}}
{{ include "genesys-call-import.secretEnv" (dict "name" "SPRING_DATASOURCE_PASSWORD" "secret" (include "genesys-call-import.secretName" (dict "root" . "block" .Values.database)) "key" .Values.database.secretKeys.password) }}
{{- end -}}

{{- define "genesys-call-import.settingsKeySecretEnv" -}}
{{ include "genesys-call-import.secretEnv" (dict "name" "SETTINGS_ENCRYPTION_KEY" "secret" (include "genesys-call-import.secretName" (dict "root" . "block" .Values.settingsEncryption)) "key" .Values.settingsEncryption.secretKeys.key) }}
{{- end -}}

{{/* The secret environment the producer and the consumer share: database, broker, settings encryption key. */}}
{{- define "genesys-call-import.sharedSecretEnv" -}}
{{ include "genesys-call-import.databaseSecretEnv" . }}
{{ include "genesys-call-import.secretEnv" (dict "name" "SPRING_RABBITMQ_PASSWORD" "secret" (include "genesys-call-import.secretName" (dict "root" . "block" .Values.rabbitmq)) "key" .Values.rabbitmq.secretKeys.password) }}
{{ include "genesys-call-import.settingsKeySecretEnv" . }}
{{- end -}}

{{/* Database URL and user, and the Genesys host overrides (only when set): every service's configuration. */}}
{{- define "genesys-call-import.database.configData" -}}
SPRING_DATASOURCE_URL: {{ required "database.url is required" .Values.database.url | quote }}
SPRING_DATASOURCE_USERNAME: {{ required "database.username is required" .Values.database.username | quote }}
{{- end -}}

{{- define "genesys-call-import.genesys.configData" -}}
{{- with .Values.genesys.apiBaseUrl }}
GENESYS_API_BASE_URL: {{ . | quote }}
{{- end }}
{{- with .Values.genesys.loginBaseUrl }}
GENESYS_LOGIN_BASE_URL: {{ . | quote }}
{{- end }}
{{- end -}}

{{/* Data of the ConfigMap the producer and the consumer share (also hashed into checksum/config). */}}
{{- define "genesys-call-import.common.configData" -}}
{{ include "genesys-call-import.database.configData" . }}
SPRING_RABBITMQ_HOST: {{ required "rabbitmq.host is required" .Values.rabbitmq.host | quote }}
SPRING_RABBITMQ_PORT: {{ .Values.rabbitmq.port | quote }}
SPRING_RABBITMQ_USERNAME: {{ required "rabbitmq.username is required" .Values.rabbitmq.username | quote }}
SPRING_RABBITMQ_VIRTUAL_HOST: {{ .Values.rabbitmq.virtualHost | quote }}
{{- include "genesys-call-import.genesys.configData" . }}
{{- end -}}

{{/* An HTTP probe on the named management port, or the custom one. Usage: (dict "probe" .livenessProbe "custom" .customLivenessProbe "path" "/actuator/health/liveness") */}}
{{- define "genesys-call-import.probe" -}}
{{- if .custom -}}
{{ toYaml .custom }}
{{- else -}}
httpGet:
  path: {{ .path }}
  port: management
{{ omit .probe "enabled" | toYaml }}
{{- end -}}
{{- end -}}

{{/* All three probes of a container. Usage: (dict "values" .Values.producer "indent" 10) */}}
{{- define "genesys-call-import.probes" -}}
{{- $v := .values -}}
{{- if or $v.customLivenessProbe $v.livenessProbe.enabled }}
livenessProbe:
  {{- include "genesys-call-import.probe" (dict "probe" $v.livenessProbe "custom" $v.customLivenessProbe "path" "/actuator/health/liveness") | nindent 2 }}
{{- end }}
{{- if or $v.customReadinessProbe $v.readinessProbe.enabled }}
readinessProbe:
  {{- include "genesys-call-import.probe" (dict "probe" $v.readinessProbe "custom" $v.customReadinessProbe "path" "/actuator/health/readiness") | nindent 2 }}
{{- end }}
{{- if or $v.customStartupProbe $v.startupProbe.enabled }}
startupProbe:
  {{- include "genesys-call-import.probe" (dict "probe" $v.startupProbe "custom" $v.customStartupProbe "path" "/actuator/health/liveness") | nindent 2 }}
{{- end }}
{{- end -}}

{{/* securityContext blocks without the chart's own `enabled` switch. Usage: (dict "context" .Values.producer.podSecurityContext) */}}
{{- define "genesys-call-import.securityContext" -}}
{{- if .context.enabled -}}
securityContext:
  {{- omit .context "enabled" | toYaml | nindent 2 }}
{{- end -}}
{{- end -}}

{{/* Prefer spreading the pods of one selector over nodes. Usage: (dict "root" $ "component" "producer" "tenant" "acme") */}}
{{- define "genesys-call-import.softAntiAffinity" -}}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "genesys-call-import.componentSelectorLabels" . | nindent 12 }}
{{- end -}}

{{/* Ports and volumes every container shares. Usage: (dict "ports" .Values.producer.containerPorts) */}}
{{- define "genesys-call-import.containerPorts" -}}
ports:
  - name: http
    containerPort: {{ .ports.http }}
    protocol: TCP
  - name: management
    containerPort: {{ .ports.management }}
    protocol: TCP
{{- end -}}

{{/* Fails on tenant ids listed twice (each becomes Deployment names and a TENANT_ID), and on
two tenants reading their admin token from one Secret key: one token would open both. */}}
{{- define "genesys-call-import.validateTenants" -}}
{{- $root := . -}}
{{- $seen := dict -}}
{{- $tokens := dict -}}
{{- range .Values.producer.tenants -}}
{{- $id := required "every entry of producer.tenants needs an id" .id | toString -}}
{{- if hasKey $seen $id }}{{ fail (printf "producer.tenants: tenant %q is listed twice" $id) }}{{ end -}}
{{- $_ := set $seen $id true -}}
{{- $values := include "genesys-call-import.producer.tenantValues" (dict "root" $root "tenant" .) | fromYaml -}}
{{- $token := printf "%s / %s" (include "genesys-call-import.secretName" (dict "root" $root "block" $values.adminApi)) $values.adminApi.secretKeys.token -}}
{{- if hasKey $tokens $token }}{{ fail (printf "producer.tenants: tenants %q and %q read their admin API token from the same Secret key (%s); give each tenant its own adminApi.existingSecret or adminApi.secretKeys.token" (get $tokens $token) $id $token) }}{{ end -}}
{{- $_ := set $tokens $token $id -}}
{{- end -}}
{{- end -}}

{{/* A user-supplied value (string or structure) rendered as YAML through tpl, so that values may use
{{ .Release.Name }} and the chart's helpers. Usage: (dict "value" .Values.x "root" $) */}}
{{- define "genesys-call-import.tplValue" -}}
{{- if kindIs "string" .value -}}
{{- tpl .value .root -}}
{{- else -}}
{{- tpl (toYaml .value) .root -}}
{{- end -}}
{{- end -}}

{{/* Pod-level extras of a workload: initContainers and topologySpreadConstraints. Usage: (dict "values" .Values.consumer "root" $), nindent 6 */}}
{{- define "genesys-call-import.podExtras" -}}
{{- with .values.topologySpreadConstraints }}
topologySpreadConstraints:
  {{- include "genesys-call-import.tplValue" (dict "value" . "root" $.root) | nindent 2 }}
{{- end }}
{{- with .values.initContainers }}
initContainers:
  {{- include "genesys-call-import.tplValue" (dict "value" . "root" $.root) | nindent 2 }}
{{- end }}
{{- end -}}

{{/* envFrom entries of extraEnvVarsCM and extraEnvVarsSecret (after the chart's own, so that they win). Usage: (dict "values" .Values.consumer "root" $), nindent 12 */}}
{{- define "genesys-call-import.extraEnvFrom" -}}
{{- with .values.extraEnvVarsCM }}
- configMapRef:
    name: {{ tpl . $.root | quote }}
{{- end }}
{{- with .values.extraEnvVarsSecret }}
- secretRef:
    name: {{ tpl . $.root | quote }}
{{- end }}
{{- end -}}

{{/* The container's lifecycle: lifecycleHooks when set, else a preStop sleep of preStopSleepSeconds (when > 0)
that lets endpoints, the ingress and KEDA stop sending work before SIGTERM. The sleep action needs no shell
or sleep binary in the image (Kubernetes ≥ 1.30); older clusters get an exec of sleep.
Usage: (dict "values" .Values.consumer "root" $), nindent 10 */}}
{{- define "genesys-call-import.lifecycle" -}}
{{- if .values.lifecycleHooks }}
lifecycle:
  {{- include "genesys-call-import.tplValue" (dict "value" .values.lifecycleHooks "root" .root) | nindent 2 }}
{{- else if gt (int (default 0 .values.preStopSleepSeconds)) 0 }}
lifecycle:
  preStop:
    {{- if semverCompare ">=1.30-0" .root.Capabilities.KubeVersion.Version }}
    sleep:
      seconds: {{ int .values.preStopSleepSeconds }}
    {{- else }}
    exec:
      command: ["sleep", {{ int .values.preStopSleepSeconds | toString | quote }}]
    {{- end }}
{{- end }}
{{- end -}}

{{/* volumeMounts of a container: /tmp and extraVolumeMounts. Usage: (dict "values" .Values.consumer "root" $), nindent 10 */}}
{{- define "genesys-call-import.volumeMounts" -}}
volumeMounts:
  - name: tmp
    mountPath: /tmp
  {{- with .values.extraVolumeMounts }}
  {{- include "genesys-call-import.tplValue" (dict "value" . "root" $.root) | nindent 2 }}
  {{- end }}
{{- end -}}

{{/* The pod's volumes: the /tmp emptyDir and extraVolumes. Usage: (dict "values" .Values.consumer "root" $), nindent 6 */}}
{{- define "genesys-call-import.volumes" -}}
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: {{ .values.tmpDirSizeLimit }}
  {{- with .values.extraVolumes }}
  {{- include "genesys-call-import.tplValue" (dict "value" . "root" $.root) | nindent 2 }}
  {{- end }}
{{- end -}}

{{/* Sidecar containers, after the main one. Usage: (dict "values" .Values.consumer "root" $), nindent 8 */}}
{{- define "genesys-call-import.sidecars" -}}
{{- with .values.sidecars }}
{{- include "genesys-call-import.tplValue" (dict "value" . "root" $.root) }}
{{- end }}
{{- end -}}

{{/* unhealthyPodEvictionPolicy of a PDB, when set. Usage: (dict "pdb" .Values.consumer.pdb), nindent 2 */}}
{{- define "genesys-call-import.unhealthyPodEvictionPolicy" -}}
{{- with .pdb.unhealthyPodEvictionPolicy }}
unhealthyPodEvictionPolicy: {{ . }}
{{- end }}
{{- end -}}

{{/* A workload's NetworkPolicy. Usage: (dict "root" $ "name" "…" "component" "consumer" "tenant" "acme"
"httpPeers" (list …) "egress" (list "postgresql" "rabbitmq")); no httpPeers: the http port admits nobody. */}}
{{- define "genesys-call-import.networkPolicy" -}}
{{- $np := .root.Values.networkPolicy -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ .name }}
  namespace: {{ .root.Release.Namespace | quote }}
  labels:
    {{- include "genesys-call-import.componentLabels" (dict "root" .root "component" .component "tenant" .tenant) | nindent 4 }}
  {{- include "genesys-call-import.annotations" .root }}
spec:
  podSelector:
    matchLabels:
      {{- include "genesys-call-import.componentSelectorLabels" (dict "root" .root "component" .component "tenant" .tenant) | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  ingress:
    # The actuator (metrics): Prometheus only. The kubelet's probes are not subject to NetworkPolicies.
    - ports:
        - port: management
          protocol: TCP
      {{- with $np.metricsPeers }}
      from:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- with .httpPeers }}
    - ports:
        - port: http
          protocol: TCP
      from:
        {{- toYaml . | nindent 8 }}
    {{- end }}
    {{- with $np.extraIngress }}
    {{- include "genesys-call-import.tplValue" (dict "value" . "root" $.root) | nindent 4 }}
    {{- end }}
  egress:
    {{- if $np.egress.dns.enabled }}
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
      {{- with $np.egress.dns.peers }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
    {{- range $target := .egress }}
    {{- $rule := get $np.egress $target }}
    # {{ $target }}
    - ports:
        {{- range $rule.ports }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
      {{- with $rule.peers }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
    {{- with $np.extraEgress }}
    {{- include "genesys-call-import.tplValue" (dict "value" . "root" $.root) | nindent 4 }}
    {{- end }}
{{- end -}}
