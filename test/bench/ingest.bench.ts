// Ingestion benchmark: spans/s through the GraphQL `ingest` mutation of the real API, against the
// ceiling of inserting the same rows straight into Postgres. The API runs in a process of its own. Run with `pnpm bench:ingest [--spans N]
// [--batch B] [--concurrency C]`; set DATABASE_URL to use an existing Postgres, else an embedded one is started.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { costForModel } from '@sextant/core';
import { Pool } from 'pg';
import { mulberry32 } from '../support/random';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { RunType } from '../gql/graphql';
import {
  Cleanups,
  createProject,
  fmt,
  type GqlBody,
  gqlBody,
  ingestChecked,
  log,
  pgErrorLogger,
  countOptions,
  runMain,
  throwIfAborted,
  trapSignals,
  uuidv7,
  startApiProcess,
  cpuMsOf,
  openBenchDatabase,
} from './bench-kit';

const TARGET_SPANS_PER_SECOND = 5_000;
const WARMUP_SPANS = 200;

type Options = { spans: number; batch: number; concurrency: number };
type Kind = 'agent' | 'llm' | 'tool';

type Span = {
  kind: Kind;
  id: string;
  traceId: string;
  parentId: string | null;
  runType: Lowercase<RunType>;
  name: string;
  start: Date;
  end: Date;
  inputs: unknown;
  outputs: unknown;
  metadata: Record<string, unknown>;
  tags: string[];
  provider?: string;
  model?: string;
  promptTokens?: number;
  completionTokens?: number;
  temperature?: number;
  llmCallId?: string;
};

type Trace = {
  id: string;
  name: string;
  start: Date;
  end: Date;
  userId: string;
  sessionId: string;
  agentVersion: string;
  modelName: string;
  inputs: unknown;
  outputs: unknown;
  tags: string[];
  metadata: Record<string, unknown>;
  spans: Span[];
};

type Batch = { traces: Trace[]; spanCount: number };

const parseOptions = (): Options => countOptions({ spans: 50_000, batch: 1000, concurrency: 4 });

const WORDS = (
  'the order refund shipment customer account invoice policy warranty delivery address payment card ' +
  'status tracking number please check whether we can update cancel return item within days business ' +
  'support ticket agent summary details according to our records your request has been processed and ' +
  'a confirmation email will follow shortly if you have any further questions let me know'
).split(' ');
const SYSTEM_PROMPT =
  'You are a helpful customer-support agent for an online store. Answer concisely, cite the policy ' +
  'documents you used, never invent order data, and escalate to a human when the customer is upset.';
const MODELS = [
  { model: 'gpt-4o', provider: 'openai' },
  { model: 'claude-sonnet-4-5', provider: 'anthropic' },
] as const;
const REGIONS = ['eu-west-1', 'us-east-1', 'ap-southeast-2'];

type Gen = {
  rnd: () => number;
  int(min: number, max: number): number;
  pick<T>(xs: readonly T[]): T;
  text(minWords: number, maxWords: number): string;
};

// Seeded so that both paths store the same content (only the ids differ) and their rows can be compared.
function generator(seed: number): Gen {
  const rnd = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const text = (minWords: number, maxWords: number) => {
    const n = int(minWords, maxWords);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    return `${words.join(' ')}.`;
  };
  return { rnd, int, pick, text };
}

/**
 * One agent run shaped like a support agent: a root agent with LLM and tool calls and a nested
 * research agent (9 to 12 spans, about 10.7). Spans are listed parents first, so cutting the list
 * short (the last trace of a run) still leaves a consistent tree.
 */
