// The paths the ingestion benchmarks time, each over the same agent runs (agent-runs.ts): the GraphQL
// `ingest` mutation, and the raw-pg ceiling (the same rows inserted straight into Postgres, with
// everything the API derives computed here); and the stored aggregates that show both stored the same.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { costForModel, decodeTraceResponse } from '@sextant/core';
import { Pool } from 'pg';
import { graphql } from '../gql';
import { type Batch, generateBatches, type Span } from './agent-runs';
import { sextantMetricsReport } from './sextant-metrics';
import {
  Cleanups,
  countOptions,
  cpuMsOf,
  createApiKey,
  createProject,
  fmt,
  type GqlBody,
  gqlBody,
  ingestChecked,
  log,
  openBenchDatabase,
  pgErrorLogger,
  startApiProcess,
  throwIfAborted,
  trapSignals,
} from './bench-kit';
import { otlpBodies } from './otlp-bodies';

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

// ---------------------------------------------------------------- OTLP/HTTP path

/** Posts pre-built OTLP protobuf bodies as the exporter does; fails unless every span was stored (no partial success). */
async function ingestViaOtlp(url: string, key: string, bodies: { body: Buffer; spans: number }[], concurrency: number, signal: AbortSignal) {
  return runConcurrently(bodies, concurrency, signal, async ({ body, spans }) => {
    const res = await fetch(url, {
      method: 'POST',
      body: Buffer.from(body),
      headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${key}` },
    });
    const answer = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`OTLP export of ${spans} spans answered ${res.status}`);
    const partial = decodeTraceResponse(answer).partialSuccess;
    if (partial && (Number(partial.rejectedSpans ?? 0) > 0 || partial.errorMessage)) {
      throw new Error(`OTLP export rejected ${partial.rejectedSpans} of ${spans} spans: ${partial.errorMessage}`);
    }
  });
}

// ---------------------------------------------------------------- the benchmark

const TARGET_SPANS_PER_SECOND = 5_000;
const WARMUP_SPANS = 200;

/** The aggregates OTLP's mapping keeps equal to the other paths' (its spans carry OTel metadata and messages of their own shape). */
const OTLP_COMPARED: (keyof ProjectTotals)[] = ['spans', 'llm', 'tokens', 'cost', 'traceTokens', 'traceCost', 'calls'];

/**
 * Times the GraphQL path (and, with `otlp`, OTLP/HTTP protobuf) against the raw-pg ceiling over the
 * same agent runs, one path after the other, and checks they stored the same aggregates. Bodies and
 * parameters are built before timing: the client's own encoding is not what is measured.
 */
/**
 * Lets the event loop through one I/O poll after seconds of generating batches: a kept-alive socket
 * the API closed meanwhile (its 5 s idle timeout) is then seen closed, instead of being reused for
 * the next POST, which would fail with "other side closed". A timer then an immediate: the poll
 * phase lies between the two, whichever phase this resumes in.
 */
const idleSocketsSeen = async () => {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  await new Promise<void>((resolve) => setImmediate(resolve));
};

export async function ingestBenchmark(o: { otlp: boolean }): Promise<void> {
  const opts = countOptions({ spans: 50_000, batch: 1000, concurrency: 4 });
  const { signal, release } = trapSignals();
  const checkAbort = () => throwIfAborted(signal);
  const cleanups = new Cleanups();
  try {
    const { postgresLabel, version, benchUrl } = await openBenchDatabase(cleanups, signal);

    // No worker in the API: the figure is ingestion's (bench:metrics measures the worker), and a
    // worker still computing metrics after one phase would slow the next.
    const api = await startApiProcess(benchUrl, {}, signal, cleanups);
    const { url, adminKey: key } = api;
    const otlpUrl = url.replace(/\/graphql$/, '/v1/traces');
    checkAbort();

    const pool = new Pool({ connectionString: benchUrl, max: opts.concurrency, application_name: 'sextant-bench' });
    pool.on('error', pgErrorLogger(cleanups));
    cleanups.add('close the pg pool', () => pool.end());

    const suffix = randomBytes(4).toString('hex');
    const gqlProject = await createProject(url, key, `bench-${suffix}-graphql`);
    const pgProject = await createProject(url, key, `bench-${suffix}-pg`);
    const otlpProject = o.otlp ? await createProject(url, key, `bench-${suffix}-otlp`) : null;
    const otlpKey = otlpProject ? await createApiKey(url, key, otlpProject) : null;

    const seed = 20251122;
    const baseMs = Date.now() - 86_400_000;
    // Each path gets the same runs regenerated from the same seeds: same content, fresh ids.
    const warmupRuns = () => generateBatches(seed + 1, Math.min(WARMUP_SPANS, opts.batch), opts.batch, baseMs - 3_600_000);
    const runs = () => generateBatches(seed, opts.spans, opts.batch, baseMs);
    log(`generating ${fmt(opts.spans)} spans...`);
    const gqlWarmup = warmupRuns();
    const gqlBatches = runs();
    const toBody = (b: Batch) => ({ body: ingestBody(gqlProject, b), items: b.spanCount + b.traces.length });
    const gqlWarmupBodies = gqlWarmup.map(toBody);
    const gqlBodies = gqlBatches.map(toBody);
    const traceCount = gqlBatches.reduce((n, b) => n + b.traces.length, 0);
    const bodyBytes = gqlBodies.reduce((n, b) => n + Buffer.byteLength(b.body), 0);
    checkAbort();

    /** Runs one timed phase; returns its wall time and the API process's CPU time, in ms. */
    const timed = async (phase: () => Promise<number>) => {
      const before = cpuMsOf(api.proc.child.pid);
      const ms = await phase();
      return { ms, cpuMs: (cpuMsOf(api.proc.child.pid) ?? NaN) - (before ?? NaN) };
    };

    await idleSocketsSeen();
    log('GraphQL: warm-up batch...');
    await ingestViaGraphql(url, key, gqlWarmupBodies, 1, signal);
    log(`GraphQL: ${gqlBodies.length} batches, ${opts.concurrency} in flight...`);
    const gql = await timed(() => ingestViaGraphql(url, key, gqlBodies, opts.concurrency, signal));

    let otlp: { ms: number; cpuMs: number; bytes: number } | null = null;
    if (otlpKey) {
      const warmup = otlpBodies(warmupRuns());
      const bodies = otlpBodies(runs());
      checkAbort();
      await idleSocketsSeen();
      log('OTLP/HTTP: warm-up batch...');
      await ingestViaOtlp(otlpUrl, otlpKey, warmup, 1, signal);
      log(`OTLP/HTTP: ${bodies.length} batches, ${opts.concurrency} in flight...`);
      otlp = {
        ...(await timed(() => ingestViaOtlp(otlpUrl, otlpKey, bodies, opts.concurrency, signal))),
        bytes: bodies.reduce((n, b) => n + b.body.length, 0),
      };
    }

    const pgWarmup = warmupRuns().map((b) => directParams(pgProject, b));
    const pgBatches = runs().map((b) => directParams(pgProject, b));
    checkAbort();
    log('direct pg: warm-up batch...');
    await ingestDirect(pool, pgWarmup, 1, signal);
    log(`direct pg: ${pgBatches.length} batches, ${opts.concurrency} in flight...`);
    const pgMs = await ingestDirect(pool, pgBatches, opts.concurrency, signal);

    const [gqlTotals, pgTotals, otlpTotals] = await Promise.all([
      projectTotals(pool, gqlProject),
      projectTotals(pool, pgProject),
      otlpProject ? projectTotals(pool, otlpProject) : null,
    ]);
    const expectedSpans = opts.spans + gqlWarmup.reduce((n, b) => n + b.spanCount, 0);
    const mismatches: string[] = (Object.keys(gqlTotals) as (keyof ProjectTotals)[]).filter((k) => gqlTotals[k] !== pgTotals[k]);
    if (gqlTotals.spans !== expectedSpans) mismatches.unshift('spans (expected count)');
    const otlpMismatches = otlpTotals ? OTLP_COMPARED.filter((k) => otlpTotals[k] !== pgTotals[k]) : [];

    const rate = (ms: number) => (opts.spans / ms) * 1000;
    const pgRate = rate(pgMs);
    const cpu = (cpuMs: number) => `the API process used ${fmt(cpuMs / 1000, 2)} s of CPU, ${fmt((cpuMs * 1000) / opts.spans)} µs per span`;
    const met = rate(gql.ms) >= TARGET_SPANS_PER_SECOND;
    const lines = [
      o.otlp ? 'Sextant ingestion benchmark: OTLP/HTTP, GraphQL and the raw-pg ceiling' : 'Sextant ingestion benchmark',
      `  Postgres         ${postgresLabel}, version ${version}`,
      `  spans            ${fmt(opts.spans)} in ${fmt(traceCount)} traces (${fmt(opts.spans / traceCount, 1)} spans/trace, ${fmt(bodyBytes / opts.spans)} bytes/span as GraphQL JSON${otlp ? `, ${fmt(otlp.bytes / opts.spans)} as OTLP protobuf` : ''})`,
      `  batch size       ${fmt(opts.batch)} spans max (${fmt(opts.spans / gqlBatches.length, 1)} on average, whole traces per batch), ${gqlBatches.length} batches`,
      `  concurrency      ${opts.concurrency} in flight`,
      ...(otlp ? [`  OTLP/HTTP        ${fmt(rate(otlp.ms))} spans/s  (${fmt(otlp.ms / 1000, 2)} s; ${cpu(otlp.cpuMs)})`] : []),
      `  GraphQL ingest   ${fmt(rate(gql.ms))} spans/s  (${fmt(gql.ms / 1000, 2)} s; ${cpu(gql.cpuMs)})`,
      `  direct pg        ${fmt(pgRate)} spans/s  (${fmt(pgMs / 1000, 2)} s, multi-row INSERT ... unnest, pg.Pool of ${opts.concurrency})`,
      ...(otlp ? [`  OTLP ratio       ${fmt((rate(otlp.ms) / pgRate) * 100, 1)} % of the direct-pg ceiling`] : []),
      `  ratio            ${fmt((rate(gql.ms) / pgRate) * 100, 1)} % of the direct-pg ceiling${o.otlp ? ' (GraphQL)' : ''}`,
      `  stored rows      ${mismatches.length ? `DIFFER on ${mismatches.join(', ')}` : `same aggregates on both paths (${fmt(gqlTotals.spans)} spans incl. warm-up, ${fmt(gqlTotals.traces)} traces, ${fmt(gqlTotals.tokens)} tokens, $${fmt(gqlTotals.cost, 2)})`}`,
      ...(otlpTotals
        ? [
            `  OTLP rows        ${otlpMismatches.length ? `DIFFER on ${otlpMismatches.join(', ')}` : `same spans, LLM calls, tokens, costs and trace totals as the ceiling`}`,
          ]
        : []),
      `  target ≥ ${fmt(TARGET_SPANS_PER_SECOND)} spans/s through GraphQL: ${met ? 'met' : 'not met'}`,
    ];
    console.log(lines.join('\n'));
    console.log((await sextantMetricsReport(url.replace(/\/graphql$/, ''))).join('\n'));
    if (mismatches.length) throw new Error(`GraphQL and direct-pg projects differ: ${JSON.stringify({ graphql: gqlTotals, pg: pgTotals })}`);
    if (otlpMismatches.length) throw new Error(`OTLP and direct-pg projects differ: ${JSON.stringify({ otlp: otlpTotals, pg: pgTotals })}`);
  } finally {
    await cleanups.run();
    release();
  }
}
