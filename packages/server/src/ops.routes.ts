import { timingSafeEqual } from 'node:crypto';
import type { SextantMetrics } from '@sextant/core';
import express, { type Router } from 'express';

/** One readiness check's answer. */
type CheckStatus = 'ok' | 'unreachable' | 'timeout' | 'disconnected';

/** What /readyz asks: each dependency's state, and whether this process has begun to shut down. */
export type Readiness = {
  checks(): Promise<Record<string, CheckStatus>>;
  stopping(): boolean;
};

// A dependency that does not answer within this long is reported as not ready (a frozen database must not hold the probe).
const CHECK_TIMEOUT_MS = 2000;

/** Runs `probe`, answering 'timeout' past CHECK_TIMEOUT_MS and 'unreachable' when it fails. */
export async function timedCheck(probe: () => Promise<unknown>): Promise<CheckStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([
      probe().then(
        () => 'ok' as const,
        () => 'unreachable' as const,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * The operator endpoints: /livez (the process answers: no dependency is checked, so a database
 * outage does not get every instance restarted), /readyz (database, queue backend, Redis when
 * configured; 503 once shutdown has begun, so a load balancer stops sending) and /metrics
 * (Prometheus text; a bearer token when METRICS_TOKEN is set).
 */
export function createOpsRouter(o: { metrics: SextantMetrics; readiness: Readiness; metricsToken: string | undefined }): Router {
  const router = express.Router();
  router.get('/livez', (_req, res) => void res.json({ status: 'ok' }));
  router.get('/readyz', async (_req, res) => {
    if (o.readiness.stopping()) return void res.status(503).json({ status: 'stopping', checks: {} });
    const checks = await o.readiness.checks();
    const ready = Object.values(checks).every((c) => c === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', checks });
  });
  router.get('/metrics', async (req, res) => {
    if (o.metricsToken) {
      const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
      if (!m || !sameSecret(m[1].trim(), o.metricsToken)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        return void res.status(401).type('text/plain').send('Unauthorized: /metrics needs Authorization: Bearer <METRICS_TOKEN>\n');
      }
    }
    const { contentType, body } = await o.metrics.text();
    res.type(contentType).send(body);
  });
  return router;
}
