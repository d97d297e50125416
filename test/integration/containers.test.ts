// The container files, checked as far as a machine without a Docker daemon can: the compose file
// against the compose-spec JSON schema (dclint, which ships it) and against what Sextant's processes
// need (migrations first, replicas that do not migrate, API replicas without a worker, ports on
// 127.0.0.1, every secret listed in infra/.env.example); the proxy's config through `nginx -t`; the
// Dockerfile through dockerfile-utils' validator, and its build steps being the ones
// `pnpm check:deploy` runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SETTING_NAMES } from '@sextant/config';
import { validate } from 'dockerfile-utils';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

type Service = {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  restart?: string;
};

describe('infra/docker-compose.yml', () => {
  const text = read('infra/docker-compose.yml');
  const compose = parse(text, { merge: true }) as { services: Record<string, Service> };
  const services = compose.services;
  const byCommand = (c: string) => Object.entries(services).filter(([, s]) => s.command?.[0] === c);

  it('is valid by the compose-spec schema (and dclint finds no error)', () => {
    const dclint = path.join(path.dirname(require.resolve('dclint/package.json')), 'bin', 'dclint.cjs');
    const run = spawnSync(process.execPath, [dclint, '--quiet', '--color=false', path.join(ROOT, 'infra/docker-compose.yml')], { encoding: 'utf8' });
    expect({ status: run.status, output: run.stdout + run.stderr }).toEqual({ status: 0, output: expect.not.stringMatching(/error/) });
  });

  it('runs the migrations once, before the replicas: two APIs without a worker, two workers, none migrating itself', () => {
    expect(byCommand('migrate').map(([name]) => name)).toEqual(['migrate']);
    expect(services.migrate.restart).toBe('no');
    const apis = byCommand('api');
    const workers = byCommand('worker');
    expect(apis.map(([n]) => n)).toEqual(['api-1', 'api-2']);
    expect(workers.map(([n]) => n)).toEqual(['worker-1', 'worker-2']);
    for (const [, s] of [...apis, ...workers]) {
      expect(s.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
      expect(s.environment).toMatchObject({ MIGRATE_ON_START: 'false' });
      expect(s.environment!.DATABASE_URL).toMatch(/^postgres:\/\/sextant:\$\{POSTGRES_PASSWORD:\?[^}]+\}@postgres:5432\/sextant$/);
      expect(s.environment!.REDIS_URL).toMatch(/^redis:\/\/:\$\{REDIS_PASSWORD:\?[^}]+\}@redis:6379$/);
    }
    for (const [, s] of apis) expect(s.environment).toMatchObject({ RUN_WORKER: 'false' });
    expect(Object.keys(services.proxy.depends_on ?? {}).sort()).toEqual(['api-1', 'api-2']);
  });

  it('publishes ports on 127.0.0.1 only, and gives every long-running service a health check', () => {
    const published = Object.values(services).flatMap((s) => s.ports ?? []);
    expect(published.length).toBeGreaterThan(0);
    for (const p of published) expect(p).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    // The Sextant services inherit the image's HEALTHCHECK (/livez); the others declare theirs.
    for (const name of ['postgres', 'redis', 'proxy']) expect(services[name].healthcheck?.test.length).toBeGreaterThan(0);
  });

  it('reads its secrets from infra/.env, and infra/.env.example lists each of them', () => {
    const example = read('infra/.env.example');
    const listed = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    const required = new Set([...text.matchAll(/\$\{([A-Z][A-Z0-9_]*):\?/g)].map((m) => m[1]));
    for (const name of required) expect(listed).toContain(name);
    for (const secret of ['SEXTANT_ADMIN_KEY', 'SECRETS_KEY']) expect(listed).toContain(secret);
    // Anything else in the example is a setting Sextant reads, or a variable the compose file uses.
    expect([...listed].filter((name) => !SETTING_NAMES.includes(name) && !text.includes(`\${${name}`))).toEqual([]);
  });
});

describe('infra/nginx/sextant.conf', () => {
  it('passes `nginx -t` (with the replicas’ compose host names pointed at this machine)', () => {
    const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
    if (!nginx) throw new Error('nginx is not installed: apt-get install -y nginx-light (.ci/run does)');
    const dir = mkdtempSync(path.join(tmpdir(), 'sextant-nginx-'));
    try {
      // nginx resolves upstream names while it loads the config; only compose's DNS knows api-1 and api-2.
      const site = read('infra/nginx/sextant.conf').replace(/\bapi-[12]:/g, '127.0.0.1:');
      writeFileSync(path.join(dir, 'sextant.conf'), site);
      writeFileSync(path.join(dir, 'nginx.conf'), `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include ${dir}/sextant.conf;\n}\n`);
      const run = spawnSync(nginx, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
      expect({ status: run.status, output: run.stderr }).toEqual({ status: 0, output: expect.stringContaining('test is successful') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('has no error by dockerfile-utils’ validator', () => {
    expect(validate(dockerfile).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('builds with the commands `pnpm check:deploy` runs, and runs the launcher as a user of its own', () => {
    const checkDeploy = read('scripts/check-deploy.ts');
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile/);
    expect(dockerfile).toMatch(/pnpm build && pnpm bundle \/app/);
    expect(checkDeploy).toContain("run('pnpm', ['build'])");
    expect(checkDeploy).toContain("run('pnpm', ['bundle', bundle])");
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim AS runtime$/m);
    expect(dockerfile).toMatch(/^USER sextant$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["sextant"\]$/m);
    expect(dockerfile).toMatch(/^CMD \["api"\]$/m);
    expect(dockerfile).toMatch(/^EXPOSE 4000 4317$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/livez/m);
  });
});
