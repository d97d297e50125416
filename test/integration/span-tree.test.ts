// The span-tree read path: trace.spans reads only the columns a query selects, places a trace's tree
// once while a client pages through it (and again when the trace changes), and answers every span
// field as the live feed (which maps whole entities) does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, type GraphQLObjectType, isObjectType } from 'graphql';
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { liveClient } from '../support/live-client';
import { startTestServer, type TestServer } from '../support/test-server';

const INGEST = graphql(`mutation SpanTreeIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const DELETE = graphql(`mutation SpanTreeDelete($id: ID!) { deleteTrace(id: $id) { deleted } }`);
const LIGHT_PAGE = graphql(`query SpanTreeLightPage($id: ID!, $first: Int, $after: ID) {
  trace(id: $id) { spans(first: $first, after: $after) { __typename id name depth childIds ... on LLMCall { model totalTokens } } }
}`);
const INPUTS_PAGE = graphql(`query SpanTreeInputsPage($id: ID!) { trace(id: $id) { spans { id inputs } } }`);

/** Every field of the three span types, nested objects included, from the committed schema: a field added later is covered too. */
function everySpanField(): string {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
  // Below a span, only scalar fields: the registry's types link on to each other
  // (LLMCall.promptVersion.prompt.versions…) and are not the span's own, which is what is compared.
  const fields = (t: GraphQLObjectType, depth = 0): string =>
    Object.values(t.getFields())
      .map((f) => {
        const named = getNamedType(f.type);
        if (!isObjectType(named)) return f.name;
        return depth === 0 ? `${f.name} { __typename ${fields(named, depth + 1)} }` : '';
      })
      .filter(Boolean)
      .join(' ');
  return ['AgentCall', 'LLMCall', 'ToolCall'].map((name) => `... on ${name} { ${fields(schema.getType(name) as GraphQLObjectType)} }`).join(' ');
}

let s: TestServer;
let project: { id: string; key: string };
beforeAll(async () => {
  s = await startTestServer();
  project = await s.project('span-tree', 'admin');
});
afterAll(() => s?.stop());

const uuid = () => crypto.randomUUID();
const at = (ms: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + ms).toISOString();
async function ingest(batch: Omit<IngestBatchInput, 'projectId'>) {
  const r = await s.gql(INGEST, { b: { projectId: project.id, ...batch } }, project.key);
  expect(r.errors).toBeUndefined();
  expect(r.data!.ingest.rejections).toEqual([]);
}
/** The statements one call sends, as text. */
async function statementsOf(call: () => Promise<unknown>): Promise<string[]> {
  const mark = s.statements.count;
  await call();
  return s.statements.since(mark);
}
const SKELETON = /FROM spans WHERE trace_id = ANY/;
const PAGE_ROWS = /FROM spans WHERE id = ANY/;

/** A trace whose spans carry a value in every column their ingest inputs have. */
async function fullTrace() {
  const ids = { trace: uuid(), agent: uuid(), sub: uuid(), llm: uuid(), tool: uuid(), ui: uuid() };
  const common = (i: number) => ({
    traceId: ids.trace,
    startTime: at(i * 100),
    endTime: at(i * 100 + 50),
    inputs: { messages: [{ role: 'user', content: `question ${i}` }] },
    outputs: { answer: `answer ${i}` },
    metadata: { step: i },
    tags: [`t${i}`],
    events: [{ name: 'start', time: at(i * 100) }],
    serialized: { id: ['x', `y${i}`] },
    extra: { runtime: { sdk: 'test' } },
    attachments: { file: { mime: 'text/plain' } },
    inputsS3Urls: { in: `s3://b/in${i}` },
    outputsS3Urls: { out: `s3://b/out${i}` },
    referenceExampleId: uuid(),
    manifestId: `manifest-${i}`,
    inDataset: i % 2 === 0,
    memoryUsed: 3_000_000_000 + i,
    dottedOrder: `20261122T100000000000Z${uuid()}`,
    stepIndex: i,
  });
  await ingest({
    traces: [{ id: ids.trace, name: 'full', startTime: at(0), endTime: at(1000) }],
    agentCalls: [
      { ...common(0), id: ids.agent, name: 'planner', runType: 'chain' },
      { ...common(3), id: ids.sub, parentId: ids.tool, name: 'sub', error: 'boom', errorType: 'ValueError', status: 'error' },
    ],
    llmCalls: [
      {
        ...common(1),
        id: ids.llm,
        parentId: ids.agent,
        // No name: the API names it after its model, on every read path alike.
        provider: 'openai',
        model: 'gpt-4o',
        promptTokens: 120,
        completionTokens: 30,
        totalTokens: 150,
        cacheReadTokens: 20,
        cacheCreationTokens: 5,
        reasoningTokens: 7,
        promptTokenDetails: { audio: 1 },
        completionTokenDetails: { reasoning: 7 },
        promptCost: 0.001,
        completionCost: 0.002,
        promptCostDetails: { cache_read: 0.0001 },
        completionCostDetails: { reasoning: 0.0005 },
        firstTokenTime: at(130),
        temperature: 0.2,
        topP: 0.9,
        maxTokens: 256,
        stopTokens: ['\n\n'],
        invocationParams: { seed: 1 },
        toolCalls: [{ name: 'search', args: { q: 'x' } }],
        streaming: true,
        retryCount: 1,
        contextHash: 'ctx',
        contextRefs: ['doc-1'],
        hiddenStateHash: 'hid',
        promptDiffFromPrevious: '+ line',
        decisionId: 'd-1',
      },
    ],
    toolCalls: [
      {
        ...common(2),
        id: ids.tool,
        parentId: ids.agent,
        name: 'search',
        llmCallId: ids.llm,
        totalCost: 0.01,
        networkCalls: [{ url: 'http://x' }],
        retrievedDocs: [{ id: 'doc-1' }],
        docSimilarityScores: [0.9],
        intermediateState: { k: 1 },
      },
    ],
    metrics: [
      { traceId: ids.trace, spanId: ids.llm, name: 'relevance', score: 0.5, value: 2 },
      { traceId: ids.trace, spanId: ids.llm, name: 'relevance', score: 1, value: 4 },
    ],
    userInteractions: [{ id: ids.ui, traceId: ids.trace, agentId: ids.agent, interactionType: 'input', content: 'hi', timestamp: at(10) }],
  });
  return ids;
}

