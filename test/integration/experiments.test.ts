// Experiments end to end through GraphQL: a project endpoint with an encrypted key, a dataset and a
// prompt with two versions, one experiment per version run by a real worker (another instance on
// the same database and queues) against a fake OpenAI, retried on a 500, scored by deterministic
// evaluators and the judge, followed live over a subscription; then the leaderboard, the trend,
// the compare of one example with its traces, cancel, delete and the validation errors.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JOBS } from '@sextant/jobs';
import { graphql } from '../gql';
import { seedDataset, seedPrompt } from '../support/evaluation-seed';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai';
import { liveClient } from '../support/live-client';
import { startTestServer, type TestServer } from '../support/test-server';
import { sleep, until } from '../support/wait';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const API_KEY = `sk-fake-${randomBytes(12).toString('hex')}`;

const SET_ENDPOINT = graphql(`mutation ExpSetEndpoint($p: ID!, $i: LlmEndpointInput!) {
  setLlmEndpoint(projectId: $p, input: $i) { baseUrl defaultModel hasApiKey apiKeyHint updatedAt }
}`);
const REMOVE_ENDPOINT = graphql(`mutation ExpRemoveEndpoint($p: ID!) { removeLlmEndpoint(projectId: $p) }`);
const PROJECT_ENDPOINT = graphql(`query ExpProjectEndpoint($p: ID!) { project(id: $p) { id llmEndpoint { baseUrl defaultModel hasApiKey apiKeyHint } } }`);
const CREATE = graphql(`mutation ExpCreate($i: CreateExperimentInput!) {
  createExperiment(input: $i) { id name status kind model parameters concurrency exampleCount datasetVersion promptVersionId evaluators { kind key options } }
}`);
const CANCEL = graphql(`mutation ExpCancel($id: ID!) { cancelExperiment(id: $id) { id status } }`);
const DELETE = graphql(`mutation ExpDelete($id: ID!) { deleteExperiment(id: $id) }`);
const EXPERIMENT = graphql(`query ExpGet($id: ID!) {
  experiment(id: $id) {
    id name status exampleCount completedCount failedCount error startedAt finishedAt dataset { id name }
    summary { evaluators { key count mean min max histogram { lower upper count } } latencyP50 latencyP95 totalCost meanCost totalTokens
      runs { total pending running completed failed } }
    runs(first: 10) {
      edges { cursor node {
        id exampleId status output error latencyMs promptTokens completionTokens totalTokens totalCost attempts
        example { id inputs outputs }
        trace { id name tags metadata inputs outputs spans { __typename id name ... on LLMCall { model provider promptTokens completionTokens inputs } } }
        scores { name score value reason source }
      } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`);
const RUN_PAGE = graphql(`query ExpRunPage($id: ID!, $after: String, $status: ExperimentRunStatus) {
  experiment(id: $id) { runs(first: 2, after: $after, status: $status) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }
}`);
const LIST = graphql(`query ExpList($p: ID!, $d: ID) { experiments(projectId: $p, datasetId: $d) { edges { node { id name } } pageInfo { hasNextPage } } }`);
const UPDATES = graphql(`subscription ExpUpdates($id: ID!) {
  experimentUpdated(experimentId: $id) { experiment { id status completedCount failedCount } run { id status exampleId } }
}`);
const LEADERBOARD = graphql(`query ExpLeaderboard($d: ID!, $k: String) {
  datasetLeaderboard(datasetId: $d, key: $k) {
    rank score experiment { id name promptVersionId model datasetVersion }
    summary { evaluators { key mean count histogram { count } } latencyP50 latencyP95 totalCost totalTokens }
  }
}`);
const TREND = graphql(`query ExpTrend($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  promptVersionTrend(promptId: $p, from: $from, to: $to, bucket: HOUR) { bucket promptVersionId version model calls totalCost meanCost scores { key mean count } }
}`);
const COMPARE = graphql(`query ExpCompare($a: ID!, $b: ID!) {
  compareExperiments(a: $a, b: $b) {
    a { id } b { id }
    summary { key a b delta }
    examples {
      exampleId outputChanged latencyDelta costDelta
      example { inputs outputs }
      runA { id output } runB { id output }
      scoreDeltas { key a b delta }
      traceComparison { matched changed spans { path differences a { id name } b { id name } } }
    }
  }
}`);
const COMPARE_LIGHT = graphql(`query ExpCompareLight($a: ID!, $b: ID!) { compareExperiments(a: $a, b: $b) { examples { exampleId } } }`);

const CAPITALS: Record<string, string> = { France: 'Paris', Japan: 'Tokyo', Italy: 'Rome' };
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

