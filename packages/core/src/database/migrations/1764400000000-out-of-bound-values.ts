import type { MigrationInterface, QueryRunner } from 'typeorm';

// The bounds ingestion now enforces (ingest.validate.ts); copied, not imported, so that this
// migration keeps doing what it did when the code moves on. A derived total cost (prompt +
// completion) may reach twice the bound. In Postgres NaN sorts above every number and Infinity
// above every finite one, so `> bound` catches both.
const MAX_COST_USD = 1_000_000;
const MAX_TEMPERATURE = 100;
const MAX_METRIC_VALUE = 1e15;

const outside = (column: string, min: number, max: number) => `(${column} < ${min} OR ${column} > ${max})`;
const notFinite = (column: string) => `(${column} IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))`;

/** Clears the columns of `table` that fail their test, noting the traces of the rows it changed. */
const clearing = (table: string, tests: Record<string, string>) => `
  WITH fixed AS (
    UPDATE ${table} SET ${Object.entries(tests)
      .map(([column, test]) => `${column} = CASE WHEN ${test} THEN NULL ELSE ${column} END`)
      .join(', ')}
    WHERE ${Object.values(tests).join(' OR ')}
    RETURNING trace_id)
  INSERT INTO out_of_bound_traces SELECT DISTINCT trace_id FROM fixed WHERE trace_id IS NOT NULL ON CONFLICT DO NOTHING`;

/**
 * Clears the numbers stored before ingestion bounded them (a cost of 1.7e308, a NaN score): their
 * sums overflowed double precision, so every stats reader got INTERNAL and the rollup job failed for
 * good. A cleared value reads as unknown. The traces that held one get their cost totals summed
 * again, and their rollup hours are marked dirty for the worker to recompute.
 */
export class OutOfBoundValues1764400000000 implements MigrationInterface {
  name = 'OutOfBoundValues1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const spanTests = {
      prompt_cost: outside('prompt_cost', 0, MAX_COST_USD),
      completion_cost: outside('completion_cost', 0, MAX_COST_USD),
      total_cost: outside('total_cost', 0, 2 * MAX_COST_USD),
      temperature: outside('temperature', 0, MAX_TEMPERATURE),
      duration_ms: notFinite('duration_ms'),
    };
    const metricTests = {
      value: outside('value', -MAX_METRIC_VALUE, MAX_METRIC_VALUE),
      score: outside('score', 0, 1),
      duration_ms: notFinite('duration_ms'),
    };
    await q.query(`CREATE TEMP TABLE out_of_bound_traces (id uuid PRIMARY KEY) ON COMMIT DROP`);
    await q.query(clearing('spans', spanTests));
    await q.query(clearing('metrics', metricTests));
    await q.query(
      `UPDATE traces t SET prompt_cost = coalesce(x.prompt_cost, 0), completion_cost = coalesce(x.completion_cost, 0),
              total_cost = coalesce(x.total_cost, 0), updated_at = now()
         FROM (SELECT o.id, sum(s.prompt_cost) AS prompt_cost, sum(s.completion_cost) AS completion_cost, sum(s.total_cost) AS total_cost
                 FROM out_of_bound_traces o LEFT JOIN spans s ON s.trace_id = o.id GROUP BY o.id) x
        WHERE t.id = x.id`,
    );
    // Totals stored out of bounds by a trace whose spans are fine cannot be, but a trace's own cost
    // columns are cleared the same way in case an older version wrote them directly.
    await q.query(
      `UPDATE traces SET total_cost = 0, prompt_cost = 0, completion_cost = 0
        WHERE ${notFinite('total_cost')} OR ${notFinite('prompt_cost')} OR ${notFinite('completion_cost')}`,
    );
    await q.query(
      `INSERT INTO rollup_dirty (project_id, hour)
       SELECT DISTINCT t.project_id, date_trunc('hour', t.start_time AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' FROM traces t JOIN out_of_bound_traces o ON o.id = t.id
       ON CONFLICT (project_id, hour) DO UPDATE SET generation = rollup_dirty.generation + 1`,
    );
  }

  async down(): Promise<void> {
    // The cleared values are gone: nothing to put back.
  }
}
