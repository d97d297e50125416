import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '../common/columns.util';
import { ProjectEntity } from '../projects/project.entity';

export type TraceStatus = 'running' | 'success' | 'error';

/**
 * One agent run (agent_runs, AgentNeo's Trace, LangSmith's root run). The totals columns are
 * maintained at ingestion so that listing traces never aggregates spans.
 */
@Entity({ name: 'traces' })
@Index('traces_project_start_idx', ['projectId', 'startTime', 'id'])
@Index('traces_project_session_idx', ['projectId', 'sessionId', 'startTime'])
@Index('traces_project_user_idx', ['projectId', 'userId', 'startTime'])
// (project_id, total_cost NULLS FIRST, id): an unknown cost sorts below every known one, in both directions.
@Index('traces_project_cost_idx', { synchronize: false })
@Index('traces_project_duration_idx', ['projectId', 'durationMs', 'id'])
@Index('traces_project_tokens_idx', ['projectId', 'totalTokens', 'id'])
@Index('traces_project_status_start_idx', ['projectId', 'status', 'startTime', 'id'])
@Index('traces_project_updated_idx', ['projectId', 'updatedAt'])
@Index('traces_open_updated_idx', ['updatedAt'], { where: 'end_time IS NULL' })
@Index('traces_metrics_stale_idx', ['updatedAt'], { where: 'end_time IS NOT NULL AND metrics_version < version' })
@Index('traces_tags_gin', { synchronize: false })
@Index('traces_models_gin', { synchronize: false })
@Index('traces_metadata_gin', { synchronize: false })
@Index('traces_search_trgm', { synchronize: false })
export class TraceEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'traces_project_fk' })
  project?: ProjectEntity;
  @Column('text', { nullable: true }) name: string | null;
  @Column('text', { default: 'running' }) status: TraceStatus;
  @Column('timestamptz') startTime: Date;
  @Column('timestamptz', { nullable: true }) endTime: Date | null;
  /** Elapsed time: to the end when ended, else to the latest span seen. */
  @Column('double precision', { default: 0 }) durationMs: number;
  @Column('text', { nullable: true }) userId: string | null;
  @Column('text', { nullable: true }) sessionId: string | null;
  @Column('text', { nullable: true }) agentVersion: string | null;
  @Column('text', { nullable: true }) promptTemplateVersion: string | null;
  @Column('text', { nullable: true }) modelName: string | null;
  @Column('jsonb', { nullable: true }) input: unknown;
  @Column('jsonb', { nullable: true }) output: unknown;
  @Column('boolean', { default: false }) errorFlag: boolean;
  @Column('text', { nullable: true }) errorType: string | null;
  @Column('text', { nullable: true }) errorMessage: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) tags: string[];
  @Column('jsonb', { default: () => "'{}'" }) metadata: Record<string, unknown>;
  @Column('text', { array: true, default: () => "'{}'" }) models: string[];
  @Column('bigint', { default: 0, transformer: bigintAsNumber }) promptTokens: number;
  @Column('bigint', { default: 0, transformer: bigintAsNumber }) completionTokens: number;
  @Column('bigint', { default: 0, transformer: bigintAsNumber }) totalTokens: number;
  @Column('bigint', { default: 0, transformer: bigintAsNumber }) cacheReadTokens: number;
  @Column('bigint', { default: 0, transformer: bigintAsNumber }) cacheCreationTokens: number;
  @Column('bigint', { default: 0, transformer: bigintAsNumber }) reasoningTokens: number;
  // The sums of the spans' costs; null when the trace has LLM calls and none of its spans has a cost.
  @Column('double precision', { nullable: true, default: 0 }) promptCost: number | null;
  @Column('double precision', { nullable: true, default: 0 }) completionCost: number | null;
  @Column('double precision', { nullable: true, default: 0 }) totalCost: number | null;
  /** LLM calls without a total cost: none sent and none computable (unknown model, no token counts yet). */
  @Column('integer', { default: 0 }) unpricedCallCount: number;
  @Column('integer', { default: 0 }) agentCallCount: number;
  @Column('integer', { default: 0 }) llmCallCount: number;
  @Column('integer', { default: 0 }) toolCallCount: number;
  @Column('integer', { default: 0 }) errorCount: number;
  /**
   * The last span sequence number handed out. Reserved under the trace's row lock, which is held
   * to commit, so sequence order is commit order and a subscriber can resume without a hole.
   */
  @Column('integer', { default: 0 }) spanSeq: number;
  /** Bumped by every ingestion that touches the trace, so live updates can be ordered. */
  @Column('integer', { default: 0 }) version: number;
  /** True when the worker closed the trace after the quiet period because no end ever arrived. */
  @Column('boolean', { default: false }) autoClosed: boolean;
  /** The version the stored metrics were computed from; behind `version` means they are due. */
  @Column('integer', { default: 0 }) metricsVersion: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
