/**
 * The Helm chart in infra/helm/sextant, checked without helm (not packaged for Debian, no binary to
 * download here): its YAML files parse, its templates' actions are balanced and name only values of
 * values.yaml, helpers that are defined and functions Helm has, every setting Sextant reads is in the
 * chart or excluded below with a reason, the chart sets no variable Sextant does not read, and the
 * probes, ports and container args are those the server and the image serve. helm-chart-render.test.ts
 * renders it; the chart's README says what neither checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '@sextant/config';
import { SETTING_NAMES } from '../../packages/config/src/config.schemas';

const CHART = path.join(__dirname, '../../infra/helm/sextant');

// Settings the chart leaves out on purpose.
const EXCLUDED: Record<string, string> = {
  EMBEDDED_PG_PORT: 'no embedded Postgres in a pod: the chart requires an external DATABASE_URL',
  // The chart offers LANGSMITH_TRACING; these are the other names the LangSmith SDK reads for it.
  LANGSMITH_TRACING_V2: 'alias of LANGSMITH_TRACING',
  LANGCHAIN_TRACING_V2: 'alias of LANGSMITH_TRACING',
  LANGCHAIN_TRACING: 'alias of LANGSMITH_TRACING',
};

// The ports and paths of the shared conventions: the API's PORT default is read from the schema below.
const METRICS_PORT_DEFAULT = 9464;

// Go template built-ins, and the Sprig and Helm functions the templates may call.
const FUNCTIONS = new Set([
  ...['and', 'or', 'not', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'len', 'index', 'print', 'printf', 'println'],
  ...['default', 'empty', 'coalesce', 'ternary', 'required', 'fail', 'include', 'tpl', 'lookup', 'toYaml', 'toJson'],
  ...['quote', 'squote', 'trunc', 'trimSuffix', 'trimPrefix', 'trim', 'contains', 'replace', 'lower', 'upper'],
  ...['indent', 'nindent', 'toString', 'int', 'int64', 'float64', 'kindIs', 'typeOf', 'hasKey', 'dict', 'list'],
  ...['get', 'set', 'merge', 'keys', 'sha256sum', 'b64enc', 'b64dec', 'randAlphaNum', 'randAscii', 'semverCompare'],
]);
const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'true', 'false', 'nil']);

type Values = Record<string, unknown>;

function readChartFile(relative: string): string {
  return readFileSync(path.join(CHART, relative), 'utf8');
}

const values = parse(readChartFile('values.yaml')) as Values;
const templateFiles = readdirSync(path.join(CHART, 'templates')).filter((f) => /\.(ya?ml|tpl|txt)$/.test(f));
const templates = new Map(templateFiles.map((f) => [f, readChartFile(`templates/${f}`)]));

/** The actions of a template ({{ … }}, trim markers and comments removed), in order. */
function actions(source: string): string[] {
  return [...source.matchAll(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g)].map((m) => m[1]).filter((a) => !(a.startsWith('/*') && a.endsWith('*/')));
}

/** Whether a dotted path names a key of values.yaml. */
function hasValue(dotted: string): boolean {
  let node: unknown = values;
  for (const key of dotted.split('.').filter(Boolean)) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Values)[key];
  }
  return true;
}

function section(key: string): Values {
  return values[key] as Values;
}

