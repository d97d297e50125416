import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useViewer } from '../auth/viewer.context';
import { graphql } from '../gql';
import { formatCost, formatTime, formatTokens } from '../ui/format';
import './projects.css';

const Projects = graphql(`
  query WebProjects {
    projects(first: 200) {
      totalCount
      edges {
        node {
          id
          name
          description
          totals {
            traceCount
            totalTokens
            totalCost
            lastTraceTime
          }
        }
      }
    }
  }
`);

const CreateProject = graphql(`
  mutation WebCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`);

export function ProjectsPage() {
  const viewer = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: Projects });
  if (error) return <p role="alert">Could not load the projects: {error.message}</p>;
  if (fetching || !data) return <p aria-busy="true">Loading projects…</p>;
  const projects = data.projects.edges.map((e) => e.node);
  return (
    <section className="projects">
      <h1>Projects</h1>
      {projects.length === 0 ? (
        <p>{viewer.bootstrapAdmin ? 'No project yet: create one below.' : 'No project yet: create one with the API (see the README’s tour).'}</p>
      ) : (
        <table className="projects-table" aria-label="Projects">
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Traces</th>
              <th scope="col">Tokens</th>
              <th scope="col">Cost</th>
              <th scope="col">Last trace</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/projects/${p.id}/traces`}>{p.name}</Link>
                  {p.description && <span className="muted"> — {p.description}</span>}
                </td>
                <td>{p.totals.traceCount.toLocaleString('en-US')}</td>
                <td>{formatTokens(p.totals.totalTokens)}</td>
                <td>{formatCost(p.totals.totalCost)}</td>
                <td>{p.totals.lastTraceTime ? formatTime(p.totals.lastTraceTime) : <span className="muted">none</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {viewer.bootstrapAdmin && <CreateProjectForm />}
    </section>
  );
}

/** Only the bootstrap admin key creates projects; the new project opens on its (empty) trace list. */
function CreateProjectForm() {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [{ fetching, error }, create] = useMutation(CreateProject);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({ input: { name: name.trim(), description: description.trim() || null } });
    if (r.data) navigate(`/projects/${r.data.createProject.id}/traces`);
  };
  return (
    <form className="create-project" onSubmit={(e) => void submit(e)} aria-labelledby="create-project">
      <h2 id="create-project">Create a project</h2>
      <label>
        Project name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Description <input value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <button type="submit" disabled={fetching || !name.trim()}>
        Create project
      </button>
      {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
    </form>
  );
}
