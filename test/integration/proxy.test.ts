// The compose file's proxy (infra/nginx/sextant.conf), run for real with this machine's nginx in
// front of two API instances on one database and one Redis, as compose runs api-1 and api-2 behind
// it: requests take turns between the replicas, X-Request-Id goes through as sent (or nginx makes
// one), a graphql-ws subscription upgrades through it and hears an ingest that either replica took,
// and an ingest body past nginx's 1 MB default reaches Sextant.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { graphql } from '../gql';
import { liveClient, type LiveClient } from '../support/live-client';
import { freePort } from '../support/ports';
import { startTestServer, type TestServer } from '../support/test-server';
import { sleep, until } from '../support/wait';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const ROOT = path.resolve(__dirname, '..', '..');
const SPAN_ADDED = graphql(`subscription ProxySpanAdded($t: ID!) { spanAdded(traceId: $t) { id name } }`);
const at = (ms: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + ms).toISOString();

describe('the compose proxy in front of two API replicas', () => {
  let a: TestServer;
  let b: TestServer;
  let nginx: ChildProcess;
  let dir: string;
  let proxy: string;
  let project: { id: string; key: string };
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    const bin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
    if (!bin) throw new Error('nginx is not installed: apt-get install -y nginx-light (.ci/run does)');
    a = await startTestServer({ REDIS_URL });
    b = await startTestServer({ REDIS_URL }, a);
    project = await a.project('proxy', 'admin');
    dir = mkdtempSync(path.join(tmpdir(), 'sextant-proxy-'));
    const [httpPort, grpcPort] = [await freePort(), await freePort()];
    const port = (s: TestServer) => new URL(s.url).port;
    // The compose file's config as it is, but for the names only compose's DNS knows and ports free here.
    const site = readFileSync(path.join(ROOT, 'infra/nginx/sextant.conf'), 'utf8')
      .replace('api-1:4000', `127.0.0.1:${port(a)}`)
      .replace('api-2:4000', `127.0.0.1:${port(b)}`)
      .replace('api-1:4317', `127.0.0.1:${a.otlpGrpcPort}`)
      .replace('api-2:4317', `127.0.0.1:${b.otlpGrpcPort}`)
      .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
      .replace('listen 4317 http2;', `listen 127.0.0.1:${grpcPort} http2;`)
      .replaceAll('/var/log/nginx/access.log', `${dir}/access.log`);
    writeFileSync(path.join(dir, 'sextant.conf'), site);
    writeFileSync(path.join(dir, 'nginx.conf'), `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include ${dir}/sextant.conf;\n}\n`);
    nginx = spawn(bin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
    proxy = `http://127.0.0.1:${httpPort}`;
    await until(
      () =>
        fetch(`${proxy}/health`).then(
          (r) => r.status,
          () => 0,
        ),
      (s) => s === 200,
      'nginx to answer',
    );
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx.once('exit', r));
      nginx.kill('SIGQUIT');
      await exited;
    }
    await b?.stop();
    await a?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The access log's lines (the config's `sextant` format) naming `id`. */
  const logged = (id: string) =>
    (existsSync(path.join(dir, 'access.log')) ? readFileSync(path.join(dir, 'access.log'), 'utf8') : '')
      .split('\n')
      .filter((l) => l.includes(`request_id=${id}`));

  async function ingest(batch: Record<string, unknown>): Promise<{ status: number; accepted?: number }> {
    const res = await fetch(`${proxy}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${project.key}` },
      body: JSON.stringify({ query: 'mutation ($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }', variables: { b: batch } }),
    });
    const body = res.headers.get('content-type')?.includes('json') ? ((await res.json()) as { data?: { ingest: { accepted: number } } }) : {};
    return { status: res.status, accepted: body.data?.ingest.accepted };
  }

  it('sends requests to both replicas in turn and passes X-Request-Id on as sent, or makes one', async () => {
    const run = `r${Date.now().toString(36)}`;
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${proxy}/health`, { headers: { 'x-request-id': `${run}-${i}` } });
      expect(res.status).toBe(200);
    }
    const lines = await until(
      async () => [0, 1, 2, 3].flatMap((i) => logged(`${run}-${i}`)),
      (l) => l.length === 4,
      'four access log lines',
    );
    const upstreams = lines.map((l) => /upstream=(\S+)/.exec(l)![1]);
    expect(new Set(upstreams)).toEqual(new Set([`127.0.0.1:${new URL(a.url).port}`, `127.0.0.1:${new URL(b.url).port}`]));
    // Round-robin: no replica twice in a row.
    for (let i = 1; i < upstreams.length; i++) expect(upstreams[i]).not.toBe(upstreams[i - 1]);

    expect((await fetch(`${proxy}/health`)).status).toBe(200);
    await until(
      async () => readFileSync(path.join(dir, 'access.log'), 'utf8'),
      (log) => /"GET \/health HTTP\/1\.1" 200 .* request_id=[0-9a-f]{32}$/m.test(log),
      'a request id made by nginx',
    );
  });

  it('upgrades a graphql-ws subscription, which hears spans ingested through either replica', async () => {
    const c = liveClient(`ws://${proxy.slice('http://'.length)}/graphql`, project.key);
    clients.push(c);
    const traceId = crypto.randomUUID();
    const sub = c.subscribe(SPAN_ADDED, { t: traceId }, 'spanAdded');
    // Until the subscription is active a span may be missed: send another (round-robin, so both replicas take some).
    for (let i = 0; sub.events.length === 0 && i < 100; i++) {
      const r = await ingest({ projectId: project.id, agentCalls: [{ id: crypto.randomUUID(), traceId, name: `probe-${i}`, startTime: at(i) }] });
      expect(r).toEqual({ status: 200, accepted: 1 });
      await sleep(100);
    }
    const [first] = await sub.take(1);
    expect(first.name).toMatch(/^probe-\d+$/);
  });

  it('lets an ingest body past nginx’s 1 MB default through to Sextant', async () => {
    const traceId = crypto.randomUUID();
    const blob = 'x'.repeat(3 * 1024 * 1024);
    const r = await ingest({ projectId: project.id, agentCalls: [{ id: crypto.randomUUID(), traceId, name: 'big', startTime: at(0), inputs: { blob } }] });
    expect(r).toEqual({ status: 200, accepted: 1 });
  });
});
