import { lazy, Suspense, useState } from 'react';

// The dialog (its queries and forms) loads on first use: the trace view's bundle carries only this button.
const AddToDatasetDialog = lazy(() => import('./add-to-dataset.dialog').then((m) => ({ default: m.AddToDatasetDialog })));

/** "Add to dataset" for a trace (its root inputs and outputs) or one of its spans. */
export function AddToDataset({ projectId, traceId, spanId, label }: { projectId: string; traceId: string; spanId?: string; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="add-to-dataset" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <AddToDatasetDialog projectId={projectId} traceId={traceId} spanId={spanId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
