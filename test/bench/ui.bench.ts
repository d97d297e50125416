// Web UI benchmark, in Debian's Chromium driven by playwright-core against the API as a process of its
// own serving the built UI: the time from navigation to the trace view being interactive (its totals
// and first rows on screen) for traces of 1,000, 10,000 and 100,000 spans, the frame times while the
// 10,000-span tree scrolls (paging as it goes), the time to the trace list's first page on a project
// of 1,000,000 traces, and the delay from an ingest's acknowledgement to its span on screen. Beside
// each, its ceiling measured in the same run: the same GraphQL requests the page made, replayed
// straight from Node (the data cannot arrive faster than that), and for the live delay a graphql-ws
// client subscribed to the same trace. Each navigation is a fresh browser context (no HTTP cache).
// Run with `pnpm bench:ui [--runs N] [--runs-large N] [--traces N] [--live N] [--fresh] [--screenshots DIR]`;
// set DATABASE_URL to use an existing Postgres, else an embedded one is started. The seeded database
// is kept for the next run. (No import of node:perf_hooks: functions passed to page.evaluate use the page's global performance, and a compiled import would rename it.)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '@sextant/config';
import { connectAndMigrate, createDataSource } from '@sextant/core';
import type { Client } from 'pg';
import { type Browser, type BrowserContext, chromium, type Page, type Request } from 'playwright-core';
import { graphql } from '../gql';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser';
import {
  benchPostgres,
  Cleanups,
  connectPg,
  connectWs,
  describe,
  fmt,
  gqlBody,
  graphql as request,
  keptBenchDatabase,
  log,
  markSeeded,
  positiveInt,
  runMain,
  serverVersion,
  startApiProcess,
  type Stats,
  stats,
  throwIfAborted,
  trapSignals,
  uuidv7,
} from './bench-kit';
import { MODELS, NORMAL, PRICE, V7 } from './seed-sql';
import { seedSpanTree } from './span-tree-seed';

const TREE_SIZES = [1_000, 10_000, 100_000];
const TARGET_INTERACTIVE_MS = 2_000;
const TARGET_INTERACTIVE_SIZE = 10_000;
const TARGET_LIVE_MS = 500;
const SEED_VERSION = 1;
const DB_PREFIX = 'sextant_bench_ui_';
const KEPT_PG_DIR = path.join(os.tmpdir(), 'sextant-bench-ui-pg');
const ROOT = path.resolve(__dirname, '..', '..');
/** A laptop's screen: what "readable on a laptop" means in the issue. */
const VIEWPORT = { width: 1440, height: 900 };
/** Frames of the scroll test, and how far each frame scrolls (10 rows of 30 px). */
const SCROLL_FRAMES = 180;
const SCROLL_STEP_PX = 300;
const LIVE_GAP_MS = 150;

type Options = { runs: number; runsLarge: number; traces: number; live: number; fresh: boolean; screenshots: string | null };

function parseOptions(): Options {
  const { values: v } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      'runs-large': { type: 'string', default: '3' },
      traces: { type: 'string', default: '1000000' },
      live: { type: 'string', default: '40' },
      fresh: { type: 'boolean', default: false },
      screenshots: { type: 'string' },
    },
    strict: true,
  });
  return {
    runs: positiveInt('runs', v.runs),
    runsLarge: positiveInt('runs-large', v['runs-large']),
    traces: positiveInt('traces', v.traces),
    live: positiveInt('live', v.live),
    fresh: v.fresh,
    screenshots: v.screenshots ?? null,
  };
}

// ---------------------------------------------------------------- seeding

