import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { WebCompareTracesQuery } from '../gql/graphql';
import { formatCost, formatDuration, formatTokens } from '../ui/format';
import { GridHead } from '../ui/grid-head';
import { chatMessages } from './chat-messages';
import { ChatView } from './chat-view';
import './trace-compare.css';

const CompareTraces = graphql(`
  query WebCompareTraces($a: ID!, $b: ID!) {
    compareTraces(a: $a, b: $b) {
      a {
        ...WebCompareTraceFields
      }
      b {
        ...WebCompareTraceFields
      }
      matched
      changed
      onlyInA
      onlyInB
      spans {
        path
        depth
        differences
        durationMsDelta
        totalCostDelta
        totalTokensDelta
        a {
          ...WebCompareSpanFields
        }
        b {
          ...WebCompareSpanFields
        }
      }
    }
  }

  fragment WebCompareTraceFields on Trace {
    id
    name
    status
    durationMs
    totalTokens
    totalCost
  }

  fragment WebCompareSpanFields on Span {
    __typename
    id
    name
    status
    durationMs
    totalCost
    error
    inputs
    outputs
    ... on LLMCall {
      model
      totalTokens
    }
  }
`);

type Comparison = WebCompareTracesQuery['compareTraces'];
type Row = Comparison['spans'][number];
type Side = NonNullable<Row['a']>;

const ROW_HEIGHT = 28;
const GRID = 'minmax(11rem, 1.2fr) repeat(2, minmax(6rem, 0.7fr) 4.6rem 4rem 6.4rem) 5rem 4.4rem 7rem minmax(10rem, 1.3fr)';

const sideName = (s: Side | null | undefined) => (s ? (s.name ?? (s.__typename === 'LLMCall' ? s.model : null) ?? '(unnamed)') : '');
const sideTokens = (s: Side | null | undefined) => (s?.__typename === 'LLMCall' ? s.totalTokens : null);
/** A delta with its sign, blank when there is none and "±0" when the two agree. */
const signed = (n: number | null | undefined, format: (abs: number) => string) =>
  n === null || n === undefined ? '' : n === 0 ? '±0' : `${n > 0 ? '+' : '−'}${format(Math.abs(n))}`;

/** Where a row stands: paired, or present in one trace only. */
const presence = (r: Row) => (r.a && r.b ? null : r.a ? 'only in A' : 'only in B');

const col = createColumnHelper<Row>();

/** Two traces side by side (`?a=&b=`): their totals, the aligned span rows with deltas and differences, and the selected pair's inputs and outputs. */
export function TraceComparePage() {
  const { projectId } = useParams() as { projectId: string };
  const [params] = useSearchParams();
  const a = params.get('a')?.trim() ?? '';
  const b = params.get('b')?.trim() ?? '';
  if (!a || !b) return <CompareForm initialA={a} initialB={b} />;
  return <Comparison key={`${a}/${b}`} projectId={projectId} a={a} b={b} />;
}

/** The two trace ids, written into the URL on submit. */
function CompareForm({ initialA, initialB }: { initialA: string; initialB: string }) {
  const [, setParams] = useSearchParams();
  const [a, setA] = useState(initialA);
  const [b, setB] = useState(initialB);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ a: a.trim(), b: b.trim() });
  };
  return (
    <form className="compare-form" onSubmit={submit} aria-label="Compare traces">
      <h1>Compare two traces</h1>
      <label>
        Trace A
        <input value={a} onChange={(e) => setA(e.target.value)} required spellCheck={false} />
      </label>
      <label>
        Trace B
        <input value={b} onChange={(e) => setB(e.target.value)} required spellCheck={false} autoFocus={initialA !== ''} />
      </label>
      <button type="submit">Compare</button>
    </form>
  );
}

