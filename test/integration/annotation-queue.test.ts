// Annotation queues: a rubric, traces added by filter, two annotators working one queue at once
// (never the same item, skips go to the other), rubric violations refused, progress, and the
// scores on the trace and in the project's score summary.
import { graphql } from '../gql';
import { startTestServer, type GqlResponse, type TestServer } from '../support/test-server';

const INGEST = graphql(`mutation AqIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }`);
const CREATE_KEY = graphql(`mutation AqCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {
  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id } }
}`);
const CREATE_QUEUE = graphql(`mutation AqCreate($i: CreateAnnotationQueueInput!) {
  createAnnotationQueue(input: $i) { id name instructions rubric { key kind min max values required } }
}`);
const UPDATE_QUEUE = graphql(
  `mutation AqUpdate($id: ID!, $i: UpdateAnnotationQueueInput!) { updateAnnotationQueue(id: $id, input: $i) { id name description } }`,
);
const DELETE_QUEUE = graphql(`mutation AqDelete($id: ID!) { deleteAnnotationQueue(id: $id) { id deleted } }`);
const ADD_BY_FILTER = graphql(`mutation AqAddByFilter($q: ID!, $f: TraceFilter, $limit: Int) {
  addTracesToAnnotationQueue(queueId: $q, filter: $f, limit: $limit) { added alreadyQueued rejected { traceId message } }
}`);
const ADD = graphql(`mutation AqAdd($q: ID!, $items: [AnnotationTargetInput!]!) {
  addToAnnotationQueue(queueId: $q, items: $items) { added alreadyQueued rejected { traceId spanId message } }
}`);
const NEXT = graphql(`mutation AqNext($q: ID!) { nextAnnotationItem(queueId: $q) { id spanId status claimedBy trace { id name inputs } } }`);
const SUBMIT = graphql(`mutation AqSubmit($id: ID!, $scores: [AnnotationScoreInput!]!) {
  submitAnnotation(itemId: $id, scores: $scores) { id status completedBy completedAt scores { name score label comment source authorName } }
}`);
const SKIP = graphql(`mutation AqSkip($id: ID!) { skipAnnotationItem(itemId: $id) { id status claimedBy } }`);
const QUEUE = graphql(`query AqQueue($id: ID!, $status: AnnotationItemStatus) {
  annotationQueue(id: $id) {
    id name progress { total pending claimed done skippedByMe } annotators { keyId name done }
    items(status: $status, first: 50) { totalCount edges { node { id status completedBy trace { id } scores { name score label } } } }
  }
}`);
const QUEUES = graphql(`query AqQueues($p: ID!) { annotationQueues(projectId: $p) { id name progress { total done } } }`);
const TRACE = graphql(`query AqTrace($id: ID!) { trace(id: $id) { metrics { name score label comment source authorKeyId authorName } } }`);
const SUMMARY = graphql(`query AqSummary($p: ID!) {
  project(id: $p) { scoreSummary(sources: ["human"]) { key count mean labels { label count } sources { source count } } }
}`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + sec * 1000).toISOString();
const code = (r: GqlResponse<unknown>) => r.errors?.[0]?.extensions?.code;
const message = (r: GqlResponse<unknown>) => r.errors?.[0]?.message ?? '';

const RUBRIC = [
  { key: 'helpfulness', kind: 'NUMERIC' as const, min: 1, max: 5, required: true },
  { key: 'tone', kind: 'CATEGORICAL' as const, values: ['polite', 'neutral', 'rude'], required: true },
  { key: 'hallucination', kind: 'BOOLEAN' as const, required: false },
];

