import type { TraceChange } from '../common/changes.participant';

type Row = Record<string, unknown>;

/** Bus channels. One per trace for spans, so an instance only receives the traces its subscribers tail. */
export const channels = {
  spans: (traceId: string) => `sextant:trace:${traceId}:spans`,
  traces: (projectId: string) => `sextant:project:${projectId}:traces`,
  errors: (projectId: string) => `sextant:project:${projectId}:errors`,
  metrics: (projectId: string) => `sextant:project:${projectId}:metrics`,
  /** Tells every instance that events may have been lost, so their feeds catch up from the database. */
  resync: 'sextant:resync',
};

// Items above the inline size cap travel as references (the entity fields left out) and are read
// from the database by each receiving instance, once per instance.

/** Spans of one trace from one ingestion, in sequence order. */
export type SpansMessage = { projectId: string; traceId: string; spans: { id: string; seq: number; span?: Row }[] };
/** Traces of one project changed by one ingestion. */
export type TracesMessage = { projectId: string; traces: { id: string; version: number; change: TraceChange; trace?: Row }[] };
/** Errors of one project first stored by one ingestion. */
export type ErrorsMessage = { projectId: string; errors: { id: string; error?: Row }[] };
/** Metrics the worker (re)computed for one trace. */
export type MetricsMessage = { projectId: string; traceId: string; names: string[]; computedAt: string };
