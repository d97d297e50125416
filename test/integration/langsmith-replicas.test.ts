import * as zlib from 'node:zlib';
import { costForModel } from '@sextant/core';
import { Client } from 'langsmith';
import { RunTree } from 'langsmith/run_trees';
import { getCurrentRunTree } from 'langsmith/singletons/traceable';
import { traceable } from 'langsmith/traceable';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { failOnConsoleWarnings } from '../support/console-warnings';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType } from '../support/typed-operation';

// "Send to both at once": the unmodified official SDK fanning every run out to LangSmith and to
// Sextant through its write replicas (LANGSMITH_RUNS_ENDPOINTS), as the README tells users to set it.
// Two Sextant instances play the two targets: `cloud` stands in for LangSmith cloud, reached at its
// real URL https://api.smith.langchain.com (fetch is rerouted to it, so nothing leaves the machine),
// and `sextant` is the local Sextant at …/langsmith. Each holds keys of its own: a key sent to the
// wrong target is refused (401), so every run stored proves it went where the README says.

const LANGSMITH_CLOUD = 'https://api.smith.langchain.com';

const TRACES = graphql(`query LsReplicasTraces($p: ID!) { traces(projectId: $p, first: 10) { edges { node { id name status project { name }
  promptTokens completionTokens totalTokens totalCost
  spans { __typename id depth parentId name runType status inputs outputs
    ... on LLMCall { model provider promptTokens completionTokens totalTokens totalCost costSource } } } } } }`);

type Trace = ResultOf<typeof TRACES>['traces']['edges'][number]['node'];
type Target = 'cloud' | 'sextant';

let cloud: TestServer;
let sextant: TestServer;
let sextantEndpoint = '';
/** Projects with an ingest key each; a key writes only to its own project. */
let keys: Record<'cloud' | 'cloudOther' | 'sextant' | 'sextantOther', { id: string; key: string }>;
/** Every request the SDK made: which target, method and path, and the API key it carried. */
let requests: { target: Target | string; call: string; key: string | null; encoding?: string }[] = [];
/** Flags to add to the `GET /info` answer of the LangSmith stand-in, to play LangSmith cloud's. */
let cloudInstanceFlags: Record<string, unknown> | undefined;
const saved = { ...process.env };

failOnConsoleWarnings();
beforeAll(async () => {
  [cloud, sextant] = await Promise.all([startTestServer(), startTestServer()]);
  keys = {
    cloud: await cloud.project('my-agent', 'ingest'),
    cloudOther: await cloud.project('ls-prod', 'ingest'),
    sextant: await sextant.project('my-agent', 'ingest'),
    sextantOther: await sextant.project('my-agent-staging', 'ingest'),
  };
  const cloudBase = cloud.url.replace(/\/graphql$/, '');
  sextantEndpoint = `${sextant.url.replace(/\/graphql$/, '')}/langsmith`;
  const sextantOrigin = new URL(sextant.url).origin;

  const realFetch = globalThis.fetch;
  jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    const key = headers.get('x-api-key');
    const encoding = headers.get('content-encoding') ?? undefined;
    if (url.origin === LANGSMITH_CLOUD) {
      requests.push({ target: 'cloud', call: `${init?.method ?? 'GET'} ${url.pathname}`, key, ...(encoding ? { encoding } : {}) });
      url = new URL(`${cloudBase}/langsmith${url.pathname}${url.search}`);
      if (url.pathname.endsWith('/info') && cloudInstanceFlags) {
        const flags = cloudInstanceFlags;
        return realFetch(url, init).then(async (res) => {
          const info = (await res.json()) as Record<string, any>;
          return Response.json({ ...info, instance_flags: { ...info.instance_flags, ...flags } });
        });
      }
      return realFetch(url, init);
    }
    if (url.origin === sextantOrigin && url.pathname.startsWith('/langsmith')) {
      requests.push({ target: 'sextant', call: `${init?.method ?? 'GET'} ${url.pathname.slice('/langsmith'.length)}`, key, ...(encoding ? { encoding } : {}) });
    } else if (!url.pathname.endsWith('/graphql')) {
      requests.push({ target: url.origin, call: `${init?.method ?? 'GET'} ${url.pathname}`, key });
    }
    return realFetch(input, init);
  });
});
afterAll(async () => {
  process.env = saved;
  jest.restoreAllMocks();
  await Promise.all([cloud?.stop(), sextant?.stop()]);
});
beforeEach(() => {
  requests = [];
  cloudInstanceFlags = undefined;
  // The environment an agent process gets: tracing on, the replicas, and no single endpoint.
  for (const name of [
    'LANGSMITH_ENDPOINT',
    'LANGCHAIN_ENDPOINT',
    'LANGSMITH_API_KEY',
    'LANGCHAIN_API_KEY',
    'LANGSMITH_PROJECT',
    'LANGCHAIN_PROJECT',
    'LANGSMITH_RUNS_ENDPOINTS',
  ]) {
    delete process.env[name];
  }
  process.env.LANGSMITH_TRACING = 'true';
});

