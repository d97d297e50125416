import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { canManage, useViewer } from '../auth/viewer.context';
import { graphql } from '../gql';
import { formatTime } from '../ui/format';
import { PromptDiff } from './prompt-diff';
import { type VersionDraft, VersionForm } from './version-form';
import './prompts.css';

const PromptQuery = graphql(`
  query WebPrompt($id: ID!) {
    prompt(id: $id) {
      id
      name
      description
      tags
      latestVersion
      labels {
        label
        version
      }
      labelHistory(first: 20) {
        label
        version
        previousVersion
        author
        createdAt
      }
      versions(first: 100) {
        edges {
          node {
            id
            version
            templateFormat
            messages {
              role
              content
            }
            text
            variables
            model
            parameters
            commitMessage
            createdAt
            labels
            usage {
              llmCalls
              lastUsedAt
            }
          }
        }
      }
    }
  }
`);

const SetLabel = graphql(`
  mutation WebSetPromptLabel($promptId: ID!, $label: String!, $version: Int!) {
    setPromptLabel(promptId: $promptId, label: $label, version: $version) {
      id
    }
  }
`);

const RollbackLabel = graphql(`
  mutation WebRollbackPromptLabel($promptId: ID!, $label: String!) {
    rollbackPromptLabel(promptId: $promptId, label: $label) {
      id
    }
  }
`);

/** One prompt: its labels (move, roll back), versions newest first, a diff of any two, and the form for a new version. */
export function PromptPage() {
  const { projectId, promptId } = useParams() as { projectId: string; promptId: string };
  const [params] = useSearchParams();
  const viewer = useViewer();
  const manage = canManage(viewer);
  const [{ data, error }, refetch] = useQuery({ query: PromptQuery, variables: { id: promptId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [moved, move] = useMutation(SetLabel);
  const [rolled, rollback] = useMutation(RollbackLabel);
  const [label, setLabel] = useState('production');
  const [target, setTarget] = useState('');
  const [diffA, setDiffA] = useState('');
  const [diffB, setDiffB] = useState('');
  const versions = data?.prompt.versions.edges.map((e) => e.node) ?? [];

  // Until one is chosen, the diff shows the two newest versions.
  const fromId = diffA || versions[1]?.id || '';
  const toId = diffB || versions[0]?.id || '';

  if (error) return <p role="alert">Could not load the prompt: {error.message}</p>;
  if (!data) return <p aria-busy="true">Loading prompt…</p>;
  const p = data.prompt;
  const highlighted = Number(params.get('version')) || null;
  const latest = versions[0];
  const draft: VersionDraft = {
    templateFormat: latest?.templateFormat ?? 'CHAT',
    messages: latest?.messages ?? [],
    text: latest?.text ?? '',
    model: latest?.model ?? '',
    parameters: latest ? JSON.stringify(latest.parameters, null, 2) : '{}',
  };

  const submitMove = async (e: FormEvent) => {
    e.preventDefault();
    const r = await move({ promptId, label, version: Number(target || latest?.version) });
    if (r.data) reload();
  };
  const labelError = moved.error ?? rolled.error;

  return (
    <section className="prompts">
      <p>
        <Link to={`/projects/${projectId}/prompts`}>← Prompts</Link>
      </p>
      <h1>{p.name}</h1>
      {p.description && <p className="muted">{p.description}</p>}

      <section className="prompt-section" aria-labelledby="prompt-labels">
        <h2 id="prompt-labels">Labels</h2>
        {p.labels.length === 0 && <p className="muted">No label yet.</p>}
        <ul aria-label="Labels">
          {p.labels.map((l) => (
            <li key={l.label}>
              <span className="label-chip">{l.label}</span> → v{l.version}{' '}
              {manage && (
                <button
                  type="button"
                  aria-label={`Roll back ${l.label}`}
                  onClick={async () => {
                    if ((await rollback({ promptId, label: l.label })).data) reload();
                  }}
                >
                  Roll back
                </button>
              )}
            </li>
          ))}
        </ul>
        {manage && versions.length > 0 && (
          <form className="row" onSubmit={submitMove} aria-label="Move label">
            <label>
              Label
              <input value={label} onChange={(e) => setLabel(e.target.value)} />
            </label>
            <label>
              Version
              <select value={target || String(latest?.version ?? '')} onChange={(e) => setTarget(e.target.value)}>
                {versions.map((v) => (
                  <option key={v.id} value={v.version}>
                    v{v.version}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">Move label</button>
          </form>
        )}
        {labelError && <p role="alert">{labelError.graphQLErrors[0]?.message ?? labelError.message}</p>}
        {p.labelHistory.length > 0 && (
          <details>
            <summary>History</summary>
            <ul aria-label="Label history">
              {p.labelHistory.map((h, i) => (
                <li key={i}>
                  {formatTime(h.createdAt)}: {h.label} {h.previousVersion ? `v${h.previousVersion}` : '(new)'} → {h.version ? `v${h.version}` : '(removed)'}
                  {h.author && <span className="muted"> by {h.author}</span>}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      {versions.length >= 2 && (
        <section className="prompt-section" aria-labelledby="prompt-diff">
          <h2 id="prompt-diff">Compare versions</h2>
          <div className="row">
            <label>
              From
              <select aria-label="Diff from" value={fromId} onChange={(e) => setDiffA(e.target.value)}>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    v{v.version}
                  </option>
                ))}
              </select>
            </label>
            <label>
              To
              <select aria-label="Diff to" value={toId} onChange={(e) => setDiffB(e.target.value)}>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    v{v.version}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {fromId && toId && <PromptDiff a={fromId} b={toId} />}
        </section>
      )}

      <section className="prompt-section" aria-labelledby="prompt-versions">
        <h2 id="prompt-versions">Versions</h2>
        {versions.length === 0 && <p className="muted">No version yet.</p>}
        <table className="prompts-table" aria-label="Versions">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Template</th>
              <th scope="col">Model</th>
              <th scope="col">LLM calls</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} id={`v${v.version}`} aria-current={highlighted === v.version ? 'true' : undefined}>
                <td>
                  v{v.version}{' '}
                  {v.labels.map((l) => (
                    <span key={l} className="label-chip">
                      {l}
                    </span>
                  ))}
                  {v.commitMessage && <div className="muted">{v.commitMessage}</div>}
                </td>
                <td>
                  {v.messages?.map((m, i) => (
                    <div key={i} className="prompt-template">
                      <strong>{m.role}:</strong> {m.content}
                    </div>
                  ))}
                  {v.text !== null && <div className="prompt-template">{v.text}</div>}
                  {v.variables.length > 0 && <div className="muted">Variables: {v.variables.join(', ')}</div>}
                </td>
                <td>
                  {v.model ?? '–'}
                  {Object.keys(v.parameters).length > 0 && <div className="muted">{JSON.stringify(v.parameters)}</div>}
                </td>
                <td>
                  {v.usage.llmCalls}
                  {v.usage.lastUsedAt && <div className="muted">last {formatTime(v.usage.lastUsedAt)}</div>}
                </td>
                <td>{formatTime(v.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {manage && <VersionForm key={latest?.id ?? 'none'} promptId={promptId} draft={draft} onCreated={() => reload()} />}
    </section>
  );
}