function Comparison({ projectId, a, b }: { projectId: string; a: string; b: string }) {
  const [{ data, error, fetching }] = useQuery({ query: CompareTraces, variables: { a, b } });
  const [selected, setSelected] = useState<number | null>(null);
  if (error) return <p role="alert">Could not compare the traces: {error.graphQLErrors[0]?.message ?? error.message}</p>;
  if (fetching || !data) return <p aria-busy="true">Comparing…</p>;
  const c = data.compareTraces;
  const row = selected === null ? undefined : c.spans[selected];
  return (
    <div className="trace-compare" data-ready="true">
      <section className="compare-header" aria-label="Compared traces">
        <TraceCard label="A" projectId={projectId} t={c.a} />
        <TraceCard label="B" projectId={projectId} t={c.b} />
        <dl className="compare-counts" aria-label="Counts">
          <div>
            <dt>Matched</dt>
            <dd>{c.matched}</dd>
          </div>
          <div>
            <dt>Changed</dt>
            <dd>{c.changed}</dd>
          </div>
          <div>
            <dt>Only in A</dt>
            <dd>{c.onlyInA}</dd>
          </div>
          <div>
            <dt>Only in B</dt>
            <dd>{c.onlyInB}</dd>
          </div>
        </dl>
        <Link to={`/projects/${projectId}/compare?a=${encodeURIComponent(b)}&b=${encodeURIComponent(a)}`}>Swap A and B</Link>
      </section>
      <CompareGrid rows={c.spans} selected={selected} onSelect={setSelected} />
      {row && <PairDetail row={row} />}
    </div>
  );
}

function TraceCard({ label, projectId, t }: { label: string; projectId: string; t: Comparison['a'] }) {
  return (
    <section className="compare-trace" aria-label={`Trace ${label}`}>
      <h2>
        <span className="side-label">{label}</span> <Link to={`/projects/${projectId}/traces/${t.id}`}>{t.name ?? '(unnamed trace)'}</Link>
      </h2>
      <p>
        <span className={`status status-${t.status.toLowerCase()}`}>{t.status}</span> · {formatDuration(t.durationMs)} · {formatTokens(t.totalTokens)} tokens ·{' '}
        {formatCost(t.totalCost)}
      </p>
    </section>
  );
}

