// Evaluation end to end, all through GraphQL against the API with a real worker (another instance on
// the same database and queues) and a fake OpenAI: two ingested agent traces become a dataset, a
// prompt gets two versions, an experiment per version runs over the dataset (followed live), and its
// runs, the leaderboard, the compare of experiments and of prompt versions, the score summaries of
// the dataset and the project, and feedback given on a run's trace are read back.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { graphql } from '../gql';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai';
import { liveClient } from '../support/live-client';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType, type TypedOperation } from '../support/typed-operation';
import { until } from '../support/wait';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const API_KEY = `sk-fake-${randomBytes(12).toString('hex')}`;

const INGEST = graphql(`mutation E2eIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list message } } }`);
const CREATE_DATASET = graphql(`mutation E2eCreateDataset($i: CreateDatasetInput!) { createDataset(input: $i) { id } }`);
const FROM_TRACES = graphql(`mutation E2eFromTraces($d: ID!, $items: [TraceItemInput!]!) {
  addExamplesFromTraces(datasetId: $d, items: $items) { version examples { id inputs outputs sourceTraceId } errors { index message } }
}`);
const CREATE_VERSION = graphql(
  `mutation E2eCreateVersion($i: CreatePromptVersionInput!) { createPromptVersion(input: $i) { id version variables prompt { id } } }`,
);
const SET_ENDPOINT = graphql(`mutation E2eSetEndpoint($p: ID!, $i: LlmEndpointInput!) { setLlmEndpoint(projectId: $p, input: $i) { hasApiKey } }`);
const CREATE_EXPERIMENT = graphql(`mutation E2eCreateExperiment($i: CreateExperimentInput!) {
  createExperiment(input: $i) { id name status promptVersion { id version } evaluators { kind key } }
}`);
const UPDATES = graphql(`subscription E2eUpdates($id: ID!) {
  experimentUpdated(experimentId: $id) { experiment { id status completedCount failedCount } run { id status } }
}`);
const EXPERIMENT = graphql(`query E2eExperiment($id: ID!) {
  experiment(id: $id) {
    id name status completedCount failedCount promptVersion { id version }
    summary { evaluators { key count mean } }
    runs(first: 10) { edges { node {
      id status output example { id inputs outputs }
      trace { id spans { __typename id name ... on AgentCall { referenceExampleId } ... on LLMCall { referenceExampleId promptVersion { id version } inputs } } }
      scores { name score value reason source }
    } } }
  }
}`);
const LEADERBOARD = graphql(`query E2eLeaderboard($d: ID!) {
  datasetLeaderboard(datasetId: $d, key: "exact_match") { rank score experiment { id } promptVersion { id version } }
}`);
const COMPARE_EXPERIMENTS = graphql(`query E2eCompareExperiments($a: ID!, $b: ID!, $e: [ID!]) {
  compareExperiments(a: $a, b: $b) {
    examples(exampleIds: $e) {
      exampleId outputChanged runA { output } runB { output }
      scoreDeltas { key a b delta }
      traceComparison { matched onlyInA onlyInB spans { path differences a { id } b { id } } }
    }
  }
}`);
const COMPARE_PROMPTS = graphql(`query E2eComparePrompts($a: ID!, $b: ID!) {
  comparePromptVersions(a: $a, b: $b) { messages { index change lines { op text } } variablesAdded variablesRemoved }
}`);
const DATASET = graphql(`query E2eDataset($id: ID!, $only: [ID!]) {
  dataset(id: $id) {
    experiments(first: 10) { edges { node { id promptVersion { version } } } }
    scoreSummary { key count mean sources { source count } }
    onlyV1: scoreSummary(experimentIds: $only) { key count mean }
  }
}`);
const DATASETS = graphql(`query E2eDatasets($p: ID!) {
  datasets(projectId: $p) { edges { node { id experiments(first: 5) { edges { node { id promptVersion { version } } } } } } }
}`);
const PROJECT_SUMMARY = graphql(`query E2eProjectSummary($p: ID!) { project(id: $p) { scoreSummary { key count mean } } }`);
const CREATE_FEEDBACK = graphql(`mutation E2eFeedback($i: CreateFeedbackInput!) { createFeedback(input: $i) { id name score source } }`);

