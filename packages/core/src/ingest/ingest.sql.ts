import type { DataSource } from 'typeorm';
import { LLMCallEntity, SpanEntity, ToolCallEntity } from '../spans/span.entity';
import type { UpsertColumn, UpsertSpec } from './bulk-upsert.sql';

const stat = (end: string, error: string, statusIn: string, prevError: string) =>
  `COALESCE(${statusIn}, CASE WHEN ${error} IS NOT NULL${prevError} THEN 'error' WHEN ${end} IS NOT NULL THEN 'success' ELSE 'running' END)`;
const ms = (start: string, end: string) => `CASE WHEN ${end} IS NULL THEN NULL ELSE extract(epoch FROM (${end} - ${start})) * 1000 END`;

// Span times as merged: an update without startTime keeps the stored one; latencyMs fills endTime.
const START_NEW = `COALESCE(u.start_time, u.end_time, date_trunc('milliseconds', now()))`;
const END_NEW = `COALESCE(u.end_time, ${START_NEW} + u.latency_ms * interval '1 millisecond')`;
const START_MERGED = `COALESCE(u.start_time, t.start_time)`;
const END_MERGED = `COALESCE(u.end_time, ${START_MERGED} + u.latency_ms * interval '1 millisecond', t.end_time)`;

const json = (name: string): UpsertColumn => ({ name, type: 'jsonb' });
const text = (name: string): UpsertColumn => ({ name, type: 'text' });
const float = (name: string): UpsertColumn => ({ name, type: 'double precision' });
// Row values are JSON arrays (text), which json_to_recordset reads into text[].
const textArray = (name: string, insertDefault = 'NULL'): UpsertColumn => ({
  name,
  type: 'text[]',
  json: true,
  insert: `COALESCE(u.${name}, ${insertDefault})`,
});
const timestamp: UpsertColumn = { name: 'timestamp', type: 'timestamptz', insert: `COALESCE(u.timestamp, date_trunc('milliseconds', now()))` };
const metadata: UpsertColumn = { name: 'metadata', type: 'jsonb', insert: `COALESCE(u.metadata, '{}')`, update: `t.metadata || COALESCE(u.metadata, '{}')` };

const SENT_COUNTS = `num_nonnulls(u.prompt_tokens, u.completion_tokens, u.total_tokens, u.cache_read_tokens, u.cache_creation_tokens, u.reasoning_tokens) > 0`;
const estimatedOr = (column: string) => `CASE WHEN t.tokens_estimated THEN u.${column} ELSE COALESCE(u.${column}, t.${column}) END`;

// How a span column merges when it differs from the default (an absent field keeps the stored
// value). Every other column of the span entities merges by default, with the type the entity
// declares: a column added to an entity (and its migration) is upserted without being listed here.
const SPAN_RULES: Record<string, Partial<UpsertColumn>> = {
  id: { update: null },
  kind: { update: null },
  project_id: { update: null },
  trace_id: { update: null },
  run_type: { insert: 'COALESCE(u.run_type, u.kind)' },
  status: { insert: stat(END_NEW, 'u.error', 'u.status', ''), update: stat(END_MERGED, 'u.error', 'u.status', " OR t.status = 'error'") },
  start_time: { insert: START_NEW, update: START_MERGED },
  end_time: { insert: END_NEW, update: END_MERGED },
  duration_ms: { insert: ms(START_NEW, END_NEW), update: ms(START_MERGED, END_MERGED) },
  metadata,
  tags: textArray('tags', `'{}'`),
  in_dataset: { insert: 'COALESCE(u.in_dataset, false)' },
  cost_source: { insert: 'u.cost_source', update: 'COALESCE(u.cost_source, t.cost_source)' },
  // Counts Sextant estimated are not the client's: an update replaces them (with nothing, when it
  // sends none, and the pricing step estimates again from the merged inputs and outputs).
  prompt_tokens: { update: estimatedOr('prompt_tokens') },
  completion_tokens: { update: estimatedOr('completion_tokens') },
  total_tokens: { update: estimatedOr('total_tokens') },
  tokens_estimated: { insert: 'false', update: `CASE WHEN ${SENT_COUNTS} THEN false ELSE t.tokens_estimated END` },
};
// Set by Postgres, not by ingestion.
const SPAN_SERVER_COLUMNS = new Set(['created_at', 'updated_at']);

