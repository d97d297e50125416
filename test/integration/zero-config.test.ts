import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type AppProcess, startApp } from '../support/app-process';
import { liveClient } from '../support/live-client';
import { freePort } from '../support/ports';
import { graphql } from '../gql';
import { operationText, type TypedOperation } from '../support/typed-operation';

/** Starts `pnpm start`'s entry point with no DATABASE_URL, as a newcomer would, and waits for its banner. */
async function startProduct(env: Record<string, string>): Promise<AppProcess> {
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...rest } = process.env;
  const app = startApp('api', 'apps/api/src/main.ts', { env: { ...rest, ...env } });
  // The banner ends with an empty line; stdout may deliver it in several chunks.
  await app.waitFor(/Sextant is running[\s\S]*\n\n/, 'its banner', { timeoutMs: 60_000 });
  return app;
}

describe('zero-config start', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sextant-zero-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('boots an embedded Postgres, serves GraphQL, GraphiQL and health, and keeps data across restarts, a SIGKILL included', async () => {
    const env = { SEXTANT_DATA_DIR: dir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), HOST: '127.0.0.1' };
    const base = `http://127.0.0.1:${env.PORT}`;
    let run = await startProduct(env);
    try {
      expect(run.written()).toContain(`http://127.0.0.1:${env.PORT}/graphql`);
      expect(run.written()).toContain('embedded Postgres');
      expect(run.written()).toMatch(new RegExp(`Web UI\\s+http://127\\.0\\.0\\.1:${env.PORT}/ `));
      const key = (await readFile(path.join(dir, 'admin-key'), 'utf8')).trim();
      expect(run.written()).not.toContain(key);
      expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', database: 'ok', liveEvents: 'in-process' });
      const ide = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
      const html = await ide.text();
      expect(html).toContain('GraphiQL');
      expect(html).not.toMatch(/<script[^>]+src="https?:/);

      const gql = async <R, V>(query: TypedOperation<R, V>, variables?: NoInfer<V>) =>
        (await (
          await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': key },
            body: JSON.stringify({ query: operationText(query), variables: variables ?? {} }),
          })
        ).json()) as { data: R };
      const p = await gql(graphql(`mutation ZeroConfigCreateProject { createProject(input: { name: "zero" }) { id } }`));
      const traceId = crypto.randomUUID();
      await gql(graphql(`mutation ZeroConfigIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`), {
        b: { projectId: p.data.createProject.id, traces: [{ id: traceId, name: 'kept' }] },
      });

      // Subscriptions on the same port and path, delivered within the process (no Redis).
      expect(run.written()).toContain(`ws://127.0.0.1:${env.PORT}/graphql`);
      const live = liveClient(`ws://127.0.0.1:${env.PORT}/graphql`, key);
      try {
        const sub = live.subscribe(
          graphql(`subscription ZeroConfigSpanAdded($t: ID!) { spanAdded(traceId: $t, since: "0") { id name } }`),
          { t: traceId },
          'spanAdded',
        );
        const spanId = crypto.randomUUID();
        await gql(graphql(`mutation ZeroConfigIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`), {
          b: { projectId: p.data.createProject.id, agentCalls: [{ id: spanId, traceId, name: 'tailed' }] },
        });
        expect(await sub.take(1)).toEqual([{ id: spanId, name: 'tailed' }]);
      } finally {
        await live.dispose();
      }

      // The worker runs in the same process, its queues in the embedded Postgres: an ended trace gets its metrics.
      expect(run.written()).toMatch(/Worker\s+in this process \(metrics, rollups, maintenance, langsmith, experiments\), queues on Postgres/);
      await gql(graphql(`mutation ZeroConfigIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`), {
        b: { projectId: p.data.createProject.id, traces: [{ id: traceId, endTime: new Date().toISOString() }] },
      });
      let names: string[] = [];
      for (let i = 0; i < 150 && !names.includes('duration_ms'); i++) {
        await new Promise((r) => setTimeout(r, 100));
        names = (await gql(graphql(`query ZeroConfigMetricNames($id: ID!) { trace(id: $id) { metrics { name } } }`), { id: traceId })).data.trace.metrics.map(
          (m) => m.name,
        );
      }
      expect(names).toEqual(expect.arrayContaining(['duration_ms', 'agent_invocations', 'plan.duration_seconds']));
      await run.stop(30_000);

      run = await startProduct(env);
      expect(run.written()).not.toContain('Migrations applied');
      const t = await gql(graphql(`query ZeroConfigTraceName($id: ID!) { trace(id: $id) { name } }`), { id: traceId });
      expect(t.data.trace.name).toBe('kept');

      // Killed as an OOM kill would: its embedded Postgres outlives it, and the next start must stop that one and start again.
      await run.kill();
      run = await startProduct(env);
      expect((await gql(graphql(`query ZeroConfigTraceName($id: ID!) { trace(id: $id) { name } }`), { id: traceId })).data.trace.name).toBe('kept');
    } finally {
      await run.stop(30_000);
    }
  });
});
