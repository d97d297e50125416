import type { DbContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { costForModel } from '../pricing/pricing.compute';
import type { Row } from './ingest-rows.validate';

/** Prices LLM calls that carry no client cost, from their merged model and token counts; the stored rows get the prices too. */
export async function priceLlmCalls(ctx: DbContext, stored: Map<string, Row>) {
  const priced: { id: string; p: number; c: number; t: number; pd: string; cd: string }[] = [];
  for (const r of stored.values()) {
    if (r.kind !== 'llm' || r.cost_source === 'client') continue;
    const cost = costForModel(r.model as string | null, {
      promptTokens: r.prompt_tokens as number | null,
      completionTokens: r.completion_tokens as number | null,
      cacheReadTokens: r.cache_read_tokens as number | null,
      cacheCreationTokens: r.cache_creation_tokens as number | null,
      reasoningTokens: r.reasoning_tokens as number | null,
    });
    if (!cost) continue;
    Object.assign(r, {
      prompt_cost: cost.promptCost,
      completion_cost: cost.completionCost,
      total_cost: cost.totalCost,
      prompt_cost_details: cost.promptCostDetails,
      completion_cost_details: cost.completionCostDetails,
      cost_source: 'computed',
    });
    priced.push({
      id: r.id as string,
      p: cost.promptCost,
      c: cost.completionCost,
      t: cost.totalCost,
      pd: JSON.stringify(cost.promptCostDetails),
      cd: JSON.stringify(cost.completionCostDetails),
    });
  }
  if (!priced.length) return;
  await db(ctx).query(
    `UPDATE spans t SET prompt_cost = u.p, completion_cost = u.c, total_cost = u.t,
            prompt_cost_details = u.pd, completion_cost_details = u.cd, cost_source = 'computed'
       FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::float8[], $5::jsonb[], $6::jsonb[]) AS u(id, p, c, t, pd, cd)
      WHERE t.id = u.id`,
    [priced.map((x) => x.id), priced.map((x) => x.p), priced.map((x) => x.c), priced.map((x) => x.t), priced.map((x) => x.pd), priced.map((x) => x.cd)],
  );
}
