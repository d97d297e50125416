// How a batch changes its traces' totals, worked out from the batch's spans alone: what each span
// added before the batch (nothing, for a new one) and what it adds after. Sums and counts take the
// difference. The extremes and the distinct models cannot always: a span whose end moves earlier
// or whose model changes may have been the one that set them, and a trace whose LLM calls are all
// unpriced has an unknown (null) cost only if no other span has a cost, which its totals do not
// say in every case. Such a trace is recomputed from all its spans instead (rare: ingestion sends
// spans whose ends only grow and whose model stays).

/** One span's part in its trace's totals, as SPAN_CONTRIBUTIONS_SQL reads it (bigints as text). */
export type SpanContribution = {
  id: string;
  trace_id: string;
  kind: string;
  model: string | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  total_tokens: number | null;
  cache_read_tokens: number | null;
  cache_creation_tokens: number | null;
  reasoning_tokens: number | null;
  prompt_cost: number | null;
  completion_cost: number | null;
  total_cost: number | null;
  unreported: boolean;
  start_text: string;
  start_us: string;
  end_text: string;
  end_us: string;
};

/** A trace before the batch (from LOCK_TRACES_SQL); absent for a trace the batch creates. */
export type TraceBefore = { id: string; span_count: number; start_us: string; zero_duration: boolean; last_end_text: string | null };

/** A trace as it stands just before its totals are updated (TRACE_TOTALS_SQL). */
export type TraceNow = {
  id: string;
  span_count: number;
  llm_call_count: number;
  unpriced_call_count: number;
  unknown_cost: boolean;
  open: boolean;
  start_us: string;
};

const TOKENS = ['prompt_tokens', 'completion_tokens', 'total_tokens', 'cache_read_tokens', 'cache_creation_tokens', 'reasoning_tokens'] as const;
const COSTS = ['prompt_cost', 'completion_cost', 'total_cost'] as const;

/** What ADD_TOTALS_SQL adds to one trace. */
type TotalsDelta = {
  id: string;
  tokens: number[];
  costs: number[];
  unknownCost: boolean;
  unpricedCalls: number;
  agentCalls: number;
  llmCalls: number;
  toolCalls: number;
  errors: number;
  /** The batch's latest span end, text as Postgres wrote it. */
  maxEnd: string | null;
  /** The latest end of the trace's spans before the batch, while it has not ended. */
  storedEnd: string | null;
  /** The batch's earliest span start. */
  minStart: string | null;
  /** The models of the batch's spans, to add to the trace's. */
  models: string[];
};

/** What a batch does to its traces' totals: differences to add, and traces to recompute in full. */
export type TotalsChange = { deltas: TotalsDelta[]; recompute: string[] };

type Sums = { tokens: number[]; costs: number[]; costed: number; unpriced: number; agent: number; llm: number; tool: number; unreported: number };

function sum(rows: SpanContribution[]): Sums {
  const s: Sums = { tokens: TOKENS.map(() => 0), costs: COSTS.map(() => 0), costed: 0, unpriced: 0, agent: 0, llm: 0, tool: 0, unreported: 0 };
  for (const r of rows) {
    TOKENS.forEach((c, i) => (s.tokens[i] += Number(r[c] ?? 0)));
    COSTS.forEach((c, i) => (s.costs[i] += r[c] ?? 0));
    if (r.total_cost !== null) s.costed++;
    if (r.kind === 'llm' && r.total_cost === null) s.unpriced++;
    if (r.kind === 'agent') s.agent++;
    if (r.kind === 'llm') s.llm++;
    if (r.kind === 'tool') s.tool++;
    if (r.unreported) s.unreported++;
  }
  return s;
}

const byTrace = (rows: SpanContribution[]) => {
  const m = new Map<string, SpanContribution[]>();
  for (const r of rows) m.set(r.trace_id, [...(m.get(r.trace_id) ?? []), r]);
  return m;
};

/** The row with the least (or greatest) microsecond figure, compared as integers. */
function extreme(rows: SpanContribution[], key: 'start_us' | 'end_us', greatest: boolean): SpanContribution | undefined {
  let best: SpanContribution | undefined;
  for (const r of rows) if (!best || (greatest ? BigInt(r[key]) > BigInt(best[key]) : BigInt(r[key]) < BigInt(best[key]))) best = r;
  return best;
}

