import type { ResultOf } from '@graphql-typed-document-node/core';
import { Client, uuid7 } from 'langsmith';
import { evaluate } from 'langsmith/evaluation';
import { RunTree } from 'langsmith/run_trees';
import { traceable } from 'langsmith/traceable';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { DatasetExampleEntity, DatasetExampleRevisionEntity } from '../../packages/core/src/datasets/dataset-example.entity';
import { DatasetEntity, DatasetVersionEntity } from '../../packages/core/src/datasets/dataset.entity';
import { ExperimentEntity, ExperimentRunEntity } from '../../packages/core/src/datasets/experiment.entity';
import { graphql } from '../gql';
import { failOnConsoleWarnings } from '../support/console-warnings';
import { pythonWithLangsmith, ROOT } from '../support/python-venv';
import { startTestServer, type TestServer } from '../support/test-server';
import type { TypedOperation } from '../support/typed-operation';

// The unmodified LangSmith SDK's experiment calls against Sextant: a session with a reference
// dataset is a client experiment of the dataset's project, its runs are traces of that project
// with their experiment_runs rows, and its feedback is metrics of those traces.

const TRACE = graphql(`query LsEvalTrace($id: ID!) { trace(id: $id) {
  id name status inputs outputs project { id name }
  metrics { name score value reason resultDetail spanId }
  spans { __typename id name parentId referenceExampleId inputs outputs }
} }`);

const EXPERIMENTS = graphql(`query LsEvalExperiments($p: ID!, $d: ID!) { experiments(projectId: $p, datasetId: $d) { edges { node { id name } } } }`);
const EXPERIMENT = graphql(`query LsEvalExperiment($id: ID!) { experiment(id: $id) {
  id kind status exampleCount completedCount failedCount metadata finishedAt dataset { id } promptVersion { id }
  summary { evaluators { key count mean } runs { total completed failed } }
  runs(first: 10) { edges { node { status output example { id inputs } trace { id name } scores { name score source } } } }
} }`);
const LEADERBOARD = graphql(`query LsEvalLeaderboard($d: ID!) { datasetLeaderboard(datasetId: $d, key: "exact_match") { rank score experiment { id } } }`);
const DATASET_EXPERIMENTS = graphql(`query LsEvalDataset($id: ID!) { dataset(id: $id) {
  experiments(first: 5) { edges { node { id } } }
  scoreSummary { key count scoredCount labels { label count } }
} }`);

type Trace = ResultOf<typeof TRACE>['trace'];

let s: TestServer;
let app: { id: string; key: string };
let client: Client;
let base: string;
const saved = { ...process.env };

failOnConsoleWarnings();
beforeAll(async () => {
  s = await startTestServer();
  // A normal project key (not the bootstrap admin), with the role that both reads and writes.
  app = await s.project('eval-app', 'admin');
  base = `${s.url.replace(/\/graphql$/, '')}/langsmith`;
  Object.assign(process.env, { LANGSMITH_TRACING: 'true', LANGSMITH_ENDPOINT: base, LANGSMITH_API_KEY: app.key });
  client = new Client({ apiUrl: base, apiKey: app.key });
});
afterAll(async () => {
  process.env = saved;
  jest.restoreAllMocks();
  await s?.stop();
});

