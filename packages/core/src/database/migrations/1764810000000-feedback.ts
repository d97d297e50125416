import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback and annotation queues: a metric's categorical label, correction and author key (feedback
 * stays in the metrics table, beside what clients and the worker record), and queues of traces or
 * spans for people to score against a rubric.
 */
export class Feedback1764810000000 implements MigrationInterface {
  name = 'Feedback1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "metrics" ADD "label" text`);
    await q.query(`ALTER TABLE "metrics" ADD "correction" jsonb`);
    await q.query(`ALTER TABLE "metrics" ADD "author_key_id" uuid`);
    await q.query(
      `CREATE TABLE "annotation_queues" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "instructions" text, "rubric" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a40663d8ed8bb326d4bc3f7766c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "annotation_queues_project_name_key" ON "annotation_queues"  ("project_id", "name") `);
    await q.query(
      `CREATE TABLE "annotation_queue_items" ("id" uuid NOT NULL, "queue_id" uuid NOT NULL, "project_id" uuid NOT NULL, "trace_id" uuid NOT NULL, "span_id" uuid, "status" text NOT NULL DEFAULT 'pending', "claimed_by_key_id" uuid, "claimed_until" TIMESTAMP WITH TIME ZONE, "skipped_by" uuid array NOT NULL DEFAULT '{}', "completed_by_key_id" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e2b4f557177e052c14933f98b77" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "annotation_queue_items_next_idx" ON "annotation_queue_items"  ("queue_id", "status", "added_at") `);
    // Adding a trace (or span) twice is a no-op: a trace itself counts as the nil span.
    await q.query(
      `CREATE UNIQUE INDEX "annotation_queue_items_key" ON "annotation_queue_items" ("queue_id", "trace_id", (coalesce("span_id", '00000000-0000-0000-0000-000000000000'::uuid)))`,
    );
    await q.query(
      `ALTER TABLE "annotation_queues" ADD CONSTRAINT "annotation_queues_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "annotation_queue_items" ADD CONSTRAINT "annotation_queue_items_queue_fk" FOREIGN KEY ("queue_id") REFERENCES "annotation_queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "annotation_queue_items" ADD CONSTRAINT "annotation_queue_items_trace_fk" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "annotation_queue_items"`);
    await q.query(`DROP TABLE "annotation_queues"`);
    await q.query(`ALTER TABLE "metrics" DROP COLUMN "author_key_id"`);
    await q.query(`ALTER TABLE "metrics" DROP COLUMN "correction"`);
    await q.query(`ALTER TABLE "metrics" DROP COLUMN "label"`);
  }
}
