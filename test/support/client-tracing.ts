import { writeFileSync } from 'node:fs';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { SimpleSpanProcessor, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

// The tracing every client program of test/clients/ sets up the way an application would: a Node
// tracer provider (AsyncLocalStorage context, so instrumentations nest their spans) exporting over
// OTLP/HTTP to Sextant with a project key. It also records what the exporter answered, so a failed
// export names itself in the test instead of showing as a missing trace, and with OTLP_DUMP=<file>
// writes every span as OTLP/JSON: how the golden fixtures capture a client's real span shape.

export type ClientRunOutput = { traceIds: string[]; exported: { code: number; error?: string }[] };

export function startClientTracing(serviceName: string, url: string, key: string, encoding: 'proto' | 'json' = 'proto') {
  const inner =
    encoding === 'proto'
      ? new ProtoExporter({ url, headers: { Authorization: `Bearer ${key}` } })
      : new JsonExporter({ url, headers: { Authorization: `Bearer ${key}` } });
  const results: ClientRunOutput['exported'] = [];
  const spans: ReadableSpan[] = [];
  const exporter: SpanExporter = {
    export: (batch, done) => {
      spans.push(...batch);
      inner.export(batch, (r) => {
        results.push(r.error ? { code: r.code, error: r.error.message } : { code: r.code });
        done(r);
      });
    },
    shutdown: () => inner.shutdown(),
  };
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  provider.register();

  /** Flushes and shuts the provider down, then prints the run's trace ids and export results as the last stdout line. */
  async function finish(): Promise<void> {
    await provider.shutdown();
    if (process.env.OTLP_DUMP) writeFileSync(process.env.OTLP_DUMP, Buffer.from(JsonTraceSerializer.serializeRequest(spans) ?? new Uint8Array()));
    const output: ClientRunOutput = { traceIds: [...new Set(spans.map((s) => s.spanContext().traceId))], exported: results };
    console.log(JSON.stringify(output));
  }
  return { provider, finish };
}
