import { createHash } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { startTestServer, type GqlResponse, type TestServer } from '../support/test-server';
import { operationText, type TypedOperation } from '../support/typed-operation';

/**
 * The API-key auth baseline: authentication, key lifecycle, roles, and project isolation over
 * every root field of the schema (a new root field fails this file until it gets a case below).
 */

const INGEST = graphql(`mutation AuthIngest($b: IngestBatchInput!) {
  ingest(batch: $b) { accepted rejected rejections { list index id code message } }
}`);
const PROJECT = graphql(`query AuthProject($id: ID!) { project(id: $id) { id name } }`);
const PROJECT_BY_NAME = graphql(`query AuthProjectByName($n: String!) { projectByName(name: $n) { id name } }`);
const PROJECTS = graphql(`query AuthProjects { projects { edges { node { id } } } }`);
const VIEWER = graphql(`query AuthViewer { viewer { role bootstrapAdmin projectId } }`);
const COMPARE = graphql(
  `query AuthCompare($a: ID!, $b: ID!) { compareTraces(a: $a, b: $b) { matched spans { path a { id name inputs } b { id name inputs } } } }`,
);
const TRACES = graphql(`query AuthTraces($p: ID!) { traces(projectId: $p) { edges { node { id } } } }`);
const TRACE = graphql(`query AuthTrace($id: ID!) { trace(id: $id) { id name } }`);
const SESSIONS = graphql(`query AuthSessions($p: ID!) { sessions(projectId: $p) { edges { node { id } } } }`);
const CREATE_KEY = graphql(`mutation AuthCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {
  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id name prefix role createdAt lastUsedAt revokedAt } }
}`);
const REVOKE_KEY = graphql(`mutation AuthRevokeKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`);
const LIST_KEYS = graphql(`query AuthListKeys($id: ID!) { project(id: $id) { apiKeys { id name prefix role createdAt lastUsedAt revokedAt } } }`);
const DELETE_TRACE = graphql(`mutation AuthDeleteTrace($id: ID!) { deleteTrace(id: $id) { id deleted } }`);
const UPDATE_PROJECT = graphql(
  `mutation AuthUpdateProject($id: ID!, $n: String) { updateProject(id: $id, input: { name: $n, description: "pwned", tags: ["pwned"], metadata: { pwned: true } }) { id name } }`,
);
const CREATE_PROJECT = graphql(`mutation AuthCreateProject($n: String!) { createProject(input: { name: $n }) { id } }`);
const UPDATE_FORWARDING = graphql(
  `mutation AuthUpdateForwarding($p: ID!) { updateProjectForwarding(projectId: $p, input: { enabled: false, langsmithProject: "pwned" }) { id forwarding { enabled } } }`,
);
const RETRY_FORWARDING = graphql(`mutation AuthRetryForwarding($p: ID!) { retryForwarding(projectId: $p) }`);
const MODEL_PRICES = graphql(`query AuthModelPrices($p: ID!) { modelPrices(projectId: $p) { id modelPattern inputPrice } }`);
const UPSERT_PRICE = graphql(`mutation AuthUpsertPrice($p: ID!, $id: ID) {
  upsertModelPrice(input: { projectId: $p, id: $id, modelPattern: "^pwned$", inputPrice: 0.001, outputPrice: 0.001 }) { id modelPattern }
}`);
const DELETE_PRICE = graphql(`mutation AuthDeletePrice($id: ID!) { deleteModelPrice(id: $id) { id deleted } }`);
const RECOMPUTE_COSTS = graphql(`mutation AuthRecomputeCosts($p: ID!) {
  recomputeCosts(projectId: $p, from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { id status }
}`);
const PROMPTS = graphql(`query AuthPrompts($p: ID!) { prompts(projectId: $p) { edges { node { id name } } } }`);
const PROMPT_Q = graphql(`query AuthPrompt($id: ID!) { prompt(id: $id) { id name labels { label } versions { edges { node { id text } } } } }`);
const PROMPT_BY_NAME = graphql(`query AuthPromptByName($p: ID!, $n: String!) { promptByName(projectId: $p, name: $n) { id name } }`);
const COMPARE_PROMPTS = graphql(`query AuthComparePrompts($a: ID!, $b: ID!) { comparePromptVersions(a: $a, b: $b) { a { text } b { text } } }`);
const RENDER_PROMPT = graphql(`query AuthRenderPrompt($v: ID!) { renderPrompt(versionId: $v, variables: { x: "1" }) { role content } }`);
const CREATE_PROMPT = graphql(`mutation AuthCreatePrompt($p: ID!, $n: String!) { createPrompt(input: { projectId: $p, name: $n }) { id } }`);
const UPDATE_PROMPT = graphql(`mutation AuthUpdatePrompt($id: ID!) { updatePrompt(id: $id, input: { name: "pwned", tags: ["pwned"] }) { id name } }`);
const DELETE_PROMPT = graphql(`mutation AuthDeletePrompt($id: ID!) { deletePrompt(id: $id) { id deleted } }`);
const CREATE_PROMPT_VERSION = graphql(`mutation AuthCreatePromptVersion($id: ID, $p: ID, $n: String) {
  createPromptVersion(input: { promptId: $id, projectId: $p, promptName: $n, templateFormat: TEXT, text: "pwned", labels: ["production"] }) { id version }
}`);
const SET_PROMPT_LABEL = graphql(`mutation AuthSetPromptLabel($id: ID!) { setPromptLabel(promptId: $id, label: "production", version: 1) { id } }`);
const REMOVE_PROMPT_LABEL = graphql(`mutation AuthRemovePromptLabel($id: ID!) { removePromptLabel(promptId: $id, label: "production") { id } }`);
const ROLLBACK_PROMPT_LABEL = graphql(`mutation AuthRollbackPromptLabel($id: ID!) { rollbackPromptLabel(promptId: $id, label: "production") { id } }`);
const SEED_PROMPT = graphql(`mutation AuthSeedPrompt($p: ID!, $n: String!) {
  createPromptVersion(input: { projectId: $p, promptName: $n, templateFormat: TEXT, text: "secret-prompt-B {{x}}", labels: ["production"] }) { id prompt { id } }
}`);
const DATASETS = graphql(`query AuthDatasets($p: ID!) { datasets(projectId: $p) { edges { node { id name } } } }`);
const DATASET = graphql(`query AuthDataset($id: ID!) { dataset(id: $id) { id name examples { edges { node { id inputs } } } } }`);
const DATASET_EXAMPLE = graphql(`query AuthDatasetExample($id: ID!) { datasetExample(id: $id) { id inputs } }`);
const CREATE_DATASET = graphql(`mutation AuthCreateDataset($p: ID!) { createDataset(input: { projectId: $p, name: "pwned" }) { id } }`);
const UPDATE_DATASET = graphql(`mutation AuthUpdateDataset($id: ID!) { updateDataset(id: $id, input: { name: "pwned" }) { id name } }`);
const DELETE_DATASET = graphql(`mutation AuthDeleteDataset($id: ID!) { deleteDataset(id: $id) { id deleted } }`);
const ADD_EXAMPLES = graphql(`mutation AuthAddExamples($d: ID!) { addExamples(datasetId: $d, examples: [{ inputs: { pwned: true } }]) { version } }`);
const ADD_FROM_TRACES = graphql(
  `mutation AuthAddFromTraces($d: ID!, $t: ID!) { addExamplesFromTraces(datasetId: $d, items: [{ traceId: $t }]) { version examples { inputs } errors { code } } }`,
);
const UPDATE_EXAMPLE = graphql(`mutation AuthUpdateExample($id: ID!) { updateExample(id: $id, patch: { inputs: { pwned: true } }) { id inputs } }`);
const DELETE_EXAMPLES = graphql(`mutation AuthDeleteExamples($ids: [ID!]!) { deleteExamples(ids: $ids) { deletedIds errors { code } } }`);
const TAG_VERSION = graphql(`mutation AuthTagVersion($d: ID!) { tagDatasetVersion(datasetId: $d, version: 1, tag: "pwned") { id } }`);
const IMPORT_EXAMPLES = graphql(
  `mutation AuthImportExamples($d: ID!, $c: String!) { importExamples(datasetId: $d, format: JSONL, content: $c) { version imported } }`,
);
const PWNED_JSONL = '{"inputs": {"pwned": true}}';
const FEEDBACK = graphql(`query AuthFeedback($p: ID!, $t: ID) { feedback(projectId: $p, filter: { traceId: $t }) { edges { node { id name } } } }`);
const CREATE_FEEDBACK = graphql(`mutation AuthCreateFeedback($t: ID!) { createFeedback(input: { traceId: $t, key: "pwned", score: 0 }) { id } }`);
const UPDATE_FEEDBACK = graphql(`mutation AuthUpdateFeedback($id: ID!) { updateFeedback(id: $id, patch: { score: 0, comment: "pwned" }) { id } }`);
const DELETE_FEEDBACK = graphql(`mutation AuthDeleteFeedback($id: ID!) { deleteFeedback(id: $id) { id deleted } }`);
const ANNOTATION_QUEUES = graphql(`query AuthAnnotationQueues($p: ID!) { annotationQueues(projectId: $p) { id name } }`);
const ANNOTATION_QUEUE = graphql(
  `query AuthAnnotationQueue($id: ID!) { annotationQueue(id: $id) { id name progress { total } items { edges { node { id trace { id name } } } } } }`,
);
const CREATE_QUEUE = graphql(`mutation AuthCreateQueue($p: ID!, $n: String!) {
  createAnnotationQueue(input: { projectId: $p, name: $n, rubric: [{ key: "ok", kind: BOOLEAN }] }) { id }
}`);
const UPDATE_QUEUE = graphql(`mutation AuthUpdateQueue($id: ID!) { updateAnnotationQueue(id: $id, input: { name: "pwned" }) { id name } }`);
const DELETE_QUEUE = graphql(`mutation AuthDeleteQueue($id: ID!) { deleteAnnotationQueue(id: $id) { id deleted } }`);
const ADD_TO_QUEUE = graphql(`mutation AuthAddToQueue($q: ID!, $t: ID!) {
  addToAnnotationQueue(queueId: $q, items: [{ traceId: $t }]) { added alreadyQueued rejected { traceId message } }
}`);
const ADD_TRACES_TO_QUEUE = graphql(`mutation AuthAddTracesToQueue($q: ID!) { addTracesToAnnotationQueue(queueId: $q) { added } }`);
const NEXT_ITEM = graphql(`mutation AuthNextItem($q: ID!) { nextAnnotationItem(queueId: $q) { id trace { id name } } }`);
const SUBMIT_ITEM = graphql(`mutation AuthSubmitItem($id: ID!) { submitAnnotation(itemId: $id, scores: [{ key: "ok", score: 1 }]) { id } }`);
const SKIP_ITEM = graphql(`mutation AuthSkipItem($id: ID!) { skipAnnotationItem(itemId: $id) { id } }`);
const EXPERIMENTS = graphql(`query AuthExperiments($p: ID!) { experiments(projectId: $p) { edges { node { id name } } } }`);
const EXPERIMENT = graphql(`query AuthExperiment($id: ID!) { experiment(id: $id) { id name runs { edges { node { id output } } } } }`);
const LEADERBOARD = graphql(`query AuthLeaderboard($d: ID!) { datasetLeaderboard(datasetId: $d) { rank experiment { id name } } }`);
const TREND = graphql(`query AuthTrend($p: ID!) {
  promptVersionTrend(promptId: $p, from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { promptVersionId calls }
}`);
const COMPARE_EXPERIMENTS = graphql(`query AuthCompareExperiments($a: ID!, $b: ID!) { compareExperiments(a: $a, b: $b) { examples { exampleId } } }`);
const SET_ENDPOINT = graphql(
  `mutation AuthSetEndpoint($p: ID!) { setLlmEndpoint(projectId: $p, input: { baseUrl: "http://127.0.0.1:9/v1", apiKey: "sk-pwned" }) { baseUrl } }`,
);
const REMOVE_ENDPOINT = graphql(`mutation AuthRemoveEndpoint($p: ID!) { removeLlmEndpoint(projectId: $p) }`);
const CREATE_EXPERIMENT = graphql(`mutation AuthCreateExperiment($d: ID!) { createExperiment(input: { datasetId: $d, model: "m" }) { id } }`);
const CANCEL_EXPERIMENT = graphql(`mutation AuthCancelExperiment($id: ID!) { cancelExperiment(id: $id) { id } }`);
const DELETE_EXPERIMENT = graphql(`mutation AuthDeleteExperiment($id: ID!) { deleteExperiment(id: $id) }`);
const ROOT_FIELDS = graphql(`query AuthRootFields { __schema { queryType { fields { name } } mutationType { fields { name } } } }`);

