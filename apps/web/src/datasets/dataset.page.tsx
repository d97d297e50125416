import { type ChangeEvent, type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { readApiKey } from '../auth/api-key.storage';
import { canManage, useViewer } from '../auth/viewer.context';
import { DatasetExperimentsSection } from '../experiments/dataset-experiments';
import { graphql } from '../gql';
import type { ExampleFormat } from '../gql/graphql';
import { ConfirmButton, Modal } from '../ui/dialog';
import { formatTime } from '../ui/format';
import './datasets.css';

const DatasetQuery = graphql(`
  query WebDataset($id: ID!, $v: Int, $s: [String!]) {
    dataset(id: $id) {
      id
      name
      description
      version
      exampleCount
      splits
      versions {
        version
        description
        tags
        createdAt
        exampleCount
      }
      examples(version: $v, splits: $s, first: 200) {
        totalCount
        edges {
          node {
            id
            inputs
            outputs
            metadata
            splits
            revision
            sourceTraceId
            sourceSpanId
            createdAt
          }
        }
      }
    }
  }
`);

const AddExamples = graphql(`
  mutation WebAddExamples($d: ID!, $e: [ExampleInput!]!) {
    addExamples(datasetId: $d, examples: $e) {
      version
      errors {
        message
      }
    }
  }
`);

const UpdateExample = graphql(`
  mutation WebUpdateExample($id: ID!, $p: ExamplePatchInput!) {
    updateExample(id: $id, patch: $p) {
      id
      revision
    }
  }
`);

const DeleteExamples = graphql(`
  mutation WebDeleteExamples($ids: [ID!]!) {
    deleteExamples(ids: $ids) {
      deletedIds
    }
  }
`);

const ImportExamples = graphql(`
  mutation WebImportExamples($d: ID!, $f: ExampleFormat!, $c: String!) {
    importExamples(datasetId: $d, format: $f, content: $c) {
      version
      imported
      errors {
        line
        message
      }
    }
  }
`);

type Example = { id: string; inputs: unknown; outputs?: unknown; metadata: unknown; splits: string[] };

const pretty = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 2));

/** Reads a JSON object typed into a form, or says what is wrong with it. */
function parseObject(text: string, what: string, optional: boolean): { value?: Record<string, unknown> | null; error?: string } {
  if (!text.trim()) return optional ? { value: null } : { error: `${what} are required` };
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return { error: `${what} must be a JSON object` };
    return { value: v as Record<string, unknown> };
  } catch {
    return { error: `${what} are not valid JSON` };
  }
}

