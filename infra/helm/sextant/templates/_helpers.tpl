{{/* Chart name, truncated to the 63 characters of a DNS label. */}}
{{- define "sextant.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name of the release's objects: the release name, with the chart name unless it already holds it. */}}
{{- define "sextant.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "sextant.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of every object. */}}
{{- define "sextant.labels" -}}
helm.sh/chart: {{ include "sextant.chart" . }}
app.kubernetes.io/name: {{ include "sextant.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Labels of the pods of one component; call with (dict "ctx" $ "component" "api"). */}}
{{- define "sextant.podLabels" -}}
{{ include "sextant.labels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* Selector labels of one component; call with (dict "ctx" $ "component" "api"). */}}
{{- define "sextant.selectorLabels" -}}
app.kubernetes.io/name: {{ include "sextant.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "sextant.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "sextant.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "sextant.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/*
A value as an environment variable's string. Helm reads numbers of values files as float64, which
print as 1.6777216e+07: whole numbers are printed as integers.
*/}}
{{- define "sextant.envValue" -}}
{{- if kindIs "float64" . }}
{{- . | int64 | toString }}
{{- else }}
{{- . | toString }}
{{- end }}
{{- end }}

{{/* The ConfigMap's data: REDIS_CLUSTER, and every set value of .Values.config. */}}
{{- define "sextant.configData" -}}
REDIS_CLUSTER: {{ ternary "true" "false" (eq (toString .Values.redis.cluster) "true") | quote }}
{{- range $name, $value := .Values.config }}
{{- if and (not (kindIs "invalid" $value)) (ne (include "sextant.envValue" $value) "") }}
{{ $name }}: {{ include "sextant.envValue" $value | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/* The chart's Secret, which holds what no existingSecret provides. */}}
{{- define "sextant.secretName" -}}
{{- include "sextant.fullname" . }}
{{- end }}

{{/*
A generated secret that survives upgrades: the value the release's Secret already holds, else a new
one. (`helm template` cannot look it up and prints a fresh one each time.)
*/}}
{{- define "sextant.generatedSecret" -}}
{{- $existing := lookup "v1" "Secret" .ctx.Release.Namespace (include "sextant.secretName" .ctx) }}
{{- if and $existing (index $existing.data .key) }}
{{- index $existing.data .key | b64dec }}
{{- else if eq .key "SECRETS_KEY" }}
{{- randAscii 32 | b64enc }}
{{- else }}
{{- randAlphaNum 48 }}
{{- end }}
{{- end }}

{{/* The chart's Secret's data (plain strings, for stringData). */}}
{{- define "sextant.secretData" -}}
{{- if and .Values.database.url (not .Values.database.existingSecret) }}
DATABASE_URL: {{ .Values.database.url | quote }}
{{- end }}
{{- if and .Values.redis.url (not .Values.redis.existingSecret) }}
REDIS_URL: {{ .Values.redis.url | quote }}
{{- end }}
{{- if not .Values.secrets.existingSecret }}
SEXTANT_ADMIN_KEY: {{ default (include "sextant.generatedSecret" (dict "ctx" . "key" "SEXTANT_ADMIN_KEY")) .Values.secrets.SEXTANT_ADMIN_KEY | quote }}
SECRETS_KEY: {{ default (include "sextant.generatedSecret" (dict "ctx" . "key" "SECRETS_KEY")) .Values.secrets.SECRETS_KEY | quote }}
{{- if .Values.secrets.LANGSMITH_API_KEY }}
LANGSMITH_API_KEY: {{ .Values.secrets.LANGSMITH_API_KEY | quote }}
{{- end }}
{{- if .Values.secrets.JUDGE_API_KEY }}
JUDGE_API_KEY: {{ .Values.secrets.JUDGE_API_KEY | quote }}
{{- end }}
{{- if .Values.secrets.METRICS_TOKEN }}
METRICS_TOKEN: {{ .Values.secrets.METRICS_TOKEN | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/* Whether /metrics requires a token that Prometheus must send. */}}
{{- define "sextant.metricsToken" -}}
{{- if or .Values.secrets.existingSecret .Values.secrets.METRICS_TOKEN }}true{{ end }}
{{- end }}

{{/* Fails the render when a setting the chart cannot do without is missing. */}}
{{- define "sextant.validate" -}}
{{- if not (or .Values.database.url .Values.database.existingSecret) }}
{{- fail "Set database.url (postgres://…) or database.existingSecret: Sextant on Kubernetes needs an external Postgres." }}
{{- end }}
{{- if and .Values.redis.cluster (not (or .Values.redis.url .Values.redis.existingSecret)) }}
{{- fail "redis.cluster is true but neither redis.url nor redis.existingSecret is set." }}
{{- end }}
{{- if eq (include "sextant.envValue" (required "config.METRICS_PORT is required: the worker probes use it" .Values.config.METRICS_PORT)) "0" }}
{{- fail "config.METRICS_PORT cannot be 0: the worker pods' probes and /metrics use it." }}
{{- end }}
{{- end }}

{{/*
DATABASE_URL and REDIS_URL by reference, from existingSecrets or the named Secret of the chart;
call with (dict "ctx" $ "secret" name).
*/}}
{{- define "sextant.storeEnv" -}}
{{- $v := .ctx.Values -}}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ default .secret $v.database.existingSecret }}
      key: {{ ternary $v.database.existingSecretKey "DATABASE_URL" (ne $v.database.existingSecret "") }}
{{- if or $v.redis.url $v.redis.existingSecret }}
- name: REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ default .secret $v.redis.existingSecret }}
      key: {{ ternary $v.redis.existingSecretKey "REDIS_URL" (ne $v.redis.existingSecret "") }}
{{- end }}
{{- end }}

{{/*
The secret env entries of the API and worker containers, by reference. A key missing from a Secret
leaves its setting unset (optional), except the two keys every pod must share.
*/}}
{{- define "sextant.secretEnv" -}}
{{ include "sextant.storeEnv" (dict "ctx" . "secret" (include "sextant.secretName" .)) }}
{{- $secret := default (include "sextant.secretName" .) .Values.secrets.existingSecret }}
{{- range $name := list "SEXTANT_ADMIN_KEY" "SECRETS_KEY" }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $name }}
{{- end }}
{{- range $name := list "LANGSMITH_API_KEY" "JUDGE_API_KEY" "METRICS_TOKEN" }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $name }}
      optional: true
{{- end }}
{{- end }}

