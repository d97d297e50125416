// LangSmith benchmark, both directions. (1) Ingestion: runs/s that the official `langsmith` SDK gets
// accepted through Sextant's /langsmith/runs/multipart, end to end (traceable → auto-batching →
// multipart → stored), and the server's own ceiling with the same part scheme sent from pre-built
// bodies; the API runs in a process of its own. (2) Forwarding: runs/s that one worker process
// (`apps/worker/src/main.ts`, WORKER_QUEUES=langsmith) delivers to a LangSmith-compatible receiver
// run by this process (node:http on 127.0.0.1: `GET /info`, `POST /runs/multipart`, `/runs/batch`),
// starting on a backlog of `langsmith.forward` jobs queued by an API (RUN_WORKER=false) that had
// forwarding switched on with LangSmith's own variables (LANGSMITH_TRACING, LANGSMITH_API_KEY,
// LANGSMITH_ENDPOINT, LANGSMITH_PROJECT); every run must arrive exactly once. Run with
// `pnpm bench:langsmith [--only ingest|forward] [--traces N] [--concurrency C] [--forward-traces N]
// [--forward-concurrency C] [--backend redis|postgres|both]`; set DATABASE_URL to use an existing
// Postgres, else an embedded one is started; the Redis queue backend uses REDIS_URL (default
// redis://127.0.0.1:6379). Each forwarding run gets a fresh database and a queue prefix of its own,
// removed at the end.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '@sextant/config';
import { JobQueues, queueConnection, type QueueStatus, type RedisClient } from '@sextant/jobs';
import { MultipartBodyError, readMultipartParts } from '@sextant/server';
import { Client } from 'langsmith';
import { traceable } from 'langsmith/traceable';
import { type Client as PgClient } from 'pg';
import { exitedEarly } from '../support/app-process';
import { freePort } from '../support/ports';
import { mulberry32 } from '../support/random';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import {
  benchQueuePrefix,
  type BenchChild,
  Cleanups,
  connectPg,
  connectRedis,
  createApiKey,
  createBenchDatabase,
  createProject,
  deleteRedisKeys,
  redisClusterFromEnv,
  fmt,
  log,
  machineCpu,
  positiveInt,
  redisUrlFromEnv,
  runMain,
  spawnChild,
  tempDir,
  throwIfAborted,
  trapSignals,
  uuidv7,
  waitHealthy,
  openBenchDatabase,
  BENCH_WORDS,
  cpuMsOf,
  summarizeMessages,
  ingestAll,
  type GqlBody,
  gqlBody,
} from './bench-kit';

const RUNS_PER_TRACE = 5;
const API_START_TIMEOUT_MS = 60_000;
const API_STOP_TIMEOUT_MS = 15_000;
// As many runs per request as /info lets the SDK batch (size_limit), as many requests at once as it sends (traceBatchConcurrency).
const RUNS_PER_REQUEST = 1000;
const REQUESTS_IN_FLIGHT = 5;

// Forwarding half.
const BACKENDS = ['redis', 'postgres'] as const;
type Backend = (typeof BACKENDS)[number];
/** Spans per forwarded trace (see forwardTrace); the receiver gets one more run, the root synthesized from the trace row. */
const FORWARD_SPANS = 8;
const FORWARD_RUNS_PER_TRACE = FORWARD_SPANS + 1;
/** Traces per `ingest` request while the backlog is built, and requests in flight (not measured). */
const BACKLOG_BATCH_TRACES = 250;
const BACKLOG_IN_FLIGHT = 2;
/** What the receiver's /info advertises: LangSmith's own limits (20 MiB, 100 runs per request). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const RECEIVER_INFO = { version: 'sextant-bench', batch_ingest_config: { size_limit_bytes: 20_971_520, size_limit: 100 } };
const POLL_MS = 20;
/** The drain fails when no further run arrives for this long. */
const STALL_TIMEOUT_MS = 60_000;
const WORKER_START_TIMEOUT_MS = 90_000;
const WORKER_STOP_TIMEOUT_MS = 30_000;
/** How often the drain looks at the queue, and how long it may stay empty while runs are missing before the run fails. */
const QUEUE_CHECK_MS = 500;
const QUEUE_EMPTY_GRACE_MS = 3000;
/** After the last expected run, how long the receiver keeps listening for duplicates before the figures are taken. */
const SETTLE_MS = 1000;

type Options = {
  only: 'ingest' | 'forward' | null;
  traces: number;
  concurrency: number;
  forwardTraces: number;
  forwardConcurrency: number;
  backends: Backend[];
};

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      traces: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '50' },
      'forward-traces': { type: 'string', default: '2000' },
      // The product's default (WORKER_CONCURRENCY=4), not whatever this shell exports.
      'forward-concurrency': { type: 'string', default: String(loadConfig({}).jobs.concurrency) },
      backend: { type: 'string', default: 'both' },
    },
    strict: true,
  });
  const only = values.only;
  if (only !== undefined && only !== 'ingest' && only !== 'forward') throw new Error(`--only must be ingest or forward, got ${only}`);
  const backend = values.backend;
  if (backend !== 'both' && !BACKENDS.includes(backend as Backend)) throw new Error(`--backend must be redis, postgres or both, got ${backend}`);
  const forwardConcurrency = positiveInt('forward-concurrency', values['forward-concurrency']);
  if (forwardConcurrency > 1000) throw new Error(`--forward-concurrency must not exceed 1000 (WORKER_CONCURRENCY), got ${forwardConcurrency}`);
  return {
    only: only ?? null,
    traces: positiveInt('traces', values.traces),
    concurrency: positiveInt('concurrency', values.concurrency),
    forwardTraces: positiveInt('forward-traces', values['forward-traces']),
    forwardConcurrency,
    backends: backend === 'both' ? [...BACKENDS] : [backend as Backend],
  };
}

/** One agent trace as LangSmith users write it: a root chain, a sub-agent, two model calls and a tool. */
function makeAgent(client: Client, projectName: string) {
  const config = { client, project_name: projectName };
  const model = traceable(
    async (messages: { role: string; content: string }[]) => ({
      messages: [{ role: 'assistant', content: `The answer to "${messages[0].content}" is in the order history.` }],
      usage_metadata: { input_tokens: 850, output_tokens: 120, total_tokens: 970, input_token_details: { cache_read: 256 } },
    }),
    { ...config, name: 'ChatOpenAI', run_type: 'llm', metadata: { ls_provider: 'openai', ls_model_name: 'gpt-4o-mini', ls_temperature: 0 } },
  );
  const lookup = traceable(async (orderId: string) => ({ orderId, status: 'shipped', carrier: 'DHL', eta: '2 days' }), {
    ...config,
    name: 'order_lookup',
    run_type: 'tool',
  });
  const researcher = traceable(
    async (question: string) => {
      const plan = await model([{ role: 'user', content: question }]);
      const order = await lookup('A-1042');
      const answer = await model([{ role: 'user', content: `${question} ${JSON.stringify(order)}` }]);
      return { plan: plan.messages[0].content, answer: answer.messages[0].content };
    },
    { ...config, name: 'researcher', metadata: { ls_agent_type: 'subagent' } },
  );
  return traceable(async (question: string, thread: string) => researcher(question).then((r) => ({ final: r.answer, thread })), {
    ...config,
    name: 'support-agent',
  });
}

