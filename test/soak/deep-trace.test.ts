// The largest kind of trace an ingest key could send as an attack: a 30,000-span parent chain in one
// ended trace, 6 batches of 5,000. It once took the worker to 4 GB and "heap out of memory" in a
// loop; now the API and its in-process worker take it within a 512 MB heap and stay up.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { type AppProcess, startApp } from '../support/app-process';
import { liveClient } from '../support/live-client';
import { freePort } from '../support/ports';
import { createTestDatabase, type OwnDatabase } from '../support/postgres';
import { operationText, type TypedOperation } from '../support/typed-operation';
import { sleep } from '../support/wait';

const CHAIN = 30_000;
const BATCH = 5_000;

const INGEST = graphql(`mutation DeepTraceIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }`);
const PAGE = graphql(`query DeepTracePage($id: ID!, $after: ID) { trace(id: $id) { spanCount spans(after: $after) { id depth ancestorIds } } }`);
const METRICS = graphql(`query DeepTraceMetrics($id: ID!) { trace(id: $id) { metrics { name value } } }`);
const SPAN_ADDED = graphql(`subscription DeepTraceSpanAdded($t: ID!) { spanAdded(traceId: $t, since: "0") { id depth } }`);

describe(`a ${CHAIN.toLocaleString('en')}-span parent chain`, () => {
  let db: OwnDatabase;
  let api: AppProcess | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    if (api && !api.hasExited()) await api.kill();
    await db?.drop();
  });

  it('is stored, tailed live, measured by the worker and paged by the API, all within a 512 MB heap', async () => {
    const port = await freePort();
    const adminKey = `sx_admin_${crypto.randomUUID().replaceAll('-', '')}`;
    const { DATABASE_URL: _db, REDIS_URL: _redis, NODE_OPTIONS: _opts, ...rest } = process.env;
    api = startApp('api', 'apps/api/src/main.ts', {
      env: {
        ...rest,
        NODE_ENV: 'test',
        NODE_OPTIONS: '--max-old-space-size=512',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: db.url,
        SEXTANT_ADMIN_KEY: adminKey,
        RUN_WORKER: 'true',
        METRICS_DELAY_MS: '0',
        QUEUE_PREFIX: `t${crypto.randomUUID().slice(0, 8)}`,
      },
    });
    await api.waitFor(/Sextant is running[\s\S]*\n\n/, 'its banner', { timeoutMs: 60_000 });
    const url = `http://127.0.0.1:${port}/graphql`;
    const gql = async <R, V>(query: TypedOperation<R, V>, variables: V): Promise<R> => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': adminKey },
        body: JSON.stringify({ query: operationText(query), variables }),
      }).catch((e: Error) => {
        // A refused or reset connection means the API went away: say why, from its own output.
        throw new Error(
          `${e.message} (${String((e.cause as Error | undefined)?.message ?? '')}); the API ${api!.hasExited() ? 'exited' : 'is still up'}; its output:\n${api!.output()}`,
        );
      });
      const body = (await res.json()) as { data?: R; errors?: unknown[] };
      if (!body.data || body.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const project = await gql(graphql(`mutation DeepTraceProject { createProject(input: { name: "deep" }) { id } }`), {});
    const projectId = project.createProject.id;

    const traceId = crypto.randomUUID();
    const ids = Array.from({ length: CHAIN }, () => crypto.randomUUID());
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1) + i).toISOString();
    const live = liveClient(url.replace(/^http/, 'ws'), adminKey);
    try {
      const sub = live.subscribe(SPAN_ADDED, { t: traceId }, 'spanAdded');
      for (let i = 0; i < CHAIN; i += BATCH) {
        const b = {
          projectId,
          traces: i ? [] : [{ id: traceId, name: 'deep chain', startTime: at(0) }],
          agentCalls: ids
            .slice(i, i + BATCH)
            .map((id, j) => ({ id, traceId, parentId: i + j ? ids[i + j - 1] : null, name: `s${i + j}`, startTime: at(i + j), endTime: at(i + j + 1) })),
        };
        expect((await gql(INGEST, { b })).ingest).toEqual({ accepted: BATCH + b.traces.length, rejected: 0 });
      }
      expect((await gql(INGEST, { b: { projectId, traces: [{ id: traceId, endTime: at(CHAIN + 1) }] } })).ingest.accepted).toBe(1);

      // Live placement: every span once, each one level below the one before.
      const seen = await sub.take(CHAIN, 120_000);
      expect(seen.filter((x, i) => x.depth !== i).length).toBe(0);
    } finally {
      await live.dispose();
    }

    // The worker measures the ended trace (one metrics job) without running out of memory.
    let names: string[] = [];
    for (let i = 0; i < 600 && !names.includes('agent_invocations'); i++) {
      await sleep(200);
      names = (await gql(METRICS, { id: traceId })).trace!.metrics.map((m) => m.name);
    }
    expect(names).toContain('agent_invocations');

    // The API pages the chain: 1,000 spans a page (MAX_SPANS_PER_PAGE), each with at most 100 ancestors.
    let after: string | null = null;
    let count = 0;
    for (let page = 0; page < 3; page++) {
      const t: ResultOf<typeof PAGE> = await gql(PAGE, { id: traceId, after });
      const spans = t.trace!.spans;
      expect(t.trace!.spanCount).toBe(CHAIN);
      expect(spans).toHaveLength(1_000);
      expect(spans.map((x) => x.depth)).toEqual(spans.map((_, i) => count + i));
      expect(spans.at(-1)!.ancestorIds).toEqual(ids.slice(count + 999 - 100, count + 999));
      count += spans.length;
      after = spans.at(-1)!.id;
    }
    expect(api.hasExited()).toBe(false);
    expect(api.output()).not.toMatch(/heap out of memory/i);
  });
});
