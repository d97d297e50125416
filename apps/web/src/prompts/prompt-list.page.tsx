import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { canManage, useViewer } from '../auth/viewer.context';
import { graphql } from '../gql';
import { formatTime } from '../ui/format';
import './prompts.css';

const Prompts = graphql(`
  query WebPrompts($projectId: ID!, $search: String) {
    prompts(projectId: $projectId, search: $search, first: 200) {
      totalCount
      edges {
        node {
          id
          name
          description
          tags
          latestVersion
          updatedAt
          labels {
            label
            version
          }
        }
      }
    }
  }
`);

const CreatePrompt = graphql(`
  mutation WebCreatePrompt($input: CreatePromptInput!) {
    createPrompt(input: $input) {
      id
    }
  }
`);

/** A project's prompts with their latest version and labels, and a form to create one. */
export function PromptListPage() {
  const { projectId } = useParams() as { projectId: string };
  const viewer = useViewer();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [{ data, error }] = useQuery({ query: Prompts, variables: { projectId, search: search || null } });
  const [created, create] = useMutation(CreatePrompt);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({ input: { projectId, name, description: description || null } });
    if (r.data) navigate(`/projects/${projectId}/prompts/${r.data.createPrompt.id}`);
  };

  return (
    <section className="prompts">
      <h1>Prompts</h1>
      <label>
        Search <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="Search prompts" />
      </label>
      {error && <p role="alert">Could not load the prompts: {error.message}</p>}
      {!data && !error && <p aria-busy="true">Loading prompts…</p>}
      {data && data.prompts.edges.length === 0 && <p className="muted">No prompt yet.</p>}
      {data && data.prompts.edges.length > 0 && (
        <table className="prompts-table" aria-label="Prompts">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Latest version</th>
              <th scope="col">Labels</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {data.prompts.edges.map(({ node: p }) => (
              <tr key={p.id}>
                <td>
                  <Link to={p.id}>{p.name}</Link>
                  {p.description && <div className="muted">{p.description}</div>}
                </td>
                <td>{p.latestVersion ? `v${p.latestVersion}` : <span className="muted">none</span>}</td>
                <td>
                  {p.labels.map((l) => (
                    <span key={l.label} className="label-chip">
                      {l.label}: v{l.version}
                    </span>
                  ))}
                </td>
                <td>{formatTime(p.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage(viewer) && (
        <form className="prompt-form" onSubmit={submit} aria-label="Create prompt">
          <h2>New prompt</h2>
          <label>
            Name
            <input required value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            Description
            <input value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
          {created.error && <p role="alert">{created.error.graphQLErrors[0]?.message ?? created.error.message}</p>}
          <div className="row">
            <button type="submit" className="primary" disabled={created.fetching}>
              Create prompt
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
