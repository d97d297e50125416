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
      metadata
    }
  }
`);

/** Tags as typed in one field: comma-separated, trimmed, without blanks or repeats. */
const parseTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()))].filter(Boolean);

/** Metadata as typed: the object, or why it is not one. */
function parseMetadata(text: string): Record<string, unknown> | string {
  try {
    const v = JSON.parse(text.trim() || '{}') as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : 'Metadata must be a JSON object: { "key": "value" }';
  } catch (e) {
    return `Not JSON: ${(e as Error).message}`;
  }
}

/** The project's name, description and tags, edited in place by an admin key. */
export function ProjectDetailsSection({
  project,
  manage,
  onSaved,
}: {
  project: { id: string; name: string; description: string | null; tags: string[]; metadata: Record<string, unknown> };
  manage: boolean;
  onSaved: () => void;
}) {
  const [name, setName] = useState(project.name);
  const [description, setDescription] = useState(project.description ?? '');
  const [tags, setTags] = useState(project.tags.join(', '));
  const shownMetadata = JSON.stringify(project.metadata, null, 2);
  const [metadata, setMetadata] = useState(shownMetadata);
  const parsedMetadata = parseMetadata(metadata);
  const [{ fetching, error }, update] = useMutation(UpdateProject);
  const [saved, setSaved] = useState(false);
  const changed =
    name.trim() !== project.name ||
    description.trim() !== (project.description ?? '') ||
    parseTags(tags).join(',') !== project.tags.join(',') ||
    metadata !== shownMetadata;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (typeof parsedMetadata === 'string') return;
    const r = await update({ id: project.id, input: { name: name.trim(), description: description.trim(), tags: parseTags(tags), metadata: parsedMetadata } });
    if (r.data) {
      setMetadata(JSON.stringify(r.data.updateProject.metadata, null, 2));
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
          <label>
            Metadata (JSON object){' '}
            <textarea
              value={metadata}
              onChange={(e) => setMetadata(e.target.value)}
              rows={Math.min(10, metadata.split('\n').length + 1)}
              spellCheck={false}
              className="code"
              aria-invalid={typeof parsedMetadata === 'string' ? true : undefined}
              aria-describedby="metadata-problem"
            />
          </label>
          <span id="metadata-problem" className="error">
            {typeof parsedMetadata === 'string' ? parsedMetadata : ''}
          </span>
          <p className="muted">
            Project id: <code>{project.id}</code>
          </p>
          <div className="row">
            <button type="submit" className="primary" disabled={fetching || !changed || !name.trim() || typeof parsedMetadata === 'string'}>
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
          <dt>Metadata</dt>
          <dd>
            <pre className="json">{shownMetadata}</pre>
          </dd>
          <dt>Project id</dt>
          <dd>
            <code>{project.id}</code>
          </dd>
        </dl>
      )}
    </section>
  );
}
