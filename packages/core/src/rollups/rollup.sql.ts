import { SKETCH_LN_GAMMA, SKETCH_MIN_VALUE } from './sketch.util';

/** The columns of a rollups row, in the order rollupRowsSql returns them. */
export const ROLLUP_COLUMNS = [
  'project_id',
  'hour',
  'model',
  'trace_count',
  'error_count',
  'span_count',
  'run_type_counts',
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
  'last_start_time',
  'duration_percentiles',
  'llm_latency_percentiles',
  'duration_sketch',
  'first_token_sketch',
  'llm_latency_sketch',
] as const;

export type SketchName = 'duration' | 'firstToken' | 'llmLatency';

/** What to compute; whatever is left out comes back as zeros and empty sketches (reads skip what they do not show). */
export type RollupParts = {
  /** The project-wide rows' trace figures: counts, tokens, cost, last start, duration sketch. */
  traces: boolean;
  /** Their span-derived figures: span and LLM call counts, run types, and the span sketches. */
  projectSpans: boolean;
  /** The per-model rows. */
  models: boolean;
  /** The exact duration and LLM latency percentiles of each row. */
  percentiles: boolean;
  sketches: readonly SketchName[];
};

/** Everything: what the stored buckets hold. */
const ALL_PARTS: RollupParts = { traces: true, projectSpans: true, models: true, percentiles: true, sketches: ['duration', 'firstToken', 'llmLatency'] };

// Sketches are stored as json, not jsonb: json is sent back as stored, where jsonb would turn
// every bin count back into text on each read (most of the cost of reading a month of hours).
const EMPTY_SKETCH = `'{"count":0,"min":null,"max":null,"zero":0,"posOffset":0,"pos":[],"negOffset":0,"neg":[]}'::json`;

const key = (a: string, b: string) => `${a}.project_id = ${b}.project_id AND ${a}.hour = ${b}.hour AND ${a}.model = ${b}.model`;

/**
 * A sketch (sketch.ts) of `value` per (project_id, hour, model) of `source`, as json. The bins are
 * computed here rather than in JS so that a rebuild over millions of rows ships only the counts.
 * abs(v) < 'Infinity' also drops NULL and NaN (which Postgres orders above Infinity).
 */
const sketchCtes = (name: string, source: string, value: string, where = 'true') => `
  ${name}_bins AS (
    SELECT project_id, hour, model, sgn, CASE WHEN sgn <> 0 THEN ceil(ln(abs(v)) / ${SKETCH_LN_GAMMA})::int END AS k,
           count(*) AS c, min(v) AS lo, max(v) AS hi
      FROM (SELECT project_id, hour, model, v, CASE WHEN v > ${SKETCH_MIN_VALUE} THEN 1 WHEN v < -${SKETCH_MIN_VALUE} THEN -1 ELSE 0 END AS sgn
              FROM (SELECT project_id, hour, model, (${value})::float8 AS v FROM ${source} WHERE ${where}) s0
             WHERE abs(v) < 'Infinity'::float8) s1
     GROUP BY 1, 2, 3, 4, 5),
  -- Each bin's count, preceded by -n when n empty bins lie between it and the previous one.
  ${name}_toks AS (
    SELECT project_id, hour, model, sgn, k, c, lo, hi, CASE WHEN gap > 0 THEN concat(-gap, ',', c) ELSE c::text END AS tok
      FROM (SELECT b.*, k - lag(k) OVER (PARTITION BY project_id, hour, model, sgn ORDER BY k) - 1 AS gap FROM ${name}_bins b) g),
  -- Written out as compact text: the stored form is read far more often than it is written.
  ${name} AS (
    SELECT project_id, hour, model,
           format('{"count":%s,"min":%s,"max":%s,"zero":%s,"posOffset":%s,"pos":[%s],"negOffset":%s,"neg":[%s]}',
                  sum(c), min(lo), max(hi), coalesce(sum(c) FILTER (WHERE sgn = 0), 0),
                  coalesce(min(k) FILTER (WHERE sgn > 0), 0), coalesce(string_agg(tok, ',' ORDER BY k) FILTER (WHERE sgn > 0), ''),
                  coalesce(min(k) FILTER (WHERE sgn < 0), 0), coalesce(string_agg(tok, ',' ORDER BY k) FILTER (WHERE sgn < 0), ''))::json AS sketch
      FROM ${name}_toks GROUP BY 1, 2, 3)`;

