import { createHash } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import type { DbContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { rawRanges } from './buckets.util';
import { ceilTo, distinctHours, floorTo, HOUR_MS, hourOf } from '../common/hours.util';
import { PROJECT_WIDE } from './rollup.entity';
import { ROLLUP_COLUMNS, rollupRowsSql, TRACES_IN_RANGE, TRACES_IN_RANGES, TRACES_OF_PROJECT, type RollupParts, type SketchName } from './rollup.sql';
import type { SketchJson } from './sketch.util';

/** The additive counters a rollup row holds, and that the rows of a range sum to (RangeTotals). */
export type RollupCounts = {
  traceCount: number;
  errorCount: number;
  spanCount: number;
  llmCallCount: number;
  streamedLlmCallCount: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  promptCost: number;
  completionCost: number;
  totalCost: number;
  /** LLM calls without a cost: the costs above sum the others. */
  unpricedCallCount: number;
};

/** One rollup row as read back: the figures of one hour, project-wide (model '') or of one model. */
export type HourFigures = RollupCounts & {
  hour: Date;
  model: string;
  runTypeCounts: Record<string, number>;
  llmErrorCount: number;
  lastStartTime: Date | null;
  /** Exact p50, p95, p99 of the row's values (see RollupEntity). */
  durationPercentiles: number[] | null;
  llmLatencyPercentiles: number[] | null;
  durationSketch: SketchJson | null;
  firstTokenSketch: SketchJson | null;
  llmLatencySketch: SketchJson | null;
};

// Which stored columns each part of RollupParts reads.
const TRACE_FIGURES = [
  'trace_count',
  'error_count',
  'prompt_tokens',
  'completion_tokens',
  'total_tokens',
  'prompt_cost',
  'completion_cost',
  'total_cost',
  'unpriced_call_count',
  'last_start_time',
];
const PROJECT_SPAN_FIGURES = ['span_count', 'run_type_counts', 'llm_call_count', 'streamed_llm_call_count'];
const MODEL_FIGURES = [
  'llm_call_count',
  'llm_error_count',
  'streamed_llm_call_count',
  'prompt_tokens',
  'completion_tokens',
  'total_tokens',
  'prompt_cost',
  'completion_cost',
  'total_cost',
  'unpriced_call_count',
];

const SKETCH_COLUMNS: { name: SketchName; column: (typeof ROLLUP_COLUMNS)[number] }[] = [
  { name: 'duration', column: 'duration_sketch' },
  { name: 'firstToken', column: 'first_token_sketch' },
  { name: 'llmLatency', column: 'llm_latency_sketch' },
];

/** A row as readHourFigures selects it: the hour as epoch ms, the model, and the columns asked for. */
type RollupRow = { hour_ms: number; model: string } & Partial<Record<(typeof ROLLUP_COLUMNS)[number], unknown>>;

const toFigures = (r: RollupRow): HourFigures => ({
  hour: new Date(r.hour_ms),
  model: r.model,
  traceCount: Number(r.trace_count ?? 0),
  errorCount: Number(r.error_count ?? 0),
  spanCount: Number(r.span_count ?? 0),
  runTypeCounts: (r.run_type_counts ?? {}) as Record<string, number>,
  llmCallCount: Number(r.llm_call_count ?? 0),
  llmErrorCount: Number(r.llm_error_count ?? 0),
  streamedLlmCallCount: Number(r.streamed_llm_call_count ?? 0),
  promptTokens: Number(r.prompt_tokens ?? 0),
  completionTokens: Number(r.completion_tokens ?? 0),
  totalTokens: Number(r.total_tokens ?? 0),
  promptCost: Number(r.prompt_cost ?? 0),
  completionCost: Number(r.completion_cost ?? 0),
  totalCost: Number(r.total_cost ?? 0),
  unpricedCallCount: Number(r.unpriced_call_count ?? 0),
  lastStartTime: (r.last_start_time as Date | undefined) ?? null,
  durationPercentiles: (r.duration_percentiles as number[] | undefined) ?? null,
  llmLatencyPercentiles: (r.llm_latency_percentiles as number[] | undefined) ?? null,
  durationSketch: (r.duration_sketch as SketchJson | undefined) ?? null,
  firstTokenSketch: (r.first_token_sketch as SketchJson | undefined) ?? null,
  llmLatencySketch: (r.llm_latency_sketch as SketchJson | undefined) ?? null,
});

// ------------------------------------------------------------------ dirty marks

/**
 * Marks the hours of `times` dirty for `projectId`, bumping the generation of those already dirty.
 * Call it inside the transaction that changes the traces, with their start times before and after,
 * and late in it: the row lock on each hour is held to commit, so concurrent ingestions into the
 * same hour queue behind one another from this statement on.
 */
export async function markRollupsDirty(ctx: DbContext, projectId: string, times: Date[]): Promise<void> {
  const hours = distinctHours(times)
    .map((h) => h.getTime())
    .sort((a, b) => a - b);
  if (!hours.length) return;
  // Hours in order, so that two transactions marking the same hours cannot deadlock.
  await db(ctx).query(
    `INSERT INTO rollup_dirty (project_id, hour)
     SELECT $1, h FROM unnest($2::timestamptz[]) AS h ORDER BY h
     ON CONFLICT (project_id, hour) DO UPDATE SET generation = rollup_dirty.generation + 1`,
    [projectId, hours.map((h) => new Date(h))],
  );
}

/** Dirty buckets, those dirty the longest first: the periodic sweep's safety net for lost jobs. */
export async function listDirtyRollupBuckets(ctx: DbContext, limit: number): Promise<{ projectId: string; hour: Date }[]> {
  const rows: { project_id: string; hour: Date }[] = await db(ctx).query(
    'SELECT project_id, hour FROM rollup_dirty ORDER BY dirty_since, project_id, hour LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ projectId: r.project_id, hour: r.hour }));
}

// ------------------------------------------------------------------ recomputing

// Advisory lock keys (two int4 keys; the migration lock uses the one-bigint form, a separate space).
// A recompute holds its project's lock shared and its hour's exclusively; a rebuild holds its
// project's exclusively. Taken on the connection before the transaction begins, so the
// transaction's snapshot already sees whatever the previous holder committed.
const PROJECT_LOCK = 0x5e7a01;
const BUCKET_LOCK = 0x5e7a02;
const lockKey = (s: string) => createHash('sha1').update(s).digest().readInt32BE(0);

async function withLocks<T>(qr: QueryRunner, locks: { space: number; key: string; shared?: boolean }[], run: () => Promise<T>): Promise<T> {
  const taken: typeof locks = [];
  try {
    for (const l of locks) {
      await qr.query(`SELECT pg_advisory_lock${l.shared ? '_shared' : ''}($1, $2)`, [l.space, lockKey(l.key)]);
      taken.push(l);
    }
    return await run();
  } finally {
    for (const l of taken.reverse()) {
      await qr.query(`SELECT pg_advisory_unlock${l.shared ? '_shared' : ''}($1, $2)`, [l.space, lockKey(l.key)]).catch(() => undefined);
    }
  }
}

/** Runs `run` in a REPEATABLE READ transaction on `qr`: one snapshot for the dirty generations and the rows read. */
async function inSnapshot<T>(qr: QueryRunner, run: () => Promise<T>): Promise<T> {
  await qr.startTransaction('REPEATABLE READ');
  try {
    const result = await run();
    await qr.commitTransaction();
    return result;
  } catch (e) {
    await qr.rollbackTransaction().catch(() => undefined);
    throw e;
  }
}

/**
 * Clears the dirty marks still at the generation the recompute read. In READ COMMITTED on purpose:
 * a mark bumped since is re-checked on its latest version and kept, where REPEATABLE READ would
 * fail with a serialization error instead.
 */
async function clearDirty(qr: QueryRunner, projectId: string, seen: { hour: Date; generation: string }[]): Promise<void> {
  if (!seen.length) return;
  await qr.query(
    `DELETE FROM rollup_dirty d USING unnest($2::timestamptz[], $3::bigint[]) AS s(hour, generation)
      WHERE d.project_id = $1 AND d.hour = s.hour AND d.generation = s.generation`,
    [projectId, seen.map((s) => s.hour), seen.map((s) => s.generation)],
  );
}

// The rollup query over an hour or a few is estimated far above its real size (a time range given
// as parameters), enough to trigger JIT compilation, which then costs 20 times the query itself.
const NO_JIT = 'SET LOCAL jit = off';

const INSERT_ROLLUPS = (tracesFrom: (columns: string[]) => string, fewTraces: boolean) =>
  `INSERT INTO rollups (${ROLLUP_COLUMNS.join(', ')}) ${rollupRowsSql(tracesFrom, { fewTraces })}`;

/**
 * Recomputes the rollup rows of one hour from the traces that started in it and their spans, and
 * clears the hour's dirty mark unless it was marked again meanwhile. Idempotent.
 */
export async function recomputeRollupBucket(ctx: DbContext, projectId: string, hour: Date): Promise<void> {
  const start = hourOf(hour);
  const end = new Date(start.getTime() + HOUR_MS);
  // A connection of its own: the advisory locks and the snapshot must be on one session.
  const qr = ctx.ds.createQueryRunner();
  await qr.connect();
  try {
    const locks = [
      { space: PROJECT_LOCK, key: projectId, shared: true },
      { space: BUCKET_LOCK, key: `${projectId}/${start.toISOString()}` },
    ];
    await withLocks(qr, locks, async () => {
      const seen = await inSnapshot(qr, async () => {
        // First statement: the generation belongs to the snapshot the rows are computed from.
        const dirty: { hour: Date; generation: string }[] = await qr.query('SELECT hour, generation FROM rollup_dirty WHERE project_id = $1 AND hour = $2', [
          projectId,
          start,
        ]);
        await qr.query(NO_JIT);
        await qr.query('DELETE FROM rollups WHERE project_id = $1 AND hour = $2', [projectId, start]);
        await qr.query(INSERT_ROLLUPS(TRACES_IN_RANGE, true), [projectId, start, end]);
        return dirty;
      });
      await clearDirty(qr, projectId, seen);
    });
  } finally {
    await qr.release();
  }
}

/**
 * Recomputes every hour of a project (of every project when none is given) in one set-based
 * statement per project: the backfill after the migration, or a repair. Returns the rows written.
 */
export async function rebuildRollups(ctx: DbContext, projectId?: string): Promise<{ projects: number; rows: number }> {
  const ids: string[] = projectId ? [projectId] : (await db(ctx).query('SELECT id FROM projects ORDER BY id')).map((r: { id: string }) => r.id);
  let rows = 0;
  for (const id of ids) rows += await rebuildProject(ctx.ds, id);
  return { projects: ids.length, rows };
}

async function rebuildProject(ds: DataSource, projectId: string): Promise<number> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    return await withLocks(qr, [{ space: PROJECT_LOCK, key: projectId }], async () => {
      const { seen, written } = await inSnapshot(qr, async () => {
        const dirty: { hour: Date; generation: string }[] = await qr.query('SELECT hour, generation FROM rollup_dirty WHERE project_id = $1', [projectId]);
        // Hash aggregates over millions of spans: let them stay in memory for this one transaction.
        await qr.query(`SET LOCAL work_mem = '256MB'`);
        await qr.query('DELETE FROM rollups WHERE project_id = $1', [projectId]);
        const inserted: unknown = await qr.query(`${INSERT_ROLLUPS(TRACES_OF_PROJECT, false)} RETURNING 1`, [projectId]);
        return { seen: dirty, written: Array.isArray(inserted) ? inserted.length : 0 };
      });
      await clearDirty(qr, projectId, seen);
      return written;
    });
  } finally {
    await qr.release();
  }
}