/** The SDK's multipart body for `runs`: `post.<id>` plus one JSON part per field, each with `; length=`. */
function multipartBody(runs: Record<string, unknown>[]): { body: Uint8Array<ArrayBuffer>; contentType: string } {
  const boundary = `----LangSmithFormBoundary${randomBytes(6).toString('hex')}`;
  const chunks: Buffer[] = [];
  const part = (name: string, value: unknown) => {
    const data = Buffer.from(JSON.stringify(value));
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\nContent-Type: application/json; length=${data.length}\r\n\r\n`),
      data,
      Buffer.from('\r\n'),
    );
  };
  for (const run of runs) {
    const { inputs, outputs, extra, ...rest } = run;
    part(`post.${run.id}`, rest);
    part(`post.${run.id}.inputs`, inputs);
    part(`post.${run.id}.outputs`, outputs);
    part(`post.${run.id}.extra`, extra);
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: new Uint8Array(Buffer.concat(chunks)), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Finished runs shaped like the SDK's (five per trace, dotted orders and all), in requests of RUNS_PER_REQUEST. */
function prebuiltRequests(traces: number, projectName: string): { body: Uint8Array<ArrayBuffer>; contentType: string }[] {
  const runs: Record<string, unknown>[] = [];
  const seg = (t: number, id: string) => `${new Date(t).toISOString().replace(/[-:.]/g, '').slice(0, 18)}000Z${id}`;
  const t0 = Date.now() - 3_600_000;
  for (let i = 0; i < traces; i++) {
    const start = t0 + i;
    const root = uuidv7();
    const sub = uuidv7();
    const rootDotted = seg(start, root);
    const subDotted = `${rootDotted}.${seg(start, sub)}`;
    const common = {
      trace_id: root,
      session_name: projectName,
      start_time: start,
      end_time: start + 5,
      extra: { metadata: { thread_id: `t-${i % 100}` }, runtime: { sdk: 'langsmith-js' } },
    };
    runs.push({
      ...common,
      id: root,
      name: 'support-agent',
      run_type: 'chain',
      dotted_order: rootDotted,
      inputs: { args: ['Where is my order?'] },
      outputs: { final: 'shipped' },
    });
    runs.push({
      ...common,
      id: sub,
      parent_run_id: root,
      name: 'researcher',
      run_type: 'chain',
      dotted_order: subDotted,
      inputs: { input: 'Where is my order?' },
      outputs: { answer: 'shipped' },
    });
    for (const name of ['ChatOpenAI', 'order_lookup', 'ChatOpenAI']) {
      const id = uuidv7();
      const llm = name === 'ChatOpenAI';
      runs.push({
        ...common,
        id,
        parent_run_id: sub,
        name,
        run_type: llm ? 'llm' : 'tool',
        dotted_order: `${subDotted}.${seg(start, id)}`,
        inputs: llm ? { messages: [{ role: 'user', content: 'Where is my order?' }] } : { input: 'A-1042' },
        outputs: llm
          ? { messages: [{ role: 'assistant', content: 'It shipped.' }], usage_metadata: { input_tokens: 850, output_tokens: 120, total_tokens: 970 } }
          : { status: 'shipped' },
        extra: llm ? { ...common.extra, metadata: { ...common.extra.metadata, ls_provider: 'openai', ls_model_name: 'gpt-4o-mini' } } : common.extra,
      });
    }
  }
  const out: { body: Uint8Array<ArrayBuffer>; contentType: string }[] = [];
  for (let at = 0; at < runs.length; at += RUNS_PER_REQUEST) out.push(multipartBody(runs.slice(at, at + RUNS_PER_REQUEST)));
  return out;
}

/** CPU seconds a process has used so far, from /proc (Linux); null elsewhere. */
const cpuSecOf = (pid: number | undefined) => {
  const ms = cpuMsOf(pid);
  return ms === null ? null : ms / 1000;
};

// ---------------------------------------------------------------- 1. ingestion

type BenchDb = { postgresLabel: string; version: string; dbName: string; benchUrl: string };

/** The ingestion half on its own database; returns its report lines, throws when a run was lost or the SDK complained. */
async function ingestHalf(opts: Options, db: BenchDb, signal: AbortSignal): Promise<string[]> {
  const { postgresLabel, version, dbName, benchUrl } = db;
  const cleanups = new Cleanups();
  // The SDK only logs failed uploads: any such line fails the run, since the figures would cover less work.
  const sdkComplaints: string[] = [];
  const originalWarn = console.warn;
  const originalError = console.error;
  const tracingBefore = process.env.LANGSMITH_TRACING;
  try {
    const dataDir = await tempDir('sextant-bench-langsmith-', 'remove data folder', cleanups);
    const adminKey = `sx_admin_${randomBytes(24).toString('hex')}`;
    const port = await freePort();
    log(`ingest: starting the API on port ${port}, database ${dbName}...`);
    // No worker: the figure is ingestion's, not ingestion's plus the metric jobs it triggers. No
    // forwarding either, whatever LANGSMITH_* this shell exports (an empty value counts as unset).
    const api = spawnChild(
      'api',
      'apps/api/src/main.ts',
      {
        DATABASE_URL: benchUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEXTANT_ADMIN_KEY: adminKey,
        SEXTANT_DATA_DIR: dataDir,
        RUN_WORKER: 'false',
        LANGSMITH_API_KEY: '',
      },
      { showStderr: (line) => line.trim() !== '' },
    );
    cleanups.add('stop the API', () => api.stop(API_STOP_TIMEOUT_MS));
    await waitHealthy(api, port, signal, API_START_TIMEOUT_MS);
    const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
    const endpoint = `http://127.0.0.1:${port}/langsmith`;

    const suffix = randomBytes(4).toString('hex');
    const sdkProject = `bench-langsmith-${suffix}-sdk`;
    const rawProject = `bench-langsmith-${suffix}-raw`;
    const sdkProjectId = await createProject(graphqlUrl, adminKey, sdkProject);
    const rawProjectId = await createProject(graphqlUrl, adminKey, rawProject);
    const sdkKey = await createApiKey(graphqlUrl, adminKey, sdkProjectId);
    const rawKey = await createApiKey(graphqlUrl, adminKey, rawProjectId);
    const bench = await connectPg({ connectionString: benchUrl }, 'disconnect bench client', cleanups);
    const countSpans = async (projectId: string) => Number((await bench.query('SELECT count(*) AS n FROM spans WHERE project_id = $1', [projectId])).rows[0].n);

    // The bench's own progress lines go through console.error too: only the SDK's are collected.
    const collect =
      (original: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        const line = args.map(String).join(' ');
        if (line.startsWith('[bench]')) original(...args);
        else sdkComplaints.push(line);
      };
    console.warn = collect(originalWarn);
    console.error = collect(originalError);

    // 1. The official SDK, end to end, switched on as users switch it on.
    process.env.LANGSMITH_TRACING = 'true';
    const client = new Client({ apiUrl: endpoint, apiKey: sdkKey });
    let sdkRequests = 0;
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (String(input).endsWith('/runs/multipart')) sdkRequests++;
      return realFetch(input, init);
    };
    cleanups.add('restore fetch', async () => void (globalThis.fetch = realFetch));
    const agent = makeAgent(client, sdkProject);
    log('ingest: SDK: warm-up trace...');
    await agent('warm-up', 'warm-up');
    await client.awaitPendingTraceBatches();
    log(`ingest: SDK: ${fmt(opts.traces)} traces (${fmt(opts.traces * RUNS_PER_TRACE)} runs), ${opts.concurrency} traces at once...`);
    const warmupRequests = sdkRequests;
    const apiCpuBefore = cpuSecOf(api.child.pid);
    const selfCpuBefore = process.cpuUsage();
    const sdkStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        for (let i = next++; i < opts.traces; i = next++) await agent(`Where is order A-${i}?`, `thread-${i % 100}`);
      }),
    );
    const tracedMs = performance.now() - sdkStart;
    await client.awaitPendingTraceBatches();
    const sdkMs = performance.now() - sdkStart;
    const apiCpu = cpuSecOf(api.child.pid);
    const selfCpu = process.cpuUsage(selfCpuBefore);
    const cpu =
      apiCpuBefore !== null && apiCpu !== null
        ? `API process ${fmt(apiCpu - apiCpuBefore, 2)} CPU-s, SDK process ${fmt((selfCpu.user + selfCpu.system) / 1e6, 2)} CPU-s`
        : 'CPU time not readable here';
    const sdkStored = await countSpans(sdkProjectId);
    throwIfAborted(signal);

    // 2. The server alone: pre-built bodies of the same part scheme, as many in flight as the SDK sends.
    log('ingest: raw: building multipart bodies...');
    const requests = prebuiltRequests(opts.traces, rawProject);
    const rawStart = performance.now();
    let cursor = 0;
    await Promise.all(
      Array.from({ length: REQUESTS_IN_FLIGHT }, async () => {
        for (let i = cursor++; i < requests.length; i = cursor++) {
          const res = await fetch(`${endpoint}/runs/multipart`, {
            method: 'POST',
            headers: { 'x-api-key': rawKey, 'content-type': requests[i].contentType },
            body: requests[i].body,
          });
          const text = await res.text();
          if (res.status !== 202) throw new Error(`/runs/multipart answered ${res.status}: ${text.slice(0, 300)}`);
        }
      }),
    );
    const rawMs = performance.now() - rawStart;
    const rawStored = await countSpans(rawProjectId);
    console.warn = originalWarn;
    console.error = originalError;

    const runs = opts.traces * RUNS_PER_TRACE;
    const sdkExpected = runs + RUNS_PER_TRACE;
    const lines = [
      'Sextant LangSmith ingestion benchmark',
      `  Postgres         ${postgresLabel}, version ${version}`,
      `  runs             ${fmt(runs)} in ${fmt(opts.traces)} traces (${RUNS_PER_TRACE} per trace: chain, sub-agent, 2 LLM calls with usage_metadata, a tool)`,
      `  official SDK     ${fmt((runs / sdkMs) * 1000)} runs/s accepted (${fmt(sdkMs / 1000, 2)} s; traceable, ${opts.concurrency} traces at once, auto-batched to /runs/multipart; the traced code itself took ${fmt(tracedMs / 1000, 2)} s; ${fmt(sdkRequests - warmupRequests)} requests)`,
      `  CPU (SDK phase)  ${cpu}`,
      `  server alone     ${fmt((runs / rawMs) * 1000)} runs/s accepted (${fmt(rawMs / 1000, 2)} s; pre-built multipart bodies of ${RUNS_PER_REQUEST} runs, ${REQUESTS_IN_FLIGHT} in flight)`,
      `  stored           ${fmt(sdkStored)} of ${fmt(sdkExpected)} SDK runs (incl. warm-up), ${fmt(rawStored)} of ${fmt(runs)} raw runs`,
    ];
    console.log(`${lines.join('\n')}\n`);
    if (sdkComplaints.length) throw new Error(`the SDK reported ${sdkComplaints.length} problems, the first: ${sdkComplaints[0].slice(0, 500)}`);
    if (sdkStored !== sdkExpected || rawStored !== runs) throw new Error('not every run was stored');
    return lines;
  } finally {
    console.warn = originalWarn;
    console.error = originalError;
    if (tracingBefore === undefined) delete process.env.LANGSMITH_TRACING;
    else process.env.LANGSMITH_TRACING = tracingBefore;
    await cleanups.run();
  }
}

