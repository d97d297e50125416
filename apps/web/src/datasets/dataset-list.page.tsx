import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { canManage, useViewer } from '../auth/viewer.context';
import { graphql } from '../gql';
import { Modal } from '../ui/dialog';
import { formatTime } from '../ui/format';
import './datasets.css';

const Datasets = graphql(`
  query WebDatasets($p: ID!, $q: String) {
    datasets(projectId: $p, search: $q, first: 100) {
      edges {
        node {
          id
          name
          description
          dataType
          version
          exampleCount
          updatedAt
        }
      }
    }
  }
`);

export const CreateDataset = graphql(`
  mutation WebCreateDataset($input: CreateDatasetInput!) {
    createDataset(input: $input) {
      id
      name
    }
  }
`);

/** A project's datasets, newest first, with a search and a dialog to create one. */
export function DatasetListPage() {
  const { projectId } = useParams() as { projectId: string };
  const [search, setSearch] = useState('');
  const [{ data, error }] = useQuery({ query: Datasets, variables: { p: projectId, q: search || null } });
  // A read key only reads; the UI shows an ingest key nothing, so writing here is an admin key's.
  const writable = canManage(useViewer());
  return (
    <div className="datasets">
      <div className="toolbar">
        <h1>Datasets</h1>
        <input type="search" aria-label="Search datasets" placeholder="Search by name" value={search} onChange={(e) => setSearch(e.target.value)} />
        {writable && <CreateDatasetDialog projectId={projectId} />}
      </div>
      {error && <p role="alert">Could not load the datasets: {error.message}</p>}
      {!data ? (
        !error && <p aria-busy="true">Loading datasets…</p>
      ) : data.datasets.edges.length === 0 ? (
        <p className="empty">No dataset yet. Create one, or add a trace to a dataset from the trace view.</p>
      ) : (
        <table className="datasets-table" aria-label="Datasets">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Examples</th>
              <th scope="col">Version</th>
              <th scope="col">Type</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {data.datasets.edges.map(({ node: d }) => (
              <tr key={d.id}>
                <td>
                  <Link to={`/projects/${projectId}/datasets/${d.id}`}>{d.name}</Link>
                  {d.description && <div className="muted">{d.description}</div>}
                </td>
                <td>{d.exampleCount}</td>
                <td>{d.version}</td>
                <td>{d.dataType}</td>
                <td>{formatTime(d.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function CreateDatasetDialog({ projectId }: { projectId: string }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [{ fetching, error }, create] = useMutation(CreateDataset);
  const navigate = useNavigate();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({ input: { projectId, name: name.trim(), description: description.trim() || null } });
    if (r.data) navigate(`/projects/${projectId}/datasets/${r.data.createDataset.id}`);
  };
  return (
    <>
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        Create dataset
      </button>
      <Modal open={open} onOpenChange={setOpen} title="Create a dataset">
        <form className="dataset-form" onSubmit={(e) => void submit(e)}>
          <label>
            Name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoFocus />
          </label>
          <label>
            Description <input value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
          {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
          <div className="dialog-actions">
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={fetching || !name.trim()}>
              Create
            </button>
          </div>
        </form>
      </Modal>
    </>
  );
}
