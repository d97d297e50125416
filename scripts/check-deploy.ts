// `pnpm check:deploy` (CI): builds, bundles into a temporary folder outside the repository (so
// nothing can resolve the repository's node_modules), checks that no dev dependency came along,
// then runs the bundle as the container image does, through its launcher with plain `node`:
// `sextant migrate`, then `sextant api` (RUN_WORKER=false) and `sextant worker`, both with
// MIGRATE_ON_START=false as the compose file runs them, on a fresh database of the machine's
// Postgres and on the machine's Redis. One trace is ingested through GraphQL with the admin key,
// the worker's metrics of it are read back, and both processes must exit 0 on SIGTERM.
//
// The build and bundle steps are the Dockerfile's own commands (`pnpm build`, `pnpm bundle`).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase } from '../test/support/postgres';
import { freePort } from '../test/support/ports';

const ROOT = path.join(__dirname, '..');
// Guards against a hang, not measurements: a loaded CI machine may be slow, never this slow.
const START_DEADLINE_MS = 180_000;
const METRICS_DEADLINE_MS = 180_000;
const STOP_DEADLINE_MS = 60_000;

const SERVER_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

function step(title: string) {
  console.log(`\n--- ${title}`);
}

function fail(message: string): never {
  throw new Error(message);
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail(`\`${cmd} ${args.join(' ')}\` exited with ${r.status ?? r.signal}`);
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string> | undefined>;

/** Dev dependencies of the workspace that no project needs at run time: none may be in the bundle. */
function devOnlyDependencies(): string[] {
  const manifests = ['package.json', ...['apps', 'packages'].flatMap((d) => readdirSync(path.join(ROOT, d)).map((p) => path.join(d, p, 'package.json')))]
    .filter((f) => existsSync(path.join(ROOT, f)))
    .map((f) => readJson(path.join(ROOT, f)));
  // apps/web's dependencies are bundled into its static files by Vite: not needed by Node either.
  const runtime = new Set(manifests.filter((m) => (m.name as unknown as string) !== '@sextant/web').flatMap((m) => Object.keys(m.dependencies ?? {})));
  const dev = new Set(manifests.flatMap((m) => Object.keys(m.devDependencies ?? {})));
  return [...dev].filter((d) => !runtime.has(d) && !d.startsWith('@sextant/'));
}

/** The tools that build and test Sextant: none may reach the bundle, whatever depends on what. */
const TOOLCHAIN = ['@swc-node/register', '@swc/core', '@swc/jest', 'typescript', 'jest', 'eslint', 'knip', 'prettier', 'vite'];

function checkNoDevDependencies(bundle: string) {
  const store = path.join(bundle, 'node_modules', '.pnpm');
  const entries = readdirSync(store);
  const entryOf = (d: string) => entries.filter((e) => e.startsWith(`${d.replace('/', '+')}@`));
  const tools = TOOLCHAIN.filter((d) => entryOf(d).length > 0);
  if (tools.length) fail(`the build toolchain is in the bundle: ${tools.join(', ')}`);
  // A dev dependency of ours may still be a production dependency of a dependency (@types/node of
  // @types/cors): pnpm links a package's own dependencies beside it, so that is what is looked for.
  const devOnly = devOnlyDependencies();
  const stray: string[] = [];
  for (const d of devOnly.filter((x) => entryOf(x).length > 0)) {
    const own = new Set(entryOf(d));
    const users = entries.filter((e) => !own.has(e) && existsSync(path.join(store, e, 'node_modules', d)));
    if (users.length === 0) stray.push(d);
    else console.log(`${d}: in the bundle as a dependency of ${users[0].slice(0, users[0].indexOf('@', 1)).replace('+', '/')}`);
  }
  if (stray.length) fail(`dev dependencies in the bundle that nothing there needs: ${stray.join(', ')}`);
  console.log(`no build tool, and none of the ${devOnly.length} dev-only dependencies on its own, in the bundle (${entries.length} packages)`);
}

/** Every compiled module of ours in the bundle (the launcher's and the copied workspace packages'). */
function* bundledModules(bundle: string): Generator<string> {
  const store = path.join(bundle, 'node_modules', '.pnpm');
  const roots = [bundle];
  for (const entry of readdirSync(store).filter((e) => e.startsWith('@sextant+'))) {
    const scope = path.join(store, entry, 'node_modules', '@sextant');
    for (const d of readdirSync(scope, { withFileTypes: true })) if (!d.isSymbolicLink()) roots.push(path.join(scope, d.name));
  }
  for (const root of roots) {
    for (const f of readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' })) if (f.endsWith('.js')) yield path.join(root, 'dist', f);
  }
}

/**
 * Every package our compiled code requires resolves from where that code sits in the bundle, on any
 * path, not only those the run below takes: a dependency declared only at the repository's root (a
 * dev dependency there) would resolve in a checkout and fail here.
 */
function checkImportsResolve(bundle: string) {
  const builtins = new Set(builtinModules);
  const missing = new Set<string>();
  let count = 0;
  for (const file of bundledModules(bundle)) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/\brequire\("([^".][^"]*)"\)/g)) {
      if (spec.startsWith('node:') || builtins.has(spec)) continue;
      count++;
      try {
        require.resolve(spec, { paths: [path.dirname(file)] });
      } catch {
        missing.add(`${spec} (from ${path.relative(bundle, file)})`);
      }
    }
  }
  if (missing.size) fail(`the bundle cannot resolve: ${[...missing].join(', ')}`);
  console.log(`all ${count} package imports of the compiled code resolve inside the bundle`);
}