// One project: `traces` traces over the last 30 days (what the list pages through), and the three span
// trees, started now so that they head the list.
const SEED_TRACES = `
  INSERT INTO traces (id, project_id, name, status, start_time, end_time, duration_ms, user_id, session_id, model_name, input, output,
                      error_flag, tags, metadata, models, prompt_tokens, completion_tokens, total_tokens, prompt_cost, completion_cost,
                      total_cost, llm_call_count, error_count, span_seq, version, metrics_version)
  SELECT ${V7('t.start_time', 't.n::text')}, $1, (ARRAY['support-agent', 'billing-agent', 'triage', 'refund-flow', 'search-assistant'])[1 + t.n % 5],
         CASE WHEN t.err THEN 'error' ELSE 'success' END, t.start_time, t.start_time + t.d * interval '1 millisecond', t.d,
         'user-' || (t.n % 5000), 'session-' || (t.n / 4), t.model,
         jsonb_build_object('messages', jsonb_build_array(jsonb_build_object('role', 'user', 'content', 'where is order ' || (100000 + t.n)))),
         jsonb_build_object('role', 'assistant', 'content', 'It ships tomorrow.'),
         t.err, ARRAY[CASE WHEN t.n % 5 = 0 THEN 'staging' ELSE 'prod' END], jsonb_build_object('env', 'prod'), ARRAY[t.model],
         t.pt, t.ct, t.pt + t.ct, t.pt * ${PRICE('t.model', 0)} / 1e6, t.ct * ${PRICE('t.model', 1)} / 1e6,
         (t.pt * ${PRICE('t.model', 0)} + t.ct * ${PRICE('t.model', 1)}) / 1e6, 1, t.err::int, 2, 1, 1
    FROM (SELECT g AS n, now() - interval '10 minutes' - random() * interval '30 days' AS start_time, random() < 0.02 AS err, ${MODELS} AS model,
                 greatest(40, exp(ln(1800) + 0.8 * ${NORMAL}))::int AS d, greatest(20, exp(ln(1200) + 0.7 * ${NORMAL}))::int AS pt,
                 greatest(1, exp(ln(250) + 0.6 * ${NORMAL}))::int AS ct
            FROM generate_series(1, $2::int) g ORDER BY 2) t`;

/** What the seeded database depends on: a change to the seed, its size or any migration seeds a new one. */
function seedKey(o: Options): string {
  const dir = path.join(ROOT, 'packages/core/src/database/migrations');
  const migrations = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const seedSource = readFileSync(path.join(__dirname, 'span-tree-seed.ts'), 'utf8');
  return createHash('sha256')
    .update(JSON.stringify([SEED_VERSION, SEED_TRACES, seedSource, TREE_SIZES, o.traces, migrations]))
    .digest('hex')
    .slice(0, 12);
}

/** The project and its trees, seeded now or found from an earlier run's seed. */
async function seeded(pg: Client, o: Options, fresh: boolean, signal: AbortSignal): Promise<{ projectId: string; trees: Map<number, string> }> {
  if (fresh) {
    const projectId = (await pg.query<{ id: string }>(`INSERT INTO projects (id, name) VALUES (gen_random_uuid(), 'bench-ui') RETURNING id`)).rows[0].id;
    log(`seeding ${fmt(o.traces)} traces...`);
    await pg.query('SELECT setseed(0.17)');
    await pg.query(SEED_TRACES, [projectId, o.traces]);
    for (const n of TREE_SIZES) {
      throwIfAborted(signal);
      log(`seeding a ${fmt(n)}-span trace...`);
      await seedSpanTree(pg, projectId, n, new Date(Date.now() - 60_000), `tree-${n}`);
    }
    // What autovacuum would have done by the time anyone opens these.
    await pg.query('VACUUM ANALYZE traces, spans');
  }
  const projectId = (await pg.query<{ id: string }>(`SELECT id FROM projects WHERE name = 'bench-ui'`)).rows[0].id;
  const trees = new Map<number, string>();
  for (const n of TREE_SIZES) {
    trees.set(n, (await pg.query<{ id: string }>(`SELECT id FROM traces WHERE project_id = $1 AND name = $2`, [projectId, `tree-${n}`])).rows[0].id);
  }
  return { projectId, trees };
}

// ---------------------------------------------------------------- browser

type Api = { url: string; base: string; adminKey: string };

/** A fresh context (no HTTP cache, no state) already signed in: the key is put where the sign-in page keeps it. */
async function freshContext(browser: Browser, adminKey: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript((key) => localStorage.setItem('sextant.apiKey', key), adminKey);
  return context;
}

/** A console error in the UI under measurement makes its figures meaningless: the run fails. */
function failOnConsoleErrors(page: Page, errors: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
}

