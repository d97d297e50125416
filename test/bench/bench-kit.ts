// The scaffolding only the benchmarks need (clean-up and signals, a bench database and API, child
// processes with their messages, GraphQL that fails the run, /proc readings, latency statistics), kept
// in one copy so that a fix to start-up or clean-up reaches every bench. What tests need as well (ports,
// Postgres and databases, app processes, polling, seeded random) is in test/support. What a bench
// measures stays in its own file.
import { loadConfig } from '@sextant/config';
import { bootstrap } from '@sextant/server';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type Client as WsClient, createClient } from 'graphql-ws';
import { openRedis, type RedisClient } from '@sextant/jobs';
import { Cluster } from 'ioredis';
import { Client, type ClientConfig } from 'pg';
import WebSocket from 'ws';
import { type AppProcess, startApp } from '../support/app-process';
import { createDatabase, postgresServer, withDatabase } from '../support/postgres';
import { freePort } from '../support/ports';
import { sleep } from '../support/wait';
import { graphql as graphqlDoc } from '../gql';
import { operationText, type TypedOperation } from '../support/typed-operation';

/** Progress goes to stderr so that stdout holds only the report. */
export const log = (msg: string): void => console.error(`[bench] ${msg}`);

/** Figures are grouped the same way whatever the machine's locale. */
export const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Command-line counts arrive as strings; a typo must stop the run, not become NaN spans. */
export function positiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, got ${v}`);
  return n;
}

/** A command line of `--name N` options only, each a positive whole number with the default given; anything else stops the run. */
export function countOptions<K extends string>(defaults: Record<K, number>): Record<K, number> {
  const names = Object.keys(defaults) as K[];
  const { values } = parseArgs({ options: Object.fromEntries(names.map((k) => [k, { type: 'string', default: String(defaults[k]) }])), strict: true });
  return Object.fromEntries(names.map((k) => [k, positiveInt(k, String(values[k]))])) as Record<K, number>;
}

/**
 * The `uuid` package is not a root dependency, so it does not resolve from test/. Time-ordered v7 ids
 * matter: random v4 keys would scatter inserts over the primary-key index and measure something
 * clients using the recommended v7 ids never see.
 */
export function uuidv7(): string {
  const b = randomBytes(16);
  b.writeUIntBE(Date.now(), 0, 6);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------- signals and clean-up

/** Steps run in reverse order whatever step failed, so a failed run leaves no database, folder or process behind. */
export class Cleanups {
  private readonly steps: { what: string; run: () => Promise<void> }[] = [];
  private started = false;

  /** Connection errors and child exits are expected once clean-up has begun: callers stay quiet then. */
  get running(): boolean {
    return this.started;
  }

  /** `what` names the step in the message if it fails, so a leak can be traced to its resource. */
  add(what: string, run: () => Promise<void>): void {
    this.steps.push({ what, run });
  }

  /** Every step is tried even when one fails, so one stuck step cannot leave the others' resources behind. */
  async run(onFailure: (msg: string) => void = failRun): Promise<void> {
    this.started = true;
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step.run();
      } catch (e) {
        onFailure(`clean-up step "${step.what}" failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
}

function failRun(msg: string): void {
  log(msg);
  process.exitCode = 1;
}

/** Ctrl-C must reach clean-up rather than kill the process: it aborts the returned signal instead. */
export function trapSignals(): { signal: AbortSignal; release(): void } {
  const abort = new AbortController();
  const onSignal = () => abort.abort(new Error('interrupted'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    signal: abort.signal,
    release: () => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    },
  };
}

/** Between steps, so an interrupted run goes to clean-up instead of starting the next one. */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
}

/**
 * Apollo Server (unless NODE_ENV is test) stops itself on SIGINT/SIGTERM and then re-raises the
 * signal, which kills the process before clean-up drops the database and stops Postgres. The bench
 * owns its signals, so the listeners `start` added are taken back off.
 */
async function keepingSignals<T>(start: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  try {
    return await start();
  } finally {
    for (const s of signals) {
      for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) process.removeListener(s, l);
    }
  }
}

