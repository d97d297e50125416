// Experiments in the web UI, in Chromium against a real server with its worker in process (on the
// same database and Redis) and a fake OpenAI: two ingested traces become a dataset from the trace
// view, a prompt gets two versions in the Prompts UI, the LLM endpoint is set in Settings, then one
// experiment per version runs from the dataset page with exact match and the LLM judge, followed
// live to completion; the leaderboard ranks v2 first, the compare of the two shows each example's
// outputs and links to the trace compare of its two runs. A read key sees it all without the controls.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { graphql } from '../gql';
import { useBrowserHarness } from '../support/browser';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const id = (n: number) => `0193e000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const CAPITALS: Record<string, string> = { France: 'Paris', Italy: 'Rome' };

const CreateReadKey = graphql(`
  mutation WebUiExperimentsReadKey($p: ID!) {
    createApiKey(input: { projectId: $p, name: "reader", role: READ }) {
      secret
    }
  }
`);

/** The fake model: v1 says Milan for Italy, v2 is right; the judge (asked for JSON) compares the answer with the reference. */
function reply(body: { messages: unknown[]; response_format?: unknown }) {
  const text = (body.messages as { content: string }[]).map((m) => m.content).join('\n');
  if (body.response_format) {
    const answer = /Answer:\n(.*)/.exec(text)?.[1]?.trim();
    const reference = /"answer": "(.*)"/.exec(text)?.[1];
    const ok = answer === reference;
    return {
      text: JSON.stringify({ score: ok ? 1 : 0, reason: ok ? 'matches the reference' : 'contradicts the reference' }),
      usage: { prompt: 50, completion: 10 },
    };
  }
  const country = /(France|Italy)/.exec(text)?.[1] ?? 'France';
  const answer = text.includes('(v1)') && country === 'Italy' ? 'Milan' : CAPITALS[country];
  return { text: answer, usage: { prompt: 20, completion: 2 } };
}

let fake: FakeOpenAI;
const h = useBrowserHarness({
  RUN_WORKER: 'true',
  REDIS_URL,
  SEXTANT_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sextant-ui-exp-')),
  JOB_BACKOFF_MS: '50',
  METRICS_DELAY_MS: '100',
});
beforeAll(async () => {
  fake = await startFakeOpenAI(reply, { delayMs: 100 });
});
afterAll(async () => {
  await fake?.close();
});

describe('experiments in the web UI', () => {
  let p: { id: string; key: string };
  let datasetUrl = '';

  it('builds a dataset and a prompt, sets the endpoint, runs one experiment per version live, ranks and compares them', async () => {
    p = await h.s.project('ui-experiments');
    await h.ingest({
      projectId: p.id,
      traces: Object.entries(CAPITALS).map(([country, answer], i) => ({
        id: id(i + 1),
        name: `capital-${country.toLowerCase()}`,
        startTime: `2026-11-22T10:0${i}:00Z`,
        endTime: `2026-11-22T10:0${i}:01Z`,
        inputs: { country },
        outputs: { answer },
      })),
    });
    const page = await h.signedIn(p.key);

    // Both traces into a new dataset, from the trace view.
    await page.goto(`${h.base}/projects/${p.id}/traces/${id(1)}`);
    await page.getByRole('heading', { name: 'capital-france' }).waitFor();
    await page.getByRole('button', { name: 'Add to dataset' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add the trace to a dataset' });
    await dialog.getByLabel('New dataset name').fill('capitals');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Added to capitals as version 1' }).waitFor();
    await page.goto(`${h.base}/projects/${p.id}/traces/${id(2)}`);
    await page.getByRole('heading', { name: 'capital-italy' }).waitFor();
    await page.getByRole('button', { name: 'Add to dataset' }).click();
    dialog = page.getByRole('dialog', { name: 'Add the trace to a dataset' });
    await dialog.getByLabel('Dataset', { exact: true }).selectOption({ label: 'capitals' });
    await dialog.getByRole('button', { name: 'Add' }).click();
    await dialog.getByRole('status').filter({ hasText: 'as version 2' }).waitFor();
    await page.keyboard.press('Escape');

    // A prompt with two versions, in the Prompts UI.
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Prompts' }).click();
    const create = page.getByRole('form', { name: 'Create prompt' });
    await create.getByLabel('Name').fill('capital');
    await create.getByRole('button', { name: 'Create prompt' }).click();
    await page.getByRole('heading', { name: 'capital' }).waitFor();
    const form = page.getByRole('form', { name: 'New version' });
    const versions = page.getByRole('table', { name: 'Versions' });
    await form.getByLabel('Role 1').fill('user');
    await form.getByLabel('Content 1').fill('Capital of {{country}}? (v1)');
    await form.getByLabel('Model').fill('gpt-4o-mini');
    await form.getByLabel('Commit message').fill('First');
    await form.getByRole('button', { name: 'Save version' }).click();
    await versions.getByRole('row').filter({ hasText: 'First' }).waitFor();
    await form.getByLabel('Content 1').fill('What is the capital of {{country}}? (v2)');
    await form.getByLabel('Commit message').fill('Second');
    await form.getByRole('button', { name: 'Save version' }).click();
    await versions.getByRole('row').filter({ hasText: 'Second' }).waitFor();

    // The endpoint, in Settings: the key is a password field and never shown back.
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Settings' }).click();
    const endpoint = page.getByRole('region', { name: 'LLM endpoint' });
    await endpoint.getByLabel('Base URL').fill(fake.baseURL);
    await endpoint.getByLabel('API key').fill('sk-fake-ui-key-9876');
    await expect(endpoint.getByLabel('API key').getAttribute('type')).resolves.toBe('password');
    await endpoint.getByLabel('Default model').fill('gpt-4o-mini');
    await endpoint.getByRole('button', { name: 'Save LLM endpoint' }).click();
    await endpoint.getByRole('status').filter({ hasText: 'LLM endpoint saved' }).waitFor();
    await endpoint.getByText('key set, ends in …9876').waitFor();
    await expect(endpoint.getByLabel('API key').inputValue()).resolves.toBe('');

    // One experiment per version, from the dataset page.
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Datasets' }).click();
    await page.getByRole('link', { name: 'capitals' }).click();
    await page.getByRole('heading', { name: 'capitals' }).waitFor();
    datasetUrl = page.url();
    await page.getByText('No experiment on this dataset yet.').waitFor();
    for (const v of ['v1', 'v2']) {
      await page.getByRole('button', { name: 'New experiment' }).click();
      const d = page.getByRole('dialog', { name: 'New experiment' });
      await d.getByLabel('Name (optional)').fill(`run-${v}`);
      await d.getByLabel('Prompt', { exact: true }).selectOption({ label: 'capital' });
      await d.getByLabel('Version or label').selectOption({ label: `${v} (gpt-4o-mini)` });
      await d.getByRole('checkbox', { name: 'Exact match' }).check();
      await d.getByRole('checkbox', { name: 'LLM judge' }).check();
      await d.getByRole('radio', { name: 'Built-in correctness' }).waitFor();
      await d.getByRole('button', { name: 'Run experiment' }).click();
      await d.waitFor({ state: 'detached' });
    }
    const list = page.getByRole('table', { name: 'Experiments' });
    for (const v of ['v1', 'v2']) {
      const row = list.getByRole('row').filter({ hasText: `run-${v}` });
      await row.getByTestId('experiment-status').filter({ hasText: 'completed' }).waitFor({ timeout: 30_000 });
      await expect(row.getByRole('progressbar').getAttribute('aria-valuetext')).resolves.toBe('2 of 2 runs');
      await expect(row.textContent()).resolves.toContain('capital v');
    }

    // The leaderboard: v2 (right on both) above v1 (wrong on Italy).
    const board = page.getByRole('table', { name: 'Leaderboard' });
    await board.getByRole('row').nth(2).waitFor();
    const ranked = board.locator('tbody tr');
    await ranked.first().filter({ hasText: 'run-v2' }).waitFor();
    await expect(ranked.nth(1).textContent()).resolves.toContain('run-v1');
    await board
      .getByRole('img', { name: /exact_match distribution over 2 runs/ })
      .first()
      .waitFor();
    await page.getByLabel('Rank by').selectOption('exact_match');
    await ranked.first().filter({ hasText: 'run-v2' }).waitFor();

    // Compare the two experiments, then the two runs' traces of Italy.
    await page.getByRole('link', { name: 'Compare experiments' }).click();
    await page.getByRole('heading', { name: 'Compare experiments' }).waitFor();
    const summary = page.getByRole('table', { name: 'Score summary' });
    await summary.getByRole('row').filter({ hasText: 'exact_match' }).filter({ hasText: '+0.50' }).waitFor();
    const italy = page.getByRole('table', { name: 'Examples compared' }).getByRole('row').filter({ hasText: 'Italy' });
    await expect(italy.getByLabel(/^Output A/).textContent()).resolves.toBe('Milan');
    await expect(italy.getByLabel(/^Output B/).textContent()).resolves.toBe('Rome');
    await italy.locator('.delta-better').first().waitFor();
    await italy.getByRole('link', { name: /Compare the traces/ }).click();
    await page.waitForURL(/\/compare\?a=.+&b=.+/);
    await page.locator('.trace-compare[data-ready="true"]').waitFor();
    const rows = page.getByRole('grid', { name: 'Aligned spans' }).locator('[role="rowgroup"] [role="row"]');
    await rows.nth(1).waitFor();
    const paths = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.path));
    expect(paths.length).toBeGreaterThanOrEqual(2);
    expect(paths.some((x) => x?.includes('gpt-4o-mini'))).toBe(true);

    // The experiment page: its summary and runs with the scores, each linking to its trace.
    await page.goto(datasetUrl);
    await page.getByRole('table', { name: 'Experiments' }).getByRole('link', { name: 'run-v1' }).click();
    await page.getByRole('heading', { name: 'run-v1' }).waitFor();
    const runs = page.getByRole('table', { name: 'Runs' });
    const milan = runs.getByRole('row').filter({ hasText: 'Milan' });
    await milan.getByText('exact_match: 0.00').waitFor();
    await milan.getByRole('link', { name: 'Trace' }).waitFor();
    await page.getByRole('region', { name: 'Summary' }).getByRole('heading', { name: 'correctness' }).waitFor();
  });

  it('shows a read key the experiments and leaderboard, but no New experiment button and no endpoint form', async () => {
    const r = await h.s.gql(CreateReadKey, { p: p.id }, p.key);
    expect(r.errors).toBeUndefined();
    const page = await h.signedIn(r.data!.createApiKey.secret);
    await page.goto(datasetUrl);
    await page.getByRole('heading', { name: 'capitals' }).waitFor();
    await page.getByRole('table', { name: 'Experiments' }).getByRole('row').filter({ hasText: 'run-v2' }).waitFor();
    await page.getByRole('table', { name: 'Leaderboard' }).waitFor();
    expect(await page.getByRole('button', { name: 'New experiment' }).count()).toBe(0);

    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Settings' }).click();
    const endpoint = page.getByRole('region', { name: 'LLM endpoint' });
    await endpoint.getByText(fake.baseURL).waitFor();
    await endpoint.getByText('key set, ends in …9876').waitFor();
    expect(await endpoint.getByRole('button', { name: 'Save LLM endpoint' }).count()).toBe(0);
    expect(await endpoint.getByLabel('API key').count()).toBe(0);
  });
});
