import type { Config } from '@sextant/config';
import { connectAndMigrate, createDataSource, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@sextant/core';
import { ensureAdminKey } from './admin-key';
import { createServer, type SextantServer } from './create-server';

export type RunningSextant = {
  server: SextantServer;
  adminKey: string;
  adminKeyFile: string | null;
  embeddedDatabase: boolean;
  migrationsApplied: string[];
  stop(): Promise<void>;
};

/** Boots everything one API process needs: Postgres (external or embedded), migrations, the admin key and the HTTP server. */
export async function startSextant(config: Config, log: (msg: string) => void = console.log): Promise<RunningSextant> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let url = config.databaseUrl;
  if (!url) {
    log(`No DATABASE_URL: starting the embedded Postgres in ${config.dataDir}/pg on port ${config.embeddedPgPort}...`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
    url = embedded.url;
  }
  const ds = createDataSource({ url, poolSize: config.dbPoolSize, applicationName: 'sextant-api' });
  try {
    const migrationsApplied = await connectAndMigrate(ds);
    const admin = await ensureAdminKey(config.adminKey, config.dataDir);
    const server = await createServer({ config, ds, adminKey: admin.key });
    return {
      server,
      adminKey: admin.key,
      adminKeyFile: admin.file,
      embeddedDatabase: Boolean(embedded),
      migrationsApplied,
      stop: async () => {
        await server.close();
        await ds.destroy();
        await embedded?.stop();
      },
    };
  } catch (e) {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
    throw e;
  }
}
