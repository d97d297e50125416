import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Where ingested items came in. */
export type IngestSource = 'graphql' | 'langsmith' | 'otlp' | 'experiment';

/** The routes requests are counted under: a fixed set, so labels stay bounded whatever the path. */
export const HTTP_ROUTES = ['graphql', 'langsmith', 'otlp', 'datasets', 'ui', 'ops'] as const;
export type HttpRoute = (typeof HTTP_ROUTES)[number];

/** One queue's depth, as read at scrape time. */
export type QueueDepth = { name: string; waiting: number; active: number; delayed: number; failed: number; oldestWaitingMs: number | null };

/** A pg pool's use: all its clients, the idle ones, and callers waiting for one. */
export type PoolUse = { total: number; idle: number; waiting: number };

/** Live events of this process: subscribers now, events published and delivered so far. */
export type LiveUse = { subscribers: number; published: number; delivered: number };

// Reads that hit Redis or Postgres run at most this often, however many series or scrapers ask.
const SCRAPE_CACHE_MS = 2000;

/** Runs `read` at most once per `ttlMs`; callers in between share its answer (and its promise while it runs). */
function cached<T>(read: () => Promise<T>, ttlMs = SCRAPE_CACHE_MS): () => Promise<T> {
  let at = 0;
  let last: Promise<T> | undefined;
  return () => {
    if (!last || Date.now() - at >= ttlMs) {
      at = Date.now();
      last = read();
      last.catch(() => (at = 0));
    }
    return last;
  };
}

/** Latency buckets in seconds, from a cached read to a slow ingest. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/**
 * Sextant's own Prometheus metrics: one Registry per process (created by the bootstrap and handed
 * down), so the many servers a test run starts in one process never share series.
 */
export class SextantMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'sextant_http_requests_total',
    help: 'HTTP requests answered, by route (graphql, langsmith, otlp, datasets, ui, ops), GraphQL operation and status code',
    labelNames: ['route', 'operation', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'sextant_http_request_duration_seconds',
    help: 'Time from a request arriving to its response finishing, by route and GraphQL operation',
    labelNames: ['route', 'operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly ingested = new Counter({
    name: 'sextant_ingested_items_total',
    help: 'Items stored by ingestion, by source (graphql, langsmith, otlp, experiment) and kind (trace, agent_call, llm_call, tool_call, error, …)',
    labelNames: ['source', 'kind'] as const,
    registers: [this.registry],
  });

  readonly rejected = new Counter({
    name: 'sextant_rejected_items_total',
    help: 'Items ingestion refused (invalid, forbidden, too large), by source and kind',
    labelNames: ['source', 'kind'] as const,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'sextant_job_duration_seconds',
    help: 'Time one job attempt ran in the worker, by queue, job name and outcome (completed, failed)',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'sextant_job_failures_total',
    help: 'Failed job attempts, by queue and job name; final="true" when the job used up its attempts',
    labelNames: ['queue', 'job', 'final'] as const,
    registers: [this.registry],
  });

  constructor() {
    // The process defaults (CPU, memory, handles, GC) and the event-loop lag, under the same prefix.
    collectDefaultMetrics({ register: this.registry, prefix: 'sextant_' });
  }

  /** Counts the items one ingest stored and refused. */
  countIngest(source: IngestSource, kind: string, accepted: number, rejected: number): void {
    if (accepted > 0) this.ingested.inc({ source, kind }, accepted);
    if (rejected > 0) this.rejected.inc({ source, kind }, rejected);
  }

  /** Queue depths per queue, read (cached) at scrape time. */
  observeQueues(readDepths: () => Promise<QueueDepth[]>): void {
    const read = cached(readDepths);
    const depth = new Gauge({
      name: 'sextant_queue_jobs',
      help: 'Jobs in a queue by state (waiting, active, delayed, failed), read at scrape time',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      collect: async () => {
        depth.reset();
        for (const q of await read().catch(() => [])) {
          for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) depth.set({ queue: q.name, state }, q[state]);
        }
      },
    });
    const oldest = new Gauge({
      name: 'sextant_queue_oldest_waiting_seconds',
      help: 'Age of the oldest waiting job of a queue (0 when none waits)',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      collect: async () => {
        oldest.reset();
        for (const q of await read().catch(() => [])) oldest.set({ queue: q.name }, (q.oldestWaitingMs ?? 0) / 1000);
      },
    });
  }

  /** Use of the pg pool behind a DataSource (`api` or `worker`), read at scrape time (no query). */
  observePool(pool: string, read: () => PoolUse): void {
    if (!this.pools.size) this.poolGauge();
    this.pools.set(pool, read);
  }

  private readonly pools = new Map<string, () => PoolUse>();

  private poolGauge() {
    const g = new Gauge({
      name: 'sextant_db_pool_clients',
      help: 'Clients of a Postgres pool (api, worker) by state: total, idle, and waiting (callers queued for a client)',
      labelNames: ['pool', 'state'] as const,
      registers: [this.registry],
      collect: () => {
        g.reset();
        for (const [pool, read] of this.pools) {
          const u = read();
          g.set({ pool, state: 'total' }, u.total);
          g.set({ pool, state: 'idle' }, u.idle);
          g.set({ pool, state: 'waiting' }, u.waiting);
        }
      },
    });
    return g;
  }

  /** Live subscribers and events of this process, read at scrape time. */
  observeLive(read: () => LiveUse): void {
    new Gauge({
      name: 'sextant_live_subscribers',
      help: 'GraphQL subscriptions (graphql-ws operations) open on this process',
      registers: [this.registry],
      collect() {
        this.set(read().subscribers);
      },
    });
    const counter = (name: string, help: string, pick: (u: LiveUse) => number) => {
      let seen = 0;
      new Counter({
        name,
        help,
        registers: [this.registry],
        collect() {
          const now = pick(read());
          if (now > seen) this.inc(now - seen);
          seen = now;
        },
      });
    };
    counter('sextant_live_events_published_total', 'Live events this process published on its event bus', (u) => u.published);
    counter('sextant_live_events_delivered_total', 'Live event messages this process sent to subscribers', (u) => u.delivered);
  }

  /** Traces waiting to be forwarded to LangSmith (status pending), read (cached) at scrape time. */
  observeForwardBacklog(readPending: () => Promise<number>): void {
    const read = cached(readPending);
    new Gauge({
      name: 'sextant_langsmith_forward_pending',
      help: 'Traces whose forwarding to LangSmith is pending (the langsmith queue depth is sextant_queue_jobs{queue="langsmith"})',
      registers: [this.registry],
      async collect() {
        this.set(await read().catch(() => 0));
      },
    });
  }

  /** The exposition text for GET /metrics. */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
