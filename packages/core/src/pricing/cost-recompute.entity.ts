import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from '../projects/project.entity';

export type CostRecomputeStatus = 'queued' | 'running' | 'done' | 'failed';

/**
 * A request to price a project's LLM calls in [rangeFrom, rangeTo) again, worked through by a
 * background job in batches; the row is its progress (and where a retried job resumes).
 */
@Entity({ name: 'cost_recomputes' })
@Index('cost_recomputes_project_idx', ['projectId', 'createdAt'])
export class CostRecomputeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'cost_recomputes_project_fk' })
  project?: ProjectEntity;
  @Column('timestamptz') rangeFrom: Date;
  @Column('timestamptz') rangeTo: Date;
  @Column('text', { default: 'queued' }) status: CostRecomputeStatus;
  /** LLM calls looked at so far (client-priced calls are skipped, not counted). */
  @Column('integer', { default: 0 }) callsSeen: number;
  /** Of those, the ones whose tokens or cost changed. */
  @Column('integer', { default: 0 }) callsChanged: number;
  /** Where the next batch starts: the (start_time, id) of the last call done. */
  @Column('timestamptz', { nullable: true }) cursorTime: Date | null;
  @Column('uuid', { nullable: true }) cursorId: string | null;
  @Column('text', { nullable: true }) error: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
}
