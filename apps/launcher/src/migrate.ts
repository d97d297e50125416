import { ConfigError, loadConfig } from '@sextant/config';
import { migrateDatabase, StartupError } from '@sextant/server';

/** `sextant migrate`: applies pending migrations (under the advisory lock every process takes), says which, exits 0. */
export async function migrate(): Promise<void> {
  try {
    const config = loadConfig(process.env);
    const applied = await migrateDatabase(config, (msg) => console.log(msg));
    if (applied.length === 0) console.log('No pending migrations: the database is up to date.');
    else {
      console.log(`Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}:`);
      for (const name of applied) console.log(`  ${name}`);
    }
  } catch (e) {
    console.error(e instanceof ConfigError || e instanceof StartupError ? e.message : e);
    process.exit(1);
  }
}
