import { MissingVariablesError, renderTemplate, templateVariables } from './prompt-template.compute';

describe('prompt templates', () => {
  it('lists the variables of chat and text templates once, in order of first use', () => {
    expect(
      templateVariables([
        { role: 'system', content: 'You answer in {{ language }}.' },
        { role: 'user', content: '{{question}} ({{language}}, {{user.name}})' },
      ]),
    ).toEqual(['language', 'question', 'user.name']);
    expect(templateVariables('No variables, not even {single} braces')).toEqual([]);
  });

  it('fills variables from the inputs: strings as they are, other values as JSON, dotted names as paths', () => {
    const messages = renderTemplate(
      'chat',
      [
        { role: 'system', content: 'Answer in {{language}}.' },
        { role: 'user', content: '{{question}} {{ context }} {{user.name}}' },
      ],
      { language: 'French', question: 'Why?', context: { docs: [1, 2] }, user: { name: 'Ada' }, unused: true },
    );
    expect(messages).toEqual([
      { role: 'system', content: 'Answer in French.' },
      { role: 'user', content: 'Why? {"docs":[1,2]} Ada' },
    ]);
    expect(renderTemplate('text', 'Summarise {{text}}', { text: 'this' })).toEqual([{ role: 'user', content: 'Summarise this' }]);
  });

  it('names every missing variable', () => {
    expect(() => renderTemplate('text', '{{a}} {{b}} {{c}}', { b: 1 })).toThrow(MissingVariablesError);
    try {
      renderTemplate('text', '{{a}} {{b}} {{c}}', { b: 1 });
    } catch (e) {
      expect((e as MissingVariablesError).missing).toEqual(['a', 'c']);
    }
  });
});
