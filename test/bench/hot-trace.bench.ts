// Hot-trace benchmark: one span per GraphQL `ingest` request into one trace as it grows to 100,000
// spans, beside the same into a fresh trace measured just before, and 8 requests in flight into one
// trace; a ceiling (a raw Postgres insert plus an incremental totals update) is measured in the same
// run. The API runs in a process of its own. Run with `pnpm bench:hot-trace [--runs R] [--inflight N]
// [--largest S]`; set DATABASE_URL to use an existing Postgres, else an embedded one is started.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import { graphql } from '../gql';
import {
  Cleanups,
  connectPg,
  countOptions,
  createApiKey,
  createProject,
  fmt,
  gqlBody,
  graphql as request,
  ingestChecked,
  log,
  openBenchDatabase,
  runMain,
  startApiProcess,
  stats,
  type Stats,
  throwIfAborted,
  trapSignals,
  uuidv7,
} from './bench-kit';

const TARGET_RATIO = 2;
const WARMUP_REQUESTS = 30;
const IN_FLIGHT_REQUESTS = 400;

type Options = { runs: number; inflight: number; largest: number };

const INGEST = graphql(`mutation HotTraceBenchIngest($b: IngestBatchInput!) {
  ingest(batch: $b) { accepted rejected rejections { message } }
}`);
const TOTALS = graphql(`query HotTraceBenchTotals($id: ID!) { trace(id: $id) { llmCallCount promptTokens totalTokens totalCost models } }`);

const BASE = Date.UTC(2026, 0, 1);
/** Every span of a trace starts 10 ms after the one before (the n-th at n × 10 ms), so the trace only grows. */
const spanTime = (n: number) => new Date(BASE + n * 10).toISOString();

/** One LLM call, as an SDK sends it when the call ends: tokens, model, a short prompt and answer. */
const oneSpan = (traceId: string, n: number) =>
  gqlBody(INGEST, {
    b: {
      llmCalls: [
        {
          id: uuidv7(),
          traceId,
          name: 'chat',
          model: 'gpt-4o-mini',
          provider: 'openai',
          promptTokens: 120,
          completionTokens: 30,
          startTime: spanTime(n),
          endTime: spanTime(n + 0.5),
          inputs: { messages: [{ role: 'user', content: `question ${n}` }] },
          outputs: { content: `answer ${n}` },
        },
      ],
    },
  });

// Set-based: the bulk of a large trace is made inside Postgres, then its totals are summed once,
// so reaching 100,000 spans takes seconds, not 100,000 round trips.
const SEED_SPANS_SQL = `
  INSERT INTO spans (id, kind, project_id, trace_id, run_type, name, status, start_time, end_time, duration_ms, provider, model,
                     prompt_tokens, completion_tokens, total_tokens, prompt_cost, completion_cost, total_cost, cost_source, seq)
  SELECT (lpad(to_hex(${BASE} + g * 10), 12, '0') || '7' || substr(md5($2::uuid::text || g::text), 1, 3) || '8' || substr(md5($2::uuid::text || g::text), 4, 15))::uuid,
         'llm', $1, $2::uuid, 'llm', 'chat', 'success', s, s + interval '5 milliseconds', 5, 'openai', 'gpt-4o-mini',
         120, 30, 150, 0.000018, 0.000018, 0.000036, 'computed', t.span_seq + g - $3 + 1
    FROM traces t, generate_series($3::int, $4::int - 1) g, LATERAL (SELECT timestamptz 'epoch' + (${BASE} + g * 10) * interval '1 millisecond' AS s) x
   WHERE t.id = $2::uuid`;
/** The seeded trace's totals, summed over all its spans (the seeding bypasses ingestion). */
const SEED_TOTALS_SQL = `
  UPDATE traces t SET span_seq = s.n, llm_call_count = s.n, prompt_tokens = s.pt, completion_tokens = s.ct, total_tokens = s.tt,
         prompt_cost = s.pc, completion_cost = s.cc, total_cost = s.tc, models = s.models,
         duration_ms = extract(epoch FROM (s.last_end - t.start_time)) * 1000
    FROM (SELECT count(*) AS n, sum(prompt_tokens) AS pt, sum(completion_tokens) AS ct, sum(total_tokens) AS tt, sum(prompt_cost) AS pc,
                 sum(completion_cost) AS cc, sum(total_cost) AS tc, array_agg(DISTINCT model) AS models, max(end_time) AS last_end
            FROM spans WHERE trace_id = $1) s
   WHERE t.id = $1`;

