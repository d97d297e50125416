import { encodingFor, textOf, TokenEstimator } from './token-estimate.compute';

describe('encodingFor', () => {
  it.each([
    ['gpt-4o-mini', 'o200k_base'],
    ['openai/gpt-4.1-2025-04-14', 'o200k_base'],
    ['o3-mini', 'o200k_base'],
    ['gpt-5', 'o200k_base'],
    ['gpt-4-turbo', 'cl100k_base'],
    ['gpt-3.5-turbo', 'cl100k_base'],
    ['claude-sonnet-4-5', 'cl100k_base'],
    [null, 'cl100k_base'],
  ])('%s -> %s', (model, encoding) => {
    expect(encodingFor(model)).toBe(encoding);
  });
});

describe('textOf', () => {
  it('takes every string once, without structure keys or inline files', () => {
    const langchain = {
      generations: [
        [
          {
            text: 'Paris is the capital.',
            message: { lc: 1, type: 'constructor', id: ['langchain', 'AIMessage'], kwargs: { content: 'Paris is the capital.' } },
          },
        ],
      ],
    };
    expect(textOf(langchain)).toBe('Paris is the capital.');
    expect(
      textOf({
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'hi' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
            ],
          },
        ],
      }),
    ).toBe('user\nhi');
    expect(textOf('plain')).toBe('plain');
    expect(textOf(null)).toBe('');
    expect(textOf({ embedding: [0.1, 0.2] })).toBe('');
  });
});

describe('TokenEstimator', () => {
  it('counts with the tokenizer of the model', async () => {
    const e = new TokenEstimator();
    expect(await e.count('gpt-4o', 'Hello, world!')).toBe(4);
    expect(await e.count('gpt-3.5-turbo', 'Hello, world!')).toBe(4);
    expect(await e.count('gpt-4o', '')).toBe(0);
    // Special-token text from a user is counted, not refused.
    expect(await e.count('gpt-4o', '<|endoftext|>')).toBeGreaterThan(0);
  });

  it('extrapolates a long text from a sample, and falls back to its length once the budget is spent', async () => {
    const e = new TokenEstimator(40_000);
    const long = 'The quick brown fox jumps over the lazy dog. '.repeat(2_000);
    const n = await e.count('gpt-4o', long);
    expect(n).toBeGreaterThan(long.length / 6);
    expect(n).toBeLessThan(long.length / 3);
    expect(await e.count('gpt-4o', 'x'.repeat(4_000))).toBeGreaterThan(0);
    // 32,000 + 4,000 characters tokenized: the budget is spent after one more.
    await e.count('gpt-4o', 'y'.repeat(8_000));
    expect(await e.count('gpt-4o', 'z'.repeat(400))).toBe(100);
  });
});