type Proc = { name: string; child: ChildProcess; output: () => string; stdout: () => string; exited: Promise<number | null> };

/** The bundle's launcher, as the image's ENTRYPOINT runs it: `bin/sextant <command>` (a node script) from outside the repository. */
function sextant(bundle: string, cwd: string, command: string, env: NodeJS.ProcessEnv): Proc {
  const child = spawn(path.join(bundle, 'bin', 'sextant'), [command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    stdout += chunk.toString('utf8');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name: `sextant ${command}`, child, output: () => out, stdout: () => stdout, exited };
}

async function waitForOutput(p: Proc, pattern: RegExp) {
  const deadline = Date.now() + START_DEADLINE_MS;
  let ended = false;
  void p.exited.then(() => (ended = true));
  while (!pattern.test(p.output())) {
    if (ended) fail(`${p.name} exited before ${pattern}:\n${p.output()}`);
    if (Date.now() > deadline) fail(`${p.name} did not print ${pattern} within ${START_DEADLINE_MS} ms:\n${p.output()}`);
    await sleep(100);
  }
}

async function stop(p: Proc) {
  p.child.kill('SIGTERM');
  // Cancelled once the process exits, so no pending timer keeps this script alive after it passed.
  const deadline = new AbortController();
  const code = await Promise.race([p.exited, sleep(STOP_DEADLINE_MS, 'timeout' as const, { signal: deadline.signal }).catch(() => 'cancelled' as const)]);
  deadline.abort();
  if (code === 'timeout') {
    p.child.kill('SIGKILL');
    fail(`${p.name} did not exit within ${STOP_DEADLINE_MS} ms of SIGTERM:\n${p.output()}`);
  }
  if (code !== 0) fail(`${p.name} exited with ${code} on SIGTERM:\n${p.output()}`);
  console.log(`${p.name}: exited 0 on SIGTERM`);
}

async function gql<T>(base: string, key: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!res.ok || body.errors?.length || !body.data) fail(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

async function main() {
  step('build (the Dockerfile runs the same)');
  run('pnpm', ['build']);

  const work = mkdtempSync(path.join(tmpdir(), 'sextant-deploy-'));
  const bundle = path.join(work, 'app');
  const procs: Proc[] = [];
  let dropDatabase = async () => {};
  try {
    step(`bundle into ${bundle} (the Dockerfile runs the same)`);
    run('pnpm', ['bundle', bundle]);
    checkNoDevDependencies(bundle);
    checkImportsResolve(bundle);

    step('a fresh database on the machine’s Postgres');
    const db = await createDatabase(SERVER_URL, 'sx_deploy_');
    dropDatabase = db.drop;
    const adminKey = `sx_admin_${randomBytes(24).toString('hex')}`;
    const port = await freePort();
    // Only what the image's environment would hold: no NODE_OPTIONS, no path into the repository.
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      REDIS_URL,
      QUEUE_PREFIX: `deploy${randomBytes(4).toString('hex')}`,
      SEXTANT_ADMIN_KEY: adminKey,
      SEXTANT_DATA_DIR: path.join(work, 'data'),
      HOST: '127.0.0.1',
      MIGRATE_ON_START: 'false',
      METRICS_DELAY_MS: '100',
      METRICS_PORT: '0',
    };

    step('sextant migrate');
    const migrate = sextant(bundle, work, 'migrate', env);
    const migrateCode = await migrate.exited;
    process.stdout.write(migrate.output());
    if (migrateCode !== 0 || !/Applied \d+ migrations?:/.test(migrate.output())) fail(`sextant migrate exited with ${migrateCode}`);

    step('sextant api and sextant worker');
    const api = sextant(bundle, work, 'api', { ...env, PORT: String(port), OTLP_GRPC_PORT: '0', RUN_WORKER: 'false' });
    const worker = sextant(bundle, work, 'worker', env);
    procs.push(api, worker);
    // NODE_ENV=production logs JSON: the banner's facts come as one "started" line.
    await Promise.all([waitForOutput(api, /"msg":"started"/), waitForOutput(worker, /"msg":"started"/)]);
    const base = `http://127.0.0.1:${port}`;
    const health = await fetch(`${base}/health`);
    if (health.status !== 200) fail(`/health answered ${health.status}: ${await health.text()}`);
    console.log(`/health: ${health.status}`);
    const page = await fetch(`${base}/`);
    if (page.status !== 200 || !(await page.text()).includes('<div id="root">')) fail(`the web UI is not served from the bundle (${page.status})`);
    console.log('web UI: served from the bundle');

    step('ingest one trace with the admin key; the worker computes its metrics');
    const { createProject } = await gql<{ createProject: { id: string } }>(
      base,
      adminKey,
      'mutation ($name: String!) { createProject(input: { name: $name }) { id } }',
      { name: 'check-deploy' },
    );
    const traceId = randomUUID();
    const t0 = Date.now() - 10_000;
    const at = (ms: number) => new Date(t0 + ms).toISOString();
    const { ingest } = await gql<{ ingest: { accepted: number; rejected: number } }>(
      base,
      adminKey,
      'mutation ($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }',
      {
        b: {
          projectId: createProject.id,
          traces: [{ id: traceId, name: 'check-deploy', startTime: at(0), endTime: at(2000) }],
          llmCalls: [
            {
              id: randomUUID(),
              traceId,
              model: 'gpt-4o-mini',
              provider: 'openai',
              promptTokens: 100,
              completionTokens: 20,
              startTime: at(100),
              endTime: at(1500),
            },
          ],
        },
      },
    );
    if (ingest.rejected !== 0 || ingest.accepted === 0) fail(`ingest: ${JSON.stringify(ingest)}`);
    const deadline = Date.now() + METRICS_DEADLINE_MS;
    let names: string[] = [];
    while (!names.includes('duration_ms')) {
      if (Date.now() > deadline) fail(`no metrics for the trace within ${METRICS_DEADLINE_MS} ms:\n${worker.output()}`);
      await sleep(250);
      const { trace } = await gql<{ trace: { metrics: { name: string }[] } }>(base, adminKey, 'query ($id: ID!) { trace(id: $id) { metrics { name } } }', {
        id: traceId,
      });
      names = trace.metrics.map((m) => m.name);
    }
    console.log(`the worker computed ${names.length} metrics (${names.slice(0, 5).join(', ')}, …)`);

    step('SIGTERM');
    await Promise.all([stop(api), stop(worker)]);
    procs.length = 0;
    for (const p of [api, worker]) {
      const lines = p
        .stdout()
        .split('\n')
        .filter((l) => l.trim());
      const notJson = lines.filter((l) => {
        try {
          return typeof JSON.parse(l) !== 'object';
        } catch {
          return true;
        }
      });
      if (notJson.length) fail(`${p.name} wrote lines that are not JSON logs:\n${notJson.slice(0, 5).join('\n')}`);
      if (p.output().includes(adminKey)) fail(`${p.name} wrote the admin key to its output`);
      console.log(`${p.name}: ${lines.length} lines on stdout, every one a JSON log line; no secret in them`);
    }
    console.log('\ncheck:deploy passed');
  } finally {
    for (const p of procs) p.child.kill('SIGKILL');
    await dropDatabase().catch((e: Error) => console.error(`could not drop the database: ${e.message}`));
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(`\ncheck:deploy failed: ${e.message}`);
  process.exit(1);
});
