import type { MetricEntity } from '../traces/metric.entity';
import type { UserInteractionEntity } from '../traces/user-interaction.entity';
import { type SpanKind, type LLMCallEntity, type SpanEntity } from './span.entity';
import { MAX_ANCESTOR_IDS, nearestAncestorIds, type TreePlacement } from './span.tree';
import { AgentCall, type FeedbackStat, LLMCall, type Span, ToolCall } from './span.type';
import type { TraceTree } from './trace-tree.tree';

type FeedbackInput = Pick<MetricEntity, 'name' | 'score' | 'value'>;

/** The start-to-first-token time of an LLM call, when it streamed. */
const timeToFirstTokenMs = (firstTokenTime: Date | null | undefined, startTime: Date) =>
  firstTokenTime ? firstTokenTime.getTime() - startTime.getTime() : null;

/** Where a UI shows a span (LangSmith's app_path). */
const appPath = (s: { projectId: string; traceId: string; id: string }) => `/projects/${s.projectId}/traces/${s.traceId}?span=${s.id}`;

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
    appPath: appPath(e),
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
    span.timeToFirstTokenMs = timeToFirstTokenMs(llm.firstTokenTime, llm.startTime);
    span.unpriced = llm.totalCost === null;
    span.tokensEstimated = llm.tokensEstimated ?? false;
  }
  return span;
}

/** Span fields computed from columns, with the columns (entity properties) each one needs. */
const DERIVED_FROM: Record<string, readonly string[]> = {
  appPath: ['projectId', 'traceId'],
  timeToFirstTokenMs: ['firstTokenTime', 'startTime'],
  name: ['name', 'model'],
  unpriced: ['totalCost'],
  tokensEstimated: ['tokensEstimated'],
  promptVersion: ['promptVersionId'],
};
/** Span fields answered from the trace's tree or from other tables, needing no column. */
const PLACED_FIELDS = new Set([
  '__typename',
  'depth',
  'ancestorIds',
  'childIds',
  'agentId',
  'feedbackStats',
  'llmCallIds',
  'toolCallIds',
  'userInteractionIds',
]);
/** Span fields named otherwise than their column's entity property. */
const FIELD_PROPERTIES: Record<string, string> = { sequence: 'seq' };
/** Read whatever is asked: what a span is and where it belongs. */
const ALWAYS = ['id', 'kind', 'projectId', 'traceId'];

/**
 * The entity properties (span columns) that answer the given span fields. A field it does not
 * know (one added to the schema since) asks for every column, so it is answered as before.
 */
export function spanPropertiesFor(fields: ReadonlySet<string>, columns: ReadonlyMap<string, unknown>): string[] {
  const out = new Set(ALWAYS);
  for (const f of fields) {
    const prop = FIELD_PROPERTIES[f] ?? f;
    if (DERIVED_FROM[f]) for (const c of DERIVED_FROM[f]) out.add(c);
    else if (columns.has(prop)) out.add(prop);
    else if (!PLACED_FIELDS.has(f)) return [...columns.keys()];
  }
  return [...out];
}

/** A span row as read for a page: the asked-for columns under their entity property names. */
export type SpanRow = { id: string; kind: SpanKind; projectId: string; traceId: string } & Record<string, unknown>;

/** What a page needs besides its rows, each read only when a field asks for it. */
export type SpanPageExtras = {
  metrics?: readonly FeedbackInput[] & readonly { spanId: string | null }[];
  interactions?: readonly Pick<UserInteractionEntity, 'id' | 'agentId'>[];
};

const KIND_CODE = { agent: 0, llm: 1, tool: 2 } as const;

/**
 * Maps one page of a trace's tree to API spans, computing only the asked-for fields: each span is
 * its row's selected columns plus the tree fields asked for, read from the placed tree (whose
 * agents' child lists cover the whole trace), never a copy of its ancestors unless ancestorIds is
 * asked. A span whose row is missing (deleted since the tree was read) is left out.
 */
