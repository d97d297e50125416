import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { GridHead } from '../ui/grid-head';
import { formatCost, formatDuration, formatTime, formatTokens } from '../ui/format';
import { graphql } from '../gql';
import type { TraceFilter, TraceStatus } from '../gql/graphql';

graphql(`
  fragment TraceRow on Trace {
    id
    name
    status
    startTime
    durationMs
    totalTokens
    totalCost
    models
    userId
    sessionId
    errorCount
  }
`);

const Traces = graphql(`
  query WebTraces($projectId: ID!, $first: Int, $after: String, $filter: TraceFilter) {
    traces(projectId: $projectId, first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsEstimate
      edges {
        node {
          ...TraceRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const TraceUpdates = graphql(`
  subscription WebTraceUpdated($projectId: ID!, $filter: TraceFilter) {
    traceUpdated(projectId: $projectId, filter: $filter) {
      trace {
        ...TraceRow
      }
    }
  }
`);

type Row = {
  id: string;
  name: string | null;
  status: TraceStatus;
  startTime: string;
  durationMs: number;
  totalTokens: number;
  totalCost: number | null;
  models: string[];
  userId: string | null;
  sessionId: string | null;
  errorCount: number;
};

const PAGE_SIZE = 100;
const ROW_HEIGHT = 36;
const RANGES: Record<string, { label: string; ms: number | null }> = {
  all: { label: 'All time', ms: null },
  '1h': { label: 'Last hour', ms: 3_600_000 },
  '24h': { label: 'Last 24 hours', ms: 86_400_000 },
  '7d': { label: 'Last 7 days', ms: 7 * 86_400_000 },
  '30d': { label: 'Last 30 days', ms: 30 * 86_400_000 },
};
const STATUSES: TraceStatus[] = ['RUNNING', 'SUCCESS', 'ERROR'];

const col = createColumnHelper<Row>();
const columns = [
  col.accessor('name', { header: 'Name', cell: (c) => c.getValue() ?? <span className="muted">(unnamed)</span> }),
  col.accessor('status', { header: 'Status', cell: (c) => <span className={`status status-${c.getValue().toLowerCase()}`}>{c.getValue()}</span> }),
  col.accessor('startTime', { header: 'Start', cell: (c) => formatTime(c.getValue()) }),
  col.accessor('durationMs', { header: 'Duration', cell: (c) => formatDuration(c.getValue()) }),
  col.accessor('totalTokens', { header: 'Tokens', cell: (c) => formatTokens(c.getValue()) }),
  col.accessor('totalCost', { header: 'Cost', cell: (c) => formatCost(c.getValue()) }),
  col.accessor('models', { header: 'Models', cell: (c) => c.getValue().join(', ') }),
  col.accessor('userId', { header: 'User', cell: (c) => c.getValue() ?? '' }),
  col.accessor('sessionId', { header: 'Session', cell: (c) => c.getValue() ?? '' }),
  col.accessor('errorCount', { header: 'Errors', cell: (c) => c.getValue() || '' }),
];
const GRID = 'minmax(10rem, 2fr) 6rem 11rem 6rem 6rem 6rem minmax(8rem, 1.5fr) 7rem 7rem 4rem';

/** The filter the URL states (?status=ERROR&q=text&range=24h), with the range's start taken now. */
function traceFilter(status: string | null, q: string, range: string): TraceFilter {
  const f: TraceFilter = {};
  if (status && STATUSES.includes(status as TraceStatus)) f.status = [status as TraceStatus];
  if (q) f.text = q;
  const ms = RANGES[range]?.ms;
  if (ms) f.from = new Date(Date.now() - ms).toISOString();
  return f;
}

function useUrlFilter() {
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string) =>
    setParams(
      (p) => {
        if (value) p.set(name, value);
        else p.delete(name);
        return p;
      },
      { replace: true },
    );
  return { status: params.get('status'), q: params.get('q') ?? '', range: params.get('range') ?? 'all', set };
}

export function TraceListPage() {
  const { projectId } = useParams() as { projectId: string };
  const client = useClient();
  const navigate = useNavigate();
  const { status, q, range, set } = useUrlFilter();
  const [rows, setRows] = useState<Row[]>([]);
  const [page, setPage] = useState<{ cursor: string | null; hasNext: boolean; total: string | null }>({ cursor: null, hasNext: true, total: null });
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(false);
  const generation = useRef(0);
  // Fixed when the list starts over, so every page of one list and its live updates use the same range.
  const filter = useRef<TraceFilter>({});

  const loadMore = useCallback(
    async (cursor: string | null) => {
      if (loading.current) return;
      loading.current = true;
      const gen = generation.current;
      const result = await client.query(Traces, { projectId, first: PAGE_SIZE, after: cursor, filter: filter.current }).toPromise();
      loading.current = false;
      // A page asked for under a filter since replaced is dropped.
      if (gen !== generation.current) return;
      if (result.error || !result.data) return setError(result.error?.message ?? 'No answer');
      const t = result.data.traces;
      setRows((prev) => {
        const seen = new Set(prev.map((r) => r.id));
        return [...prev, ...t.edges.map((e) => e.node as Row).filter((r) => !seen.has(r.id))];
      });
      setPage({ cursor: t.pageInfo.endCursor, hasNext: t.pageInfo.hasNextPage, total: `${t.totalCountIsEstimate ? '≈' : ''}${t.totalCount}` });
    },
    [client, projectId],
  );

  // A new filter starts the list over, and the live updates follow the same filter.
  useEffect(() => {
    generation.current++;
    loading.current = false;
    filter.current = traceFilter(status, q, range);
    setRows([]);
    setError(null);
    setPage({ cursor: null, hasNext: true, total: null });
    void loadMore(null);
    const sub = client.subscription(TraceUpdates, { projectId, filter: filter.current }).subscribe((result) => {
      const trace = result.data?.traceUpdated.trace as Row | undefined;
      if (!trace) return;
      setRows((prev) => {
        const i = prev.findIndex((r) => r.id === trace.id);
        if (i < 0) return [trace, ...prev];
        const next = [...prev];
        next[i] = trace;
        return next;
      });
    });
    return () => sub.unsubscribe();
  }, [client, projectId, status, q, range, loadMore]);

  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.id });
  const tableRows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: tableRows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  // Infinite scroll: the next page once the last rows come into view.
  useEffect(() => {
    if (page.hasNext && page.cursor && lastIndex >= rows.length - 10) void loadMore(page.cursor);
  }, [lastIndex, rows.length, page, loadMore]);

  const open = (id: string) => navigate(`/projects/${projectId}/traces/${id}`);
  // j/k (and the arrows) move between rows; the row is scrolled into the virtual window first, since
  // rows outside it are not in the DOM.
  const focusRow = (index: number) => {
    if (index < 0 || index >= tableRows.length) return;
    const rowAt = () => scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    virtualizer.scrollToIndex(index);
    const now = rowAt();
    if (now) now.focus();
    else requestAnimationFrame(() => rowAt()?.focus());
  };
  const [text, setText] = useState(q);
  const submitText = (e: FormEvent) => {
    e.preventDefault();
    set('q', text.trim());
  };

  return (
    <section className="trace-list">
      <div className="toolbar">
        <h1>Traces</h1>
        <label>
          Status{' '}
          <select value={status ?? ''} onChange={(e) => set('status', e.target.value)}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Time range{' '}
          <select value={range} onChange={(e) => set('range', e.target.value === 'all' ? '' : e.target.value)}>
            {Object.entries(RANGES).map(([k, r]) => (
              <option key={k} value={k}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <form onSubmit={submitText} role="search">
          <label>
            Search <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="name, input, output…" />
          </label>
        </form>
        <span className="muted" aria-live="polite">
          {page.total === null ? 'Loading…' : `${page.total} traces`}
        </span>
      </div>
      {error && <p role="alert">Could not load traces: {error}</p>}
      <div className="grid" role="table" aria-label="Traces" aria-rowcount={rows.length}>
        <GridHead table={table} columns={GRID} />
        <div ref={scroller} className="grid-body" role="rowgroup">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const row = tableRows[v.index];
              return (
                <div
                  key={row.id}
                  role="row"
                  tabIndex={0}
                  aria-rowindex={v.index + 1}
                  className="grid-row clickable"
                  style={{ gridTemplateColumns: GRID, position: 'absolute', top: 0, transform: `translateY(${v.start}px)`, height: ROW_HEIGHT, width: '100%' }}
                  onClick={() => open(row.id)}
                  data-index={v.index}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') open(row.id);
                    else if (e.key === 'j' || e.key === 'ArrowDown' || e.key === 'k' || e.key === 'ArrowUp') {
                      e.preventDefault();
                      focusRow(v.index + (e.key === 'j' || e.key === 'ArrowDown' ? 1 : -1));
                    }
                  }}
                >
                  {row.getVisibleCells().map((c) => (
                    <div key={c.id} role="cell">
                      {flexRender(c.column.columnDef.cell, c.getContext())}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
          {page.total !== null && rows.length === 0 && <p className="empty">No traces match.</p>}
        </div>
      </div>
    </section>
  );
}
