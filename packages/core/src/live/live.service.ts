import { isUuid, storedTraceId } from '../common/uuid.util';
import { assertProjectAccess, canSeeProject, requireAuthenticated } from '../common/access.policy';
import type { RequestContext } from '../common/service.context';
import { badInput, notFound } from '../common/app.errors';
import { LoaderCache } from '../common/loader-cache.util';
import type { ErrorEntity } from '../traces/error.entity';
import type { Span } from '../spans/span.type';
import { traceMatches } from '../traces/trace-filter.compute';
import type { TraceFilter } from '../traces/trace.type';
import { ConnectionBudget, LiveStream } from './live.stream';
import type { MetricsEvent, TraceEvent } from './project.feed';
import type { SpanStart } from './span.feed';
import type { LiveHub } from './live.hub';
import { traceLoaders } from '../traces/trace.loaders';
import { projectLoaders } from '../projects/project.loaders';

/** A request that can subscribe: the API instance's live hub, and the undelivered-event budget of its WebSocket connection. */
export type LiveContext = RequestContext & { live: LiveHub; budget?: ConnectionBudget };

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Parses `since`: a span sequence number (as returned in Span.sequence) or an ISO-8601 time. */
export function parseSince(since: string | null | undefined, allowSequence: boolean): { afterSeq: number } | { since: Date } | null {
  if (since === undefined || since === null || since === '') return null;
  if (/^\d+$/.test(since)) {
    if (!allowSequence) throw badInput('since must be an ISO-8601 time', { argumentName: 'since' });
    return { afterSeq: Number(since) };
  }
  const m = ISO_8601.exec(since);
  const t = new Date(since);
  // Date parsing rolls 2026-02-30 over to March; the calendar date must survive the round trip.
  const valid = m && !Number.isNaN(t.getTime()) && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toISOString().startsWith(`${m[1]}-${m[2]}-${m[3]}`);
  if (!valid) {
    throw badInput(`since must be ${allowSequence ? 'a span sequence number or ' : ''}an ISO-8601 time`, { argumentName: 'since' });
  }
  return { since: t };
}

/** A stream for one subscription, counted against its connection's buffer, with fresh DataLoaders for each event. */
function stream<T>(ctx: LiveContext, cursorOf: (item: T) => string | null, onClose: () => void) {
  return new LiveStream<T>(ctx.budget ?? new ConnectionBudget(ctx.live.options.bufferEvents), {
    cursorOf,
    beforeEach: () => (ctx.loaders = new LoaderCache(ctx.ds)),
    onClose,
  });
}

/** Attaches to a shared feed; a feed that closed while we were getting it (its last subscriber left) is replaced. */
async function attachWithRetry<T>(attach: () => Promise<LiveStream<T> | null>): Promise<LiveStream<T>> {
  for (;;) {
    const s = await attach();
    if (s) return s;
  }
}

/**
 * The live tail of a trace, by its id or OpenTelemetry trace id. A trace that does not exist yet may
 * be tailed by a key of the project it will be created in (clients often pick the id before the
 * agent starts); events of another project's trace never reach that key.
 */
export async function tailSpans(ctx: LiveContext, id: string, since: string | null | undefined): Promise<LiveStream<Span>> {
  const principal = requireAuthenticated(ctx);
  const start: SpanStart = parseSince(since, true);
  const traceId = storedTraceId(id);
  if (!isUuid(traceId)) throw notFound('Trace', id);
  const trace = await traceLoaders(ctx).traceById.load(traceId);
  if (trace && !canSeeProject(ctx, trace.projectId)) throw notFound('Trace', id);
  const scope = principal.kind === 'admin' ? null : principal.projectId;
  if (trace) assertProjectAccess(ctx, trace.projectId, 'read');
  else if (scope) assertProjectAccess(ctx, scope, 'read');
  return attachWithRetry(async () => {
    const feed = await ctx.live.spanFeed(traceId);
    const s = stream<Span>(
      ctx,
      (span) => String(span.seq),
      () => feed.detach(s),
    );
    return feed.attach(s, scope, start) ? s : null;
  });
}

/** Trace creations, updates and completions in a project, filtered like the `traces` query. */
export async function watchTraces(
  ctx: LiveContext,
  projectId: string,
  filter: TraceFilter | null | undefined,
  since: string | null | undefined,
): Promise<LiveStream<TraceEvent>> {
  assertProjectAccess(ctx, projectId, 'read');
  // Scores live in another table than the trace rows the feed carries: it cannot tell which match.
  if (filter?.scores?.length) throw badInput('The live trace feed cannot filter by score: list such traces with the traces query');
  const start = parseSince(since, false) as { since: Date } | null;
  if (!(await projectLoaders(ctx).projectById.load(projectId))) throw notFound('Project', projectId);
  return attachWithRetry(async () => {
    const feed = await ctx.live.projectFeed(projectId);
    const s = stream<TraceEvent>(
      ctx,
      (e) => e.trace.updatedAt.toISOString(),
      () => feed.detach(s),
    );
    return feed.attachTraces(s, (t) => traceMatches(t, filter), start?.since ?? null) ? s : null;
  });
}

/** Errors recorded in a project, as they are ingested. */
export async function watchErrors(ctx: LiveContext, projectId: string, since: string | null | undefined): Promise<LiveStream<ErrorEntity>> {
  assertProjectAccess(ctx, projectId, 'read');
  const start = parseSince(since, false) as { since: Date } | null;
  if (!(await projectLoaders(ctx).projectById.load(projectId))) throw notFound('Project', projectId);
  return attachWithRetry(async () => {
    const feed = await ctx.live.projectFeed(projectId);
    const s = stream<ErrorEntity>(
      ctx,
      (e) => e.createdAt.toISOString(),
      () => feed.detach(s),
    );
    return feed.attachErrors(s, start?.since ?? null) ? s : null;
  });
}

/** Metrics the worker stores for a project's traces, as they are computed. */
export async function watchMetrics(ctx: LiveContext, projectId: string): Promise<LiveStream<MetricsEvent>> {
  assertProjectAccess(ctx, projectId, 'read');
  if (!(await projectLoaders(ctx).projectById.load(projectId))) throw notFound('Project', projectId);
  return attachWithRetry(async () => {
    const feed = await ctx.live.projectFeed(projectId);
    const s = stream<MetricsEvent>(
      ctx,
      (e) => e.computedAt.toISOString(),
      () => feed.detach(s),
    );
    return feed.attachMetrics(s) ? s : null;
  });
}
