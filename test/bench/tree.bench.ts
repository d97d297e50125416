// Trace-tree read benchmark: how long a client takes to read a whole span tree through
// `trace(id) { spans(first, after) }`, page by page over HTTP from the API as a process of its own,
// beside the ceiling of the same columns read straight through `pg` in one query and ordered in JS
// (placeTree, as the API orders them), in the same run; then the API's resident memory while a
// fresh API process reads the largest trace page by page. Traces of 1,000, 10,000 and 100,000 spans
// are seeded with set-based SQL: an agent tree four wide (about 9 levels at 100,000 spans), LLM and
// tool calls at its leaves, ~1 kB of JSON inputs and outputs per span that a tree view never asks
// for. Run with `pnpm bench:tree [--runs N] [--runs-large N] [--page P]`; set DATABASE_URL to use an
// existing Postgres, else an embedded one is started.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { placeTree } from '@sextant/core';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { Client } from 'pg';
import { freePort } from '../support/ports';
import { seedSpanTree } from './span-tree-seed';
import { graphql } from '../gql';
import {
  type BenchChild,
  Cleanups,
  connectPg,
  countOptions,
  cpuMsOf,
  createProject,
  fmt,
  gqlBody,
  graphql as request,
  log,
  machineCpu,
  openBenchDatabase,
  rssMiBOf,
  runMain,
  spawnChild,
  type Stats,
  stats,
  tempDir,
  throwIfAborted,
  trapSignals,
  waitHealthy,
} from './bench-kit';

const SIZES = [1_000, 10_000, 100_000];
const HEADLINE_SIZE = 10_000;
const TARGET_RATIO = 3;
const TARGET_RSS_MIB = 400;
const WARMUP_RUNS = 1;
const API_START_TIMEOUT_MS = 90_000;
const API_STOP_TIMEOUT_MS = 15_000;
/** How often the memory reader samples the API's RSS while it pages. */
const RSS_SAMPLE_MS = 20;
/** How long after the last page the "after" RSS is read: what the process keeps, not what it is freeing. */
const RSS_SETTLE_MS = 3_000;

/** What a tree view asks for: placement, names, timings, cost and tokens, and none of the heavy JSON. */
const PAGE = graphql(`query TreeBenchPage($id: ID!, $first: Int, $after: ID) {
  trace(id: $id) {
    spanCount
    spans(first: $first, after: $after) {
      __typename id parentId depth childIds name runType status startTime endTime durationMs totalCost
      ... on LLMCall { model promptTokens completionTokens }
    }
  }
}`);

/** The same columns as PAGE, in one statement: what the API could not beat. */
const RAW_SQL = `SELECT id, parent_id, kind, run_type, name, status, start_time, end_time, duration_ms, step_index, total_cost,
                        model, prompt_tokens, completion_tokens
                   FROM spans WHERE trace_id = $1`;

type Api = BenchChild & { port: number; url: string };

async function startApi(name: string, env: Record<string, string>, signal: AbortSignal, cleanups: Cleanups): Promise<Api> {
  const port = await freePort();
  // The API is silent on stderr unless something goes wrong: any line there is shown as it happens.
  const proc = spawnChild(name, 'apps/api/src/main.ts', { ...env, PORT: String(port), HOST: '127.0.0.1' }, { showStderr: (l) => l.trim() !== '' });
  cleanups.add(`stop the ${name}`, () => proc.stop(API_STOP_TIMEOUT_MS));
  await waitHealthy(proc, port, signal, API_START_TIMEOUT_MS);
  return Object.assign(proc, { port, url: `http://127.0.0.1:${port}/graphql` });
}

/** Reads a whole tree page by page, as a client does; returns the ids in the order received. */
async function readTree(api: Api, key: string, traceId: string, first: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = Infinity;
  while (ids.length < total) {
    const { trace }: ResultOf<typeof PAGE> = await request(api.url, key, gqlBody(PAGE, { id: traceId, first, after }));
    if (!trace) throw new Error(`trace ${traceId} not found`);
    total = trace.spanCount;
    if (!trace.spans.length) throw new Error(`page after ${after} is empty with ${ids.length} of ${total} spans read`);
    for (const s of trace.spans) ids.push(s.id);
    after = trace.spans[trace.spans.length - 1].id;
  }
  return ids;
}

/** The ceiling: the same columns in one statement, placed in their tree (depth, children) in this process as the API places it. */
async function readRaw(pg: Client, traceId: string): Promise<{ ids: string[]; depth: number }> {
  const { rows } = await pg.query(RAW_SQL, [traceId]);
  const spans = rows.map((r: Record<string, unknown>) => ({
    id: r.id as string,
    parentId: r.parent_id as string | null,
    kind: r.kind as string,
    startTime: r.start_time as Date,
    stepIndex: r.step_index as number | null,
  }));
  const { order, depth } = placeTree(spans);
  return { ids: Array.from(order, (i) => spans[i].id), depth: depth.reduce((a, b) => Math.max(a, b), 0) };
}

