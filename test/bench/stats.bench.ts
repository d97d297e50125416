// Dashboard read benchmark: project.stats and project.timeseries over HTTP GraphQL on a project of
// a million traces, read from the hourly rollups with a few recent hours left dirty (read raw), as
// live ingestion leaves them. Run with `pnpm bench:stats [--traces N] [--days D] [--runs R]`; set
// DATABASE_URL to use an existing Postgres, else an embedded one is started.
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { connectAndMigrate, createDataSource, markRollupsDirty, rebuildRollups, withTransaction } from '@sextant/core';
import { type Client } from 'pg';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { TypedOperation } from '../support/typed-operation';
import { MODELS, NORMAL, PRICE, V7 } from './seed-sql';
import {
  Cleanups,
  connectPg,
  fmt,
  graphql as request,
  gqlBody,
  log,
  countOptions,
  runMain,
  stats as latencyStats,
  throwIfAborted,
  trapSignals,
  startApiInProcess,
  openBenchDatabase,
} from './bench-kit';

const TARGET_P95_MS = 100;
const WARMUP_RUNS = 5;
const DIRTY_HOURS = 3;
const ACCURACY = 0.01;

type Options = { traces: number; days: number; runs: number };

const parseOptions = (): Options => countOptions({ traces: 1_000_000, days: 30, runs: 50 });

// ---------------------------------------------------------------- seeding

