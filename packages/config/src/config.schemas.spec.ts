import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, SETTING_NAMES } from './config.schemas';

describe('loadConfig', () => {
  it('gives a frozen zero-config default', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, databaseUrl: undefined, env: 'production', exposeErrorDetails: false });
    expect(Object.isFrozen(c) && Object.isFrozen(c.limits)).toBe(true);
  });

  it('rejects invalid settings with every problem named', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'not a url', SEXTANT_ADMIN_KEY: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'not a url' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL/);
    }
    expect(() => loadConfig({ DEFAULT_PAGE_SIZE: '500', MAX_PAGE_SIZE: '100' })).toThrow(/DEFAULT_PAGE_SIZE/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example/path' })).toThrow(/CORS_ORIGINS: "https:\/\/app.example\/path" is not an origin/);
  });

  it('reads the observability settings: JSON logs in production, pretty elsewhere; METRICS_PORT 0 turns the listener off', () => {
    expect(loadConfig({}).observability).toEqual({ logLevel: 'info', logFormat: 'json', metricsPort: 9464, metricsToken: undefined });
    expect(loadConfig({ NODE_ENV: 'development' }).observability.logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty', LOG_LEVEL: 'debug' }).observability).toMatchObject({
      logFormat: 'pretty',
      logLevel: 'debug',
    });
    expect(loadConfig({ METRICS_PORT: '0' }).observability.metricsPort).toBeNull();
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16 characters/);
  });

  it('reads CORS_ORIGINS as a list of origins, none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example ,http://localhost:5173,' }).corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
  });

  it('reads TRUST_PROXY as Express does: none by default, true, a hop count, or addresses and subnets', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'my-proxy.internal' })).toThrow(/TRUST_PROXY: "my-proxy.internal" is not an address/);
  });

  it('reads the live settings: Redis only when a redis:// URL is given, bounded buffers', () => {
    const c = loadConfig({ REDIS_URL: 'redis://:secret@127.0.0.1:6379/2', LIVE_BUFFER_EVENTS: '50', LIVE_INLINE_BYTES: '1024' });
    expect(c).toMatchObject({ redisUrl: 'redis://:secret@127.0.0.1:6379/2', live: { bufferEvents: 50, inlineBytes: 1024 } });
    expect(Object.isFrozen(c.live)).toBe(true);
    expect(loadConfig({}).live).toEqual({ bufferEvents: 1000, inlineBytes: 65536 });
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ LIVE_BUFFER_EVENTS: '0' })).toThrow(/LIVE_BUFFER_EVENTS/);
  });

  it('reads REDIS_URL as one server unless REDIS_CLUSTER=true, which takes comma-separated seed nodes', () => {
    expect(loadConfig({}).redis).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://:secret@127.0.0.1:6379/2' }).redis).toEqual({
      cluster: false,
      url: 'redis://:secret@127.0.0.1:6379/2',
      nodes: [{ host: '127.0.0.1', port: 6379 }],
      tls: false,
      username: undefined,
      password: 'secret',
    });
    const c = loadConfig({ REDIS_CLUSTER: 'true', REDIS_URL: ' rediss://app:p%40ss@h1.example:7000, rediss://h2.example ,rediss://app:p%40ss@[::1]:7002' });
    expect(c.redis).toEqual({
      cluster: true,
      url: 'rediss://app:p%40ss@h1.example:7000',
      nodes: [
        { host: 'h1.example', port: 7000 },
        { host: 'h2.example', port: 6379 },
        { host: '::1', port: 7002 },
      ],
      tls: true,
      username: 'app',
      password: 'p@ss',
    });
    expect(Object.isFrozen(c.redis) && Object.isFrozen(c.redis!.nodes)).toBe(true);
    // One node is a valid cluster seed too, and the queues go to Redis as with one server.
    expect(loadConfig({ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://10.0.0.1:6379' })).toMatchObject({ redis: { cluster: true }, jobs: { backend: 'redis' } });
  });

  it('refuses a REDIS_URL or REDIS_CLUSTER that cannot work, without repeating the URL', () => {
    const refused = (env: Record<string, string>, message: RegExp) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
      try {
        loadConfig(env);
      } catch (e) {
        expect((e as Error).message).not.toContain('hunter2');
      }
    };
    refused({ REDIS_URL: 'redis://:hunter2@h1:6379,redis://h2:6379' }, /REDIS_URL lists 2 nodes; set REDIS_CLUSTER=true/);
    refused({ REDIS_CLUSTER: 'true' }, /REDIS_CLUSTER=true needs REDIS_URL/);
    refused({ REDIS_CLUSTER: 'yes', REDIS_URL: 'redis://h1' }, /REDIS_CLUSTER/);
    refused({ REDIS_URL: 'http://:hunter2@127.0.0.1:6379' }, /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    refused({ REDIS_URL: 'not a url hunter2' }, /REDIS_URL is not a URL/);
    refused({ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://h1:6379,,redis://h2' }, /empty item/);
    refused({ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://h1:6379,h2:6379' }, /REDIS_URL node 2 must be a redis:\/\/ or rediss:\/\/ URL/);
    refused({ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://h1:6379,rediss://h2:6379' }, /node 2: every node of a cluster is reached the same way/);
    refused({ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://:hunter2@h1,redis://:other@h2' }, /node 2: the nodes of a cluster share one user and password/);
    refused({ REDIS_CLUSTER: 'true', REDIS_URL: 'redis://:hunter2@h1/3' }, /a Redis Cluster has only database 0/);
  });

  it('forwards to LangSmith when any of the SDK tracing switches is "true" and an API key is set', () => {
    expect(loadConfig({}).langsmithForward).toEqual({
      enabled: false,
      configured: false,
      apiKey: undefined,
      endpoint: 'https://api.smith.langchain.com',
      workspaceId: undefined,
      project: 'default',
    });
    expect(loadConfig({ LANGSMITH_TRACING: 'true' }).langsmithForward.enabled).toBe(false);
    for (const name of ['LANGSMITH_TRACING', 'LANGSMITH_TRACING_V2', 'LANGCHAIN_TRACING_V2']) {
      expect(loadConfig({ [name]: 'true', LANGSMITH_API_KEY: 'lsv2_x' }).langsmithForward.enabled).toBe(true);
    }
    // A key without the switch: off by default, but projects may opt in.
    expect(loadConfig({ LANGSMITH_TRACING: 'false', LANGSMITH_API_KEY: 'lsv2_x' }).langsmithForward).toMatchObject({ enabled: false, configured: true });
    expect(loadConfig({}).jobs.forwardIntervalMs).toBe(10_000);
    expect(loadConfig({ LANGSMITH_FORWARD_INTERVAL_MS: '0' }).jobs.forwardIntervalMs).toBe(0);
    const c = loadConfig({
      LANGSMITH_TRACING: 'true',
      LANGSMITH_API_KEY: 'k',
      LANGSMITH_ENDPOINT: 'http://127.0.0.1:1984',
      LANGSMITH_WORKSPACE_ID: 'ws',
      LANGSMITH_PROJECT: 'p',
    });
    expect(c.langsmithForward).toEqual({ enabled: true, configured: true, apiKey: 'k', endpoint: 'http://127.0.0.1:1984', workspaceId: 'ws', project: 'p' });
    expect(() => loadConfig({ LANGSMITH_ENDPOINT: 'nope' })).toThrow(/LANGSMITH_ENDPOINT/);
  });

  it('gives one project half of the LangSmith ingest slots unless told otherwise, never more than all of them', () => {
    expect(loadConfig({}).langsmithIngest).toMatchObject({ maxConcurrentRequests: 16, maxConcurrentPerProject: 8 });
    expect(loadConfig({ LS_INGEST_CONCURRENCY: '5' }).langsmithIngest.maxConcurrentPerProject).toBe(3);
    expect(loadConfig({ LS_INGEST_CONCURRENCY: '1' }).langsmithIngest.maxConcurrentPerProject).toBe(1);
    expect(loadConfig({ LS_INGEST_CONCURRENCY_PER_PROJECT: '16' }).langsmithIngest.maxConcurrentPerProject).toBe(16);
    expect(() => loadConfig({ LS_INGEST_CONCURRENCY: '4', LS_INGEST_CONCURRENCY_PER_PROJECT: '5' })).toThrow(/LS_INGEST_CONCURRENCY_PER_PROJECT/);
  });

  it('bounds request bodies by an idle timeout within an overall one', () => {
    expect(loadConfig({}).limits).toMatchObject({ bodyIdleTimeoutMs: 20_000, bodyTimeoutMs: 120_000 });
    expect(() => loadConfig({ BODY_IDLE_TIMEOUT_MS: '60000', BODY_TIMEOUT_MS: '30000' })).toThrow(/BODY_IDLE_TIMEOUT_MS/);
    expect(() => loadConfig({ BODY_IDLE_TIMEOUT_MS: '0' })).toThrow(/BODY_IDLE_TIMEOUT_MS/);
  });

  it('counts connections exactly up to MAX_EXACT_COUNT rows (10,000 by default; 0: always an estimate once there is a row)', () => {
    expect(loadConfig({}).limits.maxExactCount).toBe(10_000);
    expect(loadConfig({ MAX_EXACT_COUNT: '0' }).limits.maxExactCount).toBe(0);
    expect(() => loadConfig({ MAX_EXACT_COUNT: '-1' })).toThrow(/MAX_EXACT_COUNT/);
  });

  it('never puts a REDIS_URL password in its error messages', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://:hunter2@127.0.0.1:6379', PORT: 'x' })).toThrow(ConfigError);
    try {
      loadConfig({ REDIS_URL: 'redis://:hunter2@127.0.0.1:6379', PORT: 'x' });
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
    }
  });

  it("documents every setting in the README's configuration table", () => {
    const readme = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
    const rows = new Set([...table.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((m) => m[1]));
    expect(SETTING_NAMES.length).toBeGreaterThan(30);
    expect(SETTING_NAMES.filter((name) => !rows.has(name) && !table.includes(`\`${name}\``))).toEqual([]);
  });
});