export function toSpanPage(
  tree: TraceTree,
  page: { start: number; end: number },
  rows: ReadonlyMap<string, SpanRow>,
  fields: ReadonlySet<string>,
  extras: SpanPageExtras,
): Span[] {
  const { ids, depth, parent, agent, childStart, childPos } = tree;
  const metricsBySpan = new Map<string, FeedbackInput[]>();
  for (const m of extras.metrics ?? []) {
    if (!m.spanId) continue;
    const list = metricsBySpan.get(m.spanId);
    if (list) list.push(m);
    else metricsBySpan.set(m.spanId, [m]);
  }
  const spans: Span[] = [];
  const agents = new Map<number, Record<string, unknown>>();
  for (let p = page.start; p < page.end; p++) {
    const row = rows.get(ids[p]);
    if (!row) continue;
    // A copy of the few selected columns: adding the tree's fields to pg's row objects themselves
    // measured several times slower than copying them into a fresh object first.
    const span: Record<string, unknown> = Object.assign({}, row);
    if (fields.has('depth')) span.depth = depth[p];
    if (fields.has('agentId')) span.agentId = agent[p] < 0 ? null : ids[agent[p]];
    if (fields.has('childIds')) {
      const childIds: string[] = [];
      for (let k = childStart[p]; k < childStart[p + 1]; k++) childIds.push(ids[childPos[k]]);
      span.childIds = childIds;
    }
    if (fields.has('ancestorIds')) {
      // The nearest ones only (see MAX_ANCESTOR_IDS): a deep chain would make every page quadratic.
      const up: string[] = [];
      for (let a = parent[p]; a >= 0 && up.length < MAX_ANCESTOR_IDS; a = parent[a]) up.push(ids[a]);
      span.ancestorIds = up.reverse();
    }
    if (fields.has('name'))
      span.name = spanName({ kind: row.kind, name: (row.name as string | null | undefined) ?? null, model: row.model as string | null | undefined });
    if (row.kind === 'llm') {
      if (fields.has('unpriced')) span.unpriced = row.totalCost === null;
      if (fields.has('tokensEstimated')) span.tokensEstimated = row.tokensEstimated ?? false;
    }
    if (fields.has('appPath')) span.appPath = appPath(row);
    if (fields.has('timeToFirstTokenMs') && row.kind === 'llm')
      span.timeToFirstTokenMs = timeToFirstTokenMs(row.firstTokenTime as Date | null, row.startTime as Date);
    if (fields.has('feedbackStats')) span.feedbackStats = feedbackStats(metricsBySpan.get(row.id) ?? []);
    if (row.kind === 'agent') {
      if (fields.has('llmCallIds')) span.llmCallIds = [];
      if (fields.has('toolCallIds')) span.toolCallIds = [];
      if (fields.has('userInteractionIds')) span.userInteractionIds = [];
      agents.set(p, span);
    }
    spans.push(span as unknown as Span);
  }
  if (agents.size && (fields.has('llmCallIds') || fields.has('toolCallIds'))) {
    // Every span whose nearest agent is on this page: those lie in the agents' subtrees, anywhere in the trace.
    for (let q = 0; q < ids.length; q++) {
      const a = agent[q] < 0 ? undefined : agents.get(agent[q]);
      if (!a) continue;
      const kind = tree.kinds[q];
      if (kind === KIND_CODE.llm) (a.llmCallIds as string[] | undefined)?.push(ids[q]);
      else if (kind === KIND_CODE.tool) (a.toolCallIds as string[] | undefined)?.push(ids[q]);
    }
  }
  if (agents.size && extras.interactions) {
    const byId = new Map<string, Record<string, unknown>>();
    for (const a of agents.values()) byId.set(a.id as string, a);
    for (const ui of extras.interactions) if (ui.agentId) (byId.get(ui.agentId)?.userInteractionIds as string[] | undefined)?.push(ui.id);
  }
  return spans;
}
