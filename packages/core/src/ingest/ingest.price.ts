import type { DbContext } from '../common/service.context';
import { priceLlmCalls as priceCalls, priceForInsert, restoreUnpriced, type Pricing, type Unpriced } from '../pricing/llm-call.price';
import type { Row } from './ingest-rows.validate';

/**
 * Prices, in place, the batch's new LLM calls whose tokens are known, before they are inserted.
 * Returns the rows priced so, and how to undo it for those that turn out to be merged into stored rows.
 */
export async function priceBeforeInsert(rows: Row[], isNew: (r: Row) => boolean, pricing: Pricing) {
  const priced = new Map<Row, Unpriced>();
  for (const r of rows) {
    if (!isNew(r)) continue;
    const before = await priceForInsert(r, pricing);
    if (before) priced.set(r, before);
  }
  return {
    priced,
    /** Before a merge: the rows go back to what was sent. */
    undo: (merged: Row[]) => {
      for (const r of merged) {
        const before = priced.get(r);
        if (before) restoreUnpriced(r, before);
        priced.delete(r);
      }
    },
  };
}

/**
 * Prices the batch's LLM calls from their merged rows (tokens estimated when none were sent); the
 * stored rows get the prices too. `done` are the ids of calls priced before their insert, and inserted.
 */
export async function priceLlmCalls(ctx: DbContext, projectId: string, stored: Map<string, Row>, done: Set<string>, pricing?: Pricing): Promise<void> {
  const rest: Row[] = [];
  for (const [id, row] of stored) if (!done.has(id)) rest.push(row);
  await priceCalls(ctx, projectId, rest, pricing);
}
