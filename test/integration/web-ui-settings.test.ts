// The web UI's settings, project creation and the trace list's filters, sort and columns, in Chromium
// against a real server and Postgres: what the UI does is checked through the API it calls.
import type { Page } from 'playwright-core';
import { graphql } from '../gql';
import { useBrowserHarness } from '../support/browser';

const id = (n: number) => `0193b000-0000-7000-8000-${String(n).padStart(12, '0')}`;

const ProjectSettings = graphql(`
  query WebUiSettingsProject($p: ID!) {
    project(id: $p) {
      name
      description
      tags
      metadata
      forwarding {
        enabled
        setting
        langsmithProject
      }
      costRecomputes {
        status
        from
        to
      }
    }
    modelPrices(projectId: $p) {
      modelPattern
      provider
      inputPrice
      outputPrice
      cacheReadPrice
      cacheWritePrice
      reasoningPrice
      effectiveFrom
    }
  }
`);

const ReadWithKey = graphql(`
  query WebUiSettingsRead($p: ID!) {
    project(id: $p) {
      name
    }
  }
`);

const ProjectByName = graphql(`
  query WebUiSettingsByName($n: String!) {
    projectByName(name: $n) {
      id
      description
    }
  }
`);

/** Three traces a filter can tell apart by user, model, cost and tags (gpt-4o-mini is the cheapest, the Sonnet call the dearest). */
const listBatch = (projectId: string, base = 0) => {
  const trace = (n: number, name: string, userId: string, tags: string[], startTime: string) => ({
    id: id(base + n),
    name,
    userId,
    tags,
    metadata: { env: tags.includes('eu') ? 'eu' : 'us', build: n },
    startTime,
    endTime: startTime.replace(':00Z', ':02Z'),
  });
  const llm = (n: number, traceId: number, model: string, promptTokens: number, completionTokens: number, startTime: string) => ({
    id: id(base + n),
    traceId: id(base + traceId),
    model,
    promptTokens,
    completionTokens,
    startTime,
    endTime: startTime.replace(':00Z', ':01Z'),
  });
  return {
    projectId,
    traces: [
      trace(1, 'alpha', 'u-alice', ['prod', 'eu'], '2026-11-22T10:00:00Z'),
      trace(2, 'beta', 'u-bob', ['prod'], '2026-11-22T09:00:00Z'),
      trace(3, 'gamma', 'u-alice', ['dev'], '2026-11-22T08:00:00Z'),
    ],
    llmCalls: [
      llm(11, 1, 'gpt-4o', 1000, 200, '2026-11-22T10:00:00Z'),
      llm(12, 2, 'gpt-4o-mini', 1000, 200, '2026-11-22T09:00:00Z'),
      llm(13, 3, 'claude-3-5-sonnet-20241022', 100_000, 1000, '2026-11-22T08:00:00Z'),
    ],
  };
};

/** The names of the list's rows, top to bottom, once they are `expected`. */
async function expectRows(page: Page, expected: string[]) {
  const read = () => page.locator('.grid-body [role="row"]').evaluateAll((rows) => rows.map((r) => r.querySelector('[role="cell"]')?.textContent ?? ''));
  try {
    await page.waitForFunction((want) => {
      const names = [...document.querySelectorAll('.grid-body [role="row"]')].map((r) => r.querySelector('[role="cell"]')?.textContent ?? '');
      return JSON.stringify(names) === want;
    }, JSON.stringify(expected));
  } catch {
    // Says what was on screen instead of a bare timeout.
    expect(await read()).toEqual(expected);
  }
}

