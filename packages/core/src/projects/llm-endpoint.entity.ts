import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from './project.entity';

/**
 * A project's OpenAI-compatible chat-completions endpoint, used to run experiments (and the judge
 * of its experiments). The API key is stored encrypted (AES-256-GCM) and never returned.
 */
@Entity({ name: 'project_llm_endpoints' })
export class LlmEndpointEntity {
  @PrimaryColumn('uuid') projectId: string;
  @OneToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_llm_endpoints_project_fk' })
  project?: ProjectEntity;
  @Column('text') baseUrl: string;
  /** base64(iv ‖ tag ‖ ciphertext); null when the endpoint needs no key. */
  @Column('text', { nullable: true }) apiKeyEncrypted: string | null;
  /** The last characters of the key, to tell keys apart without revealing them. */
  @Column('text', { nullable: true }) apiKeyHint: string | null;
  @Column('text', { nullable: true }) defaultModel: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
