import type { MetricEntity } from '../traces/metric.entity';
import type { UserInteractionEntity } from '../traces/user-interaction.entity';
import { type LLMCallEntity, type SpanEntity } from './span.entity';
import { MAX_ANCESTOR_IDS, nearestAncestorIds, type TreeInput, type TreePlacement } from './span.tree';
import { AgentCall, type FeedbackStat, LLMCall, type Span, ToolCall } from './span.type';

type FeedbackInput = Pick<MetricEntity, 'name' | 'score' | 'value'>;

function feedbackStats(metrics: FeedbackInput[]): FeedbackStat[] {
  const by = new Map<string, { n: number; scores: number[]; values: number[] }>();
  for (const m of metrics) {
    const e = by.get(m.name) ?? { n: 0, scores: [], values: [] };
    e.n++;
    if (m.score !== null) e.scores.push(m.score);
    if (m.value !== null) e.values.push(m.value);
    by.set(m.name, e);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  return [...by].map(([name, e]) => ({ name, count: e.n, meanScore: mean(e.scores), meanValue: mean(e.values) }));
}

/**
 * The name a span is shown under: the name the client sent, else an LLM call's model (OpenAI-style
 * clients send a model and no name). Resolved on reading rather than stored, so a name sent later
 * replaces the default and an update without a name keeps the name sent before.
 */
export const spanName = (e: Pick<SpanEntity, 'kind' | 'name'> & { model?: string | null }): string | null =>
  e.name ?? (e.kind === 'llm' ? (e.model ?? null) : null);

/**
 * Maps one span row to its API type, placed in its tree. An AgentCall's child id lists start empty:
 * filling them needs the whole tree, which the caller has.
 */
export function toSpan(e: SpanEntity, p: TreePlacement, metrics: FeedbackInput[]): Span {
  const target = e.kind === 'llm' ? new LLMCall() : e.kind === 'tool' ? new ToolCall() : new AgentCall();
  const { trace: _trace, ...columns } = e;
  const span: Span = Object.assign(target, columns, {
    name: spanName(e),
    depth: p.depth,
    childIds: p.childIds,
    agentId: p.agentId,
    appPath: `/projects/${e.projectId}/traces/${e.traceId}?span=${e.id}`,
    feedbackStats: feedbackStats(metrics),
  });
  // Read when the field is asked for: copying it here would build every span's ancestor array,
  // quadratic on a deep chain even when no query wants ancestorIds.
  Object.defineProperty(span, 'ancestorIds', { get: () => nearestAncestorIds(p, MAX_ANCESTOR_IDS), enumerable: true, configurable: true });
  if (span instanceof AgentCall) {
    span.llmCallIds = [];
    span.toolCallIds = [];
    span.userInteractionIds = [];
  } else if (span instanceof LLMCall) {
    const llm = e as LLMCallEntity;
    span.timeToFirstTokenMs = llm.firstTokenTime ? llm.firstTokenTime.getTime() - llm.startTime.getTime() : null;
    span.unpriced = llm.totalCost === null;
    span.tokensEstimated = llm.tokensEstimated ?? false;
  }
  return span;
}

/**
 * Maps one page of a trace's depth-first order to API spans. `ordered` is the whole trace, so an
 * agent's child id lists cover all of it, not only the page; `rows` holds the page's full rows (a
 * span deleted since the order was read is left out).
 */
export function toSpanPage(
  ordered: readonly { span: TreeInput; placement: TreePlacement }[],
  page: { start: number; end: number },
  rows: ReadonlyMap<string, SpanEntity>,
  metrics: readonly MetricEntity[],
  interactions: readonly UserInteractionEntity[],
): Span[] {
  const metricsBySpan = new Map<string, MetricEntity[]>();
  for (const m of metrics) {
    if (!m.spanId) continue;
    const list = metricsBySpan.get(m.spanId);
    if (list) list.push(m);
    else metricsBySpan.set(m.spanId, [m]);
  }
  const spans: Span[] = [];
  for (let i = page.start; i < page.end; i++) {
    const { span, placement } = ordered[i];
    const row = rows.get(span.id);
    if (row) spans.push(toSpan(row, placement, metricsBySpan.get(span.id) ?? []));
  }
  const agents = new Map<string, AgentCall>();
  for (const s of spans) if (s instanceof AgentCall) agents.set(s.id, s);
  if (agents.size) {
    for (const { span, placement } of ordered) {
      const agent = placement.agentId ? agents.get(placement.agentId) : undefined;
      if (!agent) continue;
      if (span.kind === 'llm') agent.llmCallIds.push(span.id);
      else if (span.kind === 'tool') agent.toolCallIds.push(span.id);
    }
  }
  for (const ui of interactions) if (ui.agentId) agents.get(ui.agentId)?.userInteractionIds.push(ui.id);
  return spans;
}
