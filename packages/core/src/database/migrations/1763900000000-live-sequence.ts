import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ingestion sequence numbers for live subscriptions: each span carries the position of its latest
 * version in its trace's ingestion order, and each trace a version bumped on every change, so a
 * subscriber can resume with `since` and drop events that arrive late or twice.
 */
export class LiveSequence1763900000000 implements MigrationInterface {
  name = 'LiveSequence1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "traces" ADD "span_seq" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "traces" ADD "version" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "spans" ADD "seq" integer NOT NULL DEFAULT '0'`);
    // Spans stored before this migration get an order that follows their start times.
    await q.query(`
      UPDATE spans s SET seq = o.seq
        FROM (SELECT id, row_number() OVER (PARTITION BY trace_id ORDER BY start_time, id) AS seq FROM spans) o
       WHERE s.id = o.id`);
    await q.query(`
      UPDATE traces t SET span_seq = m.seq, version = 1
        FROM (SELECT trace_id, max(seq) AS seq FROM spans GROUP BY trace_id) m
       WHERE t.id = m.trace_id`);
    await q.query(`CREATE INDEX "spans_trace_seq_idx" ON "spans" ("trace_id", "seq")`);
    await q.query(`CREATE INDEX "traces_project_updated_idx" ON "traces" ("project_id", "updated_at")`);
    await q.query(`CREATE INDEX "errors_project_created_idx" ON "errors" ("project_id", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "errors_project_created_idx"`);
    await q.query(`DROP INDEX "traces_project_updated_idx"`);
    await q.query(`DROP INDEX "spans_trace_seq_idx"`);
    await q.query(`ALTER TABLE "spans" DROP COLUMN "seq"`);
    await q.query(`ALTER TABLE "traces" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "traces" DROP COLUMN "span_seq"`);
  }
}