// ---------------------------------------------------------------- 2. forwarding: the receiver

const PART_NAME = /^(post|patch)\.([0-9a-fA-F-]{36})(?:\.([a-z_]+))?$/;

/**
 * A LangSmith-compatible ingestion endpoint, as fast as it can be made in one process: it checks the
 * API key, answers `/info` with LangSmith's batch limits and takes `/runs/multipart` (and
 * `/runs/batch`) with 202. It keeps, per run id, the first arrival (performance.now() after the
 * whole request was read) and its trace; a second `post` of an id is a duplicate.
 */
class Receiver {
  /** Run id -> its trace id and arrival time, from `post` operations. */
  readonly runs = new Map<string, { traceId: string; at: number }>();
  /** Arrival times in order, for progress marks. */
  readonly arrivals: number[] = [];
  duplicates = 0;
  /** `patch` operations merged into a run already received; those for unknown runs are kept apart. */
  patchesMerged = 0;
  readonly orphanPatches = new Set<string>();
  readonly requests = { info: 0, multipart: 0, batch: 0, unauthorized: 0, bad: 0, other: 0 };
  /** Runs per /runs/multipart or /runs/batch request, and body bytes. */
  readonly runsPerRequest: number[] = [];
  bodyBytes = 0;
  parts = 0;
  /** usage_metadata.total_tokens summed over the received LLM runs' outputs. */
  tokens = 0;
  readonly problems: string[] = [];
  private readonly server = createServer((req, res) => this.handle(req, res));
  url = '';

