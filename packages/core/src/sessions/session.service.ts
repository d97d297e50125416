import { assertProjectAccess } from '../common/access.policy';
import type { RequestContext } from '../common/service.context';
import { badInput, notFound } from '../common/app.errors';
import { decodeCursor, encodeCursor, pageSize, toConnection, withTotalCount } from '../common/pagination.util';
import { countRows } from '../common/total-count.sql';
import { listTraces } from '../traces/trace.service';
import { OrderDirection, type TraceConnection, TraceOrderField } from '../traces/trace.type';
import type { Session, SessionConnection } from './session.type';
import { db } from '../common/transaction.util';

type SessionRow = {
  session_id: string;
  trace_count: string;
  start_time: Date;
  last_start: Date;
  end_time: Date | null;
  user_ids: string[];
  total_tokens: string;
  total_cost: number | null;
  unpriced_call_count: string;
  error_flag: boolean;
};

const SESSION_SELECT = `
  SELECT session_id, count(*) AS trace_count, min(start_time) AS start_time, max(start_time) AS last_start,
         max(coalesce(end_time, start_time + duration_ms * interval '1 millisecond')) AS end_time,
         coalesce(array_agg(DISTINCT user_id) FILTER (WHERE user_id IS NOT NULL), '{}') AS user_ids,
         sum(total_tokens) AS total_tokens, sum(total_cost) AS total_cost, sum(unpriced_call_count) AS unpriced_call_count,
         bool_or(error_flag) AS error_flag
    FROM traces WHERE project_id = $1 AND session_id IS NOT NULL`;

const toSession = (projectId: string, r: SessionRow): Session => ({
  projectId,
  id: r.session_id,
  traceCount: Number(r.trace_count),
  startTime: r.start_time,
  lastTraceStartTime: r.last_start,
  endTime: r.end_time,
  userIds: r.user_ids,
  totalTokens: Number(r.total_tokens),
  totalCost: r.total_cost === null ? null : Number(r.total_cost),
  unpricedCallCount: Number(r.unpriced_call_count),
  errorFlag: r.error_flag,
});

/** Lists a project's sessions, most recently active first. */
export async function listSessions(ctx: RequestContext, projectId: string, first?: number, after?: string): Promise<SessionConnection> {
  assertProjectAccess(ctx, projectId, 'read');
  const size = pageSize(first, ctx.config.limits);
  const params: unknown[] = [projectId];
  let having = '';
  if (after) {
    const [last, id] = decodeCursor(after, 'sessions', 2);
    const lastStart = new Date(last as string);
    if (typeof id !== 'string' || Number.isNaN(lastStart.getTime())) throw badInput('Invalid cursor', { argumentName: 'after' });
    params.push(lastStart, id);
    having = 'HAVING (max(start_time), session_id) < ($2, $3)';
  }
  params.push(size + 1);
  const rows: SessionRow[] = await db(ctx).query(
    `${SESSION_SELECT} GROUP BY session_id ${having} ORDER BY max(start_time) DESC, session_id DESC LIMIT $${params.length}`,
    params,
  );
  const connection = toConnection(
    rows,
    size,
    Boolean(after),
    (r) => encodeCursor('sessions', [r.last_start.toISOString(), r.session_id]),
    (r) => toSession(projectId, r),
  );
  return withTotalCount(connection, () =>
    countRows(
      db(ctx),
      'SELECT session_id FROM traces WHERE project_id = $1 AND session_id IS NOT NULL GROUP BY session_id',
      [projectId],
      ctx.config.limits.maxExactCount,
    ),
  );
}

/** A session's traces in start order, for chat playback; its totalCount is the session's traceCount, read with the session. */
export function listSessionTraces(ctx: RequestContext, session: Session, first?: number, after?: string): Promise<TraceConnection> {
  const order = { field: TraceOrderField.START_TIME, direction: OrderDirection.ASC };
  return listTraces(ctx, session.projectId, { sessionId: session.id }, order, first, after, { value: session.traceCount, estimated: false });
}

/** Loads one session of a project, or NOT_FOUND. */
export async function getSession(ctx: RequestContext, projectId: string, sessionId: string): Promise<Session> {
  assertProjectAccess(ctx, projectId, 'read');
  const rows: SessionRow[] = await db(ctx).query(`${SESSION_SELECT} AND session_id = $2 GROUP BY session_id`, [projectId, sessionId]);
  if (!rows.length) throw notFound('Session', sessionId);
  return toSession(projectId, rows[0]);
}
