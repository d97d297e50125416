import path from 'node:path';
import { z } from 'zod';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every setting a user can change, with its environment variable and default. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(0, 65535).default(4000),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const origins = v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean);
      for (const o of origins) {
        if (o !== new URL(o, 'http://invalid').origin)
          ctx.addIssue({ code: 'custom', message: `CORS_ORIGINS: "${o}" is not an origin such as https://app.example.com` });
      }
      return origins;
    }),
  GRAPHQL_PUBLIC_INTROSPECTION: z.enum(['true', 'false']).optional(),
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((v, ctx): boolean | number | string[] => {
      const t = v.trim();
      if (t === '' || t === 'false') return false;
      if (t === 'true') return true;
      if (/^\d+$/.test(t)) return Number(t);
      const list = t
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      for (const x of list) {
        if (!/^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/.test(x))
          ctx.addIssue({ code: 'custom', message: `TRUST_PROXY: "${x}" is not an address, a subnet (10.0.0.0/8) or loopback, linklocal, uniquelocal` });
      }
      return list;
    }),
  DATABASE_URL: z.url().optional(),
  DB_POOL_SIZE: int(1, 200).default(10),
  DB_CONNECT_TIMEOUT_MS: int(0, 3_600_000).default(60_000),
  // false: replicas leave migrations to `sextant migrate` and refuse to start while any is pending.
  MIGRATE_ON_START: z.enum(['true', 'false']).default('true'),
  DB_STATEMENT_TIMEOUT_MS: int(0, 24 * 3_600_000).default(30_000),
  WORKER_STATEMENT_TIMEOUT_MS: int(0, 24 * 3_600_000).default(15 * 60_000),
  SHUTDOWN_TIMEOUT_MS: int(100, 3_600_000).default(25_000),
  SEXTANT_DATA_DIR: z.string().min(1).default('.sextant'),
  // Unset: the repository's apps/web/dist, which `pnpm start` builds when it is missing or stale.
  WEB_DIST_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: int(1, 65535).default(54329),
  SEXTANT_ADMIN_KEY: z.string().min(24, 'SEXTANT_ADMIN_KEY must be at least 24 characters').optional(),
  MAX_BATCH_ITEMS: int(1, 1_000_000).default(10_000),
  MAX_SPANS_PER_TRACE: int(1, 100_000_000).default(100_000),
  MAX_SPANS_PER_PAGE: int(1, 100_000).default(1_000),
  AUTH_FAILURES_PER_MINUTE: int(1, 1_000_000).default(30),
  MAX_BODY_BYTES: int(1024, 1024 * 1024 * 1024).default(16 * 1024 * 1024),
  BODY_IDLE_TIMEOUT_MS: int(100, 3_600_000).default(20_000),
  BODY_TIMEOUT_MS: int(1000, 24 * 3_600_000).default(120_000),
  MAX_PAGE_SIZE: int(1, 10_000).default(200),
  DEFAULT_PAGE_SIZE: int(1, 10_000).default(50),
  MAX_EXACT_COUNT: int(0, 10_000_000).default(10_000),
  GRAPHQL_MAX_DEPTH: int(1, 1000).default(25),
  GRAPHQL_MAX_ALIASES: int(0, 100_000).default(50),
  GRAPHQL_MAX_TOKENS: int(10, 10_000_000).default(5000),
  GRAPHQL_MAX_DIRECTIVES: int(0, 100_000).default(50),
  GRAPHQL_MAX_COMPLEXITY: int(1, 1_000_000_000).default(1_000_000),
  // One URL, or with REDIS_CLUSTER=true several comma-separated seed nodes of a Redis Cluster.
  REDIS_URL: z.string().optional(),
  REDIS_CLUSTER: z.enum(['true', 'false']).default('false'),
  LIVE_BUFFER_EVENTS: int(1, 1_000_000).default(1000),
  LIVE_INLINE_BYTES: int(0, 64 * 1024 * 1024).default(64 * 1024),
  QUEUE_BACKEND: z.enum(['redis', 'postgres']).optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,40}$/, 'QUEUE_PREFIX: lowercase letters, digits and _')
    .default('sextant'),
  RUN_WORKER: z.enum(['true', 'false']).default('true'),
  WORKER_QUEUES: z.string().optional(),
  WORKER_CONCURRENCY: int(1, 1000).default(4),
  JOB_ATTEMPTS: int(1, 100).default(5),
  JOB_BACKOFF_MS: int(1, 3_600_000).default(1000),
  JOB_LOCK_MS: int(1000, 3_600_000).default(30_000),
  JOB_KEEP_FAILED: int(0, 10_000_000).default(10_000),
  METRICS_DELAY_MS: int(0, 3_600_000).default(2000),
  ROLLUP_DELAY_MS: int(0, 3_600_000).default(5000),
  TRACE_QUIET_PERIOD_MS: int(1000, 30 * 24 * 3_600_000).default(30 * 60_000),
  TRACE_SWEEP_INTERVAL_MS: int(1000, 24 * 3_600_000).default(60_000),
  // 32 bytes as base64 or hex; unset: generated once into the data folder.
  SECRETS_KEY: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^[0-9a-fA-F]{64}$/.test(v.trim()) || Buffer.from(v.trim(), 'base64').length === 32, {
      message: 'SECRETS_KEY must be 32 bytes written as base64 (44 characters) or hex (64 characters)',
    }),
  EXPERIMENT_REQUEST_TIMEOUT_MS: int(100, 3_600_000).default(120_000),
  JUDGE_BASE_URL: z.url().optional(),
  JUDGE_API_KEY: z.string().min(1).optional(),
  JUDGE_MODEL: z.string().min(1).default('gpt-4o-mini'),
  JUDGE_TIMEOUT_MS: int(100, 600_000).default(60_000),
  LS_INGEST_CONCURRENCY: int(1, 10_000).default(16),
  // Unset: half of LS_INGEST_CONCURRENCY, rounded up.
  LS_INGEST_CONCURRENCY_PER_PROJECT: int(1, 10_000).optional(),
  LS_INGEST_MAX_BODY_BYTES: int(64 * 1024, 1024 * 1024 * 1024).default(25 * 1024 * 1024),
  LS_ATTACHMENT_MAX_BYTES: int(0, 1024 * 1024 * 1024).default(1024 * 1024),
  OTLP_INGEST_CONCURRENCY: int(1, 10_000).default(16),
  // Unset: half of OTLP_INGEST_CONCURRENCY, rounded up.
  OTLP_INGEST_CONCURRENCY_PER_PROJECT: int(1, 10_000).optional(),
  OTLP_GRPC: z.enum(['true', 'false']).default('true'),
  // 0: any free port (tests).
  OTLP_GRPC_PORT: int(0, 65535).default(4317),
  // The names the LangSmith SDK itself reads, so a team's existing settings switch forwarding on.
  LANGSMITH_TRACING: z.string().optional(),
  LANGSMITH_TRACING_V2: z.string().optional(),
  LANGCHAIN_TRACING_V2: z.string().optional(),
  LANGCHAIN_TRACING: z.string().optional(),
  LANGSMITH_API_KEY: z.string().min(1).optional(),
  LANGSMITH_ENDPOINT: z.url().default('https://api.smith.langchain.com'),
  LANGSMITH_WORKSPACE_ID: z.string().min(1).optional(),
  LANGSMITH_PROJECT: z.string().min(1).default('default'),
  LANGSMITH_FORWARD_INTERVAL_MS: int(0, 24 * 3_600_000).default(10_000),
  // Observability of Sextant itself: its logs and its /metrics.
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  // Unset: json when NODE_ENV=production, else pretty.
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  // A worker-only process's /livez, /readyz and /metrics; 0 turns that listener off.
  METRICS_PORT: int(0, 65535).default(9464),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
});

