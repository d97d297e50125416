// `pnpm build:web` builds the web UI (apps/web) into apps/web/dist; with --if-stale (as `pnpm start`
// and `pnpm demo` run it) only when the build is missing or older than any of its sources, so a fresh
// clone serves a UI after `pnpm install && pnpm start` and later starts cost a few milliseconds.
// WEB_DIST_DIR set: the server serves that copy, which is the user's to build, so nothing is done.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const WEB = path.join(__dirname, '..', 'apps', 'web');
const BUILT = path.join(WEB, 'dist', 'index.html');
// What the build reads besides node_modules (a changed lockfile reinstalls and touches package.json).
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

function main() {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && process.env.WEB_DIST_DIR) return;
  if (ifStale && existsSync(BUILT)) {
    const built = statSync(BUILT).mtimeMs;
    if (SOURCES.every((s) => newestMtime(path.join(WEB, s)) <= built)) return;
  }
  console.log(existsSync(BUILT) ? 'Rebuilding the web UI (its sources changed)…' : 'Building the web UI (apps/web/dist)…');
  // The workspace's own vite (apps/web's dependency); its package exports do not list the bin.
  const vite = path.join(WEB, 'node_modules', 'vite', 'bin', 'vite.js');
  // NODE_ENV production whatever the caller's: Vite bundles React's development build when it finds
  // NODE_ENV=test (as under Jest, whose browser tests build the UI), and a later `pnpm start` would
  // serve that build, several times slower, since it is not stale.
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: WEB,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

main();
