// The API or the worker in a process of its own (as `pnpm start` and `pnpm worker` run them), for
// tests that crash or restart it and for benchmarks that measure it apart from the measuring process.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

/** Child processes run from here, as the package scripts do, so `./scripts/register.cjs` resolves. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

const STDOUT_KEPT = 1 << 20;

/** How a process ended, kept so that an early exit can be reported with its code and signal. */
export type AppExit = { code: number | null; signal: NodeJS.Signals | null };

export type AppProcess = {
  name: string;
  child: ChildProcess;
  /** The last lines the process wrote (both streams), for error messages. */
  output(): string;
  /** What it wrote on stdout so far (its first MiB). */
  stdout(): string;
  exited: Promise<AppExit>;
  hasExited(): boolean;
  /**
   * Resolves once stdout (all of it so far, so a banner over several lines can be matched) matches
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
  const child = spawn(process.execPath, ['-r', './scripts/register.cjs', script, ...(o.args ?? [])], {
    cwd: REPO_ROOT,
    env: o.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let stdout = '';
  const watchers = new Set<() => void>();
  const collect = (stream: 'stdout' | 'stderr') => {
    let partial = '';
    child[stream]!.setEncoding('utf8');
    child[stream]!.on('data', (chunk: string) => {
      // Banners come first; a long run's later output is only needed as the tail.
      if (stream === 'stdout' && stdout.length < STDOUT_KEPT) stdout += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(`${stream}: ${line}`);
        if (tail.length > 60) tail.shift();
        o.onLine?.(stream, line);
      }
      if (stream === 'stdout') for (const w of [...watchers]) w();
    });
  };
  collect('stdout');
  collect('stderr');
  let done = false;
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
    stdout: () => stdout,
    exited,
    hasExited: () => done,
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
          if (pattern.test(stdout)) finish();
        };
        const onAbort = () => finish(new Error('interrupted'));
        const timer = setTimeout(() => finish(new Error(`${name} did not print ${what} within ${timeoutMs / 1000} s; its output:\n${output()}`)), timeoutMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        watchers.add(check);
        void exited.then(({ code, signal: sig }) => finish(new Error(`${name} exited before printing ${what} (code ${code}, signal ${sig}); its output:\n${output()}`)));
        check();
      }),
    stop: async (timeoutMs) => {
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const { code, signal } = await exited;
      clearTimeout(timer);
      if (signal === 'SIGKILL') throw new Error(`${name} did not stop within ${timeoutMs / 1000} s of SIGTERM and was killed`);
      if (code !== 0) throw new Error(`${name} exited with code ${code} (signal ${signal}); its output:\n${output()}`);
    },
    kill: async () => {
      if (!done) child.kill('SIGKILL');
      await exited;
    },
  };
  return app;
}