/** Every environment variable Sextant reads. */
export const SETTING_NAMES: readonly string[] = Object.freeze(Object.keys(envSchema.shape));

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  /** True when errors may carry stack traces and SQL (development only). */
  exposeErrorDetails: boolean;
  host: string;
  port: number;
  /** Whether a GraphQL request without a key is served (introspection only: every field needs a key); else 401. */
  publicIntrospection: boolean;
  /** Browser origins other than Sextant's own allowed to call the API (CORS); none by default. */
  corsOrigins: readonly string[];
  /**
   * Which peers' X-Forwarded-For is believed for the client address (per-address throttling):
   * false (none, the default), true (any), a hop count, or addresses, subnets and the names
   * loopback, linklocal and uniquelocal, as Express's "trust proxy".
   */
  trustProxy: boolean | number | readonly string[];
  /** External Postgres; when absent an embedded Postgres is started in dataDir. */
  databaseUrl: string | undefined;
  /** Postgres connections of each pool: the API's and, in a process that runs both, the worker's. */
  dbPoolSize: number;
  /** statement_timeout of the API's connections (0: none), so one request cannot hold a connection for long. */
  dbStatementTimeoutMs: number;
  /** How long a SIGTERM may take before the process exits regardless. */
  shutdownTimeoutMs: number;
  /** How long start-up keeps trying an external DATABASE_URL that does not answer yet. */
  dbConnectTimeoutMs: number;
  /** Whether a starting process applies pending migrations (under an advisory lock) or only checks that none is pending. */
  migrateOnStart: boolean;
  dataDir: string;
  /** The web UI's built files (index.html and assets/), served at /. */
  webDistDir: string;
  embeddedPgPort: number;
  adminKey: string | undefined;
  /** Encrypts secrets stored in the database (project endpoint keys); unset: a key file in dataDir. */
  secretsKey: string | undefined;
  limits: Readonly<{
    authFailuresPerMinute: number;
    maxBatchItems: number;
    maxSpansPerTrace: number;
    /** Largest page of `Trace.spans`, and its size when `first` is left out. */
    maxSpansPerPage: number;
    maxBodyBytes: number;
    /** A request body (GraphQL or LangSmith) that makes no progress for this long is cut off with 408. */
    bodyIdleTimeoutMs: number;
    /** A request body not complete this long after it started is cut off with 408. */
    bodyTimeoutMs: number;
    maxPageSize: number;
    defaultPageSize: number;
    /** A connection's totalCount is exact up to this many rows; past it, a planner estimate marked as such. */
    maxExactCount: number;
  }>;
  /** What one GraphQL operation may ask for, checked before it runs (HTTP and WebSocket alike). */
  queryLimits: Readonly<{
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxDirectives: number;
    /** Fields weighted by their cost, times the page size of the lists they are in. */
    maxComplexity: number;
  }>;
  /** Redis for live events between API instances; without it events stay in the process. REDIS_URL as given. */
  redisUrl: string | undefined;
  /** REDIS_URL parsed: one server, or the seed nodes of a Redis Cluster (REDIS_CLUSTER=true); undefined without REDIS_URL. */
  redis: RedisSettings | undefined;
  live: Readonly<{ bufferEvents: number; inlineBytes: number }>;
  jobs: Readonly<{
    /** Where the queues live: Redis when REDIS_URL is set, else the same Postgres. */
    backend: 'redis' | 'postgres';
    /** Namespaces the queues: the Redis key prefix, or the Postgres schema `<prefix>_jobs`. */
    prefix: string;
    /** Whether the API process also runs the worker (the zero-config default). */
    runWorker: boolean;
    /** The queues this process's worker consumes; undefined means all. */
    workerQueues: readonly string[] | undefined;
    concurrency: number;
    /** statement_timeout of the worker's connections (0: none): rollups and sweeps may run longer than a request. */
    statementTimeoutMs: number;
    attempts: number;
    backoffMs: number;
    lockMs: number;
    keepFailed: number;
    metricsDelayMs: number;
    rollupDelayMs: number;
    traceQuietPeriodMs: number;
    traceSweepIntervalMs: number;
    /** A running trace is forwarded to LangSmith in parts at most this often; 0: only ended traces. */
    forwardIntervalMs: number;
  }>;
  /** An OpenAI-compatible chat-completions endpoint for LLM-judged metrics; off when baseUrl is unset. */
  judge: Readonly<{ baseUrl: string | undefined; apiKey: string | undefined; model: string; timeoutMs: number }>;
  /** Experiments: how long one request to a project's endpoint may take. */
  experiments: Readonly<{ requestTimeoutMs: number }>;
  /** The LangSmith run-ingestion endpoints under /langsmith. */
  langsmithIngest: Readonly<{
    /** Ingest requests one process handles at once; more are answered 429 with Retry-After. */
    maxConcurrentRequests: number;
    /** Of those, the most one project (or the admin key) may hold; past it that project gets 429 while others are served. */
    maxConcurrentPerProject: number;
    /** Body limit of one ingest request (multipart or JSON); /info advertises a batch size below it. */
    maxBodyBytes: number;
    /** Attachments up to this size are kept (base64); larger ones are recorded without their bytes. */
    maxAttachmentBytes: number;
  }>;
  /** OpenTelemetry (OTLP) trace ingestion: /v1/traces and /otel/v1/traces over HTTP, TraceService/Export over gRPC. */
  otlp: Readonly<{
    /** Export requests one process handles at once (HTTP and gRPC together); more are answered 429 / RESOURCE_EXHAUSTED. */
    maxConcurrentRequests: number;
    /** Of those, the most one project (or the admin key) may hold. */
    maxConcurrentPerProject: number;
    /** The gRPC server's port, or null when it is off. */
    grpcPort: number | null;
  }>;
  /** Sextant's own logs (pino) and Prometheus metrics. */
  observability: Readonly<{
    logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
    /** json: one JSON object per line (production); pretty: readable lines for a terminal. */
    logFormat: 'json' | 'pretty';
    /** Where a worker-only process serves /livez, /readyz and /metrics; null when off (METRICS_PORT=0). */
    metricsPort: number | null;
    /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
    metricsToken: string | undefined;
  }>;
  /**
   * Forwarding traces to LangSmith. `configured` when an API key is set: projects may then switch it
   * on or off; `enabled` is the default of projects that did not choose (tracing switched on).
   */
  langsmithForward: Readonly<{
    enabled: boolean;
    configured: boolean;
    apiKey: string | undefined;
    endpoint: string;
    workspaceId: string | undefined;
    project: string;
  }>;
}>;

