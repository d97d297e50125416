import type { MigrationInterface, QueryRunner } from 'typeorm';

// Copied, not imported from the services, so that this migration keeps building what it built when
// the code moves on. The search expression must stay identical to TRACE_SEARCH_TEXT
// (traces/trace-search.sql.ts) for the planner to use the index; a test checks that it does.
const INDEXES: [name: string, definition: string][] = [
  // A page of a rare status (running, error) in start-time order, without walking past the common one.
  ['traces_project_status_start_idx', `ON "traces" ("project_id", "status", "start_time", "id")`],
  // The `text` filter: the trigrams of the name, input and output. btree_gin puts the project in the
  // same index, so a word frequent in other projects is not fetched and rechecked for this one.
  [
    'traces_search_trgm',
    `ON "traces" USING gin ("project_id", (coalesce(name, '') || ' ' || coalesce(input::text, '') || ' ' || coalesce(output::text, '')) gin_trgm_ops)`,
  ],
];

/** Builds one index without blocking writes, or rebuilds it when an interrupted earlier attempt left it invalid. */
async function createConcurrently(q: QueryRunner, name: string, definition: string): Promise<void> {
  const [existing] = (await q.query(`SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = to_regclass($1)`, [name])) as { valid: boolean }[];
  if (existing?.valid) return;
  if (existing) await q.query(`DROP INDEX CONCURRENTLY "${name}"`);
  await q.query(`CREATE INDEX CONCURRENTLY "${name}" ${definition}`);
}

/**
 * Indexes for the trace list's filters that had none (a rare status, the text search). Built with
 * CREATE INDEX CONCURRENTLY, so that ingestion keeps writing while they are built over a big traces
 * table (a plain CREATE INDEX would hold its writes for minutes); that cannot run in a transaction,
 * so this migration runs outside one, and each step can run again after an interrupted attempt.
 * pg_trgm and btree_gin ship with Postgres (contrib) and are trusted extensions: the database's
 * owner can create them without superuser rights.
 */
export class TraceListIndexes1764700000000 implements MigrationInterface {
  name = 'TraceListIndexes1764700000000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS btree_gin');
    for (const [name, definition] of INDEXES) await createConcurrently(q, name, definition);
  }

  // A plain DROP INDEX, over in a moment: TypeORM undoes a migration in a transaction whatever its
  // `transaction` says, where DROP INDEX CONCURRENTLY cannot run. The extensions stay: they may serve
  // other objects by then, and cost nothing unused.
  async down(q: QueryRunner): Promise<void> {
    for (const [name] of [...INDEXES].reverse()) await q.query(`DROP INDEX IF EXISTS "${name}"`);
  }
}
