import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { Modal } from '../ui/dialog';
import type { QueueTarget } from './add-to-queue';
import './add-to-queue.css';

const QueueChoices = graphql(`
  query WebQueueChoices($p: ID!) {
    annotationQueues(projectId: $p) {
      id
      name
    }
  }
`);

const AddItems = graphql(`
  mutation WebAddToQueue($q: ID!, $items: [AnnotationTargetInput!]!) {
    addToAnnotationQueue(queueId: $q, items: $items) {
      added
      alreadyQueued
      rejected {
        message
      }
    }
  }
`);

const AddMatching = graphql(`
  mutation WebAddMatchingToQueue($q: ID!, $filter: TraceFilter, $limit: Int) {
    addTracesToAnnotationQueue(queueId: $q, filter: $filter, limit: $limit) {
      added
      alreadyQueued
      rejected {
        message
      }
    }
  }
`);

/** The most traces one "Add to queue…" from the list adds (the API's limit): the newest ones. */
const LIST_LIMIT = 10_000;

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

/** Chooses one of the project's annotation queues and adds the trace (or span, or the matching traces) to it. */
export function AddToQueueDialog({ projectId, target, onClose }: { projectId: string; target: QueueTarget; onClose: () => void }) {
  const [{ data, error }] = useQuery({ query: QueueChoices, variables: { p: projectId } });
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; name: string; added: number; alreadyQueued: number; rejected: number } | null>(null);
  const [one, addOne] = useMutation(AddItems);
  const [many, addMany] = useMutation(AddMatching);
  const choices = data?.annotationQueues ?? [];
  const bulk = 'filter' in target;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const queue = choices.find((c) => c.id === (chosen || choices[0]?.id));
    if (!queue) return setProblem('Choose a queue');
    const r =
      'filter' in target
        ? await addMany({ q: queue.id, filter: target.filter, limit: LIST_LIMIT }).then((x) => ({ error: x.error, res: x.data?.addTracesToAnnotationQueue }))
        : await addOne({ q: queue.id, items: [{ traceId: target.traceId, spanId: target.spanId ?? null }] }).then((x) => ({
            error: x.error,
            res: x.data?.addToAnnotationQueue,
          }));
    if (r.error || !r.res) return setProblem(r.error?.graphQLErrors[0]?.message ?? r.error?.message ?? 'Could not add to the queue');
    if (!bulk && r.res.added === 0 && r.res.alreadyQueued === 0) return setProblem(r.res.rejected[0]?.message ?? 'Nothing was added');
    setDone({ id: queue.id, name: queue.name, added: r.res.added, alreadyQueued: r.res.alreadyQueued, rejected: r.res.rejected.length });
  };

  const what = bulk ? 'the matching traces' : 'spanId' in target && target.spanId ? 'the span' : 'the trace';
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={`Add ${what} to an annotation queue`}
      description={
        bulk ? `Every trace the list's filters match, the newest ${LIST_LIMIT.toLocaleString('en-US')} at most.` : 'Annotators then score it in the queue.'
      }
    >
      {done ? (
        <div className="queue-form">
          <p role="status">
            {bulk
              ? `${plural(done.added, 'trace')} added, ${done.alreadyQueued.toLocaleString('en-US')} already queued`
              : done.added
                ? 'Added'
                : 'Already queued'}
            {done.rejected > 0 && `, ${done.rejected.toLocaleString('en-US')} rejected`} in{' '}
            <Link to={`/projects/${projectId}/annotation/${done.id}`}>{done.name}</Link>.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form className="queue-form" onSubmit={(e) => void submit(e)}>
          {error && <p role="alert">{error.message}</p>}
          {!data ? (
            !error && <p className="muted">Loading queues…</p>
          ) : choices.length === 0 ? (
            <p className="muted">
              No annotation queue yet: create one on the <Link to={`/projects/${projectId}/annotation`}>Annotation</Link> page.
            </p>
          ) : (
            <label>
              Queue{' '}
              <select aria-label="Queue" value={chosen || choices[0]?.id || ''} onChange={(e) => setChosen(e.target.value)}>
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {problem && <p role="alert">{problem}</p>}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={one.fetching || many.fetching || choices.length === 0}>
              Add
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
