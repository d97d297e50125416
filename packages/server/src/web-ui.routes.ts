import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Router } from 'express';

/** The UI's own paths: each answers index.html, so a deep link or a reload lands in the app. */
const UI_ROUTES = ['/', '/sign-in', '/projects', '/projects/{*rest}'];

const NOT_BUILT = (distDir: string) =>
  `The web UI is not built: ${path.join(distDir, 'index.html')} is missing.\n` +
  'Build it with `pnpm build:web` (`pnpm start` builds it when missing or stale), or point WEB_DIST_DIR at a built copy.\n' +
  'The API is at /graphql.\n';

/**
 * Serves the built web UI (apps/web/dist, or WEB_DIST_DIR): hashed assets cached for a year, index.html
 * never cached so a new build is picked up at once, both compressed. Only the UI's paths are taken: any
 * other path (an API-like typo included) still falls through to a 404.
 */
export function createWebUiRouter(distDir: string): Router {
  const router = express.Router();
  router.use(compression());
  // Vite names every asset by its content hash, so a changed file is a new URL: safe to keep forever.
  // fallthrough: false makes a missing asset a 404 here rather than an index.html the browser cannot run.
  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  const indexFile = path.join(distDir, 'index.html');
  router.get(UI_ROUTES, (_req, res) => {
    // Checked per request: a build made while the server runs is served without a restart.
    if (!existsSync(indexFile)) {
      res.status(503).type('text/plain').send(NOT_BUILT(distDir));
      return;
    }
    res.set({
      'Cache-Control': 'no-cache',
      // The page holds the API key the user typed: no other site may frame it or learn where it came from.
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.sendFile(indexFile);
  });
  return router;
}
