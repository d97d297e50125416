// The prompt registry through the real API and Postgres: prompts with chat and text versions,
// labels that move and roll back, version diffs, rendering, permissions, and LLM calls linked to
// the version they used (through GraphQL ingest and LangSmith runs' metadata).
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { startTestServer, type GqlResponse, type TestServer } from '../support/test-server';

const CREATE_PROMPT = graphql(`mutation PromptsCreate($p: ID!, $n: String!) {
  createPrompt(input: { projectId: $p, name: $n, description: "Answers support questions", tags: ["support"] }) { id name description tags latestVersion }
}`);
const CREATE_VERSION = graphql(`mutation PromptsCreateVersion($input: CreatePromptVersionInput!) {
  createPromptVersion(input: $input) { id version templateFormat messages { role content } text variables model parameters commitMessage labels prompt { id name latestVersion } }
}`);
const SET_LABEL = graphql(
  `mutation PromptsSetLabel($id: ID!, $l: String!, $v: Int!) { setPromptLabel(promptId: $id, label: $l, version: $v) { id labels { label version } } }`,
);
const ROLLBACK = graphql(
  `mutation PromptsRollback($id: ID!, $l: String!) { rollbackPromptLabel(promptId: $id, label: $l) { id labels { label version versionId } } }`,
);
const REMOVE_LABEL = graphql(`mutation PromptsRemoveLabel($id: ID!, $l: String!) { removePromptLabel(promptId: $id, label: $l) { labels { label } } }`);
const PROMPT = graphql(`query PromptsPrompt($id: ID!, $label: String) {
  prompt(id: $id) {
    id name latestVersion
    versions(first: 10) { totalCount edges { node { version labels } } pageInfo { hasNextPage } }
    latest: version { version }
    v1: version(version: 1) { id version }
    byLabel: version(label: $label) { version }
    labels { label version versionId updatedAt }
    labelHistory(label: $label, first: 10) { label version previousVersion author createdAt }
  }
}`);
const PROMPTS = graphql(`query PromptsList($p: ID!, $search: String, $first: Int, $after: String) {
  prompts(projectId: $p, search: $search, first: $first, after: $after) { totalCount edges { cursor node { name latestVersion labels { label version } } } pageInfo { hasNextPage endCursor } }
}`);
const BY_NAME = graphql(`query PromptsByName($p: ID!, $n: String!) { promptByName(projectId: $p, name: $n) { id name } }`);
const COMPARE = graphql(`query PromptsCompare($a: ID!, $b: ID!) {
  comparePromptVersions(a: $a, b: $b) {
    a { version } b { version }
    messages { index roleA roleB change lines { op text } }
    model { a b changed }
    parameters { key a b }
    variablesAdded variablesRemoved
  }
}`);
const RENDER = graphql(`query PromptsRender($v: ID!, $vars: JSONObject) { renderPrompt(versionId: $v, variables: $vars) { role content } }`);
const UPDATE = graphql(`mutation PromptsUpdate($id: ID!, $n: String) { updatePrompt(id: $id, input: { name: $n, tags: ["a", "b"] }) { id name tags } }`);
const DELETE = graphql(`mutation PromptsDelete($id: ID!) { deletePrompt(id: $id) { id deleted } }`);
const INGEST = graphql(`mutation PromptsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const TRACE = graphql(`query PromptsTrace($id: ID!) {
  trace(id: $id) { spans { __typename id ... on LLMCall { promptVersionId metadata promptVersion { id version prompt { name } usage { llmCalls lastUsedAt } } } } }
}`);
const USAGE = graphql(`query PromptsUsage($id: ID!) { prompt(id: $id) { versions { edges { node { version usage { llmCalls lastUsedAt } } } } } }`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

const uuid = () => crypto.randomUUID();
const code = (r: GqlResponse<unknown>) => r.errors?.[0]?.extensions?.code;
type Spans = NonNullable<ResultOf<typeof TRACE>['trace']>['spans'];
/** The LLM calls of a trace's spans. */
const llmCalls = (spans: Spans) => spans.flatMap((x) => (x.__typename === 'LLMCall' ? [x] : []));
/** The data of an answer that must have succeeded. */
function ok<T>(r: GqlResponse<T>): T {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

const CHAT_V1 = [
  { role: 'system', content: 'You are a support agent for {{product}}.\nBe brief.' },
  { role: 'user', content: '{{question}}' },
];
const CHAT_V2 = [
  { role: 'system', content: 'You are a support agent for {{product}}.\nBe friendly and brief.\nAnswer in {{language}}.' },
  { role: 'user', content: '{{question}}' },
];

/** A prompt with two chat versions: v1 on gpt-4o at temperature 0.2, v2 on gpt-4o-mini at 0.7 with a new variable. */
async function twoVersions(projectId: string, name: string) {
  const prompt = ok(await s.gql(CREATE_PROMPT, { p: projectId, n: name })).createPrompt;
  const v1 = ok(
    await s.gql(CREATE_VERSION, {
      input: {
        promptId: prompt.id,
        templateFormat: 'CHAT',
        messages: CHAT_V1,
        model: 'gpt-4o',
        parameters: { temperature: 0.2, max_tokens: 200 },
        commitMessage: 'First',
        labels: ['production'],
      },
    }),
  ).createPromptVersion;
  const v2 = ok(
    await s.gql(CREATE_VERSION, {
      input: {
        promptId: prompt.id,
        templateFormat: 'CHAT',
        messages: CHAT_V2,
        model: 'gpt-4o-mini',
        parameters: { temperature: 0.7, max_tokens: 200 },
        commitMessage: 'Friendlier',
      },
    }),
  ).createPromptVersion;
  return { prompt, v1, v2 };
}

describe('prompt registry', () => {
  let p: { id: string; key: string };
  beforeAll(async () => {
    p = await s.project('prompts');
  });

  it('creates a prompt with chat and text versions, numbering them and reading their variables', async () => {
    const { prompt, v1, v2 } = await twoVersions(p.id, 'support');
    expect(prompt).toEqual({ id: prompt.id, name: 'support', description: 'Answers support questions', tags: ['support'], latestVersion: 0 });
    expect(v1).toMatchObject({
      version: 1,
      templateFormat: 'CHAT',
      messages: CHAT_V1,
      text: null,
      variables: ['product', 'question'],
      model: 'gpt-4o',
      parameters: { temperature: 0.2, max_tokens: 200 },
      commitMessage: 'First',
      labels: ['production'],
    });
    expect(v2).toMatchObject({ version: 2, variables: ['product', 'language', 'question'], labels: [], prompt: { id: prompt.id, latestVersion: 2 } });

    // A text version, to a prompt named by project and name, created on first use.
    const text = ok(
      await s.gql(CREATE_VERSION, { input: { projectId: p.id, promptName: 'summarise', templateFormat: 'TEXT', text: 'Summarise {{ text }} in {{n}} words' } }),
    ).createPromptVersion;
    expect(text).toMatchObject({ version: 1, templateFormat: 'TEXT', messages: null, text: 'Summarise {{ text }} in {{n}} words', variables: ['text', 'n'] });
    expect(text.prompt.name).toBe('summarise');
    const again = ok(
      await s.gql(CREATE_VERSION, { input: { projectId: p.id, promptName: 'summarise', templateFormat: 'TEXT', text: 'Summarise {{text}}' } }),
    ).createPromptVersion;
    expect([again.version, again.prompt.id]).toEqual([2, text.prompt.id]);

    const read = ok(await s.gql(PROMPT, { id: prompt.id, label: 'production' })).prompt;
    expect(read.versions.edges.map((e) => [e.node.version, e.node.labels])).toEqual([
      [2, []],
      [1, ['production']],
    ]);
    expect(read.versions.totalCount).toBe(2);
    expect([read.latest?.version, read.v1?.id, read.byLabel?.version]).toEqual([2, v1.id, 1]);
    expect(ok(await s.gql(BY_NAME, { p: p.id, n: 'support' })).promptByName.id).toBe(prompt.id);

    const list = ok(await s.gql(PROMPTS, { p: p.id, search: 'sup' })).prompts;
    expect(list.edges.map((e) => e.node)).toEqual([{ name: 'support', latestVersion: 2, labels: [{ label: 'production', version: 1 }] }]);
    const page = ok(await s.gql(PROMPTS, { p: p.id, first: 1 })).prompts;
    expect([page.totalCount, page.edges[0].node.name, page.pageInfo.hasNextPage]).toEqual([2, 'summarise', true]);
    const next = ok(await s.gql(PROMPTS, { p: p.id, first: 1, after: page.pageInfo.endCursor })).prompts;
    expect([next.edges[0].node.name, next.pageInfo.hasNextPage]).toEqual(['support', false]);
  });

  it('refuses bad input: duplicate names, empty roles, bad labels, a missing template', async () => {
    await s.gql(CREATE_PROMPT, { p: p.id, n: 'dup' });
    expect(code(await s.gql(CREATE_PROMPT, { p: p.id, n: 'dup' }))).toBe('BAD_USER_INPUT');
    const prompt = ok(await s.gql(BY_NAME, { p: p.id, n: 'dup' })).promptByName;
    for (const input of [
      { promptId: prompt.id, templateFormat: 'CHAT' as const, messages: [{ role: ' ', content: 'x' }] },
      { promptId: prompt.id, templateFormat: 'CHAT' as const, messages: [] },
      { promptId: prompt.id, templateFormat: 'CHAT' as const, messages: Array.from({ length: 101 }, () => ({ role: 'user', content: 'x' })) },
      { promptId: prompt.id, templateFormat: 'TEXT' as const },
      { promptId: prompt.id, templateFormat: 'TEXT' as const, text: 'x', labels: ['Prod!'] },
      { templateFormat: 'TEXT' as const, text: 'x' },
    ]) {
      expect([input, code(await s.gql(CREATE_VERSION, { input }))]).toEqual([input, 'BAD_USER_INPUT']);
    }
    expect(ok(await s.gql(PROMPT, { id: prompt.id })).prompt.latestVersion).toBe(0);
    expect(code(await s.gql(SET_LABEL, { id: prompt.id, l: 'production', v: 1 }))).toBe('NOT_FOUND');
    expect(code(await s.gql(ROLLBACK, { id: prompt.id, l: 'production' }))).toBe('BAD_USER_INPUT');
    expect(code(await s.gql(PROMPT, { id: uuid() }))).toBe('NOT_FOUND');
  });

  it('moves labels and rolls them back by their history', async () => {
    const { prompt, v1, v2 } = await twoVersions(p.id, 'labels');
    const moved = ok(await s.gql(SET_LABEL, { id: prompt.id, l: 'production', v: 2 })).setPromptLabel;
    expect(moved.labels).toEqual([{ label: 'production', version: 2 }]);
    ok(await s.gql(SET_LABEL, { id: prompt.id, l: 'staging', v: 2 }));
    const back = ok(await s.gql(ROLLBACK, { id: prompt.id, l: 'production' })).rollbackPromptLabel;
    expect(back.labels.map((l) => [l.label, l.version, l.versionId])).toEqual([
      ['production', 1, v1.id],
      ['staging', 2, v2.id],
    ]);
    const history = ok(await s.gql(PROMPT, { id: prompt.id, label: 'production' })).prompt.labelHistory;
    expect(history.map((h) => [h.label, h.version, h.previousVersion, h.author])).toEqual([
      ['production', 1, 2, null],
      ['production', 2, 1, null],
      ['production', 1, null, null],
    ]);
    // Rolling back the label a move created removes it; rolling that back restores it.
    expect(ok(await s.gql(ROLLBACK, { id: prompt.id, l: 'staging' })).rollbackPromptLabel.labels.map((l) => l.label)).toEqual(['production']);
    expect(ok(await s.gql(ROLLBACK, { id: prompt.id, l: 'staging' })).rollbackPromptLabel.labels.map((l) => l.label)).toEqual(['production', 'staging']);
    expect(ok(await s.gql(REMOVE_LABEL, { id: prompt.id, l: 'staging' })).removePromptLabel.labels).toEqual([{ label: 'production' }]);
    expect(code(await s.gql(REMOVE_LABEL, { id: prompt.id, l: 'staging' }))).toBe('NOT_FOUND');
    expect(code(await s.gql(SET_LABEL, { id: prompt.id, l: 'production', v: 3 }))).toBe('NOT_FOUND');
    // A key's moves name the key.
    const key = await s.project('prompts-author');
    const own = await twoVersions(key.id, 'mine');
    ok(await s.gql(SET_LABEL, { id: own.prompt.id, l: 'production', v: 2 }, key.key));
    const h = ok(await s.gql(PROMPT, { id: own.prompt.id, label: 'production' }, key.key)).prompt.labelHistory;
    expect(h.map((x) => x.author)).toEqual(['test', null]);
  });

  it('gives concurrent createPromptVersion calls distinct consecutive versions', async () => {
    const prompt = ok(await s.gql(CREATE_PROMPT, { p: p.id, n: 'concurrent' })).createPrompt;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => s.gql(CREATE_VERSION, { input: { promptId: prompt.id, templateFormat: 'TEXT', text: `v${i}` } })),
    );
    expect(results.map((r) => ok(r).createPromptVersion.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Also when each call names the prompt, creating it on first use.
    const named = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        s.gql(CREATE_VERSION, { input: { projectId: p.id, promptName: 'born-concurrently', templateFormat: 'TEXT', text: `v${i}` } }),
      ),
    );
    const made = named.map((r) => ok(r).createPromptVersion);
    expect(made.map((v) => v.version).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(made.map((v) => v.prompt.id)).size).toBe(1);
  });

  it('compares two versions: the changed line, the model and the parameters that changed, the variables', async () => {
    const { v1, v2 } = await twoVersions(p.id, 'diffed');
    const c = ok(await s.gql(COMPARE, { a: v1.id, b: v2.id })).comparePromptVersions;
    expect([c.a.version, c.b.version]).toEqual([1, 2]);
    expect(c.messages.map((m) => [m.index, m.roleA, m.roleB, m.change])).toEqual([
      [0, 'system', 'system', 'CHANGED'],
      [1, 'user', 'user', 'SAME'],
    ]);
    expect(c.messages[0].lines).toEqual([
      { op: 'KEEP', text: 'You are a support agent for {{product}}.' },
      { op: 'REMOVE', text: 'Be brief.' },
      { op: 'ADD', text: 'Be friendly and brief.' },
      { op: 'ADD', text: 'Answer in {{language}}.' },
    ]);
    expect(c.model).toEqual({ a: 'gpt-4o', b: 'gpt-4o-mini', changed: true });
    expect(c.parameters).toEqual([{ key: 'temperature', a: 0.2, b: 0.7 }]);
    expect([c.variablesAdded, c.variablesRemoved]).toEqual([['language'], []]);
  });

  it('renders a version with variables, and names the missing ones', async () => {
    const { v2 } = await twoVersions(p.id, 'rendered');
    const r = ok(await s.gql(RENDER, { v: v2.id, vars: { product: 'Sextant', language: 'French', question: 'Why?' } })).renderPrompt;
    expect(r).toEqual([
      { role: 'system', content: 'You are a support agent for Sextant.\nBe friendly and brief.\nAnswer in French.' },
      { role: 'user', content: 'Why?' },
    ]);
    const missing = await s.gql(RENDER, { v: v2.id, vars: { product: 'Sextant' } });
    expect(code(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].extensions!.missing).toEqual(['language', 'question']);
    expect(missing.errors![0].message).toContain('{{language}}');
  });

  it('lets read keys read but not write, ingest keys write, and only admin delete; another project sees NOT_FOUND', async () => {
    const { prompt, v1 } = await twoVersions(p.id, 'guarded');
    const reader = await s.gql(graphql(`mutation PromptsReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: "reader", role: READ }) { secret } }`), {
      p: p.id,
    });
    const readKey = ok(reader).createApiKey.secret;
    const ingestKey = ok(
      await s.gql(graphql(`mutation PromptsIngestKey($p: ID!) { createApiKey(input: { projectId: $p, name: "writer", role: INGEST }) { secret } }`), {
        p: p.id,
      }),
    ).createApiKey.secret;
    expect(ok(await s.gql(PROMPT, { id: prompt.id }, readKey)).prompt.name).toBe('guarded');
    expect(code(await s.gql(SET_LABEL, { id: prompt.id, l: 'production', v: 2 }, readKey))).toBe('FORBIDDEN');
    expect(code(await s.gql(CREATE_VERSION, { input: { promptId: prompt.id, templateFormat: 'TEXT', text: 'x' } }, readKey))).toBe('FORBIDDEN');
    expect(ok(await s.gql(CREATE_VERSION, { input: { promptId: prompt.id, templateFormat: 'TEXT', text: 'x' } }, ingestKey)).createPromptVersion.version).toBe(
      3,
    );
    expect(ok(await s.gql(UPDATE, { id: prompt.id, n: 'guarded-2' }, ingestKey)).updatePrompt).toMatchObject({ name: 'guarded-2', tags: ['a', 'b'] });
    expect(code(await s.gql(DELETE, { id: prompt.id }, ingestKey))).toBe('FORBIDDEN');

    const other = await s.project('prompts-other');
    expect(code(await s.gql(PROMPT, { id: prompt.id }, other.key))).toBe('NOT_FOUND');
    expect(code(await s.gql(COMPARE, { a: v1.id, b: v1.id }, other.key))).toBe('NOT_FOUND');
    expect(code(await s.gql(RENDER, { v: v1.id }, other.key))).toBe('NOT_FOUND');

    expect(ok(await s.gql(DELETE, { id: prompt.id })).deletePrompt).toEqual({ id: prompt.id, deleted: true });
    expect(code(await s.gql(PROMPT, { id: prompt.id }))).toBe('NOT_FOUND');
  });
});

describe('LLM calls linked to prompt versions', () => {
  it('links calls by promptVersionId, by prompt name and label, and by metadata; unknown and foreign references store none', async () => {
    const p = await s.project('prompt-links');
    const { prompt, v1, v2 } = await twoVersions(p.id, 'linked');
    const other = await s.project('prompt-links-other');
    const foreign = await twoVersions(other.id, 'linked');
    const trace = uuid();
    const ids = Array.from({ length: 7 }, () => uuid());
    const call = (i: number, extra: Record<string, unknown>) => ({
      id: ids[i],
      traceId: trace,
      model: 'gpt-4o',
      startTime: `2026-11-22T10:00:0${i}Z`,
      ...extra,
    });
    const r = ok(
      await s.gql(
        INGEST,
        {
          b: {
            traces: [{ id: trace, name: 'linked-run', startTime: '2026-11-22T10:00:00Z' }],
            llmCalls: [
              call(0, { promptVersionId: v2.id }),
              call(1, { prompt: { name: 'linked', label: 'production' } }),
              call(2, { prompt: { name: 'linked' } }),
              call(3, { metadata: { 'sextant.prompt': 'linked:1' } }),
              call(4, { promptVersionId: foreign.v1.id }),
              call(5, { prompt: { name: 'nope' }, metadata: { keep: true } }),
              call(6, { metadata: { 'sextant.prompt_version_id': v1.id } }),
              // A malformed reference is the client's mistake: only its item is refused.
              { traceId: trace, startTime: '2026-11-22T10:00:09Z', prompt: { name: 'linked', version: 'three' } },
            ],
          },
        },
        p.key,
      ),
    ).ingest;
    expect(r).toMatchObject({ accepted: 8, rejected: 1, rejections: [{ message: expect.stringContaining('prompt.version') }] });
    const spans = llmCalls(ok(await s.gql(TRACE, { id: trace }, p.key)).trace.spans);
    const byId = new Map(spans.map((x) => [x.id, x]));
    expect(ids.map((id) => byId.get(id)!.promptVersionId)).toEqual([v2.id, v1.id, v2.id, v1.id, null, null, v1.id]);
    expect(byId.get(ids[5])!.metadata).toEqual({ keep: true });
    const linked = byId.get(ids[1])!.promptVersion!;
    expect(linked).toMatchObject({ id: v1.id, version: 1, prompt: { name: 'linked' }, usage: { llmCalls: 3, lastUsedAt: '2026-11-22T10:00:06.000Z' } });
    const usage = ok(await s.gql(USAGE, { id: prompt.id }, p.key)).prompt.versions.edges.map((e) => [e.node.version, e.node.usage.llmCalls]);
    expect(usage).toEqual([
      [2, 2],
      [1, 3],
    ]);
    // An update of a call that names no prompt keeps its link.
    ok(await s.gql(INGEST, { b: { llmCalls: [{ id: ids[0], traceId: trace, outputs: { done: true } }] } }, p.key));
    expect(llmCalls(ok(await s.gql(TRACE, { id: trace }, p.key)).trace.spans).find((x) => x.id === ids[0])!.promptVersionId).toBe(v2.id);
  });

  it('links LangSmith runs through metadata sextant.prompt', async () => {
    const name = `prompt-langsmith-${uuid().slice(0, 6)}`;
    const p = await s.project(name, 'admin');
    const { v1, v2 } = await twoVersions(p.id, 'ls-prompt');
    const base = s.url.replace(/\/graphql$/, '/langsmith');
    const run = (id: string, prompt: string, sec: number) => ({
      id,
      trace_id: id,
      name: 'ChatOpenAI',
      run_type: 'llm',
      start_time: `2026-11-22T11:00:0${sec}Z`,
      end_time: `2026-11-22T11:00:0${sec + 1}Z`,
      session_name: name,
      dotted_order: `20261122T11000${sec}000000Z${id}`,
      extra: { metadata: { 'sextant.prompt': prompt, ls_model_name: 'gpt-4o' } },
      inputs: { messages: [] },
    });
    const [a, b] = [uuid(), uuid()];
    const first = run(a, 'ls-prompt@production', 0);
    const second = run(b, 'ls-prompt', 2);
    const res = await fetch(`${base}/runs/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': p.key },
      body: JSON.stringify({ post: [first, second] }),
    });
    expect(res.status).toBe(202);
    const one = llmCalls(ok(await s.gql(TRACE, { id: a }, p.key)).trace.spans)[0];
    expect(one).toMatchObject({ id: a, promptVersionId: v1.id, promptVersion: { version: 1 } });
    expect(one.metadata['sextant.prompt']).toBe('ls-prompt@production');
    expect(llmCalls(ok(await s.gql(TRACE, { id: b }, p.key)).trace.spans)[0].promptVersionId).toBe(v2.id);
  });
});