/** The agent users instrument: a root chain, a chat model call with usage and model metadata, then a tool. */
const chatModel = traceable(
  async (input: { messages: { role: string; content: string }[] }) => ({
    messages: [{ role: 'assistant', content: `call web_search for ${input.messages.at(-1)!.content}` }],
    usage_metadata: { input_tokens: 1000, output_tokens: 200, total_tokens: 1200 },
  }),
  { name: 'ChatOpenAI', run_type: 'llm', metadata: { ls_model_name: 'gpt-4o', ls_provider: 'openai' } },
);
const webSearch = traceable(async (query: string) => ({ hits: [`${query} result`] }), { name: 'web_search', run_type: 'tool' });
const agent = traceable(
  async (question: string) => {
    const reply = await chatModel({ messages: [{ role: 'user', content: question }] });
    const found = await webSearch(question);
    return { answer: reply.messages[0].content, found, rootId: getCurrentRunTree().id };
  },
  { name: 'agent' },
);

const GPT4O = costForModel('gpt-4o', { promptTokens: 1000, completionTokens: 200 })!;

/** The one trace in a project of an instance, read back through GraphQL. */
async function onlyTrace(s: TestServer, projectId: string) {
  const r = await s.gql(TRACES, { p: projectId });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const traces = r.data!.traces.edges.map((e) => e.node);
  expect(traces).toHaveLength(1);
  return traces[0];
}

/** What both targets must agree on: the tree (names, kinds, run types, parentage, tokens, cost), ids aside. */
function shape(t: Trace) {
  const nameOf = new Map<string, string | null>(t.spans.map((x) => [x.id, x.name]));
  return {
    trace: {
      name: t.name,
      status: t.status,
      project: t.project.name,
      promptTokens: t.promptTokens,
      completionTokens: t.completionTokens,
      totalTokens: t.totalTokens,
    },
    spans: t.spans.map((x) => ({
      kind: x.__typename,
      name: x.name,
      runType: x.runType,
      depth: x.depth,
      parent: x.parentId ? nameOf.get(x.parentId) : null,
      status: x.status,
      ...(x.__typename === 'LLMCall'
        ? {
            model: x.model,
            provider: x.provider,
            promptTokens: x.promptTokens,
            completionTokens: x.completionTokens,
            totalTokens: x.totalTokens,
            costSource: x.costSource,
          }
        : {}),
    })),
  };
}

function expectTheTree(t: Trace, project: string, question: string) {
  expect(shape(t)).toEqual({
    trace: { name: 'agent', status: 'SUCCESS', project, promptTokens: 1000, completionTokens: 200, totalTokens: 1200 },
    spans: [
      { kind: 'AgentCall', name: 'agent', runType: 'CHAIN', depth: 0, parent: null, status: 'SUCCESS' },
      {
        kind: 'LLMCall',
        name: 'ChatOpenAI',
        runType: 'LLM',
        depth: 1,
        parent: 'agent',
        status: 'SUCCESS',
        model: 'gpt-4o',
        provider: 'openai',
        promptTokens: 1000,
        completionTokens: 200,
        totalTokens: 1200,
        costSource: 'computed',
      },
      { kind: 'ToolCall', name: 'web_search', runType: 'TOOL', depth: 1, parent: 'agent', status: 'SUCCESS' },
    ],
  });
  expect(t.totalCost).toBeCloseTo(GPT4O.totalCost, 12);
  expect(ofType(t.spans[1], 'LLMCall').totalCost).toBeCloseTo(GPT4O.totalCost, 12);
  expect(t.spans[0].inputs).toEqual({ input: question });
  expect(t.spans[2].outputs).toEqual({ hits: [`${question} result`] });
}

