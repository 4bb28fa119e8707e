{{/* Data of the consumer ConfigMap (also hashed into checksum/config). */}}
{{- define "genesys-call-import.consumer.configData" -}}
{{- $c := .Values.consumer -}}
MINIO_ENDPOINT: {{ required "consumer.minio.endpoint is required" $c.minio.endpoint | quote }}
MINIO_BUCKET: {{ required "consumer.minio.bucket is required" $c.minio.bucket | quote }}
CONSUMER_CONCURRENCY: {{ $c.concurrency | quote }}
RECORDING_FORMAT: {{ $c.recordingFormat | quote }}
SERVER_PORT: {{ $c.containerPorts.http | quote }}
MANAGEMENT_SERVER_PORT: {{ $c.containerPorts.management | quote }}
{{- /* The consumer drains in-flight imports for the pod's grace period less 10 s: the preStop sleep runs
first, and the JVM needs a few seconds after the drain to close its connections before the SIGKILL. */}}
{{- $grace := int $c.terminationGracePeriodSeconds }}
{{- if le $grace (add 10 (int (default 0 $c.preStopSleepSeconds)) | int) }}
{{- fail (printf "consumer.terminationGracePeriodSeconds (%d) must exceed consumer.preStopSleepSeconds + 10 s: the consumer drains for the grace period less 10 s" $grace) }}
{{- end }}
CONSUMER_SHUTDOWN_DRAIN_TIMEOUT: {{ printf "%ds" (sub $grace 10) | quote }}
{{- end -}}
