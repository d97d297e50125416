import { z } from 'zod';
import table from './model-prices.json';
import { computeCost, hasTokenCounts, indexPriceTable, priceTableSchema, type ComputedCost, type ModelPrice, type TokenUsage } from './price-table.compute';

function loadTable(): z.infer<typeof priceTableSchema> {
  const result = priceTableSchema.safeParse(table);
  if (!result.success) {
    throw new Error(`pricing/model-prices.json is invalid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

const parsed = loadTable();
const BUNDLED = indexPriceTable(parsed.models);

/** Where the bundled prices come from, so costs we compute can be traced back to a dated source. */
export const PRICE_TABLE_SOURCE: Readonly<{ source: string; retrievedAt: string; models: number }> = Object.freeze({
  source: parsed.source,
  retrievedAt: parsed.retrievedAt,
  models: parsed.models.length,
});

const CACHE_LIMIT = 1_000;
const lookupCache = new Map<string, Readonly<ModelPrice> | null>();

/** The bundled price of a model. Runs for every ingested LLM span, so lookups (misses included) are memoised in a bounded map. */
export function findModelPrice(model: string | null | undefined): ModelPrice | null {
  if (model == null) return null;
  const cached = lookupCache.get(model);
  if (cached !== undefined) return cached;
  const found = BUNDLED.find(model);
  if (lookupCache.size >= CACHE_LIMIT) {
    const oldest = lookupCache.keys().next();
    if (!oldest.done) lookupCache.delete(oldest.value);
  }
  lookupCache.set(model, found);
  return found;
}

/** Fallback for spans sent without a cost: null rather than a misleading 0 when the model or the counts are unknown. */
export function costForModel(model: string | null | undefined, usage: TokenUsage | null | undefined): ComputedCost | null {
  if (!hasTokenCounts(usage)) return null;
  const price = findModelPrice(model);
  return price ? computeCost(price, usage) : null;
}
