// `pnpm screenshots [DIR]` renders the README's screenshots of the web UI (docs/screenshots by default):
// a server on a fresh database (DATABASE_URL's server) with the `pnpm demo` project loaded and the
// worker computing its metrics, photographed in Debian's Chromium at a laptop's size, light and dark.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadDemoData } from '@sextant/demo';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/browser';
import { startTestServer } from '../test/support/test-server';

const OUT = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'docs', 'screenshots'));
const VIEWPORT = { width: 1440, height: 900 };

type Shot = { name: string; path: (projectId: string, traceId: string, sessionId: string) => string; ready: (page: Page) => Promise<void> };

const SHOTS: Shot[] = [
  { name: 'trace-list', path: (p) => `/projects/${p}/traces`, ready: (page) => page.locator('[role="row"][data-index="3"]').waitFor() },
  {
    name: 'trace-view',
    path: (p, t) => `/projects/${p}/traces/${t}`,
    ready: async (page) => {
      await page.locator('[data-span-id]').nth(3).waitFor();
      // An LLM call selected, so the panel shows a chat.
      await page.locator('[data-span-id]').filter({ hasText: /llm/i }).first().click();
      await page.locator('.message').first().waitFor();
    },
  },
  { name: 'dashboard', path: (p) => `/projects/${p}/dashboard?range=7d`, ready: (page) => page.locator('.recharts-surface').first().waitFor() },
  {
    name: 'session',
    path: (p, _t, s) => `/projects/${p}/sessions/${encodeURIComponent(s)}`,
    ready: (page) =>
      page
        .getByRole('link', { name: /open trace/i })
        .first()
        .waitFor(),
  },
];

async function main() {
  await mkdir(OUT, { recursive: true });
  const s = await startTestServer({ RUN_WORKER: 'true', NODE_ENV: 'production' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const demo = await loadDemoData(s.url, s.adminKey);
    const first = await s.gql<{ traces: { edges: { node: { id: string; sessionId: string | null; spanCount: number } }[] } }>(
      `query($p: ID!) { traces(projectId: $p, first: 50) { edges { node { id sessionId spanCount } } } }`,
      { p: demo.projectId },
    );
    // The busiest trace that belongs to a session, for the trace and session shots.
    const trace = first
      .data!.traces.edges.map((e) => e.node)
      .filter((t) => t.sessionId)
      .sort((a, b) => b.spanCount - a.spanCount)[0];
    // Metrics and rollups come from the worker: a moment for it to catch up.
    await new Promise((r) => setTimeout(r, 3_000));
    const base = s.url.replace(/\/graphql$/, '');
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: theme });
      await context.addInitScript((key) => localStorage.setItem('sextant.apiKey', key), s.adminKey);
      const page = await context.newPage();
      for (const shot of SHOTS) {
        await page.goto(base + shot.path(demo.projectId, trace.id, trace.sessionId!));
        await shot.ready(page);
        // Charts animate in and fonts settle: the picture is of the page at rest.
        await page.waitForTimeout(1_200);
        const file = path.join(OUT, `${shot.name}${theme === 'dark' ? '-dark' : ''}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${path.relative(process.cwd(), file)}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await s.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