// Set-based (seed-sql.ts); setseed makes runs comparable.
const SEED_SQL = [
  // One row per trace: start over the period, log-normal duration (median 1.8 s), 1-3 LLM calls, 0-2 tools.
  `CREATE TEMP TABLE seed_t AS
   SELECT n, ${V7('start_time', `n::text || 't'`)} AS id, start_time, duration_ms, trace_error, n_llm, n_tool, main_model
     FROM (SELECT g AS n, now() - random() * ($2::int * interval '1 day') AS start_time,
                  greatest(40, exp(ln(1800) + 0.8 * ${NORMAL})) AS duration_ms, random() < 0.03 AS trace_error,
                  1 + floor(random() * 3)::int AS n_llm, floor(random() * 2.2)::int AS n_tool, ${MODELS} AS main_model
             FROM generate_series(1, $1::int) g) x`,
  // LLM calls share the trace's duration; most use its main model; 60 % stream; 2 % fail.
  `CREATE TEMP TABLE seed_llm AS
   SELECT n, k, trace_id, model, start_time, latency_ms, prompt_tokens, completion_tokens, streaming,
          CASE WHEN streaming THEN latency_ms * (0.05 + 0.25 * ttft_r) END AS ttft_ms, error,
          prompt_tokens * ${PRICE('model', 0)} / 1e6 AS prompt_cost, completion_tokens * ${PRICE('model', 1)} / 1e6 AS completion_cost
     FROM (SELECT t.n, k, t.id AS trace_id, CASE WHEN random() < 0.8 THEN t.main_model ELSE ${MODELS} END AS model,
                  t.start_time + t.duration_ms * (0.05 + 0.9 * (k - 1) / t.n_llm) * interval '1 millisecond' AS start_time,
                  t.duration_ms * 0.85 / t.n_llm * (0.4 + 0.6 * random()) AS latency_ms,
                  greatest(20, exp(ln(1200) + 0.7 * ${NORMAL}))::int AS prompt_tokens, greatest(1, exp(ln(250) + 0.6 * ${NORMAL}))::int AS completion_tokens,
                  random() < 0.6 AS streaming, random() AS ttft_r, random() < 0.02 AS error
             FROM seed_t t, generate_series(1, t.n_llm) k) x`,
  `INSERT INTO traces (id, project_id, name, status, start_time, end_time, duration_ms, user_id, session_id, model_name, error_flag, error_message,
                       tags, metadata, models, prompt_tokens, completion_tokens, total_tokens, prompt_cost, completion_cost, total_cost,
                       agent_call_count, llm_call_count, tool_call_count, error_count, span_seq, version)
   SELECT t.id, $1, 'support-agent', CASE WHEN t.trace_error OR l.errors > 0 THEN 'error' ELSE 'success' END, t.start_time,
          t.start_time + t.duration_ms * interval '1 millisecond', t.duration_ms, 'user-' || (t.n % 997), 'session-' || (t.n / 3), t.main_model,
          t.trace_error OR l.errors > 0, CASE WHEN t.trace_error THEN 'upstream timeout' END, '{bench,support}', '{"env": "bench"}', l.models,
          l.pt, l.ct, l.pt + l.ct, l.pc, l.cc, l.pc + l.cc + 0.0001 * t.n_tool, 1, t.n_llm, t.n_tool, l.errors + t.trace_error::int,
          1 + t.n_llm + t.n_tool, 1
     FROM seed_t t
     JOIN (SELECT n, sum(prompt_tokens) AS pt, sum(completion_tokens) AS ct, sum(prompt_cost) AS pc, sum(completion_cost) AS cc,
                  count(*) FILTER (WHERE error) AS errors, array_agg(DISTINCT model ORDER BY model) AS models
             FROM seed_llm GROUP BY n) l USING (n)
    ORDER BY t.start_time`,
  `INSERT INTO spans (id, kind, project_id, trace_id, run_type, name, status, start_time, end_time, duration_ms, seq)
   SELECT ${V7('start_time', `n::text || 'a'`)}, 'agent', $1, id, 'agent', 'support-agent', CASE WHEN trace_error THEN 'error' ELSE 'success' END,
          start_time, start_time + duration_ms * interval '1 millisecond', duration_ms, 1
     FROM seed_t ORDER BY start_time`,
  `INSERT INTO spans (id, kind, project_id, trace_id, parent_id, run_type, name, status, start_time, end_time, duration_ms, error, provider, model,
                     prompt_tokens, completion_tokens, total_tokens, prompt_cost, completion_cost, total_cost, cost_source, streaming, first_token_time, seq)
   SELECT ${V7('l.start_time', `l.n::text || 'l' || l.k`)}, 'llm', $1, l.trace_id, ${V7('t.start_time', `l.n::text || 'a'`)}, 'llm', 'chat',
          CASE WHEN l.error THEN 'error' ELSE 'success' END, l.start_time, l.start_time + l.latency_ms * interval '1 millisecond', l.latency_ms,
          CASE WHEN l.error THEN 'rate limited' END, CASE WHEN l.model LIKE 'claude%' THEN 'anthropic' ELSE 'openai' END, l.model,
          l.prompt_tokens, l.completion_tokens, l.prompt_tokens + l.completion_tokens, l.prompt_cost, l.completion_cost, l.prompt_cost + l.completion_cost,
          'computed', l.streaming, l.start_time + l.ttft_ms * interval '1 millisecond', 1 + l.k
     FROM seed_llm l JOIN seed_t t USING (n) ORDER BY l.start_time`,
  `INSERT INTO spans (id, kind, project_id, trace_id, parent_id, run_type, name, status, start_time, end_time, duration_ms, total_cost, seq)
   SELECT ${V7('s', `t.n::text || 'x' || k`)}, 'tool', $1, t.id, ${V7('t.start_time', `t.n::text || 'a'`)},
          CASE WHEN k = 1 THEN 'retriever' ELSE 'tool' END, CASE WHEN k = 1 THEN 'search_docs' ELSE 'lookup_order' END, 'success',
          s, s + d * interval '1 millisecond', d, 0.0001, 1 + t.n_llm + k
     FROM seed_t t, generate_series(1, t.n_tool) k,
          LATERAL (SELECT t.start_time + t.duration_ms * random() * interval '1 millisecond' AS s, 5 + random() * 600 AS d) x
    ORDER BY s`,
];

// ---------------------------------------------------------------- queries

const STATS = graphql(`query StatsBenchStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { project(id: $p) { stats(from: $from, to: $to) {
  from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens promptCost completionCost totalCost
  latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate runFacets { runType count } lastTraceStartTime } } }`);
const SERIES = graphql(`query StatsBenchSeries($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $g: TimeseriesGroupBy!) { project(id: $p) {
  timeseries(from: $from, to: $to, interval: HOUR, groupBy: $g) {
    key points { time traceCount errorCount errorRate totalTokens totalCost latencyP50 latencyP95 latencyP99 } } } }`);

/** One measured query: the kit's request (any GraphQL error fails the run), and a line on what it answered. */
type Case = { label: string; send: () => Promise<unknown>; describe: (d: unknown) => string };

type Stats = Record<string, number | null>;

