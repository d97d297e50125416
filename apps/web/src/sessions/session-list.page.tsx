import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useClient } from 'urql';
import { graphql } from '../gql';
import type { WebSessionRowFragment } from '../gql/graphql';
import { formatCost, formatTime, formatTokens } from '../ui/format';
import { GridHead } from '../ui/grid-head';
import { LinkRows } from '../ui/link-rows';
import { throttle } from '../ui/throttle';
import { durationMs, formatSessionDuration, mergeSessions } from './session-rows';
import './sessions.css';

graphql(`
  fragment WebSessionRow on Session {
    id
    userIds
    traceCount
    startTime
    lastTraceStartTime
    endTime
    totalTokens
    totalCost
    unpricedCallCount
    errorFlag
  }
`);

const Sessions = graphql(`
  query WebSessions($projectId: ID!, $first: Int, $after: String) {
    sessions(projectId: $projectId, first: $first, after: $after) {
      totalCount
      totalCountIsEstimate
      edges {
        node {
          ...WebSessionRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const SessionRowQuery = graphql(`
  query WebSessionRowRefresh($projectId: ID!, $id: String!) {
    session(projectId: $projectId, id: $id) {
      ...WebSessionRow
    }
  }
`);

const SessionTraceUpdates = graphql(`
  subscription WebSessionListTraceUpdated($projectId: ID!) {
    traceUpdated(projectId: $projectId) {
      trace {
        id
        sessionId
      }
    }
  }
`);

type Row = WebSessionRowFragment;

const PAGE_SIZE = 100;
// Live refreshes of changed sessions are grouped: an agent streaming a turn updates its trace many
// times a second, and one read of the session per second keeps the row current.
const REFRESH_MS = 1000;

const col = createColumnHelper<Row>();
const columns = [
  col.accessor('id', { header: 'Session', cell: (c) => <span className="mono">{c.getValue()}</span> }),
  col.accessor('userIds', { header: 'Users', cell: (c) => c.getValue().join(', ') }),
  col.accessor('traceCount', { header: 'Traces', cell: (c) => c.getValue().toLocaleString('en-US') }),
  col.accessor('startTime', { header: 'Start', cell: (c) => formatTime(c.getValue()) }),
  col.accessor('lastTraceStartTime', { header: 'Last activity', cell: (c) => formatTime(c.getValue()) }),
  col.display({ id: 'duration', header: 'Duration', cell: (c) => formatSessionDuration(durationMs(c.row.original)) }),
  col.accessor('totalTokens', { header: 'Tokens', cell: (c) => formatTokens(c.getValue()) }),
  col.accessor('totalCost', { header: 'Cost', cell: (c) => formatCost(c.getValue()) }),
  col.accessor('errorFlag', {
    header: 'Errors',
    cell: (c) => (c.getValue() ? <span className="status status-error">error</span> : <span className="muted">–</span>),
  }),
];
const GRID = 'minmax(12rem, 2fr) minmax(7rem, 1fr) 4.5rem 11rem 11rem 6rem 6rem 6rem 4.5rem';

export function SessionListPage() {
  const { projectId } = useParams() as { projectId: string };
  const client = useClient();
  const navigate = useNavigate();
  const [rows, setRows] = useState<Row[]>([]);
  const [page, setPage] = useState<{ cursor: string | null; hasNext: boolean; total: string | null }>({ cursor: null, hasNext: true, total: null });
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(false);
  // Bumped when the view starts over (another project or session in the same page component): a page
  // asked for before is dropped.
  const generation = useRef(0);

  const loadMore = useCallback(
    async (cursor: string | null) => {
      if (loading.current) return;
      loading.current = true;
      const gen = generation.current;
      const result = await client.query(Sessions, { projectId, first: PAGE_SIZE, after: cursor }).toPromise();
      if (gen !== generation.current) return;
      loading.current = false;
      if (result.error || !result.data) return setError(result.error?.message ?? 'No answer');
      const s = result.data.sessions;
      // A session the live updates already brought keeps its live version: the page may be older.
      setRows((prev) =>
        mergeSessions(
          prev,
          s.edges.map((e) => e.node),
          false,
        ),
      );
      setPage({ cursor: s.pageInfo.endCursor, hasNext: s.pageInfo.hasNextPage, total: `${s.totalCountIsEstimate ? '≈' : ''}${s.totalCount}` });
    },
    [client, projectId],
  );

  // Live: each trace update names its session; the sessions changed since the last refresh are read
  // again, one small query each, and placed by last activity as the API orders them. Re-reading the
  // first page instead would miss changes to sessions further down the loaded list (a long chat's
  // figures), and would cost a page of aggregates per refresh whatever changed.
  useEffect(() => {
    generation.current++;
    loading.current = false;
    setRows([]);
    setError(null);
    setPage({ cursor: null, hasNext: true, total: null });
    void loadMore(null);
    const dirty = new Set<string>();
    let stopped = false;
    const refresh = throttle(() => {
      const ids = [...dirty];
      dirty.clear();
      void Promise.all(ids.map((id) => client.query(SessionRowQuery, { projectId, id }).toPromise())).then((results) => {
        const fresh = results.flatMap((r) => (r.data ? [r.data.session] : []));
        if (!stopped && fresh.length) setRows((prev) => mergeSessions(prev, fresh, true));
      });
    }, REFRESH_MS);
    const sub = client.subscription(SessionTraceUpdates, { projectId }).subscribe((result) => {
      const sessionId = result.data?.traceUpdated.trace.sessionId;
      if (!sessionId) return;
      dirty.add(sessionId);
      refresh.schedule();
    });
    return () => {
      stopped = true;
      refresh.cancel();
      sub.unsubscribe();
    };
  }, [client, projectId, loadMore]);

  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.id });
  const tableRows = table.getRowModel().rows;
  // Infinite scroll: the next page once the last rows come into view.
  const nearEnd = useCallback(() => {
    if (page.hasNext && page.cursor) void loadMore(page.cursor);
  }, [page, loadMore]);

  const open = (id: string) => navigate(`/projects/${projectId}/sessions/${encodeURIComponent(id)}`);
  return (
    <section className="session-list">
      <div className="toolbar">
        <h1>Sessions</h1>
        <span className="muted" aria-live="polite">
          {page.total === null ? 'Loading…' : `${page.total} sessions`}
        </span>
      </div>
      {error && <p role="alert">Could not load sessions: {error}</p>}
      <div className="grid" role="table" aria-label="Sessions" aria-rowcount={rows.length}>
        <GridHead table={table} columns={GRID} />
        <LinkRows
          rows={tableRows}
          grid={GRID}
          onOpen={open}
          onNearEnd={nearEnd}
          ariaRowOffset={0}
          idAttribute="data-session-id"
          empty={page.total !== null && rows.length === 0 && <p className="empty">No sessions yet: traces sent with a session id appear here, grouped.</p>}
        />
      </div>
    </section>
  );
}
