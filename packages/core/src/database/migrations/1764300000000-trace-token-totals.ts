import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = ['prompt_tokens', 'completion_tokens', 'total_tokens', 'cache_read_tokens', 'cache_creation_tokens', 'reasoning_tokens'];

/**
 * A trace's token totals as bigint: each call may count up to 2^31 - 1 tokens, so two of them in
 * one trace overflowed the integer columns and failed their whole batch.
 */
export class TraceTokenTotals1764300000000 implements MigrationInterface {
  name = 'TraceTokenTotals1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "traces" ${COLUMNS.map((c) => `ALTER COLUMN "${c}" TYPE bigint`).join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "traces" ${COLUMNS.map((c) => `ALTER COLUMN "${c}" TYPE integer`).join(', ')}`);
  }
}