function generateTrace(g: Gen, index: number, startMs: number): Trace {
  const traceId = uuidv7();
  const main = g.pick(MODELS);
  const sub = g.rnd() < 0.5 ? main : g.pick(MODELS);
  const question = `Order #${100000 + index}: ${g.text(20, 35)}`;
  const spans: Span[] = [];
  let cursor = startMs;
  const metadata = (step: string) => ({ env: 'bench', region: REGIONS[index % REGIONS.length], step, requestId: `req-${index}-${spans.length}` });
  const tags = (...extra: string[]) => ['bench', 'support', ...extra];

  const llm = (parent: Span, name: string, m: (typeof MODELS)[number]): Span => {
    const start = cursor + g.int(1, 20);
    const end = start + g.int(300, 4000);
    cursor = end;
    const span: Span = {
      kind: 'llm',
      id: uuidv7(),
      traceId,
      parentId: parent.id,
      runType: 'llm',
      name,
      start: new Date(start),
      end: new Date(end),
      inputs: {
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: question },
        ],
      },
      outputs: { choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: g.text(30, 60) } }] },
      metadata: metadata(name),
      tags: tags(m.model),
      provider: m.provider,
      model: m.model,
      promptTokens: g.int(200, 4000),
      completionTokens: g.int(20, 800),
      temperature: 0.2,
    };
    spans.push(span);
    return span;
  };
  const tool = (parent: Span, name: string, runType: 'tool' | 'retriever', llmCall: Span): Span => {
    const start = cursor + g.int(1, 10);
    const end = start + g.int(5, 600);
    cursor = end;
    const span: Span = {
      kind: 'tool',
      id: uuidv7(),
      traceId,
      parentId: parent.id,
      runType,
      name,
      start: new Date(start),
      end: new Date(end),
      inputs: { query: g.text(6, 14), top_k: 3 },
      outputs: {
        documents: [
          { id: `doc-${g.int(1, 9999)}`, title: g.text(3, 6), snippet: g.text(15, 30) },
          { id: `doc-${g.int(1, 9999)}`, title: g.text(3, 6), snippet: g.text(10, 20) },
        ],
      },
      metadata: metadata(name),
      tags: tags(runType),
      llmCallId: llmCall.id,
    };
    spans.push(span);
    return span;
  };
  const agent = (parent: Span | null, name: string, body: (self: Span) => void): Span => {
    const span: Span = {
      kind: 'agent',
      id: uuidv7(),
      traceId,
      parentId: parent?.id ?? null,
      runType: parent ? 'chain' : 'agent',
      name,
      start: new Date(cursor),
      end: new Date(cursor),
      inputs: { input: question, chat_history: [] },
      outputs: null,
      metadata: metadata(name),
      tags: tags('agent'),
    };
    spans.push(span);
    body(span);
    span.end = new Date(cursor + g.int(1, 5));
    cursor = span.end.getTime();
    span.outputs = { output: g.text(25, 45) };
    return span;
  };

  const root = agent(null, 'support-agent', (self) => {
    const plan = llm(self, 'plan', main);
    tool(self, 'search_docs', 'retriever', plan);
    if (g.rnd() < 0.7) tool(self, 'lookup_order', 'tool', plan);
    agent(self, 'research-subagent', (subAgent) => {
      const reason = llm(subAgent, 'research.reason', sub);
      tool(subAgent, 'web_fetch', 'tool', reason);
      if (g.rnd() < 0.5) tool(subAgent, 'web_fetch', 'tool', reason);
      llm(subAgent, 'research.summarize', sub);
    });
    const draft = llm(self, 'draft_answer', main);
    if (g.rnd() < 0.5) tool(self, 'policy_check', 'tool', draft);
    llm(self, 'final_answer', main);
  });

  return {
    id: traceId,
    name: 'support-agent',
    start: root.start,
    end: root.end,
    userId: `user-${index % 997}`,
    sessionId: `session-${Math.floor(index / 3)}`,
    agentVersion: '1.4.2',
    modelName: main.model,
    inputs: { question },
    outputs: root.outputs,
    tags: ['bench', 'support'],
    metadata: { env: 'bench', channel: g.pick(['web', 'email', 'chat']) },
    spans,
  };
}

