// The web UI in a real browser (Debian's Chromium driven by playwright-core) against a real server and
// Postgres: the server serves the built app, a user signs in with the admin key, finds an ingested
// trace in the list, opens its tree by deep link with the right totals, and sees spans and traces
// ingested meanwhile appear without a reload.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { graphql } from '../gql';
import { useBrowserHarness } from '../support/browser';
import { startTestServer } from '../support/test-server';

const ROOT = path.resolve(__dirname, '..', '..');
/** The README's budget (Web UI): gzip bytes of the entry chunk, and of any chunk loaded later. */
const ENTRY_BUDGET_GZIP = 180_000;
const LAZY_CHUNK_BUDGET_GZIP = 140_000;
const TRACE = '0193a000-0000-7000-8000-000000000001';
const id = (n: number) => `0193a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** The README tour's trace: an agent, an LLM call, a tool running a nested agent with its own LLM call. */
const tourBatch = (projectId: string) => ({
  projectId,
  traces: [
    {
      id: TRACE,
      name: 'research',
      sessionId: 'chat-1',
      startTime: '2026-11-22T10:00:00Z',
      endTime: '2026-11-22T10:00:05Z',
      inputs: { question: 'What is Sextant?' },
    },
  ],
  agentCalls: [
    { id: id(2), traceId: TRACE, name: 'planner', startTime: '2026-11-22T10:00:00Z', endTime: '2026-11-22T10:00:05Z' },
    { id: id(5), traceId: TRACE, parentId: id(4), name: 'summarizer', startTime: '2026-11-22T10:00:02.1Z', endTime: '2026-11-22T10:00:03Z' },
  ],
  llmCalls: [
    {
      id: id(3),
      traceId: TRACE,
      parentId: id(2),
      model: 'gpt-4o',
      promptTokens: 1000,
      completionTokens: 200,
      startTime: '2026-11-22T10:00:00.1Z',
      endTime: '2026-11-22T10:00:01Z',
      inputs: { messages: [{ role: 'user', content: 'What is Sextant?' }] },
      outputs: { choices: [{ message: { role: 'assistant', content: 'An observability platform.' } }] },
    },
    {
      id: id(6),
      traceId: TRACE,
      parentId: id(5),
      model: 'claude-3-5-sonnet-20241022',
      promptTokens: 500,
      completionTokens: 100,
      startTime: '2026-11-22T10:00:02.2Z',
      endTime: '2026-11-22T10:00:02.9Z',
    },
  ],
  toolCalls: [{ id: id(4), traceId: TRACE, parentId: id(2), name: 'web_search', startTime: '2026-11-22T10:00:02Z', endTime: '2026-11-22T10:00:04Z' }],
});

describe('web UI in Chromium', () => {
  const h = useBrowserHarness();
  let projectId: string;
  let s: typeof h.s;
  let base: string;

  const keyIds = async (project: string) =>
    (await s.gql(graphql(`query WebUiKeys($p: ID!) { project(id: $p) { apiKeys { id } } }`), { p: project })).data!.project.apiKeys.map((k) => k.id);

  beforeAll(async () => {
    s = h.s;
    base = h.base;
    const p = await s.gql(graphql(`mutation WebUiProject { createProject(input: { name: "tour" }) { id } }`));
    projectId = p.data!.createProject.id;
    await h.ingest(tourBatch(projectId));
  });

  it('serves the app at its routes with cache headers and compression, and leaves other paths alone', async () => {
    for (const route of ['/', '/sign-in', '/projects', `/projects/${projectId}/traces/${TRACE}?span=x`]) {
      const res = await fetch(`${base}${route}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root"></div>');
    }
    const html = await (await fetch(`${base}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect((await fetch(`${base}/assets/missing-abc123.js`)).status).toBe(404);
    expect((await fetch(`${base}/api/traces`)).status).toBe(404);
    expect((await fetch(`${base}/graphqlx`)).status).toBe(404);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('keeps the bundle within its budget: the entry chunk and each lazy chunk, gzipped', async () => {
    const dist = path.join(ROOT, 'apps', 'web', 'dist');
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)![1];
    const gz = async (file: string) => gzipSync(await readFile(path.join(dist, 'assets', file))).length;
    // What a trace link must load before it shows anything: React, the router, urql, TanStack, the list and the trace view.
    expect(await gz(entry)).toBeLessThanOrEqual(ENTRY_BUDGET_GZIP);
    // The chunks loaded on first use (charts, the JSON viewer, settings' dialogs): each within its own budget.
    const lazy = (await readdir(path.join(dist, 'assets'))).filter((f) => f.endsWith('.js') && f !== entry);
    expect(lazy.length).toBeGreaterThanOrEqual(4);
    const oversize: string[] = [];
    for (const file of lazy) if ((await gz(file)) > LAZY_CHUNK_BUDGET_GZIP) oversize.push(`${file}: ${await gz(file)} bytes`);
    expect(oversize).toEqual([]);
  });

  it('answers / with how to build the UI when its build is missing, and still serves the API', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'sextant-no-ui-'));
    const bare = await startTestServer({ WEB_DIST_DIR: empty });
    try {
      const res = await fetch(bare.url.replace(/\/graphql$/, '/projects'));
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('pnpm build:web');
      expect((await bare.gql(graphql(`query WebUiNoBuild { projects(first: 1) { totalCount } }`))).data).toEqual({ projects: { totalCount: 0 } });
    } finally {
      await bare.stop();
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('refuses a wrong key on the sign-in page and signs in with the admin key', async () => {
    const page = await h.newPage();
    await page.goto(`${base}/projects`);
    // Not signed in: sent to sign-in.
    await page.waitForURL(`${base}/sign-in`);
    await page.getByLabel('API key').fill('sx_wrong_key_000000000000000000000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('invalid or revoked');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByLabel('API key').fill(s.adminKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'tour' }).waitFor();
    // Kept across a reload; sign-out forgets it.
    await page.reload();
    await page.getByRole('link', { name: 'tour' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    // A key revoked while it is kept: the next request sends the user back to sign-in.
    const p = await s.project('revoked');
    await page.evaluate((k) => localStorage.setItem('sextant.apiKey', k), p.key);
    await page.goto(`${base}/projects`);
    await page.getByRole('link', { name: 'revoked' }).waitFor();
    await s.gql(graphql(`mutation WebUiRevoke($k: ID!) { revokeApiKey(id: $k) { id } }`), { k: (await keyIds(p.id))[0] });
    await page.reload();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.close();
  });

  it('lists the ingested trace, shows new traces live, and opens one with Enter', async () => {
    const page = await h.signedIn();
    await page.getByRole('link', { name: 'tour' }).click();
    await page.waitForURL(`${base}/projects/${projectId}/traces`);
    const row = page.getByRole('row').filter({ hasText: 'research' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/SUCCESS.*1,800.*\$0\.0075.*claude-3-5-sonnet-20241022, gpt-4o.*chat-1/);

    // Ingested while the list is open: it appears without a reload.
    await h.ingest({ projectId, traces: [{ id: id(100), name: 'live-arrival', startTime: new Date().toISOString() }] });
    await page.getByRole('row').filter({ hasText: 'live-arrival' }).waitFor({ timeout: 5000 });

    // The status filter lives in the URL and applies to the list.
    await page.getByRole('group', { name: 'Status' }).getByLabel('SUCCESS').click();
    await page.waitForURL(/status=SUCCESS/);
    await page.getByRole('row').filter({ hasText: 'live-arrival' }).waitFor({ state: 'detached' });
    // j and k move between rows, Enter opens the focused one.
    await h.ingest({ projectId, traces: [{ id: id(101), name: 'older', startTime: '2026-11-21T10:00:00Z', endTime: '2026-11-21T10:00:01Z' }] });
    await page.reload();
    await page.getByRole('row').filter({ hasText: 'older' }).waitFor();
    await row.focus();
    const focused = (name: string) => page.waitForFunction((n) => document.activeElement?.textContent?.startsWith(n), name, { timeout: 2000 });
    await page.keyboard.press('j');
    await focused('older');
    await page.keyboard.press('k');
    await focused('research');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/projects/${projectId}/traces/${TRACE}`);
    await page.close();
  });

  it('opens a deep link on the tree with the totals, selects a span from ?span=, and places a span ingested meanwhile', async () => {
    const page = await h.signedIn();
    await page.goto(`${base}/projects/${projectId}/traces/${TRACE}?span=${id(3)}`);
    const totals = page.getByRole('region', { name: 'Trace totals' });
    await totals.waitFor();
    await expect(totals.textContent()).resolves.toMatch(/SUCCESS.*5\.00 s.*1,800.*\$0\.0075.*Spans5.*Errors0/);
    const tree = page.getByRole('treegrid', { name: 'Span tree' });
    const names = () => tree.locator('[data-span-id] .span-name').allTextContents();
    await tree.locator(`[data-span-id="${id(6)}"]`).waitFor();
    expect(await names()).toEqual(['planner', 'gpt-4o', 'web_search', 'summarizer', 'claude-3-5-sonnet-20241022']);
    // The selected span's chat, rendered as messages with their roles.
    const panel = page.getByRole('complementary', { name: 'Span details' });
    await expect(panel.locator('.message').allTextContents()).resolves.toEqual(['userWhat is Sextant?', 'assistantAn observability platform.']);

    // A tool call under the planner, starting between gpt-4o and web_search: placed there, live.
    await h.ingest({
      projectId,
      toolCalls: [{ id: id(7), traceId: TRACE, parentId: id(2), name: 'calculator', startTime: '2026-11-22T10:00:01.5Z', endTime: '2026-11-22T10:00:01.6Z' }],
    });
    await tree.locator(`[data-span-id="${id(7)}"]`).waitFor({ timeout: 5000 });
    expect(await names()).toEqual(['planner', 'gpt-4o', 'calculator', 'web_search', 'summarizer', 'claude-3-5-sonnet-20241022']);
    await page.getByText('Spans6').waitFor({ timeout: 5000 });

    await tree.locator(`[data-span-id="${id(7)}"]`).click();
    await page.waitForURL(new RegExp(`span=${id(7)}`));
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('calculator');
    await page.close();
  });
});
