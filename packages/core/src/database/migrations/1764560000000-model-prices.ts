import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prices a project manages: custom model prices and the background recomputes of a time range.
 * LLM calls record whether their tokens were estimated. Traces and rollups count their unpriced
 * LLM calls, and a trace whose LLM calls none could be priced has a null cost instead of 0: the
 * existing traces and rollup rows get both from their spans here.
 */
export class ModelPrices1764560000000 implements MigrationInterface {
  name = 'ModelPrices1764560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "model_prices" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "model_pattern" text NOT NULL, "provider" text, "input_price" double precision NOT NULL, "output_price" double precision NOT NULL, "cache_read_price" double precision, "cache_write_price" double precision, "reasoning_price" double precision, "effective_from" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1409a57d11faf4496339c681f6e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "model_prices_project_idx" ON "model_prices"  ("project_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "model_prices_key" ON "model_prices" ("project_id", "model_pattern", coalesce("provider", ''), coalesce("effective_from", '-infinity'::timestamptz))`,
    );
    await q.query(
      `ALTER TABLE "model_prices" ADD CONSTRAINT "model_prices_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "cost_recomputes" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "range_from" TIMESTAMP WITH TIME ZONE NOT NULL, "range_to" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'queued', "calls_seen" integer NOT NULL DEFAULT '0', "calls_changed" integer NOT NULL DEFAULT '0', "cursor_time" TIMESTAMP WITH TIME ZONE, "cursor_id" uuid, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7b78a42b7bb7488159491f2e3bc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "cost_recomputes_project_idx" ON "cost_recomputes"  ("project_id", "created_at") `);
    await q.query(
      `ALTER TABLE "cost_recomputes" ADD CONSTRAINT "cost_recomputes_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`ALTER TABLE "spans" ADD "tokens_estimated" boolean DEFAULT false`);
    await q.query(
      `ALTER TABLE "traces" ADD "unpriced_call_count" integer NOT NULL DEFAULT '0', ALTER COLUMN "prompt_cost" DROP NOT NULL, ALTER COLUMN "completion_cost" DROP NOT NULL, ALTER COLUMN "total_cost" DROP NOT NULL`,
    );
    await q.query(`ALTER TABLE "rollups" ADD "unpriced_call_count" integer NOT NULL DEFAULT '0'`);
    // An unknown cost sorts below every known one: ascending it comes first, descending last, both an index scan.
    await q.query(`DROP INDEX "traces_project_cost_idx"`);
    await q.query(`CREATE INDEX "traces_project_cost_idx" ON "traces" ("project_id", "total_cost" NULLS FIRST, "id")`);

    // The existing traces with unpriced LLM calls: counted, and their cost unknown when nothing in them has one.
    await q.query(
      `UPDATE traces t SET unpriced_call_count = x.unpriced,
              prompt_cost = CASE WHEN x.costed = 0 THEN NULL ELSE t.prompt_cost END,
              completion_cost = CASE WHEN x.costed = 0 THEN NULL ELSE t.completion_cost END,
              total_cost = CASE WHEN x.costed = 0 THEN NULL ELSE t.total_cost END
         FROM (SELECT trace_id, count(*) FILTER (WHERE kind = 'llm' AND total_cost IS NULL) AS unpriced, count(total_cost) AS costed
                 FROM spans GROUP BY trace_id HAVING count(*) FILTER (WHERE kind = 'llm' AND total_cost IS NULL) > 0) x
        WHERE t.id = x.trace_id`,
    );
    // Their rollup rows: the hour's count on the project-wide row, each model's on its own.
    await q.query(
      `UPDATE rollups r SET unpriced_call_count = x.n
         FROM (SELECT project_id, date_trunc('hour', start_time, 'UTC') AS hour, sum(unpriced_call_count) AS n
                 FROM traces WHERE unpriced_call_count > 0 GROUP BY 1, 2) x
        WHERE r.project_id = x.project_id AND r.hour = x.hour AND r.model = ''`,
    );
    await q.query(
      `UPDATE rollups r SET unpriced_call_count = x.n
         FROM (SELECT t.project_id, date_trunc('hour', t.start_time, 'UTC') AS hour, s.model, count(*) AS n
                 FROM traces t JOIN spans s ON s.trace_id = t.id
                WHERE t.unpriced_call_count > 0 AND s.kind = 'llm' AND s.total_cost IS NULL AND s.model <> ''
                GROUP BY 1, 2, 3) x
        WHERE r.project_id = x.project_id AND r.hour = x.hour AND r.model = x.model`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "traces_project_cost_idx"`);
    await q.query(`UPDATE traces SET prompt_cost = 0, completion_cost = 0, total_cost = 0 WHERE total_cost IS NULL`);
    await q.query(
      `ALTER TABLE "traces" DROP COLUMN "unpriced_call_count", ALTER COLUMN "prompt_cost" SET NOT NULL, ALTER COLUMN "completion_cost" SET NOT NULL, ALTER COLUMN "total_cost" SET NOT NULL`,
    );
    await q.query(`CREATE INDEX "traces_project_cost_idx" ON "traces" ("project_id", "total_cost", "id")`);
    await q.query(`ALTER TABLE "rollups" DROP COLUMN "unpriced_call_count"`);
    await q.query(`ALTER TABLE "spans" DROP COLUMN "tokens_estimated"`);
    await q.query(`DROP TABLE "cost_recomputes"`);
    await q.query(`DROP TABLE "model_prices"`);
  }
}
