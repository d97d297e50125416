// The unmodified LangSmith SDK's dataset and example calls against Sextant's /langsmith endpoints,
// and what they made as Sextant's GraphQL API shows it.
import { Client } from 'langsmith';
import { graphql } from '../gql';
import { failOnConsoleWarnings } from '../support/console-warnings';
import { startTestServer, type TestServer } from '../support/test-server';

const DATASET = graphql(`query LsDsDataset($id: ID!, $v: Int) {
  dataset(id: $id) { id name description dataType metadata version exampleCount splits
    versions { version description tags }
    examples(version: $v) { edges { node { id inputs outputs metadata splits } } } }
}`);

let s: TestServer;
let app: { id: string; key: string };
let client: Client;

failOnConsoleWarnings();
beforeAll(async () => {
  s = await startTestServer();
  app = await s.project('ls-datasets', 'admin');
  client = new Client({ apiUrl: `${s.url.replace(/\/graphql$/, '')}/langsmith`, apiKey: app.key, autoBatchTracing: false });
});
afterAll(() => s?.stop());

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('the LangSmith SDK dataset calls against Sextant', () => {
  it('creates a dataset and examples, edits and deletes them, and lists examples as of older versions, tags and splits', async () => {
    const ds = await client.createDataset('sdk-qa', { description: 'from the SDK', dataType: 'kv', metadata: { owner: 'sdk' } });
    expect(ds).toMatchObject({ name: 'sdk-qa', description: 'from the SDK', data_type: 'kv', example_count: 0, session_count: 0 });
    expect(await client.hasDataset({ datasetName: 'sdk-qa' })).toBe(true);
    expect(await client.hasDataset({ datasetName: 'no-such-dataset' })).toBe(false);
    expect((await client.readDataset({ datasetName: 'sdk-qa' })).id).toBe(ds.id);
    await expect(client.createDataset('sdk-qa')).rejects.toThrow(/409/);

    const created = await client.createExamples([
      { dataset_id: ds.id, inputs: { q: 'capital of France?' }, outputs: { a: 'Paris' }, metadata: { level: 1 }, split: 'train' },
      { dataset_id: ds.id, inputs: { q: '2+2?' }, outputs: { a: '4' }, split: ['test', 'gold'] },
      { dataset_id: ds.id, inputs: { q: 'unsplit' }, outputs: { a: 'base' } },
    ]);
    expect(created.map((e) => [e.inputs, e.outputs, e.metadata, e.dataset_id])).toEqual([
      [{ q: 'capital of France?' }, { a: 'Paris' }, { level: 1, dataset_split: ['train'] }, ds.id],
      [{ q: '2+2?' }, { a: '4' }, { dataset_split: ['test', 'gold'] }, ds.id],
      [{ q: 'unsplit' }, { a: 'base' }, { dataset_split: ['base'] }, ds.id],
    ]);
    const single = await client.createExample({ q: 'legacy' }, { a: 'call' }, { datasetId: ds.id, split: 'train' });
    expect(single).toMatchObject({ inputs: { q: 'legacy' }, outputs: { a: 'call' }, metadata: { dataset_split: ['train'] } });

    await pause(20);
    const afterCreate = new Date();
    await pause(20);
    await client.updateExample(created[0].id, { inputs: { q: 'capital of France?' }, outputs: { a: 'Paris, France' } });
    await client.deleteExample(created[1].id);

    const latest = await collect(client.listExamples({ datasetId: ds.id }));
    expect(latest.map((e) => e.outputs)).toEqual([{ a: 'Paris, France' }, { a: 'base' }, { a: 'call' }]);
    const before = await collect(client.listExamples({ datasetId: ds.id, asOf: afterCreate }));
    expect(before.map((e) => e.outputs)).toEqual([{ a: 'Paris' }, { a: '4' }, { a: 'base' }, { a: 'call' }]);
    const train = await collect(client.listExamples({ datasetName: 'sdk-qa', splits: ['train'] }));
    expect(train.map((e) => e.inputs.q)).toEqual(['capital of France?', 'legacy']);
    const base = await collect(client.listExamples({ datasetId: ds.id, splits: ['base'] }));
    expect(base.map((e) => e.inputs.q)).toEqual(['unsplit']);
    const byIds = await collect(client.listExamples({ datasetId: ds.id, exampleIds: [single.id] }));
    expect(byIds.map((e) => e.id)).toEqual([single.id]);
    expect((await client.readExample(created[0].id)).outputs).toEqual({ a: 'Paris, France' });
    expect(await client.listDatasetSplits({ datasetId: ds.id })).toEqual(['base', 'train']);

    // Versions: the one current at a time, a tag on it, and listing by the tag.
    const v = await client.readDatasetVersion({ datasetId: ds.id, asOf: afterCreate });
    expect(v).toMatchObject({ version: 2, tags: [] });
    await client.updateDatasetTag({ datasetId: ds.id, asOf: afterCreate, tag: 'prod' });
    expect(await client.readDatasetVersion({ datasetId: ds.id, tag: 'prod' })).toMatchObject({ version: 2, tags: ['prod'] });
    const prod = await collect(client.listExamples({ datasetId: ds.id, asOf: 'prod' }));
    expect(prod).toHaveLength(4);

    // What GraphQL shows matches.
    const g = await s.gql(DATASET, { id: ds.id, v: 2 }, app.key);
    expect(g.errors).toBeUndefined();
    expect(g.data!.dataset).toMatchObject({
      name: 'sdk-qa',
      description: 'from the SDK',
      dataType: 'KV',
      metadata: { owner: 'sdk' },
      version: 4,
      exampleCount: 3,
    });
    expect(g.data!.dataset.splits).toEqual(['train']);
    expect(g.data!.dataset.versions.map((x) => [x.version, x.description, x.tags])).toEqual([
      [4, 'deleted 1 example', []],
      [3, 'edited 1 example', []],
      [2, 'added 1 example', ['prod']],
      [1, 'added 3 examples', []],
    ]);
    expect(g.data!.dataset.examples.edges.map((e) => [e.node.id, e.node.inputs, e.node.outputs, e.node.splits])).toEqual([
      [created[0].id, { q: 'capital of France?' }, { a: 'Paris' }, ['train']],
      [created[1].id, { q: '2+2?' }, { a: '4' }, ['test', 'gold']],
      [created[2].id, { q: 'unsplit' }, { a: 'base' }, []],
      [single.id, { q: 'legacy' }, { a: 'call' }, ['train']],
    ]);

    const listed = await collect(client.listDatasets({ datasetNameContains: 'sdk' }));
    expect(listed.map((d) => [d.name, d.example_count])).toEqual([['sdk-qa', 3]]);
    const renamed = await client.updateDataset({ datasetId: ds.id, name: 'sdk-qa-2', description: 'renamed' });
    expect(renamed).toMatchObject({ name: 'sdk-qa-2', description: 'renamed' });
  });

  it("keeps a project key to its own project's datasets, and deletes datasets", async () => {
    const ds = await client.createDataset('sdk-private');
    const other = await s.project('ls-datasets-other', 'admin');
    const stranger = new Client({ apiUrl: `${s.url.replace(/\/graphql$/, '')}/langsmith`, apiKey: other.key, autoBatchTracing: false });
    expect(await stranger.hasDataset({ datasetId: ds.id })).toBe(false);
    expect(await collect(stranger.listDatasets())).toEqual([]);
    await expect(stranger.createExamples([{ dataset_id: ds.id, inputs: { q: 'x' } }])).rejects.toThrow(/404/);
    await client.deleteDataset({ datasetId: ds.id });
    expect(await client.hasDataset({ datasetId: ds.id })).toBe(false);
  });
});
