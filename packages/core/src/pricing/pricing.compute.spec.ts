import table from './model-prices.json';
import { computeCost, indexPriceTable, normalizeModelName, priceTableSchema, type ModelPrice } from './price-table.compute';
import { PRICE_TABLE_SOURCE, costForModel, findModelPrice } from './pricing.compute';

function priceOf(model: string): ModelPrice {
  const price = findModelPrice(model);
  if (!price) throw new Error(`no price for ${model}`);
  return price;
}

describe('normalizeModelName', () => {
  it.each([
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['claude-3-5-sonnet-20241022', 'claude-3-5-sonnet'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet'],
    ['us.anthropic.claude-sonnet-4-20250514-v1:0', 'claude-sonnet-4'],
    ['openai/gpt-4o-mini', 'gpt-4o-mini'],
    ['models/gemini-2.5-flash', 'gemini-2.5-flash'],
    ['gpt-3.5-turbo-0125', 'gpt-3.5-turbo'],
    ['  GPT-4o  ', 'gpt-4o'],
    ['azure/gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini'],
    ['bedrock/eu.anthropic.claude-3-5-haiku-20241022-v1:0', 'claude-3-5-haiku'],
    ['global.anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5'],
    ['regional.anthropic.claude-3-7-sonnet-20250219-v1:0', 'claude-3-7-sonnet'],
    ['google.gemma-3-12b-it', 'gemma-3-12b-it'],
    ['apac.anthropic.claude-3-haiku-20240307-v1:0', 'claude-3-haiku'],
    ['vertex_ai/claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet'],
    ['claude-opus-4-1@20250805', 'claude-opus-4-1'],
    ['gemini/gemini-2.5-pro', 'gemini-2.5-pro'],
    ['google/gemini-2.0-flash-001', 'gemini-2.0-flash'],
    ['openrouter/anthropic/claude-3.5-sonnet', 'claude-3.5-sonnet'],
    ['claude-3-7-sonnet-latest', 'claude-3-7-sonnet'],
    ['gpt-4-1106-preview', 'gpt-4-1106-preview'],
    ['gemini-2.5-flash-preview-05-20', 'gemini-2.5-flash-preview'],
    ['o1-preview-2024-09-12', 'o1-preview'],
    ['mistral.mistral-large-2407-v1:0', 'mistral-large'],
    ['text-embedding-ada-002', 'text-embedding-ada-002'],
    ['deepseek-v3', 'deepseek-v3'],
    ['', ''],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeModelName(input)).toBe(expected);
  });
});

