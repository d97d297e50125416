import type { DbContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { customPriceMatcher, type CustomPriceMatcher } from './model-price.compute';
import { loadCustomPrices } from './model-price.service';
import { computeCost, hasTokenCounts, type ComputedCost } from './price-table.compute';
import { findModelPrice } from './pricing.compute';
import { TokenEstimator, textOf } from './token-estimate.compute';

/** A stored LLM call as Postgres returns it (snake_case columns); inputs and outputs are only needed when tokens may be estimated. */
type Row = Record<string, unknown>;

const COUNT_COLUMNS = ['prompt_tokens', 'completion_tokens', 'total_tokens', 'cache_read_tokens', 'cache_creation_tokens', 'reasoning_tokens'] as const;

/** What pricing a batch of calls needs: the project's custom prices, read once, and one tokenizing budget. */
export type Pricing = { custom: CustomPriceMatcher; estimator: TokenEstimator };

/** The project's prices as they stand now, for one batch of calls. */
export async function pricingFor(ctx: DbContext, projectId: string): Promise<Pricing> {
  return { custom: customPriceMatcher(await loadCustomPrices(ctx, projectId)), estimator: new TokenEstimator() };
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Whether a call's token counts are missing (or Sextant's own estimate) and it has ended, so they may be estimated. */
function estimable(r: Row): boolean {
  const ended = r.end_time !== null || (r.status !== 'running' && r.status !== undefined);
  return ended && (r.tokens_estimated === true || COUNT_COLUMNS.every((c) => r[c] === null || r[c] === undefined));
}

/** What pricing may change on a row, comparable between before and after. */
const pricedState = (r: Row) =>
  JSON.stringify([COUNT_COLUMNS.map((c) => num(r[c])), r.tokens_estimated === true, r.prompt_cost, r.completion_cost, r.total_cost, r.cost_source]);

/**
 * Works out one call's tokens and cost in place: counts estimated from its inputs and outputs when
 * the client sent none, then the first custom price of the project that matches, else the bundled
 * one. A call whose cost the client sent keeps it. Returns whether anything changed.
 */
async function priceRow(r: Row, pricing: Pricing): Promise<boolean> {
  const before = pricedState(r);
  const model = (r.model as string | null) ?? null;
  if (estimable(r)) {
    const prompt = await pricing.estimator.count(model, textOf(r.inputs));
    const completion = await pricing.estimator.count(model, textOf(r.outputs));
    const any = prompt > 0 || completion > 0;
    Object.assign(r, {
      prompt_tokens: any ? prompt : null,
      completion_tokens: any ? completion : null,
      total_tokens: any ? prompt + completion : null,
      cache_read_tokens: null,
      cache_creation_tokens: null,
      reasoning_tokens: null,
      tokens_estimated: any,
    });
  }
  if (r.cost_source !== 'client') {
    const usage = {
      promptTokens: num(r.prompt_tokens),
      completionTokens: num(r.completion_tokens),
      cacheReadTokens: num(r.cache_read_tokens),
      cacheCreationTokens: num(r.cache_creation_tokens),
      reasoningTokens: num(r.reasoning_tokens),
    };
    const price =
      pricing.custom({ model, provider: (r.provider as string | null) ?? null, startTime: (r.start_time as Date | null) ?? null }) ?? findModelPrice(model);
    const cost: ComputedCost | null = price && hasTokenCounts(usage) ? computeCost(price, usage) : null;
    Object.assign(r, {
      prompt_cost: cost?.promptCost ?? null,
      completion_cost: cost?.completionCost ?? null,
      total_cost: cost?.totalCost ?? null,
      prompt_cost_details: cost?.promptCostDetails ?? null,
      completion_cost_details: cost?.completionCostDetails ?? null,
      cost_source: cost ? 'computed' : null,
    });
  }
  return before !== pricedState(r);
}

/** The fields pricing writes on a call whose tokens it does not estimate. */
const COST_FIELDS = ['prompt_cost', 'completion_cost', 'total_cost', 'prompt_cost_details', 'completion_cost_details', 'cost_source'] as const;

/** What a call held before it was priced for insert, to put back should it be merged instead. */
export type Unpriced = Pick<Row, (typeof COST_FIELDS)[number]>;

/**
 * Prices, in place, a call about to be inserted (an incoming row, not yet merged with anything) and
 * returns what it held before, or null when it is not an LLM call or its tokens are to be estimated
 * (that needs its stored texts and happens after the upsert). Pricing before the insert spares the
 * update that would follow it. A call that turns out to be stored already must get `restoreUnpriced`
 * before it is merged: its sent fields alone would price it wrongly; priceLlmCalls prices the merge.
 */
export async function priceForInsert(r: Row, pricing: Pricing): Promise<Unpriced | null> {
  if (r.kind !== 'llm' || estimable(r)) return null;
  const before = Object.fromEntries(COST_FIELDS.map((f) => [f, r[f]])) as Unpriced;
  await priceRow(r, pricing);
  return before;
}

/** Puts back what priceForInsert changed. */
export function restoreUnpriced(r: Row, before: Unpriced): void {
  Object.assign(r, before);
}

/** Reads inputs and outputs into the rows that came without them (a lean upsert) and whose tokens will be estimated. */
async function readTextsToEstimate(ctx: DbContext, rows: Row[]): Promise<void> {
  const missing = rows.filter((r) => !('inputs' in r) && estimable(r));
  if (!missing.length) return;
  const texts: { id: string; inputs: unknown; outputs: unknown }[] = await db(ctx).query('SELECT id, inputs, outputs FROM spans WHERE id = ANY($1::uuid[])', [
    missing.map((r) => r.id),
  ]);
  const byId = new Map(texts.map((t) => [t.id, t]));
  for (const r of missing) {
    const t = byId.get(r.id as string);
    r.inputs = t?.inputs ?? null;
    r.outputs = t?.outputs ?? null;
  }
}

/**
 * Prices stored LLM calls of one project (ingestion after its upsert, a recompute batch) and writes
 * the changes in one statement; the rows are updated in place too (they become live events).
 * Custom prices are read here, once per call of this function (or given, read once for the batch),
 * so a change of price applies to the very next batch whichever process ingests it. Returns the rows that changed.
 */
export async function priceLlmCalls(ctx: DbContext, projectId: string, rows: readonly Row[], prices?: Pricing): Promise<Row[]> {
  const llm = rows.filter((r) => r.kind === 'llm');
  if (!llm.length) return [];
  await readTextsToEstimate(ctx, llm);
  const pricing = prices ?? (await pricingFor(ctx, projectId));
  const changed: Row[] = [];
  for (const r of llm) if (await priceRow(r, pricing)) changed.push(r);
  if (!changed.length) return changed;
  const column = (name: string, f: (r: Row) => unknown = (r) => r[name] ?? null) => changed.map(f);
  const json = (name: string) => column(name, (r) => (r[name] === null || r[name] === undefined ? null : JSON.stringify(r[name])));
  await db(ctx).query(
    `UPDATE spans t SET prompt_tokens = u.pt, completion_tokens = u.ct, total_tokens = u.tt, cache_read_tokens = u.crt,
            cache_creation_tokens = u.cct, reasoning_tokens = u.rt, tokens_estimated = u.te,
            prompt_cost = u.p, completion_cost = u.c, total_cost = u.t, prompt_cost_details = u.pd, completion_cost_details = u.cd,
            cost_source = u.cs
       FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::boolean[],
                   $9::float8[], $10::float8[], $11::float8[], $12::jsonb[], $13::jsonb[], $14::text[])
            AS u(id, pt, ct, tt, crt, cct, rt, te, p, c, t, pd, cd, cs)
      WHERE t.id = u.id`,
    [
      column('id'),
      ...COUNT_COLUMNS.map((c) => column(c)),
      column('tokens_estimated', (r) => r.tokens_estimated === true),
      column('prompt_cost'),
      column('completion_cost'),
      column('total_cost'),
      json('prompt_cost_details'),
      json('completion_cost_details'),
      column('cost_source'),
    ],
  );
  return changed;
}