let api: TestServer;
let worker: TestServer;
let fake: FakeOpenAI;
let dataDir: string;
let failedOnce = false;

/** The fake model: v1 gets Italy wrong, v2 is right; the first v2 request about Japan answers 500. The judge compares answer and reference. */
function reply(body: { model: string; messages: unknown[]; response_format?: unknown }) {
  const text = (body.messages as { content: string }[]).map((m) => m.content).join('\n');
  if (body.response_format) {
    const answer = /Answer:\n(.*)/.exec(text)?.[1]?.trim();
    const reference = /"answer": "(.*)"/.exec(text)?.[1];
    const ok = answer === reference;
    return {
      text: JSON.stringify({ score: ok ? 1 : 0, reason: ok ? 'matches the reference' : 'contradicts the reference' }),
      usage: { prompt: 50, completion: 10 },
    };
  }
  if (body.model === 'refused-model') return { status: 400, error: { message: 'unknown model refused-model', type: 'invalid_request_error' } };
  const country = /(France|Japan|Italy)/.exec(text)?.[1] ?? 'France';
  if (text.includes('(v2)') && country === 'Japan' && !failedOnce) {
    failedOnce = true;
    return { status: 500, error: { message: 'overloaded', type: 'server_error' } };
  }
  const answer = text.includes('(v1)') && country === 'Italy' ? 'Milan' : CAPITALS[country];
  return { text: answer, usage: { prompt: 20, completion: 2 } };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'sextant-exp-'));
  fake = await startFakeOpenAI(reply, { delayMs: 150 });
  // A sweep every second: the test of client experiments waits for sweeps to pass over them.
  const env = { REDIS_URL, SEXTANT_DATA_DIR: dataDir, JOB_BACKOFF_MS: '50', METRICS_DELAY_MS: '100', JOB_ATTEMPTS: '3', TRACE_SWEEP_INTERVAL_MS: '1000' };
  api = await startTestServer({ ...env, RUN_WORKER: 'false' });
  // The worker: another instance on the same database and queues; its live events reach the API's subscribers through Redis.
  worker = await startTestServer({ ...env, RUN_WORKER: 'true' }, api);
});
afterAll(async () => {
  await worker?.stop();
  await api?.stop();
  await fake?.close();
});

async function waitDone(id: string, timeoutMs = 30_000) {
  const r = await until(
    () => api.gql(EXPERIMENT, { id }),
    (x) => ['COMPLETED', 'FAILED', 'CANCELLED'].includes(x.data?.experiment.status ?? ''),
    `experiment ${id} to finish`,
    timeoutMs,
  );
  return r.data!.experiment;
}