/** A failed bench exits non-zero with its stack, after its own `finally` has cleaned up. */
export function runMain(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    console.error(`[bench] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  });
}

// ---------------------------------------------------------------- Postgres, Redis and folders

/** A local Redis by default, so a plain `pnpm bench:live` or `pnpm bench:metrics` runs without setup. */
export const redisUrlFromEnv = (): string => process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** REDIS_CLUSTER for the bench's processes: `REDIS_CLUSTER=true REDIS_URL=redis://h1:6379,redis://h2:6379 pnpm bench:…` runs on a cluster. */
export const redisClusterFromEnv = (): string => process.env.REDIS_CLUSTER || 'false';

/** A connection to the bench's Redis (a cluster with REDIS_CLUSTER=true) through Sextant's own factory: one attempt, no reconnecting. */
export function openBenchRedis(url: string): RedisClient {
  const target = loadConfig({ REDIS_URL: url, REDIS_CLUSTER: redisClusterFromEnv() }).redis!;
  return openRedis(target, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null, connectionName: 'sextant-bench' });
}

/** A queue prefix of the run's own, so its jobs and keys never mix with a real deployment's on the same Redis. */
export const benchQueuePrefix = (): string => `sxbench_${randomBytes(5).toString('hex')}`;

/** A URL fit to print: its password, if any, masked. */
export const redact = (url: string): string => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

/** One attempt and no reconnecting, so an unreachable Redis fails the run at once instead of hanging it; disconnected by the cleanups. */
export async function connectRedis(url: string, cleanups: Cleanups): Promise<RedisClient> {
  const client = openBenchRedis(url);
  client.on('error', (e) => {
    if (!cleanups.running) log(`Redis connection error: ${e.message}`);
  });
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    client.disconnect();
    throw new Error(`Redis is not reachable at ${redact(url)} (set REDIS_URL): ${e instanceof Error ? e.message : String(e)}`);
  }
  cleanups.add('disconnect from Redis', async () => void (await client.quit()));
  return client;
}

/**
 * Removes exactly the run's own keys (SCAN, not KEYS, so a large Redis is not blocked); returns how
 * many there were. On a cluster every master is scanned, and keys are deleted one by one: one DEL
 * may only name keys of one slot.
 */
export async function deleteRedisKeys(redis: RedisClient, prefix: string): Promise<number> {
  let removed = 0;
  for (const node of redis instanceof Cluster ? redis.nodes('master') : [redis]) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (!keys.length) continue;
      if (redis instanceof Cluster) {
        const results = (await keys.reduce((p, k) => p.del(k), node.pipeline()).exec()) ?? [];
        removed += results.reduce((n, [, r]) => n + Number(r ?? 0), 0);
      } else removed += await node.del(...keys);
    } while (cursor !== '0');
  }
  return removed;
}

