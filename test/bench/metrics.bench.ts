// Metrics-worker benchmark, per queue backend: (1) throughput, the completed traces one worker
// process measures per second when it starts on a backlog of queued metric jobs, and (2) freshness,
// how long a trace takes from the acknowledgement of its `ingest` mutation (the HTTP response
// reaching this process) to its `metricComputed` event reaching a graphql-ws subscriber, with the
// worker running and traces arriving at a steady rate. Run with `pnpm bench:metrics [--backend
// redis|postgres|both] [--traces N] [--concurrency C] [--fresh F] [--rate R] [--metrics-delay MS]`;
// set DATABASE_URL to use an existing Postgres, else an embedded one is started; REDIS_URL defaults
// to redis://127.0.0.1:6379 and is needed by both backends (live events between the worker and the
// API process travel through Redis pub/sub; QUEUE_BACKEND=postgres keeps only the queues in
// Postgres). The API (`apps/api/src/main.ts`, RUN_WORKER=false) and the worker
// (`apps/worker/src/main.ts`) are child processes, as in a real deployment; each backend gets a
// fresh database and a queue prefix of its own, removed at the end. "Measured" means
// `traces.metrics_version = traces.version`, as in test/support/worker-crash.scenario.ts. The
// freshness figures include METRICS_DELAY_MS (default 2000 ms), the deliberate debounce that collapses
// repeats of a trace into one job; they are also shown with it subtracted.
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '@sextant/config';
import { JobQueues, queueConnection, type QueueStatus, type RedisClient } from '@sextant/jobs';
import { type Client } from 'pg';
import { exitedEarly } from '../support/app-process';
import { freePort } from '../support/ports';
import { mulberry32 } from '../support/random';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { subscribeTyped } from '../support/typed-operation';
import {
  benchPostgres,
  benchQueuePrefix,
  connectRedis,
  redact,
  type BenchChild,
  Cleanups,
  connectPg,
  connectWs,
  createApiKey,
  createBenchDatabase,
  createProject,
  deleteRedisKeys,
  redisClusterFromEnv,
  describe,
  fmt as fmtNumber,
  ingestChecked,
  isCloseEvent,
  log,
  machineCpu,
  redisUrlFromEnv,
  rssMiBOf,
  runMain,
  serverVersion,
  spawnChild,
  type Stats,
  stats,
  statsTable,
  tempDir,
  throwIfAborted,
  trapSignals,
  uuidv7,
  waitHealthy,
  BENCH_WORDS,
  cpuMsOf,
  summarizeMessages,
  ingestAll,
  type GqlBody,
  gqlBody,
} from './bench-kit';

const BACKENDS = ['redis', 'postgres'] as const;
type Backend = (typeof BACKENDS)[number];
/** Traces per `ingest` request while the backlog is built. */
const BATCH_TRACES = 250;
/** `ingest` requests in flight while the backlog is built (not measured: only the worker is). */
const BACKLOG_IN_FLIGHT = 2;
const POLL_MS = 100;
/** The throughput phase fails when no further trace is measured for this long. */
const STALL_TIMEOUT_MS = 60_000;
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;
/** Before the freshness load: how long the queues may take to go idle (rollups left from the backlog). */
const SETTLE_TIMEOUT_MS = 60_000;
/** Warm-up rounds (one trace each) until the subscription is known to be live. */
const WARMUP_ROUNDS = 3;
/** After the last acknowledgement, how long missing events are waited for, on top of the delay. */
const DRAIN_MARGIN_MS = 60_000;