/**
 * Latencies of `runs` reads after the warm-up, and the CPU time process `pid` (this one when
 * undefined) spent per read: on a shared machine, CPU time moves far less with the load than latency.
 */
async function timed(label: string, runs: number, pid: number | undefined, read: () => Promise<unknown>, check: () => void) {
  for (let i = 0; i < WARMUP_RUNS; i++) await read();
  const times: number[] = [];
  const cpuBefore = cpuMsOf(pid);
  for (let i = 0; i < runs; i++) {
    check();
    const t0 = performance.now();
    await read();
    times.push(performance.now() - t0);
    // A slow run is minutes long at 100,000 spans: say where it stands.
    if (times[i] > 10_000) log(`${label}: run ${i + 1} of ${runs} took ${fmt(times[i] / 1000, 1)} s`);
  }
  const cpuAfter = cpuMsOf(pid);
  return { ...stats(times), cpuMs: cpuBefore === null || cpuAfter === null ? NaN : (cpuAfter - cpuBefore) / runs };
}

async function main(): Promise<void> {
  const opts = countOptions({ runs: 20, 'runs-large': 5, page: 1_000 });
  const { signal, release } = trapSignals();
  const checkAbort = () => throwIfAborted(signal);
  const cleanups = new Cleanups();
  try {
    const { postgresLabel, version, dbName, benchUrl } = await openBenchDatabase(cleanups, signal);
    const dataDir = await tempDir('sextant-bench-tree-', 'remove data folder', cleanups);
    const adminKey = `sx_admin_${randomBytes(24).toString('hex')}`;
    // No worker, and the page size the flag asks for (the product's default, 1,000, unless told).
    const env = { DATABASE_URL: benchUrl, SEXTANT_ADMIN_KEY: adminKey, SEXTANT_DATA_DIR: dataDir, RUN_WORKER: 'false', MAX_SPANS_PER_PAGE: String(opts.page) };
    log(`starting the API on database ${dbName}...`);
    const api = await startApi('api', env, signal, cleanups);
    const projectId = await createProject(api.url, adminKey, `bench-tree-${randomBytes(4).toString('hex')}`);

    const pg = await connectPg({ connectionString: benchUrl, application_name: 'sextant-bench' }, 'disconnect bench client', cleanups);
    const traces = new Map<number, string>();
    const seedStarted = performance.now();
    for (const n of SIZES) {
      checkAbort();
      log(`seeding a ${fmt(n)}-span trace...`);
      traces.set(n, await seedSpanTree(pg, projectId, n, new Date(Date.UTC(2026, 0, 1))));
    }
    // What autovacuum would have done by the time anyone reads these traces.
    await pg.query('VACUUM ANALYZE traces, spans');
    const seedMs = performance.now() - seedStarted;
    const largest = SIZES[SIZES.length - 1];
    const { json_kb } = (
      await pg.query(
        `SELECT (avg(pg_column_size(inputs) + pg_column_size(outputs) + pg_column_size(metadata)) / 1024)::float8 AS json_kb FROM spans WHERE trace_id = $1`,
        [traces.get(largest)],
      )
    ).rows[0];
    const { depth } = await readRaw(pg, traces.get(largest)!);

    const machineBefore = machineCpu();
    const loadBefore = loadavg()[0];
    const rows: { n: number; pages: number; api: Stats & { cpuMs: number }; raw: Stats & { cpuMs: number } }[] = [];
    for (const n of SIZES) {
      const traceId = traces.get(n)!;
      const runs = n >= 100_000 ? opts['runs-large'] : opts.runs;
      log(`${fmt(n)} spans: checking the API's order against the raw read...`);
      const [viaApi, viaRaw] = [await readTree(api, adminKey, traceId, opts.page), await readRaw(pg, traceId)];
      if (viaApi.length !== n || viaApi.some((id, i) => id !== viaRaw.ids[i])) throw new Error(`the API's ${fmt(n)}-span tree differs from the raw read's`);
      log(`${fmt(n)} spans: ${WARMUP_RUNS} warm-up + ${runs} runs of each...`);
      // Interleaved per run would mix one's garbage collection into the other's figures; one after the other instead.
      const raw = await timed(`${fmt(n)} raw`, runs, undefined, () => readRaw(pg, traceId), checkAbort);
      const viaGraphql = await timed(`${fmt(n)} API`, runs, api.child.pid, () => readTree(api, adminKey, traceId, opts.page), checkAbort);
      rows.push({ n, pages: Math.ceil(n / opts.page), api: viaGraphql, raw });
    }
    const machineAfter = machineCpu();
    const loadAfter = loadavg()[0];
    const timingRss = rssMiBOf(api.child.pid);

    // A fresh process, so that the figure is one large read's and not what the timing runs left behind.
    checkAbort();
    log(`memory: a fresh API reads the ${fmt(largest)}-span trace page by page...`);
    const reader = await startApi('memory-api', env, signal, cleanups);
    // One small request first, so the baseline includes what every first request loads (schema caches, pool).
    await readTree(reader, adminKey, traces.get(SIZES[0])!, opts.page);
    const baseline = rssMiBOf(reader.child.pid) ?? NaN;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiBOf(reader.child.pid) ?? 0)), RSS_SAMPLE_MS);
    const readStarted = performance.now();
    try {
      await readTree(reader, adminKey, traces.get(largest)!, opts.page);
    } finally {
      clearInterval(sampler);
    }
    const readMs = performance.now() - readStarted;
    peak = Math.max(peak, rssMiBOf(reader.child.pid) ?? 0);
    await new Promise((r) => setTimeout(r, RSS_SETTLE_MS));
    const after = rssMiBOf(reader.child.pid) ?? NaN;

    const busy =
      machineBefore && machineAfter ? `${fmt(((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) * 100)} %` : 'n/a';
    const ms = (v: number) => fmt(v, 1).padStart(9);
    const headline = rows.find((r) => r.n === HEADLINE_SIZE)!;
    const ratio = headline.api.p50 / headline.raw.p50;
    const rssOk = peak < TARGET_RSS_MIB;
    if (ratio > TARGET_RATIO || !rssOk) process.exitCode = 1;
    const lines = [
      'Sextant trace-tree read benchmark (HTTP GraphQL, admin key, one request at a time)',
      `  Postgres         ${postgresLabel}, version ${version}`,
      `  seeded           ${SIZES.map((n) => fmt(n)).join(' / ')}-span traces in ${fmt(seedMs / 1000, 1)} s; four wide, ${depth + 1} levels at ${fmt(largest)}; ${fmt(json_kb, 2)} kB of JSON per span (stored)`,
      `  query            trace(id) { spanCount spans(first: ${fmt(opts.page)}, after) { 12 to 15 fields } }, page after page until spanCount`,
      `  ceiling          the same columns in one pg query, placed by placeTree (as the API places trees) in the bench process`,
      `  machine          load average ${fmt(loadBefore, 2)} before, ${fmt(loadAfter, 2)} after the timed part; CPU ${busy} busy during it (2 cores, shared)`,
      `  whole tree, ms   ${'spans'.padStart(9)} ${'pages'.padStart(6)} ${'API p50'.padStart(9)} ${'API p95'.padStart(9)} ${'raw p50'.padStart(9)} ${'raw p95'.padStart(9)} ${'p50 ratio'.padStart(10)} ${'API CPU'.padStart(9)} ${'raw CPU'.padStart(9)}`,
      ...rows.map(
        (r) =>
          `                   ${fmt(r.n).padStart(9)} ${fmt(r.pages).padStart(6)} ${ms(r.api.p50)} ${ms(r.api.p95)} ${ms(r.raw.p50)} ${ms(r.raw.p95)} ${`${fmt(r.api.p50 / r.raw.p50, 2)}×`.padStart(10)} ${ms(r.api.cpuMs)} ${ms(r.raw.cpuMs)}`,
      ),
      `  CPU              per whole-tree read: the API process's (not this one's parsing of its answers), and this process's for the raw read; Postgres's in neither`,
      `  runs             ${WARMUP_RUNS} warm-up, then ${opts.runs} measured (${opts['runs-large']} at ${fmt(largest)} spans)`,
      `  API RSS          ${fmt(largest)} spans read page by page by a fresh API in ${fmt(readMs / 1000, 1)} s: baseline ${fmt(baseline)} MiB, peak ${fmt(peak)} MiB, ${fmt(RSS_SETTLE_MS / 1000)} s after ${fmt(after)} MiB ` +
        `(target peak < ${TARGET_RSS_MIB} MiB: ${rssOk ? 'met' : 'not met'}); the timing API held ${timingRss === null ? 'n/a' : `${fmt(timingRss)} MiB`} at the end`,
      `  headline         ${fmt(HEADLINE_SIZE)} spans: API ${fmt(headline.api.p50, 1)} ms vs raw ${fmt(headline.raw.p50, 1)} ms at p50, ${fmt(ratio, 2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'not met'})`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await cleanups.run();
    release();
  }
}

runMain(main);
