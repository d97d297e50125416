import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger, SextantMetrics } from '@sextant/core';
import express from 'express';
import { accessLog } from './access-log.policy';
import { createOpsRouter, type Readiness } from './ops.routes';

export type OpsServer = { port: number; close(): Promise<void> };

/** /livez, /readyz and /metrics of a worker-only process, on METRICS_PORT (it has no API port to serve them on). */
export async function startOpsServer(o: {
  host: string;
  port: number;
  metrics: SextantMetrics;
  readiness: Readiness;
  metricsToken: string | undefined;
  logger: Logger;
}): Promise<OpsServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use(accessLog({ logger: o.logger, metrics: o.metrics, clientAddress: (req) => req.socket.remoteAddress ?? 'unknown' }));
  app.use(createOpsRouter(o));
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) =>
      reject(new Error(`METRICS_PORT ${o.port} cannot be used (${e.message}): set METRICS_PORT to a free port, or 0 to turn it off`)),
    );
    server.listen(o.port, o.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