// ------------------------------------------------------------------ reading

/**
 * The figures of the traces that started in [from, to), hour by hour: whole hours that are rolled
 * up and not dirty come from the rollups, the partial hours at the edges and every dirty or
 * not-yet-rolled-up hour from the raw tables, all in one snapshot. Only `parts` is computed or
 * fetched; the rest reads as zeros and null sketches.
 */
export async function readHourFigures(ctx: DbContext, projectId: string, from: Date, to: Date, parts: RollupParts): Promise<HourFigures[]> {
  if (to <= from) return [];
  // Sketches are the bulk of a row, and parsing the rest of a month of rows is not free either:
  // fetch only what `parts` asks for. With models only, the project-wide rows are read just to
  // tell which hours are clean.
  const sketches = SKETCH_COLUMNS.filter((x) => parts.sketches.includes(x.name)).map((x) => x.column);
  const percentiles = parts.percentiles ? ['duration_percentiles', 'llm_latency_percentiles'] : [];
  const projectCols = new Set<string>([
    ...(parts.traces ? TRACE_FIGURES : []),
    ...(parts.projectSpans ? PROJECT_SPAN_FIGURES : []),
    ...percentiles,
    ...sketches,
  ]);
  const modelCols = new Set<string>(parts.models ? [...MODEL_FIGURES, ...(parts.projectSpans ? PROJECT_SPAN_FIGURES : []), ...percentiles, ...sketches] : []);
  // Hours as epoch milliseconds: node-postgres parses timestamps with a regular expression each.
  const columns = ['(extract(epoch FROM r.hour) * 1000)::float8 AS hour_ms', 'r.model'];
  for (const c of ROLLUP_COLUMNS) {
    const onProject = projectCols.has(c);
    const onModel = modelCols.has(c);
    if (onProject && (onModel || !parts.models)) columns.push(`r.${c}`);
    else if (onProject) columns.push(`CASE WHEN r.model = '' THEN r.${c} END AS ${c}`);
    else if (onModel) columns.push(`CASE WHEN r.model <> '' THEN r.${c} END AS ${c}`);
  }
  // A snapshot of its own: rollups and raw hours must agree, whatever the caller's transaction.
  return ctx.ds.transaction('REPEATABLE READ', async (m) => {
    await m.query(NO_JIT);
    const wholeFrom = ceilTo(from, HOUR_MS);
    const wholeTo = floorTo(to, HOUR_MS);
    const stored: RollupRow[] =
      wholeFrom < wholeTo
        ? await m.query(
            `SELECT ${columns.join(', ')} FROM rollups r
              WHERE r.project_id = $1 AND r.hour >= $2 AND r.hour < $3 ${parts.models ? '' : `AND r.model = ''`}
                AND NOT EXISTS (SELECT 1 FROM rollup_dirty d WHERE d.project_id = r.project_id AND d.hour = r.hour)
              ORDER BY r.hour, r.model`,
            [projectId, wholeFrom, wholeTo],
          )
        : [];
    const clean = new Set(stored.filter((r) => r.model === PROJECT_WIDE).map((r) => r.hour_ms));
    const ranges = rawRanges(from, to, clean);
    const raw: RollupRow[] = ranges.length
      ? await m.query(`SELECT ${columns.join(', ')} FROM (${rollupRowsSql(TRACES_IN_RANGES, { fewTraces: true, parts })}) r`, [
          projectId,
          ranges.map((r) => r.start),
          ranges.map((r) => r.end),
        ])
      : [];
    // A model row is only as fresh as its hour's project-wide row.
    return [...stored.filter((r) => clean.has(r.hour_ms)), ...raw].map(toFigures);
  });
}