/** A private folder that clean-up removes, so runs neither collide nor pile up in the temp dir. */
export async function tempDir(prefix: string, what: string, cleanups: Cleanups): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  cleanups.add(what, () => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * DATABASE_URL when set, so figures can come from a tuned server; else an embedded one (stopped by
 * the cleanups), so the bench runs anywhere: in a temporary folder, or in `keptDir` for the next run.
 */
export async function benchPostgres(cleanups: Cleanups, keptDir?: string): Promise<{ serverUrl: string; label: string }> {
  const pg = await postgresServer(loadConfig(process.env).databaseUrl, { dirPrefix: 'sextant-bench-pg-', keptDir, log });
  cleanups.add('stop embedded Postgres', () => pg.stop());
  return { serverUrl: pg.url, label: pg.label };
}

/**
 * node-postgres re-emits a connection error on the Client or Pool, and an 'error' event nobody
 * listens to kills the process before clean-up runs. pool.end() does not wait for the sockets to
 * close, so the DROP DATABASE ... WITH (FORCE) of clean-up can still reach them: expected then.
 */
export const pgErrorLogger =
  (cleanups: Cleanups) =>
  (e: Error): void => {
    if (!cleanups.running) log(`Postgres connection error: ${e.message}`);
  };

/** Connected with its error listener in place and its disconnect queued, so no failure path leaks it. */
export async function connectPg(config: string | ClientConfig, what: string, cleanups: Cleanups): Promise<Client> {
  const client = new Client(config);
  client.on('error', pgErrorLogger(cleanups));
  await client.connect();
  cleanups.add(what, () => client.end());
  return client;
}

/** Reported with the figures, which depend on the server's version. */
export const serverVersion = async (client: Client): Promise<string> =>
  (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;

/** A fresh database per run, so migrations and figures start from empty and nothing is left in the user's. */
export async function createBenchDatabase(serverUrl: string, cleanups: Cleanups): Promise<{ dbName: string; benchUrl: string }> {
  const db = await createDatabase(serverUrl, 'sextant_bench_');
  cleanups.add(`drop database ${db.name}`, () => db.drop());
  return { dbName: db.name, benchUrl: db.url };
}

/** What a kept database's comment says once its seeding finished; absent, the seeding must (re)start. */
const SEEDED = 'sextant bench seed complete: ';

/**
 * A database that outlives the run, named `prefix` + `key` (a hash of what is seeded into it), so
 * that a later run with the same key reuses it rather than seeding again. Databases of the same
 * prefix with another key are dropped, so stale seeds do not pile up; so is this one with `fresh`,
 * or when an earlier run's seeding did not finish. `seededNote` is what markSeeded stored, or null
 * when the caller must seed.
 */
export async function keptBenchDatabase(admin: Client, serverUrl: string, prefix: string, key: string, fresh: boolean) {
  const dbName = `${prefix}${key}`;
  const existing = (
    await admin.query<{ name: string; note: string | null }>(
      `SELECT datname AS name, shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE starts_with(datname, $1)`,
      [prefix],
    )
  ).rows;
  let seededNote: string | null = null;
  for (const db of existing) {
    if (db.name === dbName && !fresh && db.note?.startsWith(SEEDED)) seededNote = db.note.slice(SEEDED.length);
    else {
      log(`dropping database ${db.name} (${db.name === dbName ? (fresh ? '--fresh' : 'its seeding did not finish') : 'seeded for another key'})...`);
      await admin.query(`DROP DATABASE ${db.name} WITH (FORCE)`);
    }
  }
  if (seededNote === null) await admin.query(`CREATE DATABASE ${dbName}`);
  return { dbName, benchUrl: withDatabase(serverUrl, dbName), seededNote };
}

/** Marks a kept database's seeding as finished, with a note for later runs to print. */
export async function markSeeded(admin: Client, dbName: string, note: string): Promise<void> {
  await admin.query(`COMMENT ON DATABASE ${dbName} IS ${admin.escapeLiteral(SEEDED + note)}`);
}

// ---------------------------------------------------------------- GraphQL

/** Errors as the API reports them, code first, so a failed request says which check refused it. */
type GqlError = { message: string; extensions?: { code?: string } };
type GqlResponse<T> = { data?: T | null; errors?: GqlError[] };

/** A request body built before the timed part, carrying the result type of its (typed) operation. */
export type GqlBody<T> = string & { readonly __result?: T };

/** The body of one typed operation (from test/gql) with its variables, checked against the document. */
export const gqlBody = <R, V>(doc: TypedOperation<R, V>, variables: NoInfer<V>): GqlBody<R> => JSON.stringify({ query: operationText(doc), variables });

/** A raw fetch rather than a client library, so only the request itself is timed; any GraphQL error fails the run. */
export async function graphql<T>(url: string, key: string, body: GqlBody<T>): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body }).catch((e: Error) => {
    // undici says only "fetch failed"; the socket's own error is in its cause.
    throw new Error(`POST ${url} failed: ${e.message}${e.cause instanceof Error ? ` (${e.cause.message})` : ''}`);
  });
  const text = await res.text();
  let parsed: GqlResponse<T>;
  try {
    parsed = JSON.parse(text) as GqlResponse<T>;
  } catch {
    throw new Error(`GraphQL answered HTTP ${res.status} with a non-JSON body: ${text.slice(0, 300)}`);
  }
  if (parsed.errors?.length || !parsed.data) {
    const errors = (parsed.errors ?? []).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ');
    throw new Error(`GraphQL request failed (HTTP ${res.status}): ${errors || text.slice(0, 300)}`);
  }
  return parsed.data;
}

