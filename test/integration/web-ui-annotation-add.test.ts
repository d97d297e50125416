// Adding traces to an annotation queue from the UI, in Chromium against a real server and Postgres:
// one trace from the trace view, the rest by the trace list's filters, the queue's total on the
// annotation page; and the list's score filter, kept in the URL.
import { graphql } from '../gql';
import { useBrowserHarness } from '../support/browser';

const id = (n: number) => `0193b000-0000-7000-8000-${String(n).padStart(12, '0')}`;

const CreateQueue = graphql(`
  mutation WebUiAddCreateQueue($input: CreateAnnotationQueueInput!) {
    createAnnotationQueue(input: $input) {
      id
    }
  }
`);

const Feedback = graphql(`
  mutation WebUiAddFeedback($input: CreateFeedbackInput!) {
    createFeedback(input: $input) {
      id
    }
  }
`);

const CreateKey = graphql(`
  mutation WebUiAddCreateKey($p: ID!) {
    createApiKey(input: { projectId: $p, name: "reader", role: READ }) {
      secret
    }
  }
`);

const Items = graphql(`
  query WebUiAddQueueItems($p: ID!) {
    annotationQueues(projectId: $p) {
      progress {
        total
      }
    }
  }
`);

describe('web UI adding to annotation queues in Chromium', () => {
  const h = useBrowserHarness();

  it('adds a trace from the trace view and the rest by the list filter, and filters the list by a score', async () => {
    const p = await h.s.project('queue-add');
    await h.ingest({
      projectId: p.id,
      traces: [1, 2, 3].map((n) => ({
        id: id(n),
        name: `run-${n}`,
        tags: n === 3 ? ['other'] : ['review'],
        startTime: `2026-11-22T10:0${n}:00Z`,
        endTime: `2026-11-22T10:0${n}:05Z`,
      })),
    });
    const queue = (
      await h.s.gql(CreateQueue, { input: { projectId: p.id, name: 'triage', rubric: [{ key: 'ok', kind: 'NUMERIC', min: 0, max: 1, required: true }] } })
    ).data!.createAnnotationQueue;
    const page = await h.signedIn(p.key);

    // One trace from its view; adding it again says it is already queued.
    await page.goto(`${h.base}/projects/${p.id}/traces/${id(3)}`);
    await page.getByRole('button', { name: 'Add to queue' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add the trace to an annotation queue' });
    await dialog.getByLabel('Queue').waitFor();
    await expect(dialog.getByLabel('Queue').inputValue()).resolves.toBe(queue.id);
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(dialog.getByRole('status').textContent()).resolves.toMatch(/^Added in triage\.$/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Add to queue' }).click();
    dialog = page.getByRole('dialog', { name: 'Add the trace to an annotation queue' });
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(dialog.getByRole('status').textContent()).resolves.toMatch(/^Already queued in triage\.$/);
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The rest by the list's filters: the two tagged "review"; the queue then holds all three.
    await page.goto(`${h.base}/projects/${p.id}/traces?tag=review`);
    await page.getByText('2 traces').waitFor();
    await page.getByRole('button', { name: 'Add to queue…' }).click();
    dialog = page.getByRole('dialog', { name: 'Add the matching traces to an annotation queue' });
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(dialog.getByRole('status').textContent()).resolves.toBe('2 traces added, 0 already queued in triage.');
    await dialog.getByRole('link', { name: 'triage' }).click();
    await page.getByRole('heading', { name: 'triage' }).waitFor();
    await page.goto(`${h.base}/projects/${p.id}/annotation`);
    await expect(page.getByRole('table', { name: 'Annotation queues' }).innerText()).resolves.toMatch(/triage\s+0 of 3/);
    expect((await h.s.gql(Items, { p: p.id })).data!.annotationQueues[0].progress.total).toBe(3);

    // Feedback on one trace, then the list filtered by its key and lowest score; the filter survives a reload.
    await h.s.gql(Feedback, { input: { traceId: id(2), key: 'accuracy', score: 0.9 } });
    await h.s.gql(Feedback, { input: { traceId: id(1), key: 'accuracy', score: 0.2 } });
    await page.goto(`${h.base}/projects/${p.id}/traces`);
    await page.getByText('3 traces').waitFor();
    const score = page.getByRole('group', { name: 'Filters' }).getByLabel('Score');
    await score.fill('accuracy:0.5..');
    await score.press('Enter');
    await page.getByText('1 trace', { exact: true }).waitFor();
    const names = () => page.getByRole('table', { name: 'Traces' }).getByRole('row').allInnerTexts();
    await expect(names()).resolves.toEqual([expect.stringMatching(/^Name/), expect.stringMatching(/^run-2/)]);
    expect(new URL(page.url()).searchParams.getAll('score')).toEqual(['accuracy:0.5..']);
    await page.reload();
    await page.getByText('1 trace', { exact: true }).waitFor();
    await expect(names()).resolves.toEqual([expect.stringMatching(/^Name/), expect.stringMatching(/^run-2/)]);
    await page.getByRole('button', { name: 'Remove score accuracy:0.5..' }).waitFor();

    // A read key may not add to a queue: neither action shows.
    const reader = await h.signedIn((await h.s.gql(CreateKey, { p: p.id }, p.key)).data!.createApiKey.secret);
    await reader.goto(`${h.base}/projects/${p.id}/traces/${id(3)}`);
    await reader.getByRole('link', { name: 'Compare…' }).waitFor();
    await expect(reader.getByRole('button', { name: /^Add to queue/ }).count()).resolves.toBe(0);
    await reader.goto(`${h.base}/projects/${p.id}/traces`);
    await reader.getByText('3 traces').waitFor();
    await expect(reader.getByRole('button', { name: /^Add to queue/ }).count()).resolves.toBe(0);
  });
});
