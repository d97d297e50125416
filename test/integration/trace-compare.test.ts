// compareTraces: two runs of one agent side by side, their span trees aligned by path of kinds and
// names, with what differs per aligned span and the deltas, through the real API and Postgres.
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
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
const at = (ms: number) => new Date(Date.UTC(2026, 11, 6, 10) + ms).toISOString();

/** One run of a research agent: a planner with an LLM call and a search, and (optionally) a second search. */
function run(projectId: string, o: { answer: string; tokens: number; query: string; secondSearch: boolean; ms: number }) {
  const trace = uuid();
  const planner = uuid();
  const llm = uuid();
  const search = uuid();
  const batch: IngestBatchInput = {
    projectId,
    traces: [{ id: trace, name: 'research', startTime: at(0), endTime: at(o.ms) }],
    agentCalls: [{ id: planner, traceId: trace, name: 'planner', startTime: at(0), endTime: at(o.ms) }],
    llmCalls: [
      {
        id: llm,
        traceId: trace,
        parentId: planner,
        model: 'gpt-4o',
        promptTokens: o.tokens,
        completionTokens: 50,
        startTime: at(10),
        endTime: at(o.ms / 2),
        outputs: { answer: o.answer },
      },
    ],
    toolCalls: [
      { id: search, traceId: trace, parentId: planner, name: 'search', startTime: at(o.ms / 2 + 1), endTime: at(o.ms - 10), inputs: { q: o.query } },
      ...(o.secondSearch
        ? [{ id: uuid(), traceId: trace, parentId: planner, name: 'search', startTime: at(o.ms - 5), endTime: at(o.ms - 1), inputs: { q: 'more' } }]
        : []),
    ],
  };
  return { trace, batch };
}

describe('compareTraces', () => {
  it('aligns two runs by path and reports what differs, what one run lacks, and the deltas', async () => {
    const p = await s.project('compare');
    const one = run(p.id, { answer: 'Paris', tokens: 100, query: 'capital of France', secondSearch: false, ms: 1000 });
    const two = run(p.id, { answer: 'Paris, France', tokens: 150, query: 'capital of France', secondSearch: true, ms: 1600 });
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
    const one = run(p.id, { answer: 'x', tokens: 10, query: 'q', secondSearch: true, ms: 500 });
    await s.gql(INGEST, { b: one.batch });
    const c = (await s.gql(COMPARE, { a: one.trace, b: one.trace })).data!.compareTraces;
    expect({ matched: c.matched, onlyInA: c.onlyInA, onlyInB: c.onlyInB, changed: c.changed }).toEqual({ matched: 4, onlyInA: 0, onlyInB: 0, changed: 0 });
  });

  it('answers NOT_FOUND for a trace that does not exist or that the key may not read', async () => {
    const mine = await s.project('compare-mine');
    const theirs = await s.project('compare-theirs');
    const a = run(mine.id, { answer: 'a', tokens: 1, query: 'q', secondSearch: false, ms: 100 });
    const b = run(theirs.id, { answer: 'b', tokens: 1, query: 'q', secondSearch: false, ms: 100 });
    await s.gql(INGEST, { b: a.batch });
    await s.gql(INGEST, { b: b.batch });
    const other = await s.gql(COMPARE, { a: a.trace, b: b.trace }, mine.key);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(other.data ?? null).toBeNull();
    const missing = await s.gql(COMPARE, { a: a.trace, b: uuid() }, mine.key);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
