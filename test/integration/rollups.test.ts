import { randomUUID } from 'node:crypto';
import {
  connectAndMigrate,
  createDataSource,
  listDirtyRollupBuckets,
  markRollupsDirty,
  rebuildRollups,
  recomputeRollupBucket,
  Sketch,
  withTransaction,
} from '@sextant/core';
import { graphql } from '../gql';
import type { ToolCallInput } from '../gql/graphql';
import { mulberry32 } from '../support/random';
import { createTestDatabase } from '../support/postgres';
import { startTestServer, type TestServer } from '../support/test-server';

const INGEST = graphql(`mutation RollupsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const STATS = graphql(`query RollupsStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) { project(id: $p) { stats(from: $from, to: $to) {
  from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens promptCost completionCost
  totalCost latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate runFacets { runType count } lastTraceStartTime } } }`);
const SERIES = graphql(`query RollupsSeries($p: ID!, $from: DateTimeISO, $to: DateTimeISO, $i: TimeseriesInterval!, $g: TimeseriesGroupBy) {
  project(id: $p) { timeseries(from: $from, to: $to, interval: $i, groupBy: $g) {
    key points { time traceCount errorCount errorRate totalTokens totalCost latencyP50 latencyP95 latencyP99 } } } }`);

const ACCURACY = 0.01;
const HOUR = 3_600_000;
const base = Date.UTC(2026, 10, 3);
/** Minute `min` of hour `h` after the base, as a Date. */
const H = (h: number, min = 0) => new Date(base + h * HOUR + Math.round(min * 60_000));
const HOURS_WITH_DATA = [0, 1, 2, 4, 5, 30];
const MODELS = ['gpt-4o', 'claude-sonnet-4-5', 'gpt-4o-mini', null];

// Ranges with whole hours, partial hours at either edge, one partial hour, an empty hour, a wide span.
const RANGES: [string, Date, Date][] = [
  ['whole hours', H(0), H(6)],
  ['partial edges', H(0, 17.5), H(5, 42.25)],
  ['inside one hour', H(1, 5), H(1, 50)],
  ['one whole hour', H(2), H(3)],
  ['an empty hour', H(3), H(4)],
  ['two days around', H(-24), H(48)],
  ['empty range', H(1), H(1)],
];

let s: TestServer;
let p: { id: string; key: string };

/** 40 traces per hour of HOURS_WITH_DATA, with LLM and tool calls, errors, streaming, a few left running. */
function generate(hour: number, rnd: () => number) {
  const traces = [];
  const agentCalls = [];
  const llmCalls = [];
  const toolCalls: ToolCallInput[] = [];
  for (let j = 0; j < 40; j++) {
    const id = randomUUID();
    // The first trace of an hour starts exactly on its boundary.
    const start = j === 0 ? H(hour) : H(hour, rnd() * 60);
    let cursor = start.getTime() + 1;
    const root = randomUUID();
    for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k++) {
      const latency = Math.round(Math.exp(6 + rnd() * 2.5));
      const streaming = rnd() < 0.5;
      const model = MODELS[Math.floor(rnd() * MODELS.length)];
      llmCalls.push({
        traceId: id,
        parentId: root,
        startTime: new Date(cursor).toISOString(),
        endTime: new Date(cursor + latency).toISOString(),
        ...(model ? { model } : {}),
        promptTokens: 100 + Math.floor(rnd() * 3000),
        completionTokens: 10 + Math.floor(rnd() * 500),
        promptCost: rnd() / 100,
        completionCost: rnd() / 50,
        streaming,
        ...(streaming ? { firstTokenTime: new Date(cursor + Math.round(latency * rnd() * 0.3)).toISOString() } : {}),
        ...(rnd() < 0.08 ? { error: 'rate limited' } : {}),
      });
      cursor += latency + 3;
      if (rnd() < 0.6) {
        const tl = 5 + Math.floor(rnd() * 600);
        toolCalls.push({
          traceId: id,
          parentId: root,
          runType: rnd() < 0.5 ? 'TOOL' : 'RETRIEVER',
          name: 'search',
          startTime: new Date(cursor).toISOString(),
          endTime: new Date(cursor + tl).toISOString(),
          totalCost: 0.0001,
        });
        cursor += tl + 2;
      }
    }
    const running = j % 30 === 7;
    agentCalls.push({ id: root, traceId: id, name: 'agent', startTime: start.toISOString(), ...(running ? {} : { endTime: new Date(cursor).toISOString() }) });
    traces.push({
      id,
      name: `h${hour}-${j}`,
      startTime: start.toISOString(),
      ...(running ? {} : { endTime: new Date(cursor + 1).toISOString() }),
      ...(j % 15 === 3 ? { errorFlag: true } : {}),
    });
  }
  return { traces, agentCalls, llmCalls, toolCalls };
}

type Stats = Record<string, any>;

const stats = async (from: Date, to: Date): Promise<Stats> => {
  const r = await s.gql(STATS, { p: p.id, from: from.toISOString(), to: to.toISOString() }, p.key);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.project.stats;
};

const series = async (from: Date, to: Date, i: 'HOUR' | 'DAY', g?: 'NONE' | 'MODEL') => {
  const r = await s.gql(SERIES, { p: p.id, from: from.toISOString(), to: to.toISOString(), i, g }, p.key);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.project.timeseries;
};

/** The exact aggregates, as projectStats computed them before rollups (percentile_cont over the raw rows). */
async function exactStats(from: Date, to: Date): Promise<Stats> {
  const [t] = await s.ds.query(
    `SELECT count(*)::int AS "traceCount", count(*) FILTER (WHERE error_flag)::int AS "errorCount",
            coalesce(sum(prompt_tokens), 0)::float8 AS "promptTokens", coalesce(sum(completion_tokens), 0)::float8 AS "completionTokens",
            coalesce(sum(total_tokens), 0)::float8 AS "totalTokens", coalesce(sum(prompt_cost), 0) AS "promptCost",
            coalesce(sum(completion_cost), 0) AS "completionCost", coalesce(sum(total_cost), 0) AS "totalCost",
            percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY duration_ms) AS p, max(start_time) AS "lastTraceStartTime"
       FROM traces WHERE project_id = $1 AND start_time >= $2 AND start_time < $3`,
    [p.id, from, to],
  );
  const [sp] = await s.ds.query(
    `WITH sp AS (SELECT sp.* FROM spans sp JOIN traces t ON t.id = sp.trace_id WHERE t.project_id = $1 AND t.start_time >= $2 AND t.start_time < $3)
     SELECT (SELECT count(*)::int FROM sp) AS "spanCount",
            (SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM first_token_time - start_time) * 1000)
               FROM sp WHERE first_token_time IS NOT NULL) AS ft,
            (SELECT count(*)::int FROM sp WHERE kind = 'llm' AND streaming) AS streamed, (SELECT count(*)::int FROM sp WHERE kind = 'llm') AS llm,
            (SELECT coalesce(json_agg(json_build_object('runType', run_type, 'count', n) ORDER BY run_type), '[]')
               FROM (SELECT run_type, count(*)::int AS n FROM sp GROUP BY run_type) f) AS "runFacets"`,
    [p.id, from, to],
  );
  const { p: pct, ...rest } = t;
  return {
    ...rest,
    errorRate: t.traceCount ? t.errorCount / t.traceCount : 0,
    lastTraceStartTime: t.lastTraceStartTime?.toISOString() ?? null,
    latencyP50: pct?.[0] ?? null,
    latencyP95: pct?.[1] ?? null,
    latencyP99: pct?.[2] ?? null,
    firstTokenP50: sp.ft?.[0] ?? null,
    firstTokenP99: sp.ft?.[1] ?? null,
    spanCount: sp.spanCount,
    streamingRate: sp.llm ? sp.streamed / sp.llm : null,
    runFacets: sp.runFacets,
  };
}

const PERCENTILES = ['latencyP50', 'latencyP95', 'latencyP99', 'firstTokenP50', 'firstTokenP99'];
const COSTS = ['promptCost', 'completionCost', 'totalCost'];

/** A percentile from a sketch is within the relative accuracy of the exact one (and null exactly when it is). */
function expectWithinAccuracy(what: string, got: number | null, exact: number | null) {
  if (exact === null || got === null) return expect([what, got]).toEqual([what, exact]);
  if (Math.abs(got - exact) > ACCURACY * Math.abs(exact) + 1e-9) throw new Error(`${what}: ${got} is not within 1 % of ${exact}`);
}

function expectStatsMatch(label: string, got: Stats, exact: Stats) {
  const { from: _f, to: _t, ...rest } = got;
  for (const [k, v] of Object.entries(rest)) {
    if (PERCENTILES.includes(k)) expectWithinAccuracy(`${label} ${k}`, v, exact[k]);
    else if (COSTS.includes(k)) expect([label, k, v]).toEqual([label, k, expect.closeTo(exact[k], 9)]);
    else expect([label, k, v]).toEqual([label, k, exact[k]]);
  }
}

/** Sums of float costs depend on the order rows are added in: compare them to 1e-9. */
const roundCosts = (x: unknown) => JSON.parse(JSON.stringify(x), (k, v) => (k === 'totalCost' ? Math.round(v * 1e9) : v));

const rollupRows = () =>
  s.ds
    .query(`SELECT * FROM rollups WHERE project_id = $1 ORDER BY hour, model`, [p.id])
    .then((rows: Record<string, unknown>[]) => JSON.parse(JSON.stringify(rows)));
const dirtyRows = () => s.ds.query(`SELECT hour, generation::int AS generation FROM rollup_dirty WHERE project_id = $1 ORDER BY hour`, [p.id]);
const markDirty = (times: Date[]) => withTransaction(s.ctx, (tx) => markRollupsDirty(tx, p.id, times));

const before = { stats: new Map<string, Stats>(), hourly: null as unknown, daily: null as unknown, models: null as unknown };

beforeAll(async () => {
  s = await startTestServer();
  p = await s.project('rollups');
  const rnd = mulberry32(7);
  for (const h of HOURS_WITH_DATA) {
    const r = await s.gql(INGEST, { b: generate(h, rnd) }, p.key);
    expect(r.data?.ingest).toMatchObject({ rejected: 0 });
  }
  // Ingestion marks hours dirty once it is wired to: start from nothing rolled up and nothing dirty either way.
  await s.ds.query('DELETE FROM rollup_dirty WHERE project_id = $1', [p.id]);
});
afterAll(() => s?.stop());

describe('project.stats', () => {
  it('is exact (percentiles within 1 %) before the worker ran, every hour read from the raw tables', async () => {
    expect(await rollupRows()).toEqual([]);
    for (const [label, from, to] of RANGES) {
      const got = await stats(from, to);
      expectStatsMatch(label, got, await exactStats(from, to));
      before.stats.set(label, got);
    }
    expect(before.stats.get('whole hours')!.traceCount).toBe(200);
    expect(before.stats.get('an empty hour')).toMatchObject({
      traceCount: 0,
      spanCount: 0,
      latencyP50: null,
      firstTokenP50: null,
      streamingRate: null,
      runFacets: [],
      lastTraceStartTime: null,
    });
    before.hourly = await series(H(0), H(6), 'HOUR');
    before.daily = await series(H(-24), H(48), 'DAY');
    before.models = await series(H(0), H(6), 'HOUR', 'MODEL');
  });

  it('gives the same answers from recomputed buckets, and the buckets are what it reads', async () => {
    for (let h = -1; h <= 31; h++) await recomputeRollupBucket(s.ctx, p.id, H(h, 30));
    const rows = await rollupRows();
    expect(new Set(rows.map((r: { hour: string }) => r.hour)).size).toBe(HOURS_WITH_DATA.length);
    expect(rows.filter((r: { model: string }) => r.model === '').map((r: { trace_count: number }) => r.trace_count)).toEqual([40, 40, 40, 40, 40, 40]);
    for (const [label, from, to] of RANGES) {
      const got = await stats(from, to);
      expectStatsMatch(label, got, await exactStats(from, to));
      expectStatsMatch(`${label} (vs before)`, got, before.stats.get(label)!);
    }
    // Proof that a clean whole hour is read from its bucket: a tampered bucket shows through.
    await s.ds.query(`UPDATE rollups SET trace_count = trace_count + 1000 WHERE project_id = $1 AND hour = $2 AND model = ''`, [p.id, H(1)]);
    expect((await stats(H(0), H(6))).traceCount).toBe(1200);
    // ...but not through a partial hour, which is read raw.
    expect((await stats(H(1, 0.5), H(6))).traceCount).toBe((await exactStats(H(1, 0.5), H(6))).traceCount);
    // A dirty hour is read raw whatever its bucket says.
    await markDirty([H(1, 12), H(1, 59)]);
    expect(await dirtyRows()).toEqual([{ hour: H(1), generation: 1 }]);
    expectStatsMatch('dirty hour', await stats(H(0), H(6)), await exactStats(H(0), H(6)));
    await recomputeRollupBucket(s.ctx, p.id, H(1));
    expect(await dirtyRows()).toEqual([]);
    expect((await stats(H(0), H(6))).traceCount).toBe(200);
  });

  it('recomputes idempotently: twice leaves identical rows', async () => {
    const first = await rollupRows();
    for (const h of HOURS_WITH_DATA) await recomputeRollupBucket(s.ctx, p.id, H(h));
    expect(await rollupRows()).toEqual(first);
  });

  it('stores, for every hour and model, exactly the sketches the JS side builds from the same values', async () => {
    const sketchOf = async (sql: string, params: unknown[]) => {
      const sketch = new Sketch();
      for (const r of await s.ds.query(sql, params)) sketch.add(r.v);
      return sketch.toJSON();
    };
    const spans = `FROM spans sp JOIN traces t ON t.id = sp.trace_id WHERE t.project_id = $1 AND t.start_time >= $2 AND t.start_time < $3`;
    let compared = 0;
    for (const row of await s.ds.query(`SELECT hour, model, duration_sketch, first_token_sketch, llm_latency_sketch FROM rollups WHERE project_id = $1`, [
      p.id,
    ])) {
      const range = [p.id, row.hour, new Date(row.hour.getTime() + HOUR)];
      const model = row.model ? `AND sp.kind = 'llm' AND sp.model = '${row.model}'` : '';
      expect(row.duration_sketch).toEqual(
        row.model
          ? new Sketch().toJSON()
          : await sketchOf(`SELECT duration_ms AS v FROM traces t WHERE t.project_id = $1 AND t.start_time >= $2 AND t.start_time < $3`, range),
      );
      expect(row.first_token_sketch).toEqual(
        await sketchOf(`SELECT date_part('epoch', sp.first_token_time - sp.start_time) * 1000 AS v ${spans} ${model}`, range),
      );
      expect(row.llm_latency_sketch).toEqual(await sketchOf(`SELECT sp.duration_ms AS v ${spans} AND sp.kind = 'llm' ${model}`, range));
      compared++;
    }
    expect(compared).toBe(HOURS_WITH_DATA.length * 4);
  });

  it('follows traces that move to another hour once both hours are marked', async () => {
    const [moved] = await s.ds.query(`SELECT id, start_time FROM traces WHERE project_id = $1 AND start_time >= $2 AND start_time < $3 LIMIT 1`, [
      p.id,
      H(4),
      H(5),
    ]);
    await withTransaction(s.ctx, async (tx) => {
      await tx.manager.query(`UPDATE traces SET start_time = $2 WHERE id = $1`, [moved.id, H(3, 10)]);
      await markRollupsDirty(tx, p.id, [moved.start_time, H(3, 10)]);
    });
    expectStatsMatch('moved, dirty', await stats(H(0), H(6)), await exactStats(H(0), H(6)));
    expect((await stats(H(3), H(4))).traceCount).toBe(1);
    for (const b of await listDirtyRollupBuckets(s.ctx, 10)) await recomputeRollupBucket(s.ctx, b.projectId, b.hour);
    expect(await dirtyRows()).toEqual([]);
    expect((await stats(H(3), H(4))).traceCount).toBe(1);
    expectStatsMatch('moved, recomputed', await stats(H(0), H(6)), await exactStats(H(0), H(6)));
  });
});

describe('dirty generations', () => {
  it('leaves an hour dirty when it is marked again while its recompute runs', async () => {
    await markDirty([H(2, 5)]);
    const [{ generation }] = await dirtyRows();
    // Hold the bucket's rows so the recompute stops after it read the generation (its first statement).
    const blocker = s.ds.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`SELECT 1 FROM rollups WHERE project_id = $1 AND hour = $2 FOR UPDATE`, [p.id, H(2)]);
    const recompute = recomputeRollupBucket(s.ctx, p.id, H(2));
    try {
      for (let i = 0; ; i++) {
        const [w] = await s.ds.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'DELETE FROM rollups%'`,
        );
        if (w.n) break;
        if (i > 200) throw new Error('the recompute never reached its DELETE');
        await new Promise((r) => setTimeout(r, 25));
      }
      await markDirty([H(2, 40)]);
    } finally {
      await blocker.commitTransaction();
      await blocker.release();
    }
    await recompute;
    expect(await dirtyRows()).toEqual([{ hour: H(2), generation: generation + 1 }]);
    expectStatsMatch('still dirty', await stats(H(0), H(6)), await exactStats(H(0), H(6)));
    // The next recompute reads the new generation and clears it.
    await recomputeRollupBucket(s.ctx, p.id, H(2));
    expect(await dirtyRows()).toEqual([]);
  });

  it('lists dirty buckets, the oldest first', async () => {
    await markDirty([H(5)]);
    await markDirty([H(0), H(5, 30)]);
    expect(await listDirtyRollupBuckets(s.ctx, 10)).toEqual([
      { projectId: p.id, hour: H(5) },
      { projectId: p.id, hour: H(0) },
    ]);
    expect(await listDirtyRollupBuckets(s.ctx, 1)).toHaveLength(1);
    expect(await dirtyRows()).toEqual([
      { hour: H(0), generation: 1 },
      { hour: H(5), generation: 2 },
    ]);
  });

  it('rebuilds every hour of a project in one go, with the same rows as hour-by-hour recomputes', async () => {
    for (const h of [0, 5]) await recomputeRollupBucket(s.ctx, p.id, H(h));
    const expected = await rollupRows();
    await s.ds.query(`UPDATE rollups SET trace_count = 0 WHERE project_id = $1`, [p.id]);
    await s.ds.query(
      `INSERT INTO rollups SELECT project_id, hour + interval '100 hours', model, trace_count, error_count, span_count, run_type_counts, llm_call_count,
      llm_error_count, streamed_llm_call_count, prompt_tokens, completion_tokens, total_tokens, prompt_cost, completion_cost, total_cost, last_start_time,
      duration_percentiles, llm_latency_percentiles, duration_sketch, first_token_sketch, llm_latency_sketch FROM rollups WHERE project_id = $1`,
      [p.id],
    );
    await markDirty([H(2)]);
    expect(await rebuildRollups(s.ctx, p.id)).toEqual({ projects: 1, rows: expected.length });
    expect(await rollupRows()).toEqual(expected);
    expect(await dirtyRows()).toEqual([]);
    const all = await rebuildRollups(s.ctx);
    expect(all.projects).toBeGreaterThanOrEqual(1);
    expect(await rollupRows()).toEqual(expected);
  });
});