describe('Helm chart', () => {
  it('has a Chart.yaml (apiVersion v2), values.yaml, helpers, NOTES.txt, .helmignore and a README; every YAML file parses', () => {
    const chart = parse(readChartFile('Chart.yaml')) as Values;
    expect(chart).toMatchObject({ apiVersion: 'v2', name: 'sextant', type: 'application' });
    expect(typeof chart.version).toBe('string');
    expect(typeof chart.appVersion).toBe('string');
    expect(templateFiles).toEqual(expect.arrayContaining(['_helpers.tpl', 'NOTES.txt']));
    expect(readChartFile('.helmignore')).toContain('ci/');
    expect(readChartFile('README.md')).toContain('helm install');
    for (const file of readdirSync(path.join(CHART, 'ci'))) expect(parse(readChartFile(`ci/${file}`))).toBeInstanceOf(Object);
  });

  it('every key of the example values files exists in values.yaml', () => {
    const paths = (node: unknown, prefix: string): string[] =>
      node !== null && typeof node === 'object' && !Array.isArray(node)
        ? Object.entries(node).flatMap(([k, v]) => {
            const here = `${prefix}.${k}`;
            // Maps the user fills (annotations, labels) take any key.
            return /(annotations|labels)$/i.test(k) ? [here] : [here, ...paths(v, here)];
          })
        : [];
    for (const file of readdirSync(path.join(CHART, 'ci'))) {
      const unknown = paths(parse(readChartFile(`ci/${file}`)), '').filter((p) => !hasValue(p));
      expect({ file, unknown }).toEqual({ file, unknown: [] });
    }
  });

  it.each([...templates.keys()])('%s: actions are balanced and name only known values, helpers and functions', (file) => {
    const source = templates.get(file)!;
    const defined = new Set([...templates.values()].flatMap((s) => [...s.matchAll(/\{\{-?\s*define\s+"([^"]+)"/g)].map((m) => m[1])));
    const problems: string[] = [];
    const stack: string[] = [];
    // $variables bound to a part of .Values, and the names `range $x := list …` iterates over.
    const bound = new Map<string, string[]>();
    let rangeOver: string[] = [];
    for (const action of actions(source)) {
      if (action.startsWith('/*')) {
        problems.push(`unterminated comment: {{${action}}}`);
        continue;
      }
      const keyword = /^(\w+)/.exec(action)?.[1];
      if (keyword === 'if' || keyword === 'with' || keyword === 'range' || keyword === 'define' || keyword === 'block') stack.push(keyword);
      else if (keyword === 'else' && !['if', 'with', 'range'].includes(stack.at(-1) ?? '')) problems.push(`else outside if/with/range: {{${action}}}`);
      else if (keyword === 'end' && stack.pop() === undefined) problems.push('end without a block');
      if (keyword === 'define' && stack.length !== 1) problems.push(`define inside a block: {{${action}}}`);

      const list = /^range \$\w+ := list((?: "\w+")+)$/.exec(action);
      if (list) rangeOver = [...list[1].matchAll(/"(\w+)"/g)].map((m) => m[1]);
      const binding = /^\$(\w+) := (.+)$/.exec(action);
      if (binding) {
        const [, name, expr] = binding;
        const fromValues = /^\$?\.(?:ctx\.)?Values((?:\.\w+)*)$/.exec(expr);
        const fromIndex = /^\(?index \$\.Values \$\w+\)?((?:\.\w+)*)$/.exec(expr);
        if (fromValues) bound.set(name, [fromValues[1]]);
        else if (fromIndex)
          bound.set(
            name,
            rangeOver.map((component) => `.${component}${fromIndex[1]}`),
          );
      }

      const code = action.replace(/"(?:[^"\\]|\\.)*"/g, '""');
      for (const m of code.matchAll(/(?:^|[\s(])\$?\.Values((?:\.\w+)+)/g)) if (!hasValue(m[1])) problems.push(`.Values${m[1]} is not in values.yaml`);
      for (const m of code.matchAll(/\$(\w+)((?:\.\w+)+)/g)) {
        for (const prefix of bound.get(m[1]) ?? [])
          if (!hasValue(prefix + m[2])) problems.push(`$${m[1]}${m[2]} (.Values${prefix}${m[2]}) is not in values.yaml`);
      }
      for (const m of action.matchAll(/\b(?:include|template) "([^"]+)"/g)) if (!defined.has(m[1])) problems.push(`helper "${m[1]}" is not defined`);
      for (const m of code.matchAll(/(?<![\w.$-])([a-zA-Z]\w*)\b(?![.:])/g)) {
        if (!KEYWORDS.has(m[1]) && !FUNCTIONS.has(m[1])) problems.push(`unknown function ${m[1]} in {{${action}}}`);
      }
    }
    if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
    expect(problems).toEqual([]);
  });

  it('every helper is used', () => {
    const all = [...templates.values()].join('\n');
    const defined = [...all.matchAll(/\{\{-?\s*define\s+"([^"]+)"/g)].map((m) => m[1]);
    expect(defined.filter((name) => !all.includes(`include "${name}"`))).toEqual([]);
  });

  /** The environment variables the chart can set: its config and secrets values and the names its templates write. */
  function chartSettings(): Set<string> {
    const names = new Set([...Object.keys(section('config')), ...Object.keys(section('secrets')).filter((k) => k !== 'existingSecret')]);
    for (const [file, source] of templates) {
      if (file === 'NOTES.txt') continue;
      for (const m of source.matchAll(/(?:- name|key): ([A-Z][A-Z0-9_]+)\b|^\s*([A-Z][A-Z0-9_]+):|"([A-Z][A-Z0-9_]+)"/gm)) names.add(m[1] ?? m[2] ?? m[3]);
    }
    return names;
  }

  it('covers every setting Sextant reads, except those excluded with a reason', () => {
    const chart = chartSettings();
    expect(SETTING_NAMES.filter((name) => !chart.has(name) && !(name in EXCLUDED))).toEqual([]);
    // An exclusion of a setting that is gone, or that the chart sets after all, is stale.
    expect(Object.keys(EXCLUDED).filter((name) => !SETTING_NAMES.includes(name) || chart.has(name))).toEqual([]);
  });

  it('sets no variable Sextant does not read', () => {
    expect([...chartSettings()].filter((name) => !SETTING_NAMES.includes(name))).toEqual([]);
  });

  it("its config values and the chart's fixed ones pass Sextant's own validation", () => {
    const env: Record<string, string> = {
      DATABASE_URL: 'postgres://sextant:secret@postgres:5432/sextant',
      REDIS_URL: 'redis://redis:6379',
      RUN_WORKER: 'false',
    };
    for (const [name, value] of Object.entries(section('config'))) {
      expect(['string', 'number', 'boolean']).toContain(typeof value);
      if (value !== '') env[name] = String(value);
    }
    const config = loadConfig(env);
    expect(config).toMatchObject({ env: 'production', host: '0.0.0.0', port: section('config').PORT });
    // The chart's PORT is Sextant's default, which the conventions (and the Service) assume.
    expect(section('config').PORT).toBe(loadConfig({}).port);
    expect(section('config').OTLP_GRPC_PORT).toBe(loadConfig({}).otlp.grpcPort);
    expect(section('config').METRICS_PORT).toBe(METRICS_PORT_DEFAULT);
    expect(section('service')).toMatchObject({ port: 4000, otlpGrpcPort: 4317 });
  });

  it('runs the one image as api, worker and migrate, probing /livez and /readyz on the port each serves', () => {
    const api = templates.get('api-deployment.yaml')!;
    const worker = templates.get('worker-deployment.yaml')!;
    const job = templates.get('migrations-job.yaml')!;
    const probe = (kind: string, route: string, port: string) => new RegExp(`${kind}:\\s*\\n\\s*httpGet:\\s*\\n\\s*path: ${route}\\s*\\n\\s*port: ${port}\\n`);

    expect(api).toContain('args: ["api"]');
    expect(api).toMatch(/- name: http\n\s*containerPort: \{\{ include "sextant\.envValue" \.Values\.config\.PORT \}\}/);
    expect(api).toMatch(probe('livenessProbe', '/livez', 'http'));
    expect(api).toMatch(probe('readinessProbe', '/readyz', 'http'));
    expect(api).toMatch(/- name: RUN_WORKER\n\s*value: "false"/);
    expect(api).toMatch(/- name: MIGRATE_ON_START\n\s*value: \{\{ ternary "false" "true" \.Values\.migrations\.enabled \| quote \}\}/);

    expect(worker).toContain('args: ["worker"]');
    expect(worker).toMatch(/- name: metrics\n\s*containerPort: \{\{ include "sextant\.envValue" \.Values\.config\.METRICS_PORT \}\}/);
    expect(worker).toMatch(probe('livenessProbe', '/livez', 'metrics'));
    expect(worker).toMatch(probe('readinessProbe', '/readyz', 'metrics'));

    expect(job).toContain('args: ["migrate"]');
    expect(job).toMatch(/kind: Job[\s\S]*helm\.sh\/hook: pre-install,pre-upgrade[\s\S]*helm\.sh\/hook-delete-policy: before-hook-creation,hook-succeeded/);
    expect(job).toContain('backoffLimit: {{ .Values.migrations.backoffLimit }}');

    // Config changes roll the pods; both Deployments get the two writable emptyDirs and the checksums.
    for (const deployment of [api, worker]) {
      expect(deployment).toContain('{{- include "sextant.checksums" . | nindent 8 }}');
      expect(deployment).toContain('{{- include "sextant.volumes" . | nindent 8 }}');
      expect(deployment).toContain('{{- toYaml .Values.podSecurityContext | nindent 8 }}');
    }
    expect(section('podSecurityContext')).toMatchObject({ runAsNonRoot: true });
    expect(section('securityContext')).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(templates.get('_helpers.tpl')).toMatch(/mountPath: \{\{ required "[^"]+" \.Values\.config\.SEXTANT_DATA_DIR \}\}\n- name: tmp\n\s*mountPath: \/tmp/);
  });

  it('scales each Deployment with an autoscaling/v2 CPU HorizontalPodAutoscaler and a PodDisruptionBudget, both optional', () => {
    for (const component of ['api', 'worker']) {
      expect(section(component)).toMatchObject({
        autoscaling: { enabled: true, minReplicas: expect.any(Number), maxReplicas: expect.any(Number), targetCPUUtilizationPercentage: expect.any(Number) },
        podDisruptionBudget: { enabled: true },
        resources: { requests: expect.any(Object), limits: expect.any(Object) },
      });
    }
    expect(templates.get('hpa.yaml')).toMatch(/apiVersion: autoscaling\/v2\nkind: HorizontalPodAutoscaler[\s\S]*name: cpu/);
    expect(templates.get('pdb.yaml')).toContain('kind: PodDisruptionBudget');
    expect(templates.get('service.yaml')).toMatch(/- name: http[\s\S]*- name: otlp-grpc/);
  });

  it("runs pods as the Dockerfile's own user, so the data folder it owns is the pods' too", () => {
    const dockerfile = readFileSync(path.join(__dirname, '../../Dockerfile'), 'utf8');
    const uid = Number(/useradd [^\n]*--uid (\d+)/.exec(dockerfile)?.[1]);
    expect(uid).toBeGreaterThan(0);
    expect(section('podSecurityContext')).toMatchObject({ runAsNonRoot: true, runAsUser: uid, runAsGroup: uid, fsGroup: uid });
  });
});
