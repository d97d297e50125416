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
 * Recomputes the totals of the traces a batch touched from their spans and errors. Recomputing
 * (rather than adding deltas) keeps totals right when a span is sent twice or updated.
 */
export const RECOMPUTE_TOTALS_SQL = `
  WITH ids AS (SELECT DISTINCT unnest($1::uuid[]) AS id),
  s AS (
    SELECT sp.trace_id,
      coalesce(sum(sp.prompt_tokens), 0) AS prompt_tokens,
      coalesce(sum(sp.completion_tokens), 0) AS completion_tokens,
      coalesce(sum(sp.total_tokens), 0) AS total_tokens,
      coalesce(sum(sp.cache_read_tokens), 0) AS cache_read_tokens,
      coalesce(sum(sp.cache_creation_tokens), 0) AS cache_creation_tokens,
      coalesce(sum(sp.reasoning_tokens), 0) AS reasoning_tokens,
      coalesce(sum(sp.prompt_cost), 0) AS prompt_cost,
      coalesce(sum(sp.completion_cost), 0) AS completion_cost,
      coalesce(sum(sp.total_cost), 0) AS total_cost,
      count(*) FILTER (WHERE sp.kind = 'agent') AS agent_calls,
      count(*) FILTER (WHERE sp.kind = 'llm') AS llm_calls,
      count(*) FILTER (WHERE sp.kind = 'tool') AS tool_calls,
      count(*) FILTER (WHERE sp.status = 'error' AND NOT EXISTS (
        SELECT 1 FROM errors er WHERE er.trace_id = sp.trace_id AND sp.id IN (er.agent_id, er.llm_call_id, er.tool_call_id))) AS unreported_errors,
      min(sp.start_time) AS min_start,
      max(coalesce(sp.end_time, sp.start_time)) AS max_end,
      coalesce(array_agg(DISTINCT sp.model) FILTER (WHERE sp.model IS NOT NULL), '{}') AS models
    FROM spans sp JOIN ids ON ids.id = sp.trace_id GROUP BY sp.trace_id
  ),
  e AS (SELECT er.trace_id, count(*) AS n FROM errors er JOIN ids ON ids.id = er.trace_id GROUP BY er.trace_id),
  totals AS (
    SELECT ids.id,
      coalesce(s.prompt_tokens, 0) AS prompt_tokens, coalesce(s.completion_tokens, 0) AS completion_tokens,
      coalesce(s.total_tokens, 0) AS total_tokens, coalesce(s.cache_read_tokens, 0) AS cache_read_tokens,
      coalesce(s.cache_creation_tokens, 0) AS cache_creation_tokens, coalesce(s.reasoning_tokens, 0) AS reasoning_tokens,
      coalesce(s.prompt_cost, 0) AS prompt_cost, coalesce(s.completion_cost, 0) AS completion_cost, coalesce(s.total_cost, 0) AS total_cost,
      coalesce(s.agent_calls, 0) AS agent_calls, coalesce(s.llm_calls, 0) AS llm_calls, coalesce(s.tool_calls, 0) AS tool_calls,
      coalesce(e.n, 0) + coalesce(s.unreported_errors, 0) AS error_count,
      s.min_start, s.max_end, coalesce(s.models, '{}') AS models
    FROM ids LEFT JOIN s ON s.trace_id = ids.id LEFT JOIN e ON e.trace_id = ids.id
  )
  UPDATE traces t SET
    prompt_tokens = x.prompt_tokens, completion_tokens = x.completion_tokens, total_tokens = x.total_tokens,
    cache_read_tokens = x.cache_read_tokens, cache_creation_tokens = x.cache_creation_tokens, reasoning_tokens = x.reasoning_tokens,
    prompt_cost = x.prompt_cost, completion_cost = x.completion_cost, total_cost = x.total_cost,
    agent_call_count = x.agent_calls, llm_call_count = x.llm_calls, tool_call_count = x.tool_calls,
    error_count = x.error_count,
    error_flag = t.error_flag OR t.error_message IS NOT NULL OR x.error_count > 0,
    status = CASE WHEN t.error_flag OR t.error_message IS NOT NULL OR x.error_count > 0 THEN 'error'
                  WHEN t.end_time IS NOT NULL THEN 'success' ELSE 'running' END,
    models = x.models,
    start_time = LEAST(t.start_time, coalesce(x.min_start, t.start_time)),
    duration_ms = extract(epoch FROM (coalesce(t.end_time, GREATEST(x.max_end, t.start_time), t.start_time)
                                      - LEAST(t.start_time, coalesce(x.min_start, t.start_time)))) * 1000,
    version = t.version + 1,
    updated_at = now()
  FROM totals x WHERE t.id = x.id
  RETURNING t.*`;

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
