import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { FreezableProxy } from '../support/freezable-proxy';
import { createTestDatabase, type OwnDatabase } from '../support/postgres';
import { startTestServer, type TestServer } from '../support/test-server';
import { sleep } from '../support/wait';

// One tenant must not lock the others out of the LangSmith endpoints: a project holds at most its
// share of the ingest slots, and a body that stalls (or never ends) is cut off and its slot freed.
// Uploads are written byte by byte on raw sockets, as a slow or hostile client sends them.

type RawAnswer = { status: number; headers: Record<string, string>; body: string };

/**
 * A request whose headers announce `length` bytes of body, of which `first` are sent at once and
 * then one more every `everyMs` (never, when undefined). `answer` resolves with the server's first
 * response, or with status 0 when the connection closes without one.
 */
function slowUpload(origin: string, path: string, headers: Record<string, string>, opts: { first: string; length: number; everyMs?: number }) {
  const { hostname, port } = new URL(origin);
  const socket: Socket = connect(Number(port), hostname);
  const head = Object.entries({ host: `${hostname}:${port}`, 'content-length': String(opts.length), ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n${opts.first}`);
  let sent = opts.first.length;
  const timer =
    opts.everyMs === undefined
      ? undefined
      : setInterval(() => {
          if (sent < opts.length - 1 && socket.writable) {
            socket.write('x');
            sent++;
          }
        }, opts.everyMs);
  let received = Buffer.alloc(0);
  const answer = new Promise<RawAnswer>((resolve) => {
    const tryParse = () => {
      const text = received.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
      const parsed = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const body = received.subarray(Buffer.byteLength(text.slice(0, end + 4), 'latin1'));
      if (body.length < Number(parsed['content-length'] ?? 0)) return;
      resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body: body.toString('utf8') });
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      tryParse();
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ status: 0, headers: {}, body: '' });
    });
    // A reset after the answer is the server closing a connection whose body it will not read.
    socket.on('error', () => undefined);
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { answer, closed, stop: () => (clearInterval(timer), socket.destroy()) };
}

let s: TestServer;
let origin: string;
// Well above the 100 ms between the trickled bytes, so a busy CI machine does not make them look idle.
const IDLE_MS = 1000;
const TOTAL_MS = 3000;
beforeAll(async () => {
  s = await startTestServer({
    LS_INGEST_CONCURRENCY: '4',
    LS_INGEST_CONCURRENCY_PER_PROJECT: '2',
    BODY_IDLE_TIMEOUT_MS: String(IDLE_MS),
    BODY_TIMEOUT_MS: String(TOTAL_MS),
  });
  origin = new URL(s.url).origin;
});
afterAll(() => s?.stop());

const healthy = async () => (await fetch(`${origin}/health`)).status;
const BOUNDARY = 'FairnessBoundary';
/** Headers and the first bytes of a multipart upload that a slow client never finishes. */
const multipartStart = (key: string) => ({
  headers: { 'x-api-key': key, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  first: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="post.x"\r\nContent-Type: application/json\r\n\r\n{"a":"`,
});
/** Posts one root run to /runs/batch, as the SDK's batch fallback does; resolves with status, Retry-After and body. */
async function batch(key: string, id = crypto.randomUUID()) {
  const r = await fetch(`${origin}/langsmith/runs/batch`, {
    method: 'POST',
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    body: JSON.stringify({ post: [{ id, trace_id: id, name: 'fair', run_type: 'chain', start_time: new Date().toISOString() }] }),
  });
  return { id, status: r.status, retryAfter: r.headers.get('retry-after'), body: (await r.json()) as { detail?: string } };
}
const answered = (u: { answer: Promise<RawAnswer> }) => Promise.race([u.answer.then(() => true), sleep(0).then(() => false)]);
/**
 * Opens one upload per key (multipart, never finished; one byte each `everyMs`, or none) and returns
 * once they all hold a slot, shown by a batch with `probeKey` refused with 429. An upload that lost
 * the race for a slot to a probe was refused itself: it is opened again.
 */
async function holdSlots(keys: string[], probeKey: string, everyMs?: number) {
  const open = (key: string) => {
    const { headers, first } = multipartStart(key);
    return slowUpload(origin, '/langsmith/runs/multipart', headers, { first, length: 100_000, everyMs });
  };
  const uploads = keys.map(open);
  for (let i = 0; i < 100; i++) {
    for (const [at, u] of uploads.entries()) {
      if (!(await answered(u))) continue;
      u.stop();
      uploads[at] = open(keys[at]);
    }
    await sleep(20);
    const probe = await batch(probeKey);
    if (probe.status === 429 && !(await Promise.all(uploads.map(answered))).some(Boolean)) return { uploads, refused: probe };
  }
  for (const u of uploads) u.stop();
  throw new Error(`The uploads of ${keys.length} keys never held their slots together`);
}
const stopAll = async (uploads: { stop(): void; closed: Promise<void> }[]) => {
  for (const u of uploads) u.stop();
  await Promise.all(uploads.map((u) => u.closed));
};
const stored = async (id: string) => (await s.ds.query('SELECT project_id FROM traces WHERE id = $1', [id])) as { project_id: string }[];

describe('fair share of the ingest slots', () => {
  it("refuses a project past LS_INGEST_CONCURRENCY_PER_PROJECT with 429 and Retry-After while another project's batch is stored", async () => {
    const a = await s.project('fair-a', 'ingest');
    const b = await s.project('fair-b', 'ingest');
    // Two uploads that keep making progress (so no timeout cuts them): A's whole share.
    const { uploads, refused } = await holdSlots([a.key, a.key], a.key, 50);
    try {
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBe('1');
      expect(refused.body.detail).toMatch(/LS_INGEST_CONCURRENCY_PER_PROJECT/);
      expect(await stored(refused.id)).toEqual([]);

      // Two of the four slots are still free: B is served while A's uploads go on.
      const fromB = await batch(b.key);
      expect(fromB.status).toBe(202);
      expect(await stored(fromB.id)).toEqual([{ project_id: b.id }]);
      expect((await batch(a.key)).status).toBe(429);
    } finally {
      await stopAll(uploads);
    }
    // A's slots come back when its uploads end.
    let again = await batch(a.key);
    for (let i = 0; i < 50 && again.status === 429; i++) {
      await sleep(20);
      again = await batch(a.key);
    }
    expect(again.status).toBe(202);
    expect(await stored(again.id)).toEqual([{ project_id: a.id }]);
  });

  it('still applies LS_INGEST_CONCURRENCY to the process: the fifth upload of three projects is refused', async () => {
    const [a, b, c] = await Promise.all(['fair-global-a', 'fair-global-b', 'fair-global-c'].map((n) => s.project(n, 'ingest')));
    const { uploads, refused } = await holdSlots([a.key, a.key, b.key, b.key], c.key, 50);
    try {
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBe('1');
      expect(refused.body.detail).toMatch(/LS_INGEST_CONCURRENCY\)/);
    } finally {
      await stopAll(uploads);
    }
  });
});

