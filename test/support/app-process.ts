// The API or the worker in a process of its own (as `pnpm start` and `pnpm worker` run them), for
// tests that crash or restart it and for benchmarks that measure it apart from the measuring process.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

/** Child processes run from here, as the package scripts do, so `./scripts/register.cjs` resolves. */
const REPO_ROOT = path.resolve(__dirname, '..', '..');

const WRITTEN_KEPT = 1 << 20;

/** How a process ended, kept so that an early exit can be reported with its code and signal. */
type AppExit = { code: number | null; signal: NodeJS.Signals | null };

export type AppProcess = {
  name: string;
  child: ChildProcess;
  /** The last lines the process wrote (both streams), for error messages. */
  output(): string;
  /** What it wrote so far, both streams as they arrived (the first MiB of it). */
  written(): string;
  exited: Promise<AppExit>;
  hasExited(): boolean;
  /** True once stop() or kill() was called: an exit after that is expected, not a crash. */
  stopRequested(): boolean;
  /**
   * Resolves once what it wrote (all of it so far, so a banner over several lines can be matched) matches
   * `pattern`; rejects with the output when the process exits first, after `timeoutMs`, or on `signal`.
   */
  waitFor(pattern: RegExp, what: string, o: { timeoutMs: number; signal?: AbortSignal }): Promise<void>;
  /** SIGTERM, as in production; SIGKILL after `timeoutMs` so clean-up never hangs. Fails unless it exited 0 on SIGTERM. */
  stop(timeoutMs: number): Promise<void>;
  /** SIGKILL, as a crash or an OOM kill would end it; resolves once it has exited. */
  kill(): Promise<void>;
};

/**
 * Runs `script` (a path from the repository root) through SWC with exactly `env`. Every complete
 * line goes to `onLine`.
 */
export function startApp(
  name: string,
  script: string,
  o: { env: NodeJS.ProcessEnv; args?: string[]; onLine?: (stream: 'stdout' | 'stderr', line: string) => void },
): AppProcess {
  // BENCH_CPU_PROF_DIR profiles the child (NODE_OPTIONS may not carry --cpu-prof): how the benches' API profiles were taken.
  const profile = o.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${o.env.BENCH_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '-r', './scripts/register.cjs', script, ...(o.args ?? [])], {
    cwd: REPO_ROOT,
    // Processes of many tests run at once: the OTLP/gRPC server takes any free port and a worker serves no
    // METRICS_PORT unless a test names one.
    env: { OTLP_GRPC_PORT: '0', METRICS_PORT: '0', ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let written = '';
  const watchers = new Set<() => void>();
  const collect = (stream: 'stdout' | 'stderr') => {
    let partial = '';
    child[stream]!.setEncoding('utf8');
    child[stream]!.on('data', (chunk: string) => {
      // Banners come first; a long run's later output is only needed as the tail.
      if (written.length < WRITTEN_KEPT) written += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(`${stream}: ${line}`);
        if (tail.length > 60) tail.shift();
        o.onLine?.(stream, line);
      }
      for (const w of [...watchers]) w();
    });
  };
  collect('stdout');
  collect('stderr');
  let done = false;
  let stopping = false;
  const exited = new Promise<AppExit>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
    child.once('error', (e) => {
      tail.push(`spawn error: ${e.message}`);
      done = true;
      resolve({ code: null, signal: null });
    });
  });
  const output = () => tail.join('\n');

  const app: AppProcess = {
    name,
    child,
    output,
    written: () => written,
    exited,
    hasExited: () => done,
    stopRequested: () => stopping,
    waitFor: (pattern, what, { timeoutMs, signal }) =>
      new Promise<void>((resolve, reject) => {
        const finish = (e?: Error) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          watchers.delete(check);
          if (e) reject(e);
          else resolve();
        };
        const check = () => {
          if (pattern.test(written)) finish();
        };
        const onAbort = () => finish(new Error('interrupted'));
        const timer = setTimeout(() => finish(new Error(`${name} did not print ${what} within ${timeoutMs / 1000} s; its output:\n${output()}`)), timeoutMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        watchers.add(check);
        void exited.then(({ code, signal: sig }) =>
          finish(new Error(`${name} exited before printing ${what} (code ${code}, signal ${sig}); its output:\n${output()}`)),
        );
        check();
      }),
    stop: async (timeoutMs) => {
      stopping = true;
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const { code, signal } = await exited;
      clearTimeout(timer);
      if (signal === 'SIGKILL') throw new Error(`${name} did not stop within ${timeoutMs / 1000} s of SIGTERM and was killed`);
      if (code !== 0) throw new Error(`${name} exited with code ${code} (signal ${signal}); its output:\n${output()}`);
    },
    kill: async () => {
      stopping = true;
      if (!done) child.kill('SIGKILL');
      await exited;
    },
  };
  return app;
}

/** The first of `apps` that exited without being asked to, as an error with its output; null when none did. */
export function exitedEarly(apps: readonly AppProcess[]): Error | null {
  const a = apps.find((x) => x.hasExited() && !x.stopRequested());
  return a ? new Error(`${a.name} exited unexpectedly (code ${a.child.exitCode}, signal ${a.child.signalCode}); its output:\n${a.output()}`) : null;
}
