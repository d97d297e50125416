// A client program, run in a Node process of its own by test/integration/otlp.test.ts (the OTel
// exporters load parts of themselves with dynamic imports, which jest's module sandbox refuses):
// the OpenTelemetry JS SDK records one agent run as GenAI-semconv instrumentations write it, and
// exports it through the exporter named on the command line. Prints {"traceId", "exported"} as JSON.
//   node -r ./scripts/register.cjs test/clients/otel-sdk-agent.ts <proto|json|grpc> <url> <key> [gzip]
import { Metadata } from '@grpc/grpc-js';
import { context, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter as GrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';

const [kind, url, key, compression] = process.argv.slice(2);

function exporterFor(): SpanExporter {
  const gzip = compression === 'gzip' ? CompressionAlgorithm.GZIP : CompressionAlgorithm.NONE;
  if (kind === 'proto') return new ProtoExporter({ url, headers: { Authorization: `Bearer ${key}` }, compression: gzip });
  if (kind === 'json') return new JsonExporter({ url, headers: { 'x-api-key': key }, compression: gzip });
  if (kind === 'grpc') {
    const metadata = new Metadata();
    metadata.set('authorization', `Bearer ${key}`);
    return new GrpcExporter({ url, metadata, compression: gzip });
  }
  throw new Error(`unknown exporter ${kind}: proto, json or grpc`);
}

// The export results, so the test learns of a failed export instead of a missing trace.
const results: { code: number; error?: string }[] = [];
const inner = exporterFor();
const exporter: SpanExporter = {
  export: (spans: ReadableSpan[], done) =>
    inner.export(spans, (r) => {
      results.push({ code: r.code, error: r.error?.message });
      done(r);
    }),
  shutdown: () => inner.shutdown(),
};

const provider = new BasicTracerProvider({
  resource: resourceFromAttributes({ 'service.name': 'otlp-test-agent' }),
  spanProcessors: [new SimpleSpanProcessor(exporter)],
});
const tracer: Tracer = provider.getTracer('sextant-otlp-test', '1.0.0');
const child = (parent: Span, name: string, attributes: Record<string, string | number>) =>
  tracer.startSpan(name, { attributes }, trace.setSpan(context.active(), parent));

const root = tracer.startSpan('invoke_agent support', {
  attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'support', 'session.id': 'chat-42', 'user.id': 'user-7' },
});
const chat = child(root, 'chat gpt-4o', {
  'gen_ai.operation.name': 'chat',
  'gen_ai.provider.name': 'openai',
  'gen_ai.request.model': 'gpt-4o',
  'gen_ai.response.model': 'gpt-4o-2024-08-06',
  'gen_ai.usage.input_tokens': 1000,
  'gen_ai.usage.output_tokens': 200,
  'gen_ai.usage.cache_read.input_tokens': 400,
  'gen_ai.system_instructions': JSON.stringify([{ type: 'text', content: 'You are a support agent.' }]),
  'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'Where is order 17?' }] }]),
  'gen_ai.output.messages': JSON.stringify([
    { role: 'assistant', parts: [{ type: 'tool_call', id: 'call_1', name: 'lookup_order', arguments: { id: 17 } }], finish_reason: 'tool_call' },
  ]),
});
chat.end();
const tool = child(root, 'execute_tool lookup_order', {
  'gen_ai.operation.name': 'execute_tool',
  'gen_ai.tool.name': 'lookup_order',
  'gen_ai.tool.call.id': 'call_1',
  'gen_ai.tool.call.arguments': JSON.stringify({ id: 17 }),
  'gen_ai.tool.call.result': JSON.stringify({ status: 'shipped' }),
});
tool.end();
const failing = child(root, 'chat gpt-4o', { 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': 'openai', 'gen_ai.request.model': 'gpt-4o' });
failing.recordException(Object.assign(new Error('upstream timed out'), { name: 'APITimeoutError' }));
failing.setStatus({ code: SpanStatusCode.ERROR, message: 'upstream timed out' });
failing.end();
root.end();

void provider.shutdown().then(() => {
  console.log(JSON.stringify({ traceId: root.spanContext().traceId, exported: results }));
});
