// Cluster benchmark: how ingestion and the metrics worker scale with processes. Ingest throughput
// (spans/s) with one API process, then with two, over the load of the cluster soak test (traces of
// ten spans sent in two halves through GraphQL `ingest`, LangSmith `/runs/batch` and OTLP/HTTP
// JSON, test/support/cluster.scenario.ts), beside the ceiling of writing the same span rows straight
// into Postgres at the same concurrency; then worker throughput (traces measured/s) with one worker
// process (the first quarter), then two started together (the rest), over the backlog of metric jobs that ingestion queued, beside the ceiling of
// writing the same metric rows straight into Postgres. Run with `pnpm bench:cluster [--spans N]
// [--traces-per-request T] [--concurrency C]`; set DATABASE_URL to use an existing Postgres, else an
// embedded one is started; REDIS_URL defaults to redis://127.0.0.1:6379 (the queues, under a prefix
// of the run's own, removed after). Every process is a child process with its own event loop, but
// they all share this machine's cores with Postgres, Redis and this process: on a machine with fewer
// cores than processes, a second process adds no CPU, and the figures show contention, not scaling.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { Cluster, type PlannedRequest, planLoad, progress, SPANS_PER_TRACE } from '../support/cluster.scenario';
import { Cleanups, fmt, log, machineCpu, openBenchDatabase, positiveInt, runMain, throwIfAborted, trapSignals } from './bench-kit';

type Options = { spans: number; tracesPerRequest: number; concurrency: number };

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      spans: { type: 'string', default: '20000' },
      'traces-per-request': { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '8' },
    },
    strict: true,
  });
  return {
    spans: positiveInt('spans', values.spans),
    tracesPerRequest: positiveInt('traces-per-request', values['traces-per-request']),
    concurrency: positiveInt('concurrency', values.concurrency),
  };
}

/** Runs `each` over `items`, `concurrency` at a time; returns the wall time in ms. */
async function inLanes<T>(items: T[], concurrency: number, signal: AbortSignal, each: (item: T, i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        throwIfAborted(signal);
        const i = next++;
        await each(items[i], i);
      }
    }),
  );
  return performance.now() - started;
}

/** The groups of a plan as lanes send them: a group's halves one after the other, each through API `(g + half) % apis`. */
async function ingest(cluster: Cluster, groups: [PlannedRequest, PlannedRequest][], apis: number, o: Options, signal: AbortSignal): Promise<number> {
  return inLanes(groups, o.concurrency, signal, async ([first, second], g) => {
    await cluster.send(g % apis, first);
    await cluster.send((g + 1) % apis, second);
  });
}

/**
 * The ceiling of ingestion: the span rows `prefix`'s traces left, written again into a table like
 * `spans` (same columns, indexes and defaults) in requests of the same size, at the same concurrency.
 */
async function spanCeiling(pool: Pool, prefix: string, spansPerRequest: number, o: Options, signal: AbortSignal): Promise<{ rows: number; ms: number }> {
  await pool.query('CREATE TABLE bench_spans_ceiling (LIKE spans INCLUDING ALL)');
  const rows: Record<string, unknown>[] = (
    await pool.query(`SELECT to_jsonb(s) AS row FROM spans s JOIN traces t ON t.id = s.trace_id WHERE t.name LIKE $1 ORDER BY s.trace_id`, [`${prefix}%`])
  ).rows.map((r: { row: Record<string, unknown> }) => r.row);
  const batches: string[] = [];
  for (let i = 0; i < rows.length; i += spansPerRequest) batches.push(JSON.stringify(rows.slice(i, i + spansPerRequest)));
  const ms = await inLanes(batches, o.concurrency, signal, async (b) => {
    await pool.query('INSERT INTO bench_spans_ceiling SELECT * FROM jsonb_populate_recordset(NULL::bench_spans_ceiling, $1::jsonb)', [b]);
  });
  await pool.query('DROP TABLE bench_spans_ceiling');
  return { rows: rows.length, ms };
}

/**
 * The ceiling of the worker: each trace's metric rows written again into a table like `metrics`,
 * one transaction per trace (as a job stores them), with as many at once as the two workers run.
 */
async function metricCeiling(pool: Pool, concurrency: number, signal: AbortSignal): Promise<{ traces: number; ms: number }> {
  await pool.query('CREATE TABLE bench_metrics_ceiling (LIKE metrics INCLUDING ALL)');
  const perTrace: { rows: string }[] = (
    await pool.query(`SELECT jsonb_agg(to_jsonb(m))::text AS rows FROM metrics m WHERE m.source = 'worker' GROUP BY m.trace_id`)
  ).rows;
  const ms = await inLanes(perTrace, concurrency, signal, async ({ rows }) => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('INSERT INTO bench_metrics_ceiling SELECT * FROM jsonb_populate_recordset(NULL::bench_metrics_ceiling, $1::jsonb)', [rows]);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
  });
  await pool.query('DROP TABLE bench_metrics_ceiling');
  return { traces: perTrace.length, ms };
}

/** Waits until `target` traces are measured (polling the database); returns when that happened. */
async function measuredReach(cluster: Cluster, target: number, signal: AbortSignal): Promise<number> {
  for (;;) {
    throwIfAborted(signal);
    cluster.checkAlive();
    if ((await progress(cluster.pool, cluster.projectId)).measured >= target) return performance.now();
    await sleep(100);
  }
}

