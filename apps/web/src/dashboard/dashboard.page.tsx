import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { graphql } from '../gql';
import type { WebDashboardQuery } from '../gql/graphql';
import { formatCost, formatDuration, formatTokens } from '../ui/format';
import { throttle } from '../ui/throttle';
import { DEFAULT_RANGE, fromLocalInput, RELATIVE_RANGES, resolveRange, toLocalInput } from '../ui/time-range';
import { DashboardCharts } from './dashboard-charts';
import { chartRows } from './dashboard-data';
import './dashboard.css';

graphql(`
  fragment WebDashboardPoint on TimeseriesPoint {
    time
    traceCount
    errorRate
    latencyP50
    latencyP95
    latencyP99
    totalTokens
    totalCost
  }
`);

const Dashboard = graphql(`
  query WebDashboard($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $interval: TimeseriesInterval!) {
    project(id: $id) {
      id
      stats(from: $from, to: $to) {
        traceCount
        errorCount
        errorRate
        latencyP50
        latencyP95
        latencyP99
        firstTokenP50
        firstTokenP99
        promptTokens
        completionTokens
        totalTokens
        promptCost
        completionCost
        totalCost
        spanCount
        streamingRate
        unpricedCallCount
      }
      timeseries(from: $from, to: $to, interval: $interval) {
        key
        points {
          ...WebDashboardPoint
        }
      }
      byModel: timeseries(from: $from, to: $to, interval: $interval, groupBy: MODEL) {
        key
        points {
          ...WebDashboardPoint
        }
      }
    }
  }
`);

const DashboardTraceUpdates = graphql(`
  subscription WebDashboardTraceUpdated($projectId: ID!) {
    traceUpdated(projectId: $projectId) {
      cursor
    }
  }
`);

// Stats and timeseries are aggregates over the whole range: under a burst of ingest they are read
// again at most every 3 s, which keeps the page live without a query per trace update.
const REFETCH_MS = 3000;
// A relative range slides with the clock even when nothing is ingested.
const SLIDE_MS = 60_000;

type Loaded = { project: WebDashboardQuery['project']; interval: 'HOUR' | 'DAY'; multiDay: boolean };

