import type { Config } from '@sextant/config';
import {
  connectAndMigrate, createDataSource, createEventBus, LiveHub, runWorker, startEmbeddedPostgres, type EmbeddedPostgresHandle,
} from '@sextant/core';
import { JobQueues, queueConnection, type RunningWorkers } from '@sextant/jobs';
import { ensureAdminKey } from './admin-key.service';
import { createServer, type SextantServer } from './api.server';

export type RunningSextant = {
  server: SextantServer;
  adminKey: string;
  adminKeyFile: string | null;
  embeddedDatabase: boolean;
  /** How live events reach the other API instances: redis, or memory (this process only). */
  liveEvents: 'redis' | 'memory';
  /** Where the job queues live, and whether this process runs the worker too. */
  jobs: { backend: 'redis' | 'postgres'; worker: string[] | null };
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
  let jobs: JobQueues | undefined;
  let worker: RunningWorkers | undefined;
  const say = (msg: string, err?: unknown) => log(err ? `${msg} ${err instanceof Error ? err.message : String(err)}` : msg);
  try {
    const migrationsApplied = await connectAndMigrate(ds);
    const admin = await ensureAdminKey(config.adminKey, config.dataDir);
    const bus = await createEventBus(config.redisUrl, say);
    live = new LiveHub(ds, bus, config.live, say);
    jobs = new JobQueues(queueConnection(config.jobs, config.redisUrl, url), config.jobs, say);
    // The zero-config default: one process serves the API and does the background work.
    if (config.jobs.runWorker) worker = await runWorker({ config, ds, live, jobs, log: say });
    const server = await createServer({ config, ds, adminKey: admin.key, live, jobs });
    return {
      server,
      adminKey: admin.key,
      adminKeyFile: admin.file,
      embeddedDatabase: Boolean(embedded),
      liveEvents: live.bus.kind,
      jobs: { backend: config.jobs.backend, worker: worker?.queues ?? null },
      migrationsApplied,
      stop: async () => {
        await server.close();
        await worker?.close();
        await jobs!.close();
        await live!.close();
        await ds.destroy();
        await embedded?.stop();
      },
    };
  } catch (e) {
    await worker?.close();
    await jobs?.close();
    await live?.close();
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
    throw e;
  }
}
