// OTLP ingestion benchmark: spans/s through OTLP/HTTP protobuf (the bodies the official exporter
// sends, built by its serializer from spans recorded with the OpenTelemetry SDK), beside the GraphQL
// `ingest` figure and the raw-pg ceiling for the same agent runs in the same run. Flags as
// `pnpm bench:ingest`: `pnpm bench:otlp [--spans N] [--batch B] [--concurrency C]`.
import { runMain } from './bench-kit';
import { ingestBenchmark } from './ingest-paths';

runMain(() => ingestBenchmark({ otlp: true }));
