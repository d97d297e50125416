import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The initial schema: projects, API keys, traces, spans (agent, LLM and tool calls), errors, metrics, system info, user interactions. */
export class Initial1763776800000 implements MigrationInterface {
  name = 'Initial1763776800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "projects" ("id" uuid NOT NULL, "name" text NOT NULL, "description" text, "tags" text array NOT NULL DEFAULT '{}', "metadata" jsonb NOT NULL DEFAULT '{}', "reference_dataset_id" uuid, "end_time" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "projects_name_key" ON "projects"  ("name")`);
    await q.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "key_hash" text NOT NULL, "prefix" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "api_keys_hash_key" ON "api_keys"  ("key_hash")`);
    await q.query(`CREATE INDEX "api_keys_project_idx" ON "api_keys"  ("project_id")`);
    await q.query(
      `CREATE TABLE "traces" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "name" text, "status" text NOT NULL DEFAULT 'running', "start_time" TIMESTAMP WITH TIME ZONE NOT NULL, "end_time" TIMESTAMP WITH TIME ZONE, "duration_ms" double precision NOT NULL DEFAULT '0', "user_id" text, "session_id" text, "agent_version" text, "prompt_template_version" text, "model_name" text, "input" jsonb, "output" jsonb, "error_flag" boolean NOT NULL DEFAULT false, "error_type" text, "error_message" text, "tags" text array NOT NULL DEFAULT '{}', "metadata" jsonb NOT NULL DEFAULT '{}', "models" text array NOT NULL DEFAULT '{}', "prompt_tokens" integer NOT NULL DEFAULT '0', "completion_tokens" integer NOT NULL DEFAULT '0', "total_tokens" integer NOT NULL DEFAULT '0', "cache_read_tokens" integer NOT NULL DEFAULT '0', "cache_creation_tokens" integer NOT NULL DEFAULT '0', "reasoning_tokens" integer NOT NULL DEFAULT '0', "prompt_cost" double precision NOT NULL DEFAULT '0', "completion_cost" double precision NOT NULL DEFAULT '0', "total_cost" double precision NOT NULL DEFAULT '0', "agent_call_count" integer NOT NULL DEFAULT '0', "llm_call_count" integer NOT NULL DEFAULT '0', "tool_call_count" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a28bd8d9b09a77802bb18fbc2f5" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "traces_project_tokens_idx" ON "traces"  ("project_id", "total_tokens", "id")`);
    await q.query(`CREATE INDEX "traces_project_duration_idx" ON "traces"  ("project_id", "duration_ms", "id")`);
    await q.query(`CREATE INDEX "traces_project_cost_idx" ON "traces"  ("project_id", "total_cost", "id")`);
    await q.query(`CREATE INDEX "traces_project_user_idx" ON "traces"  ("project_id", "user_id", "start_time")`);
    await q.query(`CREATE INDEX "traces_project_session_idx" ON "traces"  ("project_id", "session_id", "start_time")`);
    await q.query(`CREATE INDEX "traces_project_start_idx" ON "traces"  ("project_id", "start_time", "id")`);
    await q.query(
      `CREATE TABLE "errors" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "trace_id" uuid NOT NULL, "agent_id" uuid, "llm_call_id" uuid, "tool_call_id" uuid, "error_type" text, "error_message" text NOT NULL, "stack_trace" text, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "metadata" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f1ab2df89a11cd21f48ff90febb" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "errors_project_time_idx" ON "errors"  ("project_id", "timestamp")`);
    await q.query(`CREATE INDEX "errors_trace_idx" ON "errors"  ("trace_id", "timestamp")`);
    await q.query(
      `CREATE TABLE "metrics" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "trace_id" uuid NOT NULL, "span_id" uuid, "name" text NOT NULL, "score" double precision, "value" double precision, "reason" text, "result_detail" jsonb, "config" jsonb, "start_time" TIMESTAMP WITH TIME ZONE, "end_time" TIMESTAMP WITH TIME ZONE, "duration_ms" double precision, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "source" text NOT NULL DEFAULT 'client', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5283cad666a83376e28a715bf0e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "metrics_project_name_idx" ON "metrics"  ("project_id", "name", "timestamp")`);
    await q.query(`CREATE INDEX "metrics_trace_idx" ON "metrics"  ("trace_id", "name")`);
    await q.query(
      `CREATE TABLE "spans" ("id" uuid NOT NULL, "kind" text NOT NULL, "project_id" uuid NOT NULL, "trace_id" uuid NOT NULL, "parent_id" uuid, "run_type" text NOT NULL, "name" text, "status" text NOT NULL DEFAULT 'running', "start_time" TIMESTAMP WITH TIME ZONE NOT NULL, "end_time" TIMESTAMP WITH TIME ZONE, "duration_ms" double precision, "step_index" integer, "dotted_order" text, "inputs" jsonb, "outputs" jsonb, "error" text, "error_type" text, "metadata" jsonb NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "events" jsonb, "serialized" jsonb, "extra" jsonb, "attachments" jsonb, "inputs_s3_urls" jsonb, "outputs_s3_urls" jsonb, "reference_example_id" uuid, "manifest_id" text, "in_dataset" boolean NOT NULL DEFAULT false, "memory_used" bigint, "total_cost" double precision, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "provider" text, "model" text, "prompt_tokens" integer, "completion_tokens" integer, "total_tokens" integer, "cache_read_tokens" integer, "cache_creation_tokens" integer, "reasoning_tokens" integer, "prompt_token_details" jsonb, "completion_token_details" jsonb, "prompt_cost" double precision, "completion_cost" double precision, "prompt_cost_details" jsonb, "completion_cost_details" jsonb, "cost_source" text, "first_token_time" TIMESTAMP WITH TIME ZONE, "temperature" double precision, "top_p" double precision, "max_tokens" integer, "stop_tokens" text array, "invocation_params" jsonb, "tool_calls" jsonb, "streaming" boolean, "retry_count" integer, "context_hash" text, "context_refs" text array, "hidden_state_hash" text, "prompt_diff_from_previous" text, "decision_id" text, "llm_call_id" uuid, "network_calls" jsonb, "retrieved_docs" jsonb, "doc_similarity_scores" jsonb, "intermediate_state" jsonb, CONSTRAINT "PK_d6c9292739a30f7656d16a46881" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "spans_project_start_idx" ON "spans"  ("project_id", "start_time")`);
    await q.query(`CREATE INDEX "spans_trace_start_idx" ON "spans"  ("trace_id", "start_time")`);
    await q.query(`CREATE INDEX "IDX_94a6e8a0e1cd1fb9f9e182e770" ON "spans"  ("kind")`);
    await q.query(
      `CREATE TABLE "system_infos" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "trace_id" uuid NOT NULL, "os_name" text, "os_version" text, "python_version" text, "runtime_name" text, "runtime_version" text, "hostname" text, "cpu_info" jsonb, "gpu_info" jsonb, "disk_info" jsonb, "memory_total" bigint, "installed_packages" jsonb, "metadata" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86bcd05547b9773ba383d995141" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "system_infos_trace_key" ON "system_infos"  ("trace_id")`);
    await q.query(
      `CREATE TABLE "user_interactions" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "trace_id" uuid NOT NULL, "agent_id" uuid, "interaction_type" text NOT NULL, "content" text NOT NULL, "user_id" text, "timestamp" TIMESTAMP WITH TIME ZONE NOT NULL, "metadata" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_173313ad3f40a2ae74b48f82dd7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "user_interactions_trace_idx" ON "user_interactions"  ("trace_id", "timestamp")`);
    await q.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "traces" ADD CONSTRAINT "traces_project_fk" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "errors" ADD CONSTRAINT "errors_trace_fk" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "metrics" ADD CONSTRAINT "metrics_trace_fk" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "spans" ADD CONSTRAINT "spans_trace_fk" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "system_infos" ADD CONSTRAINT "system_infos_trace_fk" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "user_interactions" ADD CONSTRAINT "user_interactions_trace_fk" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Filters on tags, models and metadata containment; TypeORM cannot declare GIN indexes, so
    // the entities mark them synchronize: false.
    await q.query(`CREATE INDEX "traces_tags_gin" ON "traces" USING gin ("tags")`);
    await q.query(`CREATE INDEX "traces_models_gin" ON "traces" USING gin ("models")`);
    await q.query(`CREATE INDEX "traces_metadata_gin" ON "traces" USING gin ("metadata" jsonb_path_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "user_interactions" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "system_infos" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "metrics" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "errors" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "spans" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "traces" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "api_keys" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "projects" CASCADE`);
  }
}
