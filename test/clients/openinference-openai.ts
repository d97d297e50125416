// A client program, run in a Node process of its own by test/integration/otlp-clients.test.ts: the
// `openai` client instrumented by @arizeai/openinference-instrumentation-openai, in a session and for
// a user set through OpenInference's context, calls the fake OpenAI twice under one parent span:
// streaming with usage included, then a non-streaming call answered by a tool call. No failing call:
// 4.2.7 ends a chat span only on success or a synchronous throw, so a refused request's span is never
// exported. Exported over OTLP/HTTP JSON (the other clients use protobuf). Prints {"traceIds",
// "exported"} as JSON.
//   node -r ./scripts/register.cjs test/clients/openinference-openai.ts <otlp url> <key> <openai base url>
import { setSession, setUser } from '@arizeai/openinference-core';
import { OpenAIInstrumentation } from '@arizeai/openinference-instrumentation-openai';
import { context, trace } from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { OpenAI } from 'openai';
import { startClientTracing } from '../support/client-tracing';
import { openaiSupportTurn } from '../support/openai-turn';

const [url, key, baseURL] = process.argv.slice(2);
const tracing = startClientTracing('openinference-openai', url, key, 'json');
const instrumentation = new OpenAIInstrumentation();
registerInstrumentations({ instrumentations: [instrumentation], tracerProvider: tracing.provider });
// The module is already loaded (imports come first), so the require hook would not see it.
instrumentation.manuallyInstrument(OpenAI);

const client = new OpenAI({ baseURL, apiKey: 'sk-fake', maxRetries: 0 });
async function main() {
  const tracer = trace.getTracer('openinference-client-test');
  const ctx = setUser(setSession(context.active(), { sessionId: 'chat-oi' }), { userId: 'user-oi' });
  await context.with(ctx, () => tracer.startActiveSpan('support-turn', (span) => openaiSupportTurn(client).finally(() => span.end())));
  await tracing.finish();
}

void main();