type IngestData = { ingest: { accepted: number; rejected: number; rejections: { message: string }[] } };

/** A partly rejected batch would make the figures cover less work than claimed, so it fails the run. */
export async function ingestChecked(url: string, key: string, body: GqlBody<IngestData>, items: number): Promise<void> {
  const { ingest } = await graphql<IngestData>(url, key, body);
  if (ingest.accepted !== items || ingest.rejected !== 0) {
    const why = ingest.rejections
      .slice(0, 3)
      .map((r) => r.message)
      .join('; ');
    throw new Error(`ingest accepted ${ingest.accepted} of ${items} items, rejected ${ingest.rejected}: ${why}`);
  }
}

/** Sends pre-built ingest bodies, `inFlight` at a time, each checked by ingestChecked; `check` runs before each (to abort). */
export async function ingestAll(
  url: string,
  key: string,
  batches: Array<{ body: GqlBody<IngestData>; items: number }>,
  inFlight: number,
  check: () => void,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, batches.length) }, async () => {
      while (next < batches.length) {
        check();
        const b = batches[next++];
        await ingestChecked(url, key, b.body, b.items);
      }
    }),
  );
}

/** A project of the bench's own, named so that its rows can be told apart from any other run's. */
export async function createProject(url: string, key: string, name: string): Promise<string> {
  const doc = graphqlDoc(`mutation BenchCreateProject($n: String!) { createProject(input: { name: $n }) { id } }`);
  return (await graphql(url, key, gqlBody(doc, { n: name }))).createProject.id;
}

/** Clients authenticate as a project's key, as real SDKs do, not with the instance's admin key. */
export async function createApiKey(url: string, adminKey: string, projectId: string): Promise<string> {
  const doc = graphqlDoc(`mutation BenchCreateApiKey($p: ID!) { createApiKey(input: { projectId: $p, name: "bench", role: ADMIN }) { secret } }`);
  return (await graphql(url, adminKey, gqlBody(doc, { p: projectId }))).createApiKey.secret;
}

/** graphql-ws hands a CloseEvent (not an Error) to callbacks when the socket closes. */
export const isCloseEvent = (e: unknown): e is { code: number; reason?: string } =>
  Boolean(e) && typeof e === 'object' && !(e instanceof Error) && typeof (e as { code?: unknown }).code === 'number';

/** A readable form of what graphql-ws hands to error callbacks: an Error, GraphQL errors or a CloseEvent. */
export function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (Array.isArray(e)) return e.map((x: GqlError) => `${x.extensions?.code ?? 'ERROR'}: ${x.message}`).join('; ');
  if (isCloseEvent(e)) return `close code ${e.code}${e.reason ? ` (${e.reason})` : ''}`;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/**
 * A graphql-ws client that connects at once and never retries: a dropped connection is a finding, not
 * something to hide. `ready` settles on the server's connection_ack; a close after it goes to `onClosed`.
 * The client is returned before it connects so that clean-up can dispose of it whatever happens.
 */
export function connectWs(
  url: string,
  apiKey: string,
  o: { timeoutMs: number; timeoutMessage: string; closedEarlyMessage: string; onClosed: (e: unknown) => void },
): { client: WsClient; ready: Promise<void> } {
  let connected = false;
  let settle: (e?: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(o.timeoutMessage)), o.timeoutMs);
    settle = (e) => {
      clearTimeout(timer);
      if (e) reject(e);
      else resolve();
    };
  });
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { apiKey },
    lazy: false,
    retryAttempts: 0,
    // Reported once, by the `closed` listener below (the default would print it again).
    onNonLazyError: () => {},
    on: {
      connected: () => {
        connected = true;
        settle();
      },
      closed: (e) => {
        if (!connected) settle(new Error(`${o.closedEarlyMessage}: ${describe(e)}`));
        else o.onClosed(e);
      },
    },
  });
  return { client, ready };
}

