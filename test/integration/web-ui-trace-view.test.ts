// The trace view in a real browser (Debian's Chromium driven by playwright-core) against a real server
// and Postgres: the waterfall's bars follow the span times, subtrees fold, search finds a span by a word
// of its input and selects it, the span panel shows tokens, tool arguments, an error's stack and JSON,
// and a 10,000-span trace opens and scrolls to its last span.
import type { Page } from 'playwright-core';
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { useBrowserHarness } from '../support/browser';

const id = (trace: number, n: number) => `0193c000-0000-7000-8${String(trace).padStart(3, '0')}-${String(n).padStart(12, '0')}`;
const TRACE = id(1, 0);
const at = (s: number) => new Date(Date.UTC(2026, 10, 22, 10) + s * 1000).toISOString();

const PLANNER = id(1, 1);
const GPT = id(1, 2);
const FLIGHTS = id(1, 3);
const RANKER = id(1, 4);
const CLAUDE = id(1, 5);
const HOTELS = id(1, 6);

// planner (0–10 s) ─┬─ gpt-4o (0.5–2.5 s)
//                   ├─ flight_search (3–6 s) ── ranker (3.5–5.5 s) ── claude (4–5 s)
//                   └─ hotel_search (6–8 s, fails)
const tripBatch = (projectId: string): IngestBatchInput => ({
  projectId,
  traces: [{ id: TRACE, name: 'trip', userId: 'ada', sessionId: 'chat-7', tags: ['travel'], startTime: at(0), endTime: at(10) }],
  agentCalls: [
    { id: PLANNER, traceId: TRACE, name: 'planner', startTime: at(0), endTime: at(10) },
    { id: RANKER, traceId: TRACE, parentId: FLIGHTS, name: 'ranker', startTime: at(3.5), endTime: at(5.5) },
  ],
  llmCalls: [
    {
      id: GPT,
      traceId: TRACE,
      parentId: PLANNER,
      model: 'gpt-4o',
      provider: 'openai',
      startTime: at(0.5),
      endTime: at(2.5),
      firstTokenTime: at(0.9),
      promptTokens: 1200,
      cacheReadTokens: 400,
      cacheCreationTokens: 100,
      completionTokens: 300,
      reasoningTokens: 120,
      promptCost: 0.003,
      completionCost: 0.0045,
      temperature: 0.2,
      invocationParams: { temperature: 0.2, seed: 7 },
      inputs: {
        messages: [
          { role: 'system', content: 'You plan trips.' },
          { role: 'user', content: 'Flights to Reykjavik for Christmas' },
        ],
      },
      outputs: {
        choices: [
          {
            message: {
              role: 'assistant',
              content: null,
              tool_calls: [
                { id: 'call_1', type: 'function', function: { name: 'flight_search', arguments: '{"destination":"Reykjavik","date":"2026-12-24"}' } },
              ],
            },
          },
        ],
      },
    },
    {
      id: CLAUDE,
      traceId: TRACE,
      parentId: RANKER,
      model: 'claude-3-5-sonnet-20241022',
      startTime: at(4),
      endTime: at(5),
      promptTokens: 50,
      completionTokens: 5,
    },
  ],
  toolCalls: [
    {
      id: FLIGHTS,
      traceId: TRACE,
      parentId: PLANNER,
      llmCallId: GPT,
      name: 'flight_search',
      startTime: at(3),
      endTime: at(6),
      inputs: { destination: 'Reykjavik', date: '2026-12-24', note: 'no overnight layover' },
      outputs: { flights: [{ number: 'FI 450', price: 320 }] },
    },
    {
      id: HOTELS,
      traceId: TRACE,
      parentId: PLANNER,
      name: 'hotel_search',
      startTime: at(6),
      endTime: at(8),
      error: 'Timeout after 2 s',
      errorType: 'TimeoutError',
    },
  ],
  errors: [
    {
      traceId: TRACE,
      toolCallId: HOTELS,
      errorType: 'TimeoutError',
      errorMessage: 'Timeout after 2 s',
      stackTrace: 'TimeoutError: Timeout after 2 s\n    at search (hotels.py:42)\n    at run (agent.py:7)',
      timestamp: at(8),
    },
  ],
  metrics: [{ traceId: TRACE, spanId: GPT, name: 'helpfulness', score: 0.8, reason: 'found flights' }],
});

const BIG = id(2, 0);
const BIG_SPANS = 10_000;

