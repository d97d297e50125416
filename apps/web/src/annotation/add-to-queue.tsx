import { lazy, Suspense, useState } from 'react';
import type { TraceFilter } from '../gql/graphql';

// The dialog (its queries) loads on first use: the trace view and list carry only this button.
const AddToQueueDialog = lazy(() => import('./add-to-queue.dialog').then((m) => ({ default: m.AddToQueueDialog })));

/** What goes into the queue: one trace (or span), or every trace a list filter matches. */
export type QueueTarget = { traceId: string; spanId?: string } | { filter: TraceFilter };

/** "Add to queue" for a trace or the traces a filter matches; for keys that may ingest. */
export function AddToQueue({ projectId, target, label }: { projectId: string; target: QueueTarget; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="add-to-queue" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <AddToQueueDialog projectId={projectId} target={target} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