type Options = { backends: Backend[]; traces: number; concurrency: number; fresh: number; rate: number; metricsDelay: number; metricsDelayGiven: boolean };

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      backend: { type: 'string', default: 'both' },
      traces: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '8' },
      fresh: { type: 'string', default: '500' },
      rate: { type: 'string', default: '25' },
      'metrics-delay': { type: 'string' },
    },
    strict: true,
  });
  const whole = (name: string, v: string, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got ${v}`);
    return n;
  };
  const backend = values.backend;
  if (backend !== 'both' && !BACKENDS.includes(backend as Backend)) throw new Error(`--backend must be redis, postgres or both, got ${backend}`);
  const rate = Number(values.rate);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 1000) throw new Error(`--rate must be a number of traces/s in (0, 1000], got ${values.rate}`);
  const concurrency = whole('concurrency', values.concurrency, 1);
  if (concurrency > 1000) throw new Error(`--concurrency must not exceed 1000 (WORKER_CONCURRENCY), got ${concurrency}`);
  const given = values['metrics-delay'];
  // The configuration's own default (2000 ms), not whatever METRICS_DELAY_MS this shell exports.
  const metricsDelay = given === undefined ? loadConfig({}).jobs.metricsDelayMs : whole('metrics-delay', given, 0);
  if (metricsDelay > 3_600_000) throw new Error(`--metrics-delay must not exceed 3600000 ms, got ${metricsDelay}`);
  return {
    backends: backend === 'both' ? [...BACKENDS] : [backend as Backend],
    traces: whole('traces', values.traces, 1),
    concurrency,
    fresh: whole('fresh', values.fresh, 1),
    rate,
    metricsDelay,
    metricsDelayGiven: given !== undefined,
  };
}

// ---------------------------------------------------------------- helpers

/** Missing figures (NaN) print as n/a: a phase that failed still reports the others. */
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? fmtNumber(n, digits) : 'n/a');

/** CPU used by some processes and by the whole machine over an interval; `share()` in % of one core. */
class CpuWindow {
  private readonly before: (number | null)[];
  private readonly machineBefore = machineCpu();
  private readonly benchBefore = process.cpuUsage();
  private readonly started = performance.now();

  constructor(private readonly pids: (number | undefined)[]) {
    this.before = pids.map(cpuMsOf);
  }

  end(): { shares: (number | null)[]; bench: number; machine: number | null; wallMs: number } {
    const wallMs = performance.now() - this.started;
    const shares = this.pids.map((pid, i) => {
      const a = this.before[i];
      const b = cpuMsOf(pid);
      return a === null || b === null ? null : ((b - a) / wallMs) * 100;
    });
    const u = process.cpuUsage(this.benchBefore);
    const bench = ((u.user + u.system) / 1000 / wallMs) * 100;
    const after = machineCpu();
    const m0 = this.machineBefore;
    const machine = m0 && after && after.total > m0.total ? ((after.busy - m0.busy) / (after.total - m0.total)) * 100 * cpus().length : null;
    return { shares, bench, machine, wallMs };
  }
}

const pct = (n: number | null) => (n === null ? 'n/a' : `${fmt(n)} %`);

// ---------------------------------------------------------------- the agent runs

const MODELS = [
  { model: 'gpt-4o-mini', provider: 'openai' },
  { model: 'gpt-4o', provider: 'openai' },
  { model: 'claude-sonnet-4-5', provider: 'anthropic' },
] as const;
const TOOLS = [
  { name: 'search_docs', description: 'search the help-centre articles' },
  { name: 'lookup_order', description: 'read an order by its number' },
];

type Gen = { rnd: () => number; int(min: number, max: number): number; pick<T>(xs: readonly T[]): T; text(min: number, max: number): string };
function generator(seed: number): Gen {
  const rnd = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const text = (min: number, max: number) => Array.from({ length: int(min, max) }, () => pick(BENCH_WORDS)).join(' ');
  return { rnd, int, pick, text };
}

type Run = { traces: object[]; agentCalls: object[]; llmCalls: object[]; toolCalls: object[] };
/** Items per run: the trace, one agent call, two LLM calls and two tool calls. */
const ITEMS_PER_RUN = 6;

/**
 * One completed support-agent run ending at `endMs`: an agent that plans with an LLM, searches the
 * docs (a call that times out about a quarter of the time), looks the order up, then answers with a
 * second LLM call. Shaped like `agentRun` in test/integration/worker.test.ts.
 */
function agentRun(g: Gen, index: number, endMs: number): { id: string; run: Run } {
  const traceId = uuidv7();
  const agentId = uuidv7();
  const m = g.pick(MODELS);
  const question = `Order #${100000 + index}: ${g.text(10, 20)}?`;
  // Offsets in ms from the trace start.
  let cursor = g.int(1, 20);
  const step = (minMs: number, maxMs: number) => {
    const start = cursor + g.int(1, 15);
    const end = start + g.int(minMs, maxMs);
    cursor = end;
    return { start, end };
  };
  const plan = step(300, 2500);
  const search = step(20, 900);
  const lookup = step(10, 300);
  const answer = step(400, 3500);
  const total = cursor + g.int(1, 10);
  const base = endMs - total;
  const at = (ms: number) => new Date(base + ms).toISOString();
  const failed = g.rnd() < 0.25;
  const llm = (name: string, t: { start: number; end: number }, content: string) => {
    const promptTokens = g.int(300, 4000);
    return {
      id: uuidv7(),
      traceId,
      parentId: agentId,
      name,
      runType: 'LLM',
      provider: m.provider,
      model: m.model,
      promptTokens,
      completionTokens: g.int(20, 600),
      ...(g.rnd() < 0.5 ? { cacheReadTokens: Math.floor(promptTokens * 0.4) } : {}),
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
  };
  const planCall = llm('plan', plan, `I will search the docs and look the order up. ${g.text(5, 12)}`);
  const answerCall = llm('answer', answer, g.text(20, 40));
  return {
    id: traceId,
    run: {
      traces: [
        {
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
          tags: ['bench', 'metrics'],
          metadata: { env: 'bench', tools: TOOLS },
        },
      ],
      agentCalls: [
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
      ],
      llmCalls: [planCall, answerCall],
      toolCalls: [
        {
          id: uuidv7(),
          traceId,
          parentId: agentId,
          llmCallId: planCall.id,
          name: 'search_docs',
          runType: 'TOOL',
          startTime: at(search.start),
          endTime: at(search.end),
          inputs: { query: g.text(3, 8) },
          ...(failed ? { status: 'ERROR', error: 'timeout after 900 ms', errorType: 'TimeoutError' } : { outputs: { hits: g.int(0, 5) } }),
        },
        {
          id: uuidv7(),
          traceId,
          parentId: agentId,
          llmCallId: planCall.id,
          name: 'lookup_order',
          runType: 'TOOL',
          startTime: at(lookup.start),
          endTime: at(lookup.end),
          inputs: { order: 100000 + index },
          outputs: { status: g.pick(['shipped', 'processing', 'delivered']) },
        },
      ],
    },
  };
}

const INGEST = graphql(`mutation MetricsBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);

function ingestBody(runs: Run[]): GqlBody<ResultOf<typeof INGEST>> {
  const b = {
    traces: runs.flatMap((r) => r.traces),
    agentCalls: runs.flatMap((r) => r.agentCalls),
    llmCalls: runs.flatMap((r) => r.llmCalls),
    toolCalls: runs.flatMap((r) => r.toolCalls),
  };
  return gqlBody(INGEST, { b });
}

// ---------------------------------------------------------------- one backend

type Shared = {
  opts: Options;
  serverUrl: string;
  postgresLabel: string;
  version: string;
  redisUrl: string;
  redis: RedisClient;
  admin: Client;
  abort: AbortSignal;
};

type Result = {
  backend: Backend;
  lines: string[];
  throughput?: number;
  rowsPerSecond?: number;
  workerCpu?: number | null;
  workerRssPeak?: number | null;
  fresh?: Stats;
  error?: string;
};

const queueDepth = (q: QueueStatus | undefined) => (q ? q.waiting + q.active + q.delayed + q.prioritized : NaN);

async function runBackend(backend: Backend, s: Shared): Promise<Result> {
  const { opts, abort } = s;
  const lines: string[] = [];
  const result: Result = { backend, lines };
  const cleanups = new Cleanups();
  const checkAbort = () => throwIfAborted(abort);
  const load = loadavg();
  const procs: BenchChild[] = [];
  try {
    const prefix = benchQueuePrefix();
    const { dbName, benchUrl } = await createBenchDatabase(s.serverUrl, cleanups);
    if (backend === 'redis') {
      // Whatever the queues leave in Redis under this run's prefix (obliterate below removes it all; this checks).
      cleanups.add(`remove Redis keys ${prefix}:*`, async () => {
        const left = await deleteRedisKeys(s.redis, prefix);
        if (left) log(`removed ${left} Redis keys left under ${prefix}:* after obliterating the queues`);
      });
    }

    const dataDir = await tempDir('sextant-bench-metrics-', 'remove data folder', cleanups);
    const adminKey = `sx_admin_${randomBytes(24).toString('hex')}`;
    // Both processes get REDIS_URL in both runs: live events (metricComputed) travel from the worker to the API through it.
    const common = { DATABASE_URL: benchUrl, REDIS_URL: s.redisUrl, REDIS_CLUSTER: redisClusterFromEnv(), QUEUE_BACKEND: backend, QUEUE_PREFIX: prefix };
    const settings = loadConfig({ ...process.env, ...common, WORKER_CONCURRENCY: String(opts.concurrency) });

    let apiSeq = 0;
    const startApi = async (delayMs: number): Promise<{ proc: BenchChild; url: string; wsUrl: string }> => {
      const port = await freePort();
      const name = `api#${++apiSeq}`;
      log(`${backend}: starting the API (${name}, METRICS_DELAY_MS=${delayMs}) on port ${port}...`);
      const proc = spawnChild(name, 'apps/api/src/main.ts', {
        ...common,
        RUN_WORKER: 'false',
        METRICS_DELAY_MS: String(delayMs),
        SEXTANT_ADMIN_KEY: adminKey,
        SEXTANT_DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
      });
      procs.push(proc);
      cleanups.add(`stop ${name}`, () => proc.stop(STOP_TIMEOUT_MS));
      await waitHealthy(proc, port, abort, START_TIMEOUT_MS);
      return { proc, url: `http://127.0.0.1:${port}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
    };
    let workerSeq = 0;
    const startWorker = async (queues: string): Promise<{ proc: BenchChild; spawnedAt: number; bannerAt: number }> => {
      const name = `worker#${++workerSeq}`;
      log(`${backend}: starting ${name} (WORKER_QUEUES=${queues || 'all'}, WORKER_CONCURRENCY=${opts.concurrency})...`);
      const spawnedAt = performance.now();
      const proc = spawnChild(name, 'apps/worker/src/main.ts', {
        ...common,
        WORKER_QUEUES: queues,
        WORKER_CONCURRENCY: String(opts.concurrency),
        METRICS_DELAY_MS: String(opts.metricsDelay),
      });
      procs.push(proc);
      // The long timeout lets the worker finish its active jobs.
      cleanups.add(`stop ${name}`, () => proc.stop(STOP_TIMEOUT_MS));
      await proc.waitFor(/Sextant worker is running/, 'its start banner', { timeoutMs: START_TIMEOUT_MS, signal: abort });
      return { proc, spawnedAt, bannerAt: performance.now() };
    };

    // ------------------------------------------------------------ throughput: the backlog
    let api = await startApi(0);
    const db = await connectPg({ connectionString: benchUrl, application_name: 'sextant-bench' }, 'disconnect from the bench database', cleanups);
    // The queues as the API sees them (the Postgres backend migrates its schema on first use: the API did already).
    const jobs = new JobQueues(queueConnection(settings.jobs, settings.redis, benchUrl), settings.jobs);
    cleanups.add('close the bench queue connections', () => jobs.close());
    // Pushed before the processes of the freshness phase, so it runs after they have stopped.
    if (backend === 'redis') cleanups.add('obliterate the queues', () => jobs.obliterate());
    checkAbort();

    const suffix = randomBytes(4).toString('hex');
    const projectId = await createProject(api.url, adminKey, `bench-metrics-${suffix}`);
    const apiKey = await createApiKey(api.url, adminKey, projectId);

    log(`${backend}: generating ${fmt(opts.traces)} traces...`);
    const g = generator(20251122);
    // The backlog's runs ended over the last half hour, 150 ms apart at most (a few rollup hours, not thousands).
    const spacing = Math.min(150, 1_800_000 / opts.traces);
    const baseMs = Date.now() - 1_800_000;
    const batches: { body: string; items: number }[] = [];
    for (let i = 0; i < opts.traces; i += BATCH_TRACES) {
      const runs: Run[] = [];
      for (let j = i; j < Math.min(opts.traces, i + BATCH_TRACES); j++) runs.push(agentRun(g, j, baseMs + j * spacing).run);
      batches.push({ body: ingestBody(runs), items: runs.length * ITEMS_PER_RUN });
    }
    const bodyBytes = batches.reduce((n, b) => n + Buffer.byteLength(b.body), 0);
    log(`${backend}: ingesting them in ${batches.length} batches of up to ${BATCH_TRACES} traces (${fmt(bodyBytes / 1024 / 1024, 1)} MiB of JSON)...`);
    const ingestStarted = performance.now();
    await ingestAll(api.url, apiKey, batches, BACKLOG_IN_FLIGHT, checkAbort);
    const ingestMs = performance.now() - ingestStarted;
    batches.length = 0;
    const queuedStatus = await jobs.status();
    const queued = queuedStatus.find((q) => q.name === 'metrics');
    const queuedMetrics = queued ? queued.waiting + queued.delayed + queued.prioritized : NaN;
    if (queuedMetrics !== opts.traces)
      log(`${backend}: warning: ${fmt(queuedMetrics)} metric jobs queued for ${fmt(opts.traces)} traces (${JSON.stringify(queued)})`);
    const queuedRollups = queueDepth(queuedStatus.find((q) => q.name === 'rollups'));

    // ------------------------------------------------------------ throughput: one worker drains it
    const measuredSql = 'SELECT count(*)::int AS n FROM traces WHERE metrics_version = version';
    const measured = async () => (await db.query<{ n: number }>(measuredSql)).rows[0].n;
    const w1 = await startWorker('metrics');
    const atBanner = await measured();
    const bannerAt = performance.now();
    const cpu1 = new CpuWindow([w1.proc.child.pid, api.proc.child.pid]);
    let rssPeak = rssMiBOf(w1.proc.child.pid) ?? NaN;
    let count = atBanner;
    let lastProgressAt = bannerAt;
    const marks = new Map<number, number>(); // fraction of the traces -> ms after the banner when it was first seen measured
    while (count < opts.traces) {
      checkAbort();
      const early = exitedEarly(procs);
      if (early) throw early;
      await sleep(POLL_MS);
      const n = await measured();
      const now = performance.now();
      const rss = rssMiBOf(w1.proc.child.pid);
      if (rss !== null && !(rss <= rssPeak)) rssPeak = rss;
      if (n > count) {
        count = n;
        lastProgressAt = now;
        for (const f of [0.1, 0.5, 0.9]) if (!marks.has(f) && n >= f * opts.traces) marks.set(f, now - bannerAt);
      } else if (now - lastProgressAt > STALL_TIMEOUT_MS) {
        const q = (await jobs.status()).find((x) => x.name === 'metrics');
        throw new Error(
          `timeout: ${fmt(opts.traces - count)} of ${fmt(opts.traces)} traces never measured (no progress for ${STALL_TIMEOUT_MS / 1000} s); ` +
            `metrics queue ${JSON.stringify(q)}; worker messages:\n${summarizeMessages(w1.proc.messages).join('\n')}`,
        );
      }
    }
    const doneAt = performance.now();
    const cpuRun = cpu1.end();
    const rssEnd = rssMiBOf(w1.proc.child.pid);
    const runMs = doneAt - bannerAt;
    const throughput = ((opts.traces - atBanner) / runMs) * 1000;
    const steady = marks.has(0.1) && marks.has(0.9) ? ((0.8 * opts.traces) / (marks.get(0.9)! - marks.get(0.1)!)) * 1000 : NaN;
    const metricRows = (await db.query<{ n: number; traces: number }>('SELECT count(*)::int AS n, count(DISTINCT trace_id)::int AS traces FROM metrics'))
      .rows[0];
    const afterStatus = (await jobs.status()).find((q) => q.name === 'metrics');
    const w1Messages = [...w1.proc.messages];
    result.throughput = throughput;
    result.rowsPerSecond = (metricRows.n / runMs) * 1000;
    result.workerCpu = cpuRun.shares[0];
    result.workerRssPeak = Number.isNaN(rssPeak) ? null : rssPeak;
    log(`${backend}: ${fmt(opts.traces)} traces measured in ${fmt(runMs / 1000, 1)} s after the banner (${fmt(throughput)} traces/s)`);

    lines.push(
      `Sextant metrics-worker benchmark — queue backend ${backend.toUpperCase()}`,
      `  Postgres             ${s.postgresLabel}, version ${s.version}; database ${dbName} (dropped at the end)`,
      `  Redis                ${redact(s.redisUrl)}: ${backend === 'redis' ? 'queues (prefix ' + prefix + ') and ' : ''}live events${backend === 'postgres' ? ' only; queues in Postgres schema ' + prefix + '_jobs' : ''}`,
      `  machine              ${cpus().length} cores, load average ${load.map((x) => fmt(x, 2)).join(' / ')} (1/5/15 min) when this backend started`,
      `  settings             WORKER_CONCURRENCY=${opts.concurrency}, DB_POOL_SIZE=${settings.dbPoolSize}, JOB_LOCK_MS=${settings.jobs.lockMs}, JOB_ATTEMPTS=${settings.jobs.attempts}, ROLLUP_DELAY_MS=${settings.jobs.rollupDelayMs}, NODE_ENV=production`,
      '',
      `  1. throughput: one worker process (WORKER_QUEUES=metrics) on a backlog`,
      `    backlog            ${fmt(opts.traces)} completed traces (agent + 2 LLM + 2 tool calls each, ~25 % with a failed tool call), ${fmt(Math.ceil(opts.traces / BATCH_TRACES))} ingest batches of ${BATCH_TRACES}`,
      `                       ingested in ${fmt(ingestMs / 1000, 1)} s (${BACKLOG_IN_FLIGHT} in flight; API with RUN_WORKER=false, METRICS_DELAY_MS=0); queued: ${fmt(queuedMetrics)} metric jobs, ${fmt(queuedRollups)} rollup jobs`,
      `    worker start       banner ${fmt((w1.bannerAt - w1.spawnedAt) / 1000, 1)} s after spawn; ${fmt(atBanner)} traces already measured at the banner`,
      `    run                ${fmt(opts.traces - atBanner)} traces measured in ${fmt(runMs / 1000, 2)} s after the banner (polled every ${POLL_MS} ms)`,
      `    THROUGHPUT         ${fmt(throughput, 1)} traces/s   (steady state, 10 % -> 90 % of the traces: ${fmt(steady, 1)} traces/s)`,
      `    progress           10 % at ${fmt((marks.get(0.1) ?? NaN) / 1000, 1)} s, 50 % at ${fmt((marks.get(0.5) ?? NaN) / 1000, 1)} s, 90 % at ${fmt((marks.get(0.9) ?? NaN) / 1000, 1)} s, 100 % at ${fmt(runMs / 1000, 1)} s`,
      `    metric rows        ${fmt(metricRows.n)} written for ${fmt(metricRows.traces)} traces (${fmt(metricRows.n / Math.max(1, metricRows.traces), 1)} per trace, ${fmt(result.rowsPerSecond, 0)} rows/s)`,
      `    metrics queue      after the run: ${fmt(afterStatus?.completed ?? NaN)} completed (kept up to 1,000), ${fmt(afterStatus?.failed ?? NaN)} failed for good, ${fmt(queueDepth(afterStatus))} still queued`,
      `    worker CPU         ${pct(cpuRun.shares[0])} of one core (RSS peak ${fmt(rssPeak, 1)} MiB, ${fmt(rssEnd ?? NaN, 1)} MiB at the end)`,
      `    other CPU          API ${pct(cpuRun.shares[1])}, bench ${pct(cpuRun.bench)}, machine ${pct(cpuRun.machine)} of ${cpus().length * 100} % ` +
        `(${pct(cpuRun.machine === null ? null : Math.max(0, cpuRun.machine - (cpuRun.shares[0] ?? 0) - (cpuRun.shares[1] ?? 0) - cpuRun.bench))} outside these processes: Postgres, Redis, others)`,
      `    worker messages    ${w1Messages.length ? `${fmt(w1Messages.length)} lines besides its banner:` : 'none besides its banner'}`,
      ...summarizeMessages(w1Messages).map((l) => `      ${l}`),
      '',
    );

    // ------------------------------------------------------------ freshness: restart both with the configured delay
    log(`${backend}: restarting the worker on all queues and the API with METRICS_DELAY_MS=${opts.metricsDelay}...`);
    await w1.proc.stop(STOP_TIMEOUT_MS);
    await api.proc.stop(STOP_TIMEOUT_MS);
    api = await startApi(opts.metricsDelay);
    const w2 = await startWorker('');
    checkAbort();

    // The backlog's rollup jobs (and anything else queued) run first, so they do not compete with the measurement.
    const settleStarted = performance.now();
    let settled = false;
    let pending: QueueStatus[] = [];
    while (performance.now() - settleStarted < SETTLE_TIMEOUT_MS) {
      checkAbort();
      const early = exitedEarly(procs);
      if (early) throw early;
      pending = (await jobs.status()).filter((q) => q.name !== 'maintenance' && queueDepth(q) > 0);
      if (!pending.length) {
        settled = true;
        break;
      }
      await sleep(250);
    }
    const settleMs = performance.now() - settleStarted;
    if (!settled) log(`${backend}: queues still busy after ${SETTLE_TIMEOUT_MS / 1000} s, measuring anyway: ${JSON.stringify(pending)}`);

    // Freshness of trace k: its ack (HTTP response) -> its metricComputed event, both in this process.
    const index = new Map<string, number>();
    const sentAt = new Float64Array(opts.fresh).fill(NaN);
    const ackAt = new Float64Array(opts.fresh).fill(NaN);
    const eventAt = new Float64Array(opts.fresh).fill(NaN);
    const warmIds = new Set<string>();
    let warmSeen = 0;
    let events = 0;
    let duplicates = 0;
    let unexpected = 0;
    let subFailure: string | null = null;
    let closing = false;
    const { client: ws, ready } = connectWs(api.wsUrl, apiKey, {
      timeoutMs: 30_000,
      timeoutMessage: `no graphql-ws connection_ack within 30 s from ${api.wsUrl}`,
      closedEarlyMessage: 'the subscription connection closed before its acknowledgement',
      onClosed: (e) => {
        if (!closing) subFailure ??= `the subscription connection closed: ${describe(e)}`;
      },
    });
    cleanups.add('close the subscription', async () => {
      closing = true;
      await ws.dispose();
    });
    await ready;
    subscribeTyped(
      ws,
      graphql(`subscription MetricsBenchMetricComputed($p: ID!) { metricComputed(projectId: $p) { traceId } }`),
      { p: projectId },
      {
        next: (r) => {
          const at = performance.now();
          const traceId = r.data?.metricComputed?.traceId;
          if (!traceId) {
            subFailure ??= `a metricComputed message without a trace: ${JSON.stringify(r).slice(0, 500)}`;
            return;
          }
          const k = index.get(traceId);
          if (k === undefined) {
            if (warmIds.has(traceId)) warmSeen++;
            else unexpected++;
            return;
          }
          if (eventAt[k] === eventAt[k]) {
            duplicates++;
            return;
          }
          eventAt[k] = at;
          events++;
        },
        error: (e) => {
          if (!closing && !isCloseEvent(e)) subFailure ??= `subscription error: ${describe(e)}`;
        },
        complete: () => {
          if (!closing) subFailure ??= 'the subscription was completed by the server';
        },
      },
    );
    const checkFailure = () => {
      checkAbort();
      if (subFailure) throw new Error(subFailure);
      const early = exitedEarly(procs);
      if (early) throw early;
    };

    // graphql-ws does not acknowledge a subscription: a warm-up trace whose event arrives proves it live
    // (and warms the API's, the worker's and Redis's paths).
    const gf = generator(20251123);
    let fi = 0;
    const freshRun = () => agentRun(gf, 1_000_000 + fi++, Date.now());
    const warmStarted = performance.now();
    let warmRounds = 0;
    while (warmSeen === 0) {
      if (warmRounds === WARMUP_ROUNDS) {
        throw new Error(
          `warm-up: no metricComputed event for ${WARMUP_ROUNDS} warm-up traces, each waited for ${fmt((opts.metricsDelay + 15_000) / 1000)} s; worker messages:\n${summarizeMessages(w2.proc.messages).join('\n')}`,
        );
      }
      warmRounds++;
      const { id, run } = freshRun();
      warmIds.add(id);
      await ingestChecked(api.url, apiKey, ingestBody([run]), ITEMS_PER_RUN);
      const until = performance.now() + opts.metricsDelay + 15_000;
      while (warmSeen === 0 && performance.now() < until) {
        checkFailure();
        await sleep(20);
      }
    }
    const warmMs = performance.now() - warmStarted;
    await sleep(200);

    log(`${backend}: freshness: ${fmt(opts.fresh)} traces at ${fmt(opts.rate, opts.rate % 1 ? 1 : 0)} traces/s (${fmt(opts.fresh / opts.rate, 1)} s)...`);
    const cpu2 = new CpuWindow([w2.proc.child.pid, api.proc.child.pid]);
    const interval = 1000 / opts.rate;
    const inFlight: Promise<void>[] = [];
    const freshIds: string[] = [];
    let ingestErrors = 0;
    let firstIngestError: string | null = null;
    let maxLagMs = 0;
    const loadStarted = performance.now();
    for (let k = 0; k < opts.fresh; k++) {
      checkFailure();
      const due = loadStarted + k * interval;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      maxLagMs = Math.max(maxLagMs, performance.now() - due);
      // Made at its send time: the trace ends now.
      const { id, run } = freshRun();
      freshIds.push(id);
      index.set(id, k);
      const body = ingestBody([run]);
      sentAt[k] = performance.now();
      inFlight.push(
        ingestChecked(api.url, apiKey, body, ITEMS_PER_RUN).then(
          () => void (ackAt[k] = performance.now()),
          (e: unknown) => {
            ingestErrors++;
            firstIngestError ??= `ingest of fresh trace ${k} failed: ${describe(e)}`;
          },
        ),
      );
    }
    await Promise.all(inFlight);
    const loadMs = performance.now() - loadStarted;
    if (firstIngestError) throw new Error(`${firstIngestError}${ingestErrors > 1 ? ` (and ${ingestErrors - 1} more)` : ''}`);
    const drainUntil = performance.now() + opts.metricsDelay + DRAIN_MARGIN_MS;
    while (events < opts.fresh && performance.now() < drainUntil) {
      checkFailure();
      await sleep(20);
    }
    const drainMs = performance.now() - loadStarted - loadMs;
    const cpuFresh = cpu2.end();
    await sleep(300); // duplicates, if any, have a chance to show
    checkFailure();
    const freshMeasured = (
      await db.query<{ n: number }>('SELECT count(*)::int AS n FROM traces WHERE id = ANY($1::uuid[]) AND metrics_version = version', [freshIds])
    ).rows[0].n;
    const missing = opts.fresh - events;

    const fresh: number[] = [];
    const ack: number[] = [];
    for (let k = 0; k < opts.fresh; k++) {
      if (ackAt[k] === ackAt[k]) ack.push(ackAt[k] - sentAt[k]);
      if (eventAt[k] === eventAt[k] && ackAt[k] === ackAt[k]) fresh.push(eventAt[k] - ackAt[k]);
    }
    const fs = stats(fresh);
    result.fresh = fs;
    const finalStatus = await jobs.status();
    const w2Messages = [...w2.proc.messages];
    const apiMessages = procs.filter((p) => p.name.startsWith('api')).flatMap((p) => p.messages);

    // ------------------------------------------------------------ report: freshness
    lines.push(
      `  2. freshness: ingest acknowledgement -> metricComputed event (worker on all queues, API with METRICS_DELAY_MS=${opts.metricsDelay})`,
      `    before the load    ${settled ? `queues idle after ${fmt(settleMs / 1000, 1)} s` : `queues still busy after ${fmt(settleMs / 1000, 1)} s: ${pending.map((q) => `${q.name} ${queueDepth(q)}`).join(', ')}`}; ` +
        `subscription live after ${fmt(warmMs / 1000, 1)} s (${warmRounds} warm-up trace${warmRounds > 1 ? 's' : ''})`,
      `    load               ${fmt(opts.fresh)} traces, one per ingest request, endTime = send time; ${fmt(opts.rate, opts.rate % 1 ? 1 : 0)} traces/s target, ` +
        `${fmt((opts.fresh / loadMs) * 1000, 1)} achieved (${fmt(loadMs / 1000, 1)} s, schedule slipped by up to ${fmt(maxLagMs, 1)} ms); events complete ${fmt(drainMs / 1000, 1)} s after the last ack`,
      `    events             ${fmt(events)} of ${fmt(opts.fresh)}; missing ${fmt(missing)}, duplicated ${fmt(duplicates)}, unexpected ${fmt(unexpected)}; ${fmt(freshMeasured)} of the traces measured in the database`,
      `    CPU during load    worker ${pct(cpuFresh.shares[0])}, API ${pct(cpuFresh.shares[1])}, bench ${pct(cpuFresh.bench)}, machine ${pct(cpuFresh.machine)} of ${cpus().length * 100} %; worker RSS ${fmt(rssMiBOf(w2.proc.child.pid) ?? NaN, 1)} MiB`,
      `    queues at the end  ${finalStatus.map((q) => `${q.name} ${queueDepth(q)} queued/${q.failed} failed`).join(', ')}`,
      '',
      ...statsTable('    ', 'ms', { label: 40, count: 6 }, [
        ['FRESHNESS ack -> metricComputed', fs],
        [`  minus METRICS_DELAY_MS (${fmt(opts.metricsDelay)} ms)`, stats(fresh.map((v) => v - opts.metricsDelay))],
        ['ingest round trip (send -> ack)', stats(ack)],
      ]),
      '    (the delay runs from the enqueue, inside the ingest request: a trace can be measured less than the delay after its ack)',
      '',
      `    worker messages    ${w2Messages.length ? `${fmt(w2Messages.length)} lines besides its banner:` : 'none besides its banner'}`,
      ...summarizeMessages(w2Messages).map((l) => `      ${l}`),
      `    API messages       ${apiMessages.length ? `${fmt(apiMessages.length)} lines besides its banner (both runs):` : 'none besides its banner (both runs)'}`,
      ...summarizeMessages(apiMessages).map((l) => `      ${l}`),
    );
    if (missing > 0 || duplicates > 0 || freshMeasured < opts.fresh) {
      throw new Error(
        `freshness: ${missing} traces never got a metricComputed event within ${fmt((opts.metricsDelay + DRAIN_MARGIN_MS) / 1000)} s of the last ack, ${duplicates} got two, ${opts.fresh - freshMeasured} not measured in the database`,
      );
    }
    if (unexpected > 0) log(`${backend}: note: ${unexpected} metricComputed events for traces this phase did not send (backlog traces re-measured?)`);
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
    log(`${backend}: error: ${result.error}`);
  } finally {
    await cleanups.run((msg) => {
      log(`${backend}: ${msg}`);
      result.error ??= msg;
    });
  }
  return result;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const opts = parseOptions();
  const { signal: abort, release } = trapSignals();
  const cleanups = new Cleanups();
  const results: Result[] = [];
  try {
    const redisUrl = redisUrlFromEnv();
    // Needed by both backends (live events); checked before anything is started.
    const redis = await connectRedis(redisUrl, cleanups);

    const { serverUrl, label: postgresLabel } = await benchPostgres(cleanups);
    if (abort.aborted) throw new Error('interrupted');

    const admin = await connectPg({ connectionString: serverUrl }, 'disconnect admin client', cleanups);
    const version = await serverVersion(admin);

    const shared: Shared = { opts, serverUrl, postgresLabel, version, redisUrl, redis, admin, abort };
    for (const backend of opts.backends) {
      if (abort.aborted) break;
      const r = await runBackend(backend, shared);
      results.push(r);
      if (r.lines.length) console.log(`${r.lines.join('\n')}\n`);
    }

    // ------------------------------------------------------------ summary
    const cell = (v: string, w: number) => v.padStart(w);
    const ms0 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : fmt(n));
    const delay = opts.metricsDelay;
    const summary = [
      `Summary (${fmt(opts.traces)} backlog traces, WORKER_CONCURRENCY=${opts.concurrency}; ${fmt(opts.fresh)} fresh traces at ${fmt(opts.rate, opts.rate % 1 ? 1 : 0)}/s, METRICS_DELAY_MS=${delay}; ${cpus().length} cores)`,
      `  ${'backend'.padEnd(9)}${cell('traces/s', 10)}${cell('rows/s', 9)}${cell('worker CPU', 12)}${cell('RSS peak', 10)}` +
        `${cell('fresh p50', 11)}${cell('p95', 7)}${cell('p99', 7)}${cell('max', 7)}${cell('-delay p50', 12)}${cell('p95', 7)}${cell('p99', 7)}${cell('max', 7)}  result`,
      ...results.map((r) => {
        const f = r.fresh;
        return (
          `  ${r.backend.padEnd(9)}${cell(r.throughput === undefined ? 'n/a' : fmt(r.throughput, 1), 10)}${cell(r.rowsPerSecond === undefined ? 'n/a' : fmt(r.rowsPerSecond), 9)}` +
          `${cell(r.workerCpu === undefined ? 'n/a' : pct(r.workerCpu), 12)}${cell(r.workerRssPeak == null ? 'n/a' : `${fmt(r.workerRssPeak)} MiB`, 10)}` +
          `${cell(ms0(f?.p50), 11)}${cell(ms0(f?.p95), 7)}${cell(ms0(f?.p99), 7)}${cell(ms0(f?.max), 7)}` +
          `${cell(ms0(f && f.p50 - delay), 12)}${cell(ms0(f && f.p95 - delay), 7)}${cell(ms0(f && f.p99 - delay), 7)}${cell(ms0(f && f.max - delay), 7)}` +
          `  ${r.error ? 'ERROR' : 'ok'}`
        );
      }),
      '  (freshness in ms: ingest acknowledgement -> metricComputed event; "-delay": minus the METRICS_DELAY_MS debounce)',
      '',
      '  reproduce:',
      ...opts.backends.map((b) => {
        const env = [
          process.env.DATABASE_URL ? `DATABASE_URL=${redact(process.env.DATABASE_URL)}` : '',
          process.env.REDIS_URL ? `REDIS_URL=${redact(process.env.REDIS_URL)}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        const args = `--backend ${b} --traces ${opts.traces} --concurrency ${opts.concurrency} --fresh ${opts.fresh} --rate ${opts.rate}${opts.metricsDelayGiven ? ` --metrics-delay ${opts.metricsDelay}` : ''}`;
        return `    ${env ? `${env} ` : ''}pnpm bench:metrics ${args}`;
      }),
    ];
    const failedRuns = results.filter((r) => r.error);
    if (failedRuns.length) summary.push('', ...failedRuns.map((r) => `  ${r.backend}: FAILED: ${r.error!.split('\n')[0]}`));
    console.log(summary.join('\n'));
    if (abort.aborted) throw new Error('interrupted');
    if (failedRuns.length) process.exitCode = 1;
  } finally {
    await cleanups.run();
    release();
  }
}

runMain(main);
