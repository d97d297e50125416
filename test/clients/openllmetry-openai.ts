// A client program, run in a Node process of its own by test/integration/otlp-clients.test.ts: the
// `openai` client instrumented by OpenLLMetry's @traceloop/instrumentation-openai calls the fake
// OpenAI twice under one parent span: streaming with usage included, then a non-streaming call
// answered by a tool call. No failing call: 0.27 ends a chat span only on success, so a refused
// request's span is never exported. Exported over OTLP/HTTP protobuf. Prints {"traceIds",
// "exported"} as JSON.
//   node -r ./scripts/register.cjs test/clients/openllmetry-openai.ts <otlp url> <key> <openai base url>
import { trace } from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { OpenAIInstrumentation } from '@traceloop/instrumentation-openai';
import { OpenAI } from 'openai';
import { startClientTracing } from '../support/client-tracing';
import { openaiSupportTurn } from '../support/openai-turn';

const [url, key, baseURL] = process.argv.slice(2);
const tracing = startClientTracing('openllmetry-openai', url, key);
// enrichTokens would count streamed tokens with tiktoken when the stream carries no usage; off, so
// the counts seen are the server's.
const instrumentation = new OpenAIInstrumentation({ enrichTokens: false });
registerInstrumentations({ instrumentations: [instrumentation], tracerProvider: tracing.provider });
// The module is already loaded (imports come first), so the require hook would not see it.
instrumentation.manuallyInstrument(OpenAI);

const client = new OpenAI({ baseURL, apiKey: 'sk-fake', maxRetries: 0 });
async function main() {
  const tracer = trace.getTracer('openllmetry-client-test');
  await tracer.startActiveSpan('support-turn', (span) => openaiSupportTurn(client).finally(() => span.end()));
  await tracing.finish();
}

void main();
