import { chatMessages } from './chat-messages';

describe('chatMessages', () => {
  it('reads OpenAI requests and responses, with tool calls', () => {
    expect(
      chatMessages({
        model: 'gpt-4o',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
        ],
      }),
    ).toEqual([
      { role: 'system', content: 'Be brief.', toolCalls: [] },
      { role: 'user', content: 'Hi', toolCalls: [] },
    ]);
    expect(
      chatMessages({ choices: [{ message: { role: 'assistant', content: null, tool_calls: [{ function: { name: 'search', arguments: '{"q":"x"}' } }] } }] }),
    ).toEqual([{ role: 'assistant', content: '', toolCalls: [{ name: 'search', arguments: '{"q":"x"}' }] }]);
  });

  it('reads Anthropic content blocks, tool use and tool results', () => {
    expect(
      chatMessages([
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: '42' }] }] },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Let me look.' },
            { type: 'tool_use', id: 't2', name: 'calc', input: { a: 1 } },
          ],
        },
      ]),
    ).toEqual([
      { role: 'user', content: '42', toolCalls: [] },
      { role: 'assistant', content: 'Let me look.', toolCalls: [{ name: 'calc', arguments: '{"a":1}' }] },
    ]);
    expect(chatMessages({ id: 'msg_1', role: 'assistant', content: [{ type: 'text', text: 'Done' }] })).toEqual([
      { role: 'assistant', content: 'Done', toolCalls: [] },
    ]);
  });

  it('reads LangChain serialized messages in batches, dict messages and generations', () => {
    expect(
      chatMessages({
        messages: [
          [
            { lc: 1, type: 'constructor', id: ['langchain_core', 'messages', 'SystemMessage'], kwargs: { content: 'sys' } },
            { lc: 1, type: 'constructor', id: ['langchain_core', 'messages', 'HumanMessage'], kwargs: { content: 'q' } },
          ],
        ],
      }),
    ).toEqual([
      { role: 'system', content: 'sys', toolCalls: [] },
      { role: 'user', content: 'q', toolCalls: [] },
    ]);
    expect(chatMessages([{ type: 'ai', data: { content: 'a', tool_calls: [{ name: 'f', args: { x: 1 } }] } }])).toEqual([
      { role: 'assistant', content: 'a', toolCalls: [{ name: 'f', arguments: '{"x":1}' }] },
    ]);
    expect(chatMessages({ generations: [[{ text: 'hello', message: { lc: 1, id: ['x', 'AIMessage'], kwargs: { content: 'hello' } } }]] })).toEqual([
      { role: 'assistant', content: 'hello', toolCalls: [] },
    ]);
  });

  it('says null for what is not a messages list, so the panel shows JSON', () => {
    expect(chatMessages({ question: 'What is Sextant?' })).toBeNull();
    expect(chatMessages([{ role: 'user', content: 'a' }, { foo: 1 }])).toBeNull();
    expect(chatMessages('plain text')).toBeNull();
    expect(chatMessages(null)).toBeNull();
    expect(chatMessages([])).toBeNull();
  });
});