{{/* Checksums of the configuration, so a changed setting or secret rolls the pods. */}}
{{- define "sextant.checksums" -}}
checksum/config: {{ include "sextant.configData" . | sha256sum }}
{{- /* Of the values, not the rendered Secret: its generated keys differ at each render of an install. */}}
checksum/secret: {{ toJson (list .Values.database .Values.redis .Values.secrets) | sha256sum }}
{{- end }}

{{/* Prometheus scrape annotations for a pod serving /metrics on the given port. */}}
{{- define "sextant.scrapeAnnotations" -}}
{{- if .ctx.Values.metrics.podAnnotations -}}
prometheus.io/scrape: "true"
prometheus.io/port: {{ include "sextant.envValue" .port | quote }}
prometheus.io/path: /metrics
{{- end }}
{{- end }}

{{/* The two writable places of a pod with a read-only root filesystem. */}}
{{- define "sextant.volumes" -}}
- name: data
  emptyDir:
    sizeLimit: {{ .Values.dataVolumeSizeLimit }}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpVolumeSizeLimit }}
{{- end }}

{{- define "sextant.volumeMounts" -}}
- name: data
  mountPath: {{ required "config.SEXTANT_DATA_DIR is required: the data emptyDir is mounted there" .Values.config.SEXTANT_DATA_DIR }}
- name: tmp
  mountPath: /tmp
{{- end }}
