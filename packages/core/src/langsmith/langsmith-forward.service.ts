import type { DataSource } from 'typeorm';
import type { RequestContext } from '../common/context';
import { ErrorEntity } from '../errors/error.entity';
import { SpanEntity } from '../spans/span.entity';
import { TraceEntity } from '../traces/trace.entity';
import type { ForwardTraceRows } from './langsmith-forward.mapper';
import type { ForwardingStatus, TraceForwarding } from './langsmith-forward.type';

/** The rows one trace is forwarded from; null when the trace is gone. */
export async function loadForwardRows(ds: DataSource, traceId: string): Promise<ForwardTraceRows | null> {
  const trace = await ds.getRepository(TraceEntity).findOneBy({ id: traceId });
  if (!trace) return null;
  const [spans, errors] = await Promise.all([
    ds.getRepository(SpanEntity).find({ where: { traceId }, order: { startTime: 'ASC', id: 'ASC' } }),
    ds.getRepository(ErrorEntity).find({ where: { traceId }, order: { timestamp: 'ASC', id: 'ASC' } }),
  ]);
  return { trace, spans, errors };
}

/** Records the start of a send: pending, one more attempt. */
export async function markForwardAttempt(ds: DataSource, traceId: string): Promise<void> {
  await ds.query(
    `INSERT INTO langsmith_forwards (trace_id, status, attempts) VALUES ($1, 'pending', 1)
     ON CONFLICT (trace_id) DO UPDATE SET status = 'pending', attempts = langsmith_forwards.attempts + 1, updated_at = now()`,
    [traceId],
  );
}

/** Records how a send ended: sent, or failed with the error (LangSmith's answer included). */
export async function markForwardResult(ds: DataSource, traceId: string, error: string | null): Promise<void> {
  await ds.query(
    error === null
      ? `UPDATE langsmith_forwards SET status = 'sent', last_error = NULL, sent_at = now(), updated_at = now() WHERE trace_id = $1`
      : `UPDATE langsmith_forwards SET status = 'failed', last_error = $2, updated_at = now() WHERE trace_id = $1`,
    error === null ? [traceId] : [traceId, error.slice(0, 4000)],
  );
}

/** The forwarding status of a trace, through the request's loader; null when it was never forwarded. */
export async function forwardingOf(ctx: RequestContext, traceId: string): Promise<TraceForwarding | null> {
  const row = await ctx.loaders.forwardingByTrace.load(traceId);
  return row ? { status: row.status as ForwardingStatus, attempts: row.attempts, lastError: row.lastError, sentAt: row.sentAt } : null;
}
