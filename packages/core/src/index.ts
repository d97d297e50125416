import 'reflect-metadata';
export { buildSextantSchema } from './schema';
export { createDataSource, connectAndMigrate, pendingMigrations } from './database/data-source.client';
export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './database/embedded-postgres.server';
export type { BaseContext, DbContext, Log, RequestContext, TxContext } from './common/service.context';
export { type Permission, type Principal, principalMay } from './common/access.policy';
export { LoaderCache } from './common/loader-cache.util';
export { withTransaction, db } from './common/transaction.util';
export { type AppServices, createAppServices, jobContext, requestContext } from './runtime/app.context';
export type { LiveContext } from './live/live.service';
export { AppError, type ErrorCode } from './common/app.errors';
export { resolvePrincipal, hashApiKey, generateApiKey } from './auth/api-key.service';
export { ProjectEntity } from './projects/project.entity';
export { ApiKeyEntity } from './auth/api-key.entity';
export { orderSpanTree, placeTree } from './spans/span.tree';
export { encodeCursor, decodeCursor } from './common/pagination.util';
export { costForModel, findModelPrice, PRICE_TABLE_SOURCE } from './pricing/pricing.compute';
export { normalizeModelName } from './pricing/price-table.compute';
export { LiveHub, type LiveOptions } from './live/live.hub';
export { ConnectionBudget } from './live/live.stream';
export { createEventBus } from './live/event-bus.factory';
export type { EventBus } from './live/event.bus';
export { runWorker } from './runtime/job.worker';
export { createJobHandlers } from './runtime/job.handlers';
export { closeQuietTraces } from './traces/trace-sweeps.service';
export { traceListQuery } from './traces/trace.service';
export {
  computeTraceMetrics,
  JudgeMetricsFailedError,
  JudgeTimeoutError,
  JudgeUnavailableError,
  type JudgeSettings,
  type TraceMetricsResult,
} from './metrics/trace-metrics.service';
export { markRollupsDirty, recomputeRollupBucket, listDirtyRollupBuckets, rebuildRollups } from './rollups/rollup.service';
export { Sketch, SKETCH_RELATIVE_ACCURACY, type SketchJson } from './rollups/sketch.util';
export { stopOnSignals, surviveStrayErrors } from './common/shutdown.util';
export { createLogger, logOf, mentionsAdminShutdown, silentLogger, type Logger } from './common/logger.factory';
export { SextantMetrics, HTTP_ROUTES, type HttpRoute } from './common/metrics.registry';
export {
  createLangSmithFeedback,
  createLangSmithRun,
  ingestLangSmithBatch,
  ingestLangSmithMultipart,
  updateLangSmithRun,
} from './langsmith-ingest/langsmith-ingest.service';
export { langsmithServerInfo } from './langsmith-ingest/langsmith-info.service';
export {
  createLangSmithSession,
  listLangSmithSessions,
  readLangSmithSession,
  type SessionAnswer,
  updateLangSmithSession,
} from './langsmith-ingest/langsmith-sessions.service';
export { exportExamples, importExamples } from './datasets/dataset-io.service';
export * as langsmithDatasets from './langsmith-datasets/langsmith-datasets.service';
export { forwardingSummary } from './langsmith-forward/langsmith-forward.service';
export type { MultipartPart } from './langsmith-ingest/langsmith-multipart.parser';
export type { LangSmithIngestResult, LangSmithRejection } from './langsmith-ingest/langsmith-op.types';
export { ingestOtlpTraces } from './otlp-ingest/otlp-ingest.service';
export {
  decodeTraceRequest,
  decodeTraceResponse,
  encodeStatus,
  encodeTraceResponse,
  OtlpBodyError,
  type OtlpExportResult,
  type OtlpFormat,
  traceRequestFromJson,
} from './otlp-ingest/otlp.wire';
export type { OtlpExportTraceRequest } from './otlp-ingest/otlp.types';
