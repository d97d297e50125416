import type { RequestContext } from '../common/service.context';
import { db, withTransaction } from '../common/transaction.util';

/** A run stored in a client experiment's session, by the trace it belongs to. */
export type ExperimentTrace = { experimentId: string; traceId: string };

/**
 * Records the example runs of client experiments (the LangSmith SDK's evaluate()) from what a
 * request stored: each trace whose root run names an example of the experiment's dataset
 * (reference_example_id) becomes or updates that example's experiment_runs row, with the root's
 * status, outputs and latency and the trace's token and cost totals; then the experiments' counts
 * follow, and an experiment whose examples have all run is completed. Any run of a trace refreshes
 * its row, so a child that lands after its root still counts in the totals. Two statements.
 *
 * A run whose root has not ended is 'pending', never 'running': Sextant's worker re-dispatches
 * 'running' runs it thinks lost, and the client, not the worker, runs these.
 *
 * One row per example: with num_repetitions > 1 the latest repetition's run is the one kept.
 */
export async function recordExperimentRuns(ctx: RequestContext, runs: ExperimentTrace[]): Promise<void> {
  if (!runs.length) return;
  const pairs = [...new Map(runs.map((r) => [`${r.experimentId}:${r.traceId}`, r])).values()];
  await withTransaction(ctx, async (tx) => {
    const touched: { experiment_id: string }[] = await db(tx).query(
      `WITH u AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS u(experiment_id, trace_id)),
       r AS (
         SELECT DISTINCT ON (x.id, s.reference_example_id)
                x.id AS experiment_id, x.project_id, s.reference_example_id AS example_id, s.trace_id,
                CASE WHEN s.status = 'error' OR s.error IS NOT NULL THEN 'failed'
                     WHEN s.end_time IS NOT NULL OR s.status = 'success' THEN 'completed' ELSE 'pending' END AS status,
                s.outputs, s.error, s.duration_ms, s.start_time, s.end_time,
                t.prompt_tokens, t.completion_tokens, t.total_tokens, t.total_cost
           FROM u
           JOIN experiments x ON x.id = u.experiment_id
           JOIN spans s ON s.id = u.trace_id AND s.trace_id = u.trace_id AND s.project_id = x.project_id AND s.parent_id IS NULL
           JOIN traces t ON t.id = s.trace_id
           JOIN dataset_examples e ON e.id = s.reference_example_id AND e.dataset_id = x.dataset_id
          ORDER BY x.id, s.reference_example_id, s.start_time DESC
       )
       INSERT INTO experiment_runs (id, experiment_id, project_id, example_id, trace_id, status, output, error, latency_ms,
                                    prompt_tokens, completion_tokens, total_tokens, total_cost, attempts, started_at, finished_at)
       SELECT gen_random_uuid(), experiment_id, project_id, example_id, trace_id, status, outputs, error, duration_ms,
              prompt_tokens, completion_tokens, total_tokens, total_cost, 1, start_time, end_time
         FROM r
       ON CONFLICT (experiment_id, example_id) DO UPDATE SET
         trace_id = EXCLUDED.trace_id, status = EXCLUDED.status, output = EXCLUDED.output, error = EXCLUDED.error,
         latency_ms = EXCLUDED.latency_ms, prompt_tokens = EXCLUDED.prompt_tokens, completion_tokens = EXCLUDED.completion_tokens,
         total_tokens = EXCLUDED.total_tokens, total_cost = EXCLUDED.total_cost, started_at = EXCLUDED.started_at,
         finished_at = EXCLUDED.finished_at,
         attempts = experiment_runs.attempts + CASE WHEN experiment_runs.trace_id IS DISTINCT FROM EXCLUDED.trace_id THEN 1 ELSE 0 END
       RETURNING experiment_id`,
      [pairs.map((p) => p.experimentId), pairs.map((p) => p.traceId)],
    );
    const ids = [...new Set(touched.map((t) => t.experiment_id))];
    if (!ids.length) return;
    await db(tx).query(
      `UPDATE experiments x
          SET completed_count = c.completed, failed_count = c.failed, updated_at = now(),
              status = CASE WHEN x.status = 'running' AND x.example_count > 0 AND c.completed + c.failed >= x.example_count
                            THEN 'completed' ELSE x.status END,
              finished_at = CASE WHEN x.status = 'running' AND x.example_count > 0 AND c.completed + c.failed >= x.example_count
                                 THEN now() ELSE x.finished_at END
         FROM (SELECT experiment_id, count(*) FILTER (WHERE status = 'completed')::int AS completed,
                      count(*) FILTER (WHERE status = 'failed')::int AS failed
                 FROM experiment_runs WHERE experiment_id = ANY($1::uuid[]) GROUP BY experiment_id) c
        WHERE x.id = c.experiment_id`,
      [ids],
    );
  });
}
