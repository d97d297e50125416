/**
 * The Helm chart rendered, with its defaults (plus the database URL it requires) and with existing
 * Secrets, an Ingress and autoscaling off, by test/support/helm-template.ts (Go templates with the
 * Sprig and Helm functions the chart uses; helm itself cannot be installed here), and every manifest
 * validated against the Kubernetes API schemas that kubernetes-models ships (types, required fields
 * and formats; unknown fields are not reported by those validators).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SETTING_NAMES } from '../../packages/config/src/config.schemas';
import { renderChart, renderTemplate } from '../support/helm-template';

const ROOT = path.join(__dirname, '../..');
const CHART = path.join(ROOT, 'infra/helm/sextant');
const DEFAULTS = path.join(CHART, 'ci/default-values.yaml');
const EXISTING_SECRETS = path.join(CHART, 'ci/existing-secrets-values.yaml');

type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
};
type Container = {
  name: string;
  args: string[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string; optional?: boolean } } }[];
  envFrom?: { configMapRef: { name: string } }[];
  ports?: { name: string; containerPort: number }[];
  livenessProbe?: { httpGet: { path: string; port: string } };
  readinessProbe?: { httpGet: { path: string; port: string } };
  volumeMounts: { name: string; mountPath: string }[];
};
type PodSpec = { containers: Container[]; volumes: { name: string; emptyDir?: object }[]; securityContext: Record<string, unknown> };
type Workload = Manifest & {
  spec: { replicas?: number; template: { metadata: { annotations?: Record<string, string>; labels: Record<string, string> }; spec: PodSpec } };
};

/** Every manifest of a render, parsed as YAML (duplicate keys and syntax errors fail). */
function manifests(valuesFiles: string[]): Manifest[] {
  const { files } = renderChart(CHART, valuesFiles);
  return [...files].flatMap(([file, text]) =>
    parseAllDocuments(text).flatMap((doc) => {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}\n${text}`);
      const value = doc.toJS() as Manifest | null;
      return value ? [value] : [];
    }),
  );
}

/** What the Kubernetes schemas find wrong with each manifest. */
function schemaProblems(docs: Manifest[]): string[] {
  const check = path.join(ROOT, 'test/support/k8s-schema-check.mjs');
  return JSON.parse(execFileSync(process.execPath, [check], { input: JSON.stringify(docs), encoding: 'utf8' })) as string[];
}

const find = <T extends Manifest = Manifest>(docs: Manifest[], kind: string, name: string) => {
  const doc = docs.find((d) => d.kind === kind && d.metadata.name === name);
  if (!doc) throw new Error(`no ${kind} ${name} in ${docs.map((d) => `${d.kind}/${d.metadata.name}`).join(', ')}`);
  return doc as T;
};
const container = (w: Workload) => w.spec.template.spec.containers[0];
const envOf = (c: Container) => new Map((c.env ?? []).map((e) => [e.name, e]));

// What Go's text/template and Sprig print for these, so the renderer the chart is checked with is
// checked too, on the constructs the chart relies on.
describe('the template renderer', () => {
  it.each([
    ['trim markers and comments', 'a  {{- /* note */ -}}  b {{- " c" }}\n{{ "d" -}}\n  e', {}, 'ab c\nde'],
    [
      'numbers of values files are float64, printed as fmt does',
      '{{ .small }} {{ .big }} {{ .big | int64 }} {{ .big | int64 | toString | quote }}',
      { small: 4000, big: 16777216 },
      '4000 1.6777216e+07 16777216 "16777216"',
    ],
    ['a missing key prints nothing', '[{{ .missing }}]', {}, '[]'],
    ['range over a map goes by sorted key', '{{ range $k, $v := .m }}{{ $k }}={{ $v }};{{ end }}', { m: { b: 2, a: 1 } }, 'a=1;b=2;'],
    ['range over an empty list takes else', '{{ range .l }}x{{ else }}none{{ end }}', { l: [] }, 'none'],
    ['and stops at the first false operand', '{{ if and .a .b.c }}yes{{ else }}no{{ end }}', { a: false }, 'no'],
    ['with rebinds the dot; $ stays the root', '{{ with .o }}{{ .k }}/{{ $.top }}{{ end }}', { o: { k: 'v' }, top: 't' }, 'v/t'],
    [
      'default, ternary, quote, toYaml, nindent',
      '{{ default "x" .e }} {{ ternary "y" "n" true }} {{ .s | quote }}{{ toYaml .m | nindent 2 }}',
      { e: '', s: 'a"b', m: { k: [1], a: 0 } },
      'x y "a\\"b"\n  a: 0\n  k:\n  - 1',
    ],
    [
      'include with a dict, variables assigned in a block',
      '{{- define "t" }}{{ .a }}-{{ .b }}{{ end -}}{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ include "t" (dict "a" $x "b" (printf "%s%d" "n" 3)) }}',
      {},
      '2-n3',
    ],
  ])('%s', (_, source, dot, expected) => {
    expect(renderTemplate(source, dot)).toBe(expected);
  });

  it.each([
    ['a field of nil', '{{ .a.b }}', /nil pointer evaluating interface \{\}\.b/],
    ['comparing a number with a string', '{{ eq .n "1" }}', /incompatible types for comparison/],
    ['a function Helm does not have', '{{ nindnet 2 "x" }}', /function "nindnet" not defined/],
    ['required', '{{ required "give it" .x }}', /give it/],
    ['an unclosed block', '{{ if true }}x', /unclosed block/],
  ])('fails on %s', (_, source, error) => {
    expect(() => renderTemplate(source, { n: 1 })).toThrow(error);
  });
});

describe('Helm chart, rendered', () => {
  let defaults: Manifest[] = [];
  let existing: Manifest[] = [];
  beforeAll(() => {
    defaults = manifests([DEFAULTS]);
    existing = manifests([EXISTING_SECRETS]);
  });

  it.each([
    ['defaults', () => defaults],
    ['existing secrets, ingress, autoscaling off', () => existing],
  ])('%s: every manifest passes the Kubernetes schema of its kind, with a unique name', (_, render) => {
    const docs = render();
    expect(schemaProblems(docs)).toEqual([]);
    const names = docs.map((d) => `${d.kind}/${d.metadata.name}`);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const d of docs) expect(d.metadata.labels).toMatchObject({ 'app.kubernetes.io/instance': 'sextant', 'app.kubernetes.io/managed-by': 'Helm' });
  });

  // kubernetes-models' validators accept unknown fields, so a block indented one level too deep
  // (a probe's timings inside its httpGet, say) would pass them: these are checked field by field.
  it.each([
    ['defaults', () => defaults],
    ['existing secrets, ingress, autoscaling off', () => existing],
  ])('%s: pods, containers, probes and env entries hold only fields Kubernetes reads', (_, render) => {
    const allowed: Record<string, string[]> = {
      metadata: ['name', 'labels', 'annotations'],
      deploymentSpec: ['replicas', 'selector', 'template'],
      jobSpec: ['backoffLimit', 'activeDeadlineSeconds', 'template'],
      pod: [
        'serviceAccountName',
        'automountServiceAccountToken',
        'imagePullSecrets',
        'securityContext',
        'terminationGracePeriodSeconds',
        'restartPolicy',
        'containers',
        'volumes',
        'nodeSelector',
        'affinity',
        'tolerations',
        'topologySpreadConstraints',
      ],
      container: [
        'name',
        'image',
        'imagePullPolicy',
        'args',
        'securityContext',
        'ports',
        'envFrom',
        'env',
        'livenessProbe',
        'readinessProbe',
        'resources',
        'volumeMounts',
      ],
      probe: ['httpGet', 'initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold', 'successThreshold'],
      httpGet: ['path', 'port'],
      port: ['name', 'containerPort', 'protocol'],
      env: ['name', 'value', 'valueFrom'],
      secretKeyRef: ['name', 'key', 'optional'],
      volumeMount: ['name', 'mountPath'],
      volume: ['name', 'emptyDir'],
      resources: ['requests', 'limits'],
    };
    const stray: string[] = [];
    const check = (where: string, kind: string, o: object | undefined) => {
      for (const key of Object.keys(o ?? {})) if (!allowed[kind].includes(key)) stray.push(`${where}.${key}`);
    };
    for (const w of render().filter((d): d is Workload => d.kind === 'Deployment' || d.kind === 'Job')) {
      const at = `${w.kind}/${w.metadata.name}`;
      check(at, w.kind === 'Job' ? 'jobSpec' : 'deploymentSpec', w.spec);
      check(`${at}.template.metadata`, 'metadata', w.spec.template.metadata);
      check(`${at}.pod`, 'pod', w.spec.template.spec);
      for (const v of w.spec.template.spec.volumes) check(`${at}.volume`, 'volume', v);
      for (const c of w.spec.template.spec.containers) {
        check(`${at}.${c.name}`, 'container', c);
        for (const probe of ['livenessProbe', 'readinessProbe'] as const) {
          check(`${at}.${c.name}.${probe}`, 'probe', c[probe]);
          check(`${at}.${c.name}.${probe}.httpGet`, 'httpGet', c[probe]?.httpGet);
        }
        for (const p of c.ports ?? []) check(`${at}.${c.name}.ports`, 'port', p);
        for (const e of c.env ?? []) {
          check(`${at}.${c.name}.env.${e.name}`, 'env', e);
          check(`${at}.${c.name}.env.${e.name}.secretKeyRef`, 'secretKeyRef', e.valueFrom?.secretKeyRef);
        }
        for (const m of c.volumeMounts) check(`${at}.${c.name}.volumeMounts`, 'volumeMount', m);
        check(`${at}.${c.name}.resources`, 'resources', (c as { resources?: object }).resources);
      }
    }
    expect(stray).toEqual([]);
  });

  it('the schema check does catch a wrong manifest', () => {
    const api = structuredClone(find<Workload>(defaults, 'Deployment', 'sextant-api'));
    (container(api).ports![0] as { containerPort: unknown }).containerPort = '4000';
    delete (api.spec as { selector?: unknown }).selector;
    expect(schemaProblems([api]).join('\n')).toMatch(/containerPort must be integer[\s\S]*selector|selector[\s\S]*containerPort must be integer/);
  });

  it('defaults: API and worker Deployments scaled by CPU autoscalers, probed on /livez and /readyz, non-root with emptyDirs', () => {
    const api = find<Workload>(defaults, 'Deployment', 'sextant-api');
    const worker = find<Workload>(defaults, 'Deployment', 'sextant-worker');
    // An autoscaler owns the replica count.
    expect(api.spec.replicas).toBeUndefined();
    for (const name of ['sextant-api', 'sextant-worker']) {
      expect(find(defaults, 'HorizontalPodAutoscaler', name)).toMatchObject({
        apiVersion: 'autoscaling/v2',
        spec: { scaleTargetRef: { kind: 'Deployment', name }, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization' } } }] },
      });
      expect(find(defaults, 'PodDisruptionBudget', name)).toMatchObject({ spec: { maxUnavailable: 1 } });
    }

    expect(container(api)).toMatchObject({
      args: ['api'],
      ports: [
        { name: 'http', containerPort: 4000 },
        { name: 'otlp-grpc', containerPort: 4317 },
      ],
      livenessProbe: { httpGet: { path: '/livez', port: 'http' } },
      readinessProbe: { httpGet: { path: '/readyz', port: 'http' } },
    });
    expect(envOf(container(api)).get('RUN_WORKER')).toEqual({ name: 'RUN_WORKER', value: 'false' });
    expect(envOf(container(api)).get('MIGRATE_ON_START')).toEqual({ name: 'MIGRATE_ON_START', value: 'false' });
    expect(container(worker)).toMatchObject({
      args: ['worker'],
      ports: [{ name: 'metrics', containerPort: 9464 }],
      livenessProbe: { httpGet: { path: '/livez', port: 'metrics' } },
      readinessProbe: { httpGet: { path: '/readyz', port: 'metrics' } },
    });
    expect(find(defaults, 'Service', 'sextant')).toMatchObject({
      spec: {
        ports: [
          { name: 'http', port: 4000, targetPort: 'http' },
          { name: 'otlp-grpc', port: 4317, targetPort: 'otlp-grpc' },
        ],
        selector: { 'app.kubernetes.io/component': 'api' },
      },
    });

    for (const w of [api, worker]) {
      const pod = w.spec.template;
      expect(pod.spec.securityContext).toMatchObject({ runAsNonRoot: true });
      expect(container(w)).toMatchObject({ securityContext: { readOnlyRootFilesystem: true } });
      expect(container(w).volumeMounts).toEqual([
        { name: 'data', mountPath: '/data' },
        { name: 'tmp', mountPath: '/tmp' },
      ]);
      expect(pod.spec.volumes.map((v) => [v.name, Boolean(v.emptyDir)])).toEqual([
        ['data', true],
        ['tmp', true],
      ]);
      expect(pod.metadata.annotations).toMatchObject({
        'checksum/config': expect.stringMatching(/^[0-9a-f]{64}$/),
        'checksum/secret': expect.stringMatching(/^[0-9a-f]{64}$/),
        'prometheus.io/scrape': 'true',
      });
      // The Deployment's selector picks its own pods only.
      expect(pod.metadata.labels).toMatchObject((w.spec as unknown as { selector: { matchLabels: object } }).selector.matchLabels);
    }
    expect(api.spec.template.metadata.annotations!['prometheus.io/port']).toBe('4000');
    expect(worker.spec.template.metadata.annotations!['prometheus.io/port']).toBe('9464');
  });

  it('defaults: every variable the containers get is a setting; the Secret holds the URL and generated shared keys', () => {
    const config = find(defaults, 'ConfigMap', 'sextant') as Manifest & { data: Record<string, string> };
    const secret = find(defaults, 'Secret', 'sextant') as Manifest & { stringData: Record<string, string> };
    const known = new Set(SETTING_NAMES);
    const api = container(find<Workload>(defaults, 'Deployment', 'sextant-api'));
    expect([...Object.keys(config.data), ...Object.keys(secret.stringData), ...envOf(api).keys()].filter((n) => !known.has(n))).toEqual([]);
    expect(config.data).toMatchObject({ NODE_ENV: 'production', PORT: '4000', HOST: '0.0.0.0', SEXTANT_DATA_DIR: '/data', REDIS_CLUSTER: 'false' });

    expect(secret.stringData.DATABASE_URL).toBe('postgres://sextant:change-me@postgres.example.internal:5432/sextant');
    expect(secret.stringData.SEXTANT_ADMIN_KEY.length).toBeGreaterThanOrEqual(24);
    expect(Buffer.from(secret.stringData.SECRETS_KEY, 'base64')).toHaveLength(32);
    expect(secret.metadata.annotations).toMatchObject({ 'helm.sh/resource-policy': 'keep' });
    expect(envOf(api).get('SECRETS_KEY')).toEqual({ name: 'SECRETS_KEY', valueFrom: { secretKeyRef: { name: 'sextant', key: 'SECRETS_KEY' } } });
    expect(envOf(api).get('JUDGE_API_KEY')?.valueFrom?.secretKeyRef.optional).toBe(true);
  });

  it('defaults: migrations run as a pre-install/pre-upgrade Job reading hook copies of the config and the database URL', () => {
    const job = find<Workload>(defaults, 'Job', 'sextant-migrate');
    const hook = { 'helm.sh/hook': 'pre-install,pre-upgrade', 'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded' };
    expect(job.metadata.annotations).toMatchObject({ ...hook, 'helm.sh/hook-weight': '0' });
    expect(job.spec).toMatchObject({ backoffLimit: 3, template: { spec: { restartPolicy: 'Never' } } });
    expect(container(job)).toMatchObject({ args: ['migrate'], envFrom: [{ configMapRef: { name: 'sextant-migrate' } }] });
    expect(envOf(container(job)).get('DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({ name: 'sextant-migrate', key: 'DATABASE_URL' });
    // Created before the Job, as it runs before the release's own objects exist.
    for (const kind of ['ConfigMap', 'Secret'])
      expect(find(defaults, kind, 'sextant-migrate').metadata.annotations).toMatchObject({ ...hook, 'helm.sh/hook-weight': '-10' });
    expect(defaults.some((d) => d.kind === 'Ingress' || d.kind === 'ServiceMonitor')).toBe(false);
  });

  it('existing secrets: references them, keeps their values out of the chart, fixed replicas, Ingress with TLS, ServiceMonitors', () => {
    const api = find<Workload>(existing, 'Deployment', 'sextant-api');
    const env = envOf(container(api));
    expect(env.get('DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({ name: 'sextant-db-app', key: 'uri' });
    expect(env.get('REDIS_URL')?.valueFrom?.secretKeyRef).toEqual({ name: 'sextant-redis', key: 'url' });
    expect(env.get('SEXTANT_ADMIN_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'sextant-secrets', key: 'SEXTANT_ADMIN_KEY' });
    expect(env.get('METRICS_TOKEN')?.valueFrom?.secretKeyRef).toEqual({ name: 'sextant-secrets', key: 'METRICS_TOKEN', optional: true });
    expect(envOf(container(find<Workload>(existing, 'Job', 'sextant-migrate'))).get('DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({
      name: 'sextant-db-app',
      key: 'uri',
    });
    expect((find(existing, 'Secret', 'sextant') as { stringData?: unknown }).stringData ?? null).toBeNull();

    const config = find(existing, 'ConfigMap', 'sextant') as Manifest & { data: Record<string, string> };
    // Numbers of a values file are float64 in Helm; the chart writes them as integers.
    expect(config.data).toMatchObject({ REDIS_CLUSTER: 'true', TRUST_PROXY: 'uniquelocal', DB_POOL_SIZE: '20', MAX_BODY_BYTES: '33554432' });

    expect(api.spec.replicas).toBe(3);
    expect(find<Workload>(existing, 'Deployment', 'sextant-worker').spec.replicas).toBe(2);
    expect(existing.some((d) => d.kind === 'HorizontalPodAutoscaler')).toBe(false);
    expect(api.spec.template.metadata.annotations).not.toHaveProperty('prometheus.io/scrape');

    expect(find(existing, 'Ingress', 'sextant')).toMatchObject({
      metadata: { annotations: { 'nginx.ingress.kubernetes.io/proxy-read-timeout': '3600' } },
      spec: {
        ingressClassName: 'nginx',
        tls: [{ hosts: ['sextant.example.com'], secretName: 'sextant-tls' }],
        rules: [
          {
            host: 'sextant.example.com',
            http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'sextant', port: { name: 'http' } } } }] },
          },
        ],
      },
    });
    expect(find(existing, 'ServiceMonitor', 'sextant-api')).toMatchObject({
      metadata: { labels: { release: 'kube-prometheus-stack' } },
      spec: {
        endpoints: [{ port: 'http', path: '/metrics', authorization: { type: 'Bearer', credentials: { name: 'sextant-secrets', key: 'METRICS_TOKEN' } } }],
      },
    });
    expect(find(existing, 'ServiceMonitor', 'sextant-worker')).toMatchObject({ spec: { endpoints: [{ port: 'metrics' }] } });
    expect(find(existing, 'Service', 'sextant-worker-metrics')).toMatchObject({ spec: { clusterIP: 'None', ports: [{ port: 9464, targetPort: 'metrics' }] } });
  });

  it('without the migrations Job, the API migrates at start', () => {
    const { files } = renderChart(CHART, [DEFAULTS, { migrations: { enabled: false } }]);
    expect(files.get('migrations-job.yaml')!.trim()).toBe('');
    const api = parseAllDocuments(files.get('api-deployment.yaml')!)[0].toJS() as Workload;
    expect(envOf(container(api)).get('MIGRATE_ON_START')).toEqual({ name: 'MIGRATE_ON_START', value: 'true' });
  });

  it('refuses to render without a database, or with the worker probes switched off', () => {
    expect(() => renderChart(CHART, [])).toThrow(/Set database\.url \(postgres:\/\/…\) or database\.existingSecret/);
    expect(() => renderChart(CHART, [DEFAULTS, { config: { METRICS_PORT: 0 } }])).toThrow(/METRICS_PORT cannot be 0/);
    expect(() => renderChart(CHART, [DEFAULTS, { redis: { cluster: true } }])).toThrow(
      /redis\.cluster is true but neither redis\.url nor redis\.existingSecret/,
    );
  });

  it('NOTES.txt tells how to reach the API and read the admin key', () => {
    expect(renderChart(CHART, [DEFAULTS]).notes).toContain('port-forward service/sextant 4000:4000');
    expect(renderChart(CHART, [EXISTING_SECRETS]).notes).toMatch(/https:\/\/sextant\.example\.com\/[\s\S]*get secret sextant-secrets/);
  });
});
