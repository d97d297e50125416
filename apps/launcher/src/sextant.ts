// The production bundle's one entry point (the container image's ENTRYPOINT): `sextant api`
// (the default), `sextant worker` or `sextant migrate`. Each app is loaded only when asked for, so
// a worker does not load the API's modules nor the reverse.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';

const USAGE = 'Usage: sextant [api|worker|migrate]   (api when left out)';

/** `pnpm bundle` copies the built web UI here, beside dist/: the API serves it unless WEB_DIST_DIR names another copy. */
const BUNDLED_WEB_UI = path.join(__dirname, '..', 'web');

async function main() {
  const [command = 'api'] = process.argv.slice(2);
  switch (command) {
    case 'api':
      // The config is the only reader of settings: this only hands it the bundle's web UI as a default.
      if (!process.env.WEB_DIST_DIR && existsSync(path.join(BUNDLED_WEB_UI, 'index.html'))) process.env.WEB_DIST_DIR = BUNDLED_WEB_UI;
      await import('@sextant/api');
      return;
    case 'worker':
      await import('@sextant/worker');
      return;
    case 'migrate':
      await migrate();
      return;
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

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