/** A table row whose variables are checked against its document where it is written. */
const call = <R, V>(doc: TypedOperation<R, V>, variables: NoInfer<V>): [TypedOperation<unknown, any>, V] => [doc, variables];

let s: TestServer;
afterAll(() => s?.stop());
beforeAll(async () => {
  s = await startTestServer();
});

const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + sec * 1000).toISOString();
const code = (r: GqlResponse<unknown>) => r.errors?.[0]?.extensions?.code;

/** Posts a raw request, to control the auth headers exactly. */
async function post<R, V>(headers: Record<string, string>, query: TypedOperation<R, V>, variables?: NoInfer<V>): Promise<GqlResponse<R>> {
  const res = await fetch(s.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operationText(query), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: GqlResponse['errors'] };
  return { status: res.status, data: body.data ?? undefined, errors: body.errors };
}

async function createKey(projectId: string, role: 'INGEST' | 'READ' | 'ADMIN', key = s.adminKey) {
  const r = await s.gql(CREATE_KEY, { p: projectId, r: role, n: `k-${role.toLowerCase()}` }, key);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return { id: r.data.createApiKey.apiKey.id, secret: r.data.createApiKey.secret, apiKey: r.data.createApiKey.apiKey };
}

describe('authentication', () => {
  let p: { id: string; key: string };
  beforeAll(async () => {
    p = await s.project('authn', 'read');
  });

  it('answers UNAUTHENTICATED to a query sent without a key, and serves it with a valid key', async () => {
    const r = await s.gql(TRACES, { p: p.id }, null);
    expect(code(r)).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
    const projects = await s.gql(PROJECTS, {}, null);
    expect(code(projects)).toBe('UNAUTHENTICATED');
    const empty = await post({ 'x-api-key': '', authorization: '' }, TRACES, { p: p.id });
    expect(code(empty)).toBe('UNAUTHENTICATED');
    const ok = await s.gql(PROJECT, { id: p.id }, p.key);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.project).toEqual({ id: p.id, name: 'authn' });
  });

  it('answers UNAUTHENTICATED (not NOT_FOUND or FORBIDDEN) on every root field without a key, even for ids that exist', async () => {
    const traceId = uuid();
    await s.gql(INGEST, { b: { projectId: p.id, traces: [{ id: traceId, sessionId: 'anon-s', startTime: at(0) }] } });
    const keyId = (await s.gql(LIST_KEYS, { id: p.id })).data!.project.apiKeys[0].id;
    const priceId = (await s.gql(UPSERT_PRICE, { p: p.id })).data!.upsertModelPrice.id;
    const seeded = (await s.gql(SEED_PROMPT, { p: p.id, n: 'anon-prompt' })).data!.createPromptVersion;
    const [promptId, versionId] = [seeded.prompt.id, seeded.id];
    const calls: Record<string, [TypedOperation<unknown, any>, unknown]> = {
      'Query.projects': call(PROJECTS, {}),
      'Query.project': call(PROJECT, { id: p.id }),
      'Query.projectByName': call(PROJECT_BY_NAME, { n: 'auth' }),
      'Query.traces': call(TRACES, { p: p.id }),
      'Query.trace': call(TRACE, { id: traceId }),
      'Query.sessions': call(SESSIONS, { p: p.id }),
      'Query.session': call(graphql(`query AuthAnonSession($p: ID!) { session(projectId: $p, id: "anon-s") { id } }`), { p: p.id }),
      'Query.viewer': call(VIEWER, {}),
      'Query.compareTraces': call(COMPARE, { a: traceId, b: traceId }),
      'Mutation.ingest': call(INGEST, { b: { projectId: p.id, traces: [{ id: traceId, name: 'anonymous' }] } }),
      'Mutation.createProject': call(CREATE_PROJECT, { n: 'anonymous' }),
      'Mutation.updateProject': call(UPDATE_PROJECT, { id: p.id, n: 'anonymous' }),
      'Mutation.deleteTrace': call(DELETE_TRACE, { id: traceId }),
      'Mutation.createApiKey': call(CREATE_KEY, { p: p.id, r: 'ADMIN', n: 'anonymous' }),
      'Mutation.revokeApiKey': call(REVOKE_KEY, { id: keyId }),
      'Query.jobs': call(graphql(`query AuthJobs { jobs { backend } }`), {}),
      'Query.failedJobs': call(graphql(`query AuthFailedJobs { failedJobs(queue: METRICS) { id } }`), {}),
      'Mutation.retryFailedJobs': call(graphql(`mutation AuthRetryFailedJobs { retryFailedJobs(queue: METRICS) }`), {}),
      'Mutation.updateProjectForwarding': call(UPDATE_FORWARDING, { p: p.id }),
      'Mutation.retryForwarding': call(RETRY_FORWARDING, { p: p.id }),
      'Query.modelPrices': call(MODEL_PRICES, { p: p.id }),
      'Mutation.upsertModelPrice': call(UPSERT_PRICE, { p: p.id }),
      'Mutation.deleteModelPrice': call(DELETE_PRICE, { id: priceId }),
      'Mutation.recomputeCosts': call(RECOMPUTE_COSTS, { p: p.id }),
      'Query.prompts': call(PROMPTS, { p: p.id }),
      'Query.prompt': call(PROMPT_Q, { id: promptId }),
      'Query.promptByName': call(PROMPT_BY_NAME, { p: p.id, n: 'anon-prompt' }),
      'Query.comparePromptVersions': call(COMPARE_PROMPTS, { a: versionId, b: versionId }),
      'Query.renderPrompt': call(RENDER_PROMPT, { v: versionId }),
      'Mutation.createPrompt': call(CREATE_PROMPT, { p: p.id, n: 'anonymous' }),
      'Mutation.updatePrompt': call(UPDATE_PROMPT, { id: promptId }),
      'Mutation.deletePrompt': call(DELETE_PROMPT, { id: promptId }),
      'Mutation.createPromptVersion': call(CREATE_PROMPT_VERSION, { id: promptId }),
      'Mutation.setPromptLabel': call(SET_PROMPT_LABEL, { id: promptId }),
      'Mutation.removePromptLabel': call(REMOVE_PROMPT_LABEL, { id: promptId }),
      'Mutation.rollbackPromptLabel': call(ROLLBACK_PROMPT_LABEL, { id: promptId }),
      'Query.datasets': call(DATASETS, { p: p.id }),
      'Query.dataset': call(DATASET, { id: uuid() }),
      'Query.datasetExample': call(DATASET_EXAMPLE, { id: uuid() }),
      'Mutation.createDataset': call(CREATE_DATASET, { p: p.id }),
      'Mutation.updateDataset': call(UPDATE_DATASET, { id: uuid() }),
      'Mutation.deleteDataset': call(DELETE_DATASET, { id: uuid() }),
      'Mutation.addExamples': call(ADD_EXAMPLES, { d: uuid() }),
      'Mutation.addExamplesFromTraces': call(ADD_FROM_TRACES, { d: uuid(), t: traceId }),
      'Mutation.updateExample': call(UPDATE_EXAMPLE, { id: uuid() }),
      'Mutation.deleteExamples': call(DELETE_EXAMPLES, { ids: [uuid()] }),
      'Mutation.tagDatasetVersion': call(TAG_VERSION, { d: uuid() }),
      'Mutation.importExamples': call(IMPORT_EXAMPLES, { d: uuid(), c: PWNED_JSONL }),
      'Query.feedback': call(FEEDBACK, { p: p.id, t: traceId }),
      'Mutation.createFeedback': call(CREATE_FEEDBACK, { t: traceId }),
      'Mutation.updateFeedback': call(UPDATE_FEEDBACK, { id: uuid() }),
      'Mutation.deleteFeedback': call(DELETE_FEEDBACK, { id: uuid() }),
      'Query.annotationQueues': call(ANNOTATION_QUEUES, { p: p.id }),
      'Query.annotationQueue': call(ANNOTATION_QUEUE, { id: uuid() }),
      'Mutation.createAnnotationQueue': call(CREATE_QUEUE, { p: p.id, n: 'anonymous' }),
      'Mutation.updateAnnotationQueue': call(UPDATE_QUEUE, { id: uuid() }),
      'Mutation.deleteAnnotationQueue': call(DELETE_QUEUE, { id: uuid() }),
      'Mutation.addToAnnotationQueue': call(ADD_TO_QUEUE, { q: uuid(), t: traceId }),
      'Mutation.addTracesToAnnotationQueue': call(ADD_TRACES_TO_QUEUE, { q: uuid() }),
      'Mutation.nextAnnotationItem': call(NEXT_ITEM, { q: uuid() }),
      'Mutation.submitAnnotation': call(SUBMIT_ITEM, { id: uuid() }),
      'Mutation.skipAnnotationItem': call(SKIP_ITEM, { id: uuid() }),
      'Query.experiments': call(EXPERIMENTS, { p: p.id }),
      'Query.experiment': call(EXPERIMENT, { id: traceId }),
      'Query.datasetLeaderboard': call(LEADERBOARD, { d: traceId }),
      'Query.promptVersionTrend': call(TREND, { p: traceId }),
      'Query.compareExperiments': call(COMPARE_EXPERIMENTS, { a: traceId, b: traceId }),
      'Mutation.setLlmEndpoint': call(SET_ENDPOINT, { p: p.id }),
      'Mutation.removeLlmEndpoint': call(REMOVE_ENDPOINT, { p: p.id }),
      'Mutation.createExperiment': call(CREATE_EXPERIMENT, { d: traceId }),
      'Mutation.cancelExperiment': call(CANCEL_EXPERIMENT, { id: traceId }),
      'Mutation.deleteExperiment': call(DELETE_EXPERIMENT, { id: traceId }),
    };
    const schema = await s.gql(ROOT_FIELDS);
    const fields = [
      ...schema.data!.__schema.queryType.fields!.map((f) => `Query.${f.name}`),
      ...schema.data!.__schema.mutationType!.fields!.map((f) => `Mutation.${f.name}`),
    ].sort();
    expect(Object.keys(calls).sort()).toEqual(fields);
    const wrong: [string, unknown][] = [];
    for (const [field, [query, variables]] of Object.entries(calls)) {
      const r = await s.gql(query, variables, null);
      if (code(r) !== 'UNAUTHENTICATED' || r.data) wrong.push([field, code(r) ?? r.data]);
    }
    expect(wrong).toEqual([]);
    // Nothing was changed by the attempts.
    const check = await s.gql(graphql(`query AuthUnchanged($t: ID!, $p: ID!) { trace(id: $t) { name } project(id: $p) { name apiKeys { id revokedAt } } }`), {
      t: traceId,
      p: p.id,
    });
    expect(check.errors).toBeUndefined();
    expect(check.data!.trace.name).toBeNull();
    expect(check.data!.project.name).toBe('authn');
    expect(check.data!.project.apiKeys.every((k) => k.revokedAt === null)).toBe(true);
    const prompt = (await s.gql(PROMPT_Q, { id: promptId })).data!.prompt;
    expect(prompt).toMatchObject({ name: 'anon-prompt', labels: [{ label: 'production' }] });
    expect(prompt.versions.edges).toHaveLength(1);
  });

  it.each([
    ['an unknown key with the sx_ prefix', () => `sx_${'A'.repeat(43)}`],
    ['a key without the prefix', () => 'not-a-key'],
    ['a valid key with one character changed', () => p.key.slice(0, -1) + (p.key.endsWith('A') ? 'B' : 'A')],
    ['the admin key with a suffix', () => `${s.adminKey}x`],
  ])('answers HTTP 401 UNAUTHENTICATED to %s', async (_, key) => {
    const r = await s.gql(PROJECT, { id: p.id }, key());
    expect(r.status).toBe(401);
    expect(code(r)).toBe('UNAUTHENTICATED');
    expect(r.data?.project ?? null).toBeNull();
    const bearer = await post({ authorization: `Bearer ${key()}` }, PROJECT, { id: p.id });
    expect(bearer.status).toBe(401);
    expect(code(bearer)).toBe('UNAUTHENTICATED');
  });

  it('accepts the key as Authorization: Bearer exactly like x-api-key', async () => {
    const viaHeader = await post({ 'x-api-key': p.key }, PROJECT, { id: p.id });
    const viaBearer = await post({ authorization: `Bearer ${p.key}` }, PROJECT, { id: p.id });
    const viaLowerBearer = await post({ authorization: `bearer ${p.key}` }, PROJECT, { id: p.id });
    for (const r of [viaHeader, viaBearer, viaLowerBearer]) {
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      expect(r.data!.project).toEqual({ id: p.id, name: 'authn' });
    }
    // The key's role applies the same way through either header.
    const bearerIngest = await post({ authorization: `Bearer ${p.key}` }, INGEST, { b: { traces: [{}] } });
    expect(code(bearerIngest)).toBe('FORBIDDEN');
    // The bootstrap admin key works as a bearer token too.
    const admin = await post({ authorization: `Bearer ${s.adminKey}` }, PROJECTS);
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.projects.edges.map((e) => e.node.id)).toContain(p.id);
  });
});

