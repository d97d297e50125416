// A client program, run in a Node process of its own by test/integration/otlp-clients.test.ts: the
// Vercel AI SDK (`ai` v6, `@ai-sdk/openai` chat completions) runs a tool loop against the fake OpenAI
// with experimental_telemetry on, traced by the OTel SDK and exported to Sextant over OTLP/HTTP
// protobuf. `stream` runs the same loop through streamText; `fail` is a generateText the server
// refuses. Prints {"traceIds", "exported"} as JSON.
//   node -r ./scripts/register.cjs test/clients/ai-sdk-agent.ts <generate|stream|fail> <otlp url> <key> <openai base url>
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { z } from 'zod';
import { startClientTracing } from '../support/client-tracing';

const [mode, url, key, baseURL] = process.argv.slice(2);
const tracing = startClientTracing('ai-sdk-agent', url, key);
const openai = createOpenAI({ baseURL, apiKey: 'sk-fake' });

const request = {
  model: openai.chat('gpt-4o-mini'),
  system: 'You are a support agent.',
  prompt: 'Where is order 17?',
  tools: {
    lookup_order: tool({
      description: 'Looks an order up by its number',
      inputSchema: z.object({ id: z.number() }),
      execute: async ({ id }) => ({ id, status: 'shipped' }),
    }),
  },
  stopWhen: stepCountIs(3),
  maxRetries: 0,
  experimental_telemetry: { isEnabled: true, functionId: 'support-agent', metadata: { sessionId: 'chat-ai-sdk', userId: 'user-7' } },
};

async function main() {
  if (mode === 'generate') {
    const result = await generateText(request);
    console.error(`answered: ${result.text}`);
  } else if (mode === 'stream') {
    const result = streamText(request);
    // Read to the end: the ai.streamText span ends in the stream's flush, after `text` resolves.
    await result.consumeStream();
    console.error(`answered: ${await result.text}`);
  } else if (mode === 'fail') {
    await generateText(request).catch((e: Error) => console.error(`refused: ${e.message}`));
  } else throw new Error(`unknown mode ${mode}: generate or stream`);
  await tracing.finish();
}

void main();
