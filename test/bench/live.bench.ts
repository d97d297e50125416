// Live-subscription latency benchmark: how long a span takes from the acknowledgement of its `ingest`
// mutation (the HTTP response reaching this process) to its delivery (the graphql-ws `next` message
// of `spanAdded` reaching a subscriber), with many subscribers spread over two API instances that
// fan events out through Redis pub/sub. Run with `pnpm bench:live [--subscribers N] [--traces T]
// [--spans S] [--rate R]`; set DATABASE_URL to use an existing Postgres, else an embedded one is
// started; REDIS_URL defaults to redis://127.0.0.1:6379. The two API instances are child processes
// (`node -r ./scripts/register.cjs apps/api/src/main.ts`) so each has its own event loop, as in a
// real deployment. Latencies are measured in this process, so its own event-loop delays (parsing
// every delivered message) are part of the figures: keep the machine otherwise idle.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { type Client as WsClient } from 'graphql-ws';
import { freePort } from '../support/ports';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { subscribeTyped } from '../support/typed-operation';
import {
  benchQueuePrefix,
  type BenchChild,
  Cleanups,
  connectWs,
  createApiKey,
  createProject,
  deleteRedisKeys,
  openBenchRedis,
  redisClusterFromEnv,
  describe,
  fmt,
  graphql as request,
  type GqlBody,
  gqlBody,
  isCloseEvent,
  log,
  machineCpu,
  positiveInt,
  redisUrlFromEnv,
  rssMiBOf,
  runMain,
  spawnChild,
  stats,
  statsTable,
  tempDir,
  throwIfAborted,
  trapSignals,
  uuidv7,
  waitHealthy,
  openBenchDatabase,
  cpuMsOf,
} from './bench-kit';

const TARGET_P99_MS = 100;
const INSTANCES = 2;
/** WebSocket connections opened at once; the next chunk waits for the previous one's acknowledgements. */
const CONNECT_CHUNK = 100;
const CONNECT_TIMEOUT_MS = 30_000;
const API_START_TIMEOUT_MS = 90_000;
const API_STOP_TIMEOUT_MS = 15_000;
const WARMUP_TIMEOUT_MS = 30_000;
/** After the last acknowledgement, how long deliveries still in flight are waited for before counting them missing. */
const DRAIN_TIMEOUT_MS = 10_000;
/** Sockets this process needs besides the WebSocket clients (HTTP, Postgres, stdio, SWC...). */
const FD_MARGIN = 200;

type Options = { subscribers: number; traces: number; spans: number; rate: number };

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '1000' },
      traces: { type: 'string', default: '10' },
      spans: { type: 'string', default: '1000' },
      rate: { type: 'string', default: '50' },
    },
    strict: true,
  });
  const rate = Number(values.rate);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 10_000) throw new Error(`--rate must be a number of spans/s in (0, 10000], got ${values.rate}`);
  const opts = {
    subscribers: positiveInt('subscribers', values.subscribers),
    traces: positiveInt('traces', values.traces),
    spans: positiveInt('spans', values.spans),
    rate,
  };
  if (opts.traces > opts.subscribers)
    throw new Error(`--traces (${opts.traces}) must not exceed --subscribers (${opts.subscribers}): every trace needs a subscriber`);
  return opts;
}

/**
 * Item k (a subscriber, or a span) goes to instance k % 2 and trace k % T. With an even T that would
 * pin every trace to one instance (all of its subscribers and all of its spans on the same one), so
 * the trace is shifted by one each round of T: each trace then has subscribers on both instances and
 * receives spans through both, while consecutive items still alternate between the instances.
 */
function placement(k: number, traces: number): { trace: number; instance: number } {
  const shift = traces % INSTANCES === 0 ? Math.floor(k / traces) : 0;
  return { trace: (k + shift) % traces, instance: k % INSTANCES };
}

/** The soft limit on open files, from /proc (Linux); null when it cannot be read. */
function openFilesLimit(): number | null {
  try {
    const m = /^Max open files\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (!m) return null;
    return m[1] === 'unlimited' ? Infinity : Number(m[1]);
  } catch {
    return null;
  }
}

function rssOf(pid: number | undefined): string {
  const mib = rssMiBOf(pid);
  return mib === null ? 'n/a' : `${fmt(mib, 1)} MiB`;
}

// ---------------------------------------------------------------- API instances as child processes

type Instance = BenchChild & { port: number; url: string; wsUrl: string };