/**
 * Where Redis is. `url` is the one server's URL (a cluster's first seed node); with `cluster` the
 * seed nodes, and the TLS and credentials every node of the cluster is reached with.
 */
export type RedisSettings = Readonly<{
  cluster: boolean;
  url: string;
  nodes: readonly Readonly<{ host: string; port: number }>[];
  tls: boolean;
  username: string | undefined;
  password: string | undefined;
}>;

export class ConfigError extends Error {}

/**
 * Parses REDIS_URL: one redis:// or rediss:// URL, or with REDIS_CLUSTER=true a comma-separated list
 * of a cluster's seed nodes. A cluster's nodes share one scheme and one user and password (the
 * connection options ioredis applies to every node it discovers), so nodes may repeat them or give
 * them once; different ones are refused. Messages never repeat a URL: it may hold a password.
 */
function parseRedisUrl(value: string, cluster: boolean): RedisSettings {
  const items = value.split(',').map((u) => u.trim());
  if (items.some((u) => !u)) throw new ConfigError('REDIS_URL: an empty item in the list of nodes');
  if (items.length > 1 && !cluster) throw new ConfigError(`REDIS_URL lists ${items.length} nodes; set REDIS_CLUSTER=true to use a Redis Cluster`);
  const nodes: { host: string; port: number }[] = [];
  let tls: boolean | undefined;
  let username: string | undefined;
  let password: string | undefined;
  items.forEach((item, i) => {
    const which = items.length > 1 ? `REDIS_URL node ${i + 1}` : 'REDIS_URL';
    let u: URL;
    try {
      u = new URL(item);
    } catch {
      throw new ConfigError(`${which} is not a URL such as redis://host:6379`);
    }
    if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new ConfigError(`${which} must be a redis:// or rediss:// URL`);
    if (!u.hostname) throw new ConfigError(`${which} has no host`);
    const isTls = u.protocol === 'rediss:';
    if (tls !== undefined && isTls !== tls) throw new ConfigError(`${which}: every node of a cluster is reached the same way, all redis:// or all rediss://`);
    tls = isTls;
    const user = u.username ? decodeURIComponent(u.username) : undefined;
    const pass = u.password ? decodeURIComponent(u.password) : undefined;
    if ((user && username && user !== username) || (pass && password && pass !== password))
      throw new ConfigError(`${which}: the nodes of a cluster share one user and password; give them once or the same on every node`);
    username ??= user;
    password ??= pass;
    if (cluster && u.pathname && u.pathname !== '/' && u.pathname !== '/0') throw new ConfigError(`${which}: a Redis Cluster has only database 0`);
    nodes.push({ host: u.hostname.replace(/^\[(.*)\]$/, '$1'), port: u.port ? Number(u.port) : 6379 });
  });
  return Object.freeze({ cluster, url: items[0], nodes: Object.freeze(nodes.map((n) => Object.freeze(n))), tls: tls!, username, password });
}

