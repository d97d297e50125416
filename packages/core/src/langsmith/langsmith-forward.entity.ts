import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TraceEntity } from '../traces/trace.entity';

export const FORWARD_STATUSES = ['pending', 'sent', 'failed'] as const;
export type ForwardStatus = (typeof FORWARD_STATUSES)[number];

/** Where forwarding one trace to LangSmith stands, so no failed forward goes unnoticed. */
@Entity({ name: 'langsmith_forwards' })
export class LangSmithForwardEntity {
  @PrimaryColumn('uuid') traceId: string;

  @ManyToOne(() => TraceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trace_id', foreignKeyConstraintName: 'langsmith_forwards_trace_fk' })
  trace?: TraceEntity;

  @Column('text', { default: 'pending' }) status: ForwardStatus;
  /** Sends tried, the current one included; a retried job adds to it. */
  @Column('integer', { default: 0 }) attempts: number;
  @Column('text', { nullable: true }) lastError: string | null;
  @Column('timestamptz', { nullable: true }) sentAt: Date | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
