import type { UpsertColumn, UpsertSpec } from './bulk-upsert';

const arr = (x: string) => `(SELECT array_agg(e) FROM jsonb_array_elements_text(${x}) e)`;
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
const int = (name: string): UpsertColumn => ({ name, type: 'integer' });
const float = (name: string): UpsertColumn => ({ name, type: 'double precision' });
const textArray = (name: string, insertDefault = 'NULL'): UpsertColumn => ({
  name,
  type: 'jsonb',
  insert: `COALESCE(${arr(`u.${name}`)}, ${insertDefault})`,
  update: `COALESCE(${arr(`u.${name}`)}, t.${name})`,
});
const timestamp: UpsertColumn = { name: 'timestamp', type: 'timestamptz', insert: `COALESCE(u.timestamp, date_trunc('milliseconds', now()))` };
const metadata: UpsertColumn = { name: 'metadata', type: 'jsonb', insert: `COALESCE(u.metadata, '{}')`, update: `t.metadata || COALESCE(u.metadata, '{}')` };

/** All span kinds in one statement; kind-specific columns are null for the other kinds and so never touch them. */
export const SPAN_UPSERT: UpsertSpec = {
  table: 'spans',
  match: 'id',
  guard: 't.project_id = u.project_id AND t.kind = u.kind',
  touch: ['updated_at = now()'],
  // Whole rows: they price LLM calls and become the live events published after commit.
  returning: ['*'],
  columns: [
    { name: 'id', type: 'uuid', update: null },
    { name: 'kind', type: 'text', update: null },
    { name: 'project_id', type: 'uuid', update: null },
    { name: 'trace_id', type: 'uuid', update: null },
    { name: 'parent_id', type: 'uuid' },
    { name: 'run_type', type: 'text', insert: 'COALESCE(u.run_type, u.kind)' },
    text('name'),
    { name: 'status', type: 'text', insert: stat(END_NEW, 'u.error', 'u.status', ''), update: stat(END_MERGED, 'u.error', 'u.status', " OR t.status = 'error'") },
    { name: 'start_time', type: 'timestamptz', insert: START_NEW, update: START_MERGED },
    { name: 'end_time', type: 'timestamptz', insert: END_NEW, update: END_MERGED },
    { name: 'latency_ms', type: 'double precision', virtual: true },
    { name: 'duration_ms', type: 'double precision', insert: ms(START_NEW, END_NEW), update: ms(START_MERGED, END_MERGED) },
    int('step_index'),
    text('dotted_order'),
    json('inputs'),
    json('outputs'),
    text('error'),
    text('error_type'),
    metadata,
    textArray('tags', `'{}'`),
    json('events'),
    json('serialized'),
    json('extra'),
    json('attachments'),
    json('inputs_s3_urls'),
    json('outputs_s3_urls'),
    { name: 'reference_example_id', type: 'uuid' },
    text('manifest_id'),
    { name: 'in_dataset', type: 'boolean', insert: 'COALESCE(u.in_dataset, false)' },
    { name: 'memory_used', type: 'bigint' },
    float('total_cost'),
    { name: 'seq', type: 'integer' },
    text('provider'),
    text('model'),
    int('prompt_tokens'),
    int('completion_tokens'),
    int('total_tokens'),
    int('cache_read_tokens'),
    int('cache_creation_tokens'),
    int('reasoning_tokens'),
    json('prompt_token_details'),
    json('completion_token_details'),
    float('prompt_cost'),
    float('completion_cost'),
    json('prompt_cost_details'),
    json('completion_cost_details'),
    { name: 'cost_source', type: 'text', insert: 'u.cost_source', update: 'COALESCE(u.cost_source, t.cost_source)' },
    { name: 'first_token_time', type: 'timestamptz' },
    float('temperature'),
    float('top_p'),
    int('max_tokens'),
    textArray('stop_tokens'),
    json('invocation_params'),
    json('tool_calls'),
    { name: 'streaming', type: 'boolean' },
    int('retry_count'),
    text('context_hash'),
    textArray('context_refs'),
    text('hidden_state_hash'),
    text('prompt_diff_from_previous'),
    text('decision_id'),
    { name: 'llm_call_id', type: 'uuid' },
    json('network_calls'),
    json('retrieved_docs'),
    json('doc_similarity_scores'),
    json('intermediate_state'),
  ],
};

export const TRACE_UPSERT: UpsertSpec = {
  table: 'traces',
  match: 'id',
  guard: 't.project_id = u.project_id',
  touch: ['updated_at = now()'],
  returning: ['id'],
  columns: [
    { name: 'id', type: 'uuid', update: null },
    { name: 'project_id', type: 'uuid', update: null },
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

export const METRIC_UPSERT = childOfTrace('metrics', [
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
]);

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
 */
export const LOCK_TRACES_SQL = `
  SELECT id, status, start_time FROM traces WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`;

/**
 * Reserves n span sequence numbers per trace; returns the first of each range. The row lock taken
 * here is held to commit, so sequence order is commit order within a trace.
 */
export const RESERVE_SPAN_SEQ_SQL = `
  UPDATE traces t SET span_seq = t.span_seq + u.n
    FROM unnest($1::uuid[], $2::integer[]) AS u(id, n)
   WHERE t.id = u.id
  RETURNING t.id, t.span_seq - u.n + 1 AS first`;