describe('key lifecycle', () => {
  let projectId: string;
  beforeAll(async () => {
    projectId = (await s.project('lifecycle', 'admin')).id;
  });

  it('refuses a revoked key with UNAUTHENTICATED from then on', async () => {
    const k = await createKey(projectId, 'READ');
    expect((await s.gql(PROJECT, { id: projectId }, k.secret)).data!.project.id).toBe(projectId);
    const r = await s.gql(REVOKE_KEY, { id: k.id });
    expect(r.errors).toBeUndefined();
    expect(r.data!.revokeApiKey.id).toBe(k.id);
    expect(Date.parse(r.data!.revokeApiKey.revokedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const after = await s.gql(PROJECT, { id: projectId }, k.secret);
    expect(after.status).toBe(401);
    expect(code(after)).toBe('UNAUTHENTICATED');
    const bearer = await post({ authorization: `Bearer ${k.secret}` }, PROJECT, { id: projectId });
    expect(code(bearer)).toBe('UNAUTHENTICATED');
    // A revoked key can't ingest either.
    expect(code(await s.gql(INGEST, { b: { traces: [{}] } }, k.secret))).toBe('UNAUTHENTICATED');
  });

  it("lets a project admin key revoke its project's keys, but not a read key", async () => {
    const admin = await createKey(projectId, 'ADMIN');
    const victim = await createKey(projectId, 'INGEST');
    const reader = await createKey(projectId, 'READ');
    expect(code(await s.gql(REVOKE_KEY, { id: victim.id }, reader.secret))).toBe('FORBIDDEN');
    expect(code(await s.gql(INGEST, { b: { traces: [{}] } }, victim.secret))).toBeUndefined();
    const r = await s.gql(REVOKE_KEY, { id: victim.id }, admin.secret);
    expect(r.errors).toBeUndefined();
    expect(code(await s.gql(INGEST, { b: { traces: [{}] } }, victim.secret))).toBe('UNAUTHENTICATED');
  });

  it('returns the secret once; listings never show it and the database keeps only its hash', async () => {
    const k = await createKey(projectId, 'INGEST');
    expect(k.secret).toMatch(/^sx_[A-Za-z0-9_-]{40,}$/);
    expect(k.apiKey).toMatchObject({ id: k.id, name: 'k-ingest', role: 'INGEST', revokedAt: null });
    expect(k.secret.startsWith(k.apiKey.prefix)).toBe(true);
    expect(k.apiKey.prefix.length).toBeLessThan(k.secret.length / 2);

    const list = await s.gql(LIST_KEYS, { id: projectId });
    expect(list.errors).toBeUndefined();
    const listed = list.data!.project.apiKeys.find((x) => x.id === k.id);
    expect(listed).toMatchObject({ id: k.id, prefix: k.apiKey.prefix, role: 'INGEST', name: 'k-ingest' });
    expect(JSON.stringify(list)).not.toContain(k.secret);
    expect(JSON.stringify(list)).not.toContain(k.secret.slice(k.apiKey.prefix.length));

    // The ApiKey type has no field that could carry the secret or its hash.
    const t = await s.gql(graphql(`query AuthApiKeyFields { __type(name: "ApiKey") { fields { name } } }`));
    const fields = t.data!.__type!.fields!.map((f) => f.name).sort();
    expect(fields).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'role']);

    const rows: Record<string, unknown>[] = await s.ds.query('SELECT * FROM api_keys WHERE id = $1', [k.id]);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toContain(k.secret);
    expect(stored).not.toContain(k.secret.slice(k.apiKey.prefix.length));
    expect(rows[0].key_hash).toBe(createHash('sha256').update(k.secret).digest('hex'));
    expect(rows[0].prefix).toBe(k.apiKey.prefix);
  });
});

