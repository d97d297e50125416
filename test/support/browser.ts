// The web UI in a real browser: Debian's Chromium driven by playwright-core (never a downloaded
// browser), against a real server that serves the built app, and Postgres. Each web UI test file
// starts one harness for its suite.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { startTestServer, type TestServer } from './test-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');

/** Chromium's flags for this closed network: no sandbox (root), no GPU, no background connections. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const Ingest = graphql(`
  mutation BrowserIngest($b: IngestBatchInput!) {
    ingest(batch: $b) {
      accepted
      rejected
      rejections {
        message
      }
    }
  }
`);

export type BrowserHarness = {
  s: TestServer;
  /** The server's origin, where the UI is served. */
  base: string;
  browser: Browser;
  /** A new page that records console errors (a console error fails the test in afterEach). */
  newPage(): Promise<Page>;
  /** A page signed in through the sign-in form, with the admin key unless another is given. */
  signedIn(key?: string): Promise<Page>;
  /** Ingests a batch as the admin and expects every item accepted. */
  ingest(b: IngestBatchInput): Promise<void>;
};

/** Longer than any UI build takes: a lock this old was left by a killed run. */
const BUILD_LOCK_STALE_MS = 180_000;

/**
 * Runs `build` holding a lock shared by this checkout's test files: suites run in parallel, and two
 * builds into the same apps/web/dist at once (a fresh clone, or sources changed) make one fail. The
 * suites that waited then find the build fresh.
 */
async function underBuildLock(build: () => void) {
  const lock = path.join(tmpdir(), `sextant-web-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > BUILD_LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the UI when stale, starts a server and Chromium for the suite, and checks console errors after each test. */
export function useBrowserHarness(env: Record<string, string> = {}): BrowserHarness {
  const h = {} as BrowserHarness;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`The web UI tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    // The build `pnpm start` would make, once, only when missing or stale (about 2 s).
    await underBuildLock(() =>
      execFileSync(process.execPath, ['-r', './scripts/register.cjs', 'scripts/build-web.ts', '--if-stale'], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, WEB_DIST_DIR: '' },
      }),
    );
    h.s = await startTestServer(env);
    h.base = h.s.url.replace(/\/graphql$/, '');
    // Every wait in the UI tests is for something that takes well under a second; a miss should fail fast.
    h.browser = await chromium.launch({ timeout: 20_000, executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterEach(() => {
    // A wrong key's 401 is the one error a browser logs by itself (a failed fetch).
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
    consoleErrors.length = 0;
  });
  afterAll(async () => {
    await h.browser?.close();
    await h.s?.stop();
  });

  h.newPage = async () => {
    const page = await h.browser.newPage();
    page.setDefaultTimeout(8000);
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    return page;
  };
  h.signedIn = async (key = h.s.adminKey) => {
    const page = await h.newPage();
    await page.goto(`${h.base}/sign-in`);
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    return page;
  };
  h.ingest = async (b) => {
    const r = await h.s.gql(Ingest, { b });
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingest.rejections).toEqual([]);
  };
  return h;
}