/** Validates the environment once into a frozen Config; the only reader of environment variables. */
export function loadConfig(env: Record<string, string | undefined>, overrides: Partial<Config> = {}): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DEFAULT_PAGE_SIZE > e.MAX_PAGE_SIZE) throw new ConfigError('DEFAULT_PAGE_SIZE must not exceed MAX_PAGE_SIZE');
  const perProject = e.LS_INGEST_CONCURRENCY_PER_PROJECT ?? Math.ceil(e.LS_INGEST_CONCURRENCY / 2);
  if (perProject > e.LS_INGEST_CONCURRENCY) throw new ConfigError('LS_INGEST_CONCURRENCY_PER_PROJECT must not exceed LS_INGEST_CONCURRENCY');
  const otlpPerProject = e.OTLP_INGEST_CONCURRENCY_PER_PROJECT ?? Math.ceil(e.OTLP_INGEST_CONCURRENCY / 2);
  if (otlpPerProject > e.OTLP_INGEST_CONCURRENCY) throw new ConfigError('OTLP_INGEST_CONCURRENCY_PER_PROJECT must not exceed OTLP_INGEST_CONCURRENCY');
  if (e.BODY_IDLE_TIMEOUT_MS > e.BODY_TIMEOUT_MS) throw new ConfigError('BODY_IDLE_TIMEOUT_MS must not exceed BODY_TIMEOUT_MS');
  if (e.QUEUE_BACKEND === 'redis' && !e.REDIS_URL) throw new ConfigError('QUEUE_BACKEND=redis needs REDIS_URL');
  if (e.REDIS_CLUSTER === 'true' && !e.REDIS_URL) throw new ConfigError('REDIS_CLUSTER=true needs REDIS_URL (the seed nodes of the cluster)');
  const redis = e.REDIS_URL ? parseRedisUrl(e.REDIS_URL, e.REDIS_CLUSTER === 'true') : undefined;
  const tracingOn = [e.LANGSMITH_TRACING, e.LANGSMITH_TRACING_V2, e.LANGCHAIN_TRACING_V2, e.LANGCHAIN_TRACING].some((v) => v?.trim().toLowerCase() === 'true');
  const workerQueues = e.WORKER_QUEUES?.split(',')
    .map((q) => q.trim())
    .filter(Boolean);
  const config: Config = {
    env: e.NODE_ENV,
    exposeErrorDetails: e.NODE_ENV === 'development',
    host: e.HOST,
    port: e.PORT,
    corsOrigins: Object.freeze(e.CORS_ORIGINS),
    trustProxy: Array.isArray(e.TRUST_PROXY) ? Object.freeze(e.TRUST_PROXY) : e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    dbConnectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    migrateOnStart: e.MIGRATE_ON_START === 'true',
    publicIntrospection: e.GRAPHQL_PUBLIC_INTROSPECTION ? e.GRAPHQL_PUBLIC_INTROSPECTION === 'true' : e.NODE_ENV === 'development',
    databaseUrl: e.DATABASE_URL,
    dbPoolSize: e.DB_POOL_SIZE,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dataDir: path.resolve(e.SEXTANT_DATA_DIR),
    // A path, not an import: the server serves whatever files are there and packages never import apps.
    webDistDir: e.WEB_DIST_DIR ? path.resolve(e.WEB_DIST_DIR) : path.resolve(__dirname, '../../../apps/web/dist'),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    adminKey: e.SEXTANT_ADMIN_KEY,
    secretsKey: e.SECRETS_KEY,
    limits: Object.freeze({
      authFailuresPerMinute: e.AUTH_FAILURES_PER_MINUTE,
      maxBatchItems: e.MAX_BATCH_ITEMS,
      maxSpansPerTrace: e.MAX_SPANS_PER_TRACE,
      maxSpansPerPage: e.MAX_SPANS_PER_PAGE,
      maxBodyBytes: e.MAX_BODY_BYTES,
      bodyIdleTimeoutMs: e.BODY_IDLE_TIMEOUT_MS,
      bodyTimeoutMs: e.BODY_TIMEOUT_MS,
      maxPageSize: e.MAX_PAGE_SIZE,
      defaultPageSize: e.DEFAULT_PAGE_SIZE,
      maxExactCount: e.MAX_EXACT_COUNT,
    }),
    queryLimits: Object.freeze({
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
    }),
    redisUrl: e.REDIS_URL,
    redis,
    live: Object.freeze({ bufferEvents: e.LIVE_BUFFER_EVENTS, inlineBytes: e.LIVE_INLINE_BYTES }),
    jobs: Object.freeze({
      backend: e.QUEUE_BACKEND ?? (e.REDIS_URL ? 'redis' : 'postgres'),
      prefix: e.QUEUE_PREFIX,
      runWorker: e.RUN_WORKER === 'true',
      workerQueues: workerQueues?.length ? Object.freeze(workerQueues) : undefined,
      concurrency: e.WORKER_CONCURRENCY,
      statementTimeoutMs: e.WORKER_STATEMENT_TIMEOUT_MS,
      attempts: e.JOB_ATTEMPTS,
      backoffMs: e.JOB_BACKOFF_MS,
      lockMs: e.JOB_LOCK_MS,
      keepFailed: e.JOB_KEEP_FAILED,
      metricsDelayMs: e.METRICS_DELAY_MS,
      rollupDelayMs: e.ROLLUP_DELAY_MS,
      traceQuietPeriodMs: e.TRACE_QUIET_PERIOD_MS,
      traceSweepIntervalMs: e.TRACE_SWEEP_INTERVAL_MS,
      forwardIntervalMs: e.LANGSMITH_FORWARD_INTERVAL_MS,
    }),
    judge: Object.freeze({ baseUrl: e.JUDGE_BASE_URL, apiKey: e.JUDGE_API_KEY, model: e.JUDGE_MODEL, timeoutMs: e.JUDGE_TIMEOUT_MS }),
    experiments: Object.freeze({ requestTimeoutMs: e.EXPERIMENT_REQUEST_TIMEOUT_MS }),
    langsmithIngest: Object.freeze({
      maxConcurrentRequests: e.LS_INGEST_CONCURRENCY,
      maxConcurrentPerProject: perProject,
      maxBodyBytes: e.LS_INGEST_MAX_BODY_BYTES,
      maxAttachmentBytes: e.LS_ATTACHMENT_MAX_BYTES,
    }),
    otlp: Object.freeze({
      maxConcurrentRequests: e.OTLP_INGEST_CONCURRENCY,
      maxConcurrentPerProject: otlpPerProject,
      grpcPort: e.OTLP_GRPC === 'true' ? e.OTLP_GRPC_PORT : null,
    }),
    observability: Object.freeze({
      logLevel: e.LOG_LEVEL,
      logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'production' ? 'json' : 'pretty'),
      metricsPort: e.METRICS_PORT === 0 ? null : e.METRICS_PORT,
      metricsToken: e.METRICS_TOKEN,
    }),
    langsmithForward: Object.freeze({
      enabled: tracingOn && Boolean(e.LANGSMITH_API_KEY),
      configured: Boolean(e.LANGSMITH_API_KEY),
      apiKey: e.LANGSMITH_API_KEY,
      endpoint: e.LANGSMITH_ENDPOINT,
      workspaceId: e.LANGSMITH_WORKSPACE_ID,
      project: e.LANGSMITH_PROJECT,
    }),
    ...overrides,
  };
  return Object.freeze(config);
}