/** The aligned rows as a virtualised grid; click, Enter, j/k and the arrows select. */
function CompareGrid({ rows, selected, onSelect }: { rows: readonly Row[]; selected: number | null; onSelect(i: number): void }) {
  const columns = useMemo(() => {
    const sideColumns = (side: 'a' | 'b') => {
      const label = side.toUpperCase();
      return [
        col.display({ id: `${side}-name`, header: `${label} name`, cell: ({ row }) => sideName(row.original[side]) }),
        col.display({
          id: `${side}-duration`,
          header: `${label} dur.`,
          cell: ({ row }) => row.original[side] && formatDuration(row.original[side].durationMs),
        }),
        col.display({ id: `${side}-tokens`, header: `${label} tok.`, cell: ({ row }) => row.original[side] && formatTokens(sideTokens(row.original[side])) }),
        col.display({ id: `${side}-cost`, header: `${label} cost`, cell: ({ row }) => row.original[side] && formatCost(row.original[side].totalCost) }),
      ];
    };
    return [
      col.display({
        id: 'path',
        header: 'Span',
        cell: ({ row: { original: r } }) => {
          const only = presence(r);
          return (
            <span className="tree-cell" style={{ paddingLeft: `${r.depth * 1.1}rem` }} title={r.path.join(' › ')}>
              {r.path.at(-1)}
              {only && <span className={`presence presence-${only === 'only in A' ? 'a' : 'b'}`}>{only}</span>}
            </span>
          );
        },
      }),
      ...sideColumns('a'),
      ...sideColumns('b'),
      col.display({ id: 'd-duration', header: 'Δ dur.', cell: ({ row }) => signed(row.original.durationMsDelta, formatDuration) }),
      col.display({ id: 'd-tokens', header: 'Δ tok.', cell: ({ row }) => signed(row.original.totalTokensDelta, formatTokens) }),
      col.display({ id: 'd-cost', header: 'Δ cost', cell: ({ row }) => signed(row.original.totalCostDelta, formatCost) }),
      col.display({
        id: 'differences',
        header: 'Differences',
        cell: ({ row }) => (
          <span className="badges" title={row.original.differences.join(', ')}>
            {row.original.differences.map((d) => (
              <span key={d} className="badge">
                {d}
              </span>
            ))}
          </span>
        ),
      }),
    ];
  }, []);

  const table = useReactTable({ data: rows as Row[], columns, getCoreRowModel: getCoreRowModel(), getRowId: (_, i) => String(i) });
  const tableRows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: tableRows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });

  // After a keyboard move the selected row gets focus once the virtualizer has rendered it.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    const i = pendingFocus.current;
    if (i === null) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-index="${i}"]`);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    }
  });

  const moveTo = (i: number) => {
    const to = Math.max(0, Math.min(rows.length - 1, i));
    pendingFocus.current = to;
    onSelect(to);
    virtualizer.scrollToIndex(to, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const focused = (e.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index;
    const i = selected ?? (focused === undefined ? -1 : Number(focused));
    if (i < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const keys: Record<string, number> = { j: i + 1, ArrowDown: i + 1, k: i - 1, ArrowUp: i - 1, Home: 0, End: rows.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      moveTo(keys[e.key]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(focused === undefined ? i : Number(focused));
    }
  };

  if (rows.length === 0) return <p className="empty">Neither trace has spans.</p>;
  const focusable = selected ?? 0;
  return (
    <div className="grid compare-grid" role="grid" aria-label="Aligned spans" aria-rowcount={rows.length}>
      <GridHead table={table} columns={GRID} />
      <div ref={scroller} className="grid-body" role="rowgroup" onKeyDown={onKeyDown}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = tableRows[v.index];
            const only = presence(row.original);
            const classes = ['grid-row', 'clickable'];
            if (only) classes.push(only === 'only in A' ? 'row-only-a' : 'row-only-b');
            else if (row.original.differences.length > 0) classes.push('row-changed');
            return (
              <div
                key={row.id}
                role="row"
                tabIndex={v.index === focusable ? 0 : -1}
                aria-rowindex={v.index + 1}
                aria-selected={v.index === selected}
                data-index={v.index}
                data-path={row.original.path.join(' > ')}
                className={classes.join(' ')}
                style={{ gridTemplateColumns: GRID, position: 'absolute', top: 0, transform: `translateY(${v.start}px)`, height: ROW_HEIGHT, width: '100%' }}
                onClick={() => onSelect(v.index)}
              >
                {row.getVisibleCells().map((c) => (
                  <div key={c.id} role="gridcell" className={`cell-${c.column.id}`}>
                    {flexRender(c.column.columnDef.cell, c.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** A's and B's inputs and outputs side by side, the fields that differ marked. */
function PairDetail({ row }: { row: Row }) {
  const differs = new Set(row.differences);
  return (
    <section className="compare-detail" aria-label="Selected pair">
      <h2>{row.path.join(' › ')}</h2>
      {row.differences.length > 0 && <p className="muted">Differs in: {row.differences.join(', ')}</p>}
      {(['inputs', 'outputs', 'error'] as const).map((field) =>
        row.a?.[field] == null && row.b?.[field] == null ? null : (
          <div key={field} className={`compare-pair${differs.has(field) ? ' differs' : ''}`} data-field={field}>
            <h3>
              {field}
              {differs.has(field) && <span className="badge">differs</span>}
            </h3>
            <Value label={`A ${field}`} span={row.a} field={field} />
            <Value label={`B ${field}`} span={row.b} field={field} />
          </div>
        ),
      )}
    </section>
  );
}

/** One side's field: chat messages when it holds some, else JSON. */
function Value({ label, span, field }: { label: string; span: Side | null | undefined; field: 'inputs' | 'outputs' | 'error' }) {
  const value: unknown = span?.[field];
  const messages = field === 'error' ? null : chatMessages(value);
  return (
    <div className="compare-value" aria-label={label} role="group">
      {!span ? (
        <p className="muted">Not in this trace</p>
      ) : value == null ? (
        <p className="muted">–</p>
      ) : messages ? (
        <ChatView messages={messages} />
      ) : (
        <pre>{typeof value === 'string' ? value : JSON.stringify(value, null, 2)}</pre>
      )}
    </div>
  );
}
