// What a bench prints of the /metrics of the Sextant it ran against: the issue's done-when is that
// /metrics shows requests, latency, ingestion, queues, pools and the event loop after a bench run.
import { fmt } from './bench-kit';

type Sample = { name: string; labels: Record<string, string>; value: number };

/** The samples of a Prometheus text exposition. */
function parse(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    out.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return out;
}

const sum = (samples: Sample[], name: string, where: Record<string, string> = {}) =>
  samples.filter((s) => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v)).reduce((n, s) => n + s.value, 0);

/** A quantile of a histogram's series matching `where`, interpolated within its bucket as Prometheus's histogram_quantile does. */
function quantile(samples: Sample[], family: string, where: Record<string, string>, q: number): number | null {
  const buckets = new Map<number, number>();
  for (const s of samples) {
    if (s.name !== `${family}_bucket` || !Object.entries(where).every(([k, v]) => s.labels[k] === v)) continue;
    const le = s.labels.le === '+Inf' ? Infinity : Number(s.labels.le);
    buckets.set(le, (buckets.get(le) ?? 0) + s.value);
  }
  const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
  const total = sorted.at(-1)?.[1] ?? 0;
  if (!total) return null;
  const rank = q * total;
  let prevLe = 0;
  let prevCount = 0;
  for (const [le, count] of sorted) {
    if (count >= rank) {
      if (le === Infinity) return prevLe;
      return prevLe + ((le - prevLe) * (rank - prevCount)) / Math.max(1, count - prevCount);
    }
    prevLe = le;
    prevCount = count;
  }
  return prevLe;
}

const ms = (seconds: number | null) => (seconds === null ? '-' : `${fmt(seconds * 1000, 1)} ms`);

/** Scrapes `${base}/metrics` and returns the report lines of the key series. */
export async function sextantMetricsReport(base: string, token?: string): Promise<string[]> {
  const res = await fetch(`${base}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (res.status !== 200) throw new Error(`GET ${base}/metrics answered ${res.status}`);
  const samples = parse(await res.text());
  const lines = ['Sextant /metrics after the run'];
  const routes = [...new Set(samples.filter((s) => s.name === 'sextant_http_requests_total').map((s) => `${s.labels.route}|${s.labels.operation}`))];
  for (const key of routes.sort()) {
    const [route, operation] = key.split('|');
    const where = { route, operation };
    const byStatus = samples
      .filter((s) => s.name === 'sextant_http_requests_total' && s.labels.route === route && s.labels.operation === operation)
      .map((s) => `${s.labels.status}: ${fmt(s.value)}`)
      .join(', ');
    const q = (p: number) => ms(quantile(samples, 'sextant_http_request_duration_seconds', where, p));
    lines.push(`  requests         ${route}${operation ? ` ${operation}` : ''}: ${byStatus}; latency p50 ${q(0.5)}, p95 ${q(0.95)}, p99 ${q(0.99)}`);
  }
  for (const source of [...new Set(samples.filter((s) => s.name === 'sextant_ingested_items_total').map((s) => s.labels.source))].sort()) {
    const kinds = samples
      .filter((s) => s.name === 'sextant_ingested_items_total' && s.labels.source === source)
      .map((s) => `${s.labels.kind} ${fmt(s.value)}`)
      .join(', ');
    lines.push(
      `  ingested         ${source}: ${fmt(sum(samples, 'sextant_ingested_items_total', { source }))} items (${kinds}); rejected ${fmt(sum(samples, 'sextant_rejected_items_total', { source }))}`,
    );
  }
  const queues = [...new Set(samples.filter((s) => s.name === 'sextant_queue_jobs').map((s) => s.labels.queue))].sort();
  lines.push(
    `  queues           ${queues
      .map(
        (queue) =>
          `${queue} ${fmt(sum(samples, 'sextant_queue_jobs', { queue, state: 'waiting' }))} waiting / ${fmt(sum(samples, 'sextant_queue_jobs', { queue, state: 'delayed' }))} delayed (oldest ${fmt(sum(samples, 'sextant_queue_oldest_waiting_seconds', { queue }), 1)} s)`,
      )
      .join('; ')}`,
  );
  for (const pool of [...new Set(samples.filter((s) => s.name === 'sextant_db_pool_clients').map((s) => s.labels.pool))].sort()) {
    const n = (state: string) => fmt(sum(samples, 'sextant_db_pool_clients', { pool, state }));
    lines.push(`  db pool          ${pool}: ${n('total')} clients, ${n('idle')} idle, ${n('waiting')} waiting`);
  }
  lines.push(
    `  event-loop lag   p50 ${ms(sum(samples, 'sextant_nodejs_eventloop_lag_p50_seconds'))}, p99 ${ms(sum(samples, 'sextant_nodejs_eventloop_lag_p99_seconds'))}, max ${ms(sum(samples, 'sextant_nodejs_eventloop_lag_max_seconds'))}`,
  );
  lines.push(
    `  process          ${fmt(sum(samples, 'sextant_process_resident_memory_bytes') / 2 ** 20)} MiB resident, ${fmt(sum(samples, 'sextant_process_cpu_seconds_total'), 1)} s CPU`,
  );
  return lines;
}
