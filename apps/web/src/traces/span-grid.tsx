import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { formatCost, formatDuration, formatTokens } from '../ui/format';
import { GridHead } from '../ui/grid-head';
import { type Axis, barOf, formatOffset, ticks } from './timeline';
import type { Span } from './trace-data';

const ROW_HEIGHT = 28;
const GRID = 'minmax(12rem, 1.1fr) 1.4rem 5.4rem 4.2rem 5.8rem minmax(10rem, 1fr)';

/** The kind of a span as the tree labels it. */
const KIND: Record<string, string> = { AgentCall: 'agent', LLMCall: 'llm', ToolCall: 'tool' };
export const kindOf = (s: Span) => KIND[s.__typename] ?? s.runType.toLowerCase();
const spanModel = (s: Span) => (s.__typename === 'LLMCall' ? s.model : null);
/** The name a span goes by in the tree and the panel: its name, else its model. */
export const spanLabel = (s: Span) => s.name ?? spanModel(s) ?? '(unnamed)';
const spanTokens = (s: Span) => (s.__typename === 'LLMCall' ? s.totalTokens : null);

type Props = {
  /** The rows on screen (folded and filtered), depth-first. */
  rows: readonly Span[];
  /** Ids of the loaded spans that have children, whether folded or not. */
  parents: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
  onToggle(id: string): void;
  selectedId: string | null;
  onSelect(id: string): void;
  /** Bumped to scroll the selected row into view (a search step, a deep link found). */
  reveal: number;
  matches: ReadonlySet<string>;
  query: string;
  axis: Axis;
  /** Where the bar of a span without an end stops: now while the trace runs. */
  openEnd: number;
  /** Called when the last loaded row comes into view. */
  onNearEnd(): void;
};

const col = createColumnHelper<Span>();

/**
 * The span tree and its waterfall as one treegrid: each row holds the span's tree cells and its bar on
 * the trace's time axis, so one virtualizer places both and they scroll together.
 */
