import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type VisibilityState } from '@tanstack/react-table';
import { DropdownMenu } from 'radix-ui';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { AddToQueue } from '../annotation/add-to-queue';
import { useViewer } from '../auth/viewer.context';
import { ChipInput } from '../ui/chip-input';
import { CommitInput } from '../ui/commit-input';
import { formatCost, formatDuration, formatTime, formatTokens } from '../ui/format';
import { LinkRows } from '../ui/link-rows';
import { fromLocalInput, toLocalInput } from '../ui/local-time';
import { graphql } from '../gql';
import type { TraceFilter, TraceOrder, TraceOrderField, TraceRowFragment, TraceStatus } from '../gql/graphql';
import {
  countsAsNew,
  DEFAULT_SORT,
  formatMetadataValue,
  formatScoreEntry,
  nextSort,
  parseMetadataEntry,
  parseScoreEntry,
  parseTraceSearch,
  placeLiveRow,
  RANGE_PRESETS,
  toTraceFilter,
  toTraceOrder,
  TRACE_STATUSES,
  type TraceSearch,
  traceSearchKey,
  writeTraceSearch,
} from './trace-filter';
import './trace-list.css';

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
    tags
    userId
    sessionId
    errorCount
  }
`);

const Traces = graphql(`
  query WebTraces($projectId: ID!, $first: Int, $after: String, $filter: TraceFilter, $orderBy: TraceOrder) {
    traces(projectId: $projectId, first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
      change
      trace {
        ...TraceRow
      }
    }
  }