const specs = new WeakMap<DataSource, { whole: UpsertSpec; lean: UpsertSpec }>();

// What the steps after the upsert read of a span when no one wants whole rows: the ids and seq
// (live events by reference) and what pricing an LLM call needs; inputs and outputs, by far the
// largest columns, are read back only for the few calls whose tokens are estimated.
const LEAN_SPAN_RETURNING = [
  'id',
  'kind',
  'trace_id',
  'seq',
  'status',
  'start_time',
  'end_time',
  'provider',
  'model',
  'prompt_tokens',
  'completion_tokens',
  'total_tokens',
  'cache_read_tokens',
  'cache_creation_tokens',
  'reasoning_tokens',
  'tokens_estimated',
  'prompt_cost',
  'completion_cost',
  'total_cost',
  'cost_source',
];

/**
 * All span kinds in one statement, its columns read from the span entities (the one description
 * of a span's columns); kind-specific columns are null for the other kinds and so never touch them.
 * Returns whole rows when `whole` (they become inline live events), else only LEAN_SPAN_RETURNING.
 */
export function spanUpsert(ds: DataSource, whole: boolean): UpsertSpec {
  let pair = specs.get(ds);
  if (!pair) {
    const spec = wholeSpanUpsert(ds);
    pair = { whole: spec, lean: { ...spec, returning: LEAN_SPAN_RETURNING } };
    specs.set(ds, pair);
  }
  return whole ? pair.whole : pair.lean;
}

function wholeSpanUpsert(ds: DataSource): UpsertSpec {
  const columns = new Map<string, UpsertColumn>();
  for (const entity of [SpanEntity, LLMCallEntity, ToolCallEntity]) {
    for (const c of ds.getMetadata(entity).columns) {
      if (columns.has(c.databaseName) || SPAN_SERVER_COLUMNS.has(c.databaseName)) continue;
      const base: UpsertColumn = c.isArray ? textArray(c.databaseName) : { name: c.databaseName, type: String(c.type) };
      columns.set(c.databaseName, { ...base, ...SPAN_RULES[c.databaseName] });
    }
  }
  // Only feeds end_time when a span gives its latency but no end.
  columns.set('latency_ms', { name: 'latency_ms', type: 'double precision', virtual: true });
  return {
    table: 'spans',
    match: 'id',
    // A span never moves: an id sent again under another trace, project or kind is someone else's.
    guard: 't.project_id = u.project_id AND t.trace_id = u.trace_id AND t.kind = u.kind',
    touch: ['updated_at = now()'],
    // Whole rows: they price LLM calls and become the live events published after commit.
    returning: ['*'],
    columns: [...columns.values()],
  };
}

export const TRACE_UPSERT: UpsertSpec = {
  table: 'traces',
  match: 'id',
  guard: 't.project_id = u.project_id',
  touch: ['updated_at = now()'],
  // span_seq: the last sequence number the batch reserved for the trace's spans (seq_reserve of them).
  returning: ['id', 'span_seq'],
  columns: [
    { name: 'id', type: 'uuid', update: null },
    { name: 'project_id', type: 'uuid', update: null },
    { name: 'seq_reserve', type: 'integer', virtual: true },
    { name: 'span_seq', type: 'integer', insert: 'COALESCE(u.seq_reserve, 0)', update: 't.span_seq + COALESCE(u.seq_reserve, 0)' },
    text('name'),
    { name: 'default_start', type: 'timestamptz', virtual: true },
    { name: 'start_time', type: 'timestamptz', insert: 'COALESCE(u.start_time, u.default_start)' },
    { name: 'end_time', type: 'timestamptz' },
    text('user_id'),
    text('session_id'),
    text('agent_version'),
    text('prompt_template_version'),
    text('model_name'),
    json('input'),
    json('output'),
    { name: 'error_flag', type: 'boolean', insert: 'COALESCE(u.error_flag, false)', update: 'COALESCE(u.error_flag, t.error_flag)' },
    text('error_type'),
    text('error_message'),
    textArray('tags', `'{}'`),
    metadata,
  ],
};

