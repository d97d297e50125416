import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hourly rollups per project (and per model) that stats and timeseries read instead of the raw
 * traces, and the dirty marks that tell which hours must still be read raw.
 */
export class Rollups1764000000000 implements MigrationInterface {
  name = 'Rollups1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "rollups" ("project_id" uuid NOT NULL, "hour" TIMESTAMP WITH TIME ZONE NOT NULL, "model" text NOT NULL, "trace_count" integer NOT NULL, "error_count" integer NOT NULL, "span_count" integer NOT NULL, "run_type_counts" jsonb NOT NULL, "llm_call_count" integer NOT NULL, "llm_error_count" integer NOT NULL, "streamed_llm_call_count" integer NOT NULL, "prompt_tokens" bigint NOT NULL, "completion_tokens" bigint NOT NULL, "total_tokens" bigint NOT NULL, "prompt_cost" double precision NOT NULL, "completion_cost" double precision NOT NULL, "total_cost" double precision NOT NULL, "last_start_time" TIMESTAMP WITH TIME ZONE, "duration_percentiles" json, "llm_latency_percentiles" json, "duration_sketch" json NOT NULL, "first_token_sketch" json NOT NULL, "llm_latency_sketch" json NOT NULL, CONSTRAINT "PK_4379426c4aa4f640757079d0d02" PRIMARY KEY ("project_id", "hour", "model"))`,
    );
    await q.query(
      `CREATE TABLE "rollup_dirty" ("project_id" uuid NOT NULL, "hour" TIMESTAMP WITH TIME ZONE NOT NULL, "generation" bigint NOT NULL DEFAULT '1', "dirty_since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6679b89a9a7bb0851515fc5d945" PRIMARY KEY ("project_id", "hour"))`,
    );
    await q.query(`CREATE INDEX "rollup_dirty_since_idx" ON "rollup_dirty" ("dirty_since")`);
    await q.query(
      `ALTER TABLE "rollups" ADD CONSTRAINT "rollups_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "rollup_dirty" ADD CONSTRAINT "rollup_dirty_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Traces stored before this migration: every hour of them is dirty until the worker's sweep
    // rolls it up (readers take dirty hours from the raw tables meanwhile, so nothing is wrong).
    await q.query(`INSERT INTO "rollup_dirty" ("project_id", "hour") SELECT DISTINCT project_id, date_trunc('hour', start_time, 'UTC') FROM traces`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "rollup_dirty"`);
    await q.query(`DROP TABLE "rollups"`);
  }
}
