// The Sessions and Dashboard pages in a real browser (Debian's Chromium driven by playwright-core)
// against a real server and Postgres: a session's figures in the list, its playback as chat turns in
// order with a turn ingested meanwhile appearing live, and a dashboard that draws its cards and charts,
// follows ingest without a reload and keeps its range in the URL.
import type { Page } from 'playwright-core';
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { useBrowserHarness } from '../support/browser';

const uuid = (group: number, n: number) => `0193b${String(group).padStart(3, '0')}-0000-7000-8000-${String(n).padStart(12, '0')}`;
// Times before the suite's start, fixed once so the figures derived from them (durations) are exact.
const T0 = Date.now();
const at = (msAgo: number) => new Date(T0 - msAgo).toISOString();
const MIN = 60_000;

/** One trace of a session with one gpt-4o call (1,000 prompt and 200 completion tokens) under it. */
function turn(
  projectId: string,
  n: number,
  t: { session: string; user?: string; start: string; inputs?: unknown; outputs?: unknown; error?: string },
): IngestBatchInput {
  const id = uuid(1, n);
  const end = new Date(Date.parse(t.start) + 2000).toISOString();
  return {
    projectId,
    traces: [
      {
        id,
        name: `turn-${n}`,
        sessionId: t.session,
        userId: t.user ?? 'alice',
        startTime: t.start,
        endTime: end,
        inputs: t.inputs,
        outputs: t.outputs,
        ...(t.error ? { status: 'ERROR', errorFlag: true, errorMessage: t.error } : {}),
      },
    ],
    llmCalls: [{ id: uuid(2, n), traceId: id, model: 'gpt-4o', promptTokens: 1000, completionTokens: 200, startTime: t.start, endTime: end }],
  };
}

