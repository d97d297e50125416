import { flexRender, type Table } from '@tanstack/react-table';

/** The header row of a TanStack table laid out as a CSS grid with `columns` as its template (the trace list and the span tree). */
export function GridHead<T>({ table, columns }: { table: Table<T>; columns: string }) {
  return table.getHeaderGroups().map((hg) => (
    <div key={hg.id} role="row" className="grid-row grid-head" style={{ gridTemplateColumns: columns }}>
      {hg.headers.map((h) => (
        <div key={h.id} role="columnheader">
          {flexRender(h.column.columnDef.header, h.getContext())}
        </div>
      ))}
    </div>
  ));
}