describe('experiments', () => {
  let p: { id: string; key: string };
  let dataset: { id: string; exampleIds: string[] };
  let prompt: { id: string; versionIds: string[] };
  let expA: string;
  let expB: string;

  const evaluators = [
    { kind: 'EXACT_MATCH' as const },
    { kind: 'CONTAINS' as const, key: 'mentions_answer' },
    { kind: 'REGEX' as const, options: { pattern: '^[A-Z][a-z]+$' } },
    { kind: 'LATENCY' as const, options: { maxMs: 60_000 } },
    { kind: 'COST' as const, options: { maxUsd: 1 } },
    { kind: 'LLM_JUDGE' as const },
  ];

  beforeAll(async () => {
    p = await api.project('experiments');
    dataset = await seedDataset(api.ds, p.id, 'capitals', [
      { inputs: { country: 'France' }, outputs: { answer: 'Paris' } },
      { inputs: { country: 'Japan' }, outputs: { answer: 'Tokyo' } },
      { inputs: { country: 'Italy' }, outputs: { answer: 'Rome' } },
    ]);
    prompt = await seedPrompt(api.ds, p.id, 'capital', [
      {
        template: [
          { role: 'system', content: 'Answer with the city only.' },
          { role: 'user', content: 'Capital of {{country}}? (v1)' },
        ],
        model: 'gpt-4o-mini',
      },
      {
        template: [{ role: 'user', content: 'What is the capital of {{country}}? (v2)' }],
        model: 'gpt-4o-mini',
        parameters: { temperature: 0.2 },
        label: 'production',
      },
    ]);
  });

  it('refuses an experiment while the project has no endpoint', async () => {
    const r = await api.gql(CREATE, { i: { datasetId: dataset.id, promptVersionId: prompt.versionIds[0], evaluators: [] } }, p.key);
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/no LLM endpoint/);
  });

  it('stores the endpoint key encrypted and never returns it', async () => {
    const r = await api.gql(SET_ENDPOINT, { p: p.id, i: { baseUrl: fake.baseURL, apiKey: API_KEY, defaultModel: 'gpt-4o-mini' } }, p.key);
    expect(r.errors).toBeUndefined();
    expect(r.data!.setLlmEndpoint).toMatchObject({ baseUrl: fake.baseURL, hasApiKey: true, apiKeyHint: API_KEY.slice(-4), defaultModel: 'gpt-4o-mini' });
    const [row] = await api.ds.query(`SELECT api_key_encrypted, api_key_hint FROM project_llm_endpoints WHERE project_id = $1`, [p.id]);
    expect(row.api_key_encrypted).toEqual(expect.any(String));
    expect(row.api_key_encrypted).not.toContain(API_KEY);
    expect(Buffer.from(row.api_key_encrypted, 'base64').toString('latin1')).not.toContain(API_KEY);
    const shown = await api.gql(PROJECT_ENDPOINT, { p: p.id }, p.key);
    expect(shown.data!.project.llmEndpoint).toEqual({ baseUrl: fake.baseURL, defaultModel: 'gpt-4o-mini', hasApiKey: true, apiKeyHint: API_KEY.slice(-4) });
    expect(JSON.stringify(shown)).not.toContain(API_KEY);
    // Zero-config: the key that encrypts it was generated into the data folder, readable by its owner only.
    const keyFile = path.join(dataDir, 'secrets-key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(keyFile, 'utf8')).trim(), 'base64')).toHaveLength(32);
    // Setting it again without a key keeps the key.
    const kept = await api.gql(SET_ENDPOINT, { p: p.id, i: { baseUrl: `${fake.baseURL}/`, defaultModel: 'gpt-4o-mini' } }, p.key);
    expect(kept.data!.setLlmEndpoint).toMatchObject({ baseUrl: fake.baseURL, hasApiKey: true });
    // A read key sees it but may not change it.
    const reader = await api.gql(
      graphql(`mutation ExpCreateReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: "reader", role: READ }) { secret } }`),
      { p: p.id },
      p.key,
    );
    const readKey = reader.data!.createApiKey.secret;
    expect(code(await api.gql(SET_ENDPOINT, { p: p.id, i: { baseUrl: 'http://127.0.0.1:1/v1' } }, readKey))).toBe('FORBIDDEN');
    expect(code(await api.gql(CREATE, { i: { datasetId: dataset.id, evaluators: [] } }, readKey))).toBe('FORBIDDEN');
  });

  it('validates: a bad regex, a missing variable, an unknown dataset, bad concurrency', async () => {
    const badRegex = await api.gql(
      CREATE,
      { i: { datasetId: dataset.id, promptVersionId: prompt.versionIds[0], evaluators: [{ kind: 'REGEX', options: { pattern: '([a-z' } }] } },
      p.key,
    );
    expect(code(badRegex)).toBe('BAD_USER_INPUT');
    expect(badRegex.errors![0].message).toMatch(/evaluators\[0\] \(REGEX\): options.pattern is not a valid regular expression/);

    const other = await seedDataset(api.ds, p.id, 'cities', [{ inputs: { country: 'Spain' } }, { inputs: { city: 'Lyon' } }]);
    const missing = await api.gql(CREATE, { i: { datasetId: other.id, promptVersionId: prompt.versionIds[0], evaluators: [] } }, p.key);
    expect(code(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].message).toContain(`example ${other.exampleIds[1]} lacks country`);
    expect(missing.errors![0].message).not.toContain(other.exampleIds[0]);

    expect(code(await api.gql(CREATE, { i: { datasetId: crypto.randomUUID(), evaluators: [] } }, p.key))).toBe('NOT_FOUND');
    expect(code(await api.gql(CREATE, { i: { datasetId: dataset.id, concurrency: 17, evaluators: [] } }, p.key))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql(CREATE, { i: { datasetId: dataset.id, evaluators: [{ kind: 'LATENCY' }] } }, p.key))).toBe('BAD_USER_INPUT');
    // Nothing was created by the refused calls.
    expect((await api.gql(LIST, { p: p.id }, p.key)).data!.experiments.edges).toEqual([]);
  });

  it('runs an experiment per prompt version through the worker, live to completion, each run a scored trace', async () => {
    const live = liveClient(api.wsUrl, p.key);
    try {
      const a = await api.gql(
        CREATE,
        { i: { datasetId: dataset.id, promptVersionId: prompt.versionIds[0], name: 'capitals-v1', evaluators, concurrency: 2 } },
        p.key,
      );
      expect(a.errors).toBeUndefined();
      expect(a.data!.createExperiment).toMatchObject({
        name: 'capitals-v1',
        kind: 'SEXTANT',
        model: 'gpt-4o-mini',
        exampleCount: 3,
        datasetVersion: 1,
        concurrency: 2,
        promptVersionId: prompt.versionIds[0],
      });
      expect(a.data!.createExperiment.evaluators.map((e) => e.key)).toEqual(['exact_match', 'mentions_answer', 'regex', 'latency', 'cost', 'correctness']);
      expA = a.data!.createExperiment.id;
      const updates = live.subscribe(UPDATES, { id: expA }, 'experimentUpdated');
      // By label: production points at version 2.
      const b = await api.gql(CREATE, { i: { datasetId: dataset.id, prompt: { promptId: prompt.id, label: 'production' }, evaluators } }, p.key);
      expect(b.errors).toBeUndefined();
      expect(b.data!.createExperiment).toMatchObject({ promptVersionId: prompt.versionIds[1], parameters: { temperature: 0.2 } });
      expect(b.data!.createExperiment.name).toMatch(/^capitals-v2-[0-9a-f]{6}$/);
      expB = b.data!.createExperiment.id;

      await updates.until((c) => c.completed, 30_000, 'the subscription to end with the experiment');
      expect(updates.errors).toEqual([]);
      const last = updates.events.at(-1)!;
      expect(last.experiment).toMatchObject({ id: expA, status: 'COMPLETED', completedCount: 3, failedCount: 0 });
      const finishedRuns = updates.events.filter((e) => e.run).map((e) => e.run!);
      expect(finishedRuns.length).toBeGreaterThanOrEqual(1);
      expect(finishedRuns.every((r) => r.status === 'COMPLETED')).toBe(true);
      // Progress was seen along the way, not only the end.
      expect(updates.events.some((e) => e.experiment.completedCount < 3)).toBe(true);
    } finally {
      await live.dispose();
    }

    const [one, two] = [await waitDone(expA), await waitDone(expB)];
    for (const e of [one, two]) expect(e).toMatchObject({ status: 'COMPLETED', completedCount: 3, failedCount: 0, error: null, dataset: { name: 'capitals' } });
    // The model saw the key (decrypted in the worker) and the rendered prompts.
    const modelCalls = fake.requests.filter((r) => !r.body.response_format);
    expect(modelCalls.every((r) => r.headers.authorization === `Bearer ${API_KEY}`)).toBe(true);
    expect(modelCalls.map((r) => r.body.messages.at(-1))).toContainEqual({ role: 'user', content: 'Capital of Italy? (v1)' });
    expect(modelCalls.find((r) => JSON.stringify(r.body).includes('(v2)'))!.body.temperature).toBe(0.2);

    const runs = one.runs.edges.map((e) => e.node);
    const italy = runs.find((r) => r.exampleId === dataset.exampleIds[2])!;
    expect(italy).toMatchObject({ status: 'COMPLETED', output: { text: 'Milan', json: null }, promptTokens: 20, completionTokens: 2, totalTokens: 22 });
    expect(italy.example).toEqual({ id: dataset.exampleIds[2], inputs: { country: 'Italy' }, outputs: { answer: 'Rome' } });
    expect(italy.totalCost).toBeGreaterThan(0);
    expect(italy.latencyMs).toBeGreaterThan(100);
    expect(italy.trace).toMatchObject({
      name: 'experiment: capitals-v1',
      tags: ['experiment'],
      inputs: { country: 'Italy' },
      outputs: { output: 'Milan' },
      metadata: { experiment_id: expA, experiment_name: 'capitals-v1', dataset_id: dataset.id, dataset_version: 1, example_id: dataset.exampleIds[2] },
    });
    const llm = italy.trace!.spans.find((x) => x.__typename === 'LLMCall')!;
    expect(llm).toMatchObject({ model: 'gpt-4o-mini', provider: 'openai', promptTokens: 20, completionTokens: 2 });
    const [span] = await api.ds.query(`SELECT prompt_version_id, reference_example_id, parent_id FROM spans WHERE id = $1`, [llm.id]);
    expect(span).toMatchObject({ prompt_version_id: prompt.versionIds[0], reference_example_id: dataset.exampleIds[2] });
    const scores = Object.fromEntries(italy.scores.map((m) => [m.name, m]));
    expect(Object.keys(scores).sort()).toEqual(['correctness', 'cost', 'exact_match', 'latency', 'mentions_answer', 'regex']);
    expect(scores.exact_match).toMatchObject({ score: 0, source: 'evaluator' });
    expect(scores.mentions_answer).toMatchObject({ score: 0, reason: 'The output lacks "Rome"' });
    expect(scores.regex).toMatchObject({ score: 1 });
    expect(scores.latency).toMatchObject({ score: 1, value: italy.latencyMs });
    expect(scores.cost).toMatchObject({ score: 1, value: italy.totalCost });
    expect(scores.correctness).toMatchObject({ score: 0, value: 0, reason: 'contradicts the reference', source: 'experiment-judge' });

    // The run that met a 500 was retried, and counted it.
    const japanB = (await api.gql(EXPERIMENT, { id: expB })).data!.experiment.runs.edges.map((e) => e.node).find((r) => r.exampleId === dataset.exampleIds[1])!;
    expect(japanB).toMatchObject({ status: 'COMPLETED', attempts: 2, output: { text: 'Tokyo' }, error: null });
    expect(Object.fromEntries(japanB.scores.map((m) => [m.name, m.score]))).toMatchObject({ exact_match: 1, correctness: 1 });

    // The summary: means and histograms per evaluator, latency, cost and tokens.
    const exact = one.summary.evaluators.find((e) => e.key === 'exact_match')!;
    expect(exact).toMatchObject({ count: 3, min: 0, max: 1 });
    expect(exact.mean).toBeCloseTo(2 / 3);
    expect(exact.histogram.map((h) => h.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(one.summary.runs).toEqual({ total: 3, pending: 0, running: 0, completed: 3, failed: 0 });
    expect(one.summary.totalTokens).toBe(66);
    expect(one.summary.latencyP50).toBeGreaterThan(0);
    expect(one.summary.latencyP95).toBeGreaterThanOrEqual(one.summary.latencyP50!);
    expect(one.summary.totalCost).toBeGreaterThan(0);
  });

  it("keeps the experiment's scores when the worker recomputes the trace's own metrics", async () => {
    const { runs } = (await api.gql(EXPERIMENT, { id: expA })).data!.experiment;
    const traceId = runs.edges[0].node.trace!.id;
    // The trace-metrics job ran on the run's trace (its worker rows exist), and ran again after a forced recompute.
    const workerRows = () => api.ds.query(`SELECT 1 FROM metrics WHERE trace_id = $1 AND source = 'worker'`, [traceId]) as Promise<unknown[]>;
    await until(workerRows, (rows) => rows.length > 0, "the worker's metrics of the run trace", 15_000);
    await api.app.jobs.enqueue(JOBS.traceMetrics, [{ traceId, projectId: p.id }]);
    await sleep(1000);
    const rows: { name: string; source: string }[] = await api.ds.query(
      `SELECT name, source FROM metrics WHERE trace_id = $1 AND source IN ('evaluator', 'experiment-judge') ORDER BY name`,
      [traceId],
    );
    expect(rows.map((r) => r.name)).toEqual(['correctness', 'cost', 'exact_match', 'latency', 'mentions_answer', 'regex']);
  });

  it('ranks version 2 above version 1 on the dataset leaderboard', async () => {
    const r = await api.gql(LEADERBOARD, { d: dataset.id, k: 'exact_match' }, p.key);
    expect(r.errors).toBeUndefined();
    const board = r.data!.datasetLeaderboard;
    expect(board.map((e) => [e.rank, e.experiment.id, e.experiment.promptVersionId])).toEqual([
      [1, expB, prompt.versionIds[1]],
      [2, expA, prompt.versionIds[0]],
    ]);
    expect(board[0].score).toBe(1);
    expect(board[1].score).toBeCloseTo(2 / 3);
    expect(board[0].summary.totalTokens).toBe(66);
    // Ranked by the mean of every evaluator: the same order.
    const overall = await api.gql(LEADERBOARD, { d: dataset.id }, p.key);
    expect(overall.data!.datasetLeaderboard.map((e) => e.experiment.id)).toEqual([expB, expA]);
    expect(overall.data!.datasetLeaderboard[0].score!).toBeGreaterThan(overall.data!.datasetLeaderboard[1].score!);
  });

  it('trends scores and cost per prompt version and model', async () => {
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const r = await api.gql(TREND, { p: prompt.id, from, to }, p.key);
    expect(r.errors).toBeUndefined();
    const byVersion = new Map<number, { calls: number; scores: Map<string, number> }>();
    for (const pt of r.data!.promptVersionTrend) {
      expect(pt.model).toBe('gpt-4o-mini');
      const v = byVersion.get(pt.version) ?? { calls: 0, scores: new Map() };
      v.calls += pt.calls;
      for (const s of pt.scores) v.scores.set(s.key, s.mean);
      byVersion.set(pt.version, v);
    }
    expect(byVersion.get(1)!.calls).toBe(3);
    expect(byVersion.get(2)!.calls).toBe(3);
    expect(byVersion.get(2)!.scores.get('exact_match')).toBe(1);
    expect(byVersion.get(1)!.scores.get('exact_match')).toBeCloseTo(2 / 3, 1);
  });

  it('compares the two experiments example by example, with the traces of one example', async () => {
    const r = await api.gql(COMPARE, { a: expA, b: expB }, p.key);
    expect(r.errors).toBeUndefined();
    const c = r.data!.compareExperiments;
    expect([c.a.id, c.b.id]).toEqual([expA, expB]);
    expect(c.examples).toHaveLength(3);
    const italy = c.examples.find((e) => e.exampleId === dataset.exampleIds[2])!;
    expect(italy).toMatchObject({ outputChanged: true, example: { inputs: { country: 'Italy' }, outputs: { answer: 'Rome' } } });
    expect(italy.runA!.output).toMatchObject({ text: 'Milan' });
    expect(italy.runB!.output).toMatchObject({ text: 'Rome' });
    expect(italy.scoreDeltas.find((d) => d.key === 'exact_match')).toEqual({ key: 'exact_match', a: 0, b: 1, delta: 1 });
    expect(italy.traceComparison!.matched).toBe(2);
    expect(italy.traceComparison!.spans.find((x) => x.a?.name === 'gpt-4o-mini')!.differences).toEqual(expect.arrayContaining(['outputs']));
    const france = c.examples.find((e) => e.exampleId === dataset.exampleIds[0])!;
    expect(france.outputChanged).toBe(false);
    expect(c.summary.find((s) => s.key === 'exact_match')!.delta).toBeCloseTo(1 / 3);
    // A compare of experiments on different datasets is refused.
    const other = await seedDataset(api.ds, p.id, 'capitals-2', [{ inputs: { country: 'France' }, outputs: { answer: 'Paris' } }]);
    const c2 = await api.gql(CREATE, { i: { datasetId: other.id, promptVersionId: prompt.versionIds[1], evaluators: [{ kind: 'EXACT_MATCH' }] } }, p.key);
    expect(code(await api.gql(COMPARE_LIGHT, { a: expA, b: c2.data!.createExperiment.id }, p.key))).toBe('BAD_USER_INPUT');
    await waitDone(c2.data!.createExperiment.id);
  });

  it('pages runs and lists experiments', async () => {
    const first = await api.gql(RUN_PAGE, { id: expA }, p.key);
    expect(first.data!.experiment.runs.edges).toHaveLength(2);
    expect(first.data!.experiment.runs.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(RUN_PAGE, { id: expA, after: first.data!.experiment.runs.pageInfo.endCursor }, p.key);
    expect(second.data!.experiment.runs.edges).toHaveLength(1);
    expect(second.data!.experiment.runs.pageInfo.hasNextPage).toBe(false);
    const failed = await api.gql(RUN_PAGE, { id: expA, status: 'FAILED' }, p.key);
    expect(failed.data!.experiment.runs.edges).toEqual([]);
    const list = await api.gql(LIST, { p: p.id, d: dataset.id }, p.key);
    expect(list.data!.experiments.edges.map((e) => e.node.id)).toEqual([expB, expA]);
  });

  it('cancels an experiment: no more runs start', async () => {
    const big = await seedDataset(
      api.ds,
      p.id,
      'many',
      Array.from({ length: 8 }, (_, i) => ({ inputs: { country: ['France', 'Japan', 'Italy'][i % 3] }, outputs: { answer: 'x' } })),
    );
    const r = await api.gql(CREATE, { i: { datasetId: big.id, promptVersionId: prompt.versionIds[0], concurrency: 1, evaluators: [] } }, p.key);
    const id = r.data!.createExperiment.id;
    const cancelled = await api.gql(CANCEL, { id }, p.key);
    expect(cancelled.data!.cancelExperiment).toEqual({ id, status: 'CANCELLED' });
    await new Promise((res) => setTimeout(res, 1500));
    const e = (await api.gql(EXPERIMENT, { id }, p.key)).data!.experiment;
    expect(e.status).toBe('CANCELLED');
    expect(e.finishedAt).not.toBeNull();
    expect(e.completedCount + e.failedCount).toBeLessThanOrEqual(1);
    expect(e.summary.runs.pending).toBeGreaterThanOrEqual(7);
  });

  it('fails a run clearly when the stored key cannot be decrypted, and runs model-only experiments', async () => {
    const one = await seedDataset(api.ds, p.id, 'model-only', [
      { inputs: { messages: [{ role: 'user', content: 'Capital of France?' }] }, outputs: { answer: 'Paris' } },
    ]);
    const ok = await api.gql(CREATE, { i: { datasetId: one.id, model: 'gpt-4o-mini', evaluators: [{ kind: 'EXACT_MATCH' }] } }, p.key);
    expect(ok.errors).toBeUndefined();
    const done = await waitDone(ok.data!.createExperiment.id);
    expect(done.runs.edges[0].node.output).toMatchObject({ text: 'Paris' });
    expect(fake.requests.at(-1)!.body.messages).toEqual([{ role: 'user', content: 'Capital of France?' }]);

    // A 4xx fails the run at once, without retries; its trace shows the refused call.
    const refused = await api.gql(CREATE, { i: { datasetId: one.id, model: 'refused-model', evaluators: [{ kind: 'EXACT_MATCH' }] } }, p.key);
    const r4xx = await waitDone(refused.data!.createExperiment.id);
    expect(r4xx).toMatchObject({ status: 'FAILED', failedCount: 1 });
    const failedRun = r4xx.runs.edges[0].node;
    expect(failedRun).toMatchObject({ status: 'FAILED', attempts: 1, output: null, scores: [], error: expect.stringMatching(/refused the request: HTTP 400/) });
    expect(failedRun.trace).toMatchObject({ name: expect.stringMatching(/^experiment: /), tags: ['experiment'] });
    const [errSpan] = await api.ds.query(`SELECT error, kind FROM spans WHERE trace_id = $1 AND kind = 'llm'`, [failedRun.trace!.id]);
    expect(errSpan.error).toMatch(/HTTP 400/);

    // Sealed with another key: the run fails with a clear error, the experiment with it, the worker lives on.
    const [saved] = await api.ds.query(`SELECT api_key_encrypted FROM project_llm_endpoints WHERE project_id = $1`, [p.id]);
    await api.ds.query(`UPDATE project_llm_endpoints SET api_key_encrypted = $2 WHERE project_id = $1`, [p.id, randomBytes(60).toString('base64')]);
    try {
      const bad = await api.gql(CREATE, { i: { datasetId: one.id, model: 'gpt-4o-mini', evaluators: [] } }, p.key);
      const failed = await waitDone(bad.data!.createExperiment.id);
      expect(failed).toMatchObject({ status: 'FAILED', failedCount: 1, error: expect.stringMatching(/Every run failed/) });
      expect(failed.runs.edges[0].node).toMatchObject({ status: 'FAILED', attempts: 1, error: expect.stringMatching(/cannot be decrypted.*SECRETS_KEY/) });
    } finally {
      await api.ds.query(`UPDATE project_llm_endpoints SET api_key_encrypted = $2 WHERE project_id = $1`, [p.id, saved.api_key_encrypted]);
    }
  });

  it("reads experiments recorded by a client (LangSmith's evaluate()): runs, summary, leaderboard and compare", async () => {
    // As the LangSmith drop-in records them: kind client, runs linking the client's traces, scores as the client's metrics.
    const traces = dataset.exampleIds.map(() => crypto.randomUUID());
    const ingest = await api.gql(
      graphql(`mutation ExpClientIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }`),
      {
        b: {
          projectId: p.id,
          traces: traces.map((id, i) => ({
            id,
            name: 'evaluate',
            startTime: new Date(Date.now() - 1000 * (i + 1)).toISOString(),
            endTime: new Date().toISOString(),
          })),
          metrics: traces.map((traceId, i) => ({ traceId, name: 'exact_match', score: i === 0 ? 0 : 1 })),
        },
      },
      p.key,
    );
    expect(ingest.data!.ingest.rejected).toBe(0);
    const clientId = crypto.randomUUID();
    await api.ds.query(
      `INSERT INTO experiments (id, project_id, dataset_id, dataset_version, name, kind, status, example_count, completed_count)
       VALUES ($1, $2, $3, 1, 'langsmith-evaluate', 'client', 'completed', 3, 3)`,
      [clientId, p.id, dataset.id],
    );
    for (const [i, exampleId] of dataset.exampleIds.entries()) {
      await api.ds.query(`INSERT INTO experiment_runs (id, experiment_id, project_id, example_id, trace_id, status) VALUES ($1, $2, $3, $4, $5, 'completed')`, [
        crypto.randomUUID(),
        clientId,
        p.id,
        exampleId,
        traces[i],
      ]);
    }
    const e = (await api.gql(EXPERIMENT, { id: clientId }, p.key)).data!.experiment;
    expect(e.summary.evaluators).toEqual([
      expect.objectContaining({ key: 'exact_match', count: 3, mean: 2 / 3, histogram: expect.arrayContaining([expect.objectContaining({ count: 2 })]) }),
    ]);
    expect(e.runs.edges.map((x) => x.node.trace!.id).sort()).toEqual([...traces].sort());
    expect(e.runs.edges.every((x) => x.node.scores.length === 1 && x.node.example!.inputs.country)).toBe(true);
    const board = (await api.gql(LEADERBOARD, { d: dataset.id, k: 'exact_match' }, p.key)).data!.datasetLeaderboard;
    expect(board.map((x) => x.experiment.id)).toContain(clientId);
    expect(board[0].experiment.id).toBe(expB);
    const c = (await api.gql(COMPARE_LIGHT, { a: clientId, b: expB }, p.key)).data!.compareExperiments;
    expect(c.examples).toHaveLength(3);
  });

  it("never dispatches a client experiment's runs from the sweep: the client records them", async () => {
    // A LangSmith evaluate() still under way: one run whose root has started long ago, one not yet seen.
    const clientId = crypto.randomUUID();
    await api.ds.query(
      `INSERT INTO experiments (id, project_id, dataset_id, dataset_version, name, kind, status, example_count)
       VALUES ($1, $2, $3, 1, 'langsmith-evaluate-running', 'client', 'running', 3)`,
      [clientId, p.id, dataset.id],
    );
    await api.ds.query(
      `INSERT INTO experiment_runs (id, experiment_id, project_id, example_id, status, started_at)
       VALUES ($1, $3, $4, $5, 'running', now() - interval '1 hour'), ($2, $3, $4, $6, 'pending', NULL)`,
      [crypto.randomUUID(), crypto.randomUUID(), clientId, p.id, dataset.exampleIds[0], dataset.exampleIds[1]],
    );
    const queue = async (name: string) => (await api.jobs.status()).find((q) => q.name === name)!;
    const jobsOf = (q: { waiting: number; active: number; delayed: number; completed: number; failed: number; prioritized: number }) =>
      q.waiting + q.active + q.delayed + q.completed + q.failed + q.prioritized;
    const experimentJobs = jobsOf(await queue('experiments'));
    const sweeps = (await queue('maintenance')).completed;
    const requests = fake.requests.length;
    // Two sweeps later, one of them began after the rows were written.
    await until(
      () => queue('maintenance'),
      (q) => q.completed >= sweeps + 2,
      'two sweeps to run',
      15_000,
    );
    // Nothing was enqueued for it, nothing asked of the model, and its runs are as the client left them.
    expect(jobsOf(await queue('experiments'))).toBe(experimentJobs);
    expect(fake.requests.length).toBe(requests);
    const runs: { status: string; attempts: number; trace_id: string | null }[] = await api.ds.query(
      `SELECT status, attempts, trace_id FROM experiment_runs WHERE experiment_id = $1 ORDER BY status DESC`,
      [clientId],
    );
    expect(runs).toEqual([
      { status: 'running', attempts: 0, trace_id: null },
      { status: 'pending', attempts: 0, trace_id: null },
    ]);
    await api.ds.query(`DELETE FROM experiments WHERE id = $1`, [clientId]);
  });

  it("answers NOT_FOUND for another project's experiments and datasets", async () => {
    const other = await api.project('experiments-other');
    expect(code(await api.gql(EXPERIMENT, { id: expA }, other.key))).toBe('NOT_FOUND');
    expect(code(await api.gql(COMPARE_LIGHT, { a: expA, b: expB }, other.key))).toBe('NOT_FOUND');
    expect(code(await api.gql(LEADERBOARD, { d: dataset.id }, other.key))).toBe('NOT_FOUND');
    expect(code(await api.gql(CANCEL, { id: expA }, other.key))).toBe('NOT_FOUND');
    expect(code(await api.gql(DELETE, { id: expA }, other.key))).toBe('NOT_FOUND');
    expect(code(await api.gql(CREATE, { i: { datasetId: dataset.id, evaluators: [] } }, other.key))).toBe('NOT_FOUND');
    expect(code(await api.gql(LIST, { p: p.id }, other.key))).toBe('FORBIDDEN');
    const live = liveClient(api.wsUrl, other.key);
    try {
      const sub = live.subscribe(UPDATES, { id: expA }, 'experimentUpdated');
      await sub.until((c) => c.errors.length > 0 || c.completed, 5000);
      expect(sub.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await live.dispose();
    }
  });

  it('deletes an experiment (admin) and removes the endpoint', async () => {
    expect((await api.gql(DELETE, { id: expB }, p.key)).data!.deleteExperiment).toBe(true);
    expect(code(await api.gql(EXPERIMENT, { id: expB }, p.key))).toBe('NOT_FOUND');
    expect((await api.gql(REMOVE_ENDPOINT, { p: p.id }, p.key)).data!.removeLlmEndpoint).toBe(true);
    expect((await api.gql(PROJECT_ENDPOINT, { p: p.id }, p.key)).data!.project.llmEndpoint).toBeNull();
  });
});
