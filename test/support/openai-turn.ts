// The calls the openai-instrumentation clients (test/clients/openinference-openai.ts,
// openllmetry-openai.ts) make against the fake OpenAI: a streamed answer with usage included, then a
// non-streaming call answered by a tool call.
import type { OpenAI } from 'openai';

const tools = [
  {
    type: 'function' as const,
    function: { name: 'lookup_order', description: 'Looks an order up by its number', parameters: { type: 'object', properties: { id: { type: 'number' } } } },
  },
];

/** One support turn through `client`; what it got back goes to stderr (stdout carries the client's JSON). */
export async function openaiSupportTurn(client: OpenAI): Promise<void> {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    stream: true,
    stream_options: { include_usage: true },
    messages: [
      { role: 'system', content: 'You are a support agent.' },
      { role: 'user', content: 'Say hello to Ada.' },
    ],
  });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
  const calling = await client.chat.completions.create({ model: 'gpt-4o', tools, messages: [{ role: 'user', content: 'Where is order 17?' }] });
  console.error(`streamed: ${text}; tool call: ${calling.choices[0].message.tool_calls?.[0].id}`);
}