export function SpanGrid(props: Props) {
  const { rows, parents, collapsed, onToggle, selectedId, onSelect, reveal, matches, query, axis, openEnd, onNearEnd } = props;
  const axisTicks = useMemo(() => ticks(axis), [axis]);

  const columns = useMemo(
    () => [
      col.display({
        id: 'span',
        header: 'Span',
        cell: ({ row: { original: s } }) => {
          const folded = collapsed.has(s.id);
          return (
            <span className="tree-cell" style={{ paddingLeft: `${s.depth * 1.1}rem` }}>
              {parents.has(s.id) ? (
                <button
                  type="button"
                  tabIndex={-1}
                  className="chevron"
                  aria-label={`${folded ? 'Expand' : 'Collapse'} ${spanLabel(s)}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    onToggle(s.id);
                  }}
                >
                  {folded ? '▸' : '▾'}
                </button>
              ) : (
                <span className="chevron" aria-hidden="true" />
              )}
              <span className={`kind kind-${kindOf(s)}`}>{kindOf(s)}</span>
              <span className="span-name" title={spanLabel(s)}>
                <Highlight text={spanLabel(s)} query={query} />
              </span>
            </span>
          );
        },
      }),
      col.accessor('status', {
        header: () => <span title="Status">St</span>,
        cell: (c) => <span className={`status-dot status-${c.getValue().toLowerCase()}`} role="img" aria-label={c.getValue()} title={c.getValue()} />,
      }),
      col.accessor('durationMs', { header: 'Duration', cell: (c) => formatDuration(c.getValue()) }),
      col.display({ id: 'tokens', header: 'Tokens', cell: ({ row }) => formatTokens(spanTokens(row.original)) }),
      col.accessor('totalCost', { header: 'Cost', cell: (c) => formatCost(c.getValue()) }),
      col.display({
        id: 'timeline',
        header: () => (
          <span className="axis" aria-label={`Timeline, ${formatOffset(axis.end - axis.start)} in all`}>
            {axisTicks.map((t) => (
              <span key={t.ms} className="tick" style={{ left: `${t.at * 100}%` }}>
                {t.label}
              </span>
            ))}
          </span>
        ),
        cell: ({ row: { original: s } }) => {
          const bar = barOf(axis, s, openEnd);
          const offset = formatOffset(Date.parse(s.startTime) - axis.start);
          return (
            <span className="track">
              {axisTicks.map((t) => (
                <span key={t.ms} className="gridline" style={{ left: `${t.at * 100}%` }} />
              ))}
              <span
                className={`bar bar-${kindOf(s)} bar-${s.status.toLowerCase()}`}
                style={{ left: `${bar.left * 100}%`, width: `${bar.width * 100}%` }}
                title={`+${offset}, ${s.endTime ? formatDuration(s.durationMs) : 'running'}`}
              />
            </span>
          );
        },
      }),
    ],
    [collapsed, parents, onToggle, query, axis, axisTicks, openEnd],
  );

  const table = useReactTable({ data: rows as Span[], columns, getCoreRowModel: getCoreRowModel(), getRowId: (s) => s.id });
  const tableRows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: tableRows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const items = virtualizer.getVirtualItems();
  const indexOf = useMemo(() => new Map(rows.map((s, i) => [s.id, i])), [rows]);

  // The next page once the last loaded row comes into view (not when it sits inside a folded subtree:
  // folding the root must not load a 100,000-span trace).
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (rows.length > 0 && lastIndex >= rows.length - 20) onNearEnd();
  }, [lastIndex, rows, onNearEnd]);

  useEffect(() => {
    const i = selectedId ? indexOf.get(selectedId) : undefined;
    if (reveal > 0 && i !== undefined) virtualizer.scrollToIndex(i, { align: 'center' });
    // Only a new reveal scrolls; selecting a row by click must not move the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal]);

  // After a keyboard move the selected row gets focus once the virtualizer has rendered it.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-span-id="${CSS.escape(id)}"]`);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    }
  });

  // The row keys move from: the last one moved to, even before the page has re-rendered with it
  // selected (keys pressed fast), else the focused one.
  const cursor = useRef<string | null>(null);
  useEffect(() => {
    cursor.current = selectedId;
  }, [selectedId]);

  const moveTo = (i: number) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (!target) return;
    cursor.current = target.id;
    pendingFocus.current = target.id;
    onSelect(target.id);
    virtualizer.scrollToIndex(indexOf.get(target.id)!, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const focused = (e.target as HTMLElement).closest<HTMLElement>('[data-span-id]')?.dataset.spanId;
    const id = cursor.current !== null && indexOf.has(cursor.current) ? cursor.current : focused;
    const i = id === undefined ? -1 : (indexOf.get(id) ?? -1);
    if (i < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const span = rows[i];
    const handled = () => e.preventDefault();
    switch (e.key) {
      case 'ArrowDown':
      case 'j':
        handled();
        return moveTo(i + 1);
      case 'ArrowUp':
      case 'k':
        handled();
        return moveTo(i - 1);
      case 'Home':
        handled();
        return moveTo(0);
      case 'End':
        handled();
        return moveTo(rows.length - 1);
      case 'PageDown':
        handled();
        return moveTo(i + 15);
      case 'PageUp':
        handled();
        return moveTo(i - 15);
      case 'ArrowRight':
        handled();
        if (parents.has(span.id) && collapsed.has(span.id)) return onToggle(span.id);
        if (parents.has(span.id)) return moveTo(i + 1);
        return;
      case 'ArrowLeft': {
        handled();
        if (parents.has(span.id) && !collapsed.has(span.id)) return onToggle(span.id);
        // To the parent: the nearest row above that is shallower.
        for (let j = i - 1; j >= 0; j--) if (rows[j].depth < span.depth) return moveTo(j);
        return;
      }
      case 'Enter':
      case ' ':
        handled();
        return onSelect(span.id);
    }
  };

  const focusable = selectedId && indexOf.has(selectedId) ? selectedId : rows[0]?.id;
  return (
    <div className="grid span-tree" role="treegrid" aria-label="Span tree" aria-rowcount={rows.length}>
      <GridHead table={table} columns={GRID} />
      <div ref={scroller} className="grid-body" role="rowgroup" onKeyDown={onKeyDown}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const row = tableRows[v.index];
            const s = row.original;
            const classes = ['grid-row', 'clickable'];
            if (matches.has(s.id)) classes.push('match');
            return (
              <div
                key={row.id}
                role="row"
                tabIndex={row.id === focusable ? 0 : -1}
                aria-level={s.depth + 1}
                aria-rowindex={v.index + 1}
                aria-selected={row.id === selectedId}
                aria-expanded={parents.has(s.id) ? !collapsed.has(s.id) : undefined}
                data-span-id={row.id}
                className={classes.join(' ')}
                style={{ gridTemplateColumns: GRID, position: 'absolute', top: 0, transform: `translateY(${v.start}px)`, height: ROW_HEIGHT, width: '100%' }}
                onClick={() => {
                  cursor.current = row.id;
                  onSelect(row.id);
                }}
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

/** The text with the query's words marked. */
function Highlight({ text, query }: { text: string; query: string }) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return text;
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  const parts = text.split(pattern);
  return parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : p));
}