/** A 10,000-span trace: a root agent, 99 agents under it, 100 tool calls under each. */
function bigTraceBatches(projectId: string): IngestBatchInput[] {
  const agentCalls: NonNullable<IngestBatchInput['agentCalls']> = [{ id: id(2, 1), traceId: BIG, name: 'root', startTime: at(0), endTime: at(1000) }];
  const toolCalls: NonNullable<IngestBatchInput['toolCalls']> = [];
  let n = 2;
  for (let a = 0; a < 99; a++) {
    const agent = id(2, n++);
    agentCalls.push({ id: agent, traceId: BIG, parentId: id(2, 1), name: `agent-${a}`, startTime: at(a * 10), endTime: at(a * 10 + 10) });
    for (let t = 0; t < 100 && n <= BIG_SPANS; t++) {
      toolCalls.push({
        id: id(2, n++),
        traceId: BIG,
        parentId: agent,
        name: `tool-${a}-${t}`,
        startTime: at(a * 10 + t * 0.1),
        endTime: at(a * 10 + t * 0.1 + 0.05),
      });
    }
  }
  const batches: IngestBatchInput[] = [{ projectId, traces: [{ id: BIG, name: 'big', startTime: at(0), endTime: at(1000) }], agentCalls }];
  for (let i = 0; i < toolCalls.length; i += 2500) batches.push({ projectId, toolCalls: toolCalls.slice(i, i + 2500) });
  return batches;
}