/** The GraphQL requests (HTTP POST bodies) a page sends while `during` runs. */
async function recordRequests(page: Page, during: () => Promise<void>): Promise<string[]> {
  const bodies: string[] = [];
  const onRequest = (r: Request) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') bodies.push(r.postData() ?? '');
  };
  page.on('request', onRequest);
  try {
    await during();
  } finally {
    page.off('request', onRequest);
  }
  return bodies;
}

/**
 * Milliseconds from navigation to `ready` resolving in a fresh context, over `runs` runs after one
 * warm-up; and the GraphQL requests the warm-up's page sent, for the ceiling.
 */
async function timeNavigation(
  browser: Browser,
  api: Api,
  url: string,
  runs: number,
  ready: (page: Page) => Promise<void>,
  check: () => void,
  o: { consoleErrorsFail?: boolean; warm?: boolean } = {},
) {
  const errors: string[] = [];
  const times: number[] = [];
  let requests: string[] = [];
  // Warm: one context for every run, as a user moving between pages has (HTTP cache, V8's code cache).
  const shared = o.warm ? await freshContext(browser, api.adminKey) : null;
  for (let i = 0; i <= runs; i++) {
    check();
    const context = shared ?? (await freshContext(browser, api.adminKey));
    try {
      const page = await context.newPage();
      failOnConsoleErrors(page, errors);
      const bodies = await recordRequests(page, async () => {
        const t0 = performance.now();
        await page.goto(url, { waitUntil: 'commit' });
        await ready(page);
        if (i > 0) times.push(performance.now() - t0);
      });
      if (i === 0) requests = bodies;
      await page.close();
    } finally {
      if (!shared) await context.close();
    }
  }
  await shared?.close();
  if (errors.length && o.consoleErrorsFail !== false) throw new Error(`the UI logged errors: ${errors.slice(0, 3).join(' | ')}`);
  return { ui: stats(times), requests };
}

/** The ceiling: the page's GraphQL requests sent straight from Node, all at once as the page may, `runs` times. */
async function timeReplay(api: Api, bodies: string[], runs: number): Promise<Stats> {
  const send = (body: string) =>
    fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': api.adminKey }, body }).then(async (r) => {
      const text = await r.text();
      const answer = JSON.parse(text) as { errors?: unknown[] };
      if (r.status !== 200 || answer.errors?.length) throw new Error(`replayed request failed (HTTP ${r.status}): ${text.slice(0, 200)}`);
    });
  await Promise.all(bodies.map(send));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await Promise.all(bodies.map(send));
    times.push(performance.now() - t0);
  }
  return stats(times);
}

/** The trace view is interactive once its totals and first page are in (data-ready) and its first span row is on screen. */
async function traceViewReady(page: Page): Promise<void> {
  await page.locator('.trace-view[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-span-id]').first().waitFor({ timeout: 60_000 });
}

/** The list is ready once its first row is on screen. */
async function listReady(page: Page): Promise<void> {
  await page.locator('[role="row"][data-index="0"]').waitFor({ timeout: 60_000 });
}

/**
 * Scrolls the span tree SCROLL_STEP_PX per animation frame for SCROLL_FRAMES frames (pages load as it
 * goes) and returns the frame intervals: a smooth scroll keeps them near 16.7 ms.
 */
async function scrollFrames(page: Page): Promise<{ frames: number[]; rows: number }> {
  return page.evaluate(
    ({ frames, step }) =>
      new Promise<{ frames: number[]; rows: number }>((resolve) => {
        const body = document.querySelector<HTMLElement>('[role="treegrid"] .grid-body') ?? document.querySelector<HTMLElement>('.grid-body');
        if (!body) throw new Error('no scrollable span tree');
        const out: number[] = [];
        let last = performance.now();
        let n = 0;
        const tick = (now: number) => {
          out.push(now - last);
          last = now;
          body.scrollTop += step;
          if (++n < frames) requestAnimationFrame(tick);
          else resolve({ frames: out.slice(1), rows: document.querySelectorAll('[data-span-id]').length });
        };
        requestAnimationFrame(tick);
      }),
    { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX },
  );
}

// ---------------------------------------------------------------- live