describe('roles', () => {
  let p: string;
  let keys: Record<'ingest' | 'read' | 'admin', string>;
  let traceId: string;
  beforeAll(async () => {
    p = (await s.project('roles', 'admin')).id;
    keys = { ingest: (await createKey(p, 'INGEST')).secret, read: (await createKey(p, 'READ')).secret, admin: (await createKey(p, 'ADMIN')).secret };
    traceId = uuid();
  });

  it('tells each key its role and project through viewer, so a UI offers only what it may do', async () => {
    for (const role of ['ingest', 'read', 'admin'] as const) {
      const r = await s.gql(VIEWER, {}, keys[role]);
      expect(r.errors).toBeUndefined();
      expect(r.data!.viewer).toEqual({ role: role.toUpperCase(), bootstrapAdmin: false, projectId: p });
    }
    expect((await s.gql(VIEWER, {})).data!.viewer).toEqual({ role: 'ADMIN', bootstrapAdmin: true, projectId: null });
  });

  it('lets an ingest key ingest into its project, and nothing else', async () => {
    const r = await s.gql(INGEST, { b: { traces: [{ id: traceId, name: 'by-ingest', startTime: at(0), endTime: at(1) }] } }, keys.ingest);
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingest).toMatchObject({ accepted: 1, rejected: 0 });
    expect((await s.gql(TRACE, { id: traceId })).data!.trace).toEqual({ id: traceId, name: 'by-ingest' });
    // With its project named explicitly too.
    const r2 = await s.gql(INGEST, { b: { projectId: p, traces: [{ startTime: at(0) }] } }, keys.ingest);
    expect(r2.data!.ingest).toMatchObject({ accepted: 1, rejected: 0 });

    expect(code(await s.gql(TRACES, { p }, keys.ingest))).toBe('FORBIDDEN');
    expect(code(await s.gql(TRACE, { id: traceId }, keys.ingest))).toBe('FORBIDDEN');
    expect(code(await s.gql(PROJECT, { id: p }, keys.ingest))).toBe('FORBIDDEN');
    expect(code(await s.gql(SESSIONS, { p }, keys.ingest))).toBe('FORBIDDEN');
    expect(code(await s.gql(DELETE_TRACE, { id: traceId }, keys.ingest))).toBe('FORBIDDEN');
    expect(code(await s.gql(CREATE_KEY, { p, r: 'ADMIN', n: 'escalate' }, keys.ingest))).toBe('FORBIDDEN');
  });

  it('lets a read key query, and refuses it ingest, deleteTrace, updateProject and createApiKey', async () => {
    const t = await s.gql(TRACES, { p }, keys.read);
    expect(t.errors).toBeUndefined();
    expect(t.data!.traces.edges.map((e) => e.node.id)).toContain(traceId);
    expect((await s.gql(TRACE, { id: traceId }, keys.read)).data!.trace.id).toBe(traceId);
    expect((await s.gql(PROJECT, { id: p }, keys.read)).data!.project.id).toBe(p);

    const ingest = await s.gql(INGEST, { b: { traces: [{ id: traceId, name: 'changed' }] } }, keys.read);
    expect(code(ingest)).toBe('FORBIDDEN');
    expect(code(await s.gql(DELETE_TRACE, { id: traceId }, keys.read))).toBe('FORBIDDEN');
    expect(code(await s.gql(UPDATE_PROJECT, { id: p, n: 'renamed' }, keys.read))).toBe('FORBIDDEN');
    expect(code(await s.gql(CREATE_KEY, { p, r: 'READ', n: 'more' }, keys.read))).toBe('FORBIDDEN');
    expect(code(await s.gql(LIST_KEYS, { id: p }, keys.read))).toBe('FORBIDDEN');
    // None of it took effect.
    expect((await s.gql(TRACE, { id: traceId })).data!.trace.name).toBe('by-ingest');
    expect((await s.gql(PROJECT, { id: p })).data!.project.name).toBe('roles');
  });

  it('lets a project admin key manage its project, but only the bootstrap admin create projects', async () => {
    const r = await s.gql(CREATE_PROJECT, { n: 'by-project-admin' }, keys.admin);
    expect(code(r)).toBe('FORBIDDEN');
    const all = await s.gql(graphql(`query AuthProjectNames { projects(first: 100) { edges { node { name } } } }`));
    expect(all.data!.projects.edges.map((e) => e.node.name)).not.toContain('by-project-admin');
    expect(code(await s.gql(CREATE_PROJECT, { n: 'by-reader' }, keys.read))).toBe('FORBIDDEN');
    expect(code(await s.gql(CREATE_PROJECT, { n: 'by-ingester' }, keys.ingest))).toBe('FORBIDDEN');

    const created = await s.gql(CREATE_PROJECT, { n: 'by-bootstrap' });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProject.id).toMatch(/^[0-9a-f-]{36}$/);

    const k = await s.gql(CREATE_KEY, { p, r: 'READ', n: 'from-project-admin' }, keys.admin);
    expect(k.errors).toBeUndefined();
    expect(k.data!.createApiKey.apiKey.role).toBe('READ');
    expect((await s.gql(DELETE_TRACE, { id: traceId }, keys.admin)).data!.deleteTrace).toEqual({ id: traceId, deleted: true });
    expect(code(await s.gql(TRACE, { id: traceId }))).toBe('NOT_FOUND');
  });
});

// ---------------------------------------------------------------------------------------------
// Isolation: project A's admin key against project B, one or more cases per root field.

type World = {
  a: { id: string; key: string; trace: string; dataset: string; queue: string };
  b: {
    id: string;
    key: string;
    keyId: string;
    name: string;
    trace: string;
    session: string;
    agent: string;
    llm: string;
    tool: string;
    error: string;
    metric: string;
    interaction: string;
    systemInfo: string;
    price: string;
    prompt: string;
    promptName: string;
    promptVersion: string;
    dataset: string;
    example: string;
    queue: string;
    queueItem: string;
  };
};

type Case<R = any, V = any> = {
  /** `Query.x` or `Mutation.x`: the root field the case exercises. */
  field: string;
  name: string;
  query: TypedOperation<R, V>;
  variables: (w: World) => NoInfer<V>;
  /** Default: the call fails with FORBIDDEN or NOT_FOUND. Otherwise checks the (successful) answer. */
  check?: (r: GqlResponse<NoInfer<R>>, w: World) => void;
};

/** A case whose variables and check are typed by its document. */
const c = <R, V>(x: Case<R, V>): Case => x;

const SESSION = graphql(`query AuthSession($p: ID!, $id: String!) { session(projectId: $p, id: $id) { id traceCount traces { edges { node { id } } } } }`);

const denied = (r: GqlResponse) => {
  expect(r.errors?.length).toBeGreaterThan(0);
  expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(r));
  expect(r.data ?? null).toBeNull();
};

/** Every item of the batch must come back rejected with FORBIDDEN, and nothing accepted. */
const allItemsForbidden = (expected: [string, number][]) => (r: GqlResponse<ResultOf<typeof INGEST>>) => {
  expect(r.errors).toBeUndefined();
  const rej = r.data!.ingest.rejections.map((x) => [x.list, x.index, x.code]);
  expect(rej).toEqual(expected.map(([list, index]) => [list, index, 'FORBIDDEN']));
  expect(r.data!.ingest).toMatchObject({ accepted: 0, rejected: expected.length });
};

