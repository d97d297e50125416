import { badInput } from '../common/app.errors';
import type { RequestContext } from '../common/service.context';
import { traceSpanPage } from '../spans/span.service';
import type { Span } from '../spans/span.type';
import { getTrace } from '../traces/trace.service';
import { alignSpanTrees, type AlignableSpan, COMPARED_FIELDS } from './span-alignment.compute';
import type { SpanComparison, TraceComparison } from './trace-compare.type';

/** The largest trace compared: both trees are read whole and aligned in memory. */
export const MAX_COMPARED_SPANS = 10_000;

const delta = (a: unknown, b: unknown): number | null => (typeof a === 'number' && typeof b === 'number' ? b - a : null);

/** Every span of a trace, page by page as the tree view reads them, with the fields asked for. */
async function allSpans(ctx: RequestContext, traceId: string, fields: ReadonlySet<string>): Promise<Span[]> {
  const max = ctx.config.limits.maxSpansPerPage;
  const out: Span[] = [];
  for (;;) {
    const page = await traceSpanPage(ctx, traceId, { first: max, after: out.at(-1)?.id ?? null }, fields);
    out.push(...page);
    if (page.length < max) return out;
  }
}

/**
 * Compares two traces the caller may read: their trees aligned by path (see alignSpanTrees), each
 * pair with the fields that differ and the deltas of duration, cost and tokens. `spanFields` are the
 * span fields to read (those the answer selects, plus what the comparison needs).
 */
export async function compareTraces(ctx: RequestContext, aId: string, bId: string, spanFields: ReadonlySet<string>): Promise<TraceComparison> {
  const [a, b] = await Promise.all([getTrace(ctx, aId), getTrace(ctx, bId)]);
  for (const t of [a, b]) {
    const n = t.agentCallCount + t.llmCallCount + t.toolCallCount;
    if (n > MAX_COMPARED_SPANS) {
      throw badInput(`Trace ${t.id} has ${n} spans; traces of up to ${MAX_COMPARED_SPANS} spans can be compared`, { maxSpans: MAX_COMPARED_SPANS });
    }
  }
  const fields = new Set([...spanFields, 'parentId', 'name', 'durationMs', ...COMPARED_FIELDS]);
  const [aSpans, bSpans] = await Promise.all([allSpans(ctx, a.id, fields), allSpans(ctx, b.id, fields)]);
  const pairs = alignSpanTrees(aSpans as unknown as (Span & AlignableSpan)[], bSpans as unknown as (Span & AlignableSpan)[]);
  const spans: SpanComparison[] = pairs.map((p) => ({
    ...p,
    durationMsDelta: p.a && p.b ? delta(p.a.durationMs, p.b.durationMs) : null,
    totalCostDelta: p.a && p.b ? delta(p.a.totalCost, p.b.totalCost) : null,
    totalTokensDelta: p.a && p.b ? delta(p.a.totalTokens, p.b.totalTokens) : null,
  }));
  const matched = pairs.filter((p) => p.a && p.b).length;
  return {
    a,
    b,
    spans,
    matched,
    onlyInA: pairs.filter((p) => p.a && !p.b).length,
    onlyInB: pairs.filter((p) => p.b && !p.a).length,
    changed: pairs.filter((p) => p.differences.length > 0).length,
  };
}