/** A dataset: its examples at a version and split, with adding, editing, deleting, import and export. */
export function DatasetPage() {
  const { projectId, datasetId } = useParams() as { projectId: string; datasetId: string };
  const [version, setVersion] = useState<number | null>(null);
  const [split, setSplit] = useState('');
  const [{ data, error }, refetch] = useQuery({ query: DatasetQuery, variables: { id: datasetId, v: version, s: split ? [split] : null } });
  const writable = canManage(useViewer());
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <p role="alert">Could not load the dataset: {error.graphQLErrors[0]?.message ?? error.message}</p>;
  if (!data) return <p aria-busy="true">Loading dataset…</p>;
  const d = data.dataset;
  const latest = version === null || version === d.version;
  return (
    <div className="datasets">
      <div className="toolbar">
        <h1>{d.name}</h1>
        <span className="muted">
          {d.exampleCount} examples · version {d.version}
        </span>
      </div>
      {d.description && <p>{d.description}</p>}
      <div className="row">
        <label>
          Version{' '}
          <select value={version ?? d.version} onChange={(e) => setVersion(Number(e.target.value))}>
            {d.versions.length === 0 && <option value={0}>0 (empty)</option>}
            {d.versions.map((v) => (
              <option key={v.version} value={v.version}>
                {v.version}
                {v.tags.length ? ` [${v.tags.join(', ')}]` : ''} — {v.description ?? ''} ({formatTime(v.createdAt)})
              </option>
            ))}
          </select>
        </label>
        <label>
          Split{' '}
          <select value={split} onChange={(e) => setSplit(e.target.value)}>
            <option value="">All</option>
            {d.splits.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <ExportButton datasetId={d.id} version={version ?? d.version} format="jsonl" />
        <ExportButton datasetId={d.id} version={version ?? d.version} format="csv" />
        {writable && latest && <ImportControl datasetId={d.id} onDone={reload} />}
        {writable && latest && <ExampleDialog datasetId={d.id} onDone={reload} />}
      </div>
      {d.examples.totalCount > d.examples.edges.length && (
        <p className="muted">
          Showing the first {d.examples.edges.length} of {d.examples.totalCount} examples; export the dataset for all of them.
        </p>
      )}
      {!latest && <p className="muted">An older version: examples are read-only here. Choose the latest version to change them.</p>}
      {d.examples.edges.length === 0 ? (
        <p className="empty">No example at this version{split ? ` in split ${split}` : ''}.</p>
      ) : (
        <table className="datasets-table" aria-label="Examples">
          <thead>
            <tr>
              <th scope="col">Inputs</th>
              <th scope="col">Reference outputs</th>
              <th scope="col">Metadata</th>
              <th scope="col">Splits</th>
              <th scope="col">Source</th>
              <th scope="col">Revision</th>
              {writable && latest && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {d.examples.edges.map(({ node: e }, i) => (
              <tr key={e.id}>
                <td>
                  <pre>{pretty(e.inputs)}</pre>
                </td>
                <td>
                  <pre>{pretty(e.outputs)}</pre>
                </td>
                <td>
                  <pre>{Object.keys(e.metadata as object).length ? pretty(e.metadata) : ''}</pre>
                </td>
                <td>{e.splits.join(', ')}</td>
                <td>
                  {e.sourceTraceId && <Link to={`/projects/${projectId}/traces/${e.sourceTraceId}`}>{e.sourceSpanId ? 'Source span' : 'Source trace'}</Link>}
                </td>
                <td>{e.revision}</td>
                {writable && latest && (
                  <td className="actions">
                    <ExampleDialog datasetId={d.id} example={e} index={i + 1} onDone={reload} />
                    <DeleteExample id={e.id} index={i + 1} onDone={reload} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DatasetExperimentsSection projectId={projectId} datasetId={d.id} datasetVersion={d.version} writable={writable} />
    </div>
  );
}

/** Adds an example, or edits one: each save is a new dataset version. */
function ExampleDialog({ datasetId, example, index, onDone }: { datasetId: string; example?: Example; index?: number; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [inputs, setInputs] = useState('');
  const [outputs, setOutputs] = useState('');
  const [metadata, setMetadata] = useState('');
  const [splits, setSplits] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [added, add] = useMutation(AddExamples);
  const [updated, update] = useMutation(UpdateExample);
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setInputs(example ? pretty(example.inputs) : '{\n  \n}');
      setOutputs(example ? pretty(example.outputs) : '');
      setMetadata(example && Object.keys(example.metadata as object).length ? pretty(example.metadata) : '');
      setSplits(example?.splits.join(', ') ?? '');
      setProblem(null);
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const i = parseObject(inputs, 'Inputs', false);
    const o = parseObject(outputs, 'Outputs', true);
    const m = parseObject(metadata, 'Metadata', true);
    const bad = i.error ?? o.error ?? m.error;
    if (bad) return setProblem(bad);
    const s = splits
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (example) {
      const r = await update({ id: example.id, p: { inputs: i.value, outputs: o.value, metadata: m.value ?? {}, splits: s } });
      if (r.error) return setProblem(r.error.graphQLErrors[0]?.message ?? r.error.message);
    } else {
      const r = await add({ d: datasetId, e: [{ inputs: i.value, outputs: o.value, metadata: m.value, splits: s }] });
      if (r.error) return setProblem(r.error.graphQLErrors[0]?.message ?? r.error.message);
      if (r.data?.addExamples.errors.length) return setProblem(r.data.addExamples.errors[0].message);
    }
    setOpen(false);
    onDone();
  };
  return (
    <>
      <button
        type="button"
        className={example ? undefined : 'primary'}
        aria-label={example ? `Edit example ${index}` : undefined}
        onClick={() => onOpenChange(true)}
      >
        {example ? 'Edit' : 'Add example'}
      </button>
      <Modal open={open} onOpenChange={onOpenChange} title={example ? 'Edit the example' : 'Add an example'} description="Saving makes a new dataset version.">
        <form className="dataset-form" onSubmit={(e) => void submit(e)}>
          <label>
            Inputs (JSON) <textarea value={inputs} onChange={(e) => setInputs(e.target.value)} rows={5} />
          </label>
          <label>
            Reference outputs (JSON) <textarea value={outputs} onChange={(e) => setOutputs(e.target.value)} rows={4} />
          </label>
          <label>
            Metadata (JSON) <textarea value={metadata} onChange={(e) => setMetadata(e.target.value)} rows={2} />
          </label>
          <label>
            Splits (comma-separated) <input value={splits} onChange={(e) => setSplits(e.target.value)} />
          </label>
          {problem && <p role="alert">{problem}</p>}
          <div className="dialog-actions">
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={added.fetching || updated.fetching}>
              Save
            </button>
          </div>
        </form>
      </Modal>
    </>
  );
}

function DeleteExample({ id, index, onDone }: { id: string; index: number; onDone: () => void }) {
  const [, remove] = useMutation(DeleteExamples);
  return (
    <ConfirmButton
      label="Delete"
      buttonLabel={`Delete example ${index}`}
      title="Delete this example?"
      description="It leaves the dataset in a new version; older versions keep it."
      confirm="Delete example"
      onConfirm={() => void remove({ ids: [id] }).then(onDone)}
    />
  );
}

/** Imports a JSONL or CSV file (by its extension) as one new version, and reports the lines it skipped. */
function ImportControl({ datasetId, onDone }: { datasetId: string; onDone: () => void }) {
  const [result, setResult] = useState<string | null>(null);
  const [, importExamples] = useMutation(ImportExamples);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const format: ExampleFormat = file.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'JSONL';
    const r = await importExamples({ d: datasetId, f: format, c: await file.text() });
    if (r.error) return setResult(r.error.graphQLErrors[0]?.message ?? r.error.message);
    const x = r.data!.importExamples;
    setResult(`Imported ${x.imported}${x.errors.length ? `; skipped ${x.errors.map((er) => `line ${er.line} (${er.message})`).join(', ')}` : ''}`);
    onDone();
  };
  return (
    <>
      <label>
        Import JSONL or CSV <input type="file" accept=".jsonl,.json,.csv,text/csv" onChange={(e) => void onFile(e)} />
      </label>
      {result && (
        <span className="dataset-result" role="status">
          {result}
        </span>
      )}
    </>
  );
}

/** Downloads an export: the route needs the key in a header, so it is fetched and saved rather than linked. */
function ExportButton({ datasetId, version, format }: { datasetId: string; version: number; format: 'jsonl' | 'csv' }) {
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    const res = await fetch(`/api/datasets/${datasetId}/export?format=${format}&version=${version}`, { headers: { 'x-api-key': readApiKey() ?? '' } });
    if (!res.ok) return setProblem(`Export failed (${res.status})`);
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `dataset.${format}`;
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <button type="button" onClick={() => void download()}>
        Export {format.toUpperCase()}
      </button>
      {problem && <span role="alert">{problem}</span>}
    </>
  );
}