function startInstance(name: string, port: number, env: Record<string, string>): Instance {
  // The API is silent on stderr unless something goes wrong: any line there is shown as it happens.
  const proc = spawnChild(name, 'apps/api/src/main.ts', { ...env, PORT: String(port), HOST: '127.0.0.1' }, { showStderr: (line) => line.trim() !== '' });
  return { ...proc, port, url: `http://127.0.0.1:${port}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
}

// ---------------------------------------------------------------- measurement

/**
 * Everything recorded during the run, in flat typed arrays so that a delivery costs a Map lookup and
 * two array writes. Delivery (span k, slot s) is at k * maxSlots + s, where the slot numbers the
 * subscribers of span k's trace.
 */
class Recorder {
  readonly spanIndex = new Map<string, number>();
  readonly spanTrace: Int32Array;
  readonly spanInstance: Int8Array;
  readonly sentAt: Float64Array;
  readonly ackAt: Float64Array;
  readonly deliveredAt: Float64Array;
  readonly warmupIds = new Set<string>();
  delivered = 0;
  duplicates = 0;
  /** Deliveries of a span to a subscriber of another trace, or of an id this bench never sent. */
  unexpected = 0;
  warmupDeliveries = 0;
  /** Called on every measured delivery (to end the drain early). */
  onDelivery: (() => void) | null = null;

  constructor(
    spans: number,
    readonly maxSlots: number,
  ) {
    this.spanTrace = new Int32Array(spans);
    this.spanInstance = new Int8Array(spans);
    this.sentAt = new Float64Array(spans).fill(NaN);
    this.ackAt = new Float64Array(spans).fill(NaN);
    this.deliveredAt = new Float64Array(spans * maxSlots).fill(NaN);
  }

  deliver(spanId: string, trace: number, slot: number, at: number): void {
    const k = this.spanIndex.get(spanId);
    if (k === undefined) {
      if (this.warmupIds.has(spanId)) this.warmupDeliveries++;
      else this.unexpected++;
      return;
    }
    if (this.spanTrace[k] !== trace) {
      this.unexpected++;
      return;
    }
    const i = k * this.maxSlots + slot;
    if (this.deliveredAt[i] === this.deliveredAt[i]) {
      this.duplicates++;
      return;
    }
    this.deliveredAt[i] = at;
    this.delivered++;
    this.onDelivery?.();
  }
}

type Subscriber = { index: number; trace: number; instance: number; slot: number; client: WsClient; warm: boolean };

const SUBSCRIPTION = graphql(`subscription LiveBenchSpanAdded($t: ID!) { spanAdded(traceId: $t) { id sequence } }`);
const INGEST = graphql(`mutation LiveBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }`);
type IngestBody = GqlBody<ResultOf<typeof INGEST>>;

function spanBody(id: string, traceId: string, i: number): IngestBody {
  const end = new Date();
  const start = new Date(end.getTime() - 5);
  return gqlBody(INGEST, {
    b: { agentCalls: [{ id, traceId, name: 'step', startTime: start.toISOString(), endTime: end.toISOString(), inputs: { i }, outputs: { ok: true } }] },
  });
}

async function ingestOne(url: string, key: string, body: IngestBody): Promise<void> {
  const { ingest } = await request(url, key, body);
  if (ingest.accepted !== 1 || ingest.rejected !== 0) throw new Error(`ingest accepted ${ingest.accepted} and rejected ${ingest.rejected} of 1 span`);
}

async function main(): Promise<void> {
  const opts = parseOptions();
  const { signal: abortSignal, release } = trapSignals();
  const checkAbort = () => throwIfAborted(abortSignal);
  // Each process holds one socket per client (this one) or per subscriber it serves (the APIs).
  const fdLimit = openFilesLimit();
  if (fdLimit !== null && fdLimit < opts.subscribers + FD_MARGIN) {
    throw new Error(
      `the open-files limit (ulimit -n) is ${fdLimit}, too low for ${fmt(opts.subscribers)} WebSocket clients in this process; ` +
        `raise it with \`ulimit -n ${Math.max(4096, opts.subscribers + FD_MARGIN)}\` in this shell (or run with fewer --subscribers)`,
    );
  }

  const cleanups = new Cleanups();
  // The first failure is shown and ends the run; those after it (one failure often brings a
  // thousand subscriptions down with it) are only counted.
  let failure: string | null = null;
  let laterFailures = 0;
  const fail = (msg: string) => {
    // After Ctrl-C (which also stops the API instances) or during clean-up, failures are expected.
    if (cleanups.running || abortSignal.aborted) return;
    if (failure !== null) {
      laterFailures++;
      return;
    }
    failure = msg;
    log(`error: ${msg}`);
  };
  const exits: string[] = [];
  const failed = () =>
    new Error(
      `${failure}${laterFailures ? ` (and ${fmt(laterFailures)} more errors after it)` : ''}${exits.length && !failure?.includes('exited') ? `; ${exits.join('; ')}` : ''}`,
    );
  try {
    const redisUrl = redisUrlFromEnv();
    const { postgresLabel, version, benchUrl } = await openBenchDatabase(cleanups, abortSignal);

    // The admin key is given, so the API writes nothing to its data folder; it gets a private one all the same.
    const dataDir = await tempDir('sextant-bench-live-', 'remove data folder', cleanups);
    const adminKey = `sx_admin_${randomBytes(24).toString('hex')}`;
    // The instances run the queue workers too (RUN_WORKER defaults to true): under the default prefix their
    // jobs would mix with a real deployment's on the same Redis and outlive the run. Removed after they stop.
    const queuePrefix = benchQueuePrefix();
    cleanups.add(`remove Redis keys ${queuePrefix}:*`, async () => {
      const redis = openBenchRedis(redisUrl);
      // An unreachable Redis fails the command below, which reports it; the 'error' event would only repeat it.
      redis.on('error', () => {});
      try {
        await deleteRedisKeys(redis, queuePrefix);
      } finally {
        redis.disconnect();
      }
    });
    const childEnv = {
      DATABASE_URL: benchUrl,
      REDIS_URL: redisUrl,
      REDIS_CLUSTER: redisClusterFromEnv(),
      QUEUE_PREFIX: queuePrefix,
      SEXTANT_ADMIN_KEY: adminKey,
      SEXTANT_DATA_DIR: dataDir,
    };

    // One after the other: the first applies the migrations to the fresh database, the second finds them applied.
    const instances: Instance[] = [];
    for (let n = 1; n <= INSTANCES; n++) {
      const port = await freePort();
      log(`starting API instance ${n} on port ${port}...`);
      const inst = startInstance(`api${n}`, port, childEnv);
      instances.push(inst);
      cleanups.add(`stop ${inst.name}`, () => inst.stop(API_STOP_TIMEOUT_MS));
      await waitHealthy(inst, port, abortSignal, API_START_TIMEOUT_MS);
    }
    const watchExit = (inst: Instance) =>
      void inst.exited.then(({ code, signal }) => {
        // Ctrl-C reaches the whole process group: the instances then stop on their own.
        if (cleanups.running) return;
        if (abortSignal.aborted) return log(`${inst.name} exited (code ${code}, signal ${signal})`);
        // Its connections' closures may have been reported first: the exit is named in the final error as well.
        exits.push(`${inst.name} exited unexpectedly (code ${code}, signal ${signal})`);
        log(`${inst.name} exited unexpectedly (code ${code}, signal ${signal}); its last output:\n${inst.output()}`);
        fail(`${inst.name} exited unexpectedly (code ${code}, signal ${signal})`);
      });
    instances.forEach(watchExit);
    checkAbort();

    const suffix = randomBytes(4).toString('hex');
    const projectId = await createProject(instances[0].url, adminKey, `bench-live-${suffix}`);
    const apiKey = await createApiKey(instances[0].url, adminKey, projectId);

    // ------------------------------------------------------------ subscribers
    const traceIds = Array.from({ length: opts.traces }, () => randomUUID());
    const perTrace = new Array<number>(opts.traces).fill(0);
    const perInstance = new Array<number>(INSTANCES).fill(0);
    const subs: Subscriber[] = [];
    const layout = Array.from({ length: opts.subscribers }, (_, index) => {
      const { trace, instance } = placement(index, opts.traces);
      perInstance[instance]++;
      return { index, trace, instance, slot: perTrace[trace]++ };
    });
    const maxSlots = Math.max(...perTrace);
    const rec = new Recorder(opts.spans, maxSlots);
    const perTraceInstance = traceIds.map(() => new Array<number>(INSTANCES).fill(0));
    for (const l of layout) perTraceInstance[l.trace][l.instance]++;
    let warmed = 0;
    let onWarm: (() => void) | null = null;
    let closingClients = false;

    cleanups.add('close the WebSocket clients', async () => {
      closingClients = true;
      await Promise.allSettled(subs.map((s) => s.client.dispose()));
    });

    log(`opening ${fmt(opts.subscribers)} WebSocket connections (${CONNECT_CHUNK} at a time)...`);
    const connectStarted = performance.now();
    for (let from = 0; from < layout.length; from += CONNECT_CHUNK) {
      checkAbort();
      if (failure) throw failed();
      const chunk = layout.slice(from, from + CONNECT_CHUNK);
      await Promise.all(
        chunk.map((l) => {
          const what = `subscriber ${l.index} (${instances[l.instance].name})`;
          const { client, ready } = connectWs(instances[l.instance].wsUrl, apiKey, {
            timeoutMs: CONNECT_TIMEOUT_MS,
            timeoutMessage: `${what}: no connection_ack within ${CONNECT_TIMEOUT_MS / 1000} s`,
            closedEarlyMessage: `${what}: connection closed before its acknowledgement`,
            onClosed: (e) => {
              if (!closingClients) fail(`${what}: connection closed: ${describe(e)}`);
            },
          });
          subs.push({ ...l, client, warm: false });
          return ready;
        }),
      );
    }
    const connectMs = performance.now() - connectStarted;

    for (const s of subs) {
      const what = `subscriber ${s.index} (${instances[s.instance].name}, trace ${s.trace})`;
      subscribeTyped(
        s.client,
        SUBSCRIPTION,
        { t: traceIds[s.trace] },
        {
          next: (result) => {
            const at = performance.now();
            const span = result.data?.spanAdded;
            if (!span) {
              fail(`${what}: a next message without a span: ${JSON.stringify(result).slice(0, 500)}`);
              return;
            }
            if (!s.warm && rec.warmupIds.has(span.id)) {
              s.warm = true;
              warmed++;
              onWarm?.();
            }
            rec.deliver(span.id, s.trace, s.slot, at);
          },
          error: (e) => {
            // A closed socket ends its subscription too; the `closed` listener has reported it.
            if (!closingClients && !isCloseEvent(e)) fail(`${what}: subscription error: ${describe(e)}`);
          },
          complete: () => {
            if (!closingClients) fail(`${what}: subscription completed by the server`);
          },
        },
      );
    }

    // ------------------------------------------------------------ warm-up
    // graphql-ws does not acknowledge a subscription, so each trace gets a span until every one of
    // its subscribers has received one (a subscription not yet active on the server misses the
    // first, hence rounds). It also warms both instances' code paths, Redis channels and pools.
    log(`warm-up: waiting until all ${fmt(opts.subscribers)} subscriptions receive a span...`);
    const warmStarted = performance.now();
    let warmRound = 0;
    let warmupSpans = 0;
    while (warmed < subs.length) {
      checkAbort();
      if (failure) throw failed();
      if (performance.now() - warmStarted > WARMUP_TIMEOUT_MS) {
        const cold = subs.filter((s) => !s.warm);
        const byInstance = instances.map((inst, n) => `${inst.name}: ${cold.filter((s) => s.instance === n).length}`).join(', ');
        throw new Error(
          `warm-up timed out after ${WARMUP_TIMEOUT_MS / 1000} s: ${fmt(cold.length)} of ${fmt(subs.length)} subscriptions never received a span ` +
            `(${byInstance}; ${warmupSpans} warm-up spans ingested in ${warmRound} rounds)`,
        );
      }
      const coldTraces = [...new Set(subs.filter((s) => !s.warm).map((s) => s.trace))];
      await Promise.all(
        coldTraces.map(async (t) => {
          const id = uuidv7();
          rec.warmupIds.add(id);
          warmupSpans++;
          await ingestOne(instances[(warmRound + t) % INSTANCES].url, apiKey, spanBody(id, traceIds[t], -1));
        }),
      );
      warmRound++;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 1000);
        function done() {
          clearTimeout(timer);
          onWarm = null;
          resolve();
        }
        onWarm = () => warmed === subs.length && done();
        if (warmed === subs.length) done();
      });
    }
    const warmMs = performance.now() - warmStarted;
    // Stragglers of the warm-up (second deliveries to subscribers already warm) settle before timing.
    await sleep(500);
    checkAbort();
    if (failure) throw failed();

    // ------------------------------------------------------------ load
    // Ids and bodies are made before timing; span k is registered before it is sent, as its
    // delivery may reach a subscriber before its acknowledgement reaches us.
    const ids: string[] = [];
    const bodies: string[] = [];
    for (let k = 0; k < opts.spans; k++) {
      const { trace, instance } = placement(k, opts.traces);
      const id = uuidv7();
      ids.push(id);
      rec.spanTrace[k] = trace;
      rec.spanInstance[k] = instance;
      bodies.push(spanBody(id, traceIds[trace], k));
    }
    const expectedTotal = ids.reduce((n, _id, k) => n + perTrace[rec.spanTrace[k]], 0);
    log(
      `load: ${fmt(opts.spans)} spans at ${fmt(opts.rate, opts.rate % 1 ? 1 : 0)} spans/s (${fmt(opts.spans / opts.rate, 1)} s), ${fmt(expectedTotal)} deliveries expected...`,
    );
    const interval = 1000 / opts.rate;
    const inFlight: Promise<void>[] = [];
    let ingestErrors = 0;
    let maxLagMs = 0;
    // Where the CPU went during the load (the machine may have few cores for three Node processes,
    // Postgres and Redis), and how late this process's own event loop ran: both colour the latencies.
    const cpuPids = [undefined, ...instances.map((inst) => inst.child.pid)];
    const cpuBefore = cpuPids.map(cpuMsOf);
    const machineBefore = machineCpu();
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const loadStarted = performance.now();
    for (let k = 0; k < opts.spans; k++) {
      if (abortSignal.aborted || failure) break;
      const due = loadStarted + k * interval;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      maxLagMs = Math.max(maxLagMs, performance.now() - due);
      rec.spanIndex.set(ids[k], k);
      const inst = instances[rec.spanInstance[k]];
      rec.sentAt[k] = performance.now();
      inFlight.push(
        ingestOne(inst.url, apiKey, bodies[k]).then(
          () => void (rec.ackAt[k] = performance.now()),
          (e: unknown) => {
            ingestErrors++;
            fail(`ingest of span ${k} on ${inst.name} failed: ${describe(e)}`);
          },
        ),
      );
    }
    await Promise.all(inFlight);
    const loadMs = performance.now() - loadStarted;
    loopDelay.disable();
    const cpuAfter = cpuPids.map(cpuMsOf);
    const machineAfter = machineCpu();
    const cpuShare = cpuPids.map((_, n) => {
      const a = cpuBefore[n];
      const b = cpuAfter[n];
      return a === null || b === null ? 'n/a' : `${fmt(((b - a) / loadMs) * 100)} %`;
    });
    let machineShare = 'n/a';
    if (machineBefore && machineAfter && machineAfter.total > machineBefore.total) {
      const busy = ((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) * 100 * cpus().length;
      let ours = 0;
      cpuBefore.forEach((before, i) => {
        const after = cpuAfter[i];
        if (before !== null && after !== null) ours += ((after - before) / loadMs) * 100;
      });
      machineShare = `${fmt(busy)} % of ${cpus().length * 100} % (${cpus().length} cores), of which ${fmt(Math.max(0, busy - ours))} % outside these three processes (Postgres, Redis, kernel networking, anything else running)`;
    }
    const sent = inFlight.length;
    const expected = ids.slice(0, sent).reduce((n, _id, k) => n + perTrace[rec.spanTrace[k]], 0);

    // Deliveries still on their way: until all have come or DRAIN_TIMEOUT_MS went by.
    if (rec.delivered < expected && !failure) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, DRAIN_TIMEOUT_MS);
        function done() {
          clearTimeout(timer);
          rec.onDelivery = null;
          resolve();
        }
        rec.onDelivery = () => rec.delivered >= expected && done();
        abortSignal.addEventListener('abort', done, { once: true });
      });
    }
    // A little longer, so that duplicates (if any) have a chance to show.
    await sleep(300);
    checkAbort();
    const rss = instances.map((inst) => rssOf(inst.child.pid));
    const benchRss = `${fmt(process.memoryUsage().rss / 1024 / 1024, 1)} MiB`;

    // ------------------------------------------------------------ report
    const all: number[] = [];
    const sameInstance: number[] = [];
    const otherInstance: number[] = [];
    const ack: number[] = [];
    let missing = 0;
    for (let k = 0; k < sent; k++) {
      const a = rec.ackAt[k];
      if (a === a) ack.push(a - rec.sentAt[k]);
      const base = k * maxSlots;
      for (let slot = 0; slot < perTrace[rec.spanTrace[k]]; slot++) {
        const d = rec.deliveredAt[base + slot];
        if (d !== d) {
          missing++;
          continue;
        }
        if (a !== a) continue; // ingest failed: reported as an error already
        all.push(d - a);
      }
    }
    // Which instance served each (trace, slot), to split latencies by where the span was ingested.
    const slotInstance = traceIds.map((_, t) => new Int8Array(perTrace[t]));
    for (const l of layout) slotInstance[l.trace][l.slot] = l.instance;
    for (let k = 0; k < sent; k++) {
      const a = rec.ackAt[k];
      if (a !== a) continue;
      const t = rec.spanTrace[k];
      for (let slot = 0; slot < perTrace[t]; slot++) {
        const d = rec.deliveredAt[k * maxSlots + slot];
        if (d !== d) continue;
        (slotInstance[t][slot] === rec.spanInstance[k] ? sameInstance : otherInstance).push(d - a);
      }
    }
    const total = stats(all);
    const pass = total.count > 0 && total.p99 < TARGET_P99_MS;
    const problems = missing + rec.duplicates + rec.unexpected + ingestErrors;
    const lines = [
      'Sextant live-subscription latency benchmark (ingest acknowledgement -> graphql-ws delivery)',
      `  Postgres           ${postgresLabel}, version ${version}`,
      `  Redis              ${redisUrl.replace(/\/\/[^@/]*@/, '//***@')}`,
      `  API instances      ${instances.map((inst, n) => `${inst.name} :${inst.port} (pid ${inst.child.pid}, ${fmt(perInstance[n])} subscribers, RSS ${rss[n]} at the end)`).join('; ')}`,
      `  subscribers        ${fmt(opts.subscribers)} WebSocket connections, one spanAdded subscription each, on ${opts.traces} traces ` +
        `(${perTrace.every((n) => n === perTrace[0]) ? `${fmt(perTrace[0])} per trace` : `${Math.min(...perTrace)}-${maxSlots} per trace`}, ` +
        `split ${perTraceInstance[0].join('/')} over the instances for trace 0); connected in ${fmt(connectMs / 1000, 1)} s`,
      `  warm-up            all subscriptions live after ${fmt(warmMs / 1000, 1)} s (${warmupSpans} warm-up spans in ${warmRound} rounds)`,
      `  load               ${fmt(sent)} spans, one per HTTP ingest request, alternating instances, ${fmt(opts.rate, opts.rate % 1 ? 1 : 0)} spans/s target, ` +
        `${fmt((sent / loadMs) * 1000, 1)} spans/s achieved (${fmt(loadMs / 1000, 1)} s, send schedule slipped by up to ${fmt(maxLagMs, 1)} ms)`,
      `  deliveries         ${fmt(rec.delivered)} of ${fmt(expected)} expected; missing ${fmt(missing)}, duplicated ${fmt(rec.duplicates)}, unexpected ${fmt(rec.unexpected)}, ingest errors ${fmt(ingestErrors)}`,
      `  CPU during load    machine ${machineShare}
                     bench ${cpuShare[0]}, ${instances.map((inst, n) => `${inst.name} ${cpuShare[n + 1]}`).join(', ')} (100 % = one core)`,
      `  bench process      RSS ${benchRss}; event-loop delay during load p99 ${fmt(loopDelay.percentile(99) / 1e6, 1)} ms, max ${fmt(loopDelay.max / 1e6, 1)} ms (part of every latency below)`,
      '',
      ...statsTable('  ', 'latency, ms', { label: 34, count: 9 }, [
        ['ack -> delivery (all)', total],
        ['  subscriber on ingesting instance', stats(sameInstance)],
        ['  subscriber on the other instance', stats(otherInstance)],
        ['ingest round trip (send -> ack)', stats(ack)],
      ]),
      '',
      `  target p99 < ${TARGET_P99_MS} ms: ${pass ? 'PASS' : 'FAIL'} (p99 ${fmt(total.p99, 1)} ms over ${fmt(total.count)} deliveries; negative values are deliveries that beat the acknowledgement)`,
    ];
    if (failure || problems)
      lines.push('  RUN INVALID: errors or missing/duplicated deliveries (see above and below); the figures cover only what was delivered');
    console.log(lines.join('\n'));
    if (failure) throw failed();
    if (problems)
      throw new Error(
        `delivery check failed: ${missing} missing, ${rec.duplicates} duplicated, ${rec.unexpected} unexpected deliveries, ${ingestErrors} ingest errors`,
      );
  } finally {
    await cleanups.run();
    release();
  }
}

runMain(main);