/**
 * Whether the trace's cost is unknown after the batch (it has LLM calls, all unpriced, and no span
 * with a cost), or undefined when its totals cannot tell whether a span outside the batch has a cost.
 */
function unknownCostAfter(now: TraceNow, before: Sums, after: Sums): boolean | undefined {
  const llm = now.llm_call_count + after.llm - before.llm;
  const unpriced = now.unpriced_call_count + after.unpriced - before.unpriced;
  if (unpriced === 0 || llm > unpriced) return false;
  // A null cost says no span had one: the batch's spans are then all there is to count.
  if (now.unknown_cost) return after.costed === 0;
  if (after.costed > 0) return false;
  // A known cost with LLM calls means some span has a cost; if none of the batch's lost one, it still does.
  if (before.costed === 0 && (now.llm_call_count > 0 || now.unpriced_call_count > 0)) return false;
  return undefined;
}

/**
 * How a batch changes the totals of `touched` traces, from its spans' contributions before and
 * after it wrote them and the error rows it inserted per trace. Traces whose totals cannot be
 * corrected from the batch's spans alone are listed in `recompute`.
 */
export function totalsChange(
  touched: Iterable<string>,
  beforeRows: SpanContribution[],
  afterRows: SpanContribution[],
  insertedErrors: Map<string, number>,
  tracesBefore: Map<string, TraceBefore>,
  tracesNow: Map<string, TraceNow>,
): TotalsChange {
  const beforeBy = byTrace(beforeRows);
  const afterBy = byTrace(afterRows);
  const out: TotalsChange = { deltas: [], recompute: [] };
  for (const id of touched) {
    const now = tracesNow.get(id);
    if (!now) continue;
    const pre = tracesBefore.get(id);
    const b = beforeBy.get(id) ?? [];
    const a = afterBy.get(id) ?? [];
    const old = new Map(b.map((r) => [r.id, r]));
    const firstStart = extreme(a, 'start_us', false);
    const lastEnd = extreme(a, 'end_us', true);
    const startPre = pre ? BigInt(pre.start_us) : BigInt(now.start_us);
    const startAfter = firstStart && BigInt(firstStart.start_us) < BigInt(now.start_us) ? BigInt(firstStart.start_us) : BigInt(now.start_us);
    const hadSpans = Number(pre?.span_count ?? 0) > 0;
    const sb = sum(b);
    const sa = sum(a);
    const unknownCost = unknownCostAfter(now, sb, sa);
    const needsFull =
      // Created by a concurrent batch after this one looked: nothing is known of it from before.
      (!pre && Number(now.span_count) > 0) ||
      // The trace's own start moved later: its earliest span decides, whichever it is.
      BigInt(now.start_us) > startPre ||
      // Its spans all ended by its start, and it starts earlier now: where they ended is not stored.
      (now.open && hadSpans && pre!.zero_duration && startAfter < startPre) ||
      a.some((r) => {
        const o = old.get(r.id);
        return o && ((o.model !== null && o.model !== r.model) || BigInt(r.end_us) < BigInt(o.end_us));
      }) ||
      unknownCost === undefined;
    if (needsFull) {
      out.recompute.push(id);
      continue;
    }
    const storedEnd = now.open && hadSpans ? pre!.last_end_text : null;
    out.deltas.push({
      id,
      tokens: sa.tokens.map((v, i) => v - sb.tokens[i]),
      costs: sa.costs.map((v, i) => v - sb.costs[i]),
      unknownCost: unknownCost!,
      unpricedCalls: sa.unpriced - sb.unpriced,
      agentCalls: sa.agent - sb.agent,
      llmCalls: sa.llm - sb.llm,
      toolCalls: sa.tool - sb.tool,
      errors: (insertedErrors.get(id) ?? 0) + sa.unreported - sb.unreported,
      maxEnd: lastEnd?.end_text ?? null,
      storedEnd,
      minStart: firstStart?.start_text ?? null,
      models: [...new Set(a.map((r) => r.model).filter((m): m is string => m !== null))],
    });
  }
  return out;
}