/** Exactly `total` spans as whole traces, packed into batches of at most `batchSize` spans. */
function generateBatches(seed: number, total: number, batchSize: number, baseMs: number): Batch[] {
  const g = generator(seed);
  const batches: Batch[] = [];
  let current: Batch = { traces: [], spanCount: 0 };
  let produced = 0;
  for (let i = 0; produced < total; i++) {
    const trace = generateTrace(g, i, baseMs + i * 1000);
    trace.spans = trace.spans.slice(0, Math.min(trace.spans.length, total - produced, batchSize));
    trace.end = trace.spans.reduce((max, s) => (s.end > max ? s.end : max), trace.spans[0].end);
    produced += trace.spans.length;
    if (current.spanCount + trace.spans.length > batchSize) {
      batches.push(current);
      current = { traces: [], spanCount: 0 };
    }
    current.traces.push(trace);
    current.spanCount += trace.spans.length;
  }
  if (current.spanCount) batches.push(current);
  return batches;
}

// ---------------------------------------------------------------- GraphQL path

const INGEST = graphql(`mutation IngestBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);

function ingestBody(projectId: string, batch: Batch): GqlBody<ResultOf<typeof INGEST>> {
  const traces = batch.traces.map((t) => ({
    id: t.id,
    name: t.name,
    startTime: t.start.toISOString(),
    endTime: t.end.toISOString(),
    userId: t.userId,
    sessionId: t.sessionId,
    agentVersion: t.agentVersion,
    modelName: t.modelName,
    inputs: t.inputs,
    outputs: t.outputs,
    tags: t.tags,
    metadata: t.metadata,
  }));
  const base = (s: Span) => ({
    id: s.id,
    traceId: s.traceId,
    parentId: s.parentId,
    runType: s.runType.toUpperCase() as Uppercase<Span['runType']>,
    name: s.name,
    startTime: s.start.toISOString(),
    endTime: s.end.toISOString(),
    inputs: s.inputs,
    outputs: s.outputs,
    metadata: s.metadata,
    tags: s.tags,
  });
  const spans = batch.traces.flatMap((t) => t.spans);
  const b = {
    projectId,
    traces,
    agentCalls: spans.filter((s) => s.kind === 'agent').map(base),
    llmCalls: spans
      .filter((s) => s.kind === 'llm')
      .map((s) => ({
        ...base(s),
        provider: s.provider,
        model: s.model,
        promptTokens: s.promptTokens,
        completionTokens: s.completionTokens,
        temperature: s.temperature,
      })),
    toolCalls: spans.filter((s) => s.kind === 'tool').map((s) => ({ ...base(s), llmCallId: s.llmCallId })),
  };
  return gqlBody(INGEST, { b });
}

/**
 * Runs `send` over every batch with at most `concurrency` in flight; returns the wall time in ms.
 * A failure or an abort stops new sends, but requests already sent are waited for rather than cut:
 * the API would go on running them and hit the database being dropped by clean-up.
 */
async function runConcurrently<T>(items: T[], concurrency: number, signal: AbortSignal, send: (item: T) => Promise<void>): Promise<number> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && !signal.aborted && next < items.length) {
      const item = items[next++];
      try {
        await send(item);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  const started = performance.now();
  // Waits for every worker (not just the first failure) so nothing is still in flight during clean-up.
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  const elapsed = performance.now() - started;
  if (failure !== undefined) throw failure;
  throwIfAborted(signal);
  return elapsed;
}

async function ingestViaGraphql(
  url: string,
  key: string,
  bodies: { body: GqlBody<ResultOf<typeof INGEST>>; items: number }[],
  concurrency: number,
  signal: AbortSignal,
): Promise<number> {
  return runConcurrently(bodies, concurrency, signal, ({ body, items }) => ingestChecked(url, key, body, items));
}

// ---------------------------------------------------------------- direct pg path

// node-postgres cannot send a two-dimensional array whose rows differ in length, so each row's
// text[] travels as one array literal and is cast back per row.
const arrayLiteral = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
const ms = (a: Date, b: Date) => b.getTime() - a.getTime();

// The traces insert runs in a CTE of the spans insert: one statement and round trip per batch, and
// as atomic as the API's transaction. Foreign keys are checked at the end of the statement, after
// the CTE inserted the traces.
const DIRECT_SQL = `
  WITH t AS (
    INSERT INTO traces (id, project_id, name, status, start_time, end_time, duration_ms, user_id, session_id, agent_version, model_name,
                        input, output, tags, metadata, models, prompt_tokens, completion_tokens, total_tokens,
                        prompt_cost, completion_cost, total_cost, agent_call_count, llm_call_count, tool_call_count)
    SELECT id, $1::uuid, name, 'success', start_time, end_time, duration_ms, user_id, session_id, agent_version, model_name,
           input, output, tags::text[], metadata, models::text[], prompt_tokens, completion_tokens, total_tokens,
           prompt_cost, completion_cost, total_cost, agents, llms, tools
      FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::float8[], $7::text[], $8::text[], $9::text[], $10::text[],
                  $11::jsonb[], $12::jsonb[], $13::text[], $14::jsonb[], $15::text[], $16::int[], $17::int[], $18::int[],
                  $19::float8[], $20::float8[], $21::float8[], $22::int[], $23::int[], $24::int[])
        AS u(id, name, start_time, end_time, duration_ms, user_id, session_id, agent_version, model_name,
             input, output, tags, metadata, models, prompt_tokens, completion_tokens, total_tokens,
             prompt_cost, completion_cost, total_cost, agents, llms, tools)
  )
  INSERT INTO spans (id, kind, project_id, trace_id, parent_id, run_type, name, status, start_time, end_time, duration_ms,
                     inputs, outputs, metadata, tags, provider, model, prompt_tokens, completion_tokens, total_tokens,
                     prompt_cost, completion_cost, total_cost, prompt_cost_details, completion_cost_details, cost_source, temperature, llm_call_id)
  SELECT id, kind, $1::uuid, trace_id, parent_id, run_type, name, 'success', start_time, end_time, duration_ms,
         inputs, outputs, metadata, tags::text[], provider, model, prompt_tokens, completion_tokens, total_tokens,
         prompt_cost, completion_cost, total_cost, prompt_cost_details, completion_cost_details, cost_source, temperature, llm_call_id
    FROM unnest($25::uuid[], $26::text[], $27::uuid[], $28::uuid[], $29::text[], $30::text[], $31::timestamptz[], $32::timestamptz[], $33::float8[],
                $34::jsonb[], $35::jsonb[], $36::jsonb[], $37::text[], $38::text[], $39::text[], $40::int[], $41::int[], $42::int[],
                $43::float8[], $44::float8[], $45::float8[], $46::jsonb[], $47::jsonb[], $48::text[], $49::float8[], $50::uuid[])
      AS u(id, kind, trace_id, parent_id, run_type, name, start_time, end_time, duration_ms,
           inputs, outputs, metadata, tags, provider, model, prompt_tokens, completion_tokens, total_tokens,
           prompt_cost, completion_cost, total_cost, prompt_cost_details, completion_cost_details, cost_source, temperature, llm_call_id)`;

/**
 * The parameters of one batch, with everything the API derives (costs, trace totals, durations)
 * computed here, so both paths end with the same stored rows.
 */
function directParams(projectId: string, batch: Batch): unknown[] {
  const spans = batch.traces.flatMap((t) => t.spans);
  const costs = spans.map((s) => (s.kind === 'llm' ? costForModel(s.model, { promptTokens: s.promptTokens, completionTokens: s.completionTokens }) : null));
  const traceTotals = batch.traces.map((t) => {
    const totals = { prompt: 0, completion: 0, promptCost: 0, completionCost: 0, totalCost: 0, agents: 0, llms: 0, tools: 0, models: new Set<string>() };
    for (const s of t.spans) {
      if (s.kind === 'agent') totals.agents++;
      if (s.kind === 'tool') totals.tools++;
      if (s.kind !== 'llm') continue;
      totals.llms++;
      totals.prompt += s.promptTokens ?? 0;
      totals.completion += s.completionTokens ?? 0;
      if (s.model) totals.models.add(s.model);
      const cost = costForModel(s.model, { promptTokens: s.promptTokens, completionTokens: s.completionTokens });
      totals.promptCost += cost?.promptCost ?? 0;
      totals.completionCost += cost?.completionCost ?? 0;
      totals.totalCost += cost?.totalCost ?? 0;
    }
    return totals;
  });
  const tr = batch.traces;
  return [
    projectId,
    tr.map((t) => t.id),
    tr.map((t) => t.name),
    tr.map((t) => t.start.toISOString()),
    tr.map((t) => t.end.toISOString()),
    tr.map((t) => ms(t.start, t.end)),
    tr.map((t) => t.userId),
    tr.map((t) => t.sessionId),
    tr.map((t) => t.agentVersion),
    tr.map((t) => t.modelName),
    tr.map((t) => JSON.stringify(t.inputs)),
    tr.map((t) => JSON.stringify(t.outputs)),
    tr.map((t) => arrayLiteral(t.tags)),
    tr.map((t) => JSON.stringify(t.metadata)),
    traceTotals.map((x) => arrayLiteral([...x.models].sort())),
    traceTotals.map((x) => x.prompt),
    traceTotals.map((x) => x.completion),
    traceTotals.map((x) => x.prompt + x.completion),
    traceTotals.map((x) => x.promptCost),
    traceTotals.map((x) => x.completionCost),
    traceTotals.map((x) => x.totalCost),
    traceTotals.map((x) => x.agents),
    traceTotals.map((x) => x.llms),
    traceTotals.map((x) => x.tools),
    spans.map((s) => s.id),
    spans.map((s) => s.kind),
    spans.map((s) => s.traceId),
    spans.map((s) => s.parentId),
    spans.map((s) => s.runType),
    spans.map((s) => s.name),
    spans.map((s) => s.start.toISOString()),
    spans.map((s) => s.end.toISOString()),
    spans.map((s) => ms(s.start, s.end)),
    spans.map((s) => JSON.stringify(s.inputs)),
    spans.map((s) => JSON.stringify(s.outputs)),
    spans.map((s) => JSON.stringify(s.metadata)),
    spans.map((s) => arrayLiteral(s.tags)),
    spans.map((s) => s.provider ?? null),
    spans.map((s) => s.model ?? null),
    spans.map((s) => s.promptTokens ?? null),
    spans.map((s) => s.completionTokens ?? null),
    spans.map((s) => (s.kind === 'llm' ? (s.promptTokens ?? 0) + (s.completionTokens ?? 0) : null)),
    costs.map((c) => c?.promptCost ?? null),
    costs.map((c) => c?.completionCost ?? null),
    costs.map((c) => c?.totalCost ?? null),
    costs.map((c) => (c ? JSON.stringify(c.promptCostDetails) : null)),
    costs.map((c) => (c ? JSON.stringify(c.completionCostDetails) : null)),
    costs.map((c) => (c ? 'computed' : null)),
    spans.map((s) => s.temperature ?? null),
    spans.map((s) => s.llmCallId ?? null),
  ];
}

async function ingestDirect(pool: Pool, batches: unknown[][], concurrency: number, signal: AbortSignal): Promise<number> {
  return runConcurrently(batches, concurrency, signal, async (params) => {
    await pool.query(DIRECT_SQL, params);
  });
}

// ---------------------------------------------------------------- setup and report

type ProjectTotals = {
  spans: number;
  llm: number;
  tokens: number;
  cost: number;
  traces: number;
  traceTokens: number;
  traceCost: number;
  calls: number;
  duration: number;
};

// Same aggregates on both projects show the ceiling stored the same rows the API did, not less work.
async function projectTotals(pool: Pool, projectId: string): Promise<ProjectTotals> {
  const { rows } = await pool.query<Record<keyof ProjectTotals, string>>(
    `SELECT s.spans, s.llm, s.tokens, s.cost, t.traces, t.trace_tokens AS "traceTokens", t.trace_cost AS "traceCost", t.calls, t.duration
       FROM (SELECT count(*) AS spans, count(*) FILTER (WHERE kind = 'llm' AND cost_source = 'computed') AS llm,
                    coalesce(sum(total_tokens), 0) AS tokens, round(coalesce(sum(total_cost), 0)::numeric, 6) AS cost
               FROM spans WHERE project_id = $1) s,
            (SELECT count(*) AS traces, coalesce(sum(total_tokens), 0) AS trace_tokens, round(coalesce(sum(total_cost), 0)::numeric, 6) AS trace_cost,
                    coalesce(sum(agent_call_count + llm_call_count + tool_call_count), 0) AS calls, round(coalesce(sum(duration_ms), 0)::numeric) AS duration
               FROM traces WHERE project_id = $1 AND status = 'success') t`,
    [projectId],
  );
  const r = rows[0];
  return {
    spans: Number(r.spans),
    llm: Number(r.llm),
    tokens: Number(r.tokens),
    cost: Number(r.cost),
    traces: Number(r.traces),
    traceTokens: Number(r.traceTokens),
    traceCost: Number(r.traceCost),
    calls: Number(r.calls),
    duration: Number(r.duration),
  };
}

async function main(): Promise<void> {
  const opts = parseOptions();
  const { signal, release } = trapSignals();
  const checkAbort = () => throwIfAborted(signal);
  const cleanups = new Cleanups();
  try {
    const { postgresLabel, version, benchUrl } = await openBenchDatabase(cleanups, signal);

    // No worker in the API: the figure is ingestion's (bench:metrics measures the worker), and a
    // worker still computing metrics after the GraphQL phase would slow the ceiling measured next.
    const api = await startApiProcess(benchUrl, {}, signal, cleanups);
    const { url, adminKey: key } = api;
    checkAbort();

    const pool = new Pool({ connectionString: benchUrl, max: opts.concurrency, application_name: 'sextant-bench' });
    pool.on('error', pgErrorLogger(cleanups));
    cleanups.add('close the pg pool', () => pool.end());

    const suffix = randomBytes(4).toString('hex');
    const gqlProject = await createProject(url, key, `bench-${suffix}-graphql`);
    const pgProject = await createProject(url, key, `bench-${suffix}-pg`);

    // Bodies and parameters are built before timing: the client shares this process (and its one
    // JavaScript thread) with the API, and its own JSON encoding is not what is being measured.
    const seed = 20251122;
    const baseMs = Date.now() - 86_400_000;
    log(`generating ${fmt(opts.spans)} spans...`);
    const gqlWarmup = generateBatches(seed + 1, Math.min(WARMUP_SPANS, opts.batch), opts.batch, baseMs - 3_600_000);
    const gqlBatches = generateBatches(seed, opts.spans, opts.batch, baseMs);
    const toBody = (b: Batch) => ({ body: ingestBody(gqlProject, b), items: b.spanCount + b.traces.length });
    const gqlWarmupBodies = gqlWarmup.map(toBody);
    const gqlBodies = gqlBatches.map(toBody);
    const traceCount = gqlBatches.reduce((n, b) => n + b.traces.length, 0);
    const bodyBytes = gqlBodies.reduce((n, b) => n + Buffer.byteLength(b.body), 0);
    checkAbort();

    log('GraphQL: warm-up batch...');
    await ingestViaGraphql(url, key, gqlWarmupBodies, 1, signal);
    log(`GraphQL: ${gqlBodies.length} batches, ${opts.concurrency} in flight...`);
    const apiCpuBefore = cpuMsOf(api.proc.child.pid);
    const gqlMs = await ingestViaGraphql(url, key, gqlBodies, opts.concurrency, signal);
    const apiCpuMs = (cpuMsOf(api.proc.child.pid) ?? NaN) - (apiCpuBefore ?? NaN);

    // Regenerated from the same seeds: same content, fresh ids, so nothing collides with the API's rows.
    const pgWarmup = generateBatches(seed + 1, Math.min(WARMUP_SPANS, opts.batch), opts.batch, baseMs - 3_600_000).map((b) => directParams(pgProject, b));
    const pgBatches = generateBatches(seed, opts.spans, opts.batch, baseMs).map((b) => directParams(pgProject, b));
    checkAbort();
    log('direct pg: warm-up batch...');
    await ingestDirect(pool, pgWarmup, 1, signal);
    log(`direct pg: ${pgBatches.length} batches, ${opts.concurrency} in flight...`);
    const pgMs = await ingestDirect(pool, pgBatches, opts.concurrency, signal);

    const [gqlTotals, pgTotals] = await Promise.all([projectTotals(pool, gqlProject), projectTotals(pool, pgProject)]);
    const expectedSpans = opts.spans + gqlWarmup.reduce((n, b) => n + b.spanCount, 0);
    const mismatches: string[] = (Object.keys(gqlTotals) as (keyof ProjectTotals)[]).filter((k) => gqlTotals[k] !== pgTotals[k]);
    if (gqlTotals.spans !== expectedSpans) mismatches.unshift('spans (expected count)');

    const gqlRate = (opts.spans / gqlMs) * 1000;
    const pgRate = (opts.spans / pgMs) * 1000;
    const met = gqlRate >= TARGET_SPANS_PER_SECOND;
    const lines = [
      'Sextant ingestion benchmark',
      `  Postgres         ${postgresLabel}, version ${version}`,
      `  spans            ${fmt(opts.spans)} in ${fmt(traceCount)} traces (${fmt(opts.spans / traceCount, 1)} spans/trace, ${fmt(bodyBytes / opts.spans)} bytes/span as GraphQL JSON)`,
      `  batch size       ${fmt(opts.batch)} spans max (${fmt(opts.spans / gqlBatches.length, 1)} on average, whole traces per batch), ${gqlBatches.length} batches`,
      `  concurrency      ${opts.concurrency} in flight`,
      `  GraphQL ingest   ${fmt(gqlRate)} spans/s  (${fmt(gqlMs / 1000, 2)} s; the API process used ${fmt(apiCpuMs / 1000, 2)} s of CPU, ${fmt((apiCpuMs * 1000) / opts.spans)} µs per span)`,
      `  direct pg        ${fmt(pgRate)} spans/s  (${fmt(pgMs / 1000, 2)} s, multi-row INSERT ... unnest, pg.Pool of ${opts.concurrency})`,
      `  ratio            ${fmt((gqlRate / pgRate) * 100, 1)} % of the direct-pg ceiling`,
      `  stored rows      ${mismatches.length ? `DIFFER on ${mismatches.join(', ')}` : `same aggregates on both paths (${fmt(gqlTotals.spans)} spans incl. warm-up, ${fmt(gqlTotals.traces)} traces, ${fmt(gqlTotals.tokens)} tokens, $${fmt(gqlTotals.cost, 2)})`}`,
      `  target ≥ ${fmt(TARGET_SPANS_PER_SECOND)} spans/s through GraphQL: ${met ? 'met' : 'not met'}`,
    ];
    console.log(lines.join('\n'));
    if (mismatches.length) throw new Error(`GraphQL and direct-pg projects differ: ${JSON.stringify({ graphql: gqlTotals, pg: pgTotals })}`);
  } finally {
    await cleanups.run();
    release();
  }
}

runMain(main);
