// `pnpm build`: compiles every workspace package and app (src/**/*.ts) to dist/ as CommonJS, copies
// the files they read at run time (OTLP's .proto files, the judge prompts, the price table), and
// builds the web UI (apps/web/dist). `pnpm bundle` then packs what this wrote with production
// dependencies only, and the container image runs that.
//
// SWC, not tsc: it is the compiler `pnpm start` (scripts/register.cjs) and the tests (@swc/jest)
// already run the code through, so the built JavaScript is what the tests exercised, including
// the decorator metadata TypeORM and type-graphql read. The options below are the ones
// @swc-node/register derives from tsconfig.base.json; type errors are `pnpm typecheck`'s.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Options, transformFileSync } from '@swc/core';

const ROOT = path.join(__dirname, '..');
/** Every workspace project that runs in Node (apps/web is built by Vite below). */
const PROJECTS = ['packages/config', 'packages/jobs', 'packages/demo', 'packages/core', 'packages/server', 'apps/api', 'apps/worker', 'apps/launcher'];

const SWC: Options = {
  swcrc: false,
  jsc: {
    target: 'es2023',
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    keepClassNames: true,
  },
  module: { type: 'commonjs', noInterop: false },
  sourceMaps: true,
};

/** Test-only files: unit specs and their fixtures never ship. */
const isTestOnly = (rel: string) => /\.spec\.ts$/.test(rel) || rel.split(path.sep).includes('fixtures');

function* files(dir: string, rel = ''): Generator<string> {
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, entry.name);
    if (entry.isDirectory()) yield* files(dir, r);
    else yield r;
  }
}

function buildProject(project: string): { compiled: number; copied: number } {
  const src = path.join(ROOT, project, 'src');
  const dist = path.join(ROOT, project, 'dist');
  // From scratch: a module deleted from src must not live on in dist.
  rmSync(dist, { recursive: true, force: true });
  let compiled = 0;
  let copied = 0;
  for (const rel of files(src)) {
    if (isTestOnly(rel)) continue;
    const out = path.join(dist, rel);
    mkdirSync(path.dirname(out), { recursive: true });
    if (rel.endsWith('.ts')) {
      const js = out.replace(/\.ts$/, '.js');
      const { code, map } = transformFileSync(path.join(src, rel), { ...SWC, filename: path.join(src, rel), outputPath: js });
      writeFileSync(js, `${code}\n//# sourceMappingURL=${path.basename(js)}.map\n`);
      if (map) writeFileSync(`${js}.map`, map);
      compiled++;
    } else {
      // Whatever else sits in src is read at run time (protos, prompts, JSON, their licences).
      copyFileSync(path.join(src, rel), out);
      copied++;
    }
  }
  return { compiled, copied };
}

function main() {
  for (const project of PROJECTS) {
    const { compiled, copied } = buildProject(project);
    console.log(`${project.padEnd(18)} ${compiled} modules${copied ? `, ${copied} other files` : ''} -> ${project}/dist`);
  }
  const web = spawnSync(process.execPath, ['-r', './scripts/register.cjs', 'scripts/build-web.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (web.status !== 0) process.exit(web.status ?? 1);
  console.log('apps/web           -> apps/web/dist');
}

main();