  constructor(private readonly apiKey: string) {}

  async start(): Promise<string> {
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private problem(msg: string) {
    if (this.problems.length < 20) this.problems.push(msg);
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'POST' && path === '/runs/multipart' && req.headers['x-api-key'] === this.apiKey) {
      // Parsed as Sextant's own /langsmith endpoint parses it (streamed, busboy), all parts as bytes.
      readMultipartParts(req, MAX_BODY_BYTES).then(
        (parts) => {
          const problem = this.takeMultipart(parts, performance.now());
          if (problem) {
            this.requests.bad++;
            this.problem(`${path}: ${problem}`);
          } else this.bodyBytes += Number(req.headers['content-length'] ?? 0);
          res.writeHead(problem ? 400 : 202, { 'content-type': 'application/json' });
          res.end(JSON.stringify(problem ? { detail: problem } : {}));
        },
        (e: Error) => {
          this.requests.bad++;
          this.problem(`${path}: ${e.message}`);
          res.writeHead(e instanceof MultipartBodyError ? e.status : 400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ detail: e.message }));
        },
      );
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', (e) => this.problem(`request error: ${e.message}`));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers['x-api-key'] !== this.apiKey) {
        this.requests.unauthorized++;
        return answer(401, { detail: 'Invalid API key' });
      }
      if (req.method === 'GET' && path === '/info') {
        this.requests.info++;
        return answer(200, RECEIVER_INFO);
      }
      if (req.method === 'POST' && path === '/runs/batch') {
        const body = Buffer.concat(chunks);
        const problem = this.takeBatch(body, performance.now());
        if (problem) {
          this.requests.bad++;
          this.problem(`${path}: ${problem}`);
          return answer(400, { detail: problem });
        }
        this.bodyBytes += body.length;
        return answer(202, {});
      }
      this.requests.other++;
      return answer(404, { detail: 'Not Found' });
    });
  }

  private takeMultipart(parts: Array<{ name: string; data: Buffer }>, at: number): string | null {
    // Grouped per operation first, so a request is taken whole or refused whole.
    const ops = new Map<string, { kind: 'post' | 'patch'; id: string; run: Record<string, unknown> }>();
    for (const p of parts) {
      const m = PART_NAME.exec(p.name);
      if (!m) {
        if (p.name.startsWith('attachment.') || p.name.startsWith('feedback.')) continue;
        return `unexpected part name ${p.name}`;
      }
      const [, kind, id, field] = m as unknown as [string, 'post' | 'patch', string, string | undefined];
      let value: unknown;
      try {
        value = JSON.parse(p.data.toString('utf8'));
      } catch {
        return `part ${p.name} is not JSON`;
      }
      const key = `${kind}.${id}`;
      const op = ops.get(key) ?? { kind, id, run: {} };
      ops.set(key, op);
      if (field) op.run[field] = value;
      else if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(op.run, value);
      else return `part ${p.name} is not a JSON object`;
    }
    this.parts += parts.length;
    this.requests.multipart++;
    return this.take([...ops.values()], at);
  }

  private takeBatch(body: Buffer, at: number): string | null {
    let payload: { post?: Record<string, unknown>[]; patch?: Record<string, unknown>[] };
    try {
      payload = JSON.parse(body.toString('utf8')) as typeof payload;
    } catch {
      return 'the body is not JSON';
    }
    this.requests.batch++;
    return this.take(
      [
        ...(payload.post ?? []).map((run) => ({ kind: 'post' as const, id: String(run.id), run })),
        ...(payload.patch ?? []).map((run) => ({ kind: 'patch' as const, id: String(run.id), run })),
      ],
      at,
    );
  }

  private take(ops: { kind: 'post' | 'patch'; id: string; run: Record<string, unknown> }[], at: number): string | null {
    for (const op of ops) {
      if (op.run.id !== undefined && op.run.id !== op.id) return `run ${op.id}: its part says id ${String(op.run.id)}`;
      if (op.kind === 'post' && (typeof op.run.trace_id !== 'string' || typeof op.run.dotted_order !== 'string'))
        return `run ${op.id}: no trace_id or dotted_order`;
    }
    let posts = 0;
    for (const op of ops.filter((o) => o.kind === 'post')) {
      posts++;
      const id = op.id.toLowerCase();
      if (this.runs.has(id)) {
        this.duplicates++;
        continue;
      }
      this.runs.set(id, { traceId: String(op.run.trace_id).toLowerCase(), at });
      this.arrivals.push(at);
      const usage = (op.run.outputs as { usage_metadata?: { total_tokens?: unknown } } | undefined)?.usage_metadata;
      if (typeof usage?.total_tokens === 'number') this.tokens += usage.total_tokens;
    }
    for (const op of ops.filter((o) => o.kind === 'patch')) {
      if (this.runs.has(op.id.toLowerCase())) this.patchesMerged++;
      else this.orphanPatches.add(op.id.toLowerCase());
    }
    this.runsPerRequest.push(posts);
    return null;
  }
}

// ---------------------------------------------------------------- 2. forwarding: the backlog

const MODELS = [
  { model: 'gpt-4o-mini', provider: 'openai' },
  { model: 'gpt-4o', provider: 'openai' },
  { model: 'claude-sonnet-4-5', provider: 'anthropic' },
] as const;

type Backlog = { traces: object[]; agentCalls: object[]; llmCalls: object[]; toolCalls: object[] };

/**
 * One ended support-agent trace of FORWARD_SPANS spans: an agent that plans with an LLM, searches
 * the docs (failing about a fifth of the time), hands over to a researcher sub-agent (an LLM call,
 * an order lookup, a second LLM call), then answers with a last LLM call. Every LLM call carries
 * token counts. Returns the ids of the runs LangSmith must receive (the trace's own id is its root
 * run's) and the tokens sent.
 */
