import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { canManage, useViewer } from '../auth/viewer.context';
import { graphql } from '../gql';
import type { RubricItemInput, RubricKind } from '../gql/graphql';
import './annotation.css';

const Queues = graphql(`
  query WebAnnotationQueues($p: ID!) {
    annotationQueues(projectId: $p) {
      id
      name
      description
      progress {
        total
        done
        pending
      }
    }
  }
`);

const CreateQueue = graphql(`
  mutation WebCreateAnnotationQueue($input: CreateAnnotationQueueInput!) {
    createAnnotationQueue(input: $input) {
      id
      name
    }
  }
`);

const Queue = graphql(`
  query WebAnnotationQueue($id: ID!) {
    annotationQueue(id: $id) {
      id
      name
      instructions
      rubric {
        key
        description
        kind
        min
        max
        values
        required
      }
      progress {
        total
        pending
        claimed
        done
        skippedByMe
      }
      annotators {
        name
        done
      }
    }
  }
`);

const NextItem = graphql(`
  mutation WebNextAnnotationItem($q: ID!) {
    nextAnnotationItem(queueId: $q) {
      id
      spanId
      trace {
        id
        name
        inputs
        outputs
      }
    }
  }
`);

const Submit = graphql(`
  mutation WebSubmitAnnotation($id: ID!, $scores: [AnnotationScoreInput!]!) {
    submitAnnotation(itemId: $id, scores: $scores) {
      id
      status
    }
  }
`);

const Skip = graphql(`
  mutation WebSkipAnnotationItem($id: ID!) {
    skipAnnotationItem(itemId: $id) {
      id
    }
  }
`);

