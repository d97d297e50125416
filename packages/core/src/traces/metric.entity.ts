import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TraceEntity } from './trace.entity';

/** A metric or evaluation result for a trace or one of its spans (AgentNeo Metric, LangSmith feedback stats). */
@Entity({ name: 'metrics' })
@Index('metrics_trace_idx', ['traceId', 'name'])
@Index('metrics_project_name_idx', ['projectId', 'name', 'timestamp'])
export class MetricEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @Column('uuid') traceId: string;
  @ManyToOne(() => TraceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trace_id', foreignKeyConstraintName: 'metrics_trace_fk' })
  trace?: TraceEntity;
  @Column('uuid', { nullable: true }) spanId: string | null;
  @Column('text') name: string;
  /** A normalised score in [0, 1] (evaluations); feedback and rubric scores keep their own scale. */
  @Column('double precision', { nullable: true }) score: number | null;
  /** A raw measurement (durations, counts, costs). */
  @Column('double precision', { nullable: true }) value: number | null;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('jsonb', { nullable: true }) resultDetail: unknown;
  @Column('jsonb', { nullable: true }) config: unknown;
  @Column('timestamptz', { nullable: true }) startTime: Date | null;
  @Column('timestamptz', { nullable: true }) endTime: Date | null;
  @Column('double precision', { nullable: true }) durationMs: number | null;
  @Column('timestamptz') timestamp: Date;
  /**
   * Who produced it: 'client' for ingested results, 'langsmith' for LangSmith feedback, 'api' and
   * 'human' for feedback sent through GraphQL and annotation queues; the worker sets its own.
   */
  @Column('text', { default: 'client' }) source: string;
  /** A categorical value (feedback's label, LangSmith's string `value`). */
  @Column('text', { nullable: true }) label: string | null;
  /** What the output should have been, as the person or program scoring it says. */
  @Column('jsonb', { nullable: true }) correction: unknown;
  /** The API key that wrote this feedback; null for ingested metrics and for the bootstrap admin. */
  @Column('uuid', { nullable: true }) authorKeyId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