// ---------------------------------------------------------------- child processes

/** Lines every start and stop prints (the banner's indented lines, blank lines, signal notices). */
const ROUTINE_LINE = /^(\s*$| {2}\S|SIG(INT|TERM): )/;

/** The API or the worker in a process of its own, with its own event loop, as in a real deployment. */
export type BenchChild = AppProcess & {
  /** Its lines that are not routine (job failures, warnings), for the report. */
  messages: string[];
};

/**
 * Runs `script` with NODE_ENV=production. stderr lines that `showStderr` accepts (by default all but
 * routine ones) are logged as they happen (these processes are silent there unless something goes
 * wrong), until the process has exited.
 */
export function spawnChild(name: string, script: string, env: Record<string, string>, o: { showStderr?: (line: string) => boolean } = {}): BenchChild {
  const showStderr = o.showStderr ?? ((line: string) => !ROUTINE_LINE.test(line));
  const messages: string[] = [];
  const app: AppProcess = startApp(name, script, {
    // Readable lines with the banner the benches wait for, and no access line per request: a bench's
    // hundreds of thousands of requests would fill `messages` and cost the process CPU it measures.
    env: { ...process.env, LOG_FORMAT: 'pretty', LOG_LEVEL: 'warn', ...env, NODE_ENV: 'production' },
    onLine: (stream, line) => {
      if (!ROUTINE_LINE.test(line)) messages.push(line);
      if (stream === 'stderr' && !app.hasExited() && showStderr(line)) log(`${name} stderr: ${line}`);
    },
  });
  return Object.assign(app, { messages });
}