describe('bodies that stall', () => {
  it('cuts off a body that makes no progress for BODY_IDLE_TIMEOUT_MS with 408 and frees its slot at once', async () => {
    const p = await s.project('fair-stalled', 'ingest');
    const started = Date.now();
    // While they hold the project's share, its next request is refused.
    const { uploads: stalled, refused } = await holdSlots([p.key, p.key], p.key);
    expect(refused.body.detail).toMatch(/LS_INGEST_CONCURRENCY_PER_PROJECT/);

    for (const u of stalled) {
      const answer = await u.answer;
      expect(answer.status).toBe(408);
      expect(answer.headers.connection).toBe('close');
      expect(JSON.parse(answer.body)).toEqual({ detail: expect.stringMatching(/BODY_IDLE_TIMEOUT_MS/) });
      await u.closed;
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(IDLE_MS);
    // Both slots are free again: the project's next batch is stored.
    const next = await batch(p.key);
    expect(next.status).toBe(202);
    expect(await stored(next.id)).toEqual([{ project_id: p.id }]);
    expect(await healthy()).toBe(200);
  });

  it('cuts off a JSON body that trickles past BODY_TIMEOUT_MS, though each byte came within the idle timeout', async () => {
    const p = await s.project('fair-trickle', 'ingest');
    const started = Date.now();
    const u = slowUpload(
      origin,
      '/langsmith/runs/batch',
      { 'x-api-key': p.key, 'content-type': 'application/json' },
      { first: '{"post": [{"name": "', length: 100_000, everyMs: 100 },
    );
    const answer = await u.answer;
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body).detail).toMatch(/BODY_TIMEOUT_MS/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(TOTAL_MS - 50);
    await u.closed;
    expect((await batch(p.key)).status).toBe(202);
  });

  it('cuts off a stalled GraphQL body with 408 in GraphQL error shape, and keeps serving', async () => {
    const u = slowUpload(origin, '/graphql', { 'x-api-key': s.adminKey, 'content-type': 'application/json' }, { first: '{"query": "{ projects', length: 1000 });
    const answer = await u.answer;
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: expect.stringMatching(/BODY_IDLE_TIMEOUT_MS/), extensions: { code: 'BAD_USER_INPUT' } }] });
    await u.closed;
    const r = await s.gql('{ projects { edges { node { id } } } }');
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(await healthy()).toBe(200);
  });

  it('leaves a kept-alive connection open after a complete request, past the idle timeout', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const post = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = request(s.url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-api-key': s.adminKey } }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ query: '{ projects { edges { node { id } } } }' }));
      });
    try {
      expect(await post()).toEqual({ status: 200, reused: false });
      await sleep(IDLE_MS * 2);
      expect(await post()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  });
});

describe('a complete body whose request takes longer than the idle timeout', () => {
  let proxy: FreezableProxy;
  let db: OwnDatabase;
  let slow: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    const direct = new URL(db.url);
    proxy = await new FreezableProxy({ host: direct.hostname, port: Number(direct.port || 5432) }).start();
    direct.port = String(proxy.port);
    slow = await startTestServer({ DATABASE_URL: direct.toString(), BODY_IDLE_TIMEOUT_MS: String(IDLE_MS) });
  });
  afterAll(async () => {
    proxy?.thaw();
    await slow?.stop();
    await proxy?.close();
    await db?.drop();
  });

  it('is answered once the database is back, not cut off: only the body has to make progress', async () => {
    const id = crypto.randomUUID();
    const slowOrigin = new URL(slow.url).origin;
    // The admin key is checked without the database, so both requests pass their checks and wait on it.
    proxy.freeze();
    const ingest = fetch(`${slowOrigin}/langsmith/runs`, {
      method: 'POST',
      headers: { 'x-api-key': slow.adminKey, 'content-type': 'application/json' },
      body: JSON.stringify({ id, trace_id: id, name: 'waits', run_type: 'chain', start_time: new Date().toISOString() }),
    });
    const query = slow.gql('{ projects { edges { node { id } } } }');
    await sleep(IDLE_MS * 3);
    proxy.thaw();
    expect((await ingest).status).toBe(202);
    expect((await query).status).toBe(200);
    expect(await slow.ds.query('SELECT id FROM traces WHERE id = $1', [id])).toEqual([{ id }]);
  });
});