/** A project's annotation queues with their progress, and a form to create one (admin keys). */
export function AnnotationPage() {
  const { projectId } = useParams() as { projectId: string };
  const viewer = useViewer();
  const [{ data, error }, refetch] = useQuery({ query: Queues, variables: { p: projectId } });
  return (
    <div className="annotation">
      <h1>Annotation</h1>
      {error && <p role="alert">{error.message}</p>}
      <section className="annotation-section" aria-label="Queues">
        <h2>Queues</h2>
        {data && data.annotationQueues.length === 0 && <p className="muted">No annotation queue yet.</p>}
        {data && data.annotationQueues.length > 0 && (
          <table className="annotation-table" aria-label="Annotation queues">
            <thead>
              <tr>
                <th scope="col">Queue</th>
                <th scope="col">Progress</th>
                <th scope="col">Done</th>
              </tr>
            </thead>
            <tbody>
              {data.annotationQueues.map((q) => (
                <tr key={q.id}>
                  <th scope="row">
                    <Link to={q.id}>{q.name}</Link>
                  </th>
                  <td>
                    <progress className="progress" max={q.progress.total || 1} value={q.progress.done} aria-label={`${q.name} progress`} />
                  </td>
                  <td>
                    {q.progress.done} of {q.progress.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {canManage(viewer) && <CreateQueueForm projectId={projectId} onCreated={() => refetch({ requestPolicy: 'network-only' })} />}
    </div>
  );
}

type RubricDraft = { key: string; kind: RubricKind; min: string; max: string; values: string; required: boolean };
const emptyItem = (): RubricDraft => ({ key: '', kind: 'NUMERIC' as RubricKind, min: '1', max: '5', values: '', required: true });

/** The rubric as the API takes it, from the editor's text fields. */
function toRubric(items: RubricDraft[]): RubricItemInput[] {
  return items.map((it) => ({
    key: it.key.trim(),
    kind: it.kind,
    required: it.required,
    ...(it.kind === 'NUMERIC' ? { min: Number(it.min), max: Number(it.max) } : {}),
    ...(it.kind === 'CATEGORICAL'
      ? {
          values: it.values
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean),
        }
      : {}),
  }));
}

/** A new queue: name, instructions and a rubric of one or more keys. */
function CreateQueueForm({ projectId, onCreated }: { projectId: string; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [instructions, setInstructions] = useState('');
  const [items, setItems] = useState<RubricDraft[]>([emptyItem()]);
  const [{ fetching, error }, create] = useMutation(CreateQueue);
  const set = (i: number, patch: Partial<RubricDraft>) => setItems((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({ input: { projectId, name: name.trim(), instructions: instructions.trim() || null, rubric: toRubric(items) } });
    if (r.data) {
      setName('');
      setInstructions('');
      setItems([emptyItem()]);
      onCreated();
    }
  };
  return (
    <section className="annotation-section" aria-label="New queue">
      <h2>New queue</h2>
      <form className="annotation-form" onSubmit={submit}>
        <label>
          Queue name
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          Instructions
          <textarea value={instructions} onChange={(e) => setInstructions(e.target.value)} rows={2} />
        </label>
        <fieldset>
          <legend>Rubric</legend>
          {items.map((it, i) => (
            <div className="rubric-row" key={i} role="group" aria-label={`Rubric item ${i + 1}`}>
              <label>
                Key
                <input value={it.key} onChange={(e) => set(i, { key: e.target.value })} required />
              </label>
              <label>
                Kind
                <select value={it.kind} onChange={(e) => set(i, { kind: e.target.value as RubricKind })}>
                  <option value="NUMERIC">Number</option>
                  <option value="CATEGORICAL">Categories</option>
                  <option value="BOOLEAN">Yes or no</option>
                </select>
              </label>
              {it.kind === 'NUMERIC' && (
                <>
                  <label>
                    Min
                    <input type="number" step="any" value={it.min} onChange={(e) => set(i, { min: e.target.value })} />
                  </label>
                  <label>
                    Max
                    <input type="number" step="any" value={it.max} onChange={(e) => set(i, { max: e.target.value })} />
                  </label>
                </>
              )}
              {it.kind === 'CATEGORICAL' && (
                <label>
                  Values (comma-separated)
                  <input value={it.values} onChange={(e) => set(i, { values: e.target.value })} />
                </label>
              )}
              <label className="inline">
                <input type="checkbox" checked={it.required} onChange={(e) => set(i, { required: e.target.checked })} /> Required
              </label>
              {items.length > 1 && (
                <button type="button" onClick={() => setItems((xs) => xs.filter((_, j) => j !== i))}>
                  Remove
                </button>
              )}
            </div>
          ))}
          <button type="button" onClick={() => setItems((xs) => [...xs, emptyItem()])}>
            Add rubric item
          </button>
        </fieldset>
        {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
        <button type="submit" disabled={fetching}>
          Create queue
        </button>
      </form>
    </section>
  );
}

type Item = NonNullable<NonNullable<ReturnType<typeof useNext>[0]['data']>['nextAnnotationItem']>;
const useNext = () => useMutation(NextItem);

/** One queue: its progress, and the work view (next item beside the rubric form, submit and skip). */
export function AnnotationQueuePage() {
  const { projectId, queueId } = useParams() as { projectId: string; queueId: string };
  const [{ data, error }, refetch] = useQuery({ query: Queue, variables: { id: queueId } });
  const [, next] = useNext();
  const [item, setItem] = useState<Item | null>(null);
  const [empty, setEmpty] = useState(false);
  const q = data?.annotationQueue;
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const take = async () => {
    const r = await next({ q: queueId });
    setItem(r.data?.nextAnnotationItem ?? null);
    setEmpty(Boolean(r.data) && !r.data!.nextAnnotationItem);
    refresh();
  };
  if (error) return <p role="alert">{error.message}</p>;
  if (!q) return <p aria-busy="true">Loading…</p>;
  return (
    <div className="annotation">
      <p>
        <Link to="..">All queues</Link>
      </p>
      <h1>{q.name}</h1>
      {q.instructions && <p>{q.instructions}</p>}
      <p>
        <progress className="progress" max={q.progress.total || 1} value={q.progress.done} aria-label="Queue progress" />{' '}
        <span aria-label="Progress counts">
          {q.progress.done} of {q.progress.total} done, {q.progress.claimed} in progress, {q.progress.skippedByMe} skipped by you
        </span>
      </p>
      {!item && (
        <p>
          <button type="button" onClick={take}>
            {q.progress.done > 0 ? 'Next item' : 'Start'}
          </button>
          {empty && <span role="status"> Nothing left for you in this queue.</span>}
        </p>
      )}
      {item && (
        <WorkItem
          key={item.id}
          item={item}
          rubric={q.rubric}
          projectId={projectId}
          onDone={async () => {
            setItem(null);
            await take();
          }}
        />
      )}
    </div>
  );
}

type RubricItem = {
  key: string;
  description: string | null;
  kind: RubricKind;
  min: number | null;
  max: number | null;
  values: string[] | null;
  required: boolean;
};

/** The item's trace (inputs and outputs) beside the rubric form; Submit scores it, Skip passes it on. */
function WorkItem({ item, rubric, projectId, onDone }: { item: Item; rubric: RubricItem[]; projectId: string; onDone: () => void }) {
  const [values, setValues] = useState<Record<string, { score: string; label: string; comment: string }>>({});
  const [{ fetching, error }, submit] = useMutation(Submit);
  const [, skip] = useMutation(Skip);
  const set = (key: string, patch: Partial<{ score: string; label: string; comment: string }>) =>
    setValues((v) => ({ ...v, [key]: { ...{ score: '', label: '', comment: '' }, ...v[key], ...patch } }));
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const scores = rubric
      .filter((r) => values[r.key] && (values[r.key].score !== '' || values[r.key].label !== ''))
      .map((r) => {
        const v = values[r.key];
        const comment = v.comment.trim() || null;
        if (r.kind === 'NUMERIC') return { key: r.key, score: Number(v.score), comment };
        if (r.kind === 'BOOLEAN') return { key: r.key, label: v.label, comment };
        return { key: r.key, label: v.label, comment };
      });
    const r = await submit({ id: item.id, scores });
    if (r.data) onDone();
  };
  return (
    <div className="work">
      <section aria-label="Item">
        <h2>
          {item.trace.name ?? item.trace.id}{' '}
          <Link to={`/projects/${projectId}/traces/${item.trace.id}${item.spanId ? `?span=${item.spanId}` : ''}`}>Open trace</Link>
        </h2>
        <h3>Inputs</h3>
        <pre aria-label="Inputs">{JSON.stringify(item.trace.inputs, null, 2)}</pre>
        <h3>Outputs</h3>
        <pre aria-label="Outputs">{JSON.stringify(item.trace.outputs, null, 2)}</pre>
      </section>
      <form className="scores" aria-label="Scores" onSubmit={send}>
        {rubric.map((r) => (
          <fieldset key={r.key}>
            <legend>
              {r.key}
              {r.required ? ' (required)' : ''}
            </legend>
            {r.description && <p className="muted">{r.description}</p>}
            {r.kind === 'NUMERIC' && (
              <label>
                {`${r.key} score (${r.min}–${r.max})`}
                <input
                  type="number"
                  step="any"
                  min={r.min ?? undefined}
                  max={r.max ?? undefined}
                  value={values[r.key]?.score ?? ''}
                  onChange={(e) => set(r.key, { score: e.target.value })}
                />
              </label>
            )}
            {r.kind === 'CATEGORICAL' && (
              <label>
                {`${r.key} value`}
                <select value={values[r.key]?.label ?? ''} onChange={(e) => set(r.key, { label: e.target.value })}>
                  <option value="">–</option>
                  {(r.values ?? []).map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {r.kind === 'BOOLEAN' && (
              <label>
                {`${r.key} yes or no`}
                <select value={values[r.key]?.label ?? ''} onChange={(e) => set(r.key, { label: e.target.value })}>
                  <option value="">–</option>
                  <option value="true">Yes</option>
                  <option value="false">No</option>
                </select>
              </label>
            )}
            <label>
              {`${r.key} comment`}
              <input value={values[r.key]?.comment ?? ''} onChange={(e) => set(r.key, { comment: e.target.value })} />
            </label>
          </fieldset>
        ))}
        {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
        <div className="actions">
          <button type="submit" disabled={fetching}>
            Submit
          </button>
          <button
            type="button"
            onClick={async () => {
              const r = await skip({ id: item.id });
              if (r.data) onDone();
            }}
          >
            Skip
          </button>
        </div>
      </form>
    </div>
  );
}
