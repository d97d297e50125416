// `pnpm bundle <dir>`: after `pnpm build`, writes the production bundle to <dir>: the launcher
// (bin/sextant: `sextant api|worker|migrate`), the compiled apps and packages, production
// dependencies only, and the web UI (web/). It runs with plain `node` from anywhere; the container
// image is this folder, and `pnpm check:deploy` runs the same command, so CI tests what ships.
//
// `pnpm deploy` does the dependency work (one package and its production dependency tree, workspace
// packages copied in). It does not apply publishConfig to those workspace packages (pnpm 12 copies
// them as they are, main pointing at src/*.ts), so this script does: main becomes the compiled
// dist/ entry and src/ is removed, so nothing in the bundle can fall back to TypeScript.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const LAUNCHER = '@sextant/launcher';

type Manifest = { name: string; main?: string; types?: string; publishConfig?: { main?: string } };

/** Points a copied workspace package at its compiled entry (its publishConfig) and drops its sources. */
function usePublishConfig(dir: string): string {
  const file = path.join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  // pnpm did apply it to the deployed package itself (the launcher).
  const main = pkg.publishConfig?.main ?? pkg.main;
  if (!main?.endsWith('.js')) throw new Error(`${pkg.name} has no publishConfig.main: the bundle could only run its TypeScript sources`);
  if (!existsSync(path.join(dir, main))) throw new Error(`${pkg.name}: ${main} is missing. Run \`pnpm build\` first.`);
  pkg.main = main;
  delete pkg.types;
  delete pkg.publishConfig;
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  rmSync(path.join(dir, 'src'), { recursive: true, force: true });
  return pkg.name;
}

function main() {
  const target = process.argv[2];
  if (!target) {
    console.error('Usage: pnpm bundle <dir>   (after `pnpm build`; <dir> must not exist or be empty)');
    process.exit(2);
  }
  const dir = path.resolve(target);
  if (!existsSync(path.join(ROOT, 'apps', 'web', 'dist', 'index.html')) || !existsSync(path.join(ROOT, 'apps', 'launcher', 'dist'))) {
    console.error('Nothing built yet: run `pnpm build` first.');
    process.exit(1);
  }
  const deploy = spawnSync('pnpm', ['--filter', LAUNCHER, 'deploy', '--prod', dir], { cwd: ROOT, stdio: 'inherit' });
  if (deploy.status !== 0) process.exit(deploy.status ?? 1);

  const fixed = [usePublishConfig(dir)];
  const store = path.join(dir, 'node_modules', '.pnpm');
  for (const entry of readdirSync(store).filter((e) => e.startsWith('@sextant+'))) {
    const scope = path.join(store, entry, 'node_modules', '@sextant');
    // The package itself; its neighbours there are symlinks to its own @sextant dependencies.
    for (const name of readdirSync(scope, { withFileTypes: true })) if (!name.isSymbolicLink()) fixed.push(usePublishConfig(path.join(scope, name.name)));
  }
  // pnpm's records of the workspace it came from: the bundle is not a workspace, and is never installed into.
  for (const f of ['pnpm-lock.yaml', 'pnpm-workspace.yaml']) rmSync(path.join(dir, f), { force: true });
  cpSync(path.join(ROOT, 'apps', 'web', 'dist'), path.join(dir, 'web'), { recursive: true });
  console.log(`Bundle in ${dir}: ${fixed.sort().join(', ')} compiled; web UI in web/. Run it with ${path.join(dir, 'bin', 'sextant')} api|worker|migrate`);
}

main();
