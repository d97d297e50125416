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
      { role: 'tool', content: '42', toolCalls: [], toolCallId: 't1' },
      { role: 'assistant', content: 'Let me look.', toolCalls: [{ id: 't2', name: 'calc', arguments: '{"a":1}' }] },
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

  it('reads tool results: OpenAI tool messages, Anthropic tool_result blocks beside text, LangChain ToolMessage', () => {
    expect(
      chatMessages({
        messages: [
          { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } }] },
          { role: 'tool', tool_call_id: 'call_1', content: '{"temp":4}' },
        ],
      }),
    ).toEqual([
      { role: 'assistant', content: '', toolCalls: [{ id: 'call_1', name: 'weather', arguments: '{"city":"Oslo"}' }] },
      { role: 'tool', content: '{"temp":4}', toolCalls: [], toolCallId: 'call_1' },
    ]);
    expect(
      chatMessages([
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'tu_1', content: 'boom', is_error: true },
            { type: 'text', text: 'And now?' },
          ],
        },
      ]),
    ).toEqual([
      { role: 'tool', content: 'boom', toolCalls: [], toolCallId: 'tu_1', isError: true },
      { role: 'user', content: 'And now?', toolCalls: [] },
    ]);
    expect(
      chatMessages([
        { lc: 1, type: 'constructor', id: ['langchain_core', 'messages', 'ToolMessage'], kwargs: { content: '7', tool_call_id: 'c9', name: 'add' } },
        { type: 'tool', data: { content: 'x', tool_call_id: 'c10', status: 'error' } },
      ]),
    ).toEqual([
      { role: 'tool', content: '7', name: 'add', toolCalls: [], toolCallId: 'c9' },
      { role: 'tool', content: 'x', toolCalls: [], toolCallId: 'c10', isError: true },
    ]);
  });

  it('shows Anthropic’s system prompt, a string or text blocks, as the first message', () => {
    expect(chatMessages({ model: 'claude', system: 'You are terse.', messages: [{ role: 'user', content: 'Hi' }] })).toEqual([
      { role: 'system', content: 'You are terse.', toolCalls: [] },
      { role: 'user', content: 'Hi', toolCalls: [] },
    ]);
    expect(chatMessages({ system: [{ type: 'text', text: 'Rules.' }], messages: [{ role: 'user', content: 'Hi' }] })?.[0]).toEqual({
      role: 'system',
      content: 'Rules.',
      toolCalls: [],
    });
  });

  it('reads Gemini contents with text, function calls and function responses', () => {
    expect(
      chatMessages({
        contents: [
          { role: 'user', parts: [{ text: 'Weather?' }] },
          { role: 'model', parts: [{ functionCall: { name: 'weather', args: { city: 'Oslo' } } }] },
          { role: 'user', parts: [{ functionResponse: { name: 'weather', response: { temp: 4 } } }] },
        ],
      }),
    ).toEqual([
      { role: 'user', content: 'Weather?', toolCalls: [] },
      { role: 'assistant', content: '', toolCalls: [{ name: 'weather', arguments: '{"city":"Oslo"}' }] },
      { role: 'tool', content: '{"temp":4}', name: 'weather', toolCalls: [] },
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
