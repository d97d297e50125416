import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const Projects = graphql(`
  query WebProjects {
    projects(first: 200) {
      totalCount
      edges {
        node {
          id
          name
          description
        }
      }
    }
  }
`);

export function ProjectsPage() {
  const [{ data, fetching, error }] = useQuery({ query: Projects });
  if (error) return <p role="alert">Could not load the projects: {error.message}</p>;
  if (fetching || !data) return <p aria-busy="true">Loading projects…</p>;
  return (
    <section>
      <h1>Projects</h1>
      {data.projects.edges.length === 0 ? (
        <p>No project yet: create one with the API (see the README's tour).</p>
      ) : (
        <ul className="project-list">
          {data.projects.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/projects/${node.id}/traces`}>{node.name}</Link>
              {node.description && <span className="muted"> — {node.description}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