const gqlData = async <R, V>(query: TypedOperation<R, V>, variables: NoInfer<V>) => {
  const r = await s.gql<R, any>(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};
const readTrace = async (id: string): Promise<Trace> => (await gqlData(TRACE, { id })).trace;
const experiments = () => s.ds.getRepository(ExperimentEntity);
const experimentRuns = (experimentId: string) => s.ds.getRepository(ExperimentRunEntity).find({ where: { experimentId }, order: { startedAt: 'ASC' } });

/** A dataset of the project with these examples at version 1, written as the datasets API stores one. */
async function seedDataset(projectId: string, name: string, examples: { inputs: Record<string, unknown>; outputs: Record<string, unknown> }[]) {
  const dataset = await s.ds.getRepository(DatasetEntity).save({ id: randomUUID(), projectId, name, version: 1 });
  await s.ds.getRepository(DatasetVersionEntity).save({ datasetId: dataset.id, version: 1, description: 'add' });
  const ids: string[] = [];
  for (const ex of examples) {
    const id = randomUUID();
    await s.ds.getRepository(DatasetExampleEntity).save({ id, datasetId: dataset.id, projectId, createdVersion: 1 });
    await s.ds.getRepository(DatasetExampleRevisionEntity).save({ exampleId: id, version: 1, datasetId: dataset.id, ...ex });
    ids.push(id);
  }
  return { id: dataset.id, exampleIds: ids };
}

/** A raw LangSmith request, for answers the SDK only turns into exceptions. */
const ls = (path: string, init: RequestInit & { key?: string } = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', 'x-api-key': init.key ?? app.key, ...init.headers } });

describe("the SDK's experiment sessions", () => {
  it('createProject with a reference dataset makes a client experiment in the dataset project; read, list, conflict and update', async () => {
    const dataset = await seedDataset(app.id, 'qa-sessions', [{ inputs: { q: '1+1' }, outputs: { a: '2' } }]);
    const session = await client.createProject({
      projectName: 'sessions-exp-1',
      referenceDatasetId: dataset.id,
      metadata: { model: 'm1' },
      description: 'first try',
      numExamples: 1,
      evaluatorKeys: ['correct'],
    });
    expect(session).toMatchObject({
      name: 'sessions-exp-1',
      reference_dataset_id: dataset.id,
      description: 'first try',
      tenant_id: app.id,
      end_time: null,
      extra: { metadata: { model: 'm1', evaluator_keys: ['correct'] } },
    });
    const row = await experiments().findOneByOrFail({ id: session.id });
    expect(row).toMatchObject({ projectId: app.id, datasetId: dataset.id, datasetVersion: 1, kind: 'client', status: 'running', exampleCount: 1 });

    // No new project: the experiment lives in the dataset's project.
    expect(await s.ds.query(`SELECT count(*)::int AS n FROM projects WHERE name = 'sessions-exp-1'`)).toEqual([{ n: 0 }]);

    expect(await client.readProject({ projectId: session.id })).toMatchObject({ id: session.id, name: 'sessions-exp-1' });
    expect(await client.readProject({ projectName: 'sessions-exp-1' })).toMatchObject({ id: session.id });
    expect(await client.hasProject({ projectName: 'no-such-session' })).toBe(false);
    const listed = [];
    for await (const p of client.listProjects({ referenceDatasetId: dataset.id })) listed.push(p.name);
    expect(listed).toEqual(['sessions-exp-1']);
    const all = [];
    for await (const p of client.listProjects()) all.push(p.name);
    expect(all.sort()).toEqual(['eval-app', 'sessions-exp-1']);

    // The SDK turns 409 into LangSmithConflictError, on which evaluate() picks another name.
    await expect(client.createProject({ projectName: 'sessions-exp-1', referenceDatasetId: dataset.id })).rejects.toMatchObject({
      name: 'LangSmithConflictError',
    });

    const end = new Date();
    const updated = await client.updateProject(session.id, { metadata: { dataset_version: 'v1' }, endTime: end.toISOString() });
    expect(updated).toMatchObject({ end_time: end.toISOString(), extra: { metadata: { model: 'm1', dataset_version: 'v1' } } });
    expect(await experiments().findOneByOrFail({ id: session.id })).toMatchObject({ status: 'completed', finishedAt: end });

    // A rename to a name in use is a conflict too; to a free one it is the experiment's new name.
    const second = await client.createProject({ projectName: 'sessions-exp-2', referenceDatasetId: dataset.id });
    const clash = await ls(`/sessions/${second.id}`, { method: 'PATCH', body: JSON.stringify({ name: 'sessions-exp-1' }) });
    expect(clash.status).toBe(409);
    expect(await client.updateProject(second.id, { name: 'sessions-exp-3' })).toMatchObject({ id: second.id, name: 'sessions-exp-3' });
  });

  it('refuses what a project key may not do and what is malformed, without a stack trace', async () => {
    const other = await s.project('eval-other', 'admin');
    const foreign = await seedDataset(other.id, 'theirs', [{ inputs: { q: 'x' }, outputs: { a: 'y' } }]);
    const r1 = await ls('/sessions', { method: 'POST', body: JSON.stringify({ name: 'x', reference_dataset_id: foreign.id }) });
    expect(r1.status).toBe(404);
    expect(await r1.json()).toEqual({ detail: `Dataset ${foreign.id} not found` });
    const r2 = await ls('/sessions', { method: 'POST', body: JSON.stringify({ name: 'a-new-project' }) });
    expect(r2.status).toBe(403);
    const r3 = await ls('/sessions', { method: 'POST', body: JSON.stringify({ name: '', reference_dataset_id: 'nope' }) });
    expect(r3.status).toBe(400);
    expect((await r3.json()).detail).toMatch(/^Invalid session: /);
    const r4 = await ls('/sessions', { method: 'POST', body: '{' });
    expect(r4.status).toBe(400);
    expect((await ls(`/sessions/${randomUUID()}`)).status).toBe(404);
    expect((await ls('/sessions/not-a-uuid')).status).toBe(404);
    expect((await ls(`/sessions/${other.id}`)).status).toBe(404);
    const r5 = await ls(`/sessions/${app.id}`, { method: 'PATCH', body: JSON.stringify({ end_time: 'yesterday-ish' }) });
    expect(r5.status).toBe(400);
    const r6 = await ls('/sessions?limit=0');
    expect(r6.status).toBe(400);
    // Creating the key's own project answers it with upsert, and 409 without.
    expect((await ls('/sessions?upsert=true', { method: 'POST', body: JSON.stringify({ name: 'eval-app' }) })).status).toBe(200);
    expect((await ls('/sessions', { method: 'POST', body: JSON.stringify({ name: 'eval-app' }) })).status).toBe(409);
  });

  it("traces runs named by the experiment's session into its project as experiment runs, and keeps early feedback", async () => {
    const dataset = await seedDataset(app.id, 'qa-runs', [
      { inputs: { q: 'a' }, outputs: { a: 'A' } },
      { inputs: { q: 'b' }, outputs: { a: 'B' } },
      { inputs: { q: 'c' }, outputs: { a: 'C' } },
    ]);
    const session = await client.createProject({ projectName: 'runs-exp', referenceDatasetId: dataset.id });
    const runIds: string[] = [];
    const upper = traceable(async (inputs: { q: string }) => ({ a: inputs.q.toUpperCase() }), {
      name: 'upper',
      project_name: 'runs-exp',
      reference_example_id: dataset.exampleIds[0],
      client,
      on_end: (run) => void runIds.push(run.id),
    });
    await upper({ q: 'a' });
    const failing = traceable(
      async () => {
        throw new Error('model unavailable');
      },
      { name: 'upper', client, project_name: 'runs-exp', reference_example_id: dataset.exampleIds[1], on_end: (run) => void runIds.push(run.id) },
    );
    await expect(failing()).rejects.toThrow('model unavailable');
    await client.awaitPendingTraceBatches();

    const runs = await experimentRuns(session.id);
    expect(runs.map((r) => ({ exampleId: r.exampleId, traceId: r.traceId, status: r.status, output: r.output, error: r.error }))).toEqual([
      { exampleId: dataset.exampleIds[0], traceId: runIds[0], status: 'completed', output: { a: 'A' }, error: null },
      { exampleId: dataset.exampleIds[1], traceId: runIds[1], status: 'failed', output: null, error: expect.stringContaining('model unavailable') },
    ]);
    expect(runs[0].latencyMs).toEqual(expect.any(Number));
    expect(await experiments().findOneByOrFail({ id: session.id })).toMatchObject({ completedCount: 1, failedCount: 1, status: 'running' });

    // A root still in flight is pending (never 'running', which Sextant's worker would take for a lost
    // job of its own); its end completes it, and with it the experiment's last example.
    const inFlight = new RunTree({ name: 'upper', project_name: 'runs-exp', reference_example_id: dataset.exampleIds[2], client, inputs: { q: 'c' } });
    await inFlight.postRun();
    await client.awaitPendingTraceBatches();
    expect((await experimentRuns(session.id)).find((r) => r.traceId === inFlight.id)).toMatchObject({ status: 'pending', output: null });
    await inFlight.end({ a: 'C' });
    await inFlight.patchRun();
    await client.awaitPendingTraceBatches();
    expect((await experimentRuns(session.id)).find((r) => r.traceId === inFlight.id)).toMatchObject({ status: 'completed', output: { a: 'C' } });
    const done = await experiments().findOneByOrFail({ id: session.id });
    expect(done).toMatchObject({ completedCount: 2, failedCount: 1, status: 'completed' });
    expect(done.finishedAt).toEqual(expect.any(Date));
    expect((await readTrace(runIds[0])).project).toEqual({ id: app.id, name: 'eval-app' });

    // Feedback that names the experiment as its session and arrives before its run (the admin key
    // cannot fall back on a key's project): kept, and on the trace once the run lands.
    const early = uuid7();
    const fb = await ls('/feedback', {
      method: 'POST',
      key: s.adminKey,
      body: JSON.stringify({ run_id: early, trace_id: early, key: 'early', score: 0.5, session_id: session.id }),
    });
    expect(fb.status).toBe(200);
    const admin = new Client({ apiUrl: base, apiKey: s.adminKey });
    await traceable(async () => 'late', { name: 'late', id: early, client: admin, project_name: 'runs-exp' } as never)();
    await admin.awaitPendingTraceBatches();
    const late = await readTrace(early);
    expect(late.project.id).toBe(app.id);
    expect(late.metrics).toEqual([expect.objectContaining({ name: 'early', score: 0.5 })]);
  });
});

describe('evaluate() over a dataset made with createDataset and createExamples', () => {
  it("runs unmodified with a project key: an experiment of the dataset's project, its traces and their feedback as metrics", async () => {
    const dataset = await client.createDataset('ls-eval-qa', { description: 'capitals' });
    await client.createExamples([
      { inputs: { country: 'France' }, outputs: { capital: 'Paris' }, dataset_id: dataset.id },
      { inputs: { country: 'Japan' }, outputs: { capital: 'Tokyo' }, dataset_id: dataset.id },
      { inputs: { country: 'Peru' }, outputs: { capital: 'Lima' }, dataset_id: dataset.id },
    ]);
    const examples = [];
    for await (const ex of client.listExamples({ datasetName: 'ls-eval-qa' })) examples.push(ex);
    expect(examples).toHaveLength(3);

    // The target calls a traced child, so each example's trace has a tree; Peru's answer is wrong.
    const lookup = traceable(async (country: string) => ({ France: 'Paris', Japan: 'Tokyo' })[country] ?? 'Cusco', { name: 'lookup', run_type: 'tool' });
    const target = traceable(async (inputs: { country: string }) => ({ capital: await lookup(inputs.country) }), { name: 'capital-agent' });
    const exactMatch = ({ outputs, referenceOutputs }: { outputs?: Record<string, unknown>; referenceOutputs?: Record<string, unknown> }) => ({
      key: 'exact_match',
      score: outputs?.capital === referenceOutputs?.capital,
    });
    const length = ({ outputs }: { outputs?: Record<string, unknown> }) => ({
      key: 'answer_length',
      value: String(outputs?.capital ?? '').length > 4 ? 'long' : 'short',
    });
    const results = await evaluate(target, { data: 'ls-eval-qa', evaluators: [exactMatch, length], experimentPrefix: 'ls-eval', client });
    await client.awaitPendingTraceBatches();

    expect(results.experimentName).toMatch(/^ls-eval-/);
    expect(results.results).toHaveLength(3);
    const byCountry = new Map(results.results.map((r) => [r.example.inputs.country as string, r]));

    // Through GraphQL: each example's run is a trace of the dataset's project, with its reference
    // example, its child, and the evaluators' feedback as metrics.
    for (const [country, capital, correct, size] of [
      ['France', 'Paris', 1, 'long'],
      ['Japan', 'Tokyo', 1, 'long'],
      ['Peru', 'Cusco', 0, 'long'],
    ] as const) {
      const row = byCountry.get(country)!;
      const trace = await readTrace(row.run.id);
      expect(trace).toMatchObject({ name: 'capital-agent', status: 'SUCCESS', inputs: { country }, outputs: { capital }, project: { id: app.id } });
      const root = trace.spans.find((x) => x.id === row.run.id)!;
      expect(root.referenceExampleId).toBe(row.example.id);
      expect(trace.spans.find((x) => x.name === 'lookup')).toMatchObject({ parentId: row.run.id, outputs: { outputs: capital } });
      const metrics = [...trace.metrics].sort((a, b) => a.name.localeCompare(b.name));
      expect(metrics).toEqual([
        expect.objectContaining({
          name: 'answer_length',
          score: null,
          resultDetail: expect.objectContaining({ feedback: expect.objectContaining({ value: size }) }),
        }),
        expect.objectContaining({ name: 'exact_match', score: correct }),
      ]);
    }

    // The experiment, through GraphQL: a client experiment of the dataset, complete, each run the
    // example's trace with the evaluators' feedback as its scores, on the dataset's leaderboard.
    const listed = (await gqlData(EXPERIMENTS, { p: app.id, d: dataset.id })).experiments.edges.map((e) => e.node);
    expect(listed.map((e) => e.name)).toEqual([results.experimentName]);
    const experiment = (await gqlData(EXPERIMENT, { id: listed[0].id })).experiment;
    expect(experiment).toMatchObject({
      kind: 'CLIENT',
      dataset: { id: dataset.id },
      exampleCount: 3,
      completedCount: 3,
      failedCount: 0,
      status: 'COMPLETED',
      promptVersion: null,
      metadata: expect.objectContaining({ evaluator_keys: ['exact_match', 'answer_length'], dataset_version: expect.any(String) }),
      finishedAt: expect.any(String),
    });
    const runs = experiment.runs.edges.map((e) => e.node);
    expect(
      runs.map((r) => ({ example: r.example!.id, trace: r.trace!.id, status: r.status, output: r.output })).sort((a, b) => a.example.localeCompare(b.example)),
    ).toEqual(
      [...byCountry.values()]
        .map((r) => ({ example: r.example.id, trace: r.run.id, status: 'COMPLETED', output: r.run.outputs }))
        .sort((a, b) => a.example.localeCompare(b.example)),
    );
    for (const r of runs) {
      expect(r.trace!.name).toBe('capital-agent');
      expect(r.scores.map((m) => m.name).sort()).toEqual(['answer_length', 'exact_match']);
      expect(r.scores.every((m) => m.source === 'langsmith')).toBe(true);
      const country = r.example!.inputs.country as string;
      expect(r.scores.find((m) => m.name === 'exact_match')!.score).toBe(country === 'Peru' ? 0 : 1);
    }
    // The summary per key: the numeric score; the categorical one has no score to summarize.
    expect(experiment.summary.evaluators).toEqual([{ key: 'exact_match', count: 3, mean: 2 / 3 }]);
    expect(experiment.summary.runs).toEqual({ total: 3, completed: 3, failed: 0 });
    const board = (await gqlData(LEADERBOARD, { d: dataset.id })).datasetLeaderboard;
    expect(board).toEqual([{ rank: 1, score: 2 / 3, experiment: { id: experiment.id } }]);
    // The dataset lists it, and summarizes its scores per key, labels included.
    const ds = (await gqlData(DATASET_EXPERIMENTS, { id: dataset.id })).dataset;
    expect(ds.experiments.edges.map((e) => e.node.id)).toEqual([experiment.id]);
    expect(ds.scoreSummary).toEqual([
      { key: 'answer_length', count: 3, scoredCount: 0, labels: [{ label: 'long', count: 3 }] },
      { key: 'exact_match', count: 3, scoredCount: 3, labels: [] },
    ]);

    // The experiment is a session of the SDK too, and no project was made for it.
    expect(await client.readProject({ projectName: results.experimentName })).toMatchObject({ id: experiment.id, reference_dataset_id: dataset.id });
    expect(await s.ds.query('SELECT count(*)::int AS n FROM projects WHERE name = $1', [results.experimentName])).toEqual([{ n: 0 }]);
  });
});

describe("Python's evaluate()", () => {
  it('runs unmodified too: its dataset, examples, experiment, runs and feedback', async () => {
    const python = await pythonWithLangsmith();
    const env = { ...process.env };
    for (const k of Object.keys(env)) if (/^(LANGSMITH|LANGCHAIN)_/.test(k)) delete env[k];
    const { stdout, stderr } = await promisify(execFile)(python, [path.join(ROOT, 'test/fixtures/python/evaluate_dataset.py'), 'py-eval-qa'], {
      timeout: 120_000,
      env: { ...env, LANGSMITH_TRACING: 'true', LANGSMITH_ENDPOINT: base, LANGSMITH_API_KEY: app.key },
    });
    // evaluate() draws a progress bar on stderr; a lost batch or a failed request would be logged there too.
    expect(stderr).not.toMatch(/error|fail|warn|exception/i);
    const out: { experiment: string; dataset_id: string; runs: { example_id: string; run_id: string }[] } = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(out.runs).toHaveLength(3);

    const experiment = await experiments().findOneByOrFail({ name: out.experiment });
    expect(experiment).toMatchObject({ kind: 'client', projectId: app.id, datasetId: out.dataset_id, completedCount: 3, status: 'completed' });
    const runs = await experimentRuns(experiment.id);
    expect(runs.map((r) => `${r.exampleId} ${r.traceId}`).sort()).toEqual(out.runs.map((r) => `${r.example_id} ${r.run_id}`).sort());
    for (const r of out.runs) {
      const trace = await readTrace(r.run_id);
      expect(trace.project.id).toBe(app.id);
      expect(trace.spans.map((x) => x.name).sort()).toEqual(['Target', 'lookup']);
      expect(trace.metrics.map((m) => m.name).sort()).toEqual(['answer_length', 'exact_match']);
    }
  }, 300_000);
});
