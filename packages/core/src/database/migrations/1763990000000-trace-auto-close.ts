import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Traces that never send an end are closed by the worker after a quiet period; it finds them by this index. */
export class TraceAutoClose1763990000000 implements MigrationInterface {
  name = 'TraceAutoClose1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "traces" ADD "auto_closed" boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX "traces_open_updated_idx" ON "traces" ("updated_at") WHERE end_time IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "traces_open_updated_idx"`);
    await q.query(`ALTER TABLE "traces" DROP COLUMN "auto_closed"`);
  }
}
