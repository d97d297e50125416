import { compileCustomPrices, customPriceMatcher, patternProblem, type CustomPriceRow } from './model-price.compute';

const row = (over: Partial<CustomPriceRow>): CustomPriceRow => ({
  id: crypto.randomUUID(),
  modelPattern: '^acme-llm$',
  provider: null,
  inputPrice: 1e-6,
  outputPrice: 2e-6,
  cacheReadPrice: null,
  cacheWritePrice: null,
  reasoningPrice: null,
  effectiveFrom: null,
  updatedAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});
const at = (iso: string) => new Date(iso);

describe('patternProblem', () => {
  it.each(['^acme-llm$', 'gpt-4o(-mini)?', '^ft:gpt-4o-mini:.*', '^(?:openai/)?my-model-v\\d+$', '[a-z]+-\\d{4}', '^(?<family>acme)-(?:x|y)$', '(-mini)*$'])(
    'accepts %s',
    (pattern) => {
      expect(patternProblem(pattern)).toBeNull();
    },
  );

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['(unclosed', /not a valid regular expression/],
    ['a'.repeat(201), /at most 200/],
    ['(a+)+$', /repeat a group/],
    ['(a|aa)*$', /repeat a group/],
    ['^(?:x\\d*)+$', /repeat a group/],
    ['(a+){2,}', /repeat a group/],
    ['(.)\\1', /backreferences/],
    ['a.*b.*c.*d', /at most 2/],
  ])('refuses %j', (pattern, message) => {
    expect(patternProblem(pattern)).toMatch(message);
  });
});

describe('customPriceMatcher', () => {
  it('matches the reported name or its normalized form, case-insensitively', () => {
    const match = customPriceMatcher(compileCustomPrices([row({})]));
    expect(match({ model: 'ACME-LLM', provider: null, startTime: null })?.input).toBe(1e-6);
    expect(match({ model: 'acme/acme-llm-2026-01-01', provider: null, startTime: null })?.input).toBe(1e-6);
    // A name the normalization would cut (a trailing -9000 reads as a snapshot) still matches without its provider path.
    const exact = customPriceMatcher(compileCustomPrices([row({ modelPattern: '^acme-llm-9000$' })]));
    expect(exact({ model: 'acme/acme-llm-9000', provider: null, startTime: null })?.input).toBe(1e-6);
    expect(match({ model: 'acme-llm-2', provider: null, startTime: null })).toBeNull();
    expect(match({ model: null, provider: null, startTime: null })).toBeNull();
  });

  it('takes the latest price in effect at the call start', () => {
    const match = customPriceMatcher(
      compileCustomPrices([
        row({ inputPrice: 1e-6 }),
        row({ inputPrice: 2e-6, effectiveFrom: at('2026-03-01T00:00:00Z') }),
        row({ inputPrice: 3e-6, effectiveFrom: at('2026-06-01T00:00:00Z') }),
      ]),
    );
    expect(match({ model: 'acme-llm', provider: null, startTime: at('2026-02-01T00:00:00Z') })?.input).toBe(1e-6);
    expect(match({ model: 'acme-llm', provider: null, startTime: at('2026-03-01T00:00:00Z') })?.input).toBe(2e-6);
    expect(match({ model: 'acme-llm', provider: null, startTime: at('2026-07-01T00:00:00Z') })?.input).toBe(3e-6);
  });

  it('applies a price naming a provider to that provider only, before a price for any provider of the same start', () => {
    const match = customPriceMatcher(compileCustomPrices([row({ inputPrice: 1e-6 }), row({ inputPrice: 5e-6, provider: 'Azure' })]));
    expect(match({ model: 'acme-llm', provider: 'azure', startTime: null })?.input).toBe(5e-6);
    expect(match({ model: 'acme-llm', provider: 'openai', startTime: null })?.input).toBe(1e-6);
    expect(match({ model: 'acme-llm', provider: null, startTime: null })?.input).toBe(1e-6);
  });

  it('carries every rate, with null cache and reasoning rates left to the input and output rates', () => {
    const match = customPriceMatcher(compileCustomPrices([row({ cacheReadPrice: 1e-7, reasoningPrice: 4e-6 })]));
    expect(match({ model: 'acme-llm', provider: null, startTime: null })).toEqual({
      id: '^acme-llm$',
      provider: 'custom',
      input: 1e-6,
      output: 2e-6,
      cacheRead: 1e-7,
      cacheWrite: null,
      reasoning: 4e-6,
    });
  });
});