async function main(): Promise<void> {
  const o = parseOptions();
  const { signal, release } = trapSignals();
  const cleanups = new Cleanups();
  try {
    const { postgresLabel, version, benchUrl } = await openBenchDatabase(cleanups, signal);
    const pool = new Pool({ connectionString: benchUrl, max: Math.max(4, o.concurrency) });
    cleanups.add('close the bench pool', () => pool.end());
    // Forwarding off: the worker figures are the metrics queue's alone.
    const cluster = new Cluster({
      databaseUrl: benchUrl,
      log,
      env: { NODE_ENV: 'production', LOG_FORMAT: 'pretty', LOG_LEVEL: 'warn', LANGSMITH_TRACING: '', LANGSMITH_API_KEY: '', METRICS_DELAY_MS: '0' },
    });
    cleanups.add('stop the cluster', () => cluster.stop());
    const cpu0 = machineCpu();
    await cluster.start(1, 0);

    const traces = Math.ceil(o.spans / SPANS_PER_TRACE);
    const one = planLoad(traces, o.tracesPerRequest, 'a');
    const two = planLoad(traces, o.tracesPerRequest, 'b');
    const spansPerRequest = o.tracesPerRequest * (SPANS_PER_TRACE / 2);
    // A few requests first, so that neither measured run pays for connection set-up and JIT warm-up.
    await ingest(cluster, planLoad(30, o.tracesPerRequest, 'warm').groups, 1, o, signal);

    log(`ingest: ${fmt(o.spans)} spans through 1 API process...`);
    const oneMs = await ingest(cluster, one.groups, 1, o, signal);
    await cluster.addApi();
    await ingest(cluster, planLoad(30, o.tracesPerRequest, 'warm2').groups, 2, o, signal);
    log(`ingest: ${fmt(o.spans)} spans through 2 API processes...`);
    const twoMs = await ingest(cluster, two.groups, 2, o, signal);
    log('ingest ceiling: the same span rows straight into Postgres...');
    const spanCeil = await spanCeiling(pool, 'a', spansPerRequest, o, signal);

    // The backlog: every trace queued for its metrics, none measured yet (no worker ran).
    const total = (await progress(pool, cluster.projectId)).traces;
    // One worker takes the first quarter; then two (started together, timed once both are up) the rest.
    const quarter = Math.floor(total / 4);
    log(`worker: ${fmt(total)} traces queued; 1 worker process...`);
    const first = await cluster.startWorker();
    const oneStart = performance.now();
    const atOneStart = (await progress(pool, cluster.projectId)).measured;
    const oneEnd = await measuredReach(cluster, quarter, signal);
    const oneMeasured = (await progress(pool, cluster.projectId)).measured;
    // SIGTERM: the jobs it holds finish before it exits.
    await first.stop(60_000);
    const atStop = (await progress(pool, cluster.projectId)).measured;
    await Promise.all([cluster.startWorker(), cluster.startWorker()]);
    const twoStart = performance.now();
    const measuredAtTwo = (await progress(pool, cluster.projectId)).measured;
    log(`worker: 2 worker processes from ${fmt(measuredAtTwo)} measured...`);
    const twoEnd = await measuredReach(cluster, total, signal);
    if (total - measuredAtTwo < total / 4)
      log(`warning: only ${total - measuredAtTwo} traces were left when both workers were up (${atStop} measured when the first stopped)`);
    const concurrency = 2 * 8;
    log('worker ceiling: the same metric rows straight into Postgres...');
    const metricCeil = await metricCeiling(pool, concurrency, signal);
    const cpu1 = machineCpu();

    const rate = (n: number, ms: number) => `${fmt((n / ms) * 1000)}/s`;
    const busy = cpu0 && cpu1 ? ((cpu1.busy - cpu0.busy) / (cpu1.total - cpu0.total)) * 100 : null;
    const lines = [
      '',
      'Cluster benchmark (pnpm bench:cluster)',
      `  machine          ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at the end${busy === null ? '' : `, CPU ${busy.toFixed(0)}% busy over the run`}`,
      `  postgres         ${postgresLabel} (${version}); Redis queues; every API and worker a child process`,
      `  load             ${fmt(o.spans)} spans per ingest run in ${fmt(traces)} traces of ${SPANS_PER_TRACE}, ${o.tracesPerRequest} traces per request (GraphQL, LangSmith batch, OTLP/JSON in turn), ${o.concurrency} requests in flight`,
      '',
      `  ingest, 1 API    ${rate(o.spans, oneMs)} spans (${fmt(oneMs / 1000, 1)} s)`,
      `  ingest, 2 APIs   ${rate(o.spans, twoMs)} spans (${fmt(twoMs / 1000, 1)} s)`,
      `  ceiling          ${rate(spanCeil.rows, spanCeil.ms)} span rows straight into Postgres (${fmt(spanCeil.rows)} rows, ${spansPerRequest} per statement, ${o.concurrency} at once)`,
      '',
      `  worker, 1        ${rate(oneMeasured - atOneStart, oneEnd - oneStart)} traces measured (${fmt(oneMeasured - atOneStart)} traces, WORKER_CONCURRENCY=8)`,
      `  worker, 2        ${rate(total - measuredAtTwo, twoEnd - twoStart)} traces measured (${fmt(total - measuredAtTwo)} traces)`,
      `  ceiling          ${rate(metricCeil.traces, metricCeil.ms)} traces' metric rows straight into Postgres (one transaction per trace, ${concurrency} at once)`,
      '',
      cpus().length < 6
        ? `  note             ${cpus().length} cores for Postgres, Redis, this process and up to 2 APIs or 2 workers: a second process cannot add CPU here, so the 1-vs-2 figures show contention and how busy the machine was, not how Sextant scales; run on a machine with a core per process for that.`
        : `  note             each process has its own core here; Postgres and Redis share the rest.`,
    ];
    console.log(lines.join('\n'));
  } finally {
    release();
    await cleanups.run();
  }
}

runMain(main);