/** The totals of a trace summed over its spans, to check the ones ingestion kept. */
const EXACT_SQL = `SELECT count(*)::int AS n, sum(prompt_tokens)::float8 AS pt, sum(total_tokens)::float8 AS tt, sum(total_cost) AS tc FROM spans WHERE trace_id = $1`;

// The ceiling: what one span costs Postgres itself when the totals are kept incrementally.
const CEILING_INSERT_SQL = `
  INSERT INTO spans (id, kind, project_id, trace_id, run_type, name, status, start_time, end_time, duration_ms, provider, model,
                     prompt_tokens, completion_tokens, total_tokens, prompt_cost, completion_cost, total_cost, cost_source, seq)
  VALUES ($1, 'llm', $2, $3, 'llm', 'chat', 'success', $4, $5, 5, 'openai', 'gpt-4o-mini', 120, 30, 150, 0.000018, 0.000018, 0.000036, 'computed', $6)`;
const CEILING_TOTALS_SQL = `
  UPDATE traces SET llm_call_count = llm_call_count + 1, prompt_tokens = prompt_tokens + 120, completion_tokens = completion_tokens + 30,
         total_tokens = total_tokens + 150, total_cost = total_cost + 0.000036, span_seq = span_seq + 1, version = version + 1, updated_at = now()
   WHERE id = $1 RETURNING span_seq`;

type Row = { label: string; hot: Stats; fresh?: Stats; extra?: string };