describe('web UI sessions and dashboard in Chromium', () => {
  const h = useBrowserHarness();
  let projectId: string;

  beforeAll(async () => {
    const p = await h.s.gql(graphql(`mutation WebSdProject { createProject(input: { name: "sessions-and-dashboard" }) { id } }`));
    projectId = p.data!.createProject.id;
    await h.ingest(
      turn(projectId, 1, {
        session: 'chat-a',
        start: at(90 * MIN),
        inputs: { question: 'What is Sextant?' },
        outputs: { answer: 'An observability platform.' },
      }),
    );
    await h.ingest(
      turn(projectId, 2, {
        session: 'chat-a',
        user: 'bob',
        start: at(30 * MIN),
        inputs: {
          messages: [
            { role: 'system', content: 'Be brief.' },
            { role: 'user', content: 'Is it live?' },
          ],
        },
        outputs: { choices: [{ message: { role: 'assistant', content: 'Yes, through subscriptions.' } }] },
      }),
    );
    await h.ingest(turn(projectId, 3, { session: 'chat-b', start: at(20 * MIN), inputs: 'Break please', error: 'tool crashed' }));
  });

  const cost = async () =>
    (await h.s.gql(graphql(`query WebSdCost($p: ID!) { project(id: $p) { stats { totalCost } } }`), { p: projectId })).data!.project.stats.totalCost;

  it('lists sessions with their figures, keeps them live, and opens one', async () => {
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${projectId}/sessions`);
    const row = (id: string) => page.locator(`[role="row"][data-session-id="${id}"]`);
    await row('chat-a').waitFor();
    const cells = async (id: string) => row(id).getByRole('cell').allTextContents();
    // id, users, traces, start, last activity, duration (first start to last end), tokens, cost, errors.
    const a = await cells('chat-a');
    expect([a[0], a[1], a[2], a[5], a[6], a[7], a[8]]).toEqual(['chat-a', 'alice, bob', '2', '1 h 0 m', '2,400', '$0.009', '–']);
    expect((await cells('chat-b'))[8]).toBe('error');
    // Most recently active first.
    expect(await page.locator('[role="row"][data-session-id]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-session-id')))).toEqual([
      'chat-b',
      'chat-a',
    ]);

    // A new session and a new turn of chat-a, ingested while the list is open.
    await h.ingest(turn(projectId, 4, { session: 'chat-new', start: at(5 * MIN), inputs: 'hello' }));
    await row('chat-new').waitFor({ timeout: 5000 });
    await h.ingest(turn(projectId, 5, { session: 'chat-a', start: at(2 * MIN), inputs: 'again' }));
    await page.waitForFunction(() => document.querySelector('[data-session-id="chat-a"] [role="cell"]:nth-child(3)')?.textContent === '3', null, {
      timeout: 5000,
    });
    expect(await page.locator('[role="row"][data-session-id]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-session-id')))).toEqual([
      'chat-a',
      'chat-new',
      'chat-b',
    ]);

    await row('chat-b').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${h.base}/projects/${projectId}/sessions/chat-b`);
    await page.getByText('tool crashed').waitFor();
    await page.close();
  });

  it('plays a session back as chat turns in order, adds a turn ingested meanwhile, and expands a turn to its spans', async () => {
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${projectId}/sessions/chat-a`);
    const log = page.getByRole('log', { name: 'Session playback' });
    await log.getByRole('article').nth(2).waitFor();
    const said = () => log.locator('.bubble .said').allTextContents();
    expect(await said()).toEqual(['What is Sextant?', 'An observability platform.', 'Is it live?', 'Yes, through subscriptions.', 'again', '(no output)']);
    const totals = page.getByRole('region', { name: 'Session totals' });
    await expect(totals.textContent()).resolves.toMatch(/Usersalice, bob.*Traces3.*Tokens3,600.*Cost\$0\.0135.*Errorsnone/);

    // A turn of the session ingested while the page is open: placed last, live, and the totals follow.
    await h.ingest(turn(projectId, 6, { session: 'chat-a', user: 'alice', start: at(1 * MIN), inputs: 'And sessions?', outputs: { output: 'Those too.' } }));
    await log.getByRole('article').nth(3).waitFor({ timeout: 5000 });
    expect((await said()).slice(-2)).toEqual(['And sessions?', 'Those too.']);
    await totals.getByText('Traces4').waitFor({ timeout: 5000 });
    // A trace of another session does not join.
    await h.ingest(turn(projectId, 7, { session: 'chat-other', start: at(0.5 * MIN), inputs: 'elsewhere' }));

    const first = log.getByRole('article', { name: 'Turn 1' });
    expect(await first.getByRole('link', { name: 'open trace' }).getAttribute('href')).toBe(`/projects/${projectId}/traces/${uuid(1, 1)}`);
    await first.getByRole('button', { name: 'Show spans' }).click();
    await expect(first.getByRole('list', { name: 'Spans' }).textContent()).resolves.toMatch(/llm.*gpt-4o.*SUCCESS.*1,200 tokens/);
    await expect(first.getByRole('button', { name: 'Hide spans' }).getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await log.getByRole('article').count()).toBe(4);
    await page.close();
  });

  it('pages through a long session as the reader scrolls', async () => {
    const long = await h.s.project('long-session');
    const traces = Array.from({ length: 120 }, (_, i) => ({
      id: uuid(5, i),
      sessionId: 'long',
      startTime: new Date(T0 - 3 * 86_400_000 + i * MIN).toISOString(),
      inputs: `question ${i + 1}`,
      outputs: `answer ${i + 1}`,
    }));
    await h.ingest({ projectId: long.id, traces });
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${long.id}/sessions/long`);
    const log = page.getByRole('log', { name: 'Session playback' });
    await log.getByRole('article', { name: 'Turn 1', exact: true }).waitFor();
    // Virtualised: only the turns near the view are in the page.
    expect(await log.getByRole('article').count()).toBeLessThan(30);
    // The keyboard scrolls the log; each page of 50 loads as its end comes into view.
    await log.focus();
    const last = log.getByRole('article', { name: 'Turn 120', exact: true });
    for (let i = 0; i < 40 && !(await last.count()); i++) {
      await page.keyboard.press('End');
      await page.waitForTimeout(100);
    }
    await expect(last.locator('.bubble .said').allTextContents()).resolves.toEqual(['question 120', 'answer 120']);
    await page.close();
  });

  const card = (page: Page, label: string) => page.getByRole('group', { name: label }).locator('.card-value');
  const CHARTS = ['Trace volume', 'Error rate', 'Latency', 'Tokens', 'Cost', 'By model'];

  it('draws the dashboard, follows ingest without a reload, and keeps the range in the URL', async () => {
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${projectId}/dashboard?range=24h`);
    await page.getByRole('group', { name: 'Traces' }).waitFor();
    await expect(card(page, 'Traces').textContent()).resolves.toBe('7');
    const total = await cost();
    expect(total).toBeCloseTo(7 * 0.0045, 10);
    await expect(card(page, 'Cost').textContent()).resolves.toBe('$0.0315');
    await expect(card(page, 'Spans').textContent()).resolves.toBe('7');
    await expect(card(page, 'Error rate').textContent()).resolves.toBe('14.3%');
    // Every chart drew marks: bars, or a line or area path.
    for (const name of CHARTS) {
      const chart = page.getByRole('figure', { name });
      const marks = chart.locator('svg .recharts-bar-rectangle path, svg path.recharts-line-curve, svg path.recharts-area-area');
      await marks.first().waitFor({ state: 'attached' });
      expect(await marks.first().getAttribute('d')).toMatch(/^M/);
    }

    // Ingested while the dashboard is open: the count moves without a reload.
    await h.ingest(turn(projectId, 8, { session: 'chat-c', start: at(3 * MIN), inputs: 'one more' }));
    await page.waitForFunction(() => document.querySelector('[aria-label="Traces"] .card-value')?.textContent === '8', null, { timeout: 8000 });
    await page.getByText(/^Updated at /).waitFor();

    // The range lives in the URL: a narrower one counts fewer traces, and a reload keeps it.
    await page.getByLabel('Time range').selectOption('1h');
    await page.waitForURL(/range=1h/);
    await page.waitForFunction(() => document.querySelector('[aria-label="Traces"] .card-value')?.textContent === '7', null, { timeout: 5000 });
    await page.reload();
    await expect(page.getByLabel('Time range').inputValue()).resolves.toBe('1h');
    await page.waitForFunction(() => document.querySelector('[aria-label="Traces"] .card-value')?.textContent === '7');

    // A custom range: from and to in the URL, applied together.
    await page.getByLabel('Time range').selectOption('custom');
    await page.waitForURL(/range=custom&from=.*&to=/);
    const from = new Date(Date.now() - 40 * MIN);
    const local = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * MIN).toISOString().slice(0, 16);
    await page.getByLabel('From', { exact: true }).fill(local(from));
    await page.getByLabel('To', { exact: true }).fill(local(new Date(Date.now() + 5 * MIN)));
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((u) => u.searchParams.get('from') === new Date(local(from)).toISOString());
    // Started within the last 40 minutes: every turn but the first, 90 minutes ago.
    await page.waitForFunction(() => document.querySelector('[aria-label="Traces"] .card-value')?.textContent === '7', null, { timeout: 5000 });
    await page.close();
  });
});