describe('one traceable tree sent to LangSmith and Sextant at once by LANGSMITH_RUNS_ENDPOINTS', () => {
  it('the README form: a JSON object of endpoint → key, LANGSMITH_PROJECT naming the project on both, the same run ids on both', async () => {
    // Read for each new root run, not at load: set here, after the SDK was imported.
    process.env.LANGSMITH_PROJECT = 'my-agent';
    process.env.LANGSMITH_RUNS_ENDPOINTS = JSON.stringify({ [LANGSMITH_CLOUD]: keys.cloud.key, [sextantEndpoint]: keys.sextant.key });

    const { rootId } = await agent('What is Sextant?');
    await RunTree.getSharedClient().awaitPendingTraceBatches();

    const [inCloud, inSextant] = await Promise.all([onlyTrace(cloud, keys.cloud.id), onlyTrace(sextant, keys.sextant.id)]);
    expectTheTree(inCloud, 'my-agent', 'What is Sextant?');
    expectTheTree(inSextant, 'my-agent', 'What is Sextant?');
    // Without per-target project names the SDK keeps the run ids: the same trace id on both sides.
    expect(inCloud.id).toBe(rootId);
    expect(inSextant.id).toBe(rootId);
    expect(inSextant.spans.map((x) => [x.id, x.parentId])).toEqual(inCloud.spans.map((x) => [x.id, x.parentId]));

    // Each target got its own key and nothing else; /info is read from the shared client's endpoint
    // (LangSmith's default URL, LANGSMITH_ENDPOINT being unset) and its answer applies to every replica.
    expect(requests.filter((r) => r.target !== 'cloud' && r.target !== 'sextant')).toEqual([]);
    expect(requests.filter((r) => r.target === 'cloud')).toEqual(
      expect.arrayContaining([
        { target: 'cloud', call: 'GET /info', key: null },
        { target: 'cloud', call: 'POST /runs/multipart', key: keys.cloud.key },
      ]),
    );
    expect(requests.filter((r) => r.target === 'cloud' && r.call !== 'GET /info').every((r) => r.key === keys.cloud.key)).toBe(true);
    const toSextant = requests.filter((r) => r.target === 'sextant');
    expect(toSextant.length).toBeGreaterThan(0);
    expect(toSextant.every((r) => r.call === 'POST /runs/multipart' && r.key === keys.sextant.key)).toBe(true);
  });

  it('the array form: a project per target; the primary target keeps the run ids, the other gets ids derived from them', async () => {
    process.env.LANGSMITH_RUNS_ENDPOINTS = JSON.stringify([
      { api_url: LANGSMITH_CLOUD, api_key: keys.cloudOther.key, project_name: 'ls-prod', primary: true },
      { api_url: sextantEndpoint, api_key: keys.sextantOther.key, project_name: 'my-agent-staging' },
    ]);

    const { rootId } = await agent('second question');
    await RunTree.getSharedClient().awaitPendingTraceBatches();

    const [inCloud, inSextant] = await Promise.all([onlyTrace(cloud, keys.cloudOther.id), onlyTrace(sextant, keys.sextantOther.id)]);
    expectTheTree(inCloud, 'ls-prod', 'second question');
    expectTheTree(inSextant, 'my-agent-staging', 'second question');
    expect(inCloud.id).toBe(rootId);
    // A non-primary replica in another project gets deterministic ids of its own (UUIDv7 from the original and the project name).
    expect(inSextant.id).not.toBe(rootId);
    expect(inSextant.spans.map((x) => x.id)).not.toEqual(expect.arrayContaining([inCloud.spans[1].id]));
    expect(inSextant.spans.map((x) => x.parentId)).toEqual([null, inSextant.id, inSextant.id]);
    // Each target got its own key only.
    expect(requests.filter((r) => r.target === 'cloud' && r.call !== 'GET /info').every((r) => r.key === keys.cloudOther.key)).toBe(true);
    const toSextant = requests.filter((r) => r.target === 'sextant');
    expect(toSextant.length).toBeGreaterThan(0);
    expect(toSextant.every((r) => r.key === keys.sextantOther.key)).toBe(true);
  });

  it("follows the first endpoint's GET /info for every target: when LangSmith asks for compressed bodies, Sextant gets them compressed too", async () => {
    // Only the client's own endpoint (LangSmith's URL, LANGSMITH_ENDPOINT being unset) is asked; its
    // answer (multipart, batch limits, compression) is applied to the batches sent to Sextant as well.
    cloudInstanceFlags = { gzip_body_enabled: true, zstd_compression_enabled: true };
    const client = new Client(); // a fresh client, to read /info again
    process.env.LANGSMITH_PROJECT = 'my-agent';
    process.env.LANGSMITH_RUNS_ENDPOINTS = JSON.stringify({ [LANGSMITH_CLOUD]: keys.cloud.key, [sextantEndpoint]: keys.sextant.key });
    const compressedAgent = traceable(async (q: string) => ({ ...(await agent(q)), outerId: getCurrentRunTree().id }), { name: 'outer', client });
    const { outerId } = await compressedAgent('compressed');
    await client.awaitPendingTraceBatches();

    const r = await sextant.gql(graphql(`query LsReplicasRead($id: ID!) { trace(id: $id) { name project { name } spans { name depth } } }`), { id: outerId });
    expect(r.errors).toBeUndefined();
    const t = r.data!.trace;
    expect(t).toEqual({
      name: 'outer',
      project: { name: 'my-agent' },
      spans: [
        { name: 'outer', depth: 0 },
        { name: 'agent', depth: 1 },
        { name: 'ChatOpenAI', depth: 2 },
        { name: 'web_search', depth: 2 },
      ],
    });
    expect(requests.filter((r) => r.target === 'sextant').map((r) => r.call)).not.toContain('GET /info');
    // The SDK picks zstd where Node has it (22.15+), else gzip: LangSmith's flags decide for Sextant,
    // which decodes both.
    const expected = 'createZstdCompress' in zlib ? 'zstd' : 'gzip';
    expect(requests.filter((r) => r.call === 'POST /runs/multipart').map((r) => [r.target, r.encoding])).toEqual(
      expect.arrayContaining([
        ['cloud', expected],
        ['sextant', expected],
      ]),
    );
  });

  it('the same from code: `replicas` on the root traceable, inherited by its children, with no environment variable', async () => {
    process.env.LANGSMITH_PROJECT = 'my-agent';
    const inCode = traceable(async (q: string) => ({ ...(await agent(q)), outerId: getCurrentRunTree().id }), {
      name: 'outer',
      replicas: [
        { apiUrl: LANGSMITH_CLOUD, apiKey: keys.cloud.key },
        { apiUrl: sextantEndpoint, apiKey: keys.sextant.key },
      ],
    });
    const { outerId } = await inCode('from code');
    await RunTree.getSharedClient().awaitPendingTraceBatches();

    const READ = graphql(`query LsReplicasRead($id: ID!) { trace(id: $id) { name project { name } spans { name depth } } }`);
    const [a, b] = await Promise.all([cloud.gql(READ, { id: outerId }), sextant.gql(READ, { id: outerId })]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    const tree = {
      name: 'outer',
      project: { name: 'my-agent' },
      spans: [
        { name: 'outer', depth: 0 },
        { name: 'agent', depth: 1 },
        { name: 'ChatOpenAI', depth: 2 },
        { name: 'web_search', depth: 2 },
      ],
    };
    expect([a.data!.trace, b.data!.trace]).toEqual([tree, tree]);
  });

  it('refuses the JSON object form next to LANGSMITH_ENDPOINT: the traced function itself throws, synchronously, before running', async () => {
    process.env.LANGSMITH_ENDPOINT = sextantEndpoint;
    process.env.LANGSMITH_RUNS_ENDPOINTS = JSON.stringify({ [LANGSMITH_CLOUD]: keys.cloud.key, [sextantEndpoint]: keys.sextant.key });
    let ran = false;
    const guarded = traceable(async () => void (ran = true), { name: 'guarded' });
    expect(() => guarded()).toThrow('You cannot provide both LANGSMITH_ENDPOINT / LANGCHAIN_ENDPOINT and LANGSMITH_RUNS_ENDPOINTS.');
    expect(ran).toBe(false);
    await RunTree.getSharedClient().awaitPendingTraceBatches();
    expect(requests.filter((r) => r.call !== 'GET /info')).toEqual([]);
  });
});
