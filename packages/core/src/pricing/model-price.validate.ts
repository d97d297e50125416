import { badInput } from '../common/app.errors';
import { patternProblem } from './model-price.compute';
import type { UpsertModelPriceInput } from './model-price.input';

/** The highest price per token accepted: $10,000 per million tokens, far above any model, well below a per-million price sent by mistake. */
const MAX_PRICE_PER_TOKEN = 0.01;
const MAX_PROVIDER_LENGTH = 100;

/** A price input checked and normalized for storage, or BAD_USER_INPUT naming the field at fault. */
export function validateModelPrice(input: UpsertModelPriceInput) {
  const pattern = input.modelPattern.trim();
  const problem = patternProblem(pattern);
  if (problem) throw badInput(problem, { argumentName: 'input.modelPattern' });
  const provider = input.provider?.trim() || null;
  if (provider && provider.length > MAX_PROVIDER_LENGTH) {
    throw badInput(`provider may be at most ${MAX_PROVIDER_LENGTH} characters`, { argumentName: 'input.provider' });
  }
  const price = (field: 'inputPrice' | 'outputPrice' | 'cacheReadPrice' | 'cacheWritePrice' | 'reasoningPrice'): number | null => {
    const v = input[field];
    if (v === undefined || v === null) return null;
    if (!Number.isFinite(v) || v < 0) throw badInput(`${field} must be a finite number of USD per token, 0 or more`, { argumentName: `input.${field}` });
    if (v > MAX_PRICE_PER_TOKEN) {
      throw badInput(`${field} is USD per token and may be at most ${MAX_PRICE_PER_TOKEN} ($2.50 per million tokens is 2.5e-6)`, {
        argumentName: `input.${field}`,
      });
    }
    return v;
  };
  const effectiveFrom = input.effectiveFrom ?? null;
  if (effectiveFrom && Number.isNaN(effectiveFrom.getTime())) throw badInput('effectiveFrom is not a valid time', { argumentName: 'input.effectiveFrom' });
  return {
    modelPattern: pattern,
    provider,
    inputPrice: price('inputPrice')!,
    outputPrice: price('outputPrice')!,
    cacheReadPrice: price('cacheReadPrice'),
    cacheWritePrice: price('cacheWritePrice'),
    reasoningPrice: price('reasoningPrice'),
    effectiveFrom,
  };
}
