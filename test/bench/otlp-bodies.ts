// The agent runs of the ingestion benchmarks as OTLP/HTTP protobuf bodies: recorded as spans with
// the OpenTelemetry SDK and GenAI-semconv attributes (as an instrumented agent writes them), then
// serialised by the SDK's own OTLP protobuf serializer, the one OTLPTraceExporter (proto) sends with.
import { type Attributes, context, ROOT_CONTEXT, type Span as OtelSpan, SpanKind, trace } from '@opentelemetry/api';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Batch, Span, Trace } from './agent-runs';

type Message = { role: string; content: string };

/** Chat messages in GenAI semconv's parts form. */
const parts = (messages: Message[]) => JSON.stringify(messages.map((m) => ({ role: m.role, parts: [{ type: 'text', content: m.content }] })));

/** A span's GenAI-semconv attributes, as an instrumented agent writes them. */
function attributesOf(s: Span, t: Trace): Attributes {
  const common: Attributes = { 'sextant.tags': s.tags, 'sextant.metadata': JSON.stringify(s.metadata) };
  if (s.kind === 'llm') {
    const inputs = s.inputs as { messages: Message[] };
    const outputs = s.outputs as { choices: { message: Message; finish_reason: string }[] };
    return {
      ...common,
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': s.provider,
      'gen_ai.request.model': s.model,
      'gen_ai.request.temperature': s.temperature,
      'gen_ai.usage.input_tokens': s.promptTokens,
      'gen_ai.usage.output_tokens': s.completionTokens,
      'gen_ai.input.messages': parts(inputs.messages),
      'gen_ai.output.messages': parts(outputs.choices.map((c) => c.message)),
    };
  }
  if (s.kind === 'tool') {
    return {
      ...common,
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': s.name,
      'gen_ai.tool.call.arguments': JSON.stringify(s.inputs),
      'gen_ai.tool.call.result': JSON.stringify(s.outputs),
    };
  }
  const root = s.parentId === null;
  return {
    ...common,
    'gen_ai.operation.name': 'invoke_agent',
    'gen_ai.agent.name': s.name,
    'input.value': JSON.stringify(s.inputs),
    'output.value': JSON.stringify(s.outputs),
    ...(root ? { 'session.id': t.sessionId, 'user.id': t.userId } : {}),
  };
}

/** Each batch as one ExportTraceServiceRequest in protobuf, with its span count. */
export function otlpBodies(batches: Batch[]): { body: Buffer; spans: number }[] {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'support-agent', 'service.version': '1.4.2' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('sextant-bench', '1.0.0');
  return batches.map((batch) => {
    exporter.reset();
    for (const t of batch.traces) {
      const started = new Map<string, OtelSpan>();
      for (const s of t.spans) {
        const parent = s.parentId ? started.get(s.parentId) : undefined;
        const ctx = parent ? trace.setSpan(context.active(), parent) : ROOT_CONTEXT;
        const span = tracer.startSpan(
          s.name,
          { kind: s.kind === 'llm' ? SpanKind.CLIENT : SpanKind.INTERNAL, startTime: s.start, attributes: attributesOf(s, t) },
          ctx,
        );
        started.set(s.id, span);
      }
      for (const s of t.spans) started.get(s.id)!.end(s.end);
    }
    const spans = exporter.getFinishedSpans();
    const bytes = ProtobufTraceSerializer.serializeRequest(spans)!;
    return { body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), spans: spans.length };
  });
}
