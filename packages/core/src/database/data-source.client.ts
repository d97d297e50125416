import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, type Logger, MigrationExecutor } from 'typeorm';
import { SnakeNamingStrategy } from '../common/naming-strategy.util';
import { ENTITIES } from './entities.registry';
import { MIGRATIONS } from './migrations';

export type DataSourceOptions = {
  url: string;
  poolSize?: number;
  /** Receives every statement; tests use it to count queries. */
  logger?: Logger;
  applicationName?: string;
  /** Postgres cancels any statement of this pool running longer (0 or absent: never). */
  statementTimeoutMs?: number;
};

/** Creates (but does not connect) the one DataSource a process uses. Schema changes only ever come from migrations. */
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'sextant_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: opts.logger,
    logging: opts.logger ? 'all' : false,
    applicationName: opts.applicationName ?? 'sextant',
    // A connection parameter rather than a SET per query: it covers every statement of the pool,
    // whichever path (repository, loader, raw query, transaction) sends it.
    extra: { max: opts.poolSize ?? 10, statement_timeout: opts.statementTimeoutMs || undefined },
  });
}

// Any constant shared by every Sextant process: API instances and workers that start together take turns.
const MIGRATION_LOCK = 0x5e7a47;
const MIGRATION_LOCK_POLL_MS = 250;

/** Connects and applies pending migrations (one process at a time); returns the names applied. */
export async function connectAndMigrate(ds: DataSource): Promise<string[]> {
  if (!ds.isInitialized) await ds.initialize();
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    // Waiting for another instance's migrations, and a migration's backfill, may take longer than
    // the pool's statement_timeout allows a request: none on this one session while it migrates.
    await lock.query('SET statement_timeout = 0');
    // Polled, not waited for: a session blocked in pg_advisory_lock holds a snapshot, and a migration
    // that builds an index CONCURRENTLY waits for every older snapshot to end, so the two would wait
    // on each other until Postgres broke the deadlock by failing one of them.
    while (!(await lock.query('SELECT pg_try_advisory_lock($1) AS ok', [MIGRATION_LOCK]))[0].ok) await sleep(MIGRATION_LOCK_POLL_MS);
    const migrations = new MigrationExecutor(ds, lock);
    migrations.transaction = 'each';
    const applied = await migrations.executePendingMigrations();
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    // Back to the pool's setting before the connection serves anything else.
    await lock.query('RESET statement_timeout').catch(() => undefined);
    await lock.release();
  }
}

/**
 * The names of the migrations not applied yet, read without writing anything: replicas started with
 * MIGRATE_ON_START=false call this at once, and must not race to create the migrations table.
 */
export async function pendingMigrations(ds: DataSource): Promise<string[]> {
  if (!ds.isInitialized) await ds.initialize();
  const names = ds.migrations.map((m) => m.name ?? m.constructor.name);
  const [{ present }] = await ds.query(`SELECT to_regclass('sextant_migrations') IS NOT NULL AS present`);
  if (!present) return names;
  const applied = new Set((await ds.query('SELECT name FROM sextant_migrations')).map((r: { name: string }) => r.name));
  return names.filter((n) => !applied.has(n));
}