`);

type Row = TraceRowFragment;

const PAGE_SIZE = 100;
const COLUMNS_KEY = 'sextant.traceList.columns';

const col = createColumnHelper<Row>();
const columns = [
  col.accessor('name', { header: 'Name', enableHiding: false, cell: (c) => c.getValue() ?? <span className="muted">(unnamed)</span> }),
  col.accessor('status', { header: 'Status', cell: (c) => <span className={`status status-${c.getValue().toLowerCase()}`}>{c.getValue()}</span> }),
  col.accessor('startTime', { header: 'Start', cell: (c) => formatTime(c.getValue()) }),
  col.accessor('durationMs', { header: 'Duration', cell: (c) => formatDuration(c.getValue()) }),
  col.accessor('totalTokens', { header: 'Tokens', cell: (c) => formatTokens(c.getValue()) }),
  col.accessor('totalCost', { header: 'Cost', cell: (c) => formatCost(c.getValue()) }),
  col.accessor('models', { header: 'Models', cell: (c) => c.getValue().join(', ') }),
  col.accessor('tags', {
    header: 'Tags',
    cell: (c) =>
      c.getValue().map((t) => (
        <span key={t} className="tag">
          {t}
        </span>
      )),
  }),
  col.accessor('userId', { header: 'User', cell: (c) => c.getValue() ?? '' }),
  col.accessor('sessionId', { header: 'Session', cell: (c) => c.getValue() ?? '' }),
  col.accessor('errorCount', { header: 'Errors', cell: (c) => c.getValue() || '' }),
];
/** Each column's width in the CSS grid; the template is built from the visible ones. */
const WIDTHS: Record<string, string> = {
  name: 'minmax(10rem, 2fr)',
  status: '6rem',
  startTime: '12.5rem',
  durationMs: '6rem',
  totalTokens: '6rem',
  totalCost: '6rem',
  models: 'minmax(8rem, 1.5fr)',
  tags: 'minmax(6rem, 1fr)',
  userId: '7rem',
  sessionId: '7rem',
  errorCount: '4rem',
};
/** The columns the API can order by. */
const SORTABLE: Record<string, TraceOrderField> = { startTime: 'START_TIME', durationMs: 'DURATION', totalTokens: 'TOTAL_TOKENS', totalCost: 'TOTAL_COST' };

function readColumns(): VisibilityState {
  try {
    const v = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as VisibilityState) : {};
  } catch {
    return {};
  }
}

export function TraceListPage() {
  const { projectId } = useParams() as { projectId: string };
  const client = useClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseTraceSearch(params), [params]);
  const searchKey = traceSearchKey(search);
  // From the address bar, not the hook's params: React Router hands its updater the params of the last render, so two
  // edits in quick succession (From, then To) would otherwise lose the first.
  const update = (patch: Partial<TraceSearch>) => {
    const latest = new URLSearchParams(window.location.search);
    setParams(writeTraceSearch({ ...parseTraceSearch(latest), ...patch }, latest), { replace: true });
  };

  const [rows, setRowsState] = useState<Row[]>([]);
  // The rows as the live callback last left them: it decides from them whether a trace is new.
  const rowsRef = useRef<Row[]>([]);
  const setRows = (next: Row[]) => {
    rowsRef.current = next;
    setRowsState(next);
  };
  const [page, setPage] = useState<{ cursor: string | null; hasNext: boolean }>({ cursor: null, hasNext: true });
  const morePages = useRef(true);
  const [total, setTotal] = useState<{ count: number; estimate: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(false);
  const generation = useRef(0);
  // Fixed when the list starts over, so every page of one list and its live updates use the same range.
  const query = useRef<{ filter: TraceFilter; orderBy: TraceOrder | null; sort: TraceSearch['sort'] }>({ filter: {}, orderBy: null, sort: search.sort });

  const loadMore = useCallback(
    async (cursor: string | null) => {
      if (loading.current) return;
      loading.current = true;
      const gen = generation.current;
      const { filter, orderBy } = query.current;
      const result = await client.query(Traces, { projectId, first: PAGE_SIZE, after: cursor, filter, orderBy }).toPromise();
      loading.current = false;
      // A page asked for under a filter since replaced is dropped.
      if (gen !== generation.current) return;
      if (result.error || !result.data) return setError(result.error?.message ?? 'No answer');
      const t = result.data.traces;
      const seen = new Set(rowsRef.current.map((r) => r.id));
      setRows([...rowsRef.current, ...t.edges.map((e) => e.node).filter((r) => !seen.has(r.id))]);
      morePages.current = t.pageInfo.hasNextPage;
      setPage({ cursor: t.pageInfo.endCursor, hasNext: t.pageInfo.hasNextPage });
      setTotal({ count: t.totalCount, estimate: t.totalCountIsEstimate });
    },
    [client, projectId],
  );

  // A new filter or sort starts the list over, and the live updates follow the same filter.
  useEffect(() => {
    generation.current++;
    loading.current = false;
    morePages.current = true;
    const s = parseTraceSearch(new URLSearchParams(searchKey));
    query.current = { filter: toTraceFilter(s), orderBy: toTraceOrder(s), sort: s.sort };
    setRows([]);
    setError(null);
    setTotal(null);
    setPage({ cursor: null, hasNext: true });
    void loadMore(null);
    // The live feed cannot filter by scores (the API refuses it): a score-filtered list does not follow it.
    if (query.current.filter.scores) return;
    const sub = client.subscription(TraceUpdates, { projectId, filter: query.current.filter }).subscribe((result) => {
      const u = result.data?.traceUpdated;
      if (!u) return;
      const placed = placeLiveRow(rowsRef.current, u.trace, query.current.sort, morePages.current);
      setRows(placed.rows);
      if (countsAsNew(placed.known, u.change, morePages.current)) setTotal((t) => t && { ...t, count: t.count + 1 });
    });
    return () => sub.unsubscribe();
  }, [client, projectId, searchKey, loadMore]);

  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(readColumns);
  useEffect(() => localStorage.setItem(COLUMNS_KEY, JSON.stringify(columnVisibility)), [columnVisibility]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.id,
  });
  const grid = table
    .getVisibleLeafColumns()
    .map((c) => WIDTHS[c.id])
    .join(' ');
  const tableRows = table.getRowModel().rows;
  // Infinite scroll: the next page once the last rows come into view.
  const nearEnd = useCallback(() => {
    if (page.hasNext && page.cursor) void loadMore(page.cursor);
  }, [page, loadMore]);

  const open = (id: string) => navigate(`/projects/${projectId}/traces/${id}`);
  const custom = Boolean(search.from || search.to);
  const rangeValue = custom ? 'custom' : (search.range ?? 'all');
  const setRange = (v: string) => {
    if (v === 'custom') update({ range: null, from: new Date(Date.now() - 86_400_000).toISOString(), to: null });
    else update({ range: v === 'all' ? null : v, from: null, to: null });
  };
  const toggleStatus = (s: TraceStatus, on: boolean) => update({ status: TRACE_STATUSES.filter((x) => (x === s ? on : search.status.includes(x))) });
  const num = (v: string) => (v === '' || Number.isNaN(Number(v)) ? null : Math.max(0, Number(v)));
  const filtered = traceSearchKey({ ...search, sort: DEFAULT_SORT }) !== '';

  return (
    <section className="trace-list">
      <div className="toolbar">
        <h1>Traces</h1>
        <label>
          Time range{' '}
          <select value={rangeValue} onChange={(e) => setRange(e.target.value)}>
            <option value="all">All time</option>
            {Object.entries(RANGE_PRESETS).map(([k, r]) => (
              <option key={k} value={k}>
                {r.label}
              </option>
            ))}
            <option value="custom">Custom range</option>
          </select>
        </label>
        {custom && (
          <>
            <label>
              From <input type="datetime-local" value={toLocalInput(search.from)} onChange={(e) => update({ from: fromLocalInput(e.target.value) })} />
            </label>
            <label>
              To <input type="datetime-local" value={toLocalInput(search.to)} onChange={(e) => update({ to: fromLocalInput(e.target.value) })} />
            </label>
          </>
        )}
        <fieldset className="status-filter">
          <legend>Status</legend>
          {TRACE_STATUSES.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={search.status.includes(s)} onChange={(e) => toggleStatus(s, e.target.checked)} /> {s}
            </label>
          ))}
        </fieldset>
        <form onSubmit={(e) => e.preventDefault()} role="search">
          <label>
            Search <CommitInput type="search" value={search.text ?? ''} onCommit={(v) => update({ text: v || null })} placeholder="name, input, output…" />
          </label>
        </form>
        <span className="muted trace-count" aria-live="polite">
          {total === null ? 'Loading…' : `${total.estimate ? '≈' : ''}${total.count.toLocaleString('en-US')} ${total.count === 1 ? 'trace' : 'traces'}`}
        </span>
        {/* Adding to a queue takes the ingest permission: admin keys, not read keys. */}
        {viewer.role !== 'READ' && <AddToQueue projectId={projectId} target={{ filter: toTraceFilter(search) }} label="Add to queue…" />}
        <ColumnMenu table={table} />
      </div>
      <div className="toolbar filters" role="group" aria-label="Filters">
        <label>
          User <CommitInput className="short" value={search.user ?? ''} onCommit={(v) => update({ user: v || null })} />
        </label>
        <label>
          Session <CommitInput className="short" value={search.session ?? ''} onCommit={(v) => update({ session: v || null })} />
        </label>
        <label>
          Model <CommitInput className="short" value={search.model ?? ''} onCommit={(v) => update({ model: v || null })} />
        </label>
        <label>
          Min cost (USD){' '}
          <CommitInput
            className="num"
            type="number"
            min="0"
            step="any"
            value={search.minCost?.toString() ?? ''}
            onCommit={(v) => update({ minCost: num(v) })}
          />
        </label>
        <label>
          Min latency (ms){' '}
          <CommitInput
            className="num"
            type="number"
            min="0"
            step="any"
            value={search.minLatencyMs?.toString() ?? ''}
            onCommit={(v) => update({ minLatencyMs: num(v) })}
          />
        </label>
        <label>
          Errors{' '}
          <select
            value={search.hasError === null ? '' : search.hasError ? '1' : '0'}
            onChange={(e) => update({ hasError: e.target.value === '' ? null : e.target.value === '1' })}
          >
            <option value="">Any</option>
            <option value="1">With errors</option>
            <option value="0">Without errors</option>
          </select>
        </label>
        <ChipInput label="Tag" values={search.tags} onChange={(tags) => update({ tags })} placeholder="Enter to add" />
        <ChipInput
          label="Metadata"
          placeholder="key=value"
          values={search.metadata.map((m) => `${m.key}=${formatMetadataValue(m.value)}`)}
          validate={(v) => (parseMetadataEntry(v) ? null : 'Write key=value')}
          onChange={(entries) => update({ metadata: entries.map(parseMetadataEntry).filter((m) => m !== null) })}
        />
        <ChipInput
          label="Score"
          placeholder="key:0.5..1 or key:good,ok"
          values={search.scores.map(formatScoreEntry)}
          validate={(v) => (parseScoreEntry(v) ? null : 'Write key:min..max or key:label,label')}
          onChange={(entries) => update({ scores: entries.map(parseScoreEntry).filter((f) => f !== null) })}
        />
        {filtered && (
          <button type="button" onClick={() => update({ ...parseTraceSearch(new URLSearchParams()), sort: search.sort })}>
            Clear filters
          </button>
        )}
      </div>
      {error && <p role="alert">Could not load traces: {error}</p>}
      <div className="grid" role="table" aria-label="Traces" aria-rowcount={total ? total.count + 1 : -1}>
        {table.getHeaderGroups().map((hg) => (
          <div key={hg.id} role="row" className="grid-row grid-head" style={{ gridTemplateColumns: grid }}>
            {hg.headers.map((h) => {
              const field = SORTABLE[h.column.id];
              const sorted = field && search.sort.field === field ? search.sort.direction : null;
              const label = flexRender(h.column.columnDef.header, h.getContext());
              return (
                <div key={h.id} role="columnheader" aria-sort={sorted === 'ASC' ? 'ascending' : sorted === 'DESC' ? 'descending' : undefined}>
                  {field ? (
                    <button type="button" className="sort-button" onClick={() => update({ sort: nextSort(search.sort, field) })}>
                      {label}
                      <span aria-hidden="true">{sorted === 'ASC' ? ' ▲' : sorted === 'DESC' ? ' ▼' : ''}</span>
                    </button>
                  ) : (
                    label
                  )}
                </div>
              );
            })}
          </div>
        ))}
        <LinkRows
          rows={tableRows}
          grid={grid}
          onOpen={open}
          onNearEnd={nearEnd}
          ariaRowOffset={1}
          empty={total !== null && rows.length === 0 && <p className="empty">No traces match.</p>}
        />
      </div>
    </section>
  );
}

/** The menu that shows or hides columns (the name always shows); the choice is kept in the browser. */
function ColumnMenu({ table }: { table: ReturnType<typeof useReactTable<Row>> }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button type="button">Columns</button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          {table
            .getAllLeafColumns()
            .filter((c) => c.getCanHide())
            .map((c) => (
              <DropdownMenu.CheckboxItem
                key={c.id}
                className="menu-item"
                checked={c.getIsVisible()}
                onCheckedChange={(on) => c.toggleVisibility(on)}
                // Stays open, so several columns can be switched in one go.
                onSelect={(e) => e.preventDefault()}
              >
                <span className="menu-check" aria-hidden="true">
                  {c.getIsVisible() ? '✓' : ''}
                </span>
                {String(c.columnDef.header)}
              </DropdownMenu.CheckboxItem>
            ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
