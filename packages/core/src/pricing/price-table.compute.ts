import { z } from 'zod';

/** What one model costs, in USD per token; a null cache or reasoning rate bills those tokens at the input or output rate. */
export type ModelPrice = {
  id: string;
  provider: string;
  input: number;
  output: number;
  cacheRead: number | null;
  cacheWrite: number | null;
  reasoning?: number | null;
};

const usdPerToken = z.number().nonnegative();

const entrySchema = z
  .object({
    id: z.string().min(1),
    provider: z.string().min(1),
    /** Exact model names (case-insensitive), also matched in their normalized form. */
    names: z.array(z.string().min(1)).optional(),
    /** A JavaScript regular expression (case-insensitive) for the names the list cannot enumerate. */
    matchPattern: z.string().min(1).refine(compiles, { message: 'matchPattern is not a valid JavaScript regular expression' }).optional(),
    input: usdPerToken,
    output: usdPerToken,
    cacheRead: usdPerToken.nullable(),
    cacheWrite: usdPerToken.nullable(),
    reasoning: usdPerToken.nullable().optional(),
    note: z.string().optional(),
  })
  .refine((e) => e.names?.length || e.matchPattern, { message: 'an entry needs names or a matchPattern' });

/** The bundled price table's file format (model-prices.json). */
export const priceTableSchema = z
  .object({
    source: z.string().min(1),
    retrievedAt: z.iso.date(),
    unit: z.literal('USD per token'),
    models: z.array(entrySchema).min(1),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.models.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['models', index, 'id'], message: `duplicate id '${entry.id}'` });
      seen.add(entry.id);
    });
  });

export type PriceTable = z.infer<typeof priceTableSchema>;
type TableEntry = PriceTable['models'][number];

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

// Bedrock cross-region inference profiles put a geography before the vendor.
const REGION_PREFIX = /^(?:us|us-gov|eu|apac|jp|au|ca|global|regional)\./;
// Bedrock model ids are `<vendor>.<model>`.
const BEDROCK_VENDOR_PREFIX = /^(?:anthropic|meta|mistral|amazon|cohere|ai21|deepseek|openai|qwen|writer|google|nvidia)\./;
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

/** The spellings of a reported model name that the table is matched against. */
function spellings(model: string): { raw: string; tail: string; normalized: string } {
  const raw = model.trim().toLowerCase();
  return { raw, tail: raw.slice(raw.lastIndexOf('/') + 1), normalized: normalizeModelName(model) };
}

/** A price table ready for lookups: exact names in maps, patterns in table order. */
export type PriceIndex = {
  /** The first entry, in table order, whose names or pattern match the model; null when none does. */
  find(model: string): Readonly<ModelPrice> | null;
  /** The entry's position in the table, for checks of which entry a name reaches. */
  position(model: string): number;
};

/**
 * Indexes a validated table. A model name listed exactly (case aside) finds its entry; otherwise
 * the table's order is the priority: the first entry whose normalized names or pattern match wins
 * (the name map only finds a candidate fast, the patterns of the entries before it are still tried).
 */
export function indexPriceTable(models: readonly TableEntry[]): PriceIndex {
  const prices = models.map((e) =>
    Object.freeze<ModelPrice>({
      id: e.id,
      provider: e.provider,
      input: e.input,
      output: e.output,
      cacheRead: e.cacheRead,
      cacheWrite: e.cacheWrite,
      reasoning: e.reasoning ?? null,
    }),
  );
  const literal = new Map<string, number>();
  const normalized = new Map<string, number>();
  models.forEach((e, i) => {
    for (const name of e.names ?? []) {
      if (!literal.has(name.toLowerCase())) literal.set(name.toLowerCase(), i);
      const n = normalizeModelName(name);
      if (n && !normalized.has(n)) normalized.set(n, i);
    }
  });
  const patterns = models.flatMap((e, i) => (e.matchPattern ? [{ i, re: new RegExp(e.matchPattern, 'i') }] : []));
  const position = (model: string): number => {
    const s = spellings(model);
    if (!s.normalized) return -1;
    // A name listed as it was reported is the most specific match: a dated snapshot priced apart
    // (gpt-4o-2024-05-13) must not be taken for the model its normalized name is (gpt-4o).
    const exact = [literal.get(s.raw), literal.get(s.tail)].filter((i): i is number => i !== undefined);
    if (exact.length) return Math.min(...exact);
    let best = normalized.get(s.normalized) ?? Number.POSITIVE_INFINITY;
    for (const p of patterns) {
      if (p.i >= best) break;
      if (p.re.test(s.tail) || p.re.test(s.normalized)) {
        best = p.i;
        break;
      }
    }
    return Number.isFinite(best) ? best : -1;
  };
  return {
    position,
    find: (model) => {
      const i = position(model);
      return i < 0 ? null : prices[i];
    },
  };
}

/** Token counts of one call; cache and reasoning counts are parts of the prompt and completion counts. */
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
  const reasoningCost = reasoning * (price.reasoning ?? price.output);
  // The `output` detail is the whole completion, `reasoning` the part of it that was reasoning.
  const outputCost = (completion - reasoning) * price.output + reasoningCost;

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

/** Whether any token count is known: without one there is nothing to price (null, not a misleading 0). */
export function hasTokenCounts(usage: TokenUsage | null | undefined): usage is TokenUsage {
  return !!usage && USAGE_KEYS.some((key) => typeof usage[key] === 'number' && Number.isFinite(usage[key]));
}
