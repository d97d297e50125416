import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TraceEntity } from '../traces/trace.entity';

export type ForwardStatus = 'pending' | 'sent' | 'failed' | 'skipped';

/** Where forwarding one trace to LangSmith stands, so no failed forward goes unnoticed. */
@Entity({ name: 'langsmith_forwards' })
@Index('langsmith_forwards_pending_idx', ['requestedAt'], { where: `status = 'pending'` })
@Index('langsmith_forwards_failed_idx', ['traceId'], { where: `status = 'failed'` })
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
  /** When a send was last asked for; a send that read the trace before this leaves it pending. */
  @Column('timestamptz', { default: () => 'now()' }) requestedAt: Date;
  /** Distinct runs LangSmith holds from this trace. */
  @Column('integer', { default: 0 }) runsSent: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/**
 * One run as last sent to LangSmith (a digest of its JSON): a run not here is posted, one whose
 * digest changed is patched, the rest are not sent again. This is what lets a long-running trace
 * go out in parts. Feedback sent is recorded here too, under its own id (digest `feedback`).
 */
@Entity({ name: 'langsmith_forward_runs' })
export class LangSmithForwardRunEntity {
  @PrimaryColumn('uuid') traceId: string;
  @PrimaryColumn('uuid') runId: string;

  @ManyToOne(() => TraceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trace_id', foreignKeyConstraintName: 'langsmith_forward_runs_trace_fk' })
  trace?: TraceEntity;

  @Column('text') digest: string;
}