function forwardTrace(rnd: () => number, index: number, endMs: number, into: Backlog): { runIds: string[]; tokens: number } {
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const text = (min: number, max: number) => Array.from({ length: int(min, max) }, () => pick(BENCH_WORDS)).join(' ');
  const traceId = uuidv7();
  const agentId = uuidv7();
  const researcherId = uuidv7();
  const m = pick(MODELS);
  const question = `Order #${100000 + index}: ${text(10, 20)}?`;
  let cursor = int(1, 20);
  const step = (minMs: number, maxMs: number) => {
    const start = cursor + int(1, 15);
    cursor = start + int(minMs, maxMs);
    return { start, end: cursor };
  };
  const plan = step(300, 2500);
  const search = step(20, 900);
  const research = { start: cursor + 1, end: 0 };
  const rLlm = step(300, 2000);
  const lookup = step(10, 300);
  const rSummary = step(300, 1500);
  research.end = cursor + 1;
  cursor += 1;
  const answer = step(400, 3500);
  const total = cursor + int(1, 10);
  const base = endMs - total;
  const at = (ms: number) => new Date(base + ms).toISOString();
  let tokens = 0;
  const llm = (name: string, parentId: string, t: { start: number; end: number }, content: string) => {
    const promptTokens = int(300, 4000);
    const completionTokens = int(20, 600);
    tokens += promptTokens + completionTokens;
    const call = {
      id: uuidv7(),
      traceId,
      parentId,
      name,
      runType: 'LLM',
      provider: m.provider,
      model: m.model,
      promptTokens,
      completionTokens,
      ...(rnd() < 0.5 ? { cacheReadTokens: Math.floor(promptTokens * 0.4) } : {}),
      temperature: 0,
      startTime: at(t.start),
      firstTokenTime: at(t.start + Math.floor((t.end - t.start) / 4)),
      endTime: at(t.end),
      inputs: {
        messages: [
          { role: 'system', content: 'You are a helpful support agent.' },
          { role: 'user', content: question },
        ],
      },
      outputs: { text: content },
    };
    into.llmCalls.push(call);
    return call;
  };
  const tool = (name: string, parentId: string, llmCallId: string, t: { start: number; end: number }, inputs: object, outputs: object, failed = false) => {
    const call = {
      id: uuidv7(),
      traceId,
      parentId,
      llmCallId,
      name,
      runType: 'TOOL',
      startTime: at(t.start),
      endTime: at(t.end),
      inputs,
      ...(failed ? { status: 'ERROR', error: 'timeout after 900 ms', errorType: 'TimeoutError' } : { outputs }),
    };
    into.toolCalls.push(call);
    return call;
  };
  const planCall = llm('plan', agentId, plan, `I will search the docs, then ask the researcher. ${text(5, 12)}`);
  const searchCall = tool('search_docs', agentId, planCall.id, search, { query: text(3, 8) }, { hits: int(0, 5) }, rnd() < 0.2);
  const rCall = llm('research', researcherId, rLlm, `Looking the order up. ${text(5, 12)}`);
  const lookupCall = tool('lookup_order', researcherId, rCall.id, lookup, { order: 100000 + index }, { status: pick(['shipped', 'processing', 'delivered']) });
  const summaryCall = llm('summarize', researcherId, rSummary, text(10, 25));
  const answerCall = llm('answer', agentId, answer, text(20, 40));
  into.agentCalls.push(
    {
      id: agentId,
      traceId,
      name: 'support-agent',
      runType: 'AGENT',
      startTime: at(0),
      endTime: at(total - 1),
      inputs: { question },
      outputs: { answer: answerCall.outputs.text },
    },
    {
      id: researcherId,
      traceId,
      parentId: agentId,
      name: 'researcher',
      runType: 'AGENT',
      startTime: at(research.start),
      endTime: at(research.end),
      inputs: { question },
      outputs: { summary: summaryCall.outputs.text },
    },
  );
  into.traces.push({
    id: traceId,
    name: 'support-agent',
    startTime: at(0),
    endTime: at(total),
    userId: `user-${index % 997}`,
    sessionId: `session-${Math.floor(index / 3)}`,
    agentVersion: '1.4.2',
    modelName: m.model,
    inputs: { question },
    outputs: { answer: answerCall.outputs.text },
    tags: ['bench', 'forward'],
    metadata: { env: 'bench' },
  });
  return { runIds: [traceId, agentId, planCall.id, searchCall.id, researcherId, rCall.id, lookupCall.id, summaryCall.id, answerCall.id], tokens };
}