describe('annotation queues', () => {
  let p: { id: string; key: string };
  let alice: { id: string; secret: string };
  let bob: { id: string; secret: string };
  let reader: string;
  const traces = Array.from({ length: 8 }, () => uuid());

  beforeAll(async () => {
    p = await s.project('annotation', 'admin');
    const key = async (r: 'INGEST' | 'READ' | 'ADMIN', n: string) => {
      const k = (await s.gql(CREATE_KEY, { p: p.id, r, n }, p.key)).data!.createApiKey;
      return { id: k.apiKey.id, secret: k.secret };
    };
    alice = await key('INGEST', 'alice');
    bob = await key('ADMIN', 'bob');
    reader = (await key('READ', 'reader')).secret;
    // Six support conversations to review, two of another kind.
    const r = await s.gql(
      INGEST,
      {
        b: {
          projectId: p.id,
          traces: traces.map((id, i) => ({
            id,
            name: i < 6 ? `support-${i}` : `batch-${i}`,
            tags: i < 6 ? ['support'] : ['batch'],
            startTime: at(i * 10),
            endTime: at(i * 10 + 3),
            inputs: { question: `question ${i}` },
            outputs: { answer: `answer ${i}` },
          })),
        },
      },
      p.key,
    );
    expect(r.data!.ingest).toMatchObject({ accepted: 8, rejected: 0 });
  });

  it('validates the rubric on create and keeps names unique per project', async () => {
    const bad: [unknown[], RegExp][] = [
      [[], /at least one/],
      [[{ key: 'x', kind: 'NUMERIC', min: 5, max: 1 }], /min must be below max/],
      [[{ key: 'x', kind: 'NUMERIC' }], /needs min and max/],
      [[{ key: 'x', kind: 'CATEGORICAL' }], /needs values/],
      [[{ key: 'x', kind: 'CATEGORICAL', values: ['a', 'a'] }], /distinct/],
      [[{ key: 'x', kind: 'BOOLEAN', values: ['a'] }], /BOOLEAN/],
      [
        [
          { key: 'x', kind: 'BOOLEAN' },
          { key: 'x', kind: 'BOOLEAN' },
        ],
        /appears twice/,
      ],
    ];
    for (const [rubric, expected] of bad) {
      const r = await s.gql(CREATE_QUEUE, { i: { projectId: p.id, name: `bad-${uuid()}`, rubric: rubric as never } }, p.key);
      expect([code(r), message(r)]).toEqual(['BAD_USER_INPUT', expect.stringMatching(expected)]);
    }
    const ok = { projectId: p.id, name: 'dup', rubric: [{ key: 'x', kind: 'BOOLEAN' as const }] };
    expect((await s.gql(CREATE_QUEUE, { i: ok }, p.key)).errors).toBeUndefined();
    expect(message(await s.gql(CREATE_QUEUE, { i: ok }, p.key))).toMatch(/named dup exists/);
    // Only admin keys create queues.
    expect(code(await s.gql(CREATE_QUEUE, { i: { ...ok, name: 'by-alice' } }, alice.secret))).toBe('FORBIDDEN');
  });

  it('is worked through by two annotators at once, with skips, rubric checks, progress, and the scores on the trace and in the summary', async () => {
    const created = await s.gql(CREATE_QUEUE, { i: { projectId: p.id, name: 'support review', instructions: 'Rate the answer', rubric: RUBRIC } }, p.key);
    expect(created.errors).toBeUndefined();
    const q = created.data!.createAnnotationQueue.id;
    expect(created.data!.createAnnotationQueue.rubric[0]).toEqual({ key: 'helpfulness', kind: 'NUMERIC', min: 1, max: 5, values: null, required: true });

    // The six support traces, by filter; adding again is a no-op; by id, one unknown trace is rejected alone.
    const byFilter = await s.gql(ADD_BY_FILTER, { q, f: { tags: ['support'] } }, alice.secret);
    expect(byFilter.errors).toBeUndefined();
    expect(byFilter.data!.addTracesToAnnotationQueue).toEqual({
      added: 6,
      alreadyQueued: 0,
      rejected: [],
    });
    expect((await s.gql(ADD_BY_FILTER, { q, f: { tags: ['support'] }, limit: 3 }, alice.secret)).data!.addTracesToAnnotationQueue).toMatchObject({
      added: 0,
      alreadyQueued: 3,
    });
    const stray = uuid();
    const byId = await s.gql(ADD, { q, items: [{ traceId: traces[0] }, { traceId: stray }] }, alice.secret);
    expect(byId.data!.addToAnnotationQueue).toEqual({
      added: 0,
      alreadyQueued: 1,
      rejected: [{ traceId: stray, spanId: null, message: `Trace ${stray} not found` }],
    });
    expect(code(await s.gql(ADD_BY_FILTER, { q, f: {}, limit: 10_001 }, alice.secret))).toBe('BAD_USER_INPUT');
    expect(code(await s.gql(ADD, { q, items: [{ traceId: traces[6] }] }, reader))).toBe('FORBIDDEN');

    // Both ask at once, several times: never the same item.
    const [a1, b1] = await Promise.all([s.gql(NEXT, { q }, alice.secret), s.gql(NEXT, { q }, bob.secret)]);
    const aItem = a1.data!.nextAnnotationItem!;
    const bItem = b1.data!.nextAnnotationItem!;
    expect(aItem.id).not.toBe(bItem.id);
    expect([aItem.claimedBy, bItem.claimedBy]).toEqual(['alice', 'bob']);
    // Queued oldest first: the first two support traces.
    expect([aItem.trace.id, bItem.trace.id].sort()).toEqual([traces[0], traces[1]].sort());
    expect(aItem.trace.inputs).toEqual({ question: expect.stringMatching(/^question [01]$/) });
    // Asking again returns the item one already holds.
    expect((await s.gql(NEXT, { q }, alice.secret)).data!.nextAnnotationItem!.id).toBe(aItem.id);
    // Bob cannot submit Alice's item while she holds it.
    const stolen = await s.gql(
      SUBMIT,
      {
        id: aItem.id,
        scores: [
          { key: 'helpfulness', score: 3 },
          { key: 'tone', label: 'polite' },
        ],
      },
      bob.secret,
    );
    expect(code(stolen)).toBe('FORBIDDEN');

    // Rubric violations name what is wrong.
    const violations: [unknown[], RegExp][] = [
      [
        [
          { key: 'helpfulness', score: 9 },
          { key: 'tone', label: 'polite' },
        ],
        /helpfulness must be between 1 and 5, not 9/,
      ],
      [
        [
          { key: 'helpfulness', score: 4 },
          { key: 'tone', label: 'snarky' },
        ],
        /snarky is not allowed for tone/,
      ],
      [[{ key: 'helpfulness', score: 4 }], /missing required score: tone/],
      [
        [
          { key: 'helpfulness', score: 4 },
          { key: 'tone', label: 'polite' },
          { key: 'speed', score: 1 },
        ],
        /speed is not in the rubric/,
      ],
      [
        [
          { key: 'helpfulness', score: 4 },
          { key: 'tone', label: 'polite' },
          { key: 'hallucination', score: 0.5 },
        ],
        /hallucination is BOOLEAN/,
      ],
    ];
    for (const [scores, expected] of violations) {
      const r = await s.gql(SUBMIT, { id: aItem.id, scores: scores as never }, alice.secret);
      expect([code(r), message(r)]).toEqual(['BAD_USER_INPUT', expect.stringMatching(expected)]);
    }

    // Alice skips hers: it goes to Bob later, never back to her.
    expect((await s.gql(SKIP, { id: aItem.id }, alice.secret)).data!.skipAnnotationItem).toEqual({ id: aItem.id, status: 'PENDING', claimedBy: null });
    const seenByAlice = new Set<string>();
    const seenByBob = new Set<string>([bItem.trace.id]);
    const submitted: Record<string, string> = {};
    const submit = async (item: { id: string; trace: { id: string } }, who: { secret: string }, i: number) => {
      const r = await s.gql(
        SUBMIT,
        {
          id: item.id,
          scores: [
            { key: 'helpfulness', score: 1 + (i % 5), comment: `item ${i}` },
            { key: 'tone', label: i % 2 ? 'neutral' : 'polite' },
            { key: 'hallucination', label: i % 3 ? 'false' : 'true' },
          ],
        },
        who.secret,
      );
      expect(r.errors).toBeUndefined();
      submitted[item.trace.id] = r.data!.submitAnnotation.completedBy!;
      return r.data!.submitAnnotation;
    };
    const bobDone = await submit(bItem, bob, 0);
    expect(bobDone).toMatchObject({ status: 'DONE', completedBy: 'bob' });
    expect(bobDone.scores.map((x) => [x.name, x.score, x.label, x.source, x.authorName])).toEqual([
      ['hallucination', 1, 'true', 'human', 'bob'],
      ['helpfulness', 1, null, 'human', 'bob'],
      ['tone', null, 'polite', 'human', 'bob'],
    ]);

    // Work the rest through, both at once each round.
    let i = 1;
    for (;;) {
      const [na, nb] = await Promise.all([s.gql(NEXT, { q }, alice.secret), s.gql(NEXT, { q }, bob.secret)]);
      const ia = na.data!.nextAnnotationItem;
      const ib = nb.data!.nextAnnotationItem;
      if (ia && ib) expect(ia.id).not.toBe(ib.id);
      if (ia) {
        expect(ia.trace.id).not.toBe(aItem.trace.id);
        seenByAlice.add(ia.trace.id);
        await submit(ia, alice, i++);
      }
      if (ib) {
        seenByBob.add(ib.trace.id);
        await submit(ib, bob, i++);
      }
      if (!ia && !ib) break;
    }
    expect(Object.keys(submitted).sort()).toEqual(traces.slice(0, 6).sort());
    expect(seenByAlice.has(aItem.trace.id)).toBe(false);
    expect(submitted[aItem.trace.id]).toBe('bob');
    expect(seenByAlice.size + seenByBob.size).toBe(6);
    // Done items cannot be submitted again.
    expect(
      code(
        await s.gql(
          SUBMIT,
          {
            id: bItem.id,
            scores: [
              { key: 'helpfulness', score: 2 },
              { key: 'tone', label: 'rude' },
            ],
          },
          bob.secret,
        ),
      ),
    ).toBe('BAD_USER_INPUT');

    // Progress, annotators and the items' scores, as the reader sees them.
    const view = (await s.gql(QUEUE, { id: q }, reader)).data!.annotationQueue;
    expect(view.progress).toEqual({ total: 6, pending: 0, claimed: 0, done: 6, skippedByMe: 0 });
    expect(view.annotators.map((x) => [x.name, x.done]).sort()).toEqual(
      [
        ['alice', seenByAlice.size],
        ['bob', seenByBob.size],
      ].sort(),
    );
    expect(view.annotators.find((x) => x.name === 'alice')!.keyId).toBe(alice.id);
    expect(view.items.totalCount).toBe(6);
    expect(view.items.edges.every((e) => e.node.status === 'DONE' && e.node.scores.length === 3)).toBe(true);
    expect((await s.gql(QUEUES, { p: p.id }, alice.secret)).data!.annotationQueues).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: q, progress: { total: 6, done: 6 } })]),
    );

    // The scores show on the trace, with their author, and in the project's summary.
    const onTrace = (await s.gql(TRACE, { id: aItem.trace.id }, reader)).data!.trace.metrics;
    expect(onTrace.map((m) => [m.name, m.source, m.authorName, m.authorKeyId])).toEqual(
      expect.arrayContaining([
        ['helpfulness', 'human', 'bob', bob.id],
        ['tone', 'human', 'bob', bob.id],
      ]),
    );
    const summary = (await s.gql(SUMMARY, { p: p.id }, reader)).data!.project.scoreSummary;
    const helpfulness = summary.find((x) => x.key === 'helpfulness')!;
    // Scores 1 + (i % 5) for i = 0..5: 1, 2, 3, 4, 5, 1.
    expect(helpfulness).toMatchObject({ count: 6, sources: [{ source: 'human', count: 6 }] });
    expect(helpfulness.mean).toBeCloseTo(16 / 6, 12);
    expect(summary.find((x) => x.key === 'tone')!.labels).toEqual([
      { label: 'neutral', count: 3 },
      { label: 'polite', count: 3 },
    ]);
    expect(summary.find((x) => x.key === 'hallucination')).toMatchObject({ count: 6, mean: 2 / 6 });

    // Renaming keeps the work; deleting the queue keeps the scores.
    expect((await s.gql(UPDATE_QUEUE, { id: q, i: { name: 'support review (done)', description: 'first pass' } }, p.key)).data!.updateAnnotationQueue).toEqual({
      id: q,
      name: 'support review (done)',
      description: 'first pass',
    });
    expect(code(await s.gql(DELETE_QUEUE, { id: q }, alice.secret))).toBe('FORBIDDEN');
    expect((await s.gql(DELETE_QUEUE, { id: q }, p.key)).data!.deleteAnnotationQueue).toEqual({ id: q, deleted: true });
    expect(code(await s.gql(QUEUE, { id: q }, reader))).toBe('NOT_FOUND');
    expect((await s.gql(TRACE, { id: aItem.trace.id }, reader)).data!.trace.metrics.length).toBeGreaterThanOrEqual(3);
  });

  it('hands an expired claim to the next annotator and reports an empty queue as null', async () => {
    const q = (await s.gql(CREATE_QUEUE, { i: { projectId: p.id, name: `lease-${uuid()}`, rubric: RUBRIC } }, p.key)).data!.createAnnotationQueue.id;
    await s.gql(ADD, { q, items: [{ traceId: traces[6] }] }, alice.secret);
    const held = (await s.gql(NEXT, { q }, alice.secret)).data!.nextAnnotationItem!;
    expect((await s.gql(NEXT, { q }, bob.secret)).data!.nextAnnotationItem).toBeNull();
    // Alice walked away: her claim runs out.
    await s.ds.query(`UPDATE annotation_queue_items SET claimed_until = now() - interval '1 second' WHERE id = $1`, [held.id]);
    expect((await s.gql(NEXT, { q }, bob.secret)).data!.nextAnnotationItem).toMatchObject({ id: held.id, claimedBy: 'bob' });
  });
});
