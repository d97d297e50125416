// One big trace seeded with set-based SQL, for the benches that read span trees (bench:tree,
// bench:ui): an agent tree four wide (about 9 levels at 100,000 spans), LLM and tool calls at its
// leaves, ~1 kB of JSON inputs and outputs per span.
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

/** Span i's id: a valid v4 UUID (the API answers NOT_FOUND for anything else) that follows from the trace and i. */
const ID = (i: string) => `(overlay(overlay(md5($2 || ':' || ${i}) placing '4' from 13) placing '8' from 17))::uuid`;

/**
 * One trace of $3 spans. Span i's parent is (i - 1) / 4, so ids, parents and start times follow from
 * i alone; a span with children is an agent, a leaf an LLM call (3 in 5) or a tool call. Start times
 * grow with i, so siblings start in id order and every child after its parent.
 */
const SEED_SPANS = `
  INSERT INTO spans (id, kind, project_id, trace_id, parent_id, run_type, name, status, start_time, end_time, duration_ms, step_index,
                     inputs, outputs, metadata, tags, provider, model, prompt_tokens, completion_tokens, total_tokens, total_cost,
                     invocation_params, seq)
  SELECT ${ID('i')}, kind, $1, $2::uuid, CASE WHEN i > 0 THEN ${ID('(i - 1) / 4')} END,
         CASE kind WHEN 'agent' THEN 'chain' WHEN 'llm' THEN 'llm' ELSE 'tool' END,
         CASE kind WHEN 'agent' THEN 'step-' || (i % 7) WHEN 'llm' THEN 'chat' ELSE 'search_docs' END,
         CASE WHEN i % 97 = 5 THEN 'error' ELSE 'success' END,
         $4::timestamptz + i * interval '1 millisecond', $4::timestamptz + i * interval '1 millisecond' + (50 + i % 900) * interval '1 millisecond',
         50 + i % 900, i,
         jsonb_build_object('messages', jsonb_build_array(jsonb_build_object('role', 'user', 'content', repeat(md5(i::text), 12)))),
         jsonb_build_object('output', repeat(md5((i + 1)::text), 12), 'finish_reason', 'stop'),
         jsonb_build_object('step', i, 'env', 'bench'), '{bench}',
         CASE WHEN kind = 'llm' THEN 'openai' END, CASE WHEN kind = 'llm' THEN 'gpt-4o-mini' END,
         CASE WHEN kind = 'llm' THEN 800 + i % 500 END, CASE WHEN kind = 'llm' THEN 100 + i % 200 END,
         CASE WHEN kind = 'llm' THEN 900 + i % 500 + i % 200 END, CASE WHEN kind = 'llm' THEN 0.0002 + (i % 500) * 1e-6 END,
         CASE WHEN kind = 'llm' THEN '{"temperature": 0.2, "max_tokens": 1024}'::jsonb END, i + 1
    FROM (SELECT i, CASE WHEN 4 * i + 1 < $3 THEN 'agent' WHEN i % 5 < 3 THEN 'llm' ELSE 'tool' END AS kind
            FROM generate_series(0, $3::int - 1) i) s`;

/** The trace row comes first (spans refer to it); its totals are set from its spans after them. */
const SEED_TRACE = `INSERT INTO traces (id, project_id, name, status, start_time) VALUES ($2::uuid, $1, $4, 'success', $3)`;
const SEED_TOTALS = `
  UPDATE traces t SET end_time = s.end_time, duration_ms = extract(epoch FROM s.end_time - t.start_time) * 1000, agent_call_count = s.agents,
                      llm_call_count = s.llms, tool_call_count = s.tools, span_seq = s.n, version = 1, prompt_tokens = s.pt,
                      completion_tokens = s.ct, total_tokens = s.pt + s.ct, total_cost = s.cost, models = s.models
    FROM (SELECT max(end_time) AS end_time, count(*) FILTER (WHERE kind = 'agent') AS agents, count(*) FILTER (WHERE kind = 'llm') AS llms,
                 coalesce(sum(prompt_tokens), 0) AS pt, coalesce(sum(completion_tokens), 0) AS ct, coalesce(sum(total_cost), 0) AS cost,
                 coalesce(array_agg(DISTINCT model) FILTER (WHERE model IS NOT NULL), '{}') AS models,
                 count(*) FILTER (WHERE kind = 'tool') AS tools, count(*) AS n
            FROM spans WHERE trace_id = $1::uuid) s
   WHERE t.id = $1::uuid`;

/** Seeds a trace of `n` spans starting at `t0` in `projectId`, with its totals; returns its id. */
export async function seedSpanTree(pg: Client, projectId: string, n: number, t0: Date, name = 'tree-bench'): Promise<string> {
  const traceId = randomUUID();
  await pg.query(SEED_TRACE, [projectId, traceId, t0, name]);
  await pg.query(SEED_SPANS, [projectId, traceId, n, t0]);
  await pg.query(SEED_TOTALS, [traceId]);
  return traceId;
}
