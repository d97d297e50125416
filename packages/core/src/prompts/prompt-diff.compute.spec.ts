import { comparePromptVersions, lineDiff, type ComparedVersion } from './prompt-diff.compute';

const chat = (messages: [string, string][], extra: Partial<ComparedVersion> = {}): ComparedVersion => ({
  templateFormat: 'chat',
  template: messages.map(([role, content]) => ({ role, content })),
  variables: [],
  model: 'gpt-4o',
  parameters: {},
  ...extra,
});

describe('prompt version diff', () => {
  it('diffs lines: kept, removed and added, without line ends, a final newline being no change', () => {
    expect(lineDiff('one\ntwo\nthree', 'one\n2\nthree\n')).toEqual([
      { op: 'keep', text: 'one' },
      { op: 'remove', text: 'two' },
      { op: 'add', text: '2' },
      { op: 'keep', text: 'three' },
    ]);
    expect(lineDiff(null, 'a\nb')).toEqual([
      { op: 'add', text: 'a' },
      { op: 'add', text: 'b' },
    ]);
  });

  it('aligns equal messages so an inserted message shows as added, and pairs a replaced one as changed', () => {
    const a = chat([
      ['system', 'Be brief.'],
      ['user', 'Q: {{q}}'],
    ]);
    const b = chat([
      ['system', 'Be brief.'],
      ['assistant', 'Example answer'],
      ['user', 'Question: {{q}}'],
    ]);
    const d = comparePromptVersions(a, b);
    expect(d.messages.map((m) => [m.index, m.roleA, m.roleB, m.change])).toEqual([
      [0, 'system', 'system', 'same'],
      [1, 'user', 'assistant', 'changed'],
      [2, null, 'user', 'added'],
    ]);
    expect(d.messages[0]!.lines).toEqual([{ op: 'keep', text: 'Be brief.' }]);
    expect(comparePromptVersions(b, a).messages.map((m) => m.change)).toEqual(['same', 'changed', 'removed']);
  });

  it('treats a text template as one message without a role', () => {
    const d = comparePromptVersions(
      { ...chat([]), templateFormat: 'text', template: 'Summarise:\n{{text}}' },
      { ...chat([]), templateFormat: 'text', template: 'Summarise briefly:\n{{text}}' },
    );
    expect(d.messages).toEqual([
      {
        index: 0,
        roleA: null,
        roleB: null,
        change: 'changed',
        lines: [
          { op: 'remove', text: 'Summarise:' },
          { op: 'add', text: 'Summarise briefly:' },
          { op: 'keep', text: '{{text}}' },
        ],
      },
    ]);
  });

  it('reports the model, only the parameters that differ (deeply), and the variables added and removed', () => {
    const d = comparePromptVersions(
      chat([], { variables: ['q', 'lang'], parameters: { temperature: 0.2, stop: ['\n'], seed: 1 } }),
      chat([], { model: 'gpt-4o-mini', variables: ['q', 'tone'], parameters: { temperature: 0.7, stop: ['\n'], max_tokens: 100 } }),
    );
    expect(d.model).toEqual({ a: 'gpt-4o', b: 'gpt-4o-mini', changed: true });
    expect(d.parameters).toEqual([
      { key: 'max_tokens', a: undefined, b: 100 },
      { key: 'seed', a: 1, b: undefined },
      { key: 'temperature', a: 0.2, b: 0.7 },
    ]);
    expect(d.variablesAdded).toEqual(['tone']);
    expect(d.variablesRemoved).toEqual(['lang']);
    expect(comparePromptVersions(chat([]), chat([])).model.changed).toBe(false);
  });
});