// A float sum depends on the order rows arrive in, which depends on the plan: summed as numeric,
// a bucket comes out the same to the last bit however it is computed (recompute, rebuild, raw read).
const exactSum = (col: string) => `sum(${col}::numeric)::float8`;

// Exact p50, p95, p99 of duration_ms over a group (NULLs are skipped), as json (see RollupEntity).
const percentiles = (filter = 'true') => `to_json(percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE ${filter}))`;

// The trace and span columns the aggregates read; the rest of a row is never fetched.
const TRACE_COLUMNS = [
  'start_time',
  'error_flag',
  'duration_ms',
  'prompt_tokens',
  'completion_tokens',
  'total_tokens',
  'prompt_cost',
  'completion_cost',
  'total_cost',
  'unpriced_call_count',
];
const SPAN_COLUMNS = `kind, run_type, status, streaming, duration_ms, prompt_tokens, completion_tokens, total_tokens, prompt_cost, completion_cost, total_cost`;

/**
 * The rollup rows (ROLLUP_COLUMNS) of the traces that `tracesFrom` selects, one per hour and
 * model: the one computation behind the stored buckets, the rebuild and the raw reads of dirty or
 * partial hours, so that an hour read raw and the same hour read rolled up agree.
 *
 * `tracesFrom` gives the FROM clause (with its WHERE) that selects the traces, aliased `t`. With
 * `fewTraces` (an hour or a few, not a whole project) each trace's spans are fetched through the
 * spans_trace index: the planner cannot size a time range given as parameters and would
 * otherwise hash-join against a scan of every span.
 */