const INGEST = graphql(`mutation LangsmithBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);

// ---------------------------------------------------------------- 2. forwarding: one backend

type ForwardShared = {
  opts: Options;
  serverUrl: string;
  admin: PgClient;
  takeDatabase: (cleanups: Cleanups) => Promise<BenchDb>;
  redis: RedisClient | null;
  redisUrl: string;
  signal: AbortSignal;
};

type ForwardResult = {
  backend: Backend;
  lines: string[];
  runsPerSecond?: number;
  tracesPerSecond?: number;
  steadyRunsPerSecond?: number;
  requests?: number;
  runsPerRequest?: number;
  drainMs?: number;
  missing?: number;
  duplicates?: number;
  workerCpu?: number | null;
  error?: string;
};

/** CPU share (% of one core) of a process between two /proc readings in CPU-s. */
const share = (a: number | null, b: number | null, wallMs: number) => (a === null || b === null ? null : ((b - a) * 1000 * 100) / wallMs);
const pct = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : `${fmt(n)} %`);

async function forwardHalf(backend: Backend, s: ForwardShared): Promise<ForwardResult> {
  const { opts, signal } = s;
  const result: ForwardResult = { backend, lines: [] };
  const cleanups = new Cleanups();
  const children: BenchChild[] = [];
  const check = () => {
    throwIfAborted(signal);
    const early = exitedEarly(children);
    if (early) throw early;
  };
  const start = (name: string, script: string, env: Record<string, string>) => {
    const c = spawnChild(name, script, env);
    children.push(c);
    cleanups.add(`stop ${name}`, () => c.stop(name === 'worker' ? WORKER_STOP_TIMEOUT_MS : API_STOP_TIMEOUT_MS));
    return c;
  };
  try {
    if (backend === 'redis' && !s.redis) throw new Error('the Redis backend needs Redis');
    const db = await s.takeDatabase(cleanups);
    const prefix = benchQueuePrefix();
    if (backend === 'redis') {
      cleanups.add(`remove Redis keys ${prefix}:*`, async () => {
        const left = await deleteRedisKeys(s.redis!, prefix);
        if (left) log(`forward ${backend}: removed ${left} Redis keys left under ${prefix}:* after obliterating the queues`);
      });
    }
    const lsKey = `lsv2_bench_${randomBytes(16).toString('hex')}`;
    const receiver = new Receiver(lsKey);
    const endpoint = await receiver.start();
    cleanups.add('stop the receiver', () => receiver.stop());
    const suffix = randomBytes(4).toString('hex');
    const lsProject = `bench-forward-${suffix}`;
    // The interface users have: LangSmith's own variables. Empty values count as unset, so nothing
    // this shell exports (a workspace, LANGCHAIN_* switches) changes what is measured.
    const common: Record<string, string> = {
      DATABASE_URL: db.benchUrl,
      QUEUE_BACKEND: backend,
      QUEUE_PREFIX: prefix,
      REDIS_URL: backend === 'redis' ? s.redisUrl : '',
      REDIS_CLUSTER: backend === 'redis' ? redisClusterFromEnv() : 'false',
      LANGSMITH_TRACING: 'true',
      LANGSMITH_API_KEY: lsKey,
      LANGSMITH_ENDPOINT: endpoint,
      LANGSMITH_PROJECT: lsProject,
      LANGSMITH_WORKSPACE_ID: '',
      METRICS_DELAY_MS: '0',
    };
    const settings = loadConfig({ ...common, WORKER_CONCURRENCY: String(opts.forwardConcurrency) });
    if (!settings.langsmithForward.enabled) throw new Error('forwarding is not enabled by these settings: LANGSMITH_* handling changed?');

    // ------------------------------------------------------------ the backlog, queued with no worker running
    const dataDir = await tempDir('sextant-bench-forward-', 'remove data folder', cleanups);
    const adminKey = `sx_admin_${randomBytes(24).toString('hex')}`;
    const port = await freePort();
    log(`forward ${backend}: starting the API (RUN_WORKER=false, forwarding on) on port ${port}, database ${db.dbName}...`);
    const api = start('api', 'apps/api/src/main.ts', {
      ...common,
      RUN_WORKER: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEXTANT_ADMIN_KEY: adminKey,
      SEXTANT_DATA_DIR: dataDir,
    });
    await waitHealthy(api, port, signal, API_START_TIMEOUT_MS);
    const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
    const jobs = new JobQueues(queueConnection(settings.jobs, settings.redis, db.benchUrl), settings.jobs);
    cleanups.add('close the bench queue connections', () => jobs.close());
    // Runs after the worker has stopped (clean-up runs in reverse); the Postgres backend's queues go with the database.
    if (backend === 'redis') cleanups.add('obliterate the queues', () => jobs.obliterate());
    const projectId = await createProject(graphqlUrl, adminKey, `bench-forward-${suffix}`);
    const apiKey = await createApiKey(graphqlUrl, adminKey, projectId);

    log(`forward ${backend}: generating ${fmt(opts.forwardTraces)} traces of ${FORWARD_SPANS} spans...`);
    const rnd = mulberry32(20251122);
    const expected = new Map<string, string>(); // run id -> trace id
    let tokensSent = 0;
    const spacing = Math.min(150, 1_800_000 / opts.forwardTraces);
    const baseMs = Date.now() - 1_800_000;
    const batches: { body: GqlBody<ResultOf<typeof INGEST>>; items: number }[] = [];
    for (let i = 0; i < opts.forwardTraces; i += BACKLOG_BATCH_TRACES) {
      const b: Backlog = { traces: [], agentCalls: [], llmCalls: [], toolCalls: [] };
      for (let j = i; j < Math.min(opts.forwardTraces, i + BACKLOG_BATCH_TRACES); j++) {
        const { runIds, tokens } = forwardTrace(rnd, j, baseMs + j * spacing, b);
        if (runIds.length !== FORWARD_RUNS_PER_TRACE) throw new Error(`a generated trace has ${runIds.length} runs, not ${FORWARD_RUNS_PER_TRACE}`);
        for (const id of runIds) expected.set(id, runIds[0]);
        tokensSent += tokens;
      }
      const items = b.traces.length + b.agentCalls.length + b.llmCalls.length + b.toolCalls.length;
      batches.push({ body: gqlBody(INGEST, { b }), items });
    }
    const bodyBytes = batches.reduce((n, b) => n + Buffer.byteLength(b.body), 0);
    log(`forward ${backend}: ingesting them in ${batches.length} batches (${fmt(bodyBytes / 1024 / 1024, 1)} MiB of JSON)...`);
    const ingestStarted = performance.now();
    await ingestAll(graphqlUrl, apiKey, batches, BACKLOG_IN_FLIGHT, check);
    const ingestMs = performance.now() - ingestStarted;
    batches.length = 0;
    const depth = (q: QueueStatus | undefined) => (q ? q.waiting + q.delayed + q.prioritized + q.active : NaN);
    const queuedStatus = (await jobs.status()).find((q) => q.name === 'langsmith');
    const queued = depth(queuedStatus);
    if (queued !== opts.forwardTraces)
      log(`forward ${backend}: warning: ${fmt(queued)} langsmith jobs queued for ${fmt(opts.forwardTraces)} ended traces (${JSON.stringify(queuedStatus)})`);
    if (receiver.runs.size || receiver.requests.multipart || receiver.requests.batch)
      throw new Error(`the receiver got ${receiver.runs.size} runs before any worker ran: something else forwards`);
    // The API takes no part in forwarding: stopped, so that the figures are the worker's, Postgres's (and Redis's) and the receiver's.
    await api.stop(API_STOP_TIMEOUT_MS);
    check();

    // ------------------------------------------------------------ one worker drains it
    log(`forward ${backend}: starting the worker (WORKER_QUEUES=langsmith, WORKER_CONCURRENCY=${opts.forwardConcurrency})...`);
    const machineBefore = machineCpu();
    const spawnedAt = performance.now();
    const worker = start('worker', 'apps/worker/src/main.ts', { ...common, WORKER_QUEUES: 'langsmith', WORKER_CONCURRENCY: String(opts.forwardConcurrency) });
    await worker.waitFor(/Sextant worker is running/, 'its start banner', { timeoutMs: WORKER_START_TIMEOUT_MS, signal });
    const bannerAt = performance.now();
    const workerCpuAtBanner = cpuSecOf(worker.child.pid);
    const selfCpuAtBanner = process.cpuUsage();
    const total = expected.size;
    let lastCount = 0;
    let lastProgressAt = performance.now();
    // The queue is looked at now and then: once it holds nothing more to run, missing runs will not come.
    let nextQueueCheck = performance.now() + QUEUE_CHECK_MS;
    let emptySince = NaN;
    const stuck = async (why: string) => {
      const q = (await jobs.status()).find((x) => x.name === 'langsmith');
      const failed = await jobs.failed('langsmith', 3).catch(() => []);
      const n = receiver.runs.size;
      result.missing = total - n;
      result.duplicates = receiver.duplicates;
      return new Error(
        `${fmt(total - n)} of ${fmt(total)} runs never reached the receiver (${why}); langsmith queue ${JSON.stringify(q)}; ` +
          `failed jobs: ${failed.map((f) => f.failedReason.slice(0, 300)).join(' | ') || 'none'}; receiver: ${JSON.stringify(receiver.requests)}, problems: ${receiver.problems.join(' | ') || 'none'}; ` +
          `worker messages:\n${summarizeMessages(worker.messages).join('\n')}`,
      );
    };
    while (receiver.runs.size < total) {
      check();
      await sleep(POLL_MS);
      const now = performance.now();
      const n = receiver.runs.size;
      if (n > lastCount) {
        lastCount = n;
        lastProgressAt = now;
      } else if (now - lastProgressAt > STALL_TIMEOUT_MS) {
        throw await stuck(`no new run for ${STALL_TIMEOUT_MS / 1000} s`);
      }
      if (now >= nextQueueCheck && n < total) {
        nextQueueCheck = now + QUEUE_CHECK_MS;
        const q = (await jobs.status()).find((x) => x.name === 'langsmith');
        if (depth(q) > 0) emptySince = NaN;
        else if (Number.isNaN(emptySince)) emptySince = now;
        else if (now - emptySince > QUEUE_EMPTY_GRACE_MS && receiver.runs.size < total)
          throw await stuck(`the langsmith queue has been empty for ${QUEUE_EMPTY_GRACE_MS / 1000} s`);
      }
    }
    const lastAt = Math.max(...receiver.arrivals.slice(-1000));
    const workerCpuAtEnd = cpuSecOf(worker.child.pid);
    const selfCpu = process.cpuUsage(selfCpuAtBanner);
    const machineAfter = machineCpu();
    // Late duplicates, if any, have a chance to show before the counts are taken.
    await sleep(SETTLE_MS);
    check();
    const afterStatus = (await jobs.status()).find((q) => q.name === 'langsmith');
    const failedJobs = afterStatus?.failed ? await jobs.failed('langsmith', 3) : [];
    const workerMessages = [...worker.messages];
    await worker.stop(WORKER_STOP_TIMEOUT_MS);

    // ------------------------------------------------------------ figures and checks
    let missing = 0;
    let wrongTrace = 0;
    for (const [id, traceId] of expected) {
      const got = receiver.runs.get(id);
      if (!got) missing++;
      else if (got.traceId !== traceId) wrongTrace++;
    }
    const unexpected = [...receiver.runs.keys()].filter((id) => !expected.has(id)).length;
    const sorted = Float64Array.from(receiver.arrivals).sort();
    const beforeBanner = sorted.filter((t) => t < bannerAt).length;
    const firstAt = sorted[0];
    const drainMs = lastAt - bannerAt;
    const mark = (f: number) => sorted[Math.min(sorted.length - 1, Math.ceil(f * total) - 1)] - bannerAt;
    const steady = ((0.8 * total) / (mark(0.9) - mark(0.1))) * 1000;
    const requests = receiver.requests.multipart + receiver.requests.batch;
    const postsSent = receiver.runsPerRequest.reduce((a, b) => a + b, 0);
    const wall = lastAt - bannerAt;
    const workerShare = share(workerCpuAtBanner, workerCpuAtEnd, wall);
    const benchShare = ((selfCpu.user + selfCpu.system) / 1000 / wall) * 100;
    const machineShare =
      machineBefore && machineAfter && machineAfter.total > machineBefore.total
        ? ((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) * 100 * cpus().length
        : null;
    Object.assign(result, {
      runsPerSecond: ((total - beforeBanner) / drainMs) * 1000,
      tracesPerSecond: ((total - beforeBanner) / FORWARD_RUNS_PER_TRACE / drainMs) * 1000,
      steadyRunsPerSecond: steady,
      requests,
      runsPerRequest: postsSent / Math.max(1, requests),
      drainMs,
      missing,
      duplicates: receiver.duplicates,
      workerCpu: workerShare,
    });
    const r = result as Required<ForwardResult>;
    result.lines.push(
      `Sextant LangSmith forwarding benchmark — queue backend ${backend.toUpperCase()}`,
      `  Postgres         ${db.postgresLabel}, version ${db.version}; database ${db.dbName} (dropped at the end)`,
      `  queues           ${backend === 'redis' ? `Redis ${s.redisUrl.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')}, prefix ${prefix}` : `Postgres schema ${prefix}_jobs`}`,
      `  receiver         ${endpoint} in the bench process (node:http; /info advertises ${RECEIVER_INFO.batch_ingest_config.size_limit} runs, ${fmt(RECEIVER_INFO.batch_ingest_config.size_limit_bytes / 1024 / 1024)} MiB per request; x-api-key checked)`,
      `  backlog          ${fmt(opts.forwardTraces)} ended traces × ${FORWARD_RUNS_PER_TRACE} runs (root + agent, sub-agent, 4 LLM calls with tokens, 2 tool calls) = ${fmt(total)} runs; ` +
        `ingested in ${fmt(ingestMs / 1000, 1)} s through GraphQL \`ingest\` (API with RUN_WORKER=false, METRICS_DELAY_MS=0); ${fmt(queued)} langsmith.forward jobs queued`,
      `  worker           WORKER_QUEUES=langsmith, WORKER_CONCURRENCY=${opts.forwardConcurrency}; banner ${fmt((bannerAt - spawnedAt) / 1000, 1)} s after spawn; ${fmt(beforeBanner)} runs arrived before the banner`,
      `  drain            ${fmt(total)} runs in ${fmt(drainMs / 1000, 2)} s from the banner to the last run (first run ${fmt((firstAt - bannerAt) / 1000, 2)} s after the banner; ${fmt((lastAt - spawnedAt) / 1000, 2)} s from spawn)`,
      `  THROUGHPUT       ${fmt(r.runsPerSecond)} runs/s, ${fmt(r.tracesPerSecond, 1)} traces/s   (steady state, 10 % -> 90 % of the runs: ${fmt(steady)} runs/s)`,
      `  progress         10 % at ${fmt(mark(0.1) / 1000, 2)} s, 50 % at ${fmt(mark(0.5) / 1000, 2)} s, 90 % at ${fmt(mark(0.9) / 1000, 2)} s, 100 % at ${fmt(drainMs / 1000, 2)} s after the banner`,
      `  requests         ${fmt(requests)} (${fmt(receiver.requests.multipart)} /runs/multipart, ${fmt(receiver.requests.batch)} /runs/batch), ${fmt(receiver.requests.info)} GET /info; ` +
        `${fmt(r.runsPerRequest, 1)} runs and ${fmt(receiver.bodyBytes / Math.max(1, requests) / 1024, 1)} KiB per request (${fmt(receiver.parts / Math.max(1, receiver.requests.multipart), 1)} parts)`,
      `  received         ${fmt(receiver.runs.size)} distinct runs of ${fmt(total)}: missing ${fmt(missing)}, duplicated ${fmt(receiver.duplicates)}, unexpected ${fmt(unexpected)}, under the wrong trace ${fmt(wrongTrace)}; ` +
        `${fmt(receiver.patchesMerged)} patches merged, ${fmt(receiver.orphanPatches.size)} for unknown runs; tokens ${fmt(receiver.tokens)} of ${fmt(tokensSent)}`,
      `  refused          ${fmt(receiver.requests.unauthorized)} unauthorized, ${fmt(receiver.requests.bad)} malformed, ${fmt(receiver.requests.other)} to other paths${receiver.problems.length ? `: ${receiver.problems.slice(0, 3).join(' | ')}` : ''}`,
      `  langsmith queue  after the run: ${fmt(afterStatus?.completed ?? NaN)} completed (kept up to 1,000), ${fmt(afterStatus?.failed ?? NaN)} failed, ${fmt(depth(afterStatus))} still queued`,
      `  CPU (drain)      worker ${pct(workerShare)}, bench process (receiver) ${pct(benchShare)}, machine ${pct(machineShare)} of ${cpus().length * 100} % ` +
        `(${pct(machineShare === null ? null : Math.max(0, machineShare - (workerShare ?? 0) - benchShare))} outside: Postgres${backend === 'redis' ? ', Redis' : ''}, others)`,
      `  worker messages  ${workerMessages.length ? `${fmt(workerMessages.length)} lines besides its banner:` : 'none besides its banner'}`,
      ...summarizeMessages(workerMessages).map((l) => `    ${l}`),
      ...failedJobs.map((f) => `    failed job ${f.id}: ${f.failedReason.slice(0, 300)}`),
    );
    console.log(`${result.lines.join('\n')}\n`);
    const wrong = [
      missing && `${fmt(missing)} runs never arrived`,
      receiver.duplicates && `${fmt(receiver.duplicates)} runs arrived more than once`,
      unexpected && `${fmt(unexpected)} unexpected runs arrived`,
      wrongTrace && `${fmt(wrongTrace)} runs arrived under the wrong trace`,
      receiver.orphanPatches.size && `${fmt(receiver.orphanPatches.size)} patches for runs never posted`,
      receiver.tokens !== tokensSent && `tokens received ${fmt(receiver.tokens)} ≠ sent ${fmt(tokensSent)}`,
      receiver.requests.unauthorized + receiver.requests.bad && `${receiver.requests.unauthorized + receiver.requests.bad} requests refused`,
      afterStatus?.failed && `${afterStatus.failed} langsmith jobs failed`,
    ].filter(Boolean);
    if (wrong.length) throw new Error(`forwarding was not exact: ${wrong.join('; ')}`);
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
    log(`forward ${backend}: error: ${result.error}`);
  } finally {
    await cleanups.run((msg) => {
      log(`forward ${backend}: ${msg}`);
      result.error ??= msg;
    });
  }
  return result;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const opts = parseOptions();
  const { signal, release } = trapSignals();
  const cleanups = new Cleanups();
  const failures: string[] = [];
  const forwards: ForwardResult[] = [];
  try {
    const first = await openBenchDatabase(cleanups, signal);
    const { serverUrl, admin, postgresLabel, version } = first;
    // The database openBenchDatabase made goes to the first half that runs; the others get one each.
    let firstTaken = false;
    const takeDatabase = async (owner: Cleanups): Promise<BenchDb> => {
      if (!firstTaken) {
        firstTaken = true;
        return first;
      }
      return { postgresLabel, version, ...(await createBenchDatabase(serverUrl, owner)) };
    };

    if (opts.only !== 'forward') {
      try {
        await ingestHalf(opts, await takeDatabase(cleanups), signal);
      } catch (e) {
        failures.push(`ingestion: ${e instanceof Error ? e.message : String(e)}`);
        log(`ingestion failed: ${failures.at(-1)}`);
      }
    }

    if (opts.only !== 'ingest') {
      const redisUrl = redisUrlFromEnv();
      let redis: RedisClient | null = null;
      if (opts.backends.includes('redis')) {
        try {
          redis = await connectRedis(redisUrl, cleanups);
        } catch (e) {
          log(`${e instanceof Error ? e.message : String(e)}; the Redis backend fails`);
        }
      }
      for (const backend of opts.backends) {
        if (signal.aborted) break;
        const r = await forwardHalf(backend, { opts, serverUrl, admin, takeDatabase, redis, redisUrl, signal });
        forwards.push(r);
        if (r.error) failures.push(`forwarding (${backend}): ${r.error.split('\n')[0]}`);
      }
      const cell = (v: string, w: number) => v.padStart(w);
      const num = (n: number | undefined | null, d = 0) => (n === undefined || n === null || !Number.isFinite(n) ? 'n/a' : fmt(n, d));
      console.log(
        [
          `Forwarding summary (${fmt(opts.forwardTraces)} traces × ${FORWARD_RUNS_PER_TRACE} runs, one worker with WORKER_CONCURRENCY=${opts.forwardConcurrency}; Postgres ${postgresLabel}, version ${version}; ${cpus().length} cores)`,
          `  ${'backend'.padEnd(9)}${cell('runs/s', 9)}${cell('traces/s', 10)}${cell('steady runs/s', 15)}${cell('drain s', 9)}${cell('requests', 10)}${cell('runs/req', 10)}${cell('missing', 9)}${cell('dup', 6)}${cell('worker CPU', 12)}  result`,
          ...forwards.map(
            (r) =>
              `  ${r.backend.padEnd(9)}${cell(num(r.runsPerSecond), 9)}${cell(num(r.tracesPerSecond, 1), 10)}${cell(num(r.steadyRunsPerSecond), 15)}${cell(num(r.drainMs && r.drainMs / 1000, 2), 9)}` +
              `${cell(num(r.requests), 10)}${cell(num(r.runsPerRequest, 1), 10)}${cell(num(r.missing), 9)}${cell(num(r.duplicates), 6)}${cell(pct(r.workerCpu), 12)}  ${r.error ? 'ERROR' : 'ok'}`,
          ),
        ].join('\n'),
      );
    }
    if (signal.aborted) throw new Error('interrupted');
    if (failures.length) throw new Error(`${failures.length} part(s) failed:\n  ${failures.join('\n  ')}`);
  } finally {
    await cleanups.run();
    release();
  }
}

runMain(main);
