import { z } from 'zod';
import table from './model-prices.json';

export type ModelPrice = {
  id: string;
  provider: string;
  input: number;
  output: number;
  cacheRead: number | null;
  cacheWrite: number | null;
};

export type TokenUsage = {
  promptTokens?: number | null;
  completionTokens?: number | null;
  cacheReadTokens?: number | null;
  cacheCreationTokens?: number | null;
  reasoningTokens?: number | null;
};

export type ComputedCost = {
  promptCost: number;
  completionCost: number;
  totalCost: number;
  promptCostDetails: Record<string, number>;
  completionCostDetails: Record<string, number>;
};

const usdPerToken = z.number().nonnegative();

const entrySchema = z.object({
  id: z.string().min(1),
  provider: z.string().min(1),
  matchPattern: z.string().min(1).refine(compiles, { message: 'matchPattern is not a valid JavaScript regular expression' }),
  input: usdPerToken,
  output: usdPerToken,
  cacheRead: usdPerToken.nullable(),
  cacheWrite: usdPerToken.nullable(),
  note: z.string().optional(),
});

const tableSchema = z
  .object({
    source: z.string().min(1),
    retrievedAt: z.iso.date(),
    unit: z.literal('USD per token'),
    models: z.array(entrySchema).min(1),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.models.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: ['models', index, 'id'], message: `duplicate id '${entry.id}'` });
      }
      seen.add(entry.id);
      if (!compiles(entry.matchPattern)) return;
      if (!new RegExp(entry.matchPattern, 'i').test(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['models', index, 'matchPattern'],
          message: `pattern does not match its own id '${entry.id}'`,
        });
      }
      const shadow = value.models.slice(0, index).find((earlier) => compiles(earlier.matchPattern) && new RegExp(earlier.matchPattern, 'i').test(entry.id));
      if (shadow) {
        ctx.addIssue({
          code: 'custom',
          path: ['models', index, 'matchPattern'],
          message: `'${entry.id}' is unreachable: the earlier entry '${shadow.id}' matches it first`,
        });
      }
    });
  });

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