const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`);

export function DashboardPage() {
  const { projectId } = useParams() as { projectId: string };
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const range = params.get('range') ?? DEFAULT_RANGE;
  const fromParam = params.get('from');
  const toParam = params.get('to');
  // What was read, for the view it was read for: another range or project shows nothing until its own read.
  const view = `${projectId} ${range} ${fromParam} ${toParam}`;
  const [read, setRead] = useState<{ view: string; data: Loaded | null; error: string | null; at: Date } | null>(null);
  const current = read?.view === view ? read : null;
  const data = current?.data ?? null;
  const error = current?.error ?? null;
  const updatedAt = current?.data ? current.at : null;
  const rangeError = useMemo(() => {
    const w = resolveRange(range, fromParam, toParam, new Date());
    return 'error' in w ? w.error : null;
  }, [range, fromParam, toParam]);

  useEffect(() => {
    let stopped = false;
    // Each read resolves the range again, so a relative one ends at the time of the read.
    const load = () => {
      const w = resolveRange(range, fromParam, toParam, new Date());
      if ('error' in w) return;
      void client
        .query(Dashboard, { id: projectId, from: w.from.toISOString(), to: w.to.toISOString(), interval: w.interval })
        .toPromise()
        .then((r) => {
          if (stopped) return;
          const loaded = r.data ? { project: r.data.project, interval: w.interval, multiDay: w.to.getTime() - w.from.getTime() > 86_400_000 } : null;
          // A failed refresh keeps the figures shown, with the error beside them.
          setRead((prev) => ({
            view,
            data: loaded ?? (prev?.view === view ? prev.data : null),
            error: loaded ? null : (r.error?.message ?? 'No answer'),
            at: loaded ? new Date() : (prev?.at ?? new Date()),
          }));
        });
    };
    const refetch = throttle(load, REFETCH_MS);
    refetch.schedule();
    const sub = client.subscription(DashboardTraceUpdates, { projectId }).subscribe(() => refetch.schedule());
    const slide = range === 'custom' ? null : setInterval(() => refetch.schedule(), SLIDE_MS);
    return () => {
      stopped = true;
      refetch.cancel();
      sub.unsubscribe();
      if (slide) clearInterval(slide);
    };
  }, [client, projectId, range, fromParam, toParam, view]);

  const setRange = (next: Record<string, string | null>) =>
    setParams(
      (p) => {
        for (const [k, v] of Object.entries(next)) {
          if (v) p.set(k, v);
          else p.delete(k);
        }
        return p;
      },
      { replace: true },
    );

  const stats = data?.project.stats;
  const rows = useMemo(() => chartRows(data?.project.timeseries[0]?.points ?? []), [data]);

  return (
    <section className="dashboard">
      <div className="toolbar">
        <h1>Dashboard</h1>
        <label>
          Time range{' '}
          <select
            value={range}
            onChange={(e) => {
              const v = e.target.value;
              if (v !== 'custom') return setRange({ range: v, from: null, to: null });
              // A custom range starts from the one shown, for the user to adjust.
              const w = resolveRange(range, fromParam, toParam, new Date());
              const from = 'error' in w ? new Date(Date.now() - 86_400_000) : w.from;
              const to = 'error' in w ? new Date() : w.to;
              setRange({ range: 'custom', from: from.toISOString(), to: to.toISOString() });
            }}
          >
            {RELATIVE_RANGES.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
            <option value="custom">Custom…</option>
          </select>
        </label>
        {range === 'custom' && <CustomRange key={`${fromParam}-${toParam}`} from={fromParam} to={toParam} onApply={(from, to) => setRange({ from, to })} />}
        <span className="muted" aria-live="polite">
          {updatedAt ? `Updated at ${updatedAt.toLocaleTimeString()}` : 'Loading…'}
        </span>
      </div>
      {rangeError && <p role="alert">{rangeError}</p>}
      {error && <p role="alert">Could not load the dashboard: {error}</p>}
      {stats && (
        <section className="cards" aria-label="Figures">
          <Card label="Traces" sub={`${stats.errorCount.toLocaleString('en-US')} with errors`}>
            {stats.traceCount.toLocaleString('en-US')}
          </Card>
          <Card label="Error rate">{percent(stats.errorRate)}</Card>
          <Card label="Latency p50" sub={`p95 ${formatDuration(stats.latencyP95)} · p99 ${formatDuration(stats.latencyP99)}`}>
            {formatDuration(stats.latencyP50)}
          </Card>
          <Card label="First token p50" sub={`p99 ${formatDuration(stats.firstTokenP99)}`}>
            {formatDuration(stats.firstTokenP50)}
          </Card>
          <Card label="Tokens" sub={`${formatTokens(stats.promptTokens)} prompt · ${formatTokens(stats.completionTokens)} completion`}>
            {formatTokens(stats.totalTokens)}
          </Card>
          <Card label="Cost" sub={`${formatCost(stats.promptCost)} prompt · ${formatCost(stats.completionCost)} completion`}>
            {formatCost(stats.totalCost)}
          </Card>
          <Card label="Spans">{stats.spanCount.toLocaleString('en-US')}</Card>
          <Card label="Streaming rate" sub="of LLM calls">
            {percent(stats.streamingRate)}
          </Card>
          <Card label="Unpriced calls" sub="left out of the cost">
            {stats.unpricedCallCount.toLocaleString('en-US')}
          </Card>
        </section>
      )}
      {data && <DashboardCharts rows={rows} byModel={data.project.byModel} interval={data.interval} multiDay={data.multiDay} />}
    </section>
  );
}

function Card({ label, sub, children }: { label: string; sub?: string; children: ReactNode }) {
  return (
    <div className="card" role="group" aria-label={label}>
      <div className="card-label">{label}</div>
      <div className="card-value">{children}</div>
      {sub && <div className="card-sub">{sub}</div>}
    </div>
  );
}

/** From and to of a custom range, in local time, applied together. */
function CustomRange({ from, to, onApply }: { from: string | null; to: string | null; onApply: (from: string, to: string) => void }) {
  const initial = (iso: string | null) => {
    const d = iso ? new Date(iso) : null;
    return d && !Number.isNaN(d.getTime()) ? toLocalInput(d) : '';
  };
  const [f, setF] = useState(initial(from));
  const [t, setT] = useState(initial(to));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fi = fromLocalInput(f);
    const ti = fromLocalInput(t);
    if (fi && ti) onApply(fi, ti);
  };
  return (
    <form className="custom-range" onSubmit={submit}>
      <label>
        From <input type="datetime-local" value={f} onChange={(e) => setF(e.target.value)} required />
      </label>
      <label>
        To <input type="datetime-local" value={t} onChange={(e) => setT(e.target.value)} required />
      </label>
      <button type="submit">Apply</button>
    </form>
  );
}
