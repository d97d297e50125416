// A whole Sextant cluster in child processes, for the soak test (test/soak/cluster.test.ts) and
// `pnpm bench:cluster`: API processes (RUN_WORKER=false) and worker processes on one Postgres
// database and one Redis (a queue prefix of its own, removed after), forwarding to a fake LangSmith
// on loopback, with live subscribers on the APIs. The load is traces of ten spans sent in two halves
// through the three ingest paths (GraphQL `ingest`, LangSmith `/runs/batch`, OTLP/HTTP JSON), each
// half to another API, so every trace is updated through both. `verify` reads back what the database,
// the fake LangSmith and the subscribers hold and lists every difference from what was sent.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FormattedExecutionResult } from 'graphql-ws';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import { graphql } from '../gql';
import { type AppProcess, exitedEarly, startApp } from './app-process';
import { FakeLangSmith } from './fake-langsmith';
import { liveClient, type LiveClient } from './live-client';
import { freePort } from './ports';
import { subscribeTyped, type TypedOperation } from './typed-operation';
import { sleep } from './wait';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
/** Each trace: a root agent and nine children, LLM and tool calls in turn. */
export const SPANS_PER_TRACE = 10;
/** Children c1..c5 go with the first half (with the root still running), c6..c9 and the root's end with the second. */
const FIRST_HALF_CHILDREN = 5;
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;
/** Attempts per request over the APIs in turn: enough to outlast an API's restart. */
const SEND_ATTEMPTS = 60;

type Protocol = 'graphql' | 'langsmith' | 'otlp';
const PROTOCOLS: readonly Protocol[] = ['graphql', 'langsmith', 'otlp'];
type Kind = 'agent' | 'llm' | 'tool';

type PlannedSpan = { id: string; hex: string; name: string; kind: Kind; parent: PlannedSpan | null; start: Date; end: Date };
/** One trace as sent; `id` is the stored UUID for GraphQL and LangSmith, `hex` the OpenTelemetry id for OTLP. */
export type PlannedTrace = { index: number; name: string; protocol: Protocol; id: string; hex: string; root: PlannedSpan; children: PlannedSpan[] };
/** One request: a half of each of several traces of one protocol. */
export type PlannedRequest = { protocol: Protocol; half: 0 | 1; traces: PlannedTrace[]; spans: number };

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
/** LangSmith's dotted_order segment: time to the microsecond, then the run id. */
const segment = (t: Date, id: string) => `${t.toISOString().replace(/[-:]/g, '').replace('.', '').replace('Z', '')}000Z${id}`;
const nanos = (t: Date) => `${BigInt(t.getTime()) * 1_000_000n}`;

/**
 * `traces` traces of SPANS_PER_TRACE spans, the protocols in turn, in requests of `tracesPerRequest`
 * traces: the first halves, then (per group) the second. Traces are named `prefix` and their number.
 */
export function planLoad(traces: number, tracesPerRequest: number, prefix = 't'): { traces: PlannedTrace[]; groups: [PlannedRequest, PlannedRequest][] } {
  // An hour ago, a second apart: the times are the client's, so they must be in the past.
  const t0 = Date.now() - 3_600_000 - traces * 1000;
  const all: PlannedTrace[] = [];
  for (let i = 0; i < traces; i++) {
    const protocol = PROTOCOLS[i % PROTOCOLS.length];
    const base = t0 + i * 1000;
    const name = `${prefix}${i}`;
    const id = randomUUID();
    const root: PlannedSpan = {
      // A LangSmith trace's id is its root run's.
      id: protocol === 'langsmith' ? id : randomUUID(),
      hex: hex(8),
      name,
      kind: 'agent',
      parent: null,
      start: new Date(base),
      end: new Date(base + 200),
    };
    const children = Array.from({ length: SPANS_PER_TRACE - 1 }, (_, c) => ({
      id: randomUUID(),
      hex: hex(8),
      name: `c${c + 1}`,
      kind: (c % 2 ? 'tool' : 'llm') as Kind,
      parent: root,
      start: new Date(base + 10 + c * 10),
      end: new Date(base + 15 + c * 10),
    }));
    all.push({ index: i, name, protocol, id, hex: hex(16), root, children });
  }
  const groups: [PlannedRequest, PlannedRequest][] = [];
  for (const protocol of PROTOCOLS) {
    const mine = all.filter((t) => t.protocol === protocol);
    for (let i = 0; i < mine.length; i += tracesPerRequest) {
      const ts = mine.slice(i, i + tracesPerRequest);
      // OTLP sends a span once, whole: its root goes with the second half only.
      const first = ts.length * (FIRST_HALF_CHILDREN + (protocol === 'otlp' ? 0 : 1));
      groups.push([
        { protocol, half: 0, traces: ts, spans: first },
        { protocol, half: 1, traces: ts, spans: ts.length * (SPANS_PER_TRACE - FIRST_HALF_CHILDREN) },
      ]);
    }
  }
  // Interleaved, so that each stretch of the run carries all three paths.
  groups.sort((a, b) => a[0].traces[0].index - b[0].traces[0].index);
  return { traces: all, groups };
}

