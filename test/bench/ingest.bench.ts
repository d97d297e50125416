// Ingestion benchmark: spans/s through the GraphQL `ingest` mutation of the real API, against the
// ceiling of inserting the same rows straight into Postgres. The API runs in a process of its own.
// Run with `pnpm bench:ingest [--spans N] [--batch B] [--concurrency C]`; set DATABASE_URL to use an
// existing Postgres, else an embedded one is started. `pnpm bench:otlp` adds OTLP/HTTP to the same run.
import { runMain } from './bench-kit';
import { ingestBenchmark } from './ingest-paths';

runMain(() => ingestBenchmark({ otlp: false }));
