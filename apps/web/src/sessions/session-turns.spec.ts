import { agentAnswer, userInput } from './session-turns';

const prose = (text: string) => ({ text, json: false });

describe('userInput and agentAnswer', () => {
  it('read plain strings and scalars', () => {
    expect(userInput('Hello')).toEqual(prose('Hello'));
    expect(agentAnswer('Hi there')).toEqual(prose('Hi there'));
    expect(agentAnswer(42)).toEqual(prose('42'));
  });

  it('read {question}/{answer}, {input}/{output}, {query} and nested wrappers', () => {
    expect(userInput({ question: 'What is Sextant?', context: ['doc'] })).toEqual(prose('What is Sextant?'));
    expect(agentAnswer({ answer: 'An observability platform.', sources: [] })).toEqual(prose('An observability platform.'));
    expect(userInput({ input: 'weather in Paris?', chat_history: [] })).toEqual(prose('weather in Paris?'));
    expect(agentAnswer({ output: 'Sunny.' })).toEqual(prose('Sunny.'));
    expect(userInput({ query: 'refund policy' })).toEqual(prose('refund policy'));
    expect(userInput({ state: { question: 'deep?' } })).toEqual(prose('deep?'));
    expect(agentAnswer({ output: { answer: 'nested' } })).toEqual(prose('nested'));
  });

  it('read the last user message of an OpenAI request and the assistant message of a response, with tool calls', () => {
    const request = {
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'First question' },
        { role: 'assistant', content: 'First answer' },
        { role: 'user', content: [{ type: 'text', text: 'Second question' }] },
      ],
    };
    expect(userInput(request)).toEqual(prose('Second question'));
    expect(agentAnswer({ choices: [{ message: { role: 'assistant', content: 'Second answer' } }] })).toEqual(prose('Second answer'));
    expect(
      agentAnswer({ choices: [{ message: { role: 'assistant', content: null, tool_calls: [{ function: { name: 'search', arguments: '{"q":"x"}' } }] } }] }),
    ).toEqual(prose('→ search({"q":"x"})'));
  });

  it('read LangChain serialized messages and a LangGraph state', () => {
    const human = { lc: 1, type: 'constructor', id: ['langchain_core', 'messages', 'HumanMessage'], kwargs: { content: 'Plan my trip' } };
    const ai = { lc: 1, type: 'constructor', id: ['langchain_core', 'messages', 'AIMessage'], kwargs: { content: 'Here is a plan.' } };
    expect(userInput({ messages: [[human]] })).toEqual(prose('Plan my trip'));
    expect(
      agentAnswer({
        messages: [
          { type: 'human', content: 'Plan my trip' },
          { type: 'ai', content: 'Here is a plan.' },
        ],
      }),
    ).toEqual(prose('Here is a plan.'));
    expect(agentAnswer({ generations: [[{ text: 'Generated.' }]] })).toEqual(prose('Generated.'));
    expect(agentAnswer(ai)).toEqual(prose('Here is a plan.'));
  });

  it('fall back to compact JSON, and to null when there is nothing', () => {
    expect(userInput({ a: 1, b: [true] })).toEqual({ text: '{"a":1,"b":[true]}', json: true });
    expect(agentAnswer({ blob: 'x'.repeat(1000), n: 1 })?.text).toMatch(/^\{"blob":"x+…$/);
    expect(userInput(null)).toBeNull();
    expect(agentAnswer(undefined)).toBeNull();
    expect(agentAnswer({})).toBeNull();
    // A chat without a user message says what it holds rather than nothing.
    expect(userInput({ messages: [{ role: 'system', content: 'Be brief.' }] })).toEqual({
      text: '{"messages":[{"role":"system","content":"Be brief."}]}',
      json: true,
    });
  });
});