/** The exact figures of [from, to) from the raw tables, as stats computed them before rollups: the benchmark's correctness check. */
async function exactStats(pg: Client, projectId: string, from: Date, to: Date): Promise<Stats> {
  const { rows } = await pg.query(
    `SELECT count(*)::int AS "traceCount", count(*) FILTER (WHERE error_flag)::int AS "errorCount", sum(total_tokens)::float8 AS "totalTokens",
            sum(total_cost) AS "totalCost", percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY duration_ms) AS p,
            (SELECT count(*)::int FROM spans sp JOIN traces t2 ON t2.id = sp.trace_id WHERE t2.project_id = $1 AND t2.start_time >= $2 AND t2.start_time < $3) AS "spanCount"
       FROM traces WHERE project_id = $1 AND start_time >= $2 AND start_time < $3`,
    [projectId, from, to],
  );
  const { p, ...rest } = rows[0];
  return { ...rest, latencyP50: p[0], latencyP95: p[1], latencyP99: p[2] };
}

function compare(got: ResultOf<typeof STATS>['project']['stats'], exact: Stats): string[] {
  const bad: string[] = [];
  for (const k of ['traceCount', 'errorCount', 'totalTokens', 'spanCount'] as const) if (got[k] !== exact[k]) bad.push(`${k} ${got[k]} ≠ ${exact[k]}`);
  if (Math.abs(got.totalCost! - exact.totalCost!) > 1e-6 * Math.abs(exact.totalCost!)) bad.push(`totalCost ${got.totalCost} ≠ ${exact.totalCost}`);
  for (const k of ['latencyP50', 'latencyP95', 'latencyP99'] as const) {
    if (Math.abs(got[k]! - exact[k]!) > ACCURACY * Math.abs(exact[k]!)) bad.push(`${k} ${got[k]} not within 1 % of ${exact[k]}`);
  }
  return bad;
}

// ---------------------------------------------------------------- setup and report

const seconds = (ms: number) => `${fmt(ms / 1000, 1)} s`;

