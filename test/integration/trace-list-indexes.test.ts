import { randomUUID } from 'node:crypto';
import { connectAndMigrate, createDataSource, traceListQuery } from '@sextant/core';
import type { DataSource } from 'typeorm';
import { graphql } from '../gql';
import { createTestDatabase } from '../support/postgres';
import { startTestServer, type TestServer } from '../support/test-server';

const INDEXES = ['traces_project_status_start_idx', 'traces_search_trgm'];

const indexStates = async (ds: DataSource) =>
  (await ds.query(
    `SELECT c.relname AS name, i.indisvalid AS valid, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
                    JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = ANY($1) ORDER BY c.relname`,
    [INDEXES],
  )) as {
    name: string;
    valid: boolean;
    def: string;
  }[];

describe('the trace list indexes migration', () => {
  it('lets processes that start together on one database migrate in turn', async () => {
    // Its indexes are built CONCURRENTLY, which waits for every older snapshot: a process blocked
    // waiting for the migration lock held one, and the two deadlocked.
    const db = await createTestDatabase({ fresh: true });
    const sources = [0, 1, 2].map(() => createDataSource({ url: db.url, poolSize: 1 }));
    try {
      const applied = await Promise.all(sources.map((ds) => connectAndMigrate(ds)));
      expect(applied.map((a) => a.includes('TraceListIndexes1764700000000')).sort()).toEqual([false, false, true]);
      expect((await indexStates(sources[0])).map((i) => [i.name, i.valid])).toEqual(INDEXES.map((n) => [n, true]));
    } finally {
      await Promise.all(sources.map((ds) => ds.destroy()));
      await db.drop();
    }
  });

  it('builds over existing traces, rebuilds an index an interrupted attempt left invalid, and undoes cleanly', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource({ url: db.url, poolSize: 2 });
    try {
      await connectAndMigrate(ds);
      const built = await indexStates(ds);
      const project = randomUUID();
      await ds.query(`INSERT INTO projects (id, name) VALUES ($1, 'old')`, [project]);
      await ds.query(
        `INSERT INTO traces (id, project_id, name, start_time, input) SELECT gen_random_uuid(), $1, 'run ' || g, now(), jsonb_build_object('q', 'word ' || g)
           FROM generate_series(1, 20) g`,
        [project],
      );
      // The migrations after it are undone first, down to it.
      const applied = async () => (await ds.query(`SELECT 1 FROM sextant_migrations WHERE name = 'TraceListIndexes1764700000000'`)).length > 0;
      while (await applied()) await ds.undoLastMigration({ transaction: 'each' });
      expect(await indexStates(ds)).toEqual([]);
      // What a CREATE INDEX CONCURRENTLY that failed half-way leaves: an invalid index of that name.
      await expect(ds.query(`CREATE UNIQUE INDEX CONCURRENTLY "traces_project_status_start_idx" ON traces (project_id)`)).rejects.toThrow(
        /could not create unique index/,
      );
      expect((await indexStates(ds)).map((i) => [i.name, i.valid])).toEqual([['traces_project_status_start_idx', false]]);
      expect((await connectAndMigrate(ds))[0]).toBe('TraceListIndexes1764700000000');
      expect(await indexStates(ds)).toEqual(built);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };
const planNodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(planNodes)];

const INGEST = graphql(`mutation TraceListIndexesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }`);
const LIST = graphql(`query TraceListIndexesList($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f, first: 200) { edges { node { name } } } }`);

describe('the text filter', () => {
  let s: TestServer;
  let p: { id: string; key: string };

  beforeAll(async () => {
    s = await startTestServer();
    p = await s.project('text-filter');
    const base = Date.UTC(2026, 2, 1);
    const traces = [
      { name: 'Refund Agent', inputs: { question: 'where is my parcel?' }, outputs: 'on its way' },
      { name: 'triage', inputs: { question: 'I want a REFUND' }, outputs: null },
      { name: 'triage', inputs: null, outputs: { answer: 'refunds take 5 days', score: 0.5 } },
      { name: 'triage', inputs: 'plain text', outputs: '100% sure_thing' },
      { name: 'fold', inputs: 'er', outputs: 'x' },
      ...Array.from({ length: 150 }, (_, i) => ({ name: `filler ${i}`, inputs: { question: `nothing to see ${i}` }, outputs: 'ok' })),
    ].map((t, i) => ({ id: randomUUID(), startTime: new Date(base + i * 1000).toISOString(), ...t }));
    expect((await s.gql(INGEST, { b: { traces } }, p.key)).data?.ingest).toMatchObject({ rejected: 0 });
  });
  afterAll(() => s?.stop());

  const names = async (text: string) => {
    const r = await s.gql(LIST, { p: p.id, f: { text } }, p.key);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.traces.edges.map((e) => e.node.name).sort();
  };

  it('matches the name, the input or the output, whatever the case', async () => {
    expect(await names('refund')).toEqual(['Refund Agent', 'triage', 'triage']);
    expect(await names('PARCEL')).toEqual(['Refund Agent']);
    expect(await names('5 days')).toEqual(['triage']);
  });

  it('matches JSON as Postgres prints it, keys and numbers included, and nothing else', async () => {
    expect(await names('"score": 0.5')).toEqual(['triage']);
    expect(await names('{"question": "where')).toEqual(['Refund Agent']);
    expect(await names('"plain text"')).toEqual(['triage']);
    // The index reads the three texts joined; a match across two of them is none.
    expect(await names('fold "er"')).toEqual([]);
    expect(await names('quixotic')).toEqual([]);
  });

  it('takes % and _ literally', async () => {
    expect(await names('100%')).toEqual(['triage']);
    expect(await names('on_its')).toEqual([]);
    expect(await names('1%s')).toEqual([]);
    expect(await names('sure_thing')).toEqual(['triage']);
  });

  it('is answered by the trigram index', async () => {
    const [sql, params] = traceListQuery(
      s.ds.manager,
      p.id,
      { text: 'parcel' },
      { field: 'startTime', direction: 'DESC' },
      50,
      undefined,
    ).getQueryAndParameters();
    // A table this small is read whole whatever its indexes; what matters is that this index can
    // answer the filter, so the others go (in a transaction rolled back) and the scan must use it.
    const plan = await s.ds
      .transaction(async (m) => {
        const others = (await m.query(
          `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = 'traces'::regclass AND NOT i.indisprimary AND c.relname <> 'traces_search_trgm'`,
        )) as { name: string }[];
        for (const o of others) await m.query(`DROP INDEX "${o.name}"`);
        await m.query('SET LOCAL enable_seqscan = off');
        const [row] = (await m.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)) as { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
        throw Object.assign(new Error('rollback'), { plan: row['QUERY PLAN'][0].Plan });
      })
      .catch((e: { plan?: PlanNode }) => e.plan ?? Promise.reject(e));
    const indexScans = planNodes(plan).filter((n) => n['Index Name']);
    expect(indexScans.map((n) => [n['Index Name'], n['Index Cond']])).toEqual([
      ['traces_search_trgm', expect.stringMatching(/project_id = .*~~\* '%parcel%'/)],
    ]);
  });
});
