import type { MetricEntity } from '../metrics/metric.entity';
import type { UserInteractionEntity } from '../user-interactions/user-interaction.entity';
import { type LLMCallEntity, type SpanEntity, type ToolCallEntity } from './span.entity';
import type { TreePlacement } from './span-tree';
import { orderSpanTree } from './span-tree';
import { AgentCall, type FeedbackStat, LLMCall, type Span, ToolCall } from './span.type';

function feedbackStats(metrics: MetricEntity[]): FeedbackStat[] {
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

function base<T extends Span>(target: T, e: SpanEntity, p: TreePlacement, metrics: MetricEntity[]): T {
  const { trace: _trace, ...columns } = e;
  return Object.assign(target, columns, p, {
    appPath: `/projects/${e.projectId}/traces/${e.traceId}?span=${e.id}`,
    feedbackStats: feedbackStats(metrics),
  });
}

/** Maps a trace's span rows to API spans in depth-first order, with tree fields and per-agent child ids filled in. */
export function toSpanTree(rows: SpanEntity[], metrics: MetricEntity[], interactions: UserInteractionEntity[]): Span[] {
  const ordered = orderSpanTree(rows);
  const metricsBySpan = new Map<string, MetricEntity[]>();
  for (const m of metrics) if (m.spanId) metricsBySpan.set(m.spanId, [...(metricsBySpan.get(m.spanId) ?? []), m]);
  const spans = ordered.map(({ span, placement }) => {
    const ms = metricsBySpan.get(span.id) ?? [];
    if (span.kind === 'llm') {
      const llm = span as LLMCallEntity;
      return base(new LLMCall(), llm, placement, ms);
    }
    if (span.kind === 'tool') return base(new ToolCall(), span as ToolCallEntity, placement, ms);
    return base(new AgentCall(), span, placement, ms);
  });
  const agents = new Map<string, AgentCall>();
  for (const s of spans) {
    if (s instanceof AgentCall) {
      s.llmCallIds = [];
      s.toolCallIds = [];
      s.userInteractionIds = [];
      agents.set(s.id, s);
    }
  }
  for (const s of spans) {
    const agent = s.agentId ? agents.get(s.agentId) : undefined;
    if (!agent) continue;
    if (s instanceof LLMCall) agent.llmCallIds.push(s.id);
    else if (s instanceof ToolCall) agent.toolCallIds.push(s.id);
  }
  for (const ui of interactions) if (ui.agentId) agents.get(ui.agentId)?.userInteractionIds.push(ui.id);
  for (const s of spans) {
    if (s instanceof LLMCall) {
      s.timeToFirstTokenMs = s.firstTokenTime ? s.firstTokenTime.getTime() - s.startTime.getTime() : null;
    }
  }
  return spans;
}
