import type { Config } from '@sextant/config';
import {
  connectAndMigrate, createDataSource, createEventBus, LiveHub, startEmbeddedPostgres, type EmbeddedPostgresHandle,
} from '@sextant/core';
import { ensureAdminKey } from './admin-key';
import { createServer, type SextantServer } from './create-server';

export type RunningSextant = {
  server: SextantServer;
  adminKey: string;
  adminKeyFile: string | null;
  embeddedDatabase: boolean;
  /** How live events reach the other API instances: redis, or memory (this process only). */
  liveEvents: 'redis' | 'memory';
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
  let live: LiveHub | undefined;
  try {
    const migrationsApplied = await connectAndMigrate(ds);
    const admin = await ensureAdminKey(config.adminKey, config.dataDir);
    const bus = await createEventBus(config.redisUrl, (msg, err) => log(err ? `${msg} ${err instanceof Error ? err.message : String(err)}` : msg));
    live = new LiveHub(ds, bus, config.live, (msg, err) => log(err ? `${msg} ${err instanceof Error ? err.message : String(err)}` : msg));
    const server = await createServer({ config, ds, adminKey: admin.key, live });
    return {
      server,
      adminKey: admin.key,
      adminKeyFile: admin.file,
      embeddedDatabase: Boolean(embedded),
      liveEvents: live.bus.kind,
      migrationsApplied,
      stop: async () => {
        await server.close();
        await live!.close();
        await ds.destroy();
        await embedded?.stop();
      },
    };
  } catch (e) {
    await live?.close();
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
    throw e;
  }
}
