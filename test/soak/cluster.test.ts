// The whole system on two API and two worker processes, one Postgres database and one Redis, with
// LangSmith forwarding and live subscribers on both APIs: 50,000 spans ingested over GraphQL, the
// LangSmith endpoints and OTLP/HTTP, while an API and a worker are SIGKILLed and restarted. Nothing
// may be lost or stored twice, every trace measured and forwarded once, every subscriber must see
// every span of its traces in sequence order (test/support/cluster.scenario.ts).
import { runClusterScenario } from '../support/cluster.scenario';
import { createTestDatabase, type OwnDatabase } from '../support/postgres';

const SPANS = 50_000;

describe(`a cluster of two APIs and two workers, one of each killed mid-run (${SPANS} spans)`, () => {
  let db: OwnDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('loses nothing, stores nothing twice, measures and forwards every trace once, and every subscriber sees every span in order', async () => {
    const report = await runClusterScenario(db.url, { spans: SPANS, tracesPerRequest: 10, lanes: 8, watchedTraces: 400, settleTimeoutMs: 600_000 }, (m) =>
      console.log(`[cluster] ${m}`),
    );
    console.log(`[cluster] ${JSON.stringify({ ...report, problems: report.problems.length })}`);
    expect(report.problems).toEqual([]);
    // The kills happened mid-run: requests went again to the other API, subscribers moved over.
    expect(report.retries).toBeGreaterThan(0);
    expect(report.reconnects).toBeGreaterThan(0);
    expect(report.measuredAtWorkerKill).toBeLessThan(report.traces);
  }, 1_800_000);
});
