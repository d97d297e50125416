import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The forwarding status of each trace sent (or being sent) to LangSmith, readable as Trace.forwarding. */
export class LangSmithForwards1764100000000 implements MigrationInterface {
  name = 'LangSmithForwards1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "langsmith_forwards" ("trace_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f85215858f8a3cda61e00c8af6f" PRIMARY KEY ("trace_id"))`,
    );
    await q.query(
      `ALTER TABLE "langsmith_forwards" ADD CONSTRAINT "langsmith_forwards_trace_fk" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "langsmith_forwards" DROP CONSTRAINT "langsmith_forwards_trace_fk"`);
    await q.query(`DROP TABLE "langsmith_forwards"`);
  }
}