export function rollupRowsSql(
  tracesFrom: (columns: string[]) => string,
  { fewTraces, parts = ALL_PARTS }: { fewTraces: boolean; parts?: RollupParts },
): string {
  const withSpans = parts.projectSpans || parts.models;
  const projectRows = parts.traces || parts.projectSpans;
  const dur = parts.traces && parts.sketches.includes('duration');
  const ftt = withSpans && parts.sketches.includes('firstToken');
  const lat = withSpans && parts.sketches.includes('llmLatency');
  const durPct = parts.traces && parts.percentiles;
  const latPct = withSpans && parts.percentiles;
  // Only LLM calls with a model count in model rows: the project-wide rows alone need every span.
  const spanFilter = (a: string) => (parts.projectSpans ? 'true' : `${a}.kind = 'llm' AND ${a}.model <> ''`);
  // OFFSET 0 keeps the planner from flattening the lateral subquery back into a plain join.
  const spansOfTraces = fewTraces
    ? `tx CROSS JOIN LATERAL (SELECT s.model, s.start_time, s.first_token_time, ${SPAN_COLUMNS} FROM spans s WHERE s.trace_id = tx.id AND ${spanFilter('s')} OFFSET 0) sp`
    : `tx JOIN spans sp ON sp.trace_id = tx.id AND ${spanFilter('sp')}`;
  // Every span under the project-wide key, LLM calls also under their model (dx); with only one
  // of the two, sx itself is keyed so.
  const dx = parts.models && parts.projectSpans ? 'dx' : 'sx';
  // Without trace figures (a chart by model), id and start_time are all a trace gives: an index-only scan.
  const traceColumns = projectRows ? TRACE_COLUMNS : ['start_time'];
  const ctes = [
    `tx AS ${withSpans || dur ? 'MATERIALIZED ' : ''}(
      SELECT t.id, t.project_id, date_trunc('hour', t.start_time, 'UTC') AS hour, '' AS model, ${traceColumns.map((c) => `t.${c}`).join(', ')}
        FROM ${tracesFrom(traceColumns)})`,
  ];
  if (projectRows) {
    ctes.push(`tr AS (
      SELECT project_id, hour, count(*) AS trace_count, count(*) FILTER (WHERE error_flag) AS error_count,
             sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens, sum(total_tokens) AS total_tokens,
             coalesce(${exactSum('prompt_cost')}, 0) AS prompt_cost, coalesce(${exactSum('completion_cost')}, 0) AS completion_cost,
             coalesce(${exactSum('total_cost')}, 0) AS total_cost, sum(unpriced_call_count) AS unpriced_call_count,
             max(start_time) AS last_start_time${durPct ? `, ${percentiles()} AS duration_percentiles` : ''}
        FROM tx GROUP BY 1, 2)`);
  }
  if (withSpans) {
    ctes.push(`sx AS MATERIALIZED (
      SELECT tx.project_id, tx.hour, ${parts.projectSpans ? `''` : 'sp.model'} AS model, sp.model AS span_model,
             ${SPAN_COLUMNS.split(', ')
               .map((c) => `sp.${c}`)
               .join(', ')},
             date_part('epoch', sp.first_token_time - sp.start_time) * 1000 AS ttft
        FROM ${spansOfTraces})`);
    if (dx === 'dx') {
      const cols = (model: string) => `project_id, hour, ${model} AS model, ${SPAN_COLUMNS}, ttft`;
      ctes.push(`dx AS (
        SELECT ${cols('model')} FROM sx
        UNION ALL
        SELECT ${cols('span_model')} FROM sx WHERE kind = 'llm' AND span_model <> '')`);
    }
    ctes.push(`sa AS (
      SELECT project_id, hour, model, count(*) AS span_count, count(*) FILTER (WHERE kind = 'llm') AS llm_call_count,
             count(*) FILTER (WHERE kind = 'llm' AND status = 'error') AS llm_error_count,
             count(*) FILTER (WHERE kind = 'llm' AND streaming) AS streamed_llm_call_count,
             coalesce(sum(prompt_tokens), 0) AS prompt_tokens, coalesce(sum(completion_tokens), 0) AS completion_tokens,
             coalesce(sum(total_tokens), 0) AS total_tokens, coalesce(${exactSum('prompt_cost')}, 0) AS prompt_cost,
             coalesce(${exactSum('completion_cost')}, 0) AS completion_cost, coalesce(${exactSum('total_cost')}, 0) AS total_cost,
             count(*) FILTER (WHERE kind = 'llm' AND total_cost IS NULL) AS unpriced_call_count
             ${latPct ? `, ${percentiles(`kind = 'llm'`)} AS llm_latency_percentiles` : ''}
        FROM ${dx} GROUP BY 1, 2, 3)`);
  }
  if (parts.projectSpans) {
    ctes.push(`rt AS (
      SELECT project_id, hour, model, jsonb_object_agg(run_type, n) AS run_type_counts
        FROM (SELECT project_id, hour, model, run_type, count(*) AS n FROM ${dx} GROUP BY 1, 2, 3, 4) r GROUP BY 1, 2, 3)`);
  }
  if (dur) ctes.push(sketchCtes('dur', 'tx', 'duration_ms'));
  if (ftt) ctes.push(sketchCtes('ftt', dx, 'ttft'));
  if (lat) ctes.push(sketchCtes('lat', dx, 'duration_ms', `kind = 'llm'`));
  const keys = [
    ...(projectRows ? [`SELECT project_id, hour, '' AS model FROM ${parts.traces ? 'tr' : `sa WHERE model = ''`}`] : []),
    ...(parts.models ? [`SELECT project_id, hour, model FROM sa WHERE model <> ''`] : []),
  ];
  ctes.push(`k AS (${keys.join(' UNION ALL ')})`);

  const sketches = { dur, ftt, lat };
  const span = (col: string) => (withSpans ? `coalesce(sa.${col}, 0)` : '0');
  // The project-wide totals are the traces' own (ingestion keeps them), as the trace list shows them.
  const total = (col: string) => {
    const project = parts.traces ? `tr.${col}` : '0';
    return withSpans ? `CASE WHEN k.model = '' THEN ${project} ELSE sa.${col} END` : project;
  };
  const sketchOf = (cte: keyof typeof sketches) => (sketches[cte] ? `coalesce(${cte}.sketch, ${EMPTY_SKETCH})` : EMPTY_SKETCH);
  return `
  WITH ${ctes.join(',\n  ')}
  SELECT k.project_id, k.hour, k.model,
         ${parts.traces ? 'coalesce(tr.trace_count, 0)' : '0'}::int AS trace_count, ${parts.traces ? 'coalesce(tr.error_count, 0)' : '0'}::int AS error_count,
         ${span('span_count')}::int AS span_count, ${parts.projectSpans ? `coalesce(rt.run_type_counts, '{}')` : `'{}'::jsonb`} AS run_type_counts,
         ${span('llm_call_count')}::int AS llm_call_count, ${span('llm_error_count')}::int AS llm_error_count,
         ${span('streamed_llm_call_count')}::int AS streamed_llm_call_count,
         ${total('prompt_tokens')} AS prompt_tokens, ${total('completion_tokens')} AS completion_tokens, ${total('total_tokens')} AS total_tokens,
         ${total('prompt_cost')} AS prompt_cost, ${total('completion_cost')} AS completion_cost, ${total('total_cost')} AS total_cost,
         ${total('unpriced_call_count')}::int AS unpriced_call_count,
         ${parts.traces ? 'tr.last_start_time' : 'NULL::timestamptz'} AS last_start_time,
         ${durPct ? 'tr.duration_percentiles' : 'NULL::json'} AS duration_percentiles,
         ${latPct ? 'sa.llm_latency_percentiles' : 'NULL::json'} AS llm_latency_percentiles,
         ${sketchOf('dur')} AS duration_sketch, ${sketchOf('ftt')} AS first_token_sketch, ${sketchOf('lat')} AS llm_latency_sketch
    FROM k
    ${parts.traces ? `LEFT JOIN tr ON tr.project_id = k.project_id AND tr.hour = k.hour AND k.model = ''` : ''}
    ${withSpans ? `LEFT JOIN sa ON ${key('sa', 'k')}` : ''}
    ${parts.projectSpans ? `LEFT JOIN rt ON ${key('rt', 'k')}` : ''}
    ${Object.entries(sketches)
      .filter(([, on]) => on)
      .map(([c]) => `LEFT JOIN ${c} ON ${key(c, 'k')}`)
      .join('\n    ')}`;
}

// FROM clauses for rollupRowsSql, given the trace columns it reads (the traces table aliased t).

/** Traces of one project that started in [$2, $3). */
export const TRACES_IN_RANGE = () => `traces t WHERE t.project_id = $1 AND t.start_time >= $2 AND t.start_time < $3`;
/**
 * Traces of one project that started in any of the ranges [$2[i], $3[i]), each range an index scan
 * (lateral, and OFFSET 0 so it stays one: sized blind, the ranges can draw a scan of every trace).
 */
export const TRACES_IN_RANGES = (columns: string[]) => `unnest($2::timestamptz[], $3::timestamptz[]) AS r(s, e)
      CROSS JOIN LATERAL (SELECT id, project_id, ${columns.join(', ')} FROM traces
                           WHERE project_id = $1 AND start_time >= r.s AND start_time < r.e OFFSET 0) t`;
/** Every trace of one project. */
export const TRACES_OF_PROJECT = () => `traces t WHERE t.project_id = $1`;