describe('project.timeseries', () => {
  it('has one point per hour with no gaps, equal before and after the rollups, exact per hour (percentiles too)', async () => {
    const hourly = await series(H(0), H(6), 'HOUR');
    expect(hourly).toHaveLength(1);
    expect(hourly[0].key).toBeNull();
    expect(hourly[0].points.map((pt) => pt.time)).toEqual([0, 1, 2, 3, 4, 5].map((h) => H(h).toISOString()));
    expect(hourly[0].points[3]).toEqual({
      time: H(3).toISOString(),
      traceCount: 1,
      errorCount: expect.any(Number),
      errorRate: expect.any(Number),
      totalTokens: expect.any(Number),
      totalCost: expect.any(Number),
      latencyP50: expect.any(Number),
      latencyP95: expect.any(Number),
      latencyP99: expect.any(Number),
    });
    for (const pt of hourly[0].points) {
      const from = new Date(pt.time);
      const ex = await exactStats(from, new Date(from.getTime() + HOUR));
      expect([pt.time, pt.traceCount, pt.errorCount, pt.errorRate, pt.totalTokens]).toEqual([
        pt.time,
        ex.traceCount,
        ex.errorCount,
        ex.errorRate,
        ex.totalTokens,
      ]);
      expect(pt.totalCost).toBeCloseTo(ex.totalCost, 9);
      // An hourly point is one bucket, which keeps its exact percentile_cont.
      expect([pt.latencyP50, pt.latencyP95, pt.latencyP99]).toEqual([ex.latencyP50, ex.latencyP95, ex.latencyP99]);
    }
    // `before` was read with every hour raw; one trace moved from hour 4 to hour 3 since.
    const was = (before.hourly as typeof hourly)[0].points;
    expect(was[3]).toEqual({
      time: H(3).toISOString(),
      traceCount: 0,
      errorCount: 0,
      errorRate: 0,
      totalTokens: 0,
      totalCost: 0,
      latencyP50: null,
      latencyP95: null,
      latencyP99: null,
    });
    expect(was.map((pt) => pt.traceCount)).toEqual([40, 40, 40, 0, 40, 40]);
    expect(hourly[0].points.map((pt) => pt.traceCount)).toEqual([40, 40, 40, 1, 39, 40]);
    for (const i of [0, 1, 2, 5]) expect(hourly[0].points[i]).toEqual({ ...was[i], totalCost: expect.closeTo(was[i].totalCost, 9) });
  });

  it('cuts the edge points at from and to, and groups UTC days', async () => {
    const edges = await series(H(0, 30), H(2, 15), 'HOUR');
    expect(edges[0].points.map((pt) => [pt.time, pt.traceCount])).toEqual([
      [H(0).toISOString(), (await exactStats(H(0, 30), H(1))).traceCount],
      [H(1).toISOString(), 40],
      [H(2).toISOString(), (await exactStats(H(2), H(2, 15))).traceCount],
    ]);
    const daily = await series(H(-24), H(48), 'DAY');
    expect(daily[0].points.map((pt) => [pt.time, pt.traceCount])).toEqual([
      [H(-24).toISOString(), 0],
      [H(0).toISOString(), 200],
      [H(24).toISOString(), 40],
    ]);
    expect(roundCosts(daily)).toEqual(roundCosts(before.daily));
    // A daily point merges its hours' sketches: within 1 %.
    const day = await exactStats(H(0), H(24));
    for (const k of ['latencyP50', 'latencyP95', 'latencyP99'] as const) expectWithinAccuracy(`day ${k}`, daily[0].points[1][k], day[k]);
    const dailyByModel = await series(H(-24), H(48), 'DAY', 'MODEL');
    const [gpt4o] = await s.ds.query(
      `SELECT count(*)::int AS calls, percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY sp.duration_ms) AS p
         FROM spans sp JOIN traces t ON t.id = sp.trace_id WHERE t.project_id = $1 AND t.start_time >= $2 AND t.start_time < $3 AND sp.model = 'gpt-4o'`,
      [p.id, H(0), H(24)],
    );
    const point = dailyByModel.find((x) => x.key === 'gpt-4o')!.points[1];
    expect(point.traceCount).toBe(gpt4o.calls);
    (['latencyP50', 'latencyP95', 'latencyP99'] as const).forEach((k, i) => expectWithinAccuracy(`gpt-4o day ${k}`, point[k], gpt4o.p[i]));
  });

  it('groups by model: LLM calls of each model, their errors, tokens, cost and latency', async () => {
    const byModel = await series(H(0), H(6), 'HOUR', 'MODEL');
    expect(byModel.map((x) => x.key)).toEqual(['claude-sonnet-4-5', 'gpt-4o', 'gpt-4o-mini']);
    const exact: { hour: Date; model: string; calls: number; errors: number; tokens: number; cost: number; p: number[] }[] = await s.ds.query(
      `SELECT date_trunc('hour', t.start_time, 'UTC') AS hour, sp.model, count(*)::int AS calls, count(*) FILTER (WHERE sp.status = 'error')::int AS errors,
              coalesce(sum(sp.total_tokens), 0)::float8 AS tokens, coalesce(sum(sp.total_cost), 0) AS cost,
              percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY sp.duration_ms) AS p
         FROM spans sp JOIN traces t ON t.id = sp.trace_id
        WHERE t.project_id = $1 AND t.start_time >= $2 AND t.start_time < $3 AND sp.kind = 'llm' AND sp.model IS NOT NULL GROUP BY 1, 2`,
      [p.id, H(0), H(6)],
    );
    let errors = 0;
    for (const line of byModel) {
      expect(line.points).toHaveLength(6);
      for (const pt of line.points) {
        const ex = exact.find((e) => e.model === line.key && e.hour.toISOString() === pt.time);
        if (!ex) {
          expect(pt).toMatchObject({ traceCount: 0, errorCount: 0, latencyP50: null });
          continue;
        }
        errors += ex.errors;
        expect([line.key, pt.time, pt.traceCount, pt.errorCount, pt.totalTokens]).toEqual([line.key, pt.time, ex.calls, ex.errors, ex.tokens]);
        expect(pt.errorRate).toBeCloseTo(ex.errors / ex.calls, 12);
        expect(pt.totalCost).toBeCloseTo(ex.cost, 9);
        expect([pt.latencyP50, pt.latencyP95, pt.latencyP99]).toEqual(ex.p);
      }
    }
    expect(errors).toBeGreaterThan(0);
    // Same hours read raw (before) as from the rollups (now), except the trace that moved from hour 4 to 3.
    const unmoved = (xs: typeof byModel) => xs.map((x) => ({ key: x.key, points: x.points.filter((_, i) => i !== 3 && i !== 4) }));
    expect(roundCosts(unmoved(byModel))).toEqual(roundCosts(unmoved(before.models as typeof byModel)));
  });

  it('bounds the number of points and checks access like stats', async () => {
    const tooMany = await s.gql(SERIES, { p: p.id, from: H(0).toISOString(), to: H(2001).toISOString(), i: 'HOUR' }, p.key);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(tooMany.errors?.[0].message).toMatch(/2001 points, more than the 2000 allowed.*interval: DAY/);
    expect((await series(H(0), H(2000), 'HOUR'))[0].points).toHaveLength(2000);
    expect((await series(H(0), H(2001), 'DAY'))[0].points).toHaveLength(84);
    const backwards = await s.gql(SERIES, { p: p.id, from: H(2).toISOString(), to: H(1).toISOString(), i: 'HOUR' }, p.key);
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const defaults = await s.gql(
      graphql(`query RollupsSeriesDefaults($p: ID!) { project(id: $p) { timeseries(interval: HOUR) { key points { time } } } }`),
      { p: p.id },
      p.key,
    );
    expect(defaults.data!.project.timeseries[0].points.length).toBeGreaterThanOrEqual(24);
    const ingestOnly = await s.gql(
      graphql(`mutation RollupsIngestKey($p: ID!) { createApiKey(input: { projectId: $p, name: "ingest", role: INGEST }) { secret } }`),
      { p: p.id },
    );
    const refused = await s.gql(SERIES, { p: p.id, from: H(0).toISOString(), to: H(6).toISOString(), i: 'HOUR' }, ingestOnly.data!.createApiKey.secret);
    const refusedStats = await s.gql(STATS, { p: p.id }, ingestOnly.data!.createApiKey.secret);
    expect(refused.errors?.[0].extensions?.code).toBe(refusedStats.errors?.[0].extensions?.code);
    expect(refused.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const other = await s.project('rollups-other');
    const foreign = await s.gql(SERIES, { p: p.id, from: H(0).toISOString(), to: H(6).toISOString(), i: 'HOUR' }, other.key);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the rollups migration', () => {
  it('marks every hour of the traces stored before it dirty, and undoes cleanly', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource({ url: db.url, poolSize: 2 });
    try {
      await connectAndMigrate(ds);
      const project = randomUUID();
      await ds.query(`INSERT INTO projects (id, name) VALUES ($1, 'old')`, [project]);
      await ds.query(
        `INSERT INTO traces (id, project_id, start_time) SELECT gen_random_uuid(), $1, $2::timestamptz + g * interval '17 minutes' FROM generate_series(0, 9) g`,
        [project, H(0)],
      );
      const applied = async (): Promise<string[]> => (await ds.query('SELECT name FROM sextant_migrations ORDER BY id')).map((r: { name: string }) => r.name);
      while ((await applied()).includes('Rollups1764000000000')) await ds.undoLastMigration({ transaction: 'each' });
      expect((await ds.query(`SELECT to_regclass('rollups') AS t`))[0].t).toBeNull();
      expect(await connectAndMigrate(ds)).toContain('Rollups1764000000000');
      const dirty = await ds.query('SELECT project_id, hour FROM rollup_dirty ORDER BY hour');
      expect(dirty).toEqual([0, 1, 2].map((h) => ({ project_id: project, hour: H(h) })));
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
