import { registerEnumType } from 'type-graphql';

export enum TraceChange {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(TraceChange, {
  name: 'TraceChange',
  description: 'CREATED: first seen in this ingestion; COMPLETED: stopped running (end time or final status); UPDATED: anything else',
});

type Row = Record<string, unknown>;

/** What one committed ingestion changed, as raw rows: the input of the live publisher. */
export type IngestedChanges = {
  projectId: string;
  /** Hour starts of the traces touched, before and after: their rollup buckets are due. */
  hours: Date[];
  spans: Row[];
  errors: Row[];
  traces: { row: Row; change: TraceChange }[];
};

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
