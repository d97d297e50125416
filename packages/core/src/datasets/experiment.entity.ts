import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from '../projects/project.entity';
import { DatasetEntity } from './dataset.entity';

/** Who ran an experiment: Sextant's worker, or a client (the LangSmith SDK's evaluate()) that traced its own runs. */
export type ExperimentKind = 'sextant' | 'client';
export type ExperimentStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';
export type ExperimentRunStatus = 'pending' | 'running' | 'completed' | 'failed';

/**
 * A run of something (a prompt version, or a model with parameters) over one version of a dataset,
 * each example's run traced as a trace of the project and scored by the evaluators. LangSmith's
 * experiment sessions (a session with reference_dataset_id) are experiments of kind 'client'.
 */
@Entity({ name: 'experiments' })
@Index('experiments_project_name_key', ['projectId', 'name'], { unique: true })
@Index('experiments_dataset_idx', ['datasetId', 'createdAt'])
export class ExperimentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'experiments_project_fk' })
  project?: ProjectEntity;
  @Column('uuid') datasetId: string;
  @ManyToOne(() => DatasetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id', foreignKeyConstraintName: 'experiments_dataset_fk' })
  dataset?: DatasetEntity;
  /** The dataset version it ran on. */
  @Column('integer') datasetVersion: number;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { default: 'sextant' }) kind: ExperimentKind;
  /** What ran: a prompt version (its model and parameters unless overridden), or just a model. */
  @Column('uuid', { nullable: true }) promptVersionId: string | null;
  @Column('text', { nullable: true }) model: string | null;
  @Column('jsonb', { default: () => "'{}'" }) parameters: Record<string, unknown>;
  /** The evaluators that score each result, as configured (kind and options). */
  @Column('jsonb', { default: () => "'[]'" }) evaluators: unknown[];
  @Column('integer', { default: 4 }) concurrency: number;
  @Column('text', { default: 'queued' }) status: ExperimentStatus;
  @Column('integer', { default: 0 }) exampleCount: number;
  @Column('integer', { default: 0 }) completedCount: number;
  @Column('integer', { default: 0 }) failedCount: number;
  @Column('jsonb', { default: () => "'{}'" }) metadata: Record<string, unknown>;
  @Column('text', { nullable: true }) error: string | null;
  @Column('uuid', { nullable: true }) authorKeyId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
}

/** One example's run in an experiment: the trace it made, its output, and how it went. Its scores are metrics of that trace. */
@Entity({ name: 'experiment_runs' })
@Index('experiment_runs_example_key', ['experimentId', 'exampleId'], { unique: true })
@Index('experiment_runs_trace_idx', ['traceId'], { where: 'trace_id IS NOT NULL' })
export class ExperimentRunEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') experimentId: string;
  @ManyToOne(() => ExperimentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'experiment_id', foreignKeyConstraintName: 'experiment_runs_experiment_fk' })
  experiment?: ExperimentEntity;
  @Column('uuid') projectId: string;
  @Column('uuid') exampleId: string;
  /** The trace of this run (not a foreign key: the run may be recorded before its trace lands). */
  @Column('uuid', { nullable: true }) traceId: string | null;
  @Column('text', { default: 'pending' }) status: ExperimentRunStatus;
  @Column('jsonb', { nullable: true }) output: unknown;
  @Column('text', { nullable: true }) error: string | null;
  @Column('double precision', { nullable: true }) latencyMs: number | null;
  @Column('integer', { nullable: true }) promptTokens: number | null;
  @Column('integer', { nullable: true }) completionTokens: number | null;
  @Column('integer', { nullable: true }) totalTokens: number | null;
  @Column('double precision', { nullable: true }) totalCost: number | null;
  @Column('integer', { default: 0 }) attempts: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
}
