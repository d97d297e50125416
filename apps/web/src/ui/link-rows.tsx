import { flexRender, type Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';

const ROW_HEIGHT = 36;

/**
 * The body of a paged list whose rows open a page: only the rows in view are in the DOM (TanStack
 * Virtual), click or Enter opens a row, j/k and the arrows move between rows, and `onNearEnd` runs
 * once the last rows come into view (infinite scroll).
 */
export function LinkRows<T>(props: {
  rows: Row<T>[];
  /** The grid's column template, the same as its header's. */
  grid: string;
  onOpen: (id: string) => void;
  onNearEnd: () => void;
  /** aria-rowindex of the first row, less one: the header rows above it. */
  ariaRowOffset: number;
  /** A data attribute naming each row's id, for links and tests (e.g. "data-session-id"). */
  idAttribute?: `data-${string}`;
  /** Shown under the rows (e.g. "No traces match"), or null. */
  empty: ReactNode;
}) {
  const { rows, grid, onOpen, onNearEnd, ariaRowOffset, idAttribute, empty } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastIndex >= rows.length - 10) onNearEnd();
  }, [lastIndex, rows.length, onNearEnd]);

  // Rows outside the virtual window are not in the DOM: scroll the row in, then focus it.
  const focusRow = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    const rowAt = () => scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    virtualizer.scrollToIndex(index);
    const now = rowAt();
    if (now) now.focus();
    else requestAnimationFrame(() => rowAt()?.focus());
  };

  return (
    <div ref={scroller} className="grid-body" role="rowgroup">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((v) => {
          const row = rows[v.index];
          return (
            <div
              key={row.id}
              role="row"
              tabIndex={0}
              aria-rowindex={v.index + 1 + ariaRowOffset}
              className="grid-row clickable"
              style={{ gridTemplateColumns: grid, position: 'absolute', top: 0, transform: `translateY(${v.start}px)`, height: ROW_HEIGHT, width: '100%' }}
              onClick={() => onOpen(row.id)}
              data-index={v.index}
              {...(idAttribute ? { [idAttribute]: row.id } : {})}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onOpen(row.id);
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
      {empty}
    </div>
  );
}
