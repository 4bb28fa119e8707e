{{/* Data of the consumer ConfigMap (also hashed into checksum/config). */}}
{{- define "genesys-call-import.consumer.configData" -}}
{{- $c := .Values.consumer -}}
MINIO_ENDPOINT: {{ required "consumer.minio.endpoint is required" $c.minio.endpoint | quote }}
MINIO_BUCKET: {{ required "consumer.minio.bucket is required" $c.minio.bucket | quote }}
CONSUMER_CONCURRENCY: {{ $c.concurrency | quote }}
RECORDING_FORMAT: {{ $c.recordingFormat | quote }}
SERVER_PORT: {{ $c.containerPorts.http | quote }}
MANAGEMENT_SERVER_PORT: {{ $c.containerPorts.management | quote }}
{{- end -}}
