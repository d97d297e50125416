/**
 * Recomputes the totals of the given traces from all their spans and errors (the quiet-trace
 * sweep, cost recomputes, and what ingestion cannot correct by difference). Costs sum
 * the spans that have one; a trace with LLM calls of which none has a cost, and nothing else
 * costed, has a null (unknown) cost rather than 0. Its LLM calls without a cost are counted.
 * The spans and errors are filtered by the ids themselves, not joined to a CTE of
 * them, so the planner sees how few traces they are and reads them through the trace_id indexes.
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
      count(sp.total_cost) AS costed,
      count(*) FILTER (WHERE sp.kind = 'llm' AND sp.total_cost IS NULL) AS unpriced_calls,
      count(*) FILTER (WHERE sp.kind = 'agent') AS agent_calls,
      count(*) FILTER (WHERE sp.kind = 'llm') AS llm_calls,
      count(*) FILTER (WHERE sp.kind = 'tool') AS tool_calls,
      count(*) FILTER (WHERE sp.status = 'error' AND NOT EXISTS (
        SELECT 1 FROM errors er WHERE er.trace_id = sp.trace_id AND sp.id IN (er.agent_id, er.llm_call_id, er.tool_call_id))) AS unreported_errors,
      min(sp.start_time) AS min_start,
      max(coalesce(sp.end_time, sp.start_time)) AS max_end,
      coalesce(array_agg(DISTINCT sp.model) FILTER (WHERE sp.model IS NOT NULL), '{}') AS models
    FROM spans sp WHERE sp.trace_id = ANY($1::uuid[]) GROUP BY sp.trace_id
  ),
  e AS (SELECT er.trace_id, count(*) AS n FROM errors er WHERE er.trace_id = ANY($1::uuid[]) GROUP BY er.trace_id),
  totals AS (
    SELECT ids.id,
      coalesce(s.prompt_tokens, 0) AS prompt_tokens, coalesce(s.completion_tokens, 0) AS completion_tokens,
      coalesce(s.total_tokens, 0) AS total_tokens, coalesce(s.cache_read_tokens, 0) AS cache_read_tokens,
      coalesce(s.cache_creation_tokens, 0) AS cache_creation_tokens, coalesce(s.reasoning_tokens, 0) AS reasoning_tokens,
      (coalesce(s.costed, 0) = 0 AND coalesce(s.unpriced_calls, 0) > 0) AS unknown_cost,
      coalesce(s.prompt_cost, 0) AS prompt_cost, coalesce(s.completion_cost, 0) AS completion_cost, coalesce(s.total_cost, 0) AS total_cost,
      coalesce(s.unpriced_calls, 0) AS unpriced_calls,
      coalesce(s.agent_calls, 0) AS agent_calls, coalesce(s.llm_calls, 0) AS llm_calls, coalesce(s.tool_calls, 0) AS tool_calls,
      coalesce(e.n, 0) + coalesce(s.unreported_errors, 0) AS error_count,
      s.min_start, s.max_end, coalesce(s.models, '{}') AS models
    FROM ids LEFT JOIN s ON s.trace_id = ids.id LEFT JOIN e ON e.trace_id = ids.id
  )
  UPDATE traces t SET
    prompt_tokens = x.prompt_tokens, completion_tokens = x.completion_tokens, total_tokens = x.total_tokens,
    cache_read_tokens = x.cache_read_tokens, cache_creation_tokens = x.cache_creation_tokens, reasoning_tokens = x.reasoning_tokens,
    prompt_cost = CASE WHEN x.unknown_cost THEN NULL ELSE x.prompt_cost END,
    completion_cost = CASE WHEN x.unknown_cost THEN NULL ELSE x.completion_cost END,
    total_cost = CASE WHEN x.unknown_cost THEN NULL ELSE x.total_cost END,
    unpriced_call_count = x.unpriced_calls,
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
 * What each given span adds to its trace's totals, read before and after a batch writes so the
 * trace gets the difference (see trace-totals.compute.ts). $1 is the batch's span ids and the
 * spans its errors point at; the spans the stored errors of $2 point at are added, because a new
 * or moved error row changes whether those spans count as unreported errors. Times travel as
 * text and microseconds, never as JavaScript dates, which would drop the microseconds.
 */
