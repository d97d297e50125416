import { parsePromptRef, promptRefOfMetadata } from './prompt-ref.compute';

describe('prompt references in metadata', () => {
  it('reads a name, a name with a version, a name with a label', () => {
    expect(parsePromptRef('support-bot')).toEqual({ name: 'support-bot' });
    expect(parsePromptRef(' support bot:3 ')).toEqual({ name: 'support bot', version: 3 });
    expect(parsePromptRef('support-bot@production')).toEqual({ name: 'support-bot', label: 'production' });
    expect(parsePromptRef('  ')).toBeNull();
  });

  it('prefers the version id, then sextant.prompt, then Langfuse attributes, also inside otel.attributes', () => {
    const id = '0192f0a4-7b2c-7d4e-8f00-112233445566';
    expect(promptRefOfMetadata({ 'sextant.prompt_version_id': id.toUpperCase(), 'sextant.prompt': 'x' })).toEqual({ id });
    expect(promptRefOfMetadata({ 'sextant.prompt_version_id': 'not-a-uuid', 'sextant.prompt': 'x@staging' })).toEqual({ name: 'x', label: 'staging' });
    expect(promptRefOfMetadata({ 'otel.attributes': { 'langfuse.observation.prompt.name': 'lf', 'langfuse.observation.prompt.version': 4 } })).toEqual({
      name: 'lf',
      version: 4,
    });
    expect(promptRefOfMetadata({ 'otel.attributes': { 'sextant.prompt': 'otel:2' } })).toEqual({ name: 'otel', version: 2 });
    expect(promptRefOfMetadata({ other: 1 })).toBeNull();
    expect(promptRefOfMetadata(undefined)).toBeNull();
  });
});
