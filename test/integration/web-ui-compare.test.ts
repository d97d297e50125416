// The compare page in a real browser against a real server and Postgres: two runs of one agent, their
// counts, aligned rows with "only in B", the LLM call's difference badges and token delta, both outputs
// of the selected pair, and the trace view's "Compare…" link to the form with A filled in.
import { graphql } from '../gql';
import { useBrowserHarness } from '../support/browser';
import { researchRun } from '../support/research-run';

describe('compare page in Chromium', () => {
  const h = useBrowserHarness();
  let projectId: string;
  let one: ReturnType<typeof researchRun>;
  let two: ReturnType<typeof researchRun>;

  beforeAll(async () => {
    const p = await h.s.gql(graphql(`mutation WebCompareProject { createProject(input: { name: "web-compare" }) { id } }`));
    projectId = p.data!.createProject.id;
    one = researchRun(projectId, { answer: 'Paris', tokens: 100, query: 'capital', secondSearch: false, ms: 1000 });
    two = researchRun(projectId, { answer: 'Paris, France', tokens: 150, query: 'capital', secondSearch: true, ms: 1600 });
    await h.ingest(one.batch);
    await h.ingest(two.batch);
  });

  it('shows the counts, the aligned rows, the LLM call’s differences and both outputs of the selected pair', async () => {
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${projectId}/compare?a=${one.trace}&b=${two.trace}`);
    await page.locator('.trace-compare[data-ready="true"]').waitFor();
    await expect(page.locator('.compare-counts').textContent()).resolves.toBe('Matched3Changed1Only in A0Only in B1');
    await expect(page.getByRole('region', { name: 'Trace A' }).getByRole('link', { name: 'research' }).getAttribute('href')).resolves.toBe(
      `/projects/${projectId}/traces/${one.trace}`,
    );

    const grid = page.getByRole('grid', { name: 'Aligned spans' });
    const rows = grid.locator('[role="rowgroup"] [role="row"]');
    await expect(rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.path))).resolves.toEqual([
      'agent:planner',
      'agent:planner > llm:gpt-4o',
      'agent:planner > tool:search',
      'agent:planner > tool:search',
    ]);
    await expect(rows.nth(3).locator('.cell-path').textContent()).resolves.toBe('tool:searchonly in B');
    await expect(rows.nth(2).locator('.presence').count()).resolves.toBe(0);

    const llm = rows.nth(1);
    await expect(llm.locator('.badge').allTextContents()).resolves.toEqual(['outputs', 'promptTokens', 'totalTokens', 'totalCost']);
    await expect(llm.locator('.cell-d-tokens').textContent()).resolves.toBe('+50');
    await expect(rows.nth(0).locator('.cell-d-duration').textContent()).resolves.toBe('+600 ms');

    // Click the planner, then j to the LLM call: its outputs side by side, marked as differing.
    await rows.nth(0).click();
    await page.keyboard.press('j');
    await grid.locator('[data-index="1"][aria-selected="true"]').waitFor();
    const detail = page.getByRole('region', { name: 'Selected pair' });
    await expect(detail.getByRole('group', { name: 'A outputs' }).textContent()).resolves.toContain('"answer": "Paris"');
    await expect(detail.getByRole('group', { name: 'B outputs' }).textContent()).resolves.toContain('"answer": "Paris, France"');
    await expect(detail.locator('[data-field="outputs"]').getAttribute('class')).resolves.toContain('differs');
    await page.close();
  });

  it('reports a trace that does not exist', async () => {
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${projectId}/compare?a=${one.trace}&b=${crypto.randomUUID()}`);
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Could not compare/);
    await page.close();
  });

  it('links from the trace view to the form with A filled in, and the form sets the URL', async () => {
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${projectId}/traces/${one.trace}`);
    await page.getByRole('link', { name: 'Compare…' }).click();
    await expect(page.getByLabel('Trace A').inputValue()).resolves.toBe(one.trace);
    await page.getByLabel('Trace B').fill(two.trace);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('.trace-compare[data-ready="true"]').waitFor();
    expect(new URL(page.url()).searchParams.get('b')).toBe(two.trace);
    await page.close();
  });
});
