{{/* Data of the installation API ConfigMap (also hashed into checksum/config). It needs no broker. */}}
{{- define "genesys-call-import.installationApi.configData" -}}
{{- $i := .Values.installationApi -}}
{{ include "genesys-call-import.database.configData" . }}
{{- include "genesys-call-import.genesys.configData" . }}
{{- with $i.wizard.oauthClientId }}
WIZARD_OAUTH_CLIENT_ID: {{ . | quote }}
{{- end }}
WIZARD_INTEGRATION_TYPE_ID: {{ required "installationApi.wizard.integrationTypeId is required" $i.wizard.integrationTypeId | quote }}
WIZARD_NAME_PREFIX: {{ required "installationApi.wizard.namePrefix is required" $i.wizard.namePrefix | quote }}
{{- with $i.wizard.frameAncestors }}
WIZARD_FRAME_ANCESTORS: {{ join "," . | quote }}
{{- end }}
EXTERNAL_TOKEN_LIFETIME: {{ required "installationApi.externalToken.lifetime is required" $i.externalToken.lifetime | quote }}
SERVER_PORT: {{ $i.containerPorts.http | quote }}
MANAGEMENT_SERVER_PORT: {{ $i.containerPorts.management | quote }}
{{- end -}}