/** The two questions, their context and the right answers. */
const QUESTIONS = [
  { question: 'What is the capital of France?', context: "France's capital is Paris.", answer: 'Paris' },
  { question: 'Which planet is the largest?', context: 'Jupiter is the largest planet of the solar system.', answer: 'Jupiter' },
];
/** The line version 2 changes: told to answer from the context, the model gets the planet right. */
const V1_LINE = 'Answer with one word.';
const V2_LINE = 'Answer with one word, taken from the context.';

let api: TestServer;
let worker: TestServer;
let fake: FakeOpenAI;

/** The fake model: right unless version 1 asks about the planet; the judge passes an answer equal to the reference. */
function reply(body: { messages: unknown[]; response_format?: unknown }) {
  const text = (body.messages as { content: string }[]).map((m) => m.content).join('\n');
  if (body.response_format) {
    const answer = /Answer:\n(.*)/.exec(text)?.[1]?.trim();
    const reference = /"answer": "(.*)"/.exec(text)?.[1];
    const ok = answer === reference;
    return {
      text: JSON.stringify({ score: ok ? 1 : 0, reason: ok ? 'grounded and right' : 'not what the context says' }),
      usage: { prompt: 60, completion: 12 },
    };
  }
  const q = QUESTIONS.find((x) => text.includes(x.question)) ?? QUESTIONS[0];
  const answer = q === QUESTIONS[1] && !text.includes(V2_LINE) ? 'Saturn' : q.answer;
  return { text: answer, usage: { prompt: 30, completion: 1 } };
}

beforeAll(async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'sextant-e2e-'));
  fake = await startFakeOpenAI(reply, { delayMs: 100 });
  const env = { REDIS_URL, SEXTANT_DATA_DIR: dataDir, JOB_BACKOFF_MS: '50', METRICS_DELAY_MS: '100' };
  api = await startTestServer({ ...env, RUN_WORKER: 'false' });
  // The worker: another instance on the same database and queues; its live events reach the API's subscribers through Redis.
  worker = await startTestServer({ ...env, RUN_WORKER: 'true' }, api);
});
afterAll(async () => {
  await worker?.stop();
  await api?.stop();
  await fake?.close();
});

