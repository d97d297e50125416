import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-project forwarding settings, and the runs already sent so traces can be forwarded in parts. */
export class LangSmithForwardParts1764200000000 implements MigrationInterface {
  name = 'LangSmithForwardParts1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "langsmith_forward_runs" ("trace_id" uuid NOT NULL, "run_id" uuid NOT NULL, "digest" text NOT NULL, CONSTRAINT "PK_05d129ab86dd8785105cd60ab80" PRIMARY KEY ("trace_id", "run_id"))`,
    );
    await q.query(`ALTER TABLE "projects" ADD "langsmith_forwarding" boolean`);
    await q.query(`ALTER TABLE "projects" ADD "langsmith_project" text`);
    await q.query(`ALTER TABLE "langsmith_forwards" ADD "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE "langsmith_forwards" ADD "runs_sent" integer NOT NULL DEFAULT '0'`);
    await q.query(`CREATE INDEX "langsmith_forwards_pending_idx" ON "langsmith_forwards"  ("requested_at") WHERE status = 'pending'`);
    await q.query(`CREATE INDEX "langsmith_forwards_failed_idx" ON "langsmith_forwards"  ("trace_id") WHERE status = 'failed'`);
    await q.query(
      `ALTER TABLE "langsmith_forward_runs" ADD CONSTRAINT "langsmith_forward_runs_trace_fk" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "langsmith_forward_runs" DROP CONSTRAINT "langsmith_forward_runs_trace_fk"`);
    await q.query(`DROP INDEX "public"."langsmith_forwards_failed_idx"`);
    await q.query(`DROP INDEX "public"."langsmith_forwards_pending_idx"`);
    await q.query(`ALTER TABLE "langsmith_forwards" DROP COLUMN "runs_sent"`);
    await q.query(`ALTER TABLE "langsmith_forwards" DROP COLUMN "requested_at"`);
    await q.query(`ALTER TABLE "projects" DROP COLUMN "langsmith_project"`);
    await q.query(`ALTER TABLE "projects" DROP COLUMN "langsmith_forwarding"`);
    await q.query(`DROP TABLE "langsmith_forward_runs"`);
  }
}
