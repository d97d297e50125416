import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../common/columns.util';
import { ProjectEntity } from '../projects/project.entity';
import type { SketchJson } from './sketch.util';

/** The `model` of the project-wide row of an hour. */
export const PROJECT_WIDE = '';

/**
 * The figures of one project's traces that started in one UTC hour, computed by the worker from
 * the traces and spans tables (rollup.sql.ts) so that dashboards never aggregate raw rows.
 *
 * model '' is the project-wide row: all the hour's traces and their spans. Every other row holds
 * one model's LLM calls among those spans: its trace-level columns (traceCount, errorCount,
 * lastStartTime, durationSketch) are zero or empty, its token and cost columns sum the calls.
 * An hour is only read from here while it has a project-wide row and no rollup_dirty mark.
 */
@Entity({ name: 'rollups' })
export class RollupEntity {
  @PrimaryColumn('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'rollups_project_fk' })
  project?: ProjectEntity;
  @PrimaryColumn('timestamptz') hour: Date;
  @PrimaryColumn('text') model: string;
  @Column('integer') traceCount: number;
  /** Traces with their error flag set. */
  @Column('integer') errorCount: number;
  /** Spans of the hour's traces; in a model row, that model's LLM calls. */
  @Column('integer') spanCount: number;
  /** {runType: spans}, for the runFacets of stats. */
  @Column('jsonb') runTypeCounts: Record<string, number>;
  @Column('integer') llmCallCount: number;
  /** LLM calls whose status is error. */
  @Column('integer') llmErrorCount: number;
  @Column('integer') streamedLlmCallCount: number;
  // Sums over an hour can pass 2^31 tokens.
  @Column('bigint', { transformer: bigintAsNumber }) promptTokens: number;
  @Column('bigint', { transformer: bigintAsNumber }) completionTokens: number;
  @Column('bigint', { transformer: bigintAsNumber }) totalTokens: number;
  @Column('double precision') promptCost: number;
  @Column('double precision') completionCost: number;
  @Column('double precision') totalCost: number;
  /** LLM calls without a cost, which the cost columns (sums of the known costs) leave out. */
  @Column('integer', { default: 0 }) unpricedCallCount: number;
  @Column('timestamptz', { nullable: true }) lastStartTime: Date | null;
  /**
   * Exact p50, p95, p99 (percentile_cont) of the trace durations in ms, null without traces: an
   * hourly chart reads these instead of the sketches, which only ranges of several hours need.
   */
  @Column('json', { nullable: true }) durationPercentiles: number[] | null;
  /** The same for the LLM call durations. */
  @Column('json', { nullable: true }) llmLatencyPercentiles: number[] | null;
  // Sketches and percentiles are json, neither jsonb nor float8[]: read back as stored text and
  // parsed natively, without converting every number on either side.
  /** Trace durations in ms (sketch.ts). */
  @Column('json') durationSketch: SketchJson;
  /** first_token_time - start_time of the spans that report a first token, in ms. */
  @Column('json') firstTokenSketch: SketchJson;
  /** LLM call durations in ms. */
  @Column('json') llmLatencySketch: SketchJson;
}