describe('evaluation, end to end', () => {
  let p: { id: string; key: string };
  /** Version 2's experiment, the two versions and the ingested traces, from the first test. */
  let v2ExperimentId: string;
  let promptVersionIds: string[];
  let sourceTraceIds: string[];
  /** GraphQL with the project's key, failing the test on any error. */
  const gql = async <R, V>(op: TypedOperation<R, V>, variables: NoInfer<V>): Promise<R> => {
    const r = await api.gql<R, any>(op, variables, p.key);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!;
  };

  beforeAll(async () => {
    p = await api.project('evaluation-e2e');
  });

  it('goes from traces to a dataset, two prompt versions, their experiments, the leaderboard, compares and score summaries', async () => {
    // 1. Two agent traces, each a root agent span with its LLM call.
    const traceIds = QUESTIONS.map(() => randomUUID());
    sourceTraceIds = traceIds;
    const start = Date.now() - 60_000;
    const at = (ms: number) => new Date(start + ms).toISOString();
    const ingested = await gql(INGEST, {
      b: {
        projectId: p.id,
        traces: QUESTIONS.map((q, i) => ({
          id: traceIds[i],
          name: 'qa-agent',
          startTime: at(0),
          endTime: at(900),
          inputs: { question: q.question, context: q.context },
          outputs: { answer: q.answer },
        })),
        agentCalls: QUESTIONS.map((q, i) => ({
          id: randomUUID(),
          traceId: traceIds[i],
          name: 'qa-agent',
          startTime: at(0),
          endTime: at(900),
          inputs: { question: q.question, context: q.context },
          outputs: { answer: q.answer },
        })),
        llmCalls: QUESTIONS.map((q, i) => ({
          traceId: traceIds[i],
          name: 'gpt-4o-mini',
          model: 'gpt-4o-mini',
          provider: 'openai',
          startTime: at(100),
          endTime: at(800),
          inputs: { messages: [{ role: 'user', content: `${q.context}\n${q.question}` }] },
          outputs: { role: 'assistant', content: q.answer },
          promptTokens: 30,
          completionTokens: 1,
        })),
      },
    });
    expect(ingested.ingest).toMatchObject({ accepted: 6, rejected: 0 });

    // 2. A dataset made from both traces: their inputs, and their outputs as the reference.
    const datasetId = (await gql(CREATE_DATASET, { i: { projectId: p.id, name: 'qa-from-traces' } })).createDataset.id;
    const added = (await gql(FROM_TRACES, { d: datasetId, items: traceIds.map((traceId) => ({ traceId })) })).addExamplesFromTraces;
    expect(added.errors).toEqual([]);
    expect(added.version).toBe(1);
    expect(added.examples.map((e) => ({ inputs: e.inputs, outputs: e.outputs, sourceTraceId: e.sourceTraceId }))).toEqual(
      QUESTIONS.map((q, i) => ({ inputs: { question: q.question, context: q.context }, outputs: { answer: q.answer }, sourceTraceId: traceIds[i] })),
    );
    const exampleIds = added.examples.map((e) => e.id);

    // 3. A prompt with two versions; version 2 changes one line of the system message.
    const template = (line: string) => [
      { role: 'system', content: `You answer questions about a context.\n${line}` },
      { role: 'user', content: 'Context: {{context}}\nQuestion: {{question}}' },
    ];
    const v1 = (
      await gql(CREATE_VERSION, {
        i: { projectId: p.id, promptName: 'qa', templateFormat: 'CHAT', messages: template(V1_LINE), model: 'gpt-4o-mini', commitMessage: 'first' },
      })
    ).createPromptVersion;
    const v2 = (
      await gql(CREATE_VERSION, {
        i: { promptId: v1.prompt.id, templateFormat: 'CHAT', messages: template(V2_LINE), model: 'gpt-4o-mini', commitMessage: 'answer from the context' },
      })
    ).createPromptVersion;
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(v1.variables.sort()).toEqual(['context', 'question']);

    // 4. The project's endpoint: the fake, with a key.
    expect((await gql(SET_ENDPOINT, { p: p.id, i: { baseUrl: fake.baseURL, apiKey: API_KEY, defaultModel: 'gpt-4o-mini' } })).setLlmEndpoint.hasApiKey).toBe(
      true,
    );

    // 5. An experiment per version: deterministic evaluators and a judge with a rubric, followed live to completion.
    const evaluators = [
      { kind: 'EXACT_MATCH' as const, options: { referenceKey: 'answer' } },
      { kind: 'CONTAINS' as const, key: 'mentions_answer', options: { referenceKey: 'answer' } },
      { kind: 'LATENCY' as const, options: { maxMs: 60_000 } },
      {
        kind: 'LLM_JUDGE' as const,
        key: 'grounded',
        options: { rubric: { criteria: 'Does the answer state what the context says, as the reference does?', scale: 'PASS_FAIL' } },
      },
    ];
    const live = liveClient(api.wsUrl, p.key);
    const experiments: { id: string; versionId: string }[] = [];
    const followed = [];
    try {
      for (const [name, version] of [
        ['qa-v1', v1],
        ['qa-v2', v2],
      ] as const) {
        const created = (await gql(CREATE_EXPERIMENT, { i: { datasetId, promptVersionId: version.id, name, evaluators, concurrency: 2 } })).createExperiment;
        expect(created).toMatchObject({ name, promptVersion: { id: version.id, version: version.version } });
        expect(created.evaluators.map((e) => e.key)).toEqual(['exact_match', 'mentions_answer', 'latency', 'grounded']);
        experiments.push({ id: created.id, versionId: version.id });
        followed.push(live.subscribe(UPDATES, { id: created.id }, 'experimentUpdated'));
      }
      for (const updates of followed) {
        await updates.until((c) => c.completed, 30_000, 'the experiment to complete');
        expect(updates.errors).toEqual([]);
        expect(updates.events.at(-1)!.experiment).toMatchObject({ status: 'COMPLETED', completedCount: 2, failedCount: 0 });
      }
    } finally {
      await live.dispose();
    }
    const [expV1, expV2] = experiments;
    v2ExperimentId = expV2.id;
    promptVersionIds = [v1.id, v2.id];
    // The model saw the endpoint's key and the rendered versions.
    expect(fake.requests.every((r) => r.headers.authorization === `Bearer ${API_KEY}`)).toBe(true);
    expect(fake.requests.some((r) => JSON.stringify(r.body.messages).includes(V2_LINE))).toBe(true);

    // 6. Every run is a trace whose LLM call links to its prompt version and whose example is the reference, with its scores.
    for (const { id, versionId } of experiments) {
      const e = (await gql(EXPERIMENT, { id })).experiment;
      expect(e).toMatchObject({ status: 'COMPLETED', completedCount: 2, promptVersion: { id: versionId } });
      const runs = e.runs.edges.map((x) => x.node);
      expect(runs.map((r) => r.example!.id).sort()).toEqual([...exampleIds].sort());
      for (const run of runs) {
        const q = QUESTIONS.find((x) => x.question === run.example!.inputs.question)!;
        expect(run.example!.outputs).toEqual({ answer: q.answer });
        const spans = run.trace!.spans;
        const llm = ofType(
          spans.find((s) => s.__typename === 'LLMCall')!,
          'LLMCall',
        );
        expect(llm.promptVersion).toEqual({ id: versionId, version: versionId === v1.id ? 1 : 2 });
        expect(llm.referenceExampleId).toBe(run.example!.id);
        expect(
          ofType(
            spans.find((s) => s.__typename === 'AgentCall')!,
            'AgentCall',
          ).referenceExampleId,
        ).toBe(run.example!.id);
        const right = id === expV2.id || q === QUESTIONS[0];
        expect(run.output).toMatchObject({ text: right ? q.answer : 'Saturn' });
        const scores = Object.fromEntries(run.scores.map((m) => [m.name, m]));
        expect(Object.keys(scores).sort()).toEqual(['exact_match', 'grounded', 'latency', 'mentions_answer']);
        expect(scores.exact_match).toMatchObject({ score: right ? 1 : 0, source: 'evaluator' });
        expect(scores.mentions_answer).toMatchObject({ score: right ? 1 : 0, source: 'evaluator' });
        expect(scores.latency).toMatchObject({ score: 1, source: 'evaluator' });
        expect(scores.grounded).toMatchObject({ score: right ? 1 : 0, source: 'experiment-judge' });
      }
    }

    // 7. The leaderboard: version 2 (both right) above version 1 (one wrong).
    const board = (await gql(LEADERBOARD, { d: datasetId })).datasetLeaderboard;
    expect(board.map((x) => ({ rank: x.rank, score: x.score, id: x.experiment.id, version: x.promptVersion?.version }))).toEqual([
      { rank: 1, score: 1, id: expV2.id, version: 2 },
      { rank: 2, score: 0.5, id: expV1.id, version: 1 },
    ]);

    // 8. The compare of the two experiments on the example version 1 got wrong: the score deltas, and the
    // two runs' traces aligned span by span, the LLM calls differing in their prompt and answer.
    const planet = exampleIds[QUESTIONS.findIndex((q) => q === QUESTIONS[1])];
    const [cmp] = (await gql(COMPARE_EXPERIMENTS, { a: expV1.id, b: expV2.id, e: [planet] })).compareExperiments.examples;
    expect(cmp).toMatchObject({ exampleId: planet, outputChanged: true, runA: { output: { text: 'Saturn' } }, runB: { output: { text: 'Jupiter' } } });
    expect(cmp.scoreDeltas.find((d) => d.key === 'exact_match')).toEqual({ key: 'exact_match', a: 0, b: 1, delta: 1 });
    expect(cmp.scoreDeltas.find((d) => d.key === 'grounded')).toEqual({ key: 'grounded', a: 0, b: 1, delta: 1 });
    const tc = cmp.traceComparison!;
    expect(tc).toMatchObject({ matched: 2, onlyInA: 0, onlyInB: 0 });
    const llmPair = tc.spans.find((s) => s.path.at(-1)?.startsWith('llm:'))!;
    expect(llmPair.a && llmPair.b).toBeTruthy();
    expect(llmPair.differences).toEqual(expect.arrayContaining(['inputs', 'outputs']));

    // 9. The compare of the prompt versions: the system message changed by its one line.
    const diff = (await gql(COMPARE_PROMPTS, { a: v1.id, b: v2.id })).comparePromptVersions;
    expect(diff).toMatchObject({ variablesAdded: [], variablesRemoved: [] });
    expect(diff.messages.map((m) => m.change)).toEqual(['CHANGED', 'SAME']);
    expect(diff.messages[0].lines).toEqual([
      { op: 'KEEP', text: 'You answer questions about a context.' },
      { op: 'REMOVE', text: V1_LINE },
      { op: 'ADD', text: V2_LINE },
    ]);

    // 10. Score summaries per key: of the dataset's experiments (all, or version 1's), and of the project.
    const ds = (await gql(DATASET, { id: datasetId, only: [expV1.id] })).dataset;
    expect(ds.experiments.edges.map((x) => [x.node.id, x.node.promptVersion?.version])).toEqual([
      [expV2.id, 2],
      [expV1.id, 1],
    ]);
    const summary = Object.fromEntries(ds.scoreSummary.map((s) => [s.key, s]));
    expect(Object.keys(summary).sort()).toEqual(['exact_match', 'grounded', 'latency', 'mentions_answer']);
    expect(summary.exact_match).toMatchObject({ count: 4, mean: 0.75, sources: [{ source: 'evaluator', count: 4 }] });
    expect(summary.grounded).toMatchObject({ count: 4, mean: 0.75, sources: [{ source: 'experiment-judge', count: 4 }] });
    expect(ds.onlyV1.find((s) => s.key === 'exact_match')).toEqual({ key: 'exact_match', count: 2, mean: 0.5 });
    const projectKeys = (await gql(PROJECT_SUMMARY, { p: p.id })).project.scoreSummary.map((s) => s.key);
    expect(projectKeys).toEqual(expect.arrayContaining(['exact_match', 'grounded', 'latency', 'mentions_answer']));
  });

  it("reads many datasets' experiments and their prompt versions in the same number of statements as one's", async () => {
    const statementsOf = async () => {
      const before = api.statements.count;
      const r = (await gql(DATASETS, { p: p.id })).datasets.edges.map((e) => e.node);
      return { count: api.statements.count - before, datasets: r };
    };
    const one = await statementsOf();
    expect(one.datasets.map((d) => d.experiments.edges.length)).toEqual([2]);
    // A second dataset, from one of the traces, with an experiment per version.
    const datasetId = (await gql(CREATE_DATASET, { i: { projectId: p.id, name: 'qa-second' } })).createDataset.id;
    await gql(FROM_TRACES, { d: datasetId, items: [{ traceId: sourceTraceIds[0] }] });
    const created = [];
    for (const versionId of promptVersionIds)
      created.push((await gql(CREATE_EXPERIMENT, { i: { datasetId, promptVersionId: versionId, evaluators: [] } })).createExperiment.id);
    const two = await statementsOf();
    expect(two.datasets.map((d) => d.experiments.edges.map((e) => e.node.promptVersion!.version))).toEqual([
      [2, 1],
      [2, 1],
    ]);
    expect(two.count).toBe(one.count);
    // Run to the end, so no job of this test outlives it.
    for (const id of created)
      await until(
        () => gql(EXPERIMENT, { id }),
        (r) => r.experiment.status === 'COMPLETED',
        `experiment ${id} to complete`,
        30_000,
      );
  });

  it("shows feedback given on a run's trace in the experiment's run scores", async () => {
    const expV2 = v2ExperimentId;
    const run = (await gql(EXPERIMENT, { id: expV2 })).experiment.runs.edges[0].node;
    const fb = (await gql(CREATE_FEEDBACK, { i: { traceId: run.trace!.id, key: 'helpfulness', score: 0.8 } })).createFeedback;
    expect(fb).toMatchObject({ name: 'helpfulness', score: 0.8, source: 'api' });
    const again = (await gql(EXPERIMENT, { id: expV2 })).experiment;
    const same = again.runs.edges.map((e) => e.node).find((r) => r.id === run.id)!;
    expect(same.scores.find((m) => m.name === 'helpfulness')).toMatchObject({ score: 0.8, source: 'api' });
    // It counts in the experiment's summary too, as a key of its own.
    expect(again.summary.evaluators.find((e) => e.key === 'helpfulness')).toEqual({ key: 'helpfulness', count: 1, mean: 0.8 });
  });
});