async function main(): Promise<void> {
  const opts = parseOptions();
  const { signal, release } = trapSignals();
  const checkAbort = () => throwIfAborted(signal);
  // Run in reverse order in `finally`, whatever step failed.
  const cleanups = new Cleanups();
  try {
    const { postgresLabel, version, dbName, benchUrl } = await openBenchDatabase(cleanups, signal);

    const ds = createDataSource({ url: benchUrl, poolSize: 2, applicationName: 'sextant-bench' });
    await connectAndMigrate(ds);
    cleanups.add('close the bench data source', () => ds.destroy());
    const pg = await connectPg({ connectionString: benchUrl, application_name: 'sextant-bench' }, 'disconnect bench client', cleanups);

    const projectId = randomUUID();
    await pg.query(`INSERT INTO projects (id, name) VALUES ($1, $2)`, [projectId, `bench-stats-${randomBytes(4).toString('hex')}`]);
    log(`seeding ${fmt(opts.traces)} traces over ${opts.days} days...`);
    const seedStarted = performance.now();
    await pg.query('SELECT setseed(0.2025)');
    await pg.query(SEED_SQL[0], [opts.traces, opts.days]);
    for (const sql of SEED_SQL.slice(1)) {
      checkAbort();
      await pg.query(sql, sql.includes('$1') ? [projectId] : []);
    }
    await pg.query('DROP TABLE seed_t, seed_llm');
    // What autovacuum would have done by the time a dashboard reads a month of data.
    await pg.query('VACUUM ANALYZE traces, spans');
    const seedMs = performance.now() - seedStarted;
    const counts = (await pg.query(`SELECT (SELECT count(*) FROM traces)::int AS traces, (SELECT count(*) FROM spans)::int AS spans`)).rows[0];
    checkAbort();

    log('building the rollups (rebuildRollups)...');
    const rebuildStarted = performance.now();
    const built = await rebuildRollups({ ds }, projectId);
    const rebuildMs = performance.now() - rebuildStarted;
    const now = new Date();
    // As live ingestion leaves them: the latest hours are dirty until the worker catches up.
    await withTransaction({ ds }, (tx) =>
      markRollupsDirty(
        tx,
        projectId,
        Array.from({ length: DIRTY_HOURS }, (_, i) => new Date(now.getTime() - i * 3_600_000)),
      ),
    );
    checkAbort();

    const sextant = await startApiInProcess(benchUrl, dbName, { RUN_WORKER: 'false' }, cleanups);
    const { url } = sextant.server!;
    const key = sextant.adminKey!;

    const day = 86_400_000;
    const ago = (ms: number) => new Date(now.getTime() - ms);
    // Each call makes its body inside the timing, so the figures stay comparable with earlier runs.
    const measure = <R, V>(label: string, doc: TypedOperation<R, V>, vars: NoInfer<V>, describe: (d: R) => string): Case => ({
      label,
      send: () => request(url, key, gqlBody(doc, vars)),
      describe: (d) => describe(d as R),
    });
    const range = (ms: number) => ({ p: projectId, from: ago(ms).toISOString(), to: now.toISOString() });
    const cases: Case[] = [
      measure('stats, last 24 h', STATS, range(day), (d) => `${fmt(d.project.stats.traceCount)} traces`),
      measure('stats, last 7 d', STATS, range(7 * day), (d) => `${fmt(d.project.stats.traceCount)} traces`),
      measure(`stats, last ${opts.days} d`, STATS, range(opts.days * day), (d) => `${fmt(d.project.stats.traceCount)} traces`),
      ...(['NONE', 'MODEL'] as const).map((g) =>
        measure(
          `timeseries HOUR, ${opts.days} d, ${g}`,
          SERIES,
          { ...range(opts.days * day), g },
          (d) => `${d.project.timeseries.length} series × ${d.project.timeseries[0]?.points.length ?? 0} points`,
        ),
      ),
    ];
    const results: { label: string; p50: number; p95: number; max: number; shape: string }[] = [];
    for (const c of cases) {
      checkAbort();
      log(`measuring ${c.label}: ${WARMUP_RUNS} warm-up + ${opts.runs} runs...`);
      let shape = '';
      for (let i = 0; i < WARMUP_RUNS; i++) shape = c.describe(await c.send());
      const times: number[] = [];
      for (let i = 0; i < opts.runs; i++) {
        const t0 = performance.now();
        await c.send();
        times.push(performance.now() - t0);
      }
      const { p50, p95, max } = latencyStats(times);
      results.push({ label: c.label, p50, p95, max, shape });
    }

    log('checking stats against the raw tables...');
    const checks: string[] = [];
    for (const [label, from] of [
      ['24 h', ago(day)],
      [`${opts.days} d`, ago(opts.days * day)],
    ] as const) {
      const got = (await request(url, key, gqlBody(STATS, { p: projectId, from: from.toISOString(), to: now.toISOString() }))).project.stats;
      const bad = compare(got, await exactStats(pg, projectId, from, now));
      checks.push(`${label}: ${bad.length ? `MISMATCH ${bad.join('; ')}` : 'counts, tokens and cost exact, p50/p95/p99 within 1 % of percentile_cont'}`);
      if (bad.length) process.exitCode = 1;
    }

    const allPass = results.every((r) => r.p95 < TARGET_P95_MS);
    if (!allPass) process.exitCode = 1;
    const pad = (s: string, n: number) => s.padEnd(n);
    const num = (n: number) => fmt(n, 1).padStart(7);
    const lines = [
      'Sextant dashboard stats benchmark (HTTP GraphQL, admin key, one request at a time)',
      `  Postgres         ${postgresLabel}, version ${version}`,
      `  seeded           ${fmt(counts.traces)} traces, ${fmt(counts.spans)} spans over ${opts.days} days in ${seconds(seedMs)} (INSERT ... SELECT generate_series, then VACUUM ANALYZE)`,
      `  rollups built    ${fmt(built.rows)} rows in ${seconds(rebuildMs)} (rebuildRollups, one set-based statement)`,
      `  dirty hours      the latest ${DIRTY_HOURS}, read from the raw tables like the partial hours at the edges`,
      `  runs             ${WARMUP_RUNS} warm-up, then ${opts.runs} measured per query; times in ms`,
      `  ${pad('query', 34)}     p50     p95     max  result`,
      ...results.map(
        (r) =>
          `  ${pad(r.label, 34)} ${num(r.p50)} ${num(r.p95)} ${num(r.max)}  ${r.p95 < TARGET_P95_MS ? 'PASS' : 'FAIL'} (p95 < ${TARGET_P95_MS} ms)  ${r.shape}`,
      ),
      ...checks.map((c) => `  check            ${c}`),
      `  target p95 < ${TARGET_P95_MS} ms on every query: ${allPass ? 'met' : 'not met'}`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await cleanups.run();
    release();
  }
}

runMain(main);