describe('web UI settings, projects and trace list filters in Chromium', () => {
  // A LangSmith key makes forwarding available (nothing is sent: no worker runs, and tracing is off by default).
  const h = useBrowserHarness({ LANGSMITH_API_KEY: 'ls-test-key', LANGSMITH_ENDPOINT: 'http://127.0.0.1:9' });

  it('an admin creates an API key, sees its secret once, and revokes it', async () => {
    const p = await h.s.project('keys');
    const page = await h.signedIn(p.key);
    await page.goto(`${h.base}/projects/${p.id}/settings`);
    const keys = page.getByRole('table', { name: 'API keys' });
    await keys.getByRole('cell', { name: 'test', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.getByLabel('Key name').fill('ci-reader');
    await dialog.getByRole('radio', { name: /^read/ }).check();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByRole('dialog', { name: 'Your new API key' });
    await expect(shown.getByRole('alert').textContent()).resolves.toContain('cannot be shown again');
    const secret = await shown.getByLabel('Secret').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await shown.getByRole('button', { name: 'Copy' }).waitFor();

    // The secret is a working read key.
    const read = await h.s.gql(ReadWithKey, { p: p.id }, secret);
    expect(read.data).toEqual({ project: { name: 'keys' } });

    // Once closed, it is nowhere on the page; the list shows the key by its prefix.
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.waitFor({ state: 'detached' });
    const row = keys.getByRole('row').filter({ hasText: 'ci-reader' });
    await expect(row.textContent()).resolves.toMatch(/ci-reader.*READ.*Active/);
    expect(await page.content()).not.toContain(secret);

    // Revoked after confirming: refused at once.
    await row.getByRole('button', { name: 'Revoke ci-reader' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Revoke “ci-reader”?' });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await row.getByText(/^Revoked /).waitFor();
    const refused = await h.s.gql(ReadWithKey, { p: p.id }, secret);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].message).toMatch(/invalid or revoked/i);
    await page.close();
  });

  it('shows a read key the settings without the controls that change them', async () => {
    const p = await h.s.project('read-only', 'read');
    const page = await h.signedIn(p.key);
    await page.goto(`${h.base}/projects/${p.id}/settings`);
    await page.getByText('This API key has the read role').waitFor();
    await page.getByText('Only an admin key can see and manage').waitFor();
    await page.getByText('LangSmith project:').waitFor();
    await page.getByText('No custom price').waitFor();
    for (const name of ['Create API key', 'Save project', 'Add model price', 'Recompute costs', 'Retry failed']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.getByRole('switch', { name: 'Forward traces to LangSmith' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('saves the project details, and the forwarding switch and LangSmith project round-trip through the API', async () => {
    const p = await h.s.project('forwarding');
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${p.id}/settings`);

    await page.getByLabel('Description').fill('The agents in production');
    await page.getByLabel('Tags').fill('prod, eu, prod');
    const metadata = page.getByLabel('Metadata (JSON object)');
    await metadata.fill('{"team": ');
    await page.getByText('Not JSON').waitFor();
    expect(await page.getByRole('button', { name: 'Save project' }).isDisabled()).toBe(true);
    await metadata.fill('{"team": "agents", "tier": 2}');
    await page.getByRole('button', { name: 'Save project' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const details = (await h.s.gql(ProjectSettings, { p: p.id })).data!.project;
    expect(details).toMatchObject({ description: 'The agents in production', tags: ['prod', 'eu'], metadata: { team: 'agents', tier: 2 } });

    const toggle = page.getByRole('switch', { name: 'Forward traces to LangSmith' });
    const forwarding = async () => (await h.s.gql(ProjectSettings, { p: p.id })).data!.project.forwarding;
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await page.getByText('(following the server’s default)').waitFor();

    await toggle.click();
    await page.getByText('(set for this project)').waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await forwarding()).toMatchObject({ enabled: true, setting: true });

    await toggle.click();
    await page.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'false');
    expect(await forwarding()).toMatchObject({ enabled: false, setting: false });

    await page.getByRole('button', { name: 'Use the server’s default' }).click();
    await page.getByText('(following the server’s default)').waitFor();
    expect(await forwarding()).toMatchObject({ enabled: false, setting: null });

    await page.getByLabel('LangSmith project', { exact: true }).fill('agents-prod');
    await page.getByRole('button', { name: 'Save LangSmith project' }).click();
    // Nothing on the page changes but the button's state, so the API is asked until it holds the name.
    for (let i = 0; i < 40 && (await forwarding()).langsmithProject !== 'agents-prod'; i++) await page.waitForTimeout(100);
    expect((await forwarding()).langsmithProject).toBe('agents-prod');
    // And after a reload the page shows what the API holds.
    await page.reload();
    expect(await page.getByLabel('LangSmith project', { exact: true }).inputValue()).toBe('agents-prod');
    expect(await page.getByLabel('Description').inputValue()).toBe('The agents in production');
    await page.close();
  });

  it('adds, edits and deletes a model price, and starts a cost recompute', async () => {
    const p = await h.s.project('prices');
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${p.id}/settings`);
    const prices = async () => (await h.s.gql(ProjectSettings, { p: p.id })).data!;

    await page.getByRole('button', { name: 'Add model price' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a model price' });
    await dialog.getByLabel('Model pattern').fill('^acme-large$');
    await dialog.getByLabel('Provider').fill('acme');
    await dialog.getByLabel('Input price').fill('2.5');
    await dialog.getByLabel('Output price').fill('10');
    await dialog.getByLabel('Cache read price').fill('1.25');
    await dialog.getByLabel('Effective from').fill('2026-01-01T00:00');
    await dialog.getByRole('button', { name: 'Save price' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Model prices' });
    await expect(table.getByRole('row').filter({ hasText: 'acme-large' }).textContent()).resolves.toMatch(/\^acme-large\$acme\$2\.5\$10\$1\.25defaultdefault/);
    expect((await prices()).modelPrices).toEqual([
      {
        modelPattern: '^acme-large$',
        provider: 'acme',
        inputPrice: 2.5e-6,
        outputPrice: 1e-5,
        cacheReadPrice: 1.25e-6,
        cacheWritePrice: null,
        reasoningPrice: null,
        effectiveFrom: new Date('2026-01-01T00:00').toISOString(),
      },
    ]);

    // Edited in place: the same price, not a second one.
    await page.getByRole('button', { name: 'Edit ^acme-large$' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit model price' });
    expect(await edit.getByLabel('Input price').inputValue()).toBe('2.5');
    await edit.getByLabel('Output price').fill('12');
    await edit.getByRole('button', { name: 'Save price' }).click();
    await table.getByRole('cell', { name: '$12' }).waitFor();
    expect((await prices()).modelPrices.map((m) => m.outputPrice)).toEqual([1.2e-5]);

    // A recompute shows up with its status (no worker runs here, so it stays queued).
    await page.getByRole('button', { name: 'Recompute costs' }).click();
    await page.getByRole('table', { name: 'Cost recomputes' }).getByRole('cell', { name: 'QUEUED' }).waitFor();
    expect((await prices()).project.costRecomputes.map((r) => r.status)).toEqual(['QUEUED']);

    await page.getByRole('button', { name: 'Delete ^acme-large$' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete price' }).click();
    await page.getByText('No custom price').waitFor();
    expect((await prices()).modelPrices).toEqual([]);
    await page.close();
  });

  it('lets the bootstrap admin create a project from the Projects page, and no one else', async () => {
    const page = await h.signedIn();
    await page.getByLabel('Project name').fill('made-in-the-ui');
    await page.getByLabel('Description').fill('Created from the projects page');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL(/\/projects\/[^/]+\/traces$/);
    const made = (await h.s.gql(ProjectByName, { n: 'made-in-the-ui' })).data!.projectByName;
    expect(made.description).toBe('Created from the projects page');
    expect(new URL(page.url()).pathname).toBe(`/projects/${made.id}/traces`);
    await page.getByText('No traces match.').waitFor();
    await page.close();

    // A project's own admin key sees its project, with its totals, but no create form.
    const p = await h.s.project('own-admin');
    await h.ingest({ projectId: p.id, traces: [{ id: id(90), name: 'one', startTime: '2026-11-22T10:00:00Z', endTime: '2026-11-22T10:00:01Z' }] });
    const other = await h.signedIn(p.key);
    const row = other.getByRole('table', { name: 'Projects' }).getByRole('row').filter({ hasText: 'own-admin' });
    await expect(row.textContent()).resolves.toMatch(/own-admin\s*1\s*0/);
    expect(await other.getByRole('button', { name: 'Create project' }).count()).toBe(0);
    await other.close();
  });

  it('filters the trace list by user, model, min cost and tags, with the filters in the URL', async () => {
    const p = await h.s.project('list');
    await h.ingest(listBatch(p.id));
    const page = await h.signedIn();
    const list = `${h.base}/projects/${p.id}/traces`;
    await page.goto(list);
    await expectRows(page, ['alpha', 'beta', 'gamma']);
    const filters = page.getByRole('group', { name: 'Filters' });

    await filters.getByLabel('User').fill('u-alice');
    await filters.getByLabel('User').press('Enter');
    await page.waitForURL(/user=u-alice/);
    await expectRows(page, ['alpha', 'gamma']);
    await page.getByText('2 traces').waitFor();
    // A trace of that user arriving live is listed and counted; another user's is not.
    await h.ingest({
      projectId: p.id,
      traces: [
        { id: id(4), name: 'delta', userId: 'u-alice', startTime: '2026-11-22T11:00:00Z' },
        { id: id(5), name: 'epsilon', userId: 'u-bob', startTime: '2026-11-22T10:30:00Z' },
      ],
    });
    await expectRows(page, ['delta', 'alpha', 'gamma']);
    await page.getByText('3 traces').waitFor();

    await filters.getByLabel('Model').fill('gpt-4o');
    await filters.getByLabel('Model').press('Enter');
    await page.waitForURL(/model=gpt-4o/);
    await expectRows(page, ['alpha']);
    await filters.getByLabel('User').fill('');
    await filters.getByLabel('User').press('Enter');
    await filters.getByLabel('Model').fill('');
    await filters.getByLabel('Model').press('Enter');
    await expectRows(page, ['delta', 'epsilon', 'alpha', 'beta', 'gamma']);

    await filters.getByLabel('Min cost (USD)').fill('0.001');
    await filters.getByLabel('Min cost (USD)').press('Enter');
    await page.waitForURL(/minCost=0\.001/);
    await expectRows(page, ['alpha', 'gamma']);

    await filters.getByRole('textbox', { name: 'Tag' }).fill('prod');
    await filters.getByRole('textbox', { name: 'Tag' }).press('Enter');
    await page.waitForURL(/tag=prod/);
    await expectRows(page, ['alpha']);
    expect(new URL(page.url()).searchParams.toString()).toBe('tag=prod&minCost=0.001');

    // A reload keeps them, and removing the cost filter leaves the tag.
    await page.reload();
    await expectRows(page, ['alpha']);
    expect(await filters.getByLabel('Min cost (USD)').inputValue()).toBe('0.001');
    await filters.getByRole('button', { name: 'Remove tag prod' }).waitFor();
    await filters.getByLabel('Min cost (USD)').fill('');
    await filters.getByLabel('Min cost (USD)').press('Enter');
    await expectRows(page, ['alpha', 'beta']);
    await filters.getByRole('textbox', { name: 'Tag' }).fill('eu');
    await filters.getByRole('textbox', { name: 'Tag' }).press('Enter');
    await expectRows(page, ['alpha']);
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expectRows(page, ['delta', 'epsilon', 'alpha', 'beta', 'gamma']);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('filters by a custom time range, metadata, errors and several statuses', async () => {
    const p = await h.s.project('range');
    await h.ingest(listBatch(p.id, 200));
    await h.ingest({ projectId: p.id, traces: [{ id: id(204), name: 'failed', errorFlag: true, startTime: '2026-11-22T07:00:00Z' }] });
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${p.id}/traces`);
    await expectRows(page, ['alpha', 'beta', 'gamma', 'failed']);

    // The browser's local time, as a datetime-local input shows it.
    const local = (iso: string) => {
      const d = new Date(iso);
      return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    };
    await page.getByLabel('Time range').selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill(local('2026-11-22T08:30:00Z'));
    await page.getByLabel('To', { exact: true }).fill(local('2026-11-22T09:30:00Z'));
    await page.waitForURL(/from=2026-11-22T08%3A30.*to=2026-11-22T09%3A30/);
    await expectRows(page, ['beta']);
    await page.getByLabel('Time range').selectOption('all');
    await expectRows(page, ['alpha', 'beta', 'gamma', 'failed']);

    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByRole('textbox', { name: 'Metadata' }).fill('env=us');
    await filters.getByRole('textbox', { name: 'Metadata' }).press('Enter');
    await expectRows(page, ['beta', 'gamma']);
    // A number stays a number: build 2 is beta's.
    await filters.getByRole('textbox', { name: 'Metadata' }).fill('build=2');
    await filters.getByRole('textbox', { name: 'Metadata' }).press('Enter');
    await expectRows(page, ['beta']);
    expect(new URL(page.url()).searchParams.getAll('meta')).toEqual(['env=us', 'build=2']);
    await filters.getByRole('button', { name: 'Clear filters' }).click();

    await filters.getByLabel('Errors').selectOption('1');
    await expectRows(page, ['failed']);
    await filters.getByLabel('Errors').selectOption('');
    const status = page.getByRole('group', { name: 'Status' });
    await status.getByLabel('ERROR').click();
    await expectRows(page, ['failed']);
    await status.getByLabel('SUCCESS').click();
    await page.waitForURL(/status=SUCCESS%2CERROR/);
    await expectRows(page, ['alpha', 'beta', 'gamma', 'failed']);
    await page.close();
  });

  it('sorts by cost from the column header, and hides a column for good', async () => {
    const p = await h.s.project('sorted');
    await h.ingest(listBatch(p.id, 100));
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${p.id}/traces`);
    await expectRows(page, ['alpha', 'beta', 'gamma']);

    const cost = page.getByRole('columnheader', { name: 'Cost' });
    await cost.getByRole('button').click();
    await page.waitForURL(/sort=cost&dir=desc/);
    await expectRows(page, ['gamma', 'alpha', 'beta']);
    expect(await cost.getAttribute('aria-sort')).toBe('descending');
    await cost.getByRole('button').click();
    await page.waitForURL(/sort=cost&dir=asc/);
    await expectRows(page, ['beta', 'alpha', 'gamma']);
    await page.reload();
    await expectRows(page, ['beta', 'alpha', 'gamma']);

    const headers = () => page.getByRole('columnheader').allTextContents();
    expect(await headers()).toContain('Session');
    await page.getByRole('button', { name: 'Columns' }).click();
    const session = page.getByRole('menuitemcheckbox', { name: 'Session' });
    expect(await session.getAttribute('aria-checked')).toBe('true');
    await session.click();
    expect(await session.getAttribute('aria-checked')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await headers()).not.toContain('Session');
    expect(await headers()).toContain('Tags');
    await expect(page.locator('.grid-body [role="row"]').first().textContent()).resolves.toContain('prod');
    await page.reload();
    await expectRows(page, ['beta', 'alpha', 'gamma']);
    expect(await headers()).not.toContain('Session');
    // Shown again the same way.
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Session' }).click();
    await page.keyboard.press('Escape');
    expect(await headers()).toContain('Session');
    await page.close();
  });
});
