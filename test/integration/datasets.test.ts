// Datasets through the real API and Postgres: examples by hand and from traces (with their source
// links), versions (an edit or a deletion makes one; older versions stay readable), splits, tags,
// JSONL and CSV import (a bad line reported, the good ones kept), the HTTP export and permissions.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../support/test-server';

const INGEST = graphql(`mutation DsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const CREATE = graphql(`mutation DsCreate($p: ID!, $n: String!, $t: DatasetDataType) {
  createDataset(input: { projectId: $p, name: $n, description: "qa pairs", dataType: $t, metadata: { team: "eval" } }) { id name description dataType metadata version createdAt }
}`);
const UPDATE = graphql(
  `mutation DsUpdate($id: ID!, $n: String) { updateDataset(id: $id, input: { name: $n, description: "renamed" }) { id name description version } }`,
);
const DELETE = graphql(`mutation DsDelete($id: ID!) { deleteDataset(id: $id) { id deleted } }`);
const ADD = graphql(`mutation DsAdd($d: ID!, $e: [ExampleInput!]!) {
  addExamples(datasetId: $d, examples: $e) { version examples { id inputs outputs metadata splits revision sourceTraceId } errors { index code message } }
}`);
const FROM_TRACES = graphql(`mutation DsFromTraces($d: ID!, $items: [TraceItemInput!]!) {
  addExamplesFromTraces(datasetId: $d, items: $items) { version examples { id inputs outputs sourceTraceId sourceSpanId sourceTrace { id name } } errors { index id code message } }
}`);
const EDIT = graphql(`mutation DsEdit($id: ID!, $p: ExamplePatchInput!) { updateExample(id: $id, patch: $p) { id inputs outputs splits revision } }`);
const DELETE_EXAMPLES = graphql(`mutation DsDeleteExamples($ids: [ID!]!) { deleteExamples(ids: $ids) { deletedIds errors { index id code } } }`);
const TAG = graphql(
  `mutation DsTag($d: ID!, $v: Int!, $t: String!) { tagDatasetVersion(datasetId: $d, version: $v, tag: $t) { id versions { version tags } } }`,
);
const IMPORT = graphql(`mutation DsImport($d: ID!, $f: ExampleFormat!, $c: String!, $cols: CsvColumnsInput) {
  importExamples(datasetId: $d, format: $f, content: $c, columns: $cols) { version imported errors { line message } }
}`);
const DATASET = graphql(`query DsDataset($id: ID!, $v: Int, $s: [String!], $first: Int, $after: String) {
  dataset(id: $id) {
    id name version exampleCount splits
    versions { version description tags exampleCount }
    examples(version: $v, splits: $s, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id inputs outputs metadata splits revision sourceTraceId sourceSpanId } }
    }
  }
}`);
const DATASETS = graphql(`query DsList($p: ID!, $q: String) { datasets(projectId: $p, search: $q) { totalCount edges { node { id name exampleCount } } } }`);
const EXAMPLE = graphql(`query DsExample($id: ID!, $v: Int) { datasetExample(id: $id, version: $v) { id inputs revision } }`);
const SPAN_FLAGS = graphql(`query DsSpanFlags($id: ID!) { trace(id: $id) { spans { id } } }`);

let s: TestServer;
let p: { id: string; key: string };
beforeAll(async () => {
  s = await startTestServer();
  p = await s.project('datasets', 'admin');
});
afterAll(() => s?.stop());

const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + sec * 1000).toISOString();

async function ok<R>(r: Promise<{ data?: R; errors?: unknown[] }>): Promise<R> {
  const res = await r;
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}
const create = async (name: string, key = p.key, projectId = p.id) => (await ok(s.gql(CREATE, { p: projectId, n: name }, key))).createDataset;
const read = async (id: string, vars: { v?: number; s?: string[]; first?: number; after?: string } = {}) =>
  (await ok(s.gql(DATASET, { id, ...vars }, p.key))).dataset;

describe('datasets', () => {
  it('creates a dataset, adds examples by hand in one version and lists them with counts and splits', async () => {
    const d = await create('qa');
    expect(d).toMatchObject({ name: 'qa', description: 'qa pairs', dataType: 'KV', metadata: { team: 'eval' }, version: 0 });
    const added = (
      await ok(
        s.gql(
          ADD,
          {
            d: d.id,
            e: [
              { inputs: { q: 'capital of France?' }, outputs: { a: 'Paris' }, splits: ['test'] },
              { inputs: { q: '2+2?' }, outputs: { a: '4' }, metadata: { difficulty: 'easy' }, splits: ['train'] },
              { inputs: 'not an object' },
            ],
          },
          p.key,
        ),
      )
    ).addExamples;
    expect(added.version).toBe(1);
    expect(added.examples.map((e) => [e.inputs, e.outputs, e.splits, e.revision])).toEqual([
      [{ q: 'capital of France?' }, { a: 'Paris' }, ['test'], 1],
      [{ q: '2+2?' }, { a: '4' }, ['train'], 1],
    ]);
    expect(added.errors).toEqual([{ index: 2, code: 'BAD_USER_INPUT', message: 'inputs must be a JSON object' }]);
    const ds = await read(d.id);
    expect(ds).toMatchObject({
      version: 1,
      exampleCount: 2,
      splits: ['test', 'train'],
      versions: [{ version: 1, description: 'added 2 examples', tags: [], exampleCount: 2 }],
    });
    expect(ds.examples.totalCount).toBe(2);
    const train = await read(d.id, { s: ['train'] });
    expect(train.examples.edges.map((e) => e.node.inputs)).toEqual([{ q: '2+2?' }]);
    // Paging keeps the order the batch was given in.
    const first = await read(d.id, { first: 1 });
    expect(first.examples.pageInfo.hasNextPage).toBe(true);
    const second = await read(d.id, { first: 1, after: first.examples.pageInfo.endCursor! });
    expect([first.examples.edges[0].node.inputs, second.examples.edges[0].node.inputs]).toEqual([{ q: 'capital of France?' }, { q: '2+2?' }]);
    expect(second.examples.pageInfo.hasNextPage).toBe(false);
    const list = (await ok(s.gql(DATASETS, { p: p.id, q: 'Q' }, p.key))).datasets;
    expect(list.edges.map((e) => [e.node.name, e.node.exampleCount])).toEqual([['qa', 2]]);
    // Names are unique in a project.
    const dup = await s.gql(CREATE, { p: p.id, n: 'qa' }, p.key);
    expect(dup.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('makes examples from two traces and a span, keeping the source links, and reports an unknown trace on its own', async () => {
    const [t1, t2, llm] = [uuid(), uuid(), uuid()];
    const agent = uuid();
    const r = await s.gql(
      INGEST,
      {
        b: {
          projectId: p.id,
          traces: [
            { id: t1, name: 'trace-one', startTime: at(0), endTime: at(5), inputs: { question: 'one?' }, outputs: { answer: 'one!' } },
            { id: t2, name: 'trace-two', startTime: at(10), endTime: at(15), inputs: 'plain text question', outputs: 'plain answer' },
          ],
          agentCalls: [{ id: agent, traceId: t1, name: 'root', startTime: at(0), endTime: at(5), inputs: { question: 'one?' } }],
          llmCalls: [
            { id: llm, traceId: t1, parentId: agent, model: 'gpt-4o', startTime: at(1), endTime: at(2), inputs: { prompt: 'p' }, outputs: { completion: 'c' } },
          ],
        },
      },
      p.key,
    );
    expect(r.data!.ingest.rejections).toEqual([]);
    const d = await create('from-traces');
    const missing = uuid();
    const res = (
      await ok(s.gql(FROM_TRACES, { d: d.id, items: [{ traceId: t1 }, { traceId: missing }, { traceId: t2 }, { traceId: t1, spanId: llm }] }, p.key))
    ).addExamplesFromTraces;
    expect(res.version).toBe(1);
    expect(res.errors).toEqual([{ index: 1, id: missing, code: 'NOT_FOUND', message: `Trace ${missing} not found` }]);
    expect(res.examples.map((e) => [e.inputs, e.outputs, e.sourceTraceId, e.sourceSpanId, e.sourceTrace?.name])).toEqual([
      [{ question: 'one?' }, { answer: 'one!' }, t1, null, 'trace-one'],
      [{ input: 'plain text question' }, { output: 'plain answer' }, t2, null, 'trace-two'],
      [{ prompt: 'p' }, { completion: 'c' }, t1, llm, 'trace-one'],
    ]);
    // The source spans (the trace's root, and the chosen span) are marked as in a dataset.
    expect(await s.ds.query('SELECT id FROM spans WHERE trace_id = $1 AND in_dataset ORDER BY id', [t1])).toEqual([agent, llm].sort().map((id) => ({ id })));
    expect((await ok(s.gql(SPAN_FLAGS, { id: t1 }, p.key))).trace.spans).toHaveLength(2);
    // Another project's trace is as unknown as a missing one.
    const other = await s.project('datasets-other', 'admin');
    const foreign = uuid();
    await ok(s.gql(INGEST, { b: { projectId: other.id, traces: [{ id: foreign, name: 'foreign', startTime: at(0), inputs: { x: 1 } }] } }, other.key));
    const refused = (await ok(s.gql(FROM_TRACES, { d: d.id, items: [{ traceId: foreign }] }, p.key))).addExamplesFromTraces;
    expect(refused).toMatchObject({ version: null, examples: [], errors: [{ index: 0, code: 'NOT_FOUND' }] });
  });

  it('versions edits and deletions; older versions, tags and single examples stay readable', async () => {
    const d = await create('versions');
    const v1 = (await ok(s.gql(ADD, { d: d.id, e: [{ inputs: { n: 1 }, outputs: { r: 1 } }, { inputs: { n: 2 } }] }, p.key))).addExamples;
    const [a, b] = v1.examples;
    const edited = (await ok(s.gql(EDIT, { id: a.id, p: { outputs: { r: 'one' }, splits: ['gold'] } }, p.key))).updateExample;
    expect(edited).toEqual({ id: a.id, inputs: { n: 1 }, outputs: { r: 'one' }, splits: ['gold'], revision: 2 });
    const del = (await ok(s.gql(DELETE_EXAMPLES, { ids: [b.id, uuid()] }, p.key))).deleteExamples;
    expect(del.deletedIds).toEqual([b.id]);
    expect(del.errors.map((e) => [e.index, e.code])).toEqual([[1, 'NOT_FOUND']]);
    const now = await read(d.id);
    expect(now.version).toBe(3);
    expect(now.versions.map((v) => [v.version, v.description, v.exampleCount])).toEqual([
      [3, 'deleted 1 example', 1],
      [2, 'edited 1 example', 2],
      [1, 'added 2 examples', 2],
    ]);
    expect(now.examples.edges.map((e) => [e.node.outputs, e.node.revision])).toEqual([[{ r: 'one' }, 2]]);
    const old = await read(d.id, { v: 1 });
    expect(old.examples.edges.map((e) => [e.node.inputs, e.node.outputs, e.node.revision])).toEqual([
      [{ n: 1 }, { r: 1 }, 1],
      [{ n: 2 }, null, 1],
    ]);
    expect((await ok(s.gql(EXAMPLE, { id: b.id, v: 2 }, p.key))).datasetExample).toEqual({ id: b.id, inputs: { n: 2 }, revision: 1 });
    expect((await s.gql(EXAMPLE, { id: b.id }, p.key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await s.gql(DATASET, { id: d.id, v: 9 }, p.key)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A tag names one version: moving it takes it off the older one.
    await ok(s.gql(TAG, { d: d.id, v: 1, t: 'prod' }, p.key));
    const moved = (await ok(s.gql(TAG, { d: d.id, v: 2, t: 'prod' }, p.key))).tagDatasetVersion;
    expect(moved.versions.map((v) => [v.version, v.tags])).toEqual([
      [3, []],
      [2, ['prod']],
      [1, []],
    ]);
    expect((await s.gql(TAG, { d: d.id, v: 7, t: 'x' }, p.key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const renamed = (await ok(s.gql(UPDATE, { id: d.id, n: 'versions-renamed' }, p.key))).updateDataset;
    expect(renamed).toEqual({ id: d.id, name: 'versions-renamed', description: 'renamed', version: 3 });
  });

  it('imports JSONL and CSV in one version each, reporting a bad line and keeping the good ones', async () => {
    const d = await create('imports');
    const jsonl = [
      JSON.stringify({ inputs: { q: 'a' }, outputs: { a: 'A' }, splits: ['test'] }),
      '{not json',
      '',
      // LangSmith's exported shape: the split in metadata.dataset_split.
      JSON.stringify({ id: uuid(), inputs: { q: 'b' }, outputs: { a: 'B' }, metadata: { dataset_split: ['train'], src: 'ls' } }),
      JSON.stringify({ inputs: ['no'] }),
    ].join('\n');
    const j = (await ok(s.gql(IMPORT, { d: d.id, f: 'JSONL', c: jsonl }, p.key))).importExamples;
    expect(j.version).toBe(1);
    expect(j.imported).toBe(2);
    expect(j.errors.map((e) => e.line)).toEqual([2, 5]);
    expect(j.errors[1].message).toBe('inputs must be a JSON object');
    const csv = ['question,context,expected,split', 'capital?,"geo, europe",Paris,test|gold', '"broken,row', ''].join('\n');
    const c = await s.gql(IMPORT, { d: d.id, f: 'CSV', c: 'question,expected,split\nq1,a1,train\nq2,a2\nq3,"{""x"":1}",test' }, p.key);
    expect(c.errors).toBeUndefined();
    expect(c.data!.importExamples).toEqual({ version: 2, imported: 2, errors: [{ line: 3, message: 'Expected 3 fields, found 2' }] });
    const mapped = (
      await ok(
        s.gql(
          IMPORT,
          {
            d: d.id,
            f: 'CSV',
            c: csv.replace('"broken,row\n', ''),
            cols: { inputs: ['question'], outputs: ['expected'], metadata: ['context'], split: 'split' },
          },
          p.key,
        ),
      )
    ).importExamples;
    expect(mapped).toEqual({ version: 3, imported: 1, errors: [] });
    const ds = await read(d.id);
    expect(ds.examples.edges.map((e) => [e.node.inputs, e.node.outputs, e.node.metadata, e.node.splits])).toEqual([
      [{ q: 'a' }, { a: 'A' }, {}, ['test']],
      [{ q: 'b' }, { a: 'B' }, { src: 'ls' }, ['train']],
      [{ question: 'q1' }, { expected: 'a1' }, {}, ['train']],
      [{ question: 'q3' }, { expected: { x: 1 } }, {}, ['test']],
      [{ question: 'capital?' }, { expected: 'Paris' }, { context: 'geo, europe' }, ['test', 'gold']],
    ]);
    expect(ds.versions.map((v) => v.description)).toEqual(['imported 1 example (CSV)', 'imported 2 examples (CSV)', 'imported 2 examples (JSONL)']);
  });

  it('exports JSONL and CSV over HTTP at a version, which import back into an equal dataset', async () => {
    const d = await create('export');
    await ok(
      s.gql(
        ADD,
        { d: d.id, e: [{ inputs: { q: 'x', n: 1 }, outputs: { a: 'y' }, metadata: { m: 'z' }, splits: ['test'] }, { inputs: { q: 'with, comma "quoted"' } }] },
        p.key,
      ),
    );
    await ok(s.gql(ADD, { d: d.id, e: [{ inputs: { q: 'later' } }] }, p.key));
    const base = s.url.replace(/\/graphql$/, '');
    const get = (format: string, version?: number, key: string | null = p.key) =>
      fetch(`${base}/api/datasets/${d.id}/export?format=${format}${version ? `&version=${version}` : ''}`, { headers: key ? { 'x-api-key': key } : {} });
    const jsonl = await get('jsonl', 1);
    expect(jsonl.status).toBe(200);
    expect(jsonl.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    expect(jsonl.headers.get('content-disposition')).toContain('export-v1.jsonl');
    const lines = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.inputs, l.outputs, l.metadata, l.splits])).toEqual([
      [{ q: 'x', n: 1 }, { a: 'y' }, { m: 'z' }, ['test']],
      [{ q: 'with, comma "quoted"' }, null, {}, []],
    ]);
    const csv = await get('csv');
    expect(csv.status).toBe(200);
    const csvText = await csv.text();
    // jsonb keeps an object's keys shortest first.
    expect(csvText.split('\n')[0]).toBe('input.n,input.q,output.a,metadata.m,split');
    // Round trip: the export imports back (over HTTP) into another dataset with the same examples.
    const copy = await create('export-copy');
    const imported = await fetch(`${base}/api/datasets/${copy.id}/import?format=csv`, {
      method: 'POST',
      headers: { 'x-api-key': p.key, 'content-type': 'text/csv' },
      body: csvText,
    });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toEqual({ version: 1, imported: 3, errors: [] });
    const copied = await read(copy.id);
    expect(copied.examples.edges.map((e) => [e.node.inputs, e.node.outputs, e.node.metadata, e.node.splits])).toEqual([
      [{ q: 'x', n: '1' }, { a: 'y' }, { m: 'z' }, ['test']],
      [{ q: 'with, comma "quoted"', n: '' }, { a: '' }, { m: '' }, []],
      [{ q: 'later', n: '' }, { a: '' }, { m: '' }, []],
    ]);
    const jsonlCopy = await create('export-copy-jsonl');
    const all = await (await get('jsonl')).text();
    const back = await fetch(`${base}/api/datasets/${jsonlCopy.id}/import?format=jsonl`, { method: 'POST', headers: { 'x-api-key': p.key }, body: all });
    expect(await back.json()).toEqual({ version: 1, imported: 3, errors: [] });
    // Errors: no key, a key of another project, an unknown format or version.
    expect((await get('jsonl', undefined, null)).status).toBe(401);
    const other = await s.project('export-other', 'admin');
    expect((await get('jsonl', undefined, other.key)).status).toBe(404);
    expect((await get('xml')).status).toBe(400);
    expect((await get('jsonl', 99)).status).toBe(400);
  });

  it('lets read keys read and ingest keys write, deletion needing admin; another project sees nothing', async () => {
    const d = await create('perms');
    const reader = await s.gql(
      graphql(`mutation DsReaderKey($p: ID!) { createApiKey(input: { projectId: $p, name: "reader", role: READ }) { secret } }`),
      { p: p.id },
      p.key,
    );
    const writer = await s.gql(
      graphql(`mutation DsWriterKey($p: ID!) { createApiKey(input: { projectId: $p, name: "writer", role: INGEST }) { secret } }`),
      { p: p.id },
      p.key,
    );
    const readKey = reader.data!.createApiKey.secret;
    const ingestKey = writer.data!.createApiKey.secret;
    expect((await s.gql(ADD, { d: d.id, e: [{ inputs: { a: 1 } }] }, readKey)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await s.gql(ADD, { d: d.id, e: [{ inputs: { a: 1 } }] }, ingestKey)).data!.addExamples.version).toBe(1);
    expect((await s.gql(DATASET, { id: d.id }, readKey)).data!.dataset.exampleCount).toBe(1);
    expect((await s.gql(DELETE, { id: d.id }, ingestKey)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await s.project('perms-other', 'admin');
    expect((await s.gql(DATASET, { id: d.id }, other.key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await s.gql(DELETE, { id: d.id }, other.key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await s.gql(DELETE, { id: d.id }, p.key)).data!.deleteDataset).toEqual({ id: d.id, deleted: true });
    expect((await s.gql(DATASET, { id: d.id }, p.key)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