function loadTable(): z.infer<typeof tableSchema> {
  const result = tableSchema.safeParse(table);
  if (!result.success) {
    throw new Error(`pricing/model-prices.json is invalid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

const parsed = loadTable();

const MATCHERS: ReadonlyArray<{ pattern: RegExp; price: Readonly<ModelPrice> }> = parsed.models.map((entry) => ({
  pattern: new RegExp(entry.matchPattern, 'i'),
  price: Object.freeze({
    id: entry.id,
    provider: entry.provider,
    input: entry.input,
    output: entry.output,
    cacheRead: entry.cacheRead,
    cacheWrite: entry.cacheWrite,
  }),
}));

/** Where the bundled prices come from, so costs we compute can be traced back to a dated source. */
export const PRICE_TABLE_SOURCE: Readonly<{ source: string; retrievedAt: string }> = Object.freeze({
  source: parsed.source,
  retrievedAt: parsed.retrievedAt,
});

// Bedrock cross-region inference profiles put a geography before the vendor.
const REGION_PREFIX = /^(?:us|us-gov|eu|apac|jp|au|ca|global)\./;
// Bedrock model ids are `<vendor>.<model>`.
const BEDROCK_VENDOR_PREFIX = /^(?:anthropic|meta|mistral|amazon|cohere|ai21|deepseek|openai|qwen|writer)\./;
const SUFFIXES: ReadonlyArray<RegExp> = [
  /-latest$/,
  /-\d{4}-\d{2}-\d{2}$/, // OpenAI snapshots: gpt-4o-2024-08-06
  /-\d{8}$/, // Anthropic snapshots: claude-3-5-sonnet-20241022
  /-\d{4}$/, // OpenAI MMDD / Mistral YYMM: gpt-3.5-turbo-0125, mistral-large-2407
];

/** Clients report the same model under provider, region and snapshot spellings; pricing needs one canonical name. */
export function normalizeModelName(model: string): string {
  let name = model.trim().toLowerCase();
  name = name.slice(name.lastIndexOf('/') + 1);
  // Vertex AI: claude-3-5-sonnet-v2@20241022, gemini-1.5-pro@001.
  name = name.replace(/(?:-v\d+)?@[a-z0-9._-]*$/, '');
  name = name.replace(REGION_PREFIX, '');
  const bedrock = BEDROCK_VENDOR_PREFIX.test(name);
  name = name.replace(BEDROCK_VENDOR_PREFIX, '');
  // Bedrock versions: -v2:0, :0; a bare -vN only counts as a version on a Bedrock id
  // (elsewhere it can be part of the name, e.g. deepseek-v3).
  name = name.replace(/-v\d+:\d+$/, '').replace(/:\d+$/, '');
  if (bedrock) name = name.replace(/-v\d+$/, '');
  // Preview releases keep their `-preview` (they can be priced differently), only their date goes.
  name = name.replace(/-(preview|exp)-\d{2}-\d{2}$/, '-$1');
  // Gemini's stable versions: gemini-2.0-flash-001 (not ada-002, which is part of the name).
  if (name.startsWith('gemini-')) name = name.replace(/-\d{3}$/, '');
  let previous: string;
  do {
    previous = name;
    for (const suffix of SUFFIXES) name = name.replace(suffix, '');
  } while (name !== previous);
  return name;
}

const CACHE_LIMIT = 1_000;
const lookupCache = new Map<string, Readonly<ModelPrice> | null>();

/** Runs for every ingested LLM span, so lookups (misses included) are memoised in a bounded map. */
export function findModelPrice(model: string | null | undefined): ModelPrice | null {
  if (model == null) return null;
  const cached = lookupCache.get(model);
  if (cached !== undefined) return cached;
  const name = normalizeModelName(model);
  const found = name === '' ? null : (MATCHERS.find((m) => m.pattern.test(name))?.price ?? null);
  if (lookupCache.size >= CACHE_LIMIT) {
    const oldest = lookupCache.keys().next();
    if (!oldest.done) lookupCache.delete(oldest.value);
  }
  lookupCache.set(model, found);
  return found;
}

function count(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function round(value: number): number {
  return Number(value.toFixed(12));
}

/** Cache and reasoning counts are subsets of the prompt/completion totals (OTel convention), so each token is billed once. */
export function computeCost(price: ModelPrice, usage: TokenUsage): ComputedCost {
  const cacheRead = count(usage.cacheReadTokens);
  const cacheCreation = count(usage.cacheCreationTokens);
  const uncached = Math.max(0, count(usage.promptTokens) - cacheRead - cacheCreation);
  const reasoning = count(usage.reasoningTokens);
  // Reasoning is part of the completion; a smaller reported completion is inconsistent, so bill at least the reasoning.
  const completion = Math.max(count(usage.completionTokens), reasoning);

  const inputCost = uncached * price.input;
  const cacheReadCost = cacheRead * (price.cacheRead ?? price.input);
  const cacheCreationCost = cacheCreation * (price.cacheWrite ?? price.input);
  const outputCost = completion * price.output;
  const reasoningCost = reasoning * price.output;

  const promptCostDetails: Record<string, number> = {};
  if (inputCost > 0) promptCostDetails.input = round(inputCost);
  if (cacheReadCost > 0) promptCostDetails.cache_read = round(cacheReadCost);
  if (cacheCreationCost > 0) promptCostDetails.cache_creation = round(cacheCreationCost);
  const completionCostDetails: Record<string, number> = {};
  if (outputCost > 0) completionCostDetails.output = round(outputCost);
  if (reasoningCost > 0) completionCostDetails.reasoning = round(reasoningCost);

  const promptCost = inputCost + cacheReadCost + cacheCreationCost;
  return {
    promptCost: round(promptCost),
    completionCost: round(outputCost),
    totalCost: round(promptCost + outputCost),
    promptCostDetails,
    completionCostDetails,
  };
}

const USAGE_KEYS = ['promptTokens', 'completionTokens', 'cacheReadTokens', 'cacheCreationTokens', 'reasoningTokens'] as const satisfies ReadonlyArray<
  keyof TokenUsage
>;

/** Fallback for spans sent without a cost: null rather than a misleading 0 when the model or the counts are unknown. */
export function costForModel(model: string | null | undefined, usage: TokenUsage | null | undefined): ComputedCost | null {
  if (!usage || !USAGE_KEYS.some((key) => typeof usage[key] === 'number' && Number.isFinite(usage[key]))) return null;
  const price = findModelPrice(model);
  return price ? computeCost(price, usage) : null;
}