export const SPAN_CONTRIBUTIONS_SQL = `
  WITH ids AS (
    SELECT unnest($1::uuid[]) AS id
    UNION SELECT unnest(ARRAY[er.agent_id, er.llm_call_id, er.tool_call_id]) FROM errors er WHERE er.id = ANY($2::uuid[])
  )
  SELECT sp.id, sp.trace_id, sp.kind, sp.model,
    sp.prompt_tokens, sp.completion_tokens, sp.total_tokens, sp.cache_read_tokens, sp.cache_creation_tokens, sp.reasoning_tokens,
    sp.prompt_cost, sp.completion_cost, sp.total_cost,
    (sp.status = 'error' AND NOT EXISTS (
      SELECT 1 FROM errors er WHERE er.trace_id = sp.trace_id AND sp.id IN (er.agent_id, er.llm_call_id, er.tool_call_id))) AS unreported,
    sp.start_time::text AS start_text, (extract(epoch FROM sp.start_time) * 1000000)::bigint::text AS start_us,
    coalesce(sp.end_time, sp.start_time)::text AS end_text,
    (extract(epoch FROM coalesce(sp.end_time, sp.start_time)) * 1000000)::bigint::text AS end_us
  FROM spans sp JOIN ids ON ids.id = sp.id`;

/** The totals of the given traces as they stand, locked (in id order) for the update that follows. */
export const TRACE_TOTALS_SQL = `
  SELECT id, agent_call_count + llm_call_count + tool_call_count AS span_count, llm_call_count, unpriced_call_count,
    total_cost IS NULL AS unknown_cost, end_time IS NULL AS open, (extract(epoch FROM start_time) * 1000000)::bigint::text AS start_us
    FROM traces WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`;

/**
 * Adds per-trace differences to the totals in one short statement, then derives status, error
 * flag, start and duration as RECOMPUTE_TOTALS_SQL does: $17 is the batch's latest span end, $20 the
 * latest end of the trace's other spans (null when it has ended or has none), $18 the batch's earliest span start.
 */
export const ADD_TOTALS_SQL = `
  UPDATE traces t SET
    prompt_tokens = t.prompt_tokens + d.prompt_tokens, completion_tokens = t.completion_tokens + d.completion_tokens,
    total_tokens = t.total_tokens + d.total_tokens, cache_read_tokens = t.cache_read_tokens + d.cache_read_tokens,
    cache_creation_tokens = t.cache_creation_tokens + d.cache_creation_tokens, reasoning_tokens = t.reasoning_tokens + d.reasoning_tokens,
    prompt_cost = CASE WHEN d.unknown_cost THEN NULL ELSE coalesce(t.prompt_cost, 0) + d.prompt_cost END,
    completion_cost = CASE WHEN d.unknown_cost THEN NULL ELSE coalesce(t.completion_cost, 0) + d.completion_cost END,
    total_cost = CASE WHEN d.unknown_cost THEN NULL ELSE coalesce(t.total_cost, 0) + d.total_cost END,
    unpriced_call_count = t.unpriced_call_count + d.unpriced_calls,
    agent_call_count = t.agent_call_count + d.agent_calls, llm_call_count = t.llm_call_count + d.llm_calls,
    tool_call_count = t.tool_call_count + d.tool_calls,
    error_count = t.error_count + d.errors,
    error_flag = t.error_flag OR t.error_message IS NOT NULL OR t.error_count + d.errors > 0,
    status = CASE WHEN t.error_flag OR t.error_message IS NOT NULL OR t.error_count + d.errors > 0 THEN 'error'
                  WHEN t.end_time IS NOT NULL THEN 'success' ELSE 'running' END,
    models = CASE WHEN d.models = '[]' THEN t.models
                  ELSE ARRAY(SELECT DISTINCT m FROM (SELECT unnest(t.models) UNION SELECT jsonb_array_elements_text(d.models)) AS x(m) ORDER BY m) END,
    start_time = LEAST(t.start_time, coalesce(d.min_start, t.start_time)),
    duration_ms = extract(epoch FROM (coalesce(t.end_time, GREATEST(d.max_end, d.stored_end, t.start_time), t.start_time)
                                      - LEAST(t.start_time, coalesce(d.min_start, t.start_time)))) * 1000,
    version = t.version + 1,
    updated_at = now()
  FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[],
              $8::float8[], $9::float8[], $10::float8[], $11::boolean[], $12::integer[], $13::integer[], $14::integer[],
              $15::integer[], $16::integer[], $17::timestamptz[], $18::timestamptz[], $19::jsonb[], $20::timestamptz[])
    AS d(id, prompt_tokens, completion_tokens, total_tokens, cache_read_tokens, cache_creation_tokens, reasoning_tokens,
         prompt_cost, completion_cost, total_cost, unknown_cost, unpriced_calls, agent_calls, llm_calls,
         tool_calls, errors, max_end, min_start, models, stored_end)
  WHERE t.id = d.id
  RETURNING t.*`;