async function main(): Promise<void> {
  const opts = countOptions<keyof Options>({ runs: 200, inflight: 8, largest: 100_000 });
  const sizes = [100, 1_000, 10_000, 100_000].filter((n) => n < opts.largest).concat(opts.largest);
  const { signal, release } = trapSignals();
  const check = () => throwIfAborted(signal);
  const cleanups = new Cleanups();
  try {
    const { postgresLabel, version, benchUrl } = await openBenchDatabase(cleanups, signal);
    // No worker: the figure is ingestion's. Room for the largest trace and every measured span.
    const { url, adminKey } = await startApiProcess(
      benchUrl,
      { MAX_SPANS_PER_TRACE: String(opts.largest * 2 + 10 * opts.runs + IN_FLIGHT_REQUESTS) },
      signal,
      cleanups,
    );
    const projectId = await createProject(url, adminKey, `bench-hot-trace-${randomBytes(4).toString('hex')}`);
    const key = await createApiKey(url, adminKey, projectId);
    const pg: Client = await connectPg({ connectionString: benchUrl, application_name: 'sextant-bench' }, 'disconnect bench client', cleanups);

    /** Sends one span into `traceId` as its n-th; returns the request's time in ms. */
    const send = async (traceId: string, n: number) => {
      const body = oneSpan(traceId, n);
      const t0 = performance.now();
      await ingestChecked(url, key, body, 1);
      return performance.now() - t0;
    };
    /** `runs` spans one after another, from the trace's n-th on. */
    const sequential = async (traceId: string, from: number, runs: number) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        check();
        times.push(await send(traceId, from + i));
      }
      return stats(times);
    };
    /** `requests` spans, `inflight` at a time; returns latency and requests per second. */
    const parallel = async (traceId: string, from: number, requests: number) => {
      const times: number[] = [];
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: opts.inflight }, async () => {
          while (next < requests) {
            check();
            times.push(await send(traceId, from + next++));
          }
        }),
      );
      return { s: stats(times), perSecond: requests / ((performance.now() - t0) / 1000) };
    };

    log(`warming up (${WARMUP_REQUESTS} requests)...`);
    await sequential(uuidv7(), 0, WARMUP_REQUESTS);

    const hot = uuidv7();
    await send(hot, 0);
    let size = 1;
    const rows: Row[] = [];
    let seedMs = 0;
    for (const target of sizes) {
      // The measured spans count: the trace holds about `target` spans over the measurement.
      const seedTo = Math.max(size, target - Math.floor(opts.runs / 2));
      if (seedTo > size) {
        log(`seeding the hot trace to ${fmt(seedTo)} spans...`);
        const t0 = performance.now();
        await pg.query(SEED_SPANS_SQL, [projectId, hot, size, seedTo]);
        await pg.query(SEED_TOTALS_SQL, [hot]);
        // What autovacuum would have done by then: the statistics know the trace is large.
        await pg.query('VACUUM ANALYZE spans, traces');
        seedMs += performance.now() - t0;
        size = seedTo;
      }
      log(`measuring ${opts.runs} requests into a fresh trace, then into the hot trace at ${fmt(target)} spans...`);
      const fresh = await sequential(uuidv7(), 0, opts.runs);
      const at = await sequential(hot, size, opts.runs);
      size += opts.runs;
      rows.push({ label: `1 span/request, ~${fmt(target)} spans`, hot: at, fresh });
    }

    log(`${opts.inflight} requests in flight into the hot trace (${fmt(size)} spans), then into a fresh one...`);
    const hotParallel = await parallel(hot, size, IN_FLIGHT_REQUESTS);
    size += IN_FLIGHT_REQUESTS;
    const freshParallel = await parallel(uuidv7(), 0, IN_FLIGHT_REQUESTS);
    rows.push({
      label: `${opts.inflight} in flight, ~${fmt(opts.largest)} spans`,
      hot: hotParallel.s,
      fresh: freshParallel.s,
      extra: `${fmt(hotParallel.perSecond)} req/s hot, ${fmt(freshParallel.perSecond)} req/s fresh`,
    });

    log('measuring the ceiling: a raw insert and an incremental totals update per span, in one transaction...');
    const ceiling: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      check();
      const t0 = performance.now();
      await pg.query('BEGIN');
      const { rows: seq } = await pg.query(CEILING_TOTALS_SQL, [hot]);
      await pg.query(CEILING_INSERT_SQL, [uuidv7(), projectId, hot, spanTime(size), spanTime(size + 0.5), seq[0].span_seq]);
      await pg.query('COMMIT');
      ceiling.push(performance.now() - t0);
      size++;
    }
    rows.push({ label: `ceiling: pg insert + totals, ~${fmt(opts.largest)}`, hot: stats(ceiling) });

    log('checking the hot trace totals against its spans...');
    const kept = (await request(url, key, gqlBody(TOTALS, { id: hot }))).trace!;
    const exact = (await pg.query(EXACT_SQL, [hot])).rows[0];
    const bad: string[] = [];
    if (kept.llmCallCount !== exact.n) bad.push(`llmCallCount ${kept.llmCallCount} ≠ ${exact.n}`);
    if (kept.promptTokens !== exact.pt) bad.push(`promptTokens ${kept.promptTokens} ≠ ${exact.pt}`);
    if (kept.totalTokens !== exact.tt) bad.push(`totalTokens ${kept.totalTokens} ≠ ${exact.tt}`);
    if (Math.abs(kept.totalCost! - exact.tc) > 1e-9 * exact.tc) bad.push(`totalCost ${kept.totalCost} ≠ ${exact.tc}`);
    if (bad.length) process.exitCode = 1;

    const largest = rows[sizes.length - 1];
    const ratio = largest.hot.p50 / largest.fresh!.p50;
    if (ratio > TARGET_RATIO) process.exitCode = 1;
    const ms = (n: number) => fmt(n, 1).padStart(7);
    const lines = [
      'Sextant hot-trace benchmark (HTTP GraphQL ingest, 1 LLM call per request, project key, API in its own process)',
      `  Postgres         ${postgresLabel}, version ${version}`,
      `  hot trace        grown to ${fmt(size)} spans: seeded set-based (${fmt(seedMs / 1000, 1)} s, then VACUUM ANALYZE), the rest ingested`,
      `  fresh trace      a new trace per row, measured just before the hot one`,
      `  runs             ${WARMUP_REQUESTS} warm-up, then ${opts.runs} requests per row (${IN_FLIGHT_REQUESTS} in flight rows); times in ms`,
      `  ${'case'.padEnd(38)}  hot p50  hot p95  fresh p50  fresh p95  hot/fresh p50`,
      ...rows.map(
        (r) =>
          `  ${r.label.padEnd(38)} ${ms(r.hot.p50)}  ${ms(r.hot.p95)}  ${r.fresh ? `${ms(r.fresh.p50)}    ${ms(r.fresh.p95)}  ${fmt(r.hot.p50 / r.fresh.p50, 2).padStart(13)}` : ''.padEnd(38)}${r.extra ? `  ${r.extra}` : ''}`,
      ),
      `  check            hot trace totals ${bad.length ? `MISMATCH ${bad.join('; ')}` : 'equal the sums over its spans (calls, tokens; cost to 1e-9)'}`,
      `  headline         p50 at ${fmt(opts.largest)} spans ÷ fresh p50 = ${fmt(ratio, 2)} (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'not met'})`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await cleanups.run();
    release();
  }
}

runMain(main);
