// The web UI's datasets in Chromium against a real server and Postgres: adding a trace to a new
// dataset from the trace view, then the dataset page with the example and its link back; and a
// span to an existing dataset, with an edit making a new version.
import { graphql } from '../gql';
import { useBrowserHarness } from '../support/browser';

const id = (n: number) => `0193d000-0000-7000-8000-${String(n).padStart(12, '0')}`;

const DatasetsOf = graphql(`
  query WebUiDatasetsOf($p: ID!) {
    datasets(projectId: $p) {
      edges {
        node {
          name
          version
          examples {
            edges {
              node {
                inputs
                outputs
                sourceTraceId
                sourceSpanId
              }
            }
          }
        }
      }
    }
  }
`);

const h = useBrowserHarness();

describe('datasets in the web UI', () => {
  it('adds a trace to a new dataset from the trace view, and the dataset shows the example with a link back to the trace', async () => {
    const p = await h.s.project('ui-datasets');
    await h.ingest({
      projectId: p.id,
      traces: [
        {
          id: id(1),
          name: 'qa-run',
          startTime: '2026-11-22T10:00:00Z',
          endTime: '2026-11-22T10:00:02Z',
          inputs: { question: 'What is the capital of France?' },
          outputs: { answer: 'Paris' },
        },
      ],
      llmCalls: [
        {
          id: id(2),
          traceId: id(1),
          name: 'answer-llm',
          model: 'gpt-4o',
          startTime: '2026-11-22T10:00:00Z',
          endTime: '2026-11-22T10:00:01Z',
          inputs: { prompt: 'capital of France' },
          outputs: { completion: 'Paris' },
        },
      ],
    });
    const page = await h.signedIn(p.key);
    await page.goto(`${h.base}/projects/${p.id}/traces/${id(1)}`);
    await page.getByRole('heading', { name: 'qa-run' }).waitFor();
    await page.getByRole('button', { name: 'Add to dataset' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add the trace to a dataset' });
    await dialog.getByLabel('New dataset name').fill('golden');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Added to golden as version 1' }).waitFor();
    await dialog.getByRole('link', { name: 'golden' }).click();

    await page.getByRole('heading', { name: 'golden' }).waitFor();
    const examples = page.getByRole('table', { name: 'Examples' });
    const row = examples.getByRole('row').filter({ hasText: 'capital of France?' });
    await expect(row.textContent()).resolves.toContain('Paris');
    await row.getByRole('link', { name: 'Source trace' }).click();
    await page.waitForURL(`${h.base}/projects/${p.id}/traces/${id(1)}`);
    await page.getByRole('heading', { name: 'qa-run' }).waitFor();

    // Then the LLM call, as a span, to the existing dataset.
    await page.getByText('answer-llm').first().click();
    await page.getByRole('button', { name: 'Add span to dataset' }).click();
    const spanDialog = page.getByRole('dialog', { name: 'Add the span to a dataset' });
    await spanDialog.getByLabel('Dataset', { exact: true }).selectOption({ label: 'golden' });
    await spanDialog.getByRole('button', { name: 'Add' }).click();
    await spanDialog.getByRole('status').filter({ hasText: 'as version 2' }).waitFor();

    const r = await h.s.gql(DatasetsOf, { p: p.id }, p.key);
    expect(r.errors).toBeUndefined();
    expect(r.data!.datasets.edges.map((e) => [e.node.name, e.node.version])).toEqual([['golden', 2]]);
    expect(r.data!.datasets.edges[0].node.examples.edges.map((e) => e.node)).toEqual([
      { inputs: { question: 'What is the capital of France?' }, outputs: { answer: 'Paris' }, sourceTraceId: id(1), sourceSpanId: null },
      { inputs: { prompt: 'capital of France' }, outputs: { completion: 'Paris' }, sourceTraceId: id(1), sourceSpanId: id(2) },
    ]);
  });

  it('lists datasets, creates one, adds and edits an example by hand, and reads the older version', async () => {
    const p = await h.s.project('ui-datasets-manual');
    const page = await h.signedIn(p.key);
    await page.goto(`${h.base}/projects/${p.id}/traces`);
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Datasets' }).click();
    await page.getByText('No dataset yet').waitFor();
    await page.getByRole('button', { name: 'Create dataset' }).click();
    const create = page.getByRole('dialog', { name: 'Create a dataset' });
    await create.getByLabel('Name').fill('by-hand');
    await create.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'by-hand' }).waitFor();

    await page.getByRole('button', { name: 'Add example' }).click();
    const add = page.getByRole('dialog', { name: 'Add an example' });
    await add.getByLabel('Inputs (JSON)').fill('{"q": "2+2?"}');
    await add.getByLabel('Reference outputs (JSON)').fill('{"a": "4"}');
    await add.getByLabel('Splits (comma-separated)').fill('test');
    await add.getByRole('button', { name: 'Save' }).click();
    const examples = page.getByRole('table', { name: 'Examples' });
    await examples.getByRole('row').filter({ hasText: '2+2?' }).waitFor();

    await page.getByRole('button', { name: 'Edit example 1' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the example' });
    await edit.getByLabel('Reference outputs (JSON)').fill('{"a": "four"}');
    await edit.getByRole('button', { name: 'Save' }).click();
    await examples.getByRole('row').filter({ hasText: 'four' }).waitFor();
    await page.getByText('2 examples').or(page.getByText('version 2')).first().waitFor();

    await page.getByLabel('Version').selectOption('1');
    await page.getByText('An older version').waitFor();
    await examples.getByRole('row').filter({ hasText: '"4"' }).waitFor();
    expect(await examples.getByRole('row').filter({ hasText: 'four' }).count()).toBe(0);
  });
});
