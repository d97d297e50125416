// compareTraces: two runs of one agent side by side, their span trees aligned by path of kinds and
// names, with what differs per aligned span and the deltas, through the real API and Postgres.
import { graphql } from '../gql';
import { researchRun } from '../support/research-run';
import { startTestServer, type TestServer } from '../support/test-server';

const INGEST = graphql(`mutation CompareIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const COMPARE = graphql(`query CompareTraces($a: ID!, $b: ID!) {
  compareTraces(a: $a, b: $b) {
    a { id name totalTokens } b { id name totalTokens }
    matched onlyInA onlyInB changed
    spans {
      path depth differences durationMsDelta totalCostDelta totalTokensDelta
      a { __typename id name ... on LLMCall { model totalTokens outputs } }
      b { __typename id name ... on LLMCall { model totalTokens outputs } ... on ToolCall { inputs } }
    }
  }
}`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

const uuid = () => crypto.randomUUID();

describe('compareTraces', () => {
  it('aligns two runs by path and reports what differs, what one run lacks, and the deltas', async () => {
    const p = await s.project('compare');
    const one = researchRun(p.id, { answer: 'Paris', tokens: 100, query: 'capital of France', secondSearch: false, ms: 1000 });
    const two = researchRun(p.id, { answer: 'Paris, France', tokens: 150, query: 'capital of France', secondSearch: true, ms: 1600 });
    for (const r of [one, two]) {
      const res = await s.gql(INGEST, { b: r.batch });
      expect(res.data!.ingest.rejections).toEqual([]);
    }
    const r = await s.gql(COMPARE, { a: one.trace, b: two.trace });
    expect(r.errors).toBeUndefined();
    const c = r.data!.compareTraces;
    expect([c.a.id, c.b.id]).toEqual([one.trace, two.trace]);
    expect({ matched: c.matched, onlyInA: c.onlyInA, onlyInB: c.onlyInB, changed: c.changed }).toEqual({ matched: 3, onlyInA: 0, onlyInB: 1, changed: 1 });
    expect(c.spans.map((x) => [x.path.join(' > '), x.depth, x.a?.name ?? null, x.b?.name ?? null, x.differences])).toEqual([
      ['agent:planner', 0, 'planner', 'planner', []],
      ['agent:planner > llm:gpt-4o', 1, 'gpt-4o', 'gpt-4o', ['outputs', 'promptTokens', 'totalTokens', 'totalCost']],
      ['agent:planner > tool:search', 1, 'search', 'search', []],
      ['agent:planner > tool:search', 1, null, 'search', []],
    ]);
    const llm = c.spans[1];
    expect(llm.a).toMatchObject({ __typename: 'LLMCall', model: 'gpt-4o', totalTokens: 150, outputs: { answer: 'Paris' } });
    expect(llm.b).toMatchObject({ __typename: 'LLMCall', totalTokens: 200, outputs: { answer: 'Paris, France' } });
    expect(llm.totalTokensDelta).toBe(50);
    // gpt-4o at $2.50/M input: 50 more prompt tokens cost $0.000125 more.
    expect(llm.totalCostDelta).toBeCloseTo(0.000125, 9);
    expect(llm.durationMsDelta).toBe(300);
    expect(c.spans[0].durationMsDelta).toBe(600);
    // An unpaired span has no deltas, and its fields are still answered.
    expect(c.spans[3]).toMatchObject({ durationMsDelta: null, totalCostDelta: null, a: null, b: { __typename: 'ToolCall', inputs: { q: 'more' } } });
  });

  it('compares a trace with itself as all matched and unchanged', async () => {
    const p = await s.project('compare-self');
    const one = researchRun(p.id, { answer: 'x', tokens: 10, query: 'q', secondSearch: true, ms: 500 });
    await s.gql(INGEST, { b: one.batch });
    const c = (await s.gql(COMPARE, { a: one.trace, b: one.trace })).data!.compareTraces;
    expect({ matched: c.matched, onlyInA: c.onlyInA, onlyInB: c.onlyInB, changed: c.changed }).toEqual({ matched: 4, onlyInA: 0, onlyInB: 0, changed: 0 });
  });

  it('answers NOT_FOUND for a trace that does not exist or that the key may not read', async () => {
    const mine = await s.project('compare-mine');
    const theirs = await s.project('compare-theirs');
    const a = researchRun(mine.id, { answer: 'a', tokens: 1, query: 'q', secondSearch: false, ms: 100 });
    const b = researchRun(theirs.id, { answer: 'b', tokens: 1, query: 'q', secondSearch: false, ms: 100 });
    await s.gql(INGEST, { b: a.batch });
    await s.gql(INGEST, { b: b.batch });
    const other = await s.gql(COMPARE, { a: a.trace, b: b.trace }, mine.key);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(other.data ?? null).toBeNull();
    const missing = await s.gql(COMPARE, { a: a.trace, b: uuid() }, mine.key);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
