// The prompt registry in the web UI, in Chromium against a real server and Postgres: a prompt made
// with two versions through the forms, their diff, a label moved and rolled back, and the trace
// view's link from an LLM call to the prompt version it used. What the UI did is checked through the API.
import { graphql } from '../gql';
import { useBrowserHarness } from '../support/browser';

const PromptState = graphql(`
  query WebUiPromptState($p: ID!, $n: String!) {
    promptByName(projectId: $p, name: $n) {
      id
      latestVersion
      labels {
        label
        version
      }
      labelHistory(label: "production") {
        version
        previousVersion
      }
      versions {
        edges {
          node {
            version
            messages {
              role
              content
            }
            model
            parameters
            commitMessage
          }
        }
      }
    }
  }
`);

describe('web UI: prompts', () => {
  const h = useBrowserHarness();

  it('creates a prompt with two versions, shows their diff, moves production to v2 and rolls it back', async () => {
    const p = await h.s.project('ui-prompts');
    const page = await h.signedIn();
    await page.goto(`${h.base}/projects/${p.id}/traces`);
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Prompts' }).click();
    await page.getByText('No prompt yet.').waitFor();

    const create = page.getByRole('form', { name: 'Create prompt' });
    await create.getByLabel('Name').fill('support-bot');
    await create.getByRole('button', { name: 'Create prompt' }).click();
    await page.getByRole('heading', { name: 'support-bot' }).waitFor();

    // Version 1: a system and a user message.
    const form = page.getByRole('form', { name: 'New version' });
    await form.getByLabel('Role 1').fill('system');
    await form.getByLabel('Content 1').fill('You help with {{product}}.\nBe brief.');
    await form.getByRole('button', { name: 'Add message' }).click();
    await form.getByLabel('Content 2').fill('{{question}}');
    await form.getByLabel('Model').fill('gpt-4o');
    await form.getByLabel('Parameters (JSON)').fill('{"temperature": 0.2}');
    await form.getByLabel('Commit message').fill('First');
    await form.getByRole('button', { name: 'Save version' }).click();
    const versions = page.getByRole('table', { name: 'Versions' });
    await versions.getByRole('row').filter({ hasText: 'First' }).waitFor();

    // Version 2 starts from v1: change a line, the model and the temperature.
    await form.getByLabel('Content 1').fill('You help with {{product}}.\nBe friendly.');
    await form.getByLabel('Model').fill('gpt-4o-mini');
    await form.getByLabel('Parameters (JSON)').fill('{"temperature": 0.7}');
    await form.getByLabel('Commit message').fill('Friendlier');
    await form.getByRole('button', { name: 'Save version' }).click();
    await versions.getByRole('row').filter({ hasText: 'Friendlier' }).waitFor();

    // The diff of v1 and v2: the changed line removed and added, the model and the parameter.
    const diff = page.getByLabel('Diff of v1 and v2');
    await diff.locator('.diff-remove', { hasText: 'Be brief.' }).waitFor();
    await diff.locator('.diff-add', { hasText: 'Be friendly.' }).waitFor();
    await diff.getByText('gpt-4o → gpt-4o-mini').waitFor();
    await diff.getByText('0.2 → 0.7').waitFor();

    // production on v1, then moved to v2, then rolled back to v1.
    const move = page.getByRole('form', { name: 'Move label' });
    await move.getByLabel('Label').fill('production');
    await move.getByLabel('Version').selectOption('1');
    await move.getByRole('button', { name: 'Move label' }).click();
    const labels = page.getByRole('list', { name: 'Labels' });
    await labels.getByText('→ v1').waitFor();
    await move.getByLabel('Version').selectOption('2');
    await move.getByRole('button', { name: 'Move label' }).click();
    await labels.getByText('→ v2').waitFor();
    await page.getByRole('button', { name: 'Roll back production' }).click();
    await labels.getByText('→ v1').waitFor();

    const r = await h.s.gql(PromptState, { p: p.id, n: 'support-bot' });
    expect(r.errors).toBeUndefined();
    const prompt = r.data!.promptByName;
    expect(prompt.latestVersion).toBe(2);
    expect(prompt.labels).toEqual([{ label: 'production', version: 1 }]);
    expect(prompt.labelHistory).toEqual([
      { version: 1, previousVersion: 2 },
      { version: 2, previousVersion: 1 },
      { version: 1, previousVersion: null },
    ]);
    expect(prompt.versions.edges.map((e) => e.node)).toEqual([
      {
        version: 2,
        messages: [
          { role: 'system', content: 'You help with {{product}}.\nBe friendly.' },
          { role: 'user', content: '{{question}}' },
        ],
        model: 'gpt-4o-mini',
        parameters: { temperature: 0.7 },
        commitMessage: 'Friendlier',
      },
      {
        version: 1,
        messages: [
          { role: 'system', content: 'You help with {{product}}.\nBe brief.' },
          { role: 'user', content: '{{question}}' },
        ],
        model: 'gpt-4o',
        parameters: { temperature: 0.2 },
        commitMessage: 'First',
      },
    ]);

    // An LLM call made from production links from the trace view to v1.
    const trace = crypto.randomUUID();
    const call = crypto.randomUUID();
    await h.ingest({
      projectId: p.id,
      traces: [{ id: trace, name: 'prompted', startTime: '2026-11-22T10:00:00Z', endTime: '2026-11-22T10:00:02Z' }],
      llmCalls: [
        {
          id: call,
          traceId: trace,
          model: 'gpt-4o',
          startTime: '2026-11-22T10:00:00Z',
          endTime: '2026-11-22T10:00:01Z',
          prompt: { name: 'support-bot', label: 'production' },
        },
      ],
    });
    await page.goto(`${h.base}/projects/${p.id}/traces/${trace}?span=${call}`);
    await page.getByRole('link', { name: 'Prompt: support-bot v1' }).click();
    await page.getByRole('heading', { name: 'support-bot' }).waitFor();
    await versions.locator('tr[aria-current="true"]', { hasText: 'First' }).waitFor();
  });
});
