import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation data: datasets with versioned examples, a prompt registry with versions and movable
 * labels, experiments with one run per example, each project's OpenAI-compatible endpoint for
 * them, and the prompt version an LLM call was rendered from.
 */
export class Evaluation1764800000000 implements MigrationInterface {
  name = 'Evaluation1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "datasets" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "data_type" text NOT NULL DEFAULT 'kv', "inputs_schema" jsonb, "outputs_schema" jsonb, "metadata" jsonb NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bf831e43c559a240303e23d038" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "datasets_project_name_key" ON "datasets"  ("project_id", "name") `);
    await q.query(
      `CREATE TABLE "dataset_versions" ("dataset_id" uuid NOT NULL, "version" integer NOT NULL, "description" text, "tags" text array NOT NULL DEFAULT '{}', "author_key_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da19d38ec6a4c704f892989a0a4" PRIMARY KEY ("dataset_id", "version"))`,
    );
    await q.query(
      `CREATE TABLE "dataset_examples" ("id" uuid NOT NULL, "dataset_id" uuid NOT NULL, "project_id" uuid NOT NULL, "source_trace_id" uuid, "source_span_id" uuid, "created_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8f596f7bda7216519385442bbc5" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "dataset_examples_source_trace_idx" ON "dataset_examples"  ("source_trace_id") WHERE source_trace_id IS NOT NULL`);
    await q.query(`CREATE INDEX "dataset_examples_dataset_idx" ON "dataset_examples"  ("dataset_id", "created_at", "id") `);
    await q.query(
      `CREATE TABLE "dataset_example_revisions" ("example_id" uuid NOT NULL, "version" integer NOT NULL, "dataset_id" uuid NOT NULL, "inputs" jsonb NOT NULL, "outputs" jsonb, "metadata" jsonb NOT NULL DEFAULT '{}', "splits" text array NOT NULL DEFAULT '{}', "deleted" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6884022b2ec179f195556991d53" PRIMARY KEY ("example_id", "version"))`,
    );
    await q.query(`CREATE INDEX "dataset_example_revisions_dataset_idx" ON "dataset_example_revisions"  ("dataset_id", "version") `);
    await q.query(
      `CREATE TABLE "experiments" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "dataset_id" uuid NOT NULL, "dataset_version" integer NOT NULL, "name" text NOT NULL, "description" text, "kind" text NOT NULL DEFAULT 'sextant', "prompt_version_id" uuid, "model" text, "parameters" jsonb NOT NULL DEFAULT '{}', "evaluators" jsonb NOT NULL DEFAULT '[]', "concurrency" integer NOT NULL DEFAULT '4', "status" text NOT NULL DEFAULT 'queued', "example_count" integer NOT NULL DEFAULT '0', "completed_count" integer NOT NULL DEFAULT '0', "failed_count" integer NOT NULL DEFAULT '0', "metadata" jsonb NOT NULL DEFAULT '{}', "error" text, "author_key_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_aafe1321d916fac58ba06ad8178" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "experiments_dataset_idx" ON "experiments"  ("dataset_id", "created_at") `);
    await q.query(`CREATE UNIQUE INDEX "experiments_project_name_key" ON "experiments"  ("project_id", "name") `);
    await q.query(
      `CREATE TABLE "experiment_runs" ("id" uuid NOT NULL, "experiment_id" uuid NOT NULL, "project_id" uuid NOT NULL, "example_id" uuid NOT NULL, "trace_id" uuid, "status" text NOT NULL DEFAULT 'pending', "output" jsonb, "error" text, "latency_ms" double precision, "prompt_tokens" integer, "completion_tokens" integer, "total_tokens" integer, "total_cost" double precision, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e339f9b5ea5f3bb9d1e896e8026" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "experiment_runs_trace_idx" ON "experiment_runs"  ("trace_id") WHERE trace_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "experiment_runs_example_key" ON "experiment_runs"  ("experiment_id", "example_id") `);
    await q.query(
      `CREATE TABLE "project_llm_endpoints" ("project_id" uuid NOT NULL, "base_url" text NOT NULL, "api_key_encrypted" text, "api_key_hint" text, "default_model" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a15e1e42d0a29c712e26e05e873" PRIMARY KEY ("project_id"))`,
    );
    await q.query(
      `CREATE TABLE "prompts" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "tags" text array NOT NULL DEFAULT '{}', "latest_version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21f33798862975179e40b216a1d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "prompts_project_name_key" ON "prompts"  ("project_id", "name") `);
    await q.query(
      `CREATE TABLE "prompt_versions" ("id" uuid NOT NULL, "prompt_id" uuid NOT NULL, "project_id" uuid NOT NULL, "version" integer NOT NULL, "template_format" text NOT NULL, "template" jsonb NOT NULL, "variables" text array NOT NULL DEFAULT '{}', "model" text, "parameters" jsonb NOT NULL DEFAULT '{}', "commit_message" text, "author_key_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5411972c2e9c63bd40530b80545" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "prompt_versions_prompt_version_key" ON "prompt_versions"  ("prompt_id", "version") `);
    await q.query(
      `CREATE TABLE "prompt_labels" ("prompt_id" uuid NOT NULL, "label" text NOT NULL, "version_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea57f560810f127989809af8d24" PRIMARY KEY ("prompt_id", "label"))`,
    );
    await q.query(
      `CREATE TABLE "prompt_label_events" ("id" uuid NOT NULL, "prompt_id" uuid NOT NULL, "label" text NOT NULL, "version_id" uuid, "previous_version_id" uuid, "author_key_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c66b5632a15e3028a61ec61a0b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "prompt_label_events_prompt_idx" ON "prompt_label_events"  ("prompt_id", "label", "created_at") `);
    await q.query(`ALTER TABLE "spans" ADD "prompt_version_id" uuid`);
    await q.query(`CREATE INDEX "spans_prompt_version_idx" ON "spans"  ("prompt_version_id", "start_time") WHERE prompt_version_id IS NOT NULL`);
    await q.query(
      `ALTER TABLE "datasets" ADD CONSTRAINT "datasets_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "dataset_versions" ADD CONSTRAINT "dataset_versions_dataset_fk" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "dataset_examples" ADD CONSTRAINT "dataset_examples_dataset_fk" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "dataset_example_revisions" ADD CONSTRAINT "dataset_example_revisions_example_fk" FOREIGN KEY ("example_id") REFERENCES "dataset_examples"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "experiments" ADD CONSTRAINT "experiments_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "experiments" ADD CONSTRAINT "experiments_dataset_fk" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "experiment_runs" ADD CONSTRAINT "experiment_runs_experiment_fk" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_llm_endpoints" ADD CONSTRAINT "project_llm_endpoints_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "prompts" ADD CONSTRAINT "prompts_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "prompt_versions" ADD CONSTRAINT "prompt_versions_prompt_fk" FOREIGN KEY ("prompt_id") REFERENCES "prompts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "prompt_labels" ADD CONSTRAINT "prompt_labels_prompt_fk" FOREIGN KEY ("prompt_id") REFERENCES "prompts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "prompt_labels" ADD CONSTRAINT "prompt_labels_version_fk" FOREIGN KEY ("version_id") REFERENCES "prompt_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "prompt_label_events" ADD CONSTRAINT "prompt_label_events_prompt_fk" FOREIGN KEY ("prompt_id") REFERENCES "prompts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "prompt_label_events" DROP CONSTRAINT "prompt_label_events_prompt_fk"`);
    await q.query(`ALTER TABLE "prompt_labels" DROP CONSTRAINT "prompt_labels_version_fk"`);
    await q.query(`ALTER TABLE "prompt_labels" DROP CONSTRAINT "prompt_labels_prompt_fk"`);
    await q.query(`ALTER TABLE "prompt_versions" DROP CONSTRAINT "prompt_versions_prompt_fk"`);
    await q.query(`ALTER TABLE "prompts" DROP CONSTRAINT "prompts_project_fk"`);
    await q.query(`ALTER TABLE "project_llm_endpoints" DROP CONSTRAINT "project_llm_endpoints_project_fk"`);
    await q.query(`ALTER TABLE "experiment_runs" DROP CONSTRAINT "experiment_runs_experiment_fk"`);
    await q.query(`ALTER TABLE "experiments" DROP CONSTRAINT "experiments_dataset_fk"`);
    await q.query(`ALTER TABLE "experiments" DROP CONSTRAINT "experiments_project_fk"`);
    await q.query(`ALTER TABLE "dataset_example_revisions" DROP CONSTRAINT "dataset_example_revisions_example_fk"`);
    await q.query(`ALTER TABLE "dataset_examples" DROP CONSTRAINT "dataset_examples_dataset_fk"`);
    await q.query(`ALTER TABLE "dataset_versions" DROP CONSTRAINT "dataset_versions_dataset_fk"`);
    await q.query(`ALTER TABLE "datasets" DROP CONSTRAINT "datasets_project_fk"`);
    await q.query(`DROP INDEX "spans_prompt_version_idx"`);
    await q.query(`ALTER TABLE "spans" DROP COLUMN "prompt_version_id"`);
    await q.query(`DROP INDEX "prompt_label_events_prompt_idx"`);
    await q.query(`DROP TABLE "prompt_label_events"`);
    await q.query(`DROP TABLE "prompt_labels"`);
    await q.query(`DROP INDEX "prompt_versions_prompt_version_key"`);
    await q.query(`DROP TABLE "prompt_versions"`);
    await q.query(`DROP INDEX "prompts_project_name_key"`);
    await q.query(`DROP TABLE "prompts"`);
    await q.query(`DROP TABLE "project_llm_endpoints"`);
    await q.query(`DROP INDEX "experiment_runs_example_key"`);
    await q.query(`DROP INDEX "experiment_runs_trace_idx"`);
    await q.query(`DROP TABLE "experiment_runs"`);
    await q.query(`DROP INDEX "experiments_project_name_key"`);
    await q.query(`DROP INDEX "experiments_dataset_idx"`);
    await q.query(`DROP TABLE "experiments"`);
    await q.query(`DROP INDEX "dataset_example_revisions_dataset_idx"`);
    await q.query(`DROP TABLE "dataset_example_revisions"`);
    await q.query(`DROP INDEX "dataset_examples_dataset_idx"`);
    await q.query(`DROP INDEX "dataset_examples_source_trace_idx"`);
    await q.query(`DROP TABLE "dataset_examples"`);
    await q.query(`DROP TABLE "dataset_versions"`);
    await q.query(`DROP INDEX "datasets_project_name_key"`);
    await q.query(`DROP TABLE "datasets"`);
  }
}