const CASES: Case[] = [
  c({ field: 'Query.project', name: 'project(id: B)', query: PROJECT, variables: (w) => ({ id: w.b.id }) }),
  c({ field: 'Query.projectByName', name: 'projectByName(B)', query: PROJECT_BY_NAME, variables: (w) => ({ n: w.b.name }) }),
  c({
    field: 'Query.project',
    name: 'project(id: B) { apiKeys }',
    query: graphql(`query AuthProjectKeyIds($id: ID!) { project(id: $id) { apiKeys { id } } }`),
    variables: (w) => ({ id: w.b.id }),
  }),
  c({
    field: 'Query.viewer',
    name: "viewer names A's project, never B",
    query: VIEWER,
    variables: () => ({}),
    check: (r, w) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.viewer).toEqual({ role: 'ADMIN', bootstrapAdmin: false, projectId: w.a.id });
    },
  }),
  c({
    field: 'Query.projects',
    name: 'projects lists only A',
    query: graphql(`query AuthProjectsPage { projects(first: 100) { edges { node { id name totals { traceCount } } } pageInfo { hasNextPage } } }`),
    variables: () => ({}),
    check: (r, w) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.projects.edges.map((e) => e.node.id)).toEqual([w.a.id]);
      expect(r.data!.projects.pageInfo.hasNextPage).toBe(false);
    },
  }),
  c({ field: 'Query.traces', name: 'traces(projectId: B)', query: TRACES, variables: (w) => ({ p: w.b.id }) }),
  c({
    field: 'Query.traces',
    name: "traces(projectId: A) filtered by B's session holds nothing of B",
    query: graphql(`query AuthTracesOfSession($p: ID!, $s: String) { traces(projectId: $p, filter: { sessionId: $s }) { edges { node { id } } } }`),
    variables: (w) => ({ p: w.a.id, s: w.b.session }),
    check: (r) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.traces.edges).toEqual([]);
    },
  }),
  c({ field: 'Query.trace', name: "trace(id: B's trace)", query: TRACE, variables: (w) => ({ id: w.b.trace }) }),
  c({ field: 'Query.compareTraces', name: "compareTraces(B's trace, B's trace)", query: COMPARE, variables: (w) => ({ a: w.b.trace, b: w.b.trace }) }),
  c({ field: 'Query.compareTraces', name: "compareTraces(A's trace, B's trace)", query: COMPARE, variables: (w) => ({ a: w.a.trace, b: w.b.trace }) }),
  c({
    field: 'Query.trace',
    name: "trace(id: B's trace) with nested fields",
    query: graphql(
      `query AuthTraceNested($id: ID!) { trace(id: $id) { id spans { id } errors { id } metrics { id } userInteractions { id } systemInfo { id } project { id } } }`,
    ),
    variables: (w) => ({ id: w.b.trace }),
  }),
  c({
    field: 'Query.sessions',
    name: 'sessions(projectId: B)',
    query: graphql(`query AuthSessionCounts($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount } } } }`),
    variables: (w) => ({ p: w.b.id }),
  }),
  c({
    field: 'Query.session',
    name: "session(projectId: B, id: B's session)",
    query: SESSION,
    variables: (w) => ({ p: w.b.id, id: w.b.session }),
  }),
  c({
    field: 'Query.session',
    name: "session(projectId: A, id: B's session)",
    query: SESSION,
    variables: (w) => ({ p: w.a.id, id: w.b.session }),
  }),
  c({
    field: 'Mutation.ingest',
    name: 'ingest(batch: { projectId: B })',
    query: INGEST,
    variables: (w) => ({ b: { projectId: w.b.id, traces: [{ id: w.b.trace, name: 'hijacked' }], llmCalls: [{ traceId: w.b.trace, startTime: at(0) }] } }),
  }),
  c({
    field: 'Mutation.ingest',
    name: "ingest into A of every kind of item pointing at B's trace",
    query: INGEST,
    variables: (w) => ({
      b: {
        projectId: w.a.id,
        agentCalls: [{ traceId: w.b.trace, startTime: at(0), name: 'intruder' }],
        llmCalls: [{ traceId: w.b.trace, parentId: w.b.agent, startTime: at(0), model: 'gpt-4o', promptTokens: 999999 }],
        toolCalls: [{ traceId: w.b.trace, startTime: at(0), totalCost: 1000 }],
        errors: [{ traceId: w.b.trace, errorMessage: 'injected' }],
        userInteractions: [{ traceId: w.b.trace, interactionType: 'input', content: 'injected' }],
        systemInfos: [{ traceId: w.b.trace, osName: 'injected' }],
        metrics: [{ traceId: w.b.trace, spanId: w.b.llm, name: 'injected', score: 0 }],
      },
    }),
    check: allItemsForbidden([
      ['AGENT_CALLS', 0],
      ['ERRORS', 0],
      ['LLM_CALLS', 0],
      ['METRICS', 0],
      ['SYSTEM_INFOS', 0],
      ['TOOL_CALLS', 0],
      ['USER_INTERACTIONS', 0],
    ]),
  }),
  c({
    field: 'Mutation.ingest',
    name: "ingest into A (project from the key) of B's trace and spans by id",
    query: INGEST,
    variables: (w) => ({
      b: {
        traces: [{ id: w.b.trace, name: 'hijacked', endTime: at(99), metadata: { pwned: true } }],
        llmCalls: [{ id: w.b.llm, traceId: w.b.trace, outputs: 'overwritten', totalCost: 1000 }],
        toolCalls: [{ id: w.b.tool, traceId: w.b.trace, error: 'overwritten' }],
      },
    }),
    check: allItemsForbidden([
      ['LLM_CALLS', 0],
      ['TOOL_CALLS', 0],
      ['TRACES', 0],
    ]),
  }),
  c({
    field: 'Mutation.ingest',
    name: "ingest into A's own trace of items reusing B's ids",
    query: INGEST,
    variables: (w) => ({
      b: {
        projectId: w.a.id,
        agentCalls: [{ id: w.b.agent, traceId: w.a.trace, startTime: at(0), name: 'overwritten' }],
        llmCalls: [{ id: w.b.llm, traceId: w.a.trace, startTime: at(0), model: 'overwritten' }],
        toolCalls: [{ id: w.b.tool, traceId: w.a.trace, startTime: at(0), name: 'overwritten' }],
        errors: [{ id: w.b.error, traceId: w.a.trace, errorMessage: 'overwritten' }],
        userInteractions: [{ id: w.b.interaction, traceId: w.a.trace, interactionType: 'input', content: 'overwritten' }],
        systemInfos: [{ id: w.b.systemInfo, traceId: w.a.trace, osName: 'overwritten' }],
        metrics: [{ id: w.b.metric, traceId: w.a.trace, name: 'overwritten', score: 0 }],
      },
    }),
    check: allItemsForbidden([
      ['AGENT_CALLS', 0],
      ['ERRORS', 0],
      ['LLM_CALLS', 0],
      ['METRICS', 0],
      ['SYSTEM_INFOS', 0],
      ['TOOL_CALLS', 0],
      ['USER_INTERACTIONS', 0],
    ]),
  }),
  c({
    field: 'Mutation.updateProject',
    name: 'updateProject(id: B)',
    query: UPDATE_PROJECT,
    variables: (w) => ({ id: w.b.id, n: 'renamed-by-a' }),
  }),
  c({
    field: 'Mutation.updateProject',
    name: "updateProject(id: A) taking B's name",
    query: UPDATE_PROJECT,
    variables: (w) => ({ id: w.a.id, n: w.b.name }),
    check: (r) => {
      // Names are unique: the clash is reported as bad input, and nothing of B changes.
      expect(code(r)).toBe('BAD_USER_INPUT');
    },
  }),
  c({ field: 'Mutation.deleteTrace', name: "deleteTrace(id: B's trace)", query: DELETE_TRACE, variables: (w) => ({ id: w.b.trace }) }),
  c({
    field: 'Mutation.createApiKey',
    name: 'createApiKey(input: { projectId: B })',
    query: CREATE_KEY,
    variables: (w) => ({ p: w.b.id, r: 'ADMIN' as const, n: 'backdoor' }),
  }),
  c({ field: 'Mutation.revokeApiKey', name: "revokeApiKey(id: B's key)", query: REVOKE_KEY, variables: (w) => ({ id: w.b.keyId }) }),
  c({ field: 'Mutation.createProject', name: 'createProject with a project key', query: CREATE_PROJECT, variables: () => ({ n: 'made-by-a' }) }),
  // The queues span every project: only the bootstrap admin sees or retries their jobs.
  c({
    field: 'Query.jobs',
    name: 'jobs with a project key',
    query: graphql(`query AuthJobQueues { jobs { backend queues { name failed } } }`),
    variables: () => ({}),
  }),
  c({
    field: 'Query.failedJobs',
    name: 'failedJobs with a project key',
    query: graphql(`query AuthFailedJobData { failedJobs(queue: METRICS) { id data } }`),
    variables: () => ({}),
  }),
  c({
    field: 'Mutation.retryFailedJobs',
    name: 'retryFailedJobs with a project key',
    query: graphql(`mutation AuthRetryFailedJobs { retryFailedJobs(queue: METRICS) }`),
    variables: () => ({}),
  }),
  c({ field: 'Mutation.updateProjectForwarding', name: 'updateProjectForwarding(projectId: B)', query: UPDATE_FORWARDING, variables: (w) => ({ p: w.b.id }) }),
  c({ field: 'Mutation.retryForwarding', name: 'retryForwarding(projectId: B)', query: RETRY_FORWARDING, variables: (w) => ({ p: w.b.id }) }),
  c({ field: 'Query.modelPrices', name: 'modelPrices(projectId: B)', query: MODEL_PRICES, variables: (w) => ({ p: w.b.id }) }),
  c({
    field: 'Query.modelPrices',
    name: "modelPrices(projectId: A) holds none of B's",
    query: MODEL_PRICES,
    variables: (w) => ({ p: w.a.id }),
    check: (r) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.modelPrices).toEqual([]);
    },
  }),
  c({ field: 'Mutation.upsertModelPrice', name: 'upsertModelPrice(input: { projectId: B })', query: UPSERT_PRICE, variables: (w) => ({ p: w.b.id }) }),
  c({
    field: 'Mutation.upsertModelPrice',
    name: "upsertModelPrice(input: { projectId: A, id: B's price })",
    query: UPSERT_PRICE,
    variables: (w) => ({ p: w.a.id, id: w.b.price }),
  }),
  c({ field: 'Mutation.deleteModelPrice', name: "deleteModelPrice(id: B's price)", query: DELETE_PRICE, variables: (w) => ({ id: w.b.price }) }),
  c({ field: 'Mutation.recomputeCosts', name: 'recomputeCosts(projectId: B)', query: RECOMPUTE_COSTS, variables: (w) => ({ p: w.b.id }) }),
  c({ field: 'Query.feedback', name: 'feedback(projectId: B)', query: FEEDBACK, variables: (w) => ({ p: w.b.id }) }),
  c({
    field: 'Query.feedback',
    name: "feedback(projectId: A) of B's trace holds nothing of B",
    query: FEEDBACK,
    variables: (w) => ({ p: w.a.id, t: w.b.trace }),
    check: (r) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.feedback.edges).toEqual([]);
    },
  }),
  c({ field: 'Mutation.createFeedback', name: "createFeedback on B's trace", query: CREATE_FEEDBACK, variables: (w) => ({ t: w.b.trace }) }),
  c({ field: 'Mutation.updateFeedback', name: "updateFeedback(B's metric)", query: UPDATE_FEEDBACK, variables: (w) => ({ id: w.b.metric }) }),
  c({ field: 'Mutation.deleteFeedback', name: "deleteFeedback(B's metric)", query: DELETE_FEEDBACK, variables: (w) => ({ id: w.b.metric }) }),
  c({ field: 'Query.annotationQueues', name: 'annotationQueues(projectId: B)', query: ANNOTATION_QUEUES, variables: (w) => ({ p: w.b.id }) }),
  c({
    field: 'Query.annotationQueues',
    name: "annotationQueues(projectId: A) holds none of B's",
    query: ANNOTATION_QUEUES,
    variables: (w) => ({ p: w.a.id }),
    check: (r, w) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.annotationQueues.map((q) => q.id)).toEqual([w.a.queue]);
    },
  }),
  c({ field: 'Query.annotationQueue', name: "annotationQueue(B's queue)", query: ANNOTATION_QUEUE, variables: (w) => ({ id: w.b.queue }) }),
  c({
    field: 'Mutation.createAnnotationQueue',
    name: 'createAnnotationQueue(projectId: B)',
    query: CREATE_QUEUE,
    variables: (w) => ({ p: w.b.id, n: 'backdoor' }),
  }),
  c({ field: 'Mutation.updateAnnotationQueue', name: "updateAnnotationQueue(B's queue)", query: UPDATE_QUEUE, variables: (w) => ({ id: w.b.queue }) }),
  c({ field: 'Mutation.deleteAnnotationQueue', name: "deleteAnnotationQueue(B's queue)", query: DELETE_QUEUE, variables: (w) => ({ id: w.b.queue }) }),
  c({
    field: 'Mutation.addToAnnotationQueue',
    name: "addToAnnotationQueue(B's queue)",
    query: ADD_TO_QUEUE,
    variables: (w) => ({ q: w.b.queue, t: w.b.trace }),
  }),
  c({
    field: 'Mutation.addToAnnotationQueue',
    name: "addToAnnotationQueue(A's queue, B's trace) rejects the trace",
    query: ADD_TO_QUEUE,
    variables: (w) => ({ q: w.a.queue, t: w.b.trace }),
    check: (r, w) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.addToAnnotationQueue).toEqual({ added: 0, alreadyQueued: 0, rejected: [{ traceId: w.b.trace, message: `Trace ${w.b.trace} not found` }] });
    },
  }),
  c({
    field: 'Mutation.addTracesToAnnotationQueue',
    name: "addTracesToAnnotationQueue(B's queue)",
    query: ADD_TRACES_TO_QUEUE,
    variables: (w) => ({ q: w.b.queue }),
  }),
  c({
    field: 'Mutation.nextAnnotationItem',
    name: "nextAnnotationItem(B's queue)",
    query: NEXT_ITEM,
    variables: (w) => ({ q: w.b.queue }),
    // A nullable field: the error leaves it null rather than the whole answer.
    check: (r) => {
      expect(code(r)).toBe('NOT_FOUND');
      expect(r.data?.nextAnnotationItem ?? null).toBeNull();
    },
  }),
  c({ field: 'Mutation.submitAnnotation', name: "submitAnnotation(B's item)", query: SUBMIT_ITEM, variables: (w) => ({ id: w.b.queueItem }) }),
  c({ field: 'Mutation.skipAnnotationItem', name: "skipAnnotationItem(B's item)", query: SKIP_ITEM, variables: (w) => ({ id: w.b.queueItem }) }),
  c({
    field: 'Query.project',
    name: 'project(id: B) { costRecomputes }',
    query: graphql(`query AuthProjectRecomputes($id: ID!) { project(id: $id) { costRecomputes { id } } }`),
    variables: (w) => ({ id: w.b.id }),
  }),
  c({ field: 'Query.prompts', name: 'prompts(projectId: B)', query: PROMPTS, variables: (w) => ({ p: w.b.id }) }),
  c({
    field: 'Query.prompts',
    name: "prompts(projectId: A) holds none of B's",
    query: PROMPTS,
    variables: (w) => ({ p: w.a.id }),
    check: (r) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.prompts.edges).toEqual([]);
    },
  }),
  c({ field: 'Query.prompt', name: "prompt(id: B's prompt)", query: PROMPT_Q, variables: (w) => ({ id: w.b.prompt }) }),
  c({ field: 'Query.promptByName', name: 'promptByName(projectId: B)', query: PROMPT_BY_NAME, variables: (w) => ({ p: w.b.id, n: w.b.promptName }) }),
  c({ field: 'Query.promptByName', name: "promptByName(projectId: A, B's name)", query: PROMPT_BY_NAME, variables: (w) => ({ p: w.a.id, n: w.b.promptName }) }),
  c({
    field: 'Query.comparePromptVersions',
    name: "comparePromptVersions(B's version, B's version)",
    query: COMPARE_PROMPTS,
    variables: (w) => ({ a: w.b.promptVersion, b: w.b.promptVersion }),
  }),
  c({ field: 'Query.renderPrompt', name: "renderPrompt(B's version)", query: RENDER_PROMPT, variables: (w) => ({ v: w.b.promptVersion }) }),
  c({ field: 'Mutation.createPrompt', name: 'createPrompt(projectId: B)', query: CREATE_PROMPT, variables: (w) => ({ p: w.b.id, n: 'pwned' }) }),
  c({ field: 'Mutation.updatePrompt', name: "updatePrompt(B's prompt)", query: UPDATE_PROMPT, variables: (w) => ({ id: w.b.prompt }) }),
  c({ field: 'Mutation.deletePrompt', name: "deletePrompt(B's prompt)", query: DELETE_PROMPT, variables: (w) => ({ id: w.b.prompt }) }),
  c({
    field: 'Mutation.createPromptVersion',
    name: "createPromptVersion(promptId: B's prompt)",
    query: CREATE_PROMPT_VERSION,
    variables: (w) => ({ id: w.b.prompt }),
  }),
  c({
    field: 'Mutation.createPromptVersion',
    name: "createPromptVersion(projectId: B, B's prompt name)",
    query: CREATE_PROMPT_VERSION,
    variables: (w) => ({ p: w.b.id, n: w.b.promptName }),
  }),
  c({ field: 'Mutation.setPromptLabel', name: "setPromptLabel(B's prompt)", query: SET_PROMPT_LABEL, variables: (w) => ({ id: w.b.prompt }) }),
  c({ field: 'Mutation.removePromptLabel', name: "removePromptLabel(B's prompt)", query: REMOVE_PROMPT_LABEL, variables: (w) => ({ id: w.b.prompt }) }),
  c({ field: 'Mutation.rollbackPromptLabel', name: "rollbackPromptLabel(B's prompt)", query: ROLLBACK_PROMPT_LABEL, variables: (w) => ({ id: w.b.prompt }) }),
  c({
    field: 'Mutation.ingest',
    name: "ingest into A of an LLM call naming B's prompt version links nothing",
    query: graphql(`mutation AuthIngestPromptLink($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }`),
    variables: (w) => ({
      b: {
        llmCalls: [
          { traceId: w.a.trace, startTime: at(0), promptVersionId: w.b.promptVersion },
          { traceId: w.a.trace, startTime: at(1), metadata: { 'sextant.prompt': `${w.b.promptName}@production` } },
        ],
      },
    }),
    check: (r) => expect(r.data!.ingest).toEqual({ accepted: 2, rejected: 0 }),
  }),
  c({ field: 'Query.datasets', name: 'datasets(projectId: B)', query: DATASETS, variables: (w) => ({ p: w.b.id }) }),
  c({
    field: 'Query.datasets',
    name: "datasets(projectId: A) holds only A's",
    query: DATASETS,
    variables: (w) => ({ p: w.a.id }),
    check: (r) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.datasets.edges.map((e) => e.node.name)).toEqual(['dataset-A']);
    },
  }),
  c({ field: 'Query.dataset', name: "dataset(id: B's dataset)", query: DATASET, variables: (w) => ({ id: w.b.dataset }) }),
  c({ field: 'Query.datasetExample', name: "datasetExample(id: B's example)", query: DATASET_EXAMPLE, variables: (w) => ({ id: w.b.example }) }),
  c({ field: 'Mutation.createDataset', name: 'createDataset(projectId: B)', query: CREATE_DATASET, variables: (w) => ({ p: w.b.id }) }),
  c({ field: 'Mutation.updateDataset', name: "updateDataset(id: B's dataset)", query: UPDATE_DATASET, variables: (w) => ({ id: w.b.dataset }) }),
  c({ field: 'Mutation.deleteDataset', name: "deleteDataset(id: B's dataset)", query: DELETE_DATASET, variables: (w) => ({ id: w.b.dataset }) }),
  c({ field: 'Mutation.addExamples', name: "addExamples(datasetId: B's dataset)", query: ADD_EXAMPLES, variables: (w) => ({ d: w.b.dataset }) }),
  c({
    field: 'Mutation.addExamplesFromTraces',
    name: "addExamplesFromTraces(B's dataset, B's trace)",
    query: ADD_FROM_TRACES,
    variables: (w) => ({ d: w.b.dataset, t: w.b.trace }),
  }),
  c({
    field: 'Mutation.addExamplesFromTraces',
    name: "addExamplesFromTraces(A's dataset, B's trace) refuses the item",
    query: ADD_FROM_TRACES,
    variables: (w) => ({ d: w.a.dataset, t: w.b.trace }),
    check: (r) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.addExamplesFromTraces).toEqual({ version: null, examples: [], errors: [{ code: 'NOT_FOUND' }] });
    },
  }),
  c({ field: 'Mutation.updateExample', name: "updateExample(id: B's example)", query: UPDATE_EXAMPLE, variables: (w) => ({ id: w.b.example }) }),
  c({
    field: 'Mutation.deleteExamples',
    name: "deleteExamples(B's example) refuses the item",
    query: DELETE_EXAMPLES,
    variables: (w) => ({ ids: [w.b.example] }),
    check: (r) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.deleteExamples).toEqual({ deletedIds: [], errors: [{ code: 'NOT_FOUND' }] });
    },
  }),
  c({ field: 'Mutation.tagDatasetVersion', name: "tagDatasetVersion(B's dataset)", query: TAG_VERSION, variables: (w) => ({ d: w.b.dataset }) }),
  c({ field: 'Mutation.importExamples', name: "importExamples(B's dataset)", query: IMPORT_EXAMPLES, variables: (w) => ({ d: w.b.dataset, c: PWNED_JSONL }) }),
  // Experiments: B's project by id, or ids that A's key cannot see.
  c({ field: 'Query.experiments', name: 'experiments(projectId: B)', query: EXPERIMENTS, variables: (w) => ({ p: w.b.id }) }),
  c({ field: 'Query.experiment', name: 'experiment(id: unseen)', query: EXPERIMENT, variables: () => ({ id: uuid() }) }),
  c({ field: 'Query.datasetLeaderboard', name: 'datasetLeaderboard(unseen dataset)', query: LEADERBOARD, variables: () => ({ d: uuid() }) }),
  c({ field: 'Query.promptVersionTrend', name: 'promptVersionTrend(unseen prompt)', query: TREND, variables: () => ({ p: uuid() }) }),
  c({ field: 'Query.compareExperiments', name: 'compareExperiments(unseen, unseen)', query: COMPARE_EXPERIMENTS, variables: () => ({ a: uuid(), b: uuid() }) }),
  c({ field: 'Mutation.setLlmEndpoint', name: 'setLlmEndpoint(projectId: B)', query: SET_ENDPOINT, variables: (w) => ({ p: w.b.id }) }),
  c({ field: 'Mutation.removeLlmEndpoint', name: 'removeLlmEndpoint(projectId: B)', query: REMOVE_ENDPOINT, variables: (w) => ({ p: w.b.id }) }),
  c({ field: 'Mutation.createExperiment', name: 'createExperiment(unseen dataset)', query: CREATE_EXPERIMENT, variables: () => ({ d: uuid() }) }),
  c({ field: 'Mutation.cancelExperiment', name: 'cancelExperiment(unseen)', query: CANCEL_EXPERIMENT, variables: () => ({ id: uuid() }) }),
  c({ field: 'Mutation.deleteExperiment', name: 'deleteExperiment(unseen)', query: DELETE_EXPERIMENT, variables: () => ({ id: uuid() }) }),
];

