import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from '../projects/project.entity';
import { TraceEntity } from '../traces/trace.entity';

/** One criterion of a queue's rubric, as stored (validated on write). */
export type RubricItem = {
  key: string;
  description: string | null;
  kind: 'NUMERIC' | 'CATEGORICAL' | 'BOOLEAN';
  min: number | null;
  max: number | null;
  values: string[] | null;
  required: boolean;
};

/** A queue of traces or spans for people to score against a rubric. */
@Entity({ name: 'annotation_queues' })
@Index('annotation_queues_project_name_key', ['projectId', 'name'], { unique: true })
export class AnnotationQueueEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'annotation_queues_project_fk' })
  project?: ProjectEntity;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { nullable: true }) instructions: string | null;
  @Column('jsonb') rubric: RubricItem[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A trace or span waiting in a queue, claimed by one annotator at a time. */
@Entity({ name: 'annotation_queue_items' })
// Unique on (queue, trace, span or the nil UUID): an expression index, built by the migration.
@Index('annotation_queue_items_key', { synchronize: false })
@Index('annotation_queue_items_next_idx', ['queueId', 'status', 'addedAt'])
export class AnnotationQueueItemEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') queueId: string;
  @ManyToOne(() => AnnotationQueueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'queue_id', foreignKeyConstraintName: 'annotation_queue_items_queue_fk' })
  queue?: AnnotationQueueEntity;
  @Column('uuid') projectId: string;
  @Column('uuid') traceId: string;
  @ManyToOne(() => TraceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trace_id', foreignKeyConstraintName: 'annotation_queue_items_trace_fk' })
  trace?: TraceEntity;
  @Column('uuid', { nullable: true }) spanId: string | null;
  @Column('text', { default: 'pending' }) status: 'pending' | 'done';
  @Column('uuid', { nullable: true }) claimedByKeyId: string | null;
  @Column('timestamptz', { nullable: true }) claimedUntil: Date | null;
  /** The keys that skipped it (the bootstrap admin as the nil UUID): it is not offered to them again. */
  @Column('uuid', { array: true, default: () => "'{}'" }) skippedBy: string[];
  @Column('uuid', { nullable: true }) completedByKeyId: string | null;
  @Column('timestamptz', { nullable: true }) completedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) addedAt: Date;
}
