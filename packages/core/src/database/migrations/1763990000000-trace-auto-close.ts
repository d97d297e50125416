import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Worker bookkeeping on traces: traces that never send an end are closed after a quiet period,
 * and metrics_version (the trace version the metrics were computed from) lets a sweep find
 * completed traces whose metrics are missing or stale, should a job ever be lost.
 */
export class TraceAutoClose1763990000000 implements MigrationInterface {
  name = 'TraceAutoClose1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "traces" ADD "auto_closed" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "traces" ADD "metrics_version" integer NOT NULL DEFAULT '0'`);
    await q.query(`CREATE INDEX "traces_open_updated_idx" ON "traces" ("updated_at") WHERE end_time IS NULL`);
    await q.query(`CREATE INDEX "traces_metrics_stale_idx" ON "traces" ("updated_at") WHERE end_time IS NOT NULL AND metrics_version < version`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "traces_metrics_stale_idx"`);
    await q.query(`DROP INDEX "traces_open_updated_idx"`);
    await q.query(`ALTER TABLE "traces" DROP COLUMN "metrics_version"`);
    await q.query(`ALTER TABLE "traces" DROP COLUMN "auto_closed"`);
  }
}
