// Python code traced into Sextant by environment variables alone: the unmodified official `langsmith`
// package (pinned in test/support/python-venv.ts) runs test/fixtures/python/traceable_agent.py with its default background
// batching and zstd compression, and the tree, model, tokens, error and sessions come back through GraphQL.
import { execFile } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { costForModel } from '@sextant/core';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { pythonWithLangsmith, ROOT } from '../support/python-venv';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType, type TypedOperation } from '../support/typed-operation';

const run = promisify(execFile);
const SCRIPT = path.join(ROOT, 'test/fixtures/python/traceable_agent.py');

const TRACE = graphql(`query LsPythonTrace($id: ID!) { trace(id: $id) {
  id name status sessionId inputs outputs errorMessage errorCount promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost
  spans { __typename id depth parentId name runType status error errorType inputs outputs
    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost costSource } }
  errors { errorMessage errorType agentId toolCallId }
} }`);
const SESSIONS = graphql(`query LsPythonSessions($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount totalTokens } } } }`);

type Span = ResultOf<typeof TRACE>['trace']['spans'][number];

/** An HTTP proxy in front of the server that notes what the SDK sends: method, path and Content-Encoding. */
async function recordingProxy(target: URL, seen: { call: string; encoding: string }[]): Promise<Server> {
  const proxy = createServer((req, res) => {
    seen.push({ call: `${req.method} ${req.url!.split('?')[0]}`, encoding: String(req.headers['content-encoding'] ?? 'identity') });
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return proxy;
}

let s: TestServer;
let app: { id: string; key: string };
let proxy: Server;
const requests: { call: string; encoding: string }[] = [];
let result: { stdout: string; stderr: string };
let roots: { agent: string; turns: string[]; side: string; failing: string };

beforeAll(async () => {
  const python = await pythonWithLangsmith();
  s = await startTestServer();
  app = await s.project('python-app', 'ingest');
  proxy = await recordingProxy(new URL(s.url), requests);
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(LANGSMITH|LANGCHAIN)_/.test(k)) delete env[k];
  result = await run(python, [SCRIPT], {
    timeout: 120_000,
    env: {
      ...env,
      LANGSMITH_TRACING: 'true',
      LANGSMITH_ENDPOINT: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/langsmith`,
      LANGSMITH_API_KEY: app.key,
      LANGSMITH_PROJECT: 'python-app',
    },
  });
  ({ roots } = JSON.parse(result.stdout.trim().split('\n').at(-1)!));
}, 900_000);
afterAll(async () => {
  proxy?.close();
  await s?.stop();
});

const gqlData = async <R, V>(query: TypedOperation<R, V>, variables: NoInfer<V>) => {
  const r = await s.gql<R, any>(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};
const readTrace = async (id: string) => (await gqlData(TRACE, { id })).trace;
const byName = (spans: Span[], name: string) => spans.find((x) => x.name === name)!;

describe('the official Python LangSmith SDK against Sextant', () => {
  it('reads /info, then sends zstd-compressed multipart batches, and logs nothing', () => {
    // The SDK logs a lost batch, a thread that died or a compression fallback on stderr; its runs are otherwise lost silently.
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!).compressed).toBe(true);
    expect(requests[0]).toEqual({ call: 'GET /langsmith/info', encoding: 'identity' });
    expect(requests.slice(1).length).toBeGreaterThan(0);
    expect(requests.slice(1)).toEqual(requests.slice(1).map(() => ({ call: 'POST /langsmith/runs/multipart', encoding: 'zstd' })));
  });

  it('stores a traceable tree three levels deep with model, tokens and cost, and the error of a tool that raised', async () => {
    const t = await readTrace(roots.agent);
    expect(t).toMatchObject({
      name: 'agent',
      sessionId: 'py-thread-solo',
      inputs: { question: 'What is Sextant?' },
      outputs: { final: 'echo: What is Sextant?' },
    });
    // In call order, also for siblings started in the same millisecond: the microseconds of the
    // Python SDK's dotted_order order them.
    expect(t.spans.map((x) => [x.__typename, x.name, x.depth, x.runType, x.status])).toEqual([
      ['AgentCall', 'agent', 0, 'CHAIN', 'SUCCESS'],
      ['AgentCall', 'researcher', 1, 'AGENT', 'SUCCESS'],
      ['LLMCall', 'ChatOpenAI', 2, 'LLM', 'SUCCESS'],
      ['ToolCall', 'web_search', 2, 'TOOL', 'SUCCESS'],
      ['ToolCall', 'flaky_tool', 2, 'TOOL', 'ERROR'],
    ]);
    const [root, sub, llm, tool, flaky] = t.spans;
    expect(root.parentId).toBeNull();
    expect([sub.parentId, llm.parentId, tool.parentId, flaky.parentId]).toEqual([root.id, sub.id, sub.id, sub.id]);
    expect(tool.outputs).toEqual({ hits: ['What is Sextant? result'] });

    const expected = costForModel('gpt-4o', { promptTokens: 1000, completionTokens: 200, cacheReadTokens: 400, reasoningTokens: 50 })!;
    expect(llm).toMatchObject({
      model: 'gpt-4o',
      provider: 'openai',
      promptTokens: 1000,
      completionTokens: 200,
      totalTokens: 1200,
      cacheReadTokens: 400,
      reasoningTokens: 50,
      costSource: 'computed',
    });
    expect(ofType(llm, 'LLMCall').totalCost).toBeCloseTo(expected.totalCost, 12);
    expect(llm.inputs).toEqual({ messages: [{ role: 'user', content: 'What is Sextant?' }] });
    expect(llm.outputs.messages).toEqual([{ role: 'assistant', content: 'echo: What is Sextant?' }]);
    expect(t).toMatchObject({ promptTokens: 1000, completionTokens: 200, totalTokens: 1200, errorCount: 1 });

    // The Python SDK sends the exception as its traceback; the last line names the error.
    expect(flaky.error).toContain("ValueError('boom: the tool failed')");
    expect(flaky.errorType).toBe('ValueError');
    expect(t.errors).toEqual([expect.objectContaining({ errorType: 'ValueError', agentId: null, toolCallId: flaky.id })]);
  });

  it('marks a trace failed when the error reaches its root', async () => {
    const t = await readTrace(roots.failing);
    expect(t).toMatchObject({ name: 'failing-agent', status: 'ERROR', errorCount: 2 });
    expect(t.errorMessage).toContain('boom: the tool failed');
    expect(t.spans[0]).toMatchObject({ name: 'failing-agent', depth: 0, status: 'ERROR' });
    expect(
      t.spans
        .slice(1)
        .map((x) => [x.name, x.depth, x.status, x.parentId])
        .sort(),
    ).toEqual([
      ['flaky_tool', 1, 'ERROR', roots.failing],
      ['web_search', 1, 'SUCCESS', roots.failing],
    ]);
    expect(t.errors.map((e) => e.agentId ?? e.toolCallId).sort()).toEqual([roots.failing, byName(t.spans, 'flaky_tool').id].sort());
  });

  it('groups a thread of traces into one session by thread_id or session_id metadata', async () => {
    for (const id of roots.turns) expect((await readTrace(id)).sessionId).toBe('py-thread-42');
    expect((await readTrace(roots.side)).sessionId).toBe('py-conv-7');
    const sessions = (await gqlData(SESSIONS, { p: app.id })).sessions.edges.map((e) => e.node);
    expect(sessions).toEqual(
      expect.arrayContaining([{ id: 'py-thread-42', traceCount: 3, totalTokens: 3600 }, expect.objectContaining({ id: 'py-conv-7', traceCount: 1 })]),
    );
  });
});
