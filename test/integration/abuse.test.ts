import { request } from 'node:http';
import { startTestServer, type TestServer } from '../support/test-server';

// Requests an attacker or a broken SDK sends, over raw HTTP: each is answered with a clear status,
// and the process keeps serving everyone else.

type Answer = { status: number; body: string };

/** Sends `body` (or only the headers, with `hold`, keeping the request open) and resolves with the answer. */
function send(url: string, path: string, headers: Record<string, string>, body: string | null): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, url), { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: text });
        // A held body is never sent: drop the connection rather than leave it open.
        if (body === null) req.destroy();
      });
    });
    req.on('error', reject);
    if (body === null) req.flushHeaders();
    else req.end(body);
  });
}

describe('abuse of the LangSmith endpoints', () => {
  let s: TestServer;
  let base: string;
  beforeAll(async () => {
    s = await startTestServer();
    base = s.url.replace(/\/graphql$/, '');
  });
  afterAll(() => s?.stop());

  const healthy = async () => (await fetch(`${base}/health`)).status;

  it('answers 400 to a multipart part cut off before its boundary, and keeps serving', async () => {
    const { key } = await s.project('abuse-unterminated', 'ingest');
    const body = '--B\r\nContent-Disposition: form-data; name="post.x"\r\nContent-Type: application/json\r\n\r\n{"a":1';
    const r = await send(
      base,
      '/langsmith/runs/multipart',
      { 'x-api-key': key, 'content-type': 'multipart/form-data; boundary=B', 'content-length': String(body.length) },
      body,
    );
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).detail).toMatch(/multipart/i);
    expect(await healthy()).toBe(200);
  });

  it('refuses a key that may not ingest with 403 before reading its body', async () => {
    const { key } = await s.project('abuse-reader', 'read');
    // The body is announced but never sent: the answer must not wait for it.
    const r = await send(
      base,
      '/langsmith/runs/multipart',
      { 'x-api-key': key, 'content-type': 'multipart/form-data; boundary=B', 'content-length': '1000000' },
      null,
    );
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).detail).toMatch(/ingest access is required/);
    expect(await healthy()).toBe(200);
  });
});