describe('project isolation', () => {
  const w = {} as World;
  let before: Snapshot;

  beforeAll(async () => {
    const a = await s.project(`project-A-${uuid().slice(0, 8)}`, 'admin');
    const aDataset = await s.gql(
      graphql(`mutation AuthDatasetOfA($p: ID!) { createDataset(input: { projectId: $p, name: "dataset-A" }) { id } }`),
      { p: a.id },
      a.key,
    );
    w.a = { ...a, trace: uuid(), dataset: aDataset.data!.createDataset.id, queue: '' };
    w.a.queue = (await s.gql(CREATE_QUEUE, { p: a.id, n: 'queue-A' }, a.key)).data!.createAnnotationQueue.id;
    const bName = `project-B-${uuid().slice(0, 8)}`;
    const b = await s.project(bName, 'admin');
    const keyId = (await s.gql(LIST_KEYS, { id: b.id })).data!.project.apiKeys[0].id;
    w.b = {
      ...b,
      keyId,
      name: bName,
      trace: uuid(),
      session: `session-B-${uuid()}`,
      agent: uuid(),
      llm: uuid(),
      tool: uuid(),
      error: uuid(),
      metric: uuid(),
      interaction: uuid(),
      systemInfo: uuid(),
      price: '',
      prompt: '',
      promptName: `prompt-B-${uuid().slice(0, 8)}`,
      promptVersion: '',
      dataset: '',
      example: '',
      queue: '',
      queueItem: '',
    };
    const seeded = (await s.gql(SEED_PROMPT, { p: w.b.id, n: w.b.promptName }, w.b.key)).data!.createPromptVersion;
    [w.b.prompt, w.b.promptVersion] = [seeded.prompt.id, seeded.id];
    const price = await s.gql(
      graphql(
        `mutation AuthPriceOfB($p: ID!) { upsertModelPrice(input: { projectId: $p, modelPattern: "^b-model$", inputPrice: 1e-6, outputPrice: 2e-6 }) { id } }`,
      ),
      {
        p: w.b.id,
      },
      w.b.key,
    );
    w.b.price = price.data!.upsertModelPrice.id;
    const r = await s.gql(
      INGEST,
      {
        b: {
          traces: [
            {
              id: w.b.trace,
              name: 'secret-trace-B',
              sessionId: w.b.session,
              startTime: at(0),
              endTime: at(10),
              inputs: { q: 'B-only input' },
              metadata: { owner: 'B' },
            },
          ],
          agentCalls: [{ id: w.b.agent, traceId: w.b.trace, name: 'agent-B', startTime: at(0), endTime: at(9) }],
          llmCalls: [
            { id: w.b.llm, traceId: w.b.trace, parentId: w.b.agent, model: 'gpt-4o', promptTokens: 10, completionTokens: 5, startTime: at(1), endTime: at(2) },
          ],
          toolCalls: [{ id: w.b.tool, traceId: w.b.trace, parentId: w.b.agent, name: 'tool-B', startTime: at(3), endTime: at(4), totalCost: 0.25 }],
          errors: [{ id: w.b.error, traceId: w.b.trace, toolCallId: w.b.tool, errorMessage: 'B error', timestamp: at(4) }],
          userInteractions: [{ id: w.b.interaction, traceId: w.b.trace, agentId: w.b.agent, interactionType: 'input', content: 'B says hi', timestamp: at(0) }],
          systemInfos: [{ id: w.b.systemInfo, traceId: w.b.trace, osName: 'B-os' }],
          metrics: [{ id: w.b.metric, traceId: w.b.trace, spanId: w.b.llm, name: 'B-metric', score: 0.5, timestamp: at(5) }],
        },
      },
      w.b.key,
    );
    expect(r.data!.ingest).toMatchObject({ accepted: 8, rejected: 0 });
    const dataset = await s.gql(
      graphql(`mutation AuthDatasetOfB($p: ID!) { createDataset(input: { projectId: $p, name: "dataset-B" }) { id } }`),
      { p: w.b.id },
      w.b.key,
    );
    w.b.dataset = dataset.data!.createDataset.id;
    const example = await s.gql(
      graphql(`mutation AuthExampleOfB($d: ID!) { addExamples(datasetId: $d, examples: [{ inputs: { q: "B-only input" } }]) { examples { id } } }`),
      { d: w.b.dataset },
      w.b.key,
    );
    w.b.example = example.data!.addExamples.examples[0].id;
    w.b.queue = (await s.gql(CREATE_QUEUE, { p: w.b.id, n: 'secret-queue-B' }, w.b.key)).data!.createAnnotationQueue.id;
    expect((await s.gql(ADD_TO_QUEUE, { q: w.b.queue, t: w.b.trace }, w.b.key)).data!.addToAnnotationQueue.added).toBe(1);
    const [item] = await s.ds.query('SELECT id FROM annotation_queue_items WHERE queue_id = $1', [w.b.queue]);
    w.b.queueItem = item.id;
    // Let the key's fire-and-forget last_used_at write land before the snapshot.
    await new Promise((res) => setTimeout(res, 200));
    before = await snapshotB(w);
  });

  it('has a case for every root Query and Mutation field of the schema', async () => {
    const r = await s.gql(ROOT_FIELDS, {}, w.a.key);
    expect(r.errors).toBeUndefined();
    const schemaFields = [
      ...r.data!.__schema.queryType.fields!.map((f) => `Query.${f.name}`),
      ...r.data!.__schema.mutationType!.fields!.map((f) => `Mutation.${f.name}`),
    ].sort();
    const covered = new Set(CASES.map((c) => c.field));
    expect(schemaFields.filter((f) => !covered.has(f))).toEqual([]);
    // And no case names a field the schema lacks (a typo would cover nothing).
    expect([...covered].filter((f) => !schemaFields.includes(f))).toEqual([]);
    expect(schemaFields.length).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES.map((c) => [c.field, c.name, c] as const))("%s: %s, with A's admin key, leaves B untouched", async (_f, _n, c) => {
    const r = await s.gql(c.query, c.variables(w), w.a.key);
    (c.check ?? denied)(r, w);
    // Nothing of B may show up in the answer (beyond what the caller itself sent).
    const sent = JSON.stringify(c.variables(w));
    const text = JSON.stringify(r);
    for (const secret of [
      w.b.name,
      w.b.promptName,
      'secret-prompt-B',
      'secret-trace-B',
      'B-only input',
      'agent-B',
      'B says hi',
      'B-os',
      'B-metric',
      'B error',
      'secret-queue-B',
    ]) {
      if (!sent.includes(secret)) expect(text).not.toContain(secret);
    }
    expect(await snapshotB(w)).toEqual(before);
  });

  it("leaves B's project, trace and keys as they were, as the bootstrap admin sees them", async () => {
    expect(await snapshotB(w)).toEqual(before);
    const r = await s.gql(
      graphql(`query AuthProjectBAsAdmin($p: ID!, $t: ID!) {
        project(id: $p) { id name description tags metadata endTime updatedAt totals { traceCount totalCost totalTokens }
          apiKeys { id name role prefix revokedAt } }
        trace(id: $t) { id name status endTime metadata totalCost totalTokens errorCount updatedAt
          spans { id name status outputs error totalCost ... on LLMCall { model promptTokens } }
          errors { id errorMessage } metrics { id name score } userInteractions { id content } systemInfo { id osName } }
        traces(projectId: $p) { edges { node { id } } }
        sessions(projectId: $p) { edges { node { id traceCount } } }
      }`),
      { p: w.b.id, t: w.b.trace },
    );
    expect(r.errors).toBeUndefined();
    const { project, trace, traces, sessions } = r.data!;
    expect(project).toMatchObject({ id: w.b.id, name: w.b.name, description: null, tags: [], metadata: {}, endTime: null });
    expect(project.totals).toMatchObject({ traceCount: 1, totalTokens: 15 });
    expect(project.apiKeys).toEqual([expect.objectContaining({ id: w.b.keyId, role: 'ADMIN', revokedAt: null })]);
    expect(trace).toMatchObject({
      id: w.b.trace,
      name: 'secret-trace-B',
      status: 'ERROR',
      endTime: at(10),
      metadata: { owner: 'B' },
      totalTokens: 15,
      errorCount: 1,
    });
    expect(trace.spans.map((x) => x.id)).toEqual([w.b.agent, w.b.llm, w.b.tool]);
    expect(trace.spans[1]).toMatchObject({ model: 'gpt-4o', promptTokens: 10, outputs: null, error: null });
    expect(trace.spans[2]).toMatchObject({ name: 'tool-B', totalCost: 0.25, error: null });
    expect(trace.errors).toEqual([{ id: w.b.error, errorMessage: 'B error' }]);
    expect(trace.metrics).toEqual([{ id: w.b.metric, name: 'B-metric', score: 0.5 }]);
    expect(trace.userInteractions).toEqual([{ id: w.b.interaction, content: 'B says hi' }]);
    expect(trace.systemInfo).toEqual({ id: w.b.systemInfo, osName: 'B-os' });
    expect(traces.edges).toEqual([{ node: { id: w.b.trace } }]);
    expect(sessions.edges).toEqual([{ node: { id: w.b.session, traceCount: 1 } }]);
    // B's own key still works.
    expect((await s.gql(TRACE, { id: w.b.trace }, w.b.key)).data!.trace.name).toBe('secret-trace-B');
  });
});

type Snapshot = Record<string, unknown[]>;

/** Every stored row of project B (key use times aside), to compare before and after each attempt. */
async function snapshotB(w: World): Promise<Snapshot> {
  const q = (sql: string) => s.ds.query(sql, [w.b.id]);
  return {
    projects: await q('SELECT * FROM projects WHERE id = $1'),
    apiKeys: await q('SELECT id, project_id, name, role, key_hash, prefix, created_at, revoked_at FROM api_keys WHERE project_id = $1 ORDER BY id'),
    traces: await q('SELECT * FROM traces WHERE project_id = $1 ORDER BY id'),
    spans: await q('SELECT * FROM spans WHERE project_id = $1 OR trace_id IN (SELECT id FROM traces WHERE project_id = $1) ORDER BY id'),
    errors: await q('SELECT * FROM errors WHERE project_id = $1 OR trace_id IN (SELECT id FROM traces WHERE project_id = $1) ORDER BY id'),
    metrics: await q('SELECT * FROM metrics WHERE project_id = $1 OR trace_id IN (SELECT id FROM traces WHERE project_id = $1) ORDER BY id'),
    userInteractions: await q('SELECT * FROM user_interactions WHERE project_id = $1 OR trace_id IN (SELECT id FROM traces WHERE project_id = $1) ORDER BY id'),
    systemInfos: await q('SELECT * FROM system_infos WHERE project_id = $1 OR trace_id IN (SELECT id FROM traces WHERE project_id = $1) ORDER BY id'),
    forwards: await q('SELECT * FROM langsmith_forwards WHERE trace_id IN (SELECT id FROM traces WHERE project_id = $1) ORDER BY trace_id'),
    modelPrices: await q('SELECT * FROM model_prices WHERE project_id = $1 ORDER BY id'),
    costRecomputes: await q('SELECT * FROM cost_recomputes WHERE project_id = $1 ORDER BY id'),
    prompts: await q('SELECT * FROM prompts WHERE project_id = $1 ORDER BY id'),
    promptVersions: await q('SELECT * FROM prompt_versions WHERE project_id = $1 ORDER BY id'),
    promptLabels: await q('SELECT * FROM prompt_labels WHERE prompt_id IN (SELECT id FROM prompts WHERE project_id = $1) ORDER BY label'),
    promptLabelEvents: await q('SELECT * FROM prompt_label_events WHERE prompt_id IN (SELECT id FROM prompts WHERE project_id = $1) ORDER BY id'),
    datasets: await q('SELECT * FROM datasets WHERE project_id = $1 ORDER BY id'),
    datasetVersions: await q('SELECT * FROM dataset_versions WHERE dataset_id IN (SELECT id FROM datasets WHERE project_id = $1) ORDER BY dataset_id, version'),
    datasetExamples: await q('SELECT * FROM dataset_examples WHERE project_id = $1 ORDER BY id'),
    datasetRevisions: await q(
      'SELECT * FROM dataset_example_revisions WHERE dataset_id IN (SELECT id FROM datasets WHERE project_id = $1) ORDER BY example_id, version',
    ),
    annotationQueues: await q('SELECT * FROM annotation_queues WHERE project_id = $1 ORDER BY id'),
    annotationQueueItems: await q('SELECT * FROM annotation_queue_items WHERE project_id = $1 ORDER BY id'),
  };
}
