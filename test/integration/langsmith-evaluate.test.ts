import type { ResultOf } from '@graphql-typed-document-node/core';
import { Client, uuid7 } from 'langsmith';
import { RunTree } from 'langsmith/run_trees';
import { traceable } from 'langsmith/traceable';
import { randomUUID } from 'node:crypto';
import { DatasetExampleEntity, DatasetExampleRevisionEntity } from '../../packages/core/src/datasets/dataset-example.entity';
import { DatasetEntity, DatasetVersionEntity } from '../../packages/core/src/datasets/dataset.entity';
import { ExperimentEntity, ExperimentRunEntity } from '../../packages/core/src/datasets/experiment.entity';
import { graphql } from '../gql';
import { failOnConsoleWarnings } from '../support/console-warnings';
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