const INGEST = graphql(`mutation ClusterIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);

function graphqlBody(r: PlannedRequest): string {
  const half = (t: PlannedTrace) => (r.half === 0 ? t.children.slice(0, FIRST_HALF_CHILDREN) : t.children.slice(FIRST_HALF_CHILDREN));
  const span = (s: PlannedSpan, t: PlannedTrace) => ({
    id: s.id,
    traceId: t.id,
    parentId: s.parent?.id,
    name: s.name,
    startTime: s.start.toISOString(),
    endTime: s.end.toISOString(),
  });
  const children = r.traces.flatMap((t) => half(t).map((s) => ({ s, t })));
  return JSON.stringify({
    query: INGEST.toString(),
    variables: {
      b: {
        traces: r.traces.map((t) => ({
          id: t.id,
          name: t.name,
          startTime: t.root.start.toISOString(),
          ...(r.half ? { endTime: t.root.end.toISOString() } : {}),
        })),
        agentCalls: r.traces.map((t) => ({
          id: t.root.id,
          traceId: t.id,
          name: t.name,
          startTime: t.root.start.toISOString(),
          ...(r.half ? { endTime: t.root.end.toISOString(), outputs: { answer: 'done' } } : {}),
        })),
        llmCalls: children
          .filter(({ s }) => s.kind === 'llm')
          .map(({ s, t }) => ({ ...span(s, t), model: 'gpt-4o-mini', promptTokens: 100, completionTokens: 20 })),
        toolCalls: children.filter(({ s }) => s.kind === 'tool').map(({ s, t }) => span(s, t)),
      },
    },
  });
}

function langsmithBody(r: PlannedRequest, projectName: string): string {
  const run = (s: PlannedSpan, t: PlannedTrace, ended: boolean) => ({
    id: s.id,
    trace_id: t.id,
    parent_run_id: s.parent?.id,
    name: s.name,
    run_type: s.kind === 'agent' ? 'chain' : s.kind,
    start_time: s.start.toISOString(),
    ...(ended ? { end_time: s.end.toISOString(), outputs: { answer: 'done' } } : {}),
    dotted_order: s.parent ? `${segment(s.parent.start, s.parent.id)}.${segment(s.start, s.id)}` : segment(s.start, s.id),
    session_name: projectName,
    inputs: { question: s.name },
    ...(s.kind === 'llm' ? { extra: { metadata: { ls_provider: 'openai', ls_model_name: 'gpt-4o-mini' } } } : {}),
  });
  const post = r.traces.flatMap((t) =>
    r.half === 0
      ? [run(t.root, t, false), ...t.children.slice(0, FIRST_HALF_CHILDREN).map((s) => run(s, t, true))]
      : t.children.slice(FIRST_HALF_CHILDREN).map((s) => run(s, t, true)),
  );
  const patch = r.half
    ? r.traces.map((t) => ({
        id: t.root.id,
        trace_id: t.id,
        dotted_order: segment(t.root.start, t.root.id),
        end_time: t.root.end.toISOString(),
        outputs: { answer: 'done' },
      }))
    : [];
  return JSON.stringify({ post, patch });
}

function otlpBody(r: PlannedRequest): string {
  const attr = (key: string, v: string | number) => ({ key, value: typeof v === 'number' ? { intValue: v } : { stringValue: v } });
  const span = (s: PlannedSpan, t: PlannedTrace) => ({
    traceId: t.hex,
    spanId: s.hex,
    ...(s.parent ? { parentSpanId: s.parent.hex } : {}),
    name: s.name,
    kind: 1,
    startTimeUnixNano: nanos(s.start),
    endTimeUnixNano: nanos(s.end),
    attributes:
      s.kind === 'agent'
        ? [attr('gen_ai.operation.name', 'invoke_agent'), attr('gen_ai.agent.name', s.name)]
        : s.kind === 'llm'
          ? [
              attr('gen_ai.operation.name', 'chat'),
              attr('gen_ai.request.model', 'gpt-4o-mini'),
              attr('gen_ai.usage.input_tokens', 100),
              attr('gen_ai.usage.output_tokens', 20),
            ]
          : [attr('gen_ai.operation.name', 'execute_tool'), attr('gen_ai.tool.name', s.name)],
  });
  const spans = r.traces.flatMap((t) =>
    r.half === 0 ? t.children.slice(0, FIRST_HALF_CHILDREN).map((s) => span(s, t)) : [...t.children.slice(FIRST_HALF_CHILDREN), t.root].map((s) => span(s, t)),
  );
  return JSON.stringify({
    resourceSpans: [{ resource: { attributes: [attr('service.name', 'cluster-soak')] }, scopeSpans: [{ scope: { name: 'cluster' }, spans }] }],
  });
}

/** Why a request must go again (to another API): it never got an answer, or the API could not take it then. */
class Retryable extends Error {}

/** Sends one planned request to `base` (an API's origin); resolves once it was stored in full. */
async function sendRequest(base: string, key: string, projectName: string, r: PlannedRequest): Promise<void> {
  const [url, body, headers] =
    r.protocol === 'graphql'
      ? [`${base}/graphql`, graphqlBody(r), { 'content-type': 'application/json', 'x-api-key': key }]
      : r.protocol === 'langsmith'
        ? [`${base}/langsmith/runs/batch`, langsmithBody(r, projectName), { 'content-type': 'application/json', 'x-api-key': key }]
        : [`${base}/v1/traces`, otlpBody(r), { 'content-type': 'application/json', authorization: `Bearer ${key}` }];
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { method: 'POST', headers, body });
    text = await res.text();
  } catch (e) {
    // The API went away before it answered (killed): whether it stored the request is unknown, so it goes again.
    throw new Retryable(`${url}: ${(e as Error).message}`);
  }
  if (res.status === 429 || res.status >= 500) throw new Retryable(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
  if (res.status >= 300) throw new Error(`${r.protocol} request answered ${res.status}: ${text.slice(0, 500)}`);
  if (r.protocol === 'graphql') {
    const parsed = JSON.parse(text) as { data?: { ingest: { accepted: number; rejected: number; rejections: { message: string }[] } }; errors?: unknown[] };
    const ingest = parsed.data?.ingest;
    // Every span counts; the trace objects beside them may too.
    const items = r.spans;
    if (!ingest || ingest.rejected || ingest.accepted < items) throw new Error(`ingest answered ${text.slice(0, 500)} for ${items} items`);
  }
  if (r.protocol === 'otlp' && text.includes('rejectedSpans')) throw new Error(`OTLP partial success: ${text.slice(0, 500)}`);
}

// ---------------------------------------------------------------- processes

type ClusterOptions = {
  /** An empty database (the first API migrates it) or a migrated one. */
  databaseUrl: string;
  log?: (msg: string) => void;
  /** Settings for every process, on top of the scenario's. */
  env?: Record<string, string>;
};

type Api = { port: number; proc: AppProcess | null; restarts: number };

const QUEUES = graphql(`query ClusterQueues { jobs { queues { name waiting active delayed prioritized failed } } }`);
const CREATE_PROJECT = graphql(`mutation ClusterCreateProject($n: String!) { createProject(input: { name: $n }) { id } }`);
const CREATE_KEY = graphql(`mutation ClusterCreateKey($p: ID!) { createApiKey(input: { projectId: $p, name: "cluster", role: ADMIN }) { secret } }`);

/** The processes of one run, their database and queues, and the fake LangSmith they forward to. */
export class Cluster {
  readonly apis: Api[] = [];
  readonly workers: AppProcess[] = [];
  readonly fake = new FakeLangSmith();
  readonly prefix = `sxcluster_${hex(5)}`;
  readonly adminKey = `sx_admin_${hex(24)}`;
  readonly projectName = `cluster-${hex(4)}`;
  projectId = '';
  apiKey = '';
  readonly pool: Pool;
  private env: Record<string, string> = {};
  private dataDir = '';
  private workerSeq = 0;

  constructor(private readonly o: ClusterOptions) {
    this.pool = new Pool({ connectionString: o.databaseUrl, max: 4 });
  }

  private log(msg: string) {
    this.o.log?.(msg);
  }

  /** Starts the fake LangSmith, then `apis` APIs one after the other (the first migrates) and `workers` workers; creates the project and its key. */
  async start(apis: number, workers: number): Promise<void> {
    const fakeUrl = await this.fake.start();
    this.dataDir = await mkdtemp(path.join(tmpdir(), 'sextant-cluster-'));
    const { DATABASE_URL: _d, REDIS_URL: _r, ...rest } = process.env;
    this.env = {
      ...(rest as Record<string, string>),
      NODE_ENV: 'test',
      DATABASE_URL: this.o.databaseUrl,
      REDIS_URL,
      QUEUE_BACKEND: 'redis',
      QUEUE_PREFIX: this.prefix,
      SEXTANT_ADMIN_KEY: this.adminKey,
      SEXTANT_DATA_DIR: this.dataDir,
      OTLP_GRPC: 'false',
      // Forwarding on for every project, to the fake; ended traces only, so each run goes out once, whole.
      LANGSMITH_TRACING: 'true',
      LANGSMITH_API_KEY: 'key',
      LANGSMITH_ENDPOINT: fakeUrl,
      LANGSMITH_FORWARD_INTERVAL_MS: '0',
      METRICS_DELAY_MS: '500',
      // Short, so that the jobs a killed worker held are taken back within the run.
      JOB_LOCK_MS: '3000',
      WORKER_CONCURRENCY: '8',
      ...this.o.env,
    };
    for (let i = 0; i < apis; i++) await this.addApi();
    for (let i = 0; i < workers; i++) await this.startWorker();
    const admin = (doc: TypedOperation<any, any>, variables: Record<string, unknown>) => this.gql(0, this.adminKey, doc, variables);
    this.projectId = (await admin(CREATE_PROJECT, { n: this.projectName })).createProject.id;
    this.apiKey = (await admin(CREATE_KEY, { p: this.projectId })).createApiKey.secret;
  }

  origin(i: number): string {
    return `http://127.0.0.1:${this.apis[i].port}`;
  }

  wsUrl(i: number): string {
    return `ws://127.0.0.1:${this.apis[i].port}/graphql`;
  }

  /** One more API process, on a port of its own. */
  async addApi(): Promise<void> {
    this.apis.push({ port: await freePort(), proc: null, restarts: 0 });
    await this.startApi(this.apis.length - 1);
  }

  /** Starts API `i` (again, after a kill) on its port; resolves once /health answers. */
  async startApi(i: number): Promise<void> {
    const api = this.apis[i];
    const name = `api${i + 1}${api.restarts ? `#${api.restarts + 1}` : ''}`;
    this.log(`starting ${name} on port ${api.port}...`);
    const proc = startApp(name, 'apps/api/src/main.ts', { env: { ...this.env, RUN_WORKER: 'false', HOST: '127.0.0.1', PORT: String(api.port) } });
    api.proc = proc;
    await proc.waitFor(/Sextant is running[\s\S]*\n\n/, 'its banner', { timeoutMs: START_TIMEOUT_MS });
  }

  async killApi(i: number): Promise<void> {
    const api = this.apis[i];
    this.log(`SIGKILL ${api.proc?.name}`);
    await api.proc?.kill();
    api.restarts++;
  }

  /** A worker process on every queue; resolves once it printed its banner. */
  async startWorker(): Promise<AppProcess> {
    const name = `worker${++this.workerSeq}`;
    this.log(`starting ${name}...`);
    const w = startApp(name, 'apps/worker/src/main.ts', { env: this.env });
    this.workers.push(w);
    await w.waitFor(/Sextant worker is running/, 'its banner', { timeoutMs: START_TIMEOUT_MS });
    return w;
  }

  /** The processes running now. */
  running(): AppProcess[] {
    return [...this.apis.map((a) => a.proc), ...this.workers].filter((p): p is AppProcess => p !== null && !p.hasExited());
  }

  /** Fails when a process died without being killed by the scenario. */
  checkAlive(): void {
    const e = exitedEarly([...this.apis.flatMap((a) => (a.proc ? [a.proc] : [])), ...this.workers]);
    if (e) throw e;
  }

  async gql(i: number, key: string, doc: TypedOperation<any, any>, variables: Record<string, unknown> = {}): Promise<any> {
    const res = await fetch(`${this.origin(i)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: doc.toString(), variables }),
    });
    const body = (await res.json()) as FormattedExecutionResult<any>;
    if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** Sends `r` to API `first`, and on a failure that may be the API's going away, to the others in turn. */
  async send(first: number, r: PlannedRequest): Promise<{ retries: number }> {
    let last: unknown;
    for (let attempt = 0; attempt < SEND_ATTEMPTS; attempt++) {
      const i = (first + attempt) % this.apis.length;
      try {
        await sendRequest(this.origin(i), this.apiKey, this.projectName, r);
        return { retries: attempt };
      } catch (e) {
        if (!(e instanceof Retryable)) throw e;
        last = e;
        this.checkAlive();
        // Both APIs may be down for a moment only while one restarts: wait a little before going round again.
        if ((attempt + 1) % this.apis.length === 0) await sleep(200);
      }
    }
    throw new Error(`request not stored after ${SEND_ATTEMPTS} attempts: ${String(last)}`);
  }

  /** The queues, as the API reports them. */
  async queues(): Promise<{ name: string; waiting: number; active: number; delayed: number; prioritized: number; failed: number }[]> {
    const i = this.apis.findIndex((a) => a.proc && !a.proc.hasExited());
    return (await this.gql(i, this.adminKey, QUEUES)).jobs.queues;
  }

  /** Stops what still runs, closes the fake, removes the run's Redis keys and data folder. */
  async stop(): Promise<void> {
    await Promise.allSettled(this.running().map((p) => p.stop(STOP_TIMEOUT_MS)));
    await Promise.allSettled(this.running().map((p) => p.kill()));
    await this.fake.stop().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
    try {
      await redis.connect();
      for (let cursor = '0'; ;) {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.prefix}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
        if (cursor === '0') break;
      }
    } finally {
      redis.disconnect();
    }
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- live subscribers

const TAIL = graphql(`subscription ClusterTail($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id sequence name endTime } }`);

type Seen = { seq: number; name: string | null; endTime: string | null };

/**
 * Tails its own traces on one API; when that API goes away it reconnects to the next one (as a load
 * balancer would send it) and resumes each trace after the last sequence number it received.
 */
class Subscriber {
  /** Per trace, the last sequence number received. */
  readonly last = new Map<string, number>();
  /** Per trace, the last version of each span received. */
  readonly spans = new Map<string, Map<string, Seen>>();
  readonly problems: string[] = [];
  reconnects = 0;
  resubscribes = 0;
  private client: LiveClient | null = null;
  private closing = false;

  constructor(
    readonly name: string,
    private readonly cluster: Cluster,
    private api: number,
    readonly traces: PlannedTrace[],
  ) {}

  /** The id the subscription names a trace by: its OpenTelemetry id for OTLP traces. */
  static idOf(t: PlannedTrace): string {
    return t.protocol === 'otlp' ? t.hex : t.id;
  }

  async connect(): Promise<void> {
    const c = liveClient(this.cluster.wsUrl(this.api), this.cluster.apiKey);
    this.client = c;
    void c.closed.then(() => {
      if (this.closing || this.client !== c) return;
      this.reconnects++;
      this.api = (this.api + 1) % this.cluster.apis.length;
      void this.connect().catch((e) => this.problems.push(`${this.name}: reconnect failed: ${String(e)}`));
    });
    for (const t of this.traces) this.subscribe(c, t);
  }

  private subscribe(c: LiveClient, t: PlannedTrace) {
    const key = Subscriber.idOf(t);
    // Always from a sequence number: 0 before anything arrived, so nothing ingested before the subscription is missed.
    subscribeTyped(
      c.client,
      TAIL,
      { t: key, since: String(this.last.get(key) ?? 0) },
      {
        next: (r) => {
          const span = r.data?.spanAdded;
          if (r.errors?.length || !span) {
            const lagged = r.errors?.some((e) => e.extensions?.code === 'SUBSCRIBER_LAGGED');
            if (lagged && this.client === c) {
              this.resubscribes++;
              return this.subscribe(c, t);
            }
            this.problems.push(`${this.name} trace ${t.name}: ${JSON.stringify(r.errors)}`);
            return;
          }
          const before = this.last.get(key) ?? 0;
          if (span.sequence <= before) this.problems.push(`${this.name} trace ${t.name}: sequence ${span.sequence} after ${before}`);
          this.last.set(key, Math.max(before, span.sequence));
          let spans = this.spans.get(key);
          if (!spans) this.spans.set(key, (spans = new Map()));
          spans.set(span.id, { seq: span.sequence, name: span.name ?? null, endTime: span.endTime ?? null });
        },
        error: (e) => {
          // A closed socket is handled by the reconnect; anything else is a failure.
          if (this.client === c && !this.closing && !(e && typeof e === 'object' && 'code' in e))
            this.problems.push(`${this.name} trace ${t.name}: ${String(e)}`);
        },
        complete: () => {},
      },
    );
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.client?.dispose();
  }
}

// ---------------------------------------------------------------- the checks

/** Traces not measured yet, and forwards not sent yet, in the project. */
export async function progress(pool: Pool, projectId: string): Promise<{ traces: number; measured: number; sent: number }> {
  const [r] = (
    await pool.query(
      `SELECT count(*)::int AS traces,
              count(*) FILTER (WHERE t.version > 0 AND t.metrics_version = t.version)::int AS measured,
              count(*) FILTER (WHERE f.status = 'sent')::int AS sent
       FROM traces t LEFT JOIN langsmith_forwards f ON f.trace_id = t.id WHERE t.project_id = $1`,
      [projectId],
    )
  ).rows;
  return r;
}

const sameTime = (a: Date | string | null | undefined, b: Date | null) => (a ? new Date(a).getTime() : null) === (b ? b.getTime() : null);

/** Every difference between what was sent and what the database, the fake LangSmith and the subscribers hold. */
async function verify(cluster: Cluster, planned: PlannedTrace[], subscribers: Subscriber[]): Promise<string[]> {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < 50) problems.push(p);
  };
  const { pool, projectId } = cluster;
  // Spans: per trace (by name, which the scenario makes unique), the set of spans and their final fields.
  const rows: {
    trace_id: string;
    trace: string | null;
    id: string;
    name: string;
    parent: string | null;
    kind: string;
    start_time: Date;
    end_time: Date | null;
    seq: number;
  }[] = (
    await pool.query(
      `SELECT t.id AS trace_id, t.name AS trace, s.id, s.name, p.name AS parent, s.kind, s.start_time, s.end_time, s.seq
       FROM spans s JOIN traces t ON t.id = s.trace_id LEFT JOIN spans p ON p.id = s.parent_id WHERE s.project_id = $1`,
      [projectId],
    )
  ).rows;
  const byTrace = new Map<string, typeof rows>();
  for (const r of rows) byTrace.set(r.trace ?? `(unnamed ${r.trace_id})`, [...(byTrace.get(r.trace ?? `(unnamed ${r.trace_id})`) ?? []), r]);
  const traceRows: { name: string | null; n: number }[] = (
    await pool.query('SELECT name, count(*)::int AS n FROM traces WHERE project_id = $1 GROUP BY name', [projectId])
  ).rows;
  const tracesStored = traceRows.reduce((n, r) => n + r.n, 0);
  if (tracesStored !== planned.length) add(`${tracesStored} traces stored, ${planned.length} sent`);
  for (const r of traceRows) if (r.n > 1) add(`${r.n} traces named ${r.name}`);
  const traceIdOf = new Map<string, string>();
  for (const t of planned) {
    const got = byTrace.get(t.name) ?? [];
    if (got.length) traceIdOf.set(t.name, got[0].trace_id);
    const want = [t.root, ...t.children];
    if (got.length !== want.length) add(`trace ${t.name} (${t.protocol}): ${got.length} spans stored, ${want.length} sent`);
    for (const s of want) {
      const row = got.filter((g) => g.name === s.name);
      if (row.length !== 1) {
        add(`trace ${t.name} (${t.protocol}): ${row.length} spans named ${s.name}`);
        continue;
      }
      const g = row[0];
      if (g.kind !== s.kind || g.parent !== (s.parent?.name ?? null) || !sameTime(g.start_time, s.start) || !sameTime(g.end_time, s.end))
        add(
          `trace ${t.name} (${t.protocol}) span ${s.name}: stored ${JSON.stringify({ kind: g.kind, parent: g.parent, start: g.start_time, end: g.end_time })}, sent ${JSON.stringify({ kind: s.kind, parent: s.parent?.name ?? null, start: s.start, end: s.end })}`,
        );
    }
  }

  // Metrics: every trace measured at its last version (metrics_version, the marker the worker leaves),
  // with its worker rows. A result's key (trace, name, span, label: one per tool) is its row id, so
  // a rerun overwrites rather than adds; what a rerun could leave behind is rows of an earlier
  // computation beside the last one's. The traces of one protocol have the same shape, so each must
  // hold the same number of worker rows: one trace with more holds a result twice.
  const [m] = (
    await pool.query(
      `SELECT count(*) FILTER (WHERE NOT (t.version > 0 AND t.metrics_version = t.version))::int AS unmeasured,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM metrics x WHERE x.trace_id = t.id AND x.source = 'worker'))::int AS without_rows
       FROM traces t WHERE t.project_id = $1`,
      [projectId],
    )
  ).rows;
  if (m.unmeasured) add(`${m.unmeasured} traces whose metrics are not computed at their last version`);
  if (m.without_rows) add(`${m.without_rows} traces without metric rows from the worker`);
  const metricRows: { trace: string; n: number }[] = (
    await pool.query(
      `SELECT t.name AS trace, count(m.id)::int AS n FROM traces t LEFT JOIN metrics m ON m.trace_id = t.id AND m.source = 'worker'
       WHERE t.project_id = $1 GROUP BY t.id, t.name`,
      [projectId],
    )
  ).rows;
  const rowsOf = new Map(metricRows.map((r) => [r.trace, r.n]));
  for (const protocol of PROTOCOLS) {
    const counts = new Map<number, string[]>();
    for (const t of planned.filter((x) => x.protocol === protocol)) {
      const n = rowsOf.get(t.name) ?? 0;
      counts.set(n, [...(counts.get(n) ?? []), t.name]);
    }
    if (counts.size > 1)
      add(
        `${protocol} traces hold different numbers of metric rows: ${JSON.stringify([...counts].map(([n, ts]) => ({ rows: n, traces: ts.length, e: ts.slice(0, 3) })))}`,
      );
  }

  // Forwards: every trace sent, each run posted exactly once, holding the span's final state.
  const forwards: { status: string; n: number }[] = (
    await pool.query(
      `SELECT coalesce(f.status, 'none') AS status, count(*)::int AS n FROM traces t LEFT JOIN langsmith_forwards f ON f.trace_id = t.id
       WHERE t.project_id = $1 GROUP BY 1`,
      [projectId],
    )
  ).rows;
  for (const f of forwards) if (f.status !== 'sent') add(`${f.n} traces with forwarding status ${f.status}`);
  const fake = cluster.fake;
  for (const [id, n] of fake.posts) if (n !== 1) add(`run ${id} posted ${n} times`);
  const runBySpan = new Map<string, Record<string, any>>();
  for (const run of fake.runs.values()) {
    const spanId = (run.extra as { metadata?: { sextant_span_id?: string } } | undefined)?.metadata?.sextant_span_id;
    if (spanId) runBySpan.set(spanId, run);
  }
  for (const g of rows) {
    const run = runBySpan.get(g.id);
    if (!run) {
      add(`span ${g.trace}/${g.name} never reached LangSmith`);
      continue;
    }
    if (run.name !== g.name || !sameTime(run.end_time as string, g.end_time))
      add(`span ${g.trace}/${g.name} reached LangSmith as ${JSON.stringify({ name: run.name, end_time: run.end_time })}, stored ${g.end_time?.toISOString()}`);
  }
  // A root chain run made from the trace for each trace not sent through the LangSmith endpoints.
  const runsWanted = rows.length + planned.filter((t) => t.protocol !== 'langsmith').length;
  if (fake.runs.size !== runsWanted) add(`LangSmith holds ${fake.runs.size} runs, ${runsWanted} expected`);

  // Subscribers: per trace, the last version of every span, in increasing sequence (checked as they arrived).
  for (const sub of subscribers) {
    for (const p of sub.problems.slice(0, 10)) add(p);
    for (const t of sub.traces) {
      const key = Subscriber.idOf(t);
      const got = sub.spans.get(key) ?? new Map<string, Seen>();
      const stored = byTrace.get(t.name) ?? [];
      if (got.size !== stored.length) add(`${sub.name} trace ${t.name}: received ${got.size} spans, ${stored.length} stored`);
      for (const g of stored) {
        const seen = got.get(g.id);
        if (!seen || seen.seq !== g.seq || seen.name !== g.name || !sameTime(seen.endTime, g.end_time))
          add(`${sub.name} trace ${t.name} span ${g.name}: last received ${JSON.stringify(seen)}, stored seq ${g.seq} end ${g.end_time?.toISOString()}`);
      }
    }
  }
  return problems;
}

/** Whether every subscriber received, for each of its traces, the last sequence number stored. */
async function subscribersCaughtUp(cluster: Cluster, subscribers: Subscriber[]): Promise<{ behind: number }> {
  const rows: { name: string; seq: number }[] = (
    await cluster.pool.query('SELECT t.name, max(s.seq)::int AS seq FROM spans s JOIN traces t ON t.id = s.trace_id WHERE s.project_id = $1 GROUP BY t.name', [
      cluster.projectId,
    ])
  ).rows;
  const maxSeq = new Map(rows.map((r) => [r.name, r.seq]));
  let behind = 0;
  for (const s of subscribers) for (const t of s.traces) if ((s.last.get(Subscriber.idOf(t)) ?? 0) < (maxSeq.get(t.name) ?? 1)) behind++;
  return { behind };
}

// ---------------------------------------------------------------- the soak run

export type ClusterSize = {
  /** Spans in all, SPANS_PER_TRACE per trace. */
  spans: number;
  tracesPerRequest: number;
  /** Requests in flight at once (each lane sends a group's halves one after the other). */
  lanes: number;
  /** Traces tailed live, shared among four subscribers (two per API). */
  watchedTraces: number;
  /** For the wait on the workers and subscribers after the last request. */
  settleTimeoutMs: number;
};

export type ClusterReport = {
  problems: string[];
  spans: number;
  traces: number;
  requests: number;
  /** Requests sent again to another API because theirs went away. */
  retries: number;
  reconnects: number;
  /** Traces measured when the first worker was killed. */
  measuredAtWorkerKill: number;
  ingestSeconds: number;
  settleSeconds: number;
};

/**
 * Two APIs and two workers on `databaseUrl`; the load sent over both APIs, API 1 and worker 1
 * SIGKILLed and restarted mid-run; then, once everything settled, what `verify` finds.
 */
export async function runClusterScenario(databaseUrl: string, size: ClusterSize, log: (msg: string) => void = () => {}): Promise<ClusterReport> {
  const traces = Math.ceil(size.spans / SPANS_PER_TRACE);
  const plan = planLoad(traces, size.tracesPerRequest);
  const cluster = new Cluster({ databaseUrl, log });
  const subs: Subscriber[] = [];
  const problems: string[] = [];
  try {
    await cluster.start(2, 2);
    const every = Math.max(1, Math.floor(traces / size.watchedTraces));
    const watched = plan.traces.filter((t) => t.index % every === 0).slice(0, size.watchedTraces);
    for (let k = 0; k < 4; k++)
      subs.push(
        new Subscriber(
          `subscriber${k + 1}`,
          cluster,
          k % 2,
          watched.filter((_, j) => j % 4 === k),
        ),
      );
    await Promise.all(subs.map((s) => s.connect()));

    // The API kill: once 40% of the groups are in, API 1 goes down hard and comes back on its port.
    const killApiAt = Math.floor(plan.groups.length * 0.4);
    let apiChaos: Promise<void> | null = null;
    // The worker kill: once a tenth of the traces are measured, mid-backlog.
    let measuredAtWorkerKill = -1;
    let ingestDone = false;
    let failed = false;
    const workerChaos = (async () => {
      for (;;) {
        if (failed) return;
        const p = await progress(cluster.pool, cluster.projectId);
        if (p.measured >= traces / 10) break;
        if (ingestDone && p.measured === traces) break;
        cluster.checkAlive();
        await sleep(100);
      }
      measuredAtWorkerKill = (await progress(cluster.pool, cluster.projectId)).measured;
      log(`SIGKILL ${cluster.workers[0].name} with ${measuredAtWorkerKill} of ${traces} traces measured`);
      await cluster.workers[0].kill();
      await cluster.startWorker();
    })();

    log(`sending ${plan.groups.length * 2} requests (${size.spans} spans in ${traces} traces) over ${size.lanes} lanes...`);
    const started = performance.now();
    let next = 0;
    let done = 0;
    let retries = 0;
    const ingestion = Promise.all(
      Array.from({ length: size.lanes }, async () => {
        while (next < plan.groups.length) {
          const g = next++;
          const [first, second] = plan.groups[g];
          // The two halves of a trace through different APIs.
          retries += (await cluster.send(g % 2, first)).retries;
          retries += (await cluster.send((g + 1) % 2, second)).retries;
          if (++done === killApiAt)
            apiChaos = (async () => {
              await cluster.killApi(0);
              await cluster.startApi(0);
            })();
        }
      }),
    );
    try {
      await ingestion;
    } catch (e) {
      failed = true;
      await Promise.allSettled([workerChaos, apiChaos]);
      throw e;
    }
    ingestDone = true;
    const ingestSeconds = (performance.now() - started) / 1000;
    log(`ingested in ${ingestSeconds.toFixed(1)} s (${retries} requests sent again); waiting for the workers and subscribers...`);
    await apiChaos;
    await workerChaos;

    const settleStarted = performance.now();
    let state: unknown = null;
    for (;;) {
      cluster.checkAlive();
      const p = await progress(cluster.pool, cluster.projectId);
      const queues = (await cluster.queues()).filter((q) => q.name === 'METRICS' || q.name === 'LANGSMITH');
      const busy = queues.reduce((n, q) => n + q.waiting + q.active + q.delayed + q.prioritized, 0);
      const { behind } = await subscribersCaughtUp(cluster, subs);
      state = { ...p, queues, behind };
      if (p.measured === traces && p.sent === traces && busy === 0 && behind === 0) {
        for (const q of queues) if (q.failed) problems.push(`${q.failed} failed jobs in the ${q.name} queue`);
        break;
      }
      if (performance.now() - settleStarted > size.settleTimeoutMs) {
        problems.push(`not settled within ${size.settleTimeoutMs / 1000} s: ${JSON.stringify(state)}`);
        for (const p of cluster.running()) problems.push(`${p.name}'s last output:\n${p.output().slice(-2000)}`);
        break;
      }
      await sleep(250);
    }
    const settleSeconds = (performance.now() - settleStarted) / 1000;
    log(`settled in ${settleSeconds.toFixed(1)} s: ${JSON.stringify(state)}`);
    if (measuredAtWorkerKill >= traces) problems.push(`the worker was killed only after every trace was measured: the kill proved nothing`);
    problems.push(...(await verify(cluster, plan.traces, subs)));
    return {
      problems,
      spans: size.spans,
      traces,
      requests: plan.groups.length * 2,
      retries,
      reconnects: subs.reduce((n, s) => n + s.reconnects, 0),
      measuredAtWorkerKill,
      ingestSeconds,
      settleSeconds,
    };
  } finally {
    await Promise.allSettled(subs.map((s) => s.close()));
    await cluster.stop();
  }
}
