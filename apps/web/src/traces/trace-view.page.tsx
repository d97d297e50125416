import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { SpanGrid, spanLabel } from './span-grid';
import { AddToDataset } from '../datasets/add-to-dataset';
import { SpanPanel } from './span-panel';
import { ancestorsOf, hasChildren, visibleRows } from './span-tree';
import { spanExtent, traceAxis } from './timeline';
import { useTraceHead, useTraceSpans } from './trace-data';
import { TraceHeader } from './trace-header';
import { findMatches, matchesInTree, stepMatch } from './trace-search';
import './trace-view.css';

/** The trace view: totals in the header, the span tree beside its waterfall, search, and the selected span's panel. */
export function TraceViewPage() {
  const { projectId, traceId } = useParams() as { projectId: string; traceId: string };
  // Keyed by trace: another trace starts with its own state (folds, search, pages), nothing carried over.
  return <TraceView key={traceId} projectId={projectId} traceId={traceId} />;
}

function TraceView({ projectId, traceId }: { projectId: string; traceId: string }) {
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('span');
  const { head, error: headError } = useTraceHead(projectId, traceId);
  const { tree, error, loadMore, loadAll, loadingAll } = useTraceSpans(traceId);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [reveal, setReveal] = useState(0);
  const [query, setQuery] = useState('');
  const [onlyMatches, setOnlyMatches] = useState(false);
  // The match stepped to, for the query it was found with: a new query starts before its first match.
  const [stepped, setStepped] = useState({ query: '', index: -1 });
  const deferredQuery = useDeferredValue(query);
  const matchIndex = stepped.query === deferredQuery ? stepped.index : -1;

  // While the trace runs, running bars grow with the clock.
  const running = head?.status === 'RUNNING';
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const rows = tree.rows;
  const parents = useMemo(() => new Set(rows.filter((_, i) => hasChildren(rows, i)).map((s) => s.id)), [rows]);
  const indexOf = useMemo(() => new Map(rows.map((s, i) => [s.id, i])), [rows]);
  const extent = useMemo(() => spanExtent(rows), [rows]);
  const axis = useMemo(() => traceAxis(head ?? null, extent, now), [head, extent, now]);
  const openEnd = running || !head ? now : axis.end;

  // Search reads the loaded spans, in the browser (the API has no search within a trace). With pages
  // left, the count says so and "Load all spans" brings the rest: loading a 100,000-span trace is the
  // user's call, not a side effect of typing.
  const matchIds = useMemo(() => findMatches(rows, deferredQuery), [rows, deferredQuery]);
  const matchSet = useMemo(() => new Set(matchIds), [matchIds]);
  const shown = useMemo(
    () => (onlyMatches && deferredQuery.trim() ? matchesInTree(rows, matchSet) : visibleRows(rows, collapsed)),
    [rows, collapsed, onlyMatches, deferredQuery, matchSet],
  );

  const select = useCallback(
    (id: string) =>
      setParams(
        (p) => {
          p.set('span', id);
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );
  const toggle = useCallback(
    (id: string) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  /** Selects a span, unfolds its ancestors and scrolls it into view. */
  const goTo = useCallback(
    (id: string) => {
      const i = indexOf.get(id);
      // Not loaded yet: selected all the same; the pages load until it comes, then it is shown.
      if (i === undefined) return select(id);
      const ancestors = ancestorsOf(rows, i);
      setCollapsed((c) => (ancestors.some((a) => c.has(a)) ? new Set([...c].filter((x) => !ancestors.includes(x))) : c));
      select(id);
      setReveal((r) => r + 1);
    },
    [indexOf, rows, select],
  );

  const step = (back: boolean) => {
    const next = stepMatch(matchIds.length, matchIndex, back);
    setStepped({ query: deferredQuery, index: next });
    if (next >= 0) goTo(matchIds[next]);
  };

  // A deep link to a span on a page not loaded yet: load pages until it comes, then show it.
  const found = selectedId !== null && indexOf.has(selectedId);
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || error) return;
    if (!found) {
      if (tree.hasMore) void loadMore();
    } else if (revealed.current !== selectedId) {
      revealed.current = selectedId;
      setReveal((r) => r + 1);
    }
  }, [selectedId, found, tree, loadMore, error]);

  const tailShown = shown.length > 0 && shown[shown.length - 1] === rows[rows.length - 1];
  const onNearEnd = useCallback(() => {
    if (tree.hasMore && tailShown) void loadMore();
  }, [tree.hasMore, tailShown, loadMore]);

  const selected = selectedId ? (rows[indexOf.get(selectedId) ?? -1] ?? null) : null;
  const labelOf = useCallback(
    (id: string) => {
      const i = indexOf.get(id);
      return i === undefined ? null : spanLabel(rows[i]);
    },
    [indexOf, rows],
  );
  const ready = head !== null && (rows.length > 0 || !tree.hasMore);
  const total = head?.spanCount ?? rows.length;

  return (
    <section className="trace-view" data-ready={ready ? 'true' : undefined}>
      <nav aria-label="Breadcrumb" className="muted">
        <Link to={`/projects/${projectId}/traces`}>Traces</Link> / {head?.name ?? traceId}
      </nav>
      {headError && <p role="alert">Could not load the trace: {headError.message}</p>}
      {head && <TraceHeader head={head} projectId={projectId} onSelect={goTo} />}
      {error && <p role="alert">Could not load the spans: {error}</p>}
      <div className="trace-search" role="search">
        <input
          type="search"
          aria-label="Search spans"
          placeholder="Search names, models, inputs, outputs…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              step(e.shiftKey);
            } else if (e.key === 'Escape') setQuery('');
          }}
        />
        <button type="button" onClick={() => step(true)} disabled={matchIds.length === 0} aria-label="Previous match">
          ↑
        </button>
        <button type="button" onClick={() => step(false)} disabled={matchIds.length === 0} aria-label="Next match">
          ↓
        </button>
        <label>
          <input type="checkbox" checked={onlyMatches} onChange={(e) => setOnlyMatches(e.target.checked)} /> Only matches
        </label>
        <span className="muted" aria-live="polite">
          {deferredQuery.trim() &&
            (matchIds.length ? `${matchIndex >= 0 ? `${matchIndex + 1} of ` : ''}${matchIds.length} match${matchIds.length === 1 ? '' : 'es'}` : 'No match')}
          {tree.hasMore && deferredQuery.trim() && ` in the ${rows.length.toLocaleString('en-US')} loaded spans of ${total.toLocaleString('en-US')}`}
        </span>
        {tree.hasMore && (
          <button type="button" onClick={() => void loadAll()} disabled={loadingAll}>
            {loadingAll ? `Loading… ${rows.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}` : 'Load all spans'}
          </button>
        )}
      </div>
      <div className="trace-body">
        <SpanGrid
          rows={shown}
          parents={parents}
          collapsed={collapsed}
          onToggle={toggle}
          selectedId={selectedId}
          onSelect={select}
          reveal={reveal}
          matches={matchSet}
          query={deferredQuery}
          axis={axis}
          openEnd={openEnd}
          onNearEnd={onNearEnd}
        />
        <aside className="span-panel" aria-label="Span details">
          {selected ? (
            <>
              <SpanPanel span={selected} traceStart={axis.start} errors={head?.errors ?? []} metrics={head?.metrics ?? []} onSelect={goTo} labelOf={labelOf} />
              <AddToDataset projectId={projectId} traceId={traceId} spanId={selected.id} label="Add span to dataset" />
            </>
          ) : (
            <p className="muted">{selectedId && tree.hasMore ? 'Loading the selected span…' : 'Select a span to see its inputs and outputs.'}</p>
          )}
        </aside>
      </div>
    </section>
  );
}