const childOfTrace = (table: string, columns: UpsertColumn[], match = 'id'): UpsertSpec => ({
  table,
  match,
  guard: 't.project_id = u.project_id AND t.trace_id = u.trace_id',
  returning: ['id', 'trace_id'],
  columns: [
    { name: 'id', type: 'uuid', update: null },
    { name: 'project_id', type: 'uuid', update: null },
    { name: 'trace_id', type: 'uuid', update: null },
    ...columns,
  ],
});

export const ERROR_UPSERT: UpsertSpec = {
  ...childOfTrace('errors', [
    { name: 'agent_id', type: 'uuid' },
    { name: 'llm_call_id', type: 'uuid' },
    { name: 'tool_call_id', type: 'uuid' },
    text('error_type'),
    text('error_message'),
    text('stack_trace'),
    timestamp,
    metadata,
  ]),
  // New errors are published to live subscribers after commit.
  returning: ['*'],
};

export const USER_INTERACTION_UPSERT = childOfTrace('user_interactions', [
  { name: 'agent_id', type: 'uuid' },
  text('interaction_type'),
  text('content'),
  text('user_id'),
  timestamp,
  metadata,
]);

export const METRIC_UPSERT: UpsertSpec = {
  ...childOfTrace('metrics', [
    { name: 'span_id', type: 'uuid' },
    text('name'),
    float('score'),
    float('value'),
    text('reason'),
    json('result_detail'),
    json('config'),
    { name: 'start_time', type: 'timestamptz' },
    { name: 'end_time', type: 'timestamptz' },
    float('duration_ms'),
    timestamp,
    { name: 'source', type: 'text', update: null },
    text('label'),
    json('correction'),
  ]),
  // Ingestion never rewrites what people, programs through the feedback API or the worker recorded.
  guard: `t.project_id = u.project_id AND t.trace_id = u.trace_id AND t.source IN ('client', 'langsmith')`,
};

/** System info is one per trace, so it merges on trace_id whatever id the client sends. */
export const SYSTEM_INFO_UPSERT = childOfTrace(
  'system_infos',
  [
    text('os_name'),
    text('os_version'),
    text('python_version'),
    text('runtime_name'),
    text('runtime_version'),
    text('hostname'),
    json('cpu_info'),
    json('gpu_info'),
    json('disk_info'),
    { name: 'memory_total', type: 'bigint' },
    json('installed_packages'),
    metadata,
  ],
  'trace_id',
);
SYSTEM_INFO_UPSERT.guard = 't.project_id = u.project_id';

/** Creates the traces that spans and other items point at before their trace itself arrives. */
export const ENSURE_TRACES_SQL = `
  INSERT INTO traces (id, project_id, start_time)
  SELECT u.id, $2, u.start_time FROM unnest($1::uuid[], $3::timestamptz[]) AS u(id, start_time)
  ON CONFLICT DO NOTHING`;

/**
 * Locks the existing traces a batch touches, in id order so concurrent batches cannot deadlock on
 * them, and reads their status before the batch (to tell a trace that completes from one that changes).
 * Also what adding the batch to the totals needs of the trace before the batch changes it: its start
 * in microseconds and, while it has not ended, the end of its last span (the duration runs to it).
 */
export const LOCK_TRACES_SQL = `
  SELECT id, status, start_time, agent_call_count + llm_call_count + tool_call_count AS span_count,
    (extract(epoch FROM start_time) * 1000000)::bigint::text AS start_us, duration_ms = 0 AS zero_duration,
    CASE WHEN end_time IS NULL THEN (start_time + round(duration_ms * 1000) * interval '1 microsecond')::text END AS last_end_text
    FROM traces WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`;

/**
 * Reserves n span sequence numbers per trace; returns the first of each range. The row lock taken
 * here is held to commit, so sequence order is commit order within a trace.
 */
export const RESERVE_SPAN_SEQ_SQL = `
  UPDATE traces t SET span_seq = t.span_seq + u.n
    FROM unnest($1::uuid[], $2::integer[]) AS u(id, n)
   WHERE t.id = u.id
  RETURNING t.id, t.span_seq - u.n + 1 AS first`;
