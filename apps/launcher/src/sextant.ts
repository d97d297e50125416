// The production bundle's one entry point (the container image's ENTRYPOINT): `sextant api`
// (the default), `sextant worker` or `sextant migrate`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '@sextant/config';
import { exitOnStartFailure, runApiProcess, runMigrateProcess, runWorkerProcess } from '@sextant/server';

const USAGE = 'Usage: sextant [api|worker|migrate]   (api when left out)';

/** `pnpm bundle` copies the built web UI here, beside dist/: the API serves it unless WEB_DIST_DIR names another copy. */
const BUNDLED_WEB_UI = path.join(__dirname, '..', 'web');

async function main() {
  const [command = 'api'] = process.argv.slice(2);
  // The bundle's web UI is only a default handed to the config, which reads every setting.
  const env = existsSync(path.join(BUNDLED_WEB_UI, 'index.html')) ? { WEB_DIST_DIR: BUNDLED_WEB_UI, ...process.env } : process.env;
  switch (command) {
    case 'api':
      return runApiProcess(loadConfig(env));
    case 'worker':
      return runWorkerProcess(loadConfig(env));
    case 'migrate':
      return runMigrateProcess(loadConfig(env));
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return;
    default:
      console.error(`Unknown command "${command}". ${USAGE}`);
      process.exit(2);
  }
}

main().catch(exitOnStartFailure);
