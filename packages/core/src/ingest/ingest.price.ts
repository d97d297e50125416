import type { DbContext } from '../common/service.context';
import { priceLlmCalls as priceCalls, pricedForInsert, pricingFor, type Pricing } from '../pricing/llm-call.price';
import type { Row } from './ingest-rows.validate';

export type { Pricing };

/** The project's prices, read once per batch. */
export const batchPricing = pricingFor;

/**
 * The rows to insert for a batch's spans: new LLM calls whose tokens are known come priced (a copy;
 * `rows` stay as sent, for the merge of any that turn out to be stored already), the rest as they are.
 */
export async function rowsToInsert(rows: Row[], isNew: (r: Row) => boolean, pricing: Pricing): Promise<Row[]> {
  const out = new Array<Row>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = (isNew(rows[i]) && (await pricedForInsert(rows[i], pricing))) || rows[i];
  return out;
}

/** Prices the batch's LLM calls from their merged rows (tokens estimated when none were sent); the stored rows get the prices too. */
export async function priceLlmCalls(ctx: DbContext, projectId: string, stored: Map<string, Row>, pricing?: Pricing): Promise<void> {
  await priceCalls(ctx, projectId, [...stored.values()], pricing);
}