/** Polls /health rather than trusting a fixed sleep: start-up (migrations) takes from one to many seconds. */
export async function waitHealthy(proc: BenchChild, port: number, signal: AbortSignal, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const health = `http://127.0.0.1:${port}/health`;
  while (performance.now() < deadline) {
    if (signal.aborted) throw new Error('interrupted');
    if (proc.hasExited()) {
      const { code, signal: sig } = await proc.exited;
      throw new Error(`${proc.name} exited during start-up (code ${code}, signal ${sig}); its output:\n${proc.output()}`);
    }
    try {
      const res = await fetch(health, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${proc.name} did not answer 200 on ${health} within ${timeoutMs / 1000} s; its output:\n${proc.output()}`);
}

const API_START_TIMEOUT_MS = 60_000;
const API_STOP_TIMEOUT_MS = 15_000;

/**
 * The API in a process of its own (as deployed: its own event loop, the bench's client elsewhere),
 * on a free port over `benchUrl`, with no worker unless `env` asks for one, stopped at clean-up.
 */
export async function startApiProcess(benchUrl: string, env: Record<string, string>, signal: AbortSignal, cleanups: Cleanups) {
  const dataDir = await tempDir('sextant-bench-api-', 'remove data folder', cleanups);
  const adminKey = `sx_admin_${randomBytes(24).toString('hex')}`;
  const port = await freePort();
  log(`starting the API on port ${port}...`);
  const proc = spawnChild('api', 'apps/api/src/main.ts', {
    DATABASE_URL: benchUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEXTANT_ADMIN_KEY: adminKey,
    SEXTANT_DATA_DIR: dataDir,
    RUN_WORKER: 'false',
    LANGSMITH_API_KEY: '',
    ...env,
  });
  cleanups.add('stop the API', () => proc.stop(API_STOP_TIMEOUT_MS));
  await waitHealthy(proc, port, signal, API_START_TIMEOUT_MS);
  return { proc, url: `http://127.0.0.1:${port}/graphql`, adminKey };
}

// ---------------------------------------------------------------- /proc readings (Linux)

/** Resident memory of a process in MiB, from /proc/<pid>/status; null when unreadable (not Linux, or exited). */
export function rssMiBOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /^VmRSS:\s+(\d+)\s*kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system, all threads) a process has used, in ms, from /proc/<pid>/stat; this
 * process when `pid` is undefined; null when unreadable. Clock ticks are 100 per second on Linux.
 */
export function cpuMsOf(pid: number | undefined): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime is field 14, stime 15.
    const stat = readFileSync(`/proc/${pid ?? 'self'}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

/** Distinct messages with their counts (ids and numbers folded), at most `max` of them. */
export function summarizeMessages(messages: string[], max = 6): string[] {
  const counts = new Map<string, number>();
  for (const m of messages) {
    const key = m
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
      .replace(/\b\d+\b/g, 'N')
      .slice(0, 240);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lines = [...counts].sort((a, b) => b[1] - a[1]).map(([m, n]) => `${String(n).padStart(6)} × ${m}`);
  return lines.length > max ? [...lines.slice(0, max), `         … and ${lines.length - max} other distinct messages`] : lines;
}

/** Words the benches build agent text from. */
export const BENCH_WORDS = (
  'the order refund shipment customer account invoice policy warranty delivery address payment card status tracking number ' +
  'please check whether we can update cancel return item within days business support ticket agent summary details'
).split(' ');

/** Busy and total jiffies of the whole machine, from /proc/stat, to show how much CPU was left for the measured processes. */
export function machineCpu(): { busy: number; total: number } | null {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - f[3] - f[4], total };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- latency statistics

/** The figures every latency row reports, in ms. */
export type Stats = { count: number; min: number; p50: number; p95: number; p99: number; max: number; mean: number };

/** Nearest-rank: every reported percentile is a latency that was actually observed. */
const percentile = (sorted: Float64Array, p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;

/** NaN for an empty set rather than a throw, so a run that delivered nothing still prints its report. */
export function stats(values: ArrayLike<number>): Stats {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: sorted.length,
    min: sorted.length ? sorted[0] : NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
  };
}

/** Fixed-width columns so that runs can be compared line by line; values in ms with one decimal. */
export function statsTable(indent: string, title: string, widths: { label: number; count: number }, rows: [label: string, s: Stats][]): string[] {
  const ms = (n: number) => (Number.isNaN(n) ? '     n/a' : fmt(n, 1).padStart(8));
  const cols = ['min', 'p50', 'p95', 'p99', 'max', 'mean'].map((c) => c.padStart(8)).join(' ');
  return [
    `${indent}${title.padEnd(widths.label)}${'count'.padStart(widths.count)} ${cols}`,
    ...rows.map(
      ([label, s]) =>
        `${indent}${label.padEnd(widths.label)}${fmt(s.count).padStart(widths.count)} ${[s.min, s.p50, s.p95, s.p99, s.max, s.mean].map(ms).join(' ')}`,
    ),
  ];
}

/** Starts the API in this process on a bench database, with a throwaway data folder and admin key; stopped by the cleanups. */
export async function startApiInProcess(benchUrl: string, dbName: string, env: Record<string, string>, cleanups: Cleanups) {
  const dataDir = await tempDir('sextant-bench-data-', 'remove data folder', cleanups);
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: benchUrl,
    PORT: '0',
    OTLP_GRPC_PORT: '0',
    HOST: '127.0.0.1',
    SEXTANT_DATA_DIR: dataDir,
    SEXTANT_ADMIN_KEY: `sx_bench_${randomBytes(24).toString('base64url')}`,
    ...env,
  });
  log(`starting the API on database ${dbName}...`);
  const sextant = await keepingSignals(() => bootstrap(config, { api: true, worker: config.jobs.runWorker, log: () => undefined }));
  cleanups.add('stop the API', () => sextant.stop());
  return sextant;
}

/** The usual start of a bench: its Postgres (DATABASE_URL or embedded), an admin client and a fresh database, all cleaned up after. */
export async function openBenchDatabase(cleanups: Cleanups, signal: AbortSignal) {
  const { serverUrl, label: postgresLabel } = await benchPostgres(cleanups);
  throwIfAborted(signal);
  const admin = await connectPg({ connectionString: serverUrl }, 'disconnect admin client', cleanups);
  const version = await serverVersion(admin);
  const { dbName, benchUrl } = await createBenchDatabase(serverUrl, cleanups);
  return { serverUrl, postgresLabel, admin, version, dbName, benchUrl };
}
