import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../common/columns.util';
import { ProjectEntity } from '../projects/project.entity';

/**
 * An hour whose rollup rows may be stale: ingestion marks it in the transaction that changes its
 * traces, and readers take it from the raw tables until the worker recomputes it. Each mark bumps
 * generation, so a recompute that started before the latest mark leaves the hour dirty.
 */
@Entity({ name: 'rollup_dirty' })
@Index('rollup_dirty_since_idx', ['dirtySince'])
export class RollupDirtyEntity {
  @PrimaryColumn('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'rollup_dirty_project_fk' })
  project?: ProjectEntity;
  @PrimaryColumn('timestamptz') hour: Date;
  @Column('bigint', { default: 1, transformer: bigintAsNumber }) generation: number;
  /** When the hour became dirty (not moved by later marks), so the sweep takes the oldest first. */
  @CreateDateColumn({ type: 'timestamptz' }) dirtySince: Date;
}
