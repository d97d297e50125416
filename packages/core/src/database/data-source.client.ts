import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { SnakeNamingStrategy } from '../common/naming-strategy.util';
import { ENTITIES } from './entities.registry';
import { MIGRATIONS } from './migrations';

export type DataSourceOptions = {
  url: string;
  poolSize?: number;
  /** Receives every statement; tests use it to count queries. */
  logger?: Logger;
  applicationName?: string;
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
    extra: { max: opts.poolSize ?? 10 },
  });
}

// Any constant shared by every Sextant process: API instances and workers that start together take turns.
const MIGRATION_LOCK = 0x5e7a47;

/** Connects and applies pending migrations (one process at a time); returns the names applied. */
export async function connectAndMigrate(ds: DataSource): Promise<string[]> {
  if (!ds.isInitialized) await ds.initialize();
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
