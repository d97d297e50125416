import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';

const UpdateProject = graphql(`
  mutation WebUpdateProject($id: ID!, $input: UpdateProjectInput!) {
    updateProject(id: $id, input: $input) {
      id
      name
      description
      tags
    }
  }
`);

/** Tags as typed in one field: comma-separated, trimmed, without blanks or repeats. */
const parseTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()))].filter(Boolean);

/** The project's name, description and tags, edited in place by an admin key. */
export function ProjectDetailsSection({
  project,
  manage,
  onSaved,
}: {
  project: { id: string; name: string; description: string | null; tags: string[] };
  manage: boolean;
  onSaved: () => void;
}) {
  const [name, setName] = useState(project.name);
  const [description, setDescription] = useState(project.description ?? '');
  const [tags, setTags] = useState(project.tags.join(', '));
  const [{ fetching, error }, update] = useMutation(UpdateProject);
  const [saved, setSaved] = useState(false);
  const changed = name.trim() !== project.name || description.trim() !== (project.description ?? '') || parseTags(tags).join(',') !== project.tags.join(',');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const r = await update({ id: project.id, input: { name: name.trim(), description: description.trim(), tags: parseTags(tags) } });
    if (!r.error) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <section className="settings-section" aria-labelledby="settings-project">
      <h2 id="settings-project">Project</h2>
      {manage ? (
        <form className="settings-form" onSubmit={(e) => void save(e)}>
          <label>
            Name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
          </label>
          <label>
            Description <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} />
          </label>
          <label>
            Tags <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="comma, separated" />
          </label>
          <div className="row">
            <button type="submit" className="primary" disabled={fetching || !changed || !name.trim()}>
              Save project
            </button>
            <span role="status" className="muted">
              {saved && !changed ? 'Saved' : ''}
            </span>
          </div>
          {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
        </form>
      ) : (
        <dl className="facts">
          <dt>Name</dt>
          <dd>{project.name}</dd>
          <dt>Description</dt>
          <dd>{project.description || <span className="muted">none</span>}</dd>
          <dt>Tags</dt>
          <dd>{project.tags.length ? project.tags.join(', ') : <span className="muted">none</span>}</dd>
          <dt>Project id</dt>
          <dd>
            <code>{project.id}</code>
          </dd>
        </dl>
      )}
    </section>
  );
}