describe('trace view in Chromium', () => {
  const h = useBrowserHarness();
  let projectId: string;
  let url: (trace: string, span?: string) => string;

  beforeAll(async () => {
    const p = await h.s.gql(graphql(`mutation WebTraceViewProject { createProject(input: { name: "trace-view" }) { id } }`));
    projectId = p.data!.createProject.id;
    url = (trace, span) => `${h.base}/projects/${projectId}/traces/${trace}${span ? `?span=${span}` : ''}`;
    await h.ingest(tripBatch(projectId));
  });

  const open = async (trace: string, span?: string) => {
    const page = await h.signedIn();
    await page.goto(url(trace, span));
    await page.locator('.trace-view[data-ready="true"]').waitFor();
    return page;
  };
  const row = (page: Page, spanId: string) => page.locator(`[role="treegrid"] [data-span-id="${spanId}"]`);
  /** Waits for the row of a span to be the selected one, and for the URL to say so. */
  const selected = async (page: Page, spanId: string) => {
    await page.locator(`[role="treegrid"] [data-span-id="${spanId}"][aria-selected="true"]`).waitFor();
    expect(new URL(page.url()).searchParams.get('span')).toBe(spanId);
  };
  const panel = (page: Page) => page.getByRole('complementary', { name: 'Span details' });

  it('draws each span as a bar on the trace’s time axis, under ticks of round offsets', async () => {
    const page = await open(TRACE);
    await expect(page.getByRole('region', { name: 'Trace totals' }).textContent()).resolves.toMatch(
      /ERROR.*10\.00 s.*1,555.*Spans6.*LLM calls2.*Tool calls2.*Errors1.*Userada.*Sessionchat-7/,
    );
    await expect(page.getByRole('link', { name: 'chat-7' }).getAttribute('href')).resolves.toBe(`/projects/${projectId}/sessions/chat-7`);
    await expect(page.locator('.axis .tick').allTextContents()).resolves.toEqual(['0', '2 s', '4 s', '6 s', '8 s', '10 s']);

    // Where each bar sits within its track, as fractions of the track's width.
    const place = (spanId: string) =>
      row(page, spanId)
        .locator('.bar')
        .evaluate((bar) => {
          const track = bar.parentElement!.getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          return [(b.left - track.left) / track.width, b.width / track.width];
        });
    const expectPlace = async (spanId: string, left: number, width: number) => {
      const [l, w] = await place(spanId);
      expect(l).toBeCloseTo(left, 2);
      expect(w).toBeCloseTo(width, 2);
    };
    await expectPlace(PLANNER, 0, 1);
    await expectPlace(GPT, 0.05, 0.2);
    await expectPlace(FLIGHTS, 0.3, 0.3);
    await expectPlace(CLAUDE, 0.4, 0.1);
    await expectPlace(HOTELS, 0.6, 0.2);
    await expect(row(page, HOTELS).locator('.bar').getAttribute('class')).resolves.toContain('bar-error');
    await page.close();
  });

  it('folds a subtree with its chevron or the arrow keys, and moves the selection with j/k and the arrows', async () => {
    const page = await open(TRACE);
    await page.getByRole('button', { name: 'Collapse flight_search' }).click();
    await row(page, RANKER).waitFor({ state: 'detached' });
    expect(await row(page, CLAUDE).count()).toBe(0);
    await expect(row(page, FLIGHTS).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(row(page, HOTELS).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Expand flight_search' }).click();
    await row(page, CLAUDE).waitFor();

    // Keyboard: from the planner down the tree; Left folds, Right unfolds, Left on a leaf goes to its parent.
    await row(page, PLANNER).click();
    await selected(page, PLANNER);
    await page.keyboard.press('j');
    await selected(page, GPT);
    await page.keyboard.press('ArrowDown');
    await selected(page, FLIGHTS);
    await page.keyboard.press('ArrowLeft');
    await row(page, RANKER).waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowRight');
    await row(page, RANKER).waitFor();
    await page.keyboard.press('ArrowRight');
    await selected(page, RANKER);
    await page.keyboard.press('k');
    await selected(page, FLIGHTS);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-span-id'))).resolves.toBe(FLIGHTS);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await selected(page, PLANNER);
    await page.close();
  });

  it('finds a span by a word of its input, unfolding its ancestors, and steps through the matches', async () => {
    const page = await open(TRACE);
    await page.getByRole('button', { name: 'Collapse planner' }).click();
    await row(page, FLIGHTS).waitFor({ state: 'detached' });
    const search = page.getByRole('searchbox', { name: 'Search spans' });
    await search.fill('layover');
    await page.getByText('1 match').waitFor();
    await search.press('Enter');
    await selected(page, FLIGHTS);
    await expect(panel(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe('flight_search');

    // "Reykjavik" is in the LLM call's prompt and the tool's arguments: Enter goes forward, Shift+Enter back.
    await search.fill('reykjavik');
    await page.getByText('2 matches').waitFor();
    await search.press('Enter');
    await selected(page, GPT);
    await search.press('Enter');
    await selected(page, FLIGHTS);
    await page.getByText('2 of 2 matches').waitFor();
    await search.press('Shift+Enter');
    await selected(page, GPT);
    // Only the matches, with their ancestors.
    await page.getByLabel('Only matches').check();
    await row(page, HOTELS).waitFor({ state: 'detached' });
    await expect(page.locator('[role="treegrid"] [data-span-id] .span-name').allTextContents()).resolves.toEqual(['planner', 'gpt-4o', 'flight_search']);
    await page.close();
  });

  it('shows an LLM call’s chat, token breakdown, parameters and metrics, a tool’s arguments, an error’s stack, and JSON', async () => {
    const page = await open(TRACE, GPT);
    const p = panel(page);
    await expect(p.locator('.message .role').allTextContents()).resolves.toEqual(['system', 'user', 'assistant']);
    await expect(p.locator('.tool-call').textContent()).resolves.toMatch(/flight_search.*call_1.*"destination": "Reykjavik"/s);
    const tokens = p.getByRole('table', { name: 'Token breakdown' });
    await expect(tokens.locator('tbody tr').allInnerTexts()).resolves.toEqual([
      'Prompt\t1,200\t$0.003',
      'cache read\t400\t',
      'cache write\t100\t',
      'Completion\t300\t$0.0045',
      'reasoning\t120\t',
      'Total\t1,500\t$0.0075',
    ]);
    await expect(p.locator('.facts').first().textContent()).resolves.toMatch(
      /Starts at\+500 ms.*Duration2\.00 s.*Time to first token400 ms.*Modelopenai \/ gpt-4o/,
    );
    await p.getByRole('tab', { name: 'Parameters' }).click();
    await expect(p.getByRole('tabpanel').textContent()).resolves.toMatch(/temperature0\.2/);
    await expect(p.locator('.cm-content').textContent()).resolves.toContain('"seed": 7');
    await p.getByRole('tab', { name: 'Metrics (1)' }).click();
    await expect(p.getByRole('table', { name: 'Span metrics' }).locator('tbody').innerText()).resolves.toMatch(/helpfulness\s+0\.8\s+–\s+found flights/);

    // The JSON toggle: the raw input in a read-only CodeMirror view.
    await p.getByRole('tab', { name: 'Input & output' }).click();
    await p.getByRole('checkbox', { name: 'JSON' }).check();
    await expect(p.locator('.payload[aria-label="Input"] .cm-content').textContent()).resolves.toContain('"content": "Flights to Reykjavik for Christmas"');
    await expect(p.locator('.payload[aria-label="Input"] .cm-content').getAttribute('aria-readonly')).resolves.toBe('true');
    await p.getByRole('checkbox', { name: 'JSON' }).uncheck();

    // The tool call: its arguments and result, and the LLM call that asked for it.
    await row(page, FLIGHTS).click();
    // Postgres' jsonb keeps keys in its own order, hence one match per argument.
    const args = await p.getByRole('region', { name: 'Arguments' }).innerText();
    expect(args).toMatch(/destination\s+Reykjavik/);
    expect(args).toMatch(/date\s+2026-12-24/);
    await expect(p.getByRole('region', { name: 'Result' }).textContent()).resolves.toContain('FI 450');
    await p.getByRole('button', { name: 'gpt-4o' }).click();
    await selected(page, GPT);

    // The failed tool call: its error with the stack its error record carries.
    await row(page, HOTELS).click();
    const error = p.getByRole('region', { name: 'Error' });
    await expect(error.textContent()).resolves.toMatch(/TimeoutError.*Timeout after 2 s.*at search \(hotels\.py:42\)/s);
    await page.close();
  });

  it('grows the bar of a running span with the clock, and updates the header as spans arrive', async () => {
    const live = id(3, 0);
    const start = new Date(Date.now() - 2000).toISOString();
    await h.ingest({
      projectId,
      traces: [{ id: live, name: 'live', startTime: start }],
      agentCalls: [{ id: id(3, 1), traceId: live, name: 'agent', startTime: start }],
    });
    const page = await open(live);
    const bar = row(page, id(3, 1)).locator('.bar');
    await expect(bar.getAttribute('class')).resolves.toContain('bar-running');
    // The axis runs to now, and the running bar with it: it fills its track.
    const fill = () => bar.evaluate((b) => b.getBoundingClientRect().width / b.parentElement!.getBoundingClientRect().width);
    expect(await fill()).toBeGreaterThan(0.95);
    await h.ingest({
      projectId,
      llmCalls: [
        { id: id(3, 2), traceId: live, parentId: id(3, 1), model: 'gpt-4o', startTime: new Date().toISOString(), promptTokens: 10, completionTokens: 2 },
      ],
    });
    await row(page, id(3, 2)).waitFor({ timeout: 5000 });
    await page.getByText('Spans2').waitFor({ timeout: 5000 });
    await page.getByText('Tokens12').waitFor({ timeout: 5000 });
    // A second later the new call's bar has grown: its width follows the clock.
    const callBar = row(page, id(3, 2)).locator('.bar');
    const before = await callBar.evaluate((b) => b.getBoundingClientRect().width);
    await page.waitForTimeout(1500);
    expect(await callBar.evaluate((b) => b.getBoundingClientRect().width)).toBeGreaterThan(before);
    await page.close();
  });

  it('opens a 10,000-span trace, keeps the DOM small, and scrolls page by page to its last span', async () => {
    for (const batch of bigTraceBatches(projectId)) await h.ingest(batch);
    const page = await open(BIG);
    await expect(page.getByRole('region', { name: 'Trace totals' }).textContent()).resolves.toMatch(/Spans10000/);
    const body = page.locator('[role="treegrid"] .grid-body');
    const last = row(page, id(2, BIG_SPANS));
    // Scroll to the bottom until the pages are all in and the last span is drawn.
    for (let i = 0; i < 60 && !(await last.count()); i++) {
      await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(150);
    }
    await last.waitFor();
    await expect(last.locator('.span-name').textContent()).resolves.toBe('tool-98-99');
    expect(await page.locator('[role="treegrid"] [data-span-id]').count()).toBeLessThan(120);
    await expect(page.locator('[role="treegrid"]').getAttribute('aria-rowcount')).resolves.toBe(String(BIG_SPANS));
    await page.close();
  });

  it('searches the loaded spans of a big trace, says so, and loads the rest on demand', async () => {
    const page = await open(BIG);
    const search = page.getByRole('searchbox', { name: 'Search spans' });
    await search.fill('tool-98-99');
    await page.getByText('No match in the 500 loaded spans of 10,000').waitFor();
    await page.getByRole('button', { name: 'Load all spans' }).click();
    await page.getByText('1 match').waitFor({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Load all spans' }).count()).resolves.toBe(0);
    await search.press('Enter');
    await selected(page, id(2, BIG_SPANS));
    await expect(row(page, id(2, BIG_SPANS)).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('opens a deep link to a span of a page not loaded yet: pages load until it comes, then it is shown', async () => {
    const page = await open(BIG, id(2, 9000));
    // Up to ten pages arrive one after another; on a loaded CI machine that can outlast the default wait.
    await panel(page).getByRole('heading', { level: 2, name: 'tool-89-8' }).waitFor({ timeout: 30_000 });
    await expect(panel(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe('tool-89-8');
    await selected(page, id(2, 9000));
    await expect(row(page, id(2, 9000)).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
