// The annotation pages in Chromium against a real server and Postgres: a queue with a rubric made
// through the UI, traces added through the API, items worked through with submit and skip, and the
// score on the trace view; feedback added from the span panel.
import { graphql } from '../gql';
import { useBrowserHarness } from '../support/browser';

const id = (n: number) => `0193b000-0000-7000-8000-${String(n).padStart(12, '0')}`;

const Queues = graphql(`
  query WebUiAnnotationQueues($p: ID!) {
    annotationQueues(projectId: $p) {
      id
      rubric {
        key
        kind
        min
        max
        values
        required
      }
    }
  }
`);

const AddTraces = graphql(`
  mutation WebUiAnnotationAdd($q: ID!) {
    addTracesToAnnotationQueue(queueId: $q, filter: { tags: ["review"] }) {
      added
    }
  }
`);

const Scores = graphql(`
  query WebUiAnnotationScores($t: ID!) {
    trace(id: $t) {
      metrics {
        name
        score
        label
        comment
        source
        authorName
        spanId
      }
    }
  }
`);

describe('web UI annotation in Chromium', () => {
  const h = useBrowserHarness();

  it('creates a queue with a rubric, works through it with submit and skip, and shows the score on the trace', async () => {
    const p = await h.s.project('annotate');
    await h.ingest({
      projectId: p.id,
      traces: [1, 2].map((n) => ({
        id: id(n),
        name: `conversation-${n}`,
        tags: ['review'],
        startTime: `2026-11-22T10:0${n}:00Z`,
        endTime: `2026-11-22T10:0${n}:05Z`,
        inputs: { question: `question ${n}` },
        outputs: { answer: `answer ${n}` },
      })),
      llmCalls: [{ id: id(11), traceId: id(1), model: 'gpt-4o', startTime: '2026-11-22T10:01:01Z', endTime: '2026-11-22T10:01:02Z' }],
    });
    const page = await h.signedIn(p.key);
    await page.goto(`${h.base}/projects/${p.id}/traces`);
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Annotation' }).click();
    await page.getByRole('heading', { name: 'Annotation' }).waitFor();
    await page.getByText('No annotation queue yet.').waitFor();

    // The rubric: a required number 1..5 and an optional category.
    const form = page.getByRole('region', { name: 'New queue' });
    await form.getByLabel('Queue name').fill('answers');
    await form.getByLabel('Instructions').fill('Rate each answer');
    const first = form.getByRole('group', { name: 'Rubric item 1' });
    await first.getByLabel('Key').fill('helpfulness');
    await form.getByRole('button', { name: 'Add rubric item' }).click();
    const second = form.getByRole('group', { name: 'Rubric item 2' });
    await second.getByLabel('Key').fill('tone');
    await second.getByLabel('Kind').selectOption('CATEGORICAL');
    await second.getByLabel('Values (comma-separated)').fill('polite, rude');
    await second.getByLabel('Required').uncheck();
    await form.getByRole('button', { name: 'Create queue' }).click();
    const link = page.getByRole('table', { name: 'Annotation queues' }).getByRole('link', { name: 'answers' });
    await link.waitFor();
    const queue = (await h.s.gql(Queues, { p: p.id })).data!.annotationQueues[0];
    expect(queue.rubric).toEqual([
      { key: 'helpfulness', kind: 'NUMERIC', min: 1, max: 5, values: null, required: true },
      { key: 'tone', kind: 'CATEGORICAL', min: null, max: null, values: ['polite', 'rude'], required: false },
    ]);
    expect((await h.s.gql(AddTraces, { q: queue.id })).data!.addTracesToAnnotationQueue.added).toBe(2);

    // Work it: skip the first item, score the second, then nothing is left for this key.
    await link.click();
    await page.getByRole('heading', { name: 'answers' }).waitFor();
    await expect(page.getByLabel('Progress counts').textContent()).resolves.toContain('0 of 2 done');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByLabel('Inputs').textContent()).resolves.toContain('question 1');
    await expect(page.getByLabel('Outputs').textContent()).resolves.toContain('answer 1');
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByLabel('Inputs').filter({ hasText: 'question 2' }).waitFor();
    // Without the required score first: the API's message is shown, nothing is stored.
    await page.getByLabel('tone value').selectOption('polite');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/missing required score: helpfulness/);
    await page.getByLabel('helpfulness score (1–5)').fill('4');
    await page.getByLabel('helpfulness comment').fill('clear and short');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('status').filter({ hasText: 'Nothing left for you' }).waitFor();
    // The counts refresh after the submit's answer: waited for, not read once.
    await page.getByLabel('Progress counts').filter({ hasText: '1 of 2 done, 0 in progress, 1 skipped by you' }).waitFor();

    const scored = (await h.s.gql(Scores, { t: id(2) })).data!.trace.metrics;
    expect(scored.map((m) => [m.name, m.score, m.label, m.comment, m.source, m.authorName])).toEqual([
      ['helpfulness', 4, null, 'clear and short', 'human', 'test'],
      ['tone', null, 'polite', null, 'human', 'test'],
    ]);

    // The score on the trace view's header.
    await page.goto(`${h.base}/projects/${p.id}/traces/${id(2)}`);
    await expect(page.getByRole('list', { name: 'Trace metrics' }).innerText()).resolves.toMatch(/helpfulness\s+4/);
  });

  it('adds feedback on a span from the span panel', async () => {
    const p = await h.s.project('span-feedback');
    await h.ingest({
      projectId: p.id,
      traces: [{ id: id(21), name: 'scored', startTime: '2026-11-22T11:00:00Z', endTime: '2026-11-22T11:00:05Z' }],
      llmCalls: [{ id: id(22), traceId: id(21), model: 'gpt-4o', startTime: '2026-11-22T11:00:01Z', endTime: '2026-11-22T11:00:02Z' }],
    });
    const page = await h.signedIn(p.key);
    await page.goto(`${h.base}/projects/${p.id}/traces/${id(21)}?span=${id(22)}`);
    await page.getByRole('tab', { name: /^Metrics/ }).click();
    const form = page.getByRole('form', { name: 'Add feedback' });
    await form.getByLabel('Feedback key').fill('accuracy');
    await form.getByLabel('Score').fill('0.25');
    await form.getByLabel('Comment').fill('wrong city');
    await form.getByRole('button', { name: 'Add feedback' }).click();
    await form.getByRole('status').waitFor();
    await expect(page.getByRole('table', { name: 'Span metrics' }).locator('tbody').innerText()).resolves.toMatch(
      /accuracy\s+0\.25\s+–\s+wrong city\s+human\s+test/,
    );
    const stored = (await h.s.gql(Scores, { t: id(21) })).data!.trace.metrics;
    expect(stored).toEqual([{ name: 'accuracy', score: 0.25, label: null, comment: 'wrong city', source: 'human', authorName: 'test', spanId: id(22) }]);
  });
});