const INGEST = graphql(`mutation UiBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);

/**
 * Spans ingested one at a time into a trace open in the page: for each, the wall-clock time from the
 * ingest's acknowledgement to its row in the page's DOM, and to its arrival at a graphql-ws client
 * subscribed beside the page (the ceiling). Each span starts earlier than the last, so it is placed
 * first under the root and is on screen, not in the virtualised part below.
 */
async function liveDelays(browser: Browser, api: Api, projectId: string, count: number, check: () => void) {
  const traceId = uuidv7();
  const root = uuidv7();
  const t0 = Date.now();
  const at = (ms: number) => new Date(t0 + ms).toISOString();
  await request(
    api.url,
    api.adminKey,
    gqlBody(INGEST, {
      b: { projectId, traces: [{ id: traceId, name: 'live-bench', startTime: at(0) }], agentCalls: [{ id: root, traceId, name: 'agent', startTime: at(0) }] },
    }),
  );

  let closed: unknown = null;
  const ws = connectWs(api.url.replace(/^http/, 'ws'), api.adminKey, {
    timeoutMs: 10_000,
    timeoutMessage: 'graphql-ws did not connect',
    closedEarlyMessage: 'graphql-ws closed before connecting',
    onClosed: (e) => (closed = e),
  });
  const wsArrivals = new Map<string, number>();
  const context = await freshContext(browser, api.adminKey);
  try {
    await ws.ready;
    let subscriptionError: unknown = null;
    ws.client.subscribe(
      { query: `subscription($t: ID!) { spanAdded(traceId: $t) { id } }`, variables: { t: traceId } },
      {
        next: (m) => {
          const id = (m.data as { spanAdded?: { id: string } } | null)?.spanAdded?.id;
          if (id && !wsArrivals.has(id)) wsArrivals.set(id, performance.timeOrigin + performance.now());
        },
        error: (e) => (subscriptionError = e),
        complete: () => undefined,
      },
    );
    // The server registers the subscription shortly after it is sent: a moment before the page and the timing start.
    await new Promise((r) => setTimeout(r, 300));
    const page = await context.newPage();
    const errors: string[] = [];
    failOnConsoleErrors(page, errors);
    await page.goto(`${api.base}/projects/${projectId}/traces/${traceId}`);
    await page.locator(`[data-span-id="${root}"]`).waitFor();
    // The page notes when each span row first appears, in wall-clock ms like the acknowledgement.
    await page.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { __seen: Record<string, number> }).__seen = seen;
      const note = (el: Element) => {
        for (const row of [el, ...el.querySelectorAll('[data-span-id]')]) {
          const id = row.getAttribute('data-span-id');
          if (id && !(id in seen)) seen[id] = performance.timeOrigin + performance.now();
        }
      };
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) note(n);
      }).observe(document.body, { childList: true, subtree: true });
    });
    // Let the subscription's backlog settle before timing.
    await new Promise((r) => setTimeout(r, 500));
    const acks = new Map<string, number>();
    for (let i = 1; i <= count; i++) {
      check();
      const id = uuidv7();
      const body = gqlBody(INGEST, {
        b: { projectId, toolCalls: [{ id, traceId, parentId: root, name: `tool-${i}`, startTime: at(-i), endTime: at(-i + 1) }] },
      });
      await request(api.url, api.adminKey, body);
      acks.set(id, performance.timeOrigin + performance.now());
      await new Promise((r) => setTimeout(r, LIVE_GAP_MS));
    }
    await new Promise((r) => setTimeout(r, 1_500));
    if (closed) throw new Error(`graphql-ws closed during the run: ${describe(closed)}`);
    if (subscriptionError) throw new Error(`spanAdded failed: ${describe(subscriptionError)}`);
    const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);
    if (errors.length) throw new Error(`the UI logged errors: ${errors.slice(0, 3).join(' | ')}`);
    const ui: number[] = [];
    const wsDelays: number[] = [];
    const missing: string[] = [];
    for (const [id, ack] of acks) {
      if (seen[id] === undefined || !wsArrivals.has(id)) missing.push(id);
      else {
        ui.push(seen[id] - ack);
        wsDelays.push(wsArrivals.get(id)! - ack);
      }
    }
    if (missing.length) throw new Error(`${missing.length} of ${count} spans never appeared (in the page or at the graphql-ws client)`);
    return { ui: stats(ui), ws: stats(wsDelays) };
  } finally {
    await context.close();
    await ws.client.dispose();
  }
}

// ---------------------------------------------------------------- report

const ms = (n: number) => (Number.isNaN(n) ? 'n/a' : `${fmt(n, n < 100 ? 1 : 0)} ms`);

async function main(): Promise<void> {
  const opts = parseOptions();
  const { signal, release } = trapSignals();
  const check = () => throwIfAborted(signal);
  const cleanups = new Cleanups();
  const external = Boolean(loadConfig(process.env).databaseUrl);
  try {
    const { serverUrl, label: postgresLabel } = await benchPostgres(cleanups, external ? undefined : KEPT_PG_DIR);
    const admin = await connectPg({ connectionString: serverUrl }, 'disconnect admin client', cleanups);
    const version = await serverVersion(admin);
    const { dbName, benchUrl, seededNote } = await keptBenchDatabase(admin, serverUrl, DB_PREFIX, seedKey(opts), opts.fresh);
    const pg = await connectPg({ connectionString: benchUrl, application_name: 'sextant-bench-seed' }, 'disconnect seeding client', cleanups);
    let seedLine: string;
    let seed: { projectId: string; trees: Map<number, string> };
    if (seededNote) {
      seedLine = `reused database ${dbName} (${seededNote})`;
      seed = await seeded(pg, opts, false, signal);
    } else {
      const ds = createDataSource({ url: benchUrl, poolSize: 1, applicationName: 'sextant-bench' });
      await connectAndMigrate(ds);
      await ds.destroy();
      const t0 = performance.now();
      seed = await seeded(pg, opts, true, signal);
      const secs = fmt((performance.now() - t0) / 1000);
      await markSeeded(admin, dbName, `seeded ${new Date().toISOString().slice(0, 10)} in ${secs} s`);
      seedLine = `seeded database ${dbName} in ${secs} s; kept for the next run`;
    }
    log(seedLine);

    // The build `pnpm start` serves, made now if missing or stale.
    execFileSync(process.execPath, ['-r', './scripts/register.cjs', 'scripts/build-web.ts', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
    const started = await startApiProcess(benchUrl, {}, signal, cleanups);
    const api: Api = { url: started.url, base: started.url.replace(/\/graphql$/, ''), adminKey: started.adminKey };
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    cleanups.add('close Chromium', () => browser.close());
    const chromiumVersion = browser.version();
    const loadBefore = os.loadavg()[0];

    // What any page costs here before Sextant's: a fresh context navigating to a one-line text answer.
    log(`browser floor: ${opts.runs} navigations to /health in fresh contexts...`);
    const browserFloor = (
      await timeNavigation(browser, api, `${api.base}/health`, opts.runs, (page) => page.waitForLoadState('load'), check, {
        // The browser asks a text page for /favicon.ico, which the API answers 404: the browser's noise, not the UI's.
        consoleErrorsFail: false,
      })
    ).ui;

    const treeRows: { n: number; ui: Stats; warm: Stats; floor: Stats }[] = [];
    let scroll: { frames: Stats; long: number; rows: number } | null = null;
    for (const n of TREE_SIZES) {
      const runs = n >= 100_000 ? opts.runsLarge : opts.runs;
      const url = `${api.base}/projects/${seed.projectId}/traces/${seed.trees.get(n)}`;
      log(`trace view, ${fmt(n)} spans: 1 warm-up + ${runs} navigations...`);
      const { ui, requests } = await timeNavigation(browser, api, url, runs, traceViewReady, check);
      const warm = (await timeNavigation(browser, api, url, runs, traceViewReady, check, { warm: true })).ui;
      treeRows.push({ n, ui, warm, floor: await timeReplay(api, requests, runs) });
      if (n === TARGET_INTERACTIVE_SIZE) {
        log(`trace view, ${fmt(n)} spans: scrolling ${SCROLL_FRAMES} frames...`);
        const context = await freshContext(browser, api.adminKey);
        const page = await context.newPage();
        await page.goto(url);
        await traceViewReady(page);
        const r = await scrollFrames(page);
        scroll = { frames: stats(r.frames), long: r.frames.filter((f) => f > 50).length, rows: r.rows };
        await context.close();
      }
    }

    log(`trace list, ${fmt(opts.traces)} traces: 1 warm-up + ${opts.runs} navigations...`);
    const listUrl = `${api.base}/projects/${seed.projectId}/traces`;
    const list = await timeNavigation(browser, api, listUrl, opts.runs, listReady, check);
    const listFloor = await timeReplay(api, list.requests, opts.runs);

    log(`live: ${opts.live} spans ingested one at a time into an open trace view...`);
    const live = await liveDelays(browser, api, seed.projectId, opts.live, check);
    const loadAfter = os.loadavg()[0];

    if (opts.screenshots) {
      await mkdir(opts.screenshots, { recursive: true });
      const context = await freshContext(browser, api.adminKey);
      const page = await context.newPage();
      for (const [name, url, ready] of [
        ['trace-list', listUrl, listReady],
        ['trace-view', `${api.base}/projects/${seed.projectId}/traces/${seed.trees.get(1_000)}`, traceViewReady],
      ] as const) {
        await page.goto(url);
        await ready(page);
        await page.screenshot({ path: path.join(opts.screenshots, `${name}.png`) });
      }
      await context.close();
      log(`screenshots written to ${opts.screenshots}`);
    }

    const headline = treeRows.find((r) => r.n === TARGET_INTERACTIVE_SIZE)!;
    const lines = [
      '',
      `Web UI benchmark: Chromium ${chromiumVersion} (${VIEWPORT.width}×${VIEWPORT.height}, a fresh context per navigation), API as its own process`,
      `Postgres ${version} (${postgresLabel}); ${seedLine}; ${os.cpus().length} CPUs; load ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`,
      '',
      `Browser floor (a fresh context loading /health, a one-line text): p50 ${ms(browserFloor.p50)}, p95 ${ms(browserFloor.p95)}`,
      '',
      'Navigation → trace view interactive (totals and first rows on screen); ceiling: the same GraphQL requests replayed from Node',
      `  ${'spans'.padEnd(10)}${'Sextant p50'.padStart(13)}${'p95'.padStart(10)}${'warm p50'.padStart(11)}${'warm p95'.padStart(10)}${'ceiling p50'.padStart(14)}${'runs'.padStart(7)}`,
      ...treeRows.map(
        (r) =>
          `  ${fmt(r.n).padEnd(10)}${ms(r.ui.p50).padStart(13)}${ms(r.ui.p95).padStart(10)}${ms(r.warm.p50).padStart(11)}${ms(r.warm.p95).padStart(10)}${ms(r.floor.p50).padStart(14)}${String(r.ui.count).padStart(7)}`,
      ),
      '  (Sextant: a fresh context each time, nothing cached; warm: one context reloading the page, as a returning user does)',
      '',
      `Scrolling the ${fmt(TARGET_INTERACTIVE_SIZE)}-span tree ${SCROLL_STEP_PX} px a frame for ${SCROLL_FRAMES} frames (pages load as it goes): frame p50 ${ms(scroll!.frames.p50)}, p95 ${ms(scroll!.frames.p95)}, max ${ms(scroll!.frames.max)}; ${scroll!.long} frames over 50 ms; ${fmt(scroll!.rows)} rows in the DOM at the end`,
      '',
      `Navigation → trace list's first row, project of ${fmt(opts.traces)} traces: Sextant p50 ${ms(list.ui.p50)}, p95 ${ms(list.ui.p95)}; ceiling p50 ${ms(listFloor.p50)}`,
      '',
      `Ingest acknowledged → span on screen (${live.ui.count} spans): Sextant p50 ${ms(live.ui.p50)}, p95 ${ms(live.ui.p95)}, max ${ms(live.ui.max)}; ceiling (graphql-ws client) p50 ${ms(live.ws.p50)}, p95 ${ms(live.ws.p95)}`,
      '',
      `Targets: ${fmt(TARGET_INTERACTIVE_SIZE)}-span trace interactive < ${fmt(TARGET_INTERACTIVE_MS)} ms: p95 ${ms(headline.ui.p95)} ${headline.ui.p95 < TARGET_INTERACTIVE_MS ? 'met' : 'MISSED'}; new span on screen < ${TARGET_LIVE_MS} ms: p95 ${ms(live.ui.p95)} ${live.ui.p95 < TARGET_LIVE_MS ? 'met' : 'MISSED'}`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await cleanups.run();
    release();
  }
}

runMain(main);
