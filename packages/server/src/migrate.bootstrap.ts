import type { Config } from '@sextant/config';
import { connectAndMigrate, createDataSource } from '@sextant/core';
import { StartupError, waitForDatabase } from './startup-checks.bootstrap';

/**
 * `sextant migrate`: applies the pending migrations to DATABASE_URL and returns their names. Under
 * the same advisory lock as a starting API, so it may run beside replicas or other migrate jobs.
 */
export async function migrateDatabase(config: Config, log: (msg: string) => void): Promise<string[]> {
  if (!config.databaseUrl) {
    throw new StartupError('`sextant migrate` needs DATABASE_URL. (With no configuration, the API migrates its embedded Postgres itself when it starts.)');
  }
  await waitForDatabase(config.databaseUrl, log, config.dbConnectTimeoutMs);
  // No statement timeout: a migration's backfill may take longer than any request is allowed to.
  const ds = createDataSource({ url: config.databaseUrl, poolSize: 2, applicationName: 'sextant-migrate' });
  try {
    return await connectAndMigrate(ds);
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}
