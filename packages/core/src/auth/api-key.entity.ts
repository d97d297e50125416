import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ApiKeyRole } from '../common/access.policy';
import { ProjectEntity } from '../projects/project.entity';

/** A project-scoped API key; only its SHA-256 hash is stored. */
@Entity({ name: 'api_keys' })
@Index('api_keys_project_idx', ['projectId'])
@Index('api_keys_hash_key', ['keyHash'], { unique: true })
export class ApiKeyEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'api_keys_project_fk' })
  project?: ProjectEntity;
  @Column('text') name: string;
  @Column('text') role: ApiKeyRole;
  @Column('text') keyHash: string;
  @Column('text') prefix: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) lastUsedAt: Date | null;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
}
