import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from '../projects/project.entity';

/**
 * A project's own price for the models its pattern matches, in USD per token, from `effectiveFrom`
 * on (always, when null). It wins over the bundled table for the project's calls.
 */
@Entity({ name: 'model_prices' })
@Index('model_prices_project_idx', ['projectId'])
// One price per pattern, provider and start: (project_id, model_pattern, coalesce(provider, ''),
// coalesce(effective_from, '-infinity')), an expression index the migration creates.
@Index('model_prices_key', { synchronize: false })
export class ModelPriceEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'model_prices_project_fk' })
  project?: ProjectEntity;
  /** A regular expression (case-insensitive) tried on the reported model name, on it without its provider path, and on its normalized form. */
  @Column('text') modelPattern: string;
  /** Only calls reporting this provider (case-insensitive) match; null matches any. */
  @Column('text', { nullable: true }) provider: string | null;
  @Column('double precision') inputPrice: number;
  @Column('double precision') outputPrice: number;
  @Column('double precision', { nullable: true }) cacheReadPrice: number | null;
  @Column('double precision', { nullable: true }) cacheWritePrice: number | null;
  @Column('double precision', { nullable: true }) reasoningPrice: number | null;
  @Column('timestamptz', { nullable: true }) effectiveFrom: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
