import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { Modal } from '../ui/dialog';
import { CreateDataset } from './dataset-list.page';
import './datasets.css';

const DatasetChoices = graphql(`
  query WebDatasetChoices($p: ID!) {
    datasets(projectId: $p, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const AddFromTraces = graphql(`
  mutation WebAddFromTraces($d: ID!, $items: [TraceItemInput!]!) {
    addExamplesFromTraces(datasetId: $d, items: $items) {
      version
      errors {
        message
      }
    }
  }
`);

/** Chooses an existing dataset or names a new one, then adds the trace (or span) to it as an example. */
export function AddToDatasetDialog({ projectId, traceId, spanId, onClose }: { projectId: string; traceId: string; spanId?: string; onClose: () => void }) {
  const [{ data }] = useQuery({ query: DatasetChoices, variables: { p: projectId } });
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; name: string; version: number } | null>(null);
  const [created, create] = useMutation(CreateDataset);
  const [added, add] = useMutation(AddFromTraces);
  const choices = data?.datasets.edges.map((e) => e.node) ?? [];
  const existing = mode === 'existing' && choices.length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    let target = choices.find((c) => c.id === (chosen || choices[0]?.id));
    if (!existing) {
      const r = await create({ input: { projectId, name: name.trim() } });
      if (r.error || !r.data) return setProblem(r.error?.graphQLErrors[0]?.message ?? r.error?.message ?? 'Could not create the dataset');
      target = r.data.createDataset;
    }
    if (!target) return setProblem('Choose a dataset');
    const r = await add({ d: target.id, items: [{ traceId, spanId: spanId ?? null }] });
    if (r.error || !r.data) return setProblem(r.error?.graphQLErrors[0]?.message ?? r.error?.message ?? 'Could not add the example');
    const res = r.data.addExamplesFromTraces;
    if (res.version === null) return setProblem(res.errors[0]?.message ?? 'Nothing was added');
    setDone({ id: target.id, name: target.name, version: res.version });
  };

  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={spanId ? 'Add the span to a dataset' : 'Add the trace to a dataset'}
      description={spanId ? "The span's inputs and outputs become an example." : "The trace's inputs and outputs become an example."}
    >
      {done ? (
        <div className="dataset-form">
          <p role="status">
            Added to <Link to={`/projects/${projectId}/datasets/${done.id}`}>{done.name}</Link> as version {done.version}.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form className="dataset-form" onSubmit={(e) => void submit(e)}>
          {choices.length > 0 && (
            <div className="choice" role="radiogroup" aria-label="Add to">
              <label className="inline">
                <input type="radio" name="mode" checked={mode === 'existing'} onChange={() => setMode('existing')} /> An existing dataset
              </label>
              <label className="inline">
                <input type="radio" name="mode" checked={mode === 'new'} onChange={() => setMode('new')} /> A new dataset
              </label>
            </div>
          )}
          {existing ? (
            <label>
              Dataset{' '}
              <select aria-label="Dataset" value={chosen || choices[0]?.id} onChange={(e) => setChosen(e.target.value)}>
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <label>
              New dataset name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoFocus />
            </label>
          )}
          {problem && <p role="alert">{problem}</p>}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={created.fetching || added.fetching || (!existing && !name.trim())}>
              Add
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