describe('findModelPrice', () => {
  it('finds known models through provider, region and date decorations', () => {
    expect(findModelPrice('gpt-4o-2024-08-06')?.id).toBe('gpt-4o');
    expect(findModelPrice('us.anthropic.claude-sonnet-4-20250514-v1:0')?.id).toBe('claude-sonnet-4-0');
    expect(findModelPrice('models/gemini-2.5-flash')?.id).toBe('gemini-2.5-flash');
    expect(findModelPrice('anthropic/claude-sonnet-4.5')?.id).toBe('claude-sonnet-4-5');
    expect(findModelPrice('vertex_ai/claude-3-5-sonnet-v2@20241022')?.id).toBe('claude-3-5-sonnet');
    expect(findModelPrice('gpt-35-turbo')?.id).toBe('gpt-3.5-turbo');
    expect(findModelPrice('GPT-4O')?.id).toBe('gpt-4o');
    expect(findModelPrice('mistral.mistral-large-2407-v1:0')?.id).toBe('mistral-large');
    expect(findModelPrice('gemini-2.0-flash-001')?.id).toBe('gemini-2.0-flash');
  });

  it('prefers the more specific model over its prefix', () => {
    expect(findModelPrice('gpt-4o-mini')?.id).toBe('gpt-4o-mini');
    expect(findModelPrice('gpt-4o')?.id).toBe('gpt-4o');
    expect(findModelPrice('gpt-4.1-mini')?.id).toBe('gpt-4.1-mini');
    expect(findModelPrice('gpt-4.1-nano')?.id).toBe('gpt-4.1-nano');
    expect(findModelPrice('gpt-4.1')?.id).toBe('gpt-4.1');
    expect(findModelPrice('claude-3-5-haiku-20241022')?.id).toBe('claude-3-5-haiku-latest');
    expect(findModelPrice('claude-3-5-sonnet-20241022')?.id).toBe('claude-3-5-sonnet');
    expect(findModelPrice('claude-opus-4-1-20250805')?.id).toBe('claude-opus-4-1');
    expect(findModelPrice('claude-opus-4-20250514')?.id).toBe('claude-opus-4-0');
    expect(findModelPrice('gemini-2.5-flash-lite')?.id).toBe('gemini-2.5-flash-lite');
    expect(findModelPrice('o3-mini')?.id).toBe('o3-mini');
    expect(findModelPrice('o3')?.id).toBe('o3');
  });

  it("takes a snapshot priced apart at its own price, and the others at their model's", () => {
    expect(priceOf('gpt-4o-2024-05-13')).toMatchObject({ input: 5e-6, output: 15e-6 });
    expect(priceOf('gpt-4o-2024-11-20')).toMatchObject({ id: 'gpt-4o', input: 2.5e-6 });
  });

  it('returns the table prices converted per token', () => {
    expect(priceOf('gpt-4o')).toEqual({
      id: 'gpt-4o',
      provider: 'openai',
      input: 2.5e-6,
      output: 1e-5,
      cacheRead: 1.25e-6,
      cacheWrite: null,
      reasoning: null,
    });
    expect(priceOf('claude-3-5-sonnet')).toMatchObject({ input: 3e-6, output: 15e-6, cacheRead: 0.3e-6, cacheWrite: 3.75e-6 });
  });

  it('returns null for unknown, empty or missing models', () => {
    expect(findModelPrice('my-fine-tuned-llm')).toBeNull();
    expect(findModelPrice('acme-llm-9000')).toBeNull();
    expect(findModelPrice('')).toBeNull();
    expect(findModelPrice('  ')).toBeNull();
    expect(findModelPrice(null)).toBeNull();
    expect(findModelPrice(undefined)).toBeNull();
  });

  it("leaves open models served by hosts unpriced: one host's price would be wrong for the others", () => {
    expect(findModelPrice('llama-3.3-70b-versatile')).toBeNull();
    expect(findModelPrice('meta-llama/Llama-3.3-70B-Instruct')).toBeNull();
  });

  it('returns the same answer from the cache on repeated lookups', () => {
    const first = findModelPrice('openai/gpt-5-mini-2025-08-07');
    expect(findModelPrice('openai/gpt-5-mini-2025-08-07')).toBe(first);
    expect(findModelPrice('unknown-model-x')).toBeNull();
    expect(findModelPrice('unknown-model-x')).toBeNull();
  });

  it('keeps working after the cache limit is exceeded', () => {
    for (let i = 0; i < 1_100; i++) findModelPrice(`unknown-model-${i}`);
    expect(findModelPrice('gpt-4o')?.id).toBe('gpt-4o');
  });
});