describe('trace.spans', () => {
  it('answers every field of every span kind as the live feed, which maps whole entities, does', async () => {
    const ids = await fullTrace();
    const selection = `__typename ${everySpanField()}`;
    const r = await s.gql(`query SpanTreeEveryField($id: ID!) { trace(id: $id) { spans(first: 100) { ${selection} } } }`, { id: ids.trace }, project.key);
    expect(r.errors).toBeUndefined();
    const paged: { id: string }[] = r.data!.trace.spans;
    expect(paged.map((x) => x.id)).toEqual([ids.agent, ids.llm, ids.tool, ids.sub]);

    const live = liveClient(s.wsUrl, project.key);
    try {
      const sub = live.subscribe(
        `subscription SpanTreeEveryFieldLive($t: ID!) { spanAdded(traceId: $t, since: "0") { ${selection} } }`,
        { t: ids.trace },
        'spanAdded',
      );
      const streamed = (await sub.take(4)) as { id: string }[];
      const byId = (xs: { id: string }[]) => Object.fromEntries(xs.map((x) => [x.id, x]));
      expect(byId(paged)).toEqual(byId(streamed));
    } finally {
      await live.dispose();
    }
    // The values themselves, for the fields a mapping could lose: a bigint, derived fields, other tables.
    const [agent, llm, tool] = paged as Record<string, any>[];
    expect(agent).toMatchObject({
      memoryUsed: 3_000_000_000,
      llmCallIds: [ids.llm],
      toolCallIds: [ids.tool],
      userInteractionIds: [ids.ui],
      childIds: [ids.llm, ids.tool],
    });
    expect(llm).toMatchObject({
      name: 'gpt-4o',
      unpriced: false,
      tokensEstimated: false,
      timeToFirstTokenMs: 30,
      feedbackStats: [{ name: 'relevance', count: 2, meanScore: 0.75, meanValue: 3 }],
      agentId: ids.agent,
    });
    expect(tool).toMatchObject({ appPath: `/projects/${project.id}/traces/${ids.trace}?span=${ids.tool}`, retrievedDocs: [{ id: 'doc-1' }], depth: 1 });
  });

  it('reads only the columns the query selects: a tree view never reads the JSON of its spans', async () => {
    const ids = await fullTrace();
    const light = await statementsOf(async () => expect((await s.gql(LIGHT_PAGE, { id: ids.trace }, project.key)).errors).toBeUndefined());
    const rows = light.filter((q) => PAGE_ROWS.test(q));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/"model"/);
    for (const heavy of [
      'inputs',
      'outputs',
      'metadata',
      'events',
      'serialized',
      'extra',
      'attachments',
      'invocation_params',
      'tool_calls',
      'retrieved_docs',
    ]) {
      expect(rows[0]).not.toMatch(new RegExp(`"${heavy}"`));
    }
    // Nor metrics and interactions, which only feedbackStats and userInteractionIds need.
    expect(light.filter((q) => /FROM "?(metrics|user_interactions)"?/.test(q))).toEqual([]);

    const withInputs = await statementsOf(async () => {
      const r = await s.gql(INPUTS_PAGE, { id: ids.trace }, project.key);
      expect(r.data!.trace!.spans[0]).toEqual({ id: ids.agent, inputs: { messages: [{ role: 'user', content: 'question 0' }] } });
    });
    const inputRows = withInputs.filter((q) => PAGE_ROWS.test(q));
    expect(inputRows).toHaveLength(1);
    expect(inputRows[0]).toMatch(/"inputs"/);
    expect(inputRows[0]).not.toMatch(/"outputs"/);
  });

  it('places a trace once while a client pages through it, and again once the trace changes or is sent anew', async () => {
    const trace = uuid();
    const root = uuid();
    const kids = [uuid(), uuid(), uuid(), uuid()];
    const batch = (parentOf: (i: number) => string) => ({
      traces: [{ id: trace, name: 'paged', startTime: at(0) }],
      agentCalls: [{ id: root, traceId: trace, name: 'root', startTime: at(0) }],
      llmCalls: kids.map((id, i) => ({ id, traceId: trace, parentId: parentOf(i), model: 'm', startTime: at(10 + i) })),
    });
    await ingest(batch(() => root));
    const page = async (after: string | null) => {
      const r = await s.gql(LIGHT_PAGE, { id: trace, first: 2, after }, project.key);
      expect(r.errors).toBeUndefined();
      return r.data!.trace!.spans.map((x) => `${x.id}:${x.depth}`);
    };
    const first = await statementsOf(() => page(null));
    expect(first.filter((q) => SKELETON.test(q))).toHaveLength(1);
    let pages: string[][] = [];
    const rest = await statementsOf(async () => {
      pages = [await page(kids[0]), await page(kids[2]), await page(kids[3])];
    });
    expect(pages).toEqual([[`${kids[1]}:1`, `${kids[2]}:1`], [`${kids[3]}:1`], []]);
    expect(rest.filter((q) => SKELETON.test(q))).toEqual([]);

    // A new span that sorts first: the next read places the tree again.
    const early = uuid();
    await ingest({ toolCalls: [{ id: early, traceId: trace, parentId: root, name: 'early', startTime: at(5) }] });
    expect(await page(null)).toEqual([`${root}:0`, `${early}:1`]);

    // Deleted and sent again with the same spans, as many versions of them, but nested otherwise.
    expect((await s.gql(DELETE, { id: trace })).data!.deleteTrace.deleted).toBe(true);
    await ingest(batch((i) => (i ? kids[i - 1] : root)));
    await ingest({ toolCalls: [{ id: early, traceId: trace, parentId: kids[3], name: 'early', startTime: at(5) }] });
    expect(await page(null)).toEqual([`${root}:0`, `${kids[0]}:1`]);
    expect(await page(kids[0])).toEqual([`${kids[1]}:2`, `${kids[2]}:3`]);
  });
});