describe('price table', () => {
  it('comes from a dated source and holds a few hundred models', () => {
    expect(PRICE_TABLE_SOURCE.source).toMatch(/@pydantic\/genai-prices \d+\.\d+\.\d+/);
    expect(PRICE_TABLE_SOURCE.retrievedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(PRICE_TABLE_SOURCE.models).toBeGreaterThan(200);
  });

  it('reaches every model by its id and by each of its names: no entry is shadowed by an earlier one', () => {
    const index = indexPriceTable(priceTableSchema.parse(table).models);
    const unreachable = table.models.flatMap((entry, i) =>
      [entry.id, ...((entry as { names?: string[] }).names ?? [])].filter((name) => index.position(name) !== i).map((name) => `${entry.id}: ${name}`),
    );
    expect(unreachable).toEqual([]);
  });

  it('rejects a table with a duplicate id, an invalid pattern or an entry nothing can match', () => {
    const base = { source: 's', retrievedAt: '2026-01-01', unit: 'USD per token' };
    const entry = { id: 'a', provider: 'p', names: ['a'], input: 1, output: 1, cacheRead: null, cacheWrite: null };
    expect(priceTableSchema.safeParse({ ...base, models: [entry, entry] }).success).toBe(false);
    expect(priceTableSchema.safeParse({ ...base, models: [{ ...entry, matchPattern: '(' }] }).success).toBe(false);
    expect(priceTableSchema.safeParse({ ...base, models: [{ ...entry, names: undefined }] }).success).toBe(false);
    expect(priceTableSchema.safeParse({ ...base, models: [{ ...entry, input: -1 }] }).success).toBe(false);
    expect(priceTableSchema.safeParse({ ...base, models: [entry] }).success).toBe(true);
  });

  it('lets an earlier pattern win over a later normalized name, and an exact name over both', () => {
    const row = (id: string, more: object) => ({ id, provider: 'p', input: 1, output: 1, cacheRead: null, cacheWrite: null, ...more });
    const index = indexPriceTable([row('broad', { matchPattern: '^acme-' }), row('acme-x', { names: ['acme-x'] })]);
    expect(index.find('acme-x')?.id).toBe('acme-x');
    expect(index.find('acme-x-2024-01-01')?.id).toBe('broad');
    expect(index.find('acme-y')?.id).toBe('broad');
    expect(index.find('other')).toBeNull();
  });
});

describe('computeCost', () => {
  it('bills prompt and completion tokens without cache', () => {
    const cost = computeCost(priceOf('gpt-4o'), { promptTokens: 1000, completionTokens: 500 });
    const expectedPrompt = 1000 * 2.5e-6;
    const expectedCompletion = 500 * 1e-5;
    expect(cost.promptCost).toBeCloseTo(expectedPrompt, 12);
    expect(cost.completionCost).toBeCloseTo(expectedCompletion, 12);
    expect(cost.totalCost).toBeCloseTo(expectedPrompt + expectedCompletion, 12);
    expect(cost.promptCostDetails).toEqual({ input: 0.0025 });
    expect(cost.completionCostDetails).toEqual({ output: 0.005 });
  });

  it('bills Anthropic cache reads and writes at their own rates, out of the prompt total', () => {
    const cost = computeCost(priceOf('claude-3-5-sonnet-20241022'), {
      promptTokens: 1000,
      cacheReadTokens: 200,
      cacheCreationTokens: 100,
      completionTokens: 500,
    });
    const input = 700 * 3e-6;
    const cacheRead = 200 * 0.3e-6;
    const cacheWrite = 100 * 3.75e-6;
    const output = 500 * 15e-6;
    expect(cost.totalCost).toBeCloseTo(input + cacheRead + cacheWrite + output, 12);
    expect(cost.totalCost).toBeCloseTo(0.010035, 12);
    expect(cost.promptCost).toBeCloseTo(input + cacheRead + cacheWrite, 12);
    expect(cost.completionCost).toBeCloseTo(output, 12);
    expect(cost.promptCostDetails.input).toBeCloseTo(input, 12);
    expect(cost.promptCostDetails.cache_read).toBeCloseTo(cacheRead, 12);
    expect(cost.promptCostDetails.cache_creation).toBeCloseTo(cacheWrite, 12);
  });

  it('bills cached tokens at the input rate when the model has no cache price', () => {
    const price = priceOf('gpt-4-turbo');
    expect(price.cacheRead).toBeNull();
    const cost = computeCost(price, { promptTokens: 1000, cacheReadTokens: 400, cacheCreationTokens: 100, completionTokens: 0 });
    expect(cost.promptCost).toBeCloseTo(1000 * 1e-5, 12);
    expect(cost.promptCostDetails.input).toBeCloseTo(500 * 1e-5, 12);
    expect(cost.promptCostDetails.cache_read).toBeCloseTo(400 * 1e-5, 12);
    expect(cost.promptCostDetails.cache_creation).toBeCloseTo(100 * 1e-5, 12);
    expect(cost.completionCost).toBe(0);
    expect(cost.completionCostDetails).toEqual({});
  });

  it('counts reasoning tokens inside the completion at the output rate', () => {
    const cost = computeCost(priceOf('o3'), { promptTokens: 100, completionTokens: 1000, reasoningTokens: 800 });
    expect(cost.completionCost).toBeCloseTo(1000 * 8e-6, 12);
    expect(cost.completionCostDetails.output).toBeCloseTo(1000 * 8e-6, 12);
    expect(cost.completionCostDetails.reasoning).toBeCloseTo(800 * 8e-6, 12);
    expect(cost.totalCost).toBeCloseTo(100 * 2e-6 + 1000 * 8e-6, 12);
  });

  it('never bills negative uncached input when cache counts exceed the prompt total', () => {
    const cost = computeCost(priceOf('claude-3-5-sonnet'), { promptTokens: 100, cacheReadTokens: 300, cacheCreationTokens: 50 });
    expect(cost.promptCostDetails.input).toBeUndefined();
    expect(cost.promptCost).toBeCloseTo(300 * 0.3e-6 + 50 * 3.75e-6, 12);
    expect(cost.totalCost).toBeGreaterThanOrEqual(0);
  });

  it('treats negative or non-finite counts as zero', () => {
    const cost = computeCost(priceOf('gpt-4o'), { promptTokens: -5, completionTokens: Number.NaN });
    expect(cost).toEqual({ promptCost: 0, completionCost: 0, totalCost: 0, promptCostDetails: {}, completionCostDetails: {} });
  });

  it('bills reasoning tokens at a reasoning rate when the price has one', () => {
    const price: ModelPrice = { id: 'r', provider: 'p', input: 1e-6, output: 2e-6, cacheRead: null, cacheWrite: null, reasoning: 5e-6 };
    const cost = computeCost(price, { promptTokens: 10, completionTokens: 100, reasoningTokens: 60 });
    expect(cost.completionCostDetails.reasoning).toBeCloseTo(60 * 5e-6, 12);
    expect(cost.completionCost).toBeCloseTo(40 * 2e-6 + 60 * 5e-6, 12);
    expect(cost.completionCostDetails.output).toBeCloseTo(cost.completionCost, 12);
    expect(cost.totalCost).toBeCloseTo(10 * 1e-6 + 40 * 2e-6 + 60 * 5e-6, 12);
  });

  it('rounds away float noise', () => {
    const cost = computeCost(priceOf('gpt-4.1-nano'), { promptTokens: 3, completionTokens: 7 });
    expect(cost.totalCost).toBe(0.0000031);
  });
});

describe('costForModel', () => {
  it('finds the model and computes the cost', () => {
    const cost = costForModel('openai/gpt-4o-mini', { promptTokens: 2000, completionTokens: 1000 });
    expect(cost?.totalCost).toBeCloseTo(2000 * 0.15e-6 + 1000 * 0.6e-6, 12);
  });

  it('returns null for an unknown model', () => {
    expect(costForModel('acme-llm-9000', { promptTokens: 10, completionTokens: 10 })).toBeNull();
    expect(costForModel(null, { promptTokens: 10 })).toBeNull();
  });

  it('returns null when no token counts are given', () => {
    expect(costForModel('gpt-4o', null)).toBeNull();
    expect(costForModel('gpt-4o', undefined)).toBeNull();
    expect(costForModel('gpt-4o', {})).toBeNull();
    expect(costForModel('gpt-4o', { promptTokens: null, completionTokens: undefined })).toBeNull();
  });

  it('returns a zero cost when counts are given as zero', () => {
    expect(costForModel('gpt-4o', { promptTokens: 0, completionTokens: 0 })?.totalCost).toBe(0);
  });

  it('prices an embedding call by its input tokens only', () => {
    expect(costForModel('text-embedding-3-small', { promptTokens: 1_000_000 })?.totalCost).toBeCloseTo(0.02, 12);
  });
});
