import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ApiKeyRole } from '../gql/graphql';
import { CopyButton } from '../ui/copy-button';
import { ConfirmButton, Modal } from '../ui/dialog';
import { formatTime } from '../ui/format';

const ApiKeys = graphql(`
  query WebApiKeys($id: ID!) {
    project(id: $id) {
      id
      apiKeys {
        id
        name
        role
        prefix
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const CreateApiKey = graphql(`
  mutation WebCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

const RevokeApiKey = graphql(`
  mutation WebRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

const ROLES: { role: ApiKeyRole; what: string }[] = [
  { role: 'INGEST', what: 'send traces only (for agents in production)' },
  { role: 'READ', what: 'read traces, sessions and settings (for dashboards and this UI)' },
  { role: 'ADMIN', what: 'read and ingest, plus keys and project settings' },
];

/** The project's API keys: an admin key lists, creates (the secret shown once) and revokes them; others get a note. */
export function ApiKeysSection({ projectId, manage }: { projectId: string; manage: boolean }) {
  return (
    <section className="settings-section" aria-labelledby="settings-keys">
      <h2 id="settings-keys">API keys</h2>
      {manage ? <ApiKeysManager projectId={projectId} /> : <p className="muted">Only an admin key can see and manage this project’s API keys.</p>}
    </section>
  );
}

function ApiKeysManager({ projectId }: { projectId: string }) {
  const [{ data, error }, refetch] = useQuery({ query: ApiKeys, variables: { id: projectId } });
  const [revoked, revoke] = useMutation(RevokeApiKey);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <p role="alert">Could not load the keys: {error.message}</p>;
  if (!data) return <p aria-busy="true">Loading keys…</p>;
  const keys = data.project.apiKeys;
  return (
    <>
      <div className="row">
        <CreateKeyDialog projectId={projectId} onCreated={reload} />
      </div>
      {revoked.error && <p role="alert">{revoked.error.graphQLErrors[0]?.message ?? revoked.error.message}</p>}
      {keys.length === 0 ? (
        <p className="muted">No key yet.</p>
      ) : (
        <table className="settings-table" aria-label="API keys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Prefix</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id} className={k.revokedAt ? 'revoked' : undefined}>
                <td>{k.name}</td>
                <td>{k.role}</td>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>{formatTime(k.createdAt)}</td>
                <td>{k.lastUsedAt ? formatTime(k.lastUsedAt) : <span className="muted">never</span>}</td>
                <td>{k.revokedAt ? `Revoked ${formatTime(k.revokedAt)}` : 'Active'}</td>
                <td>
                  {!k.revokedAt && (
                    <ConfirmButton
                      label="Revoke"
                      buttonLabel={`Revoke ${k.name}`}
                      title={`Revoke “${k.name}”?`}
                      description="Requests with this key are refused at once. This cannot be undone: a client using it needs a new key."
                      confirm="Revoke key"
                      onConfirm={() => void revoke({ id: k.id }).then(reload)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** Creates a key in a dialog, then shows its secret in the same dialog, once. */
function CreateKeyDialog({ projectId, onCreated }: { projectId: string; onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiKeyRole>('INGEST');
  const [secret, setSecret] = useState<string | null>(null);
  const [{ fetching, error }, create] = useMutation(CreateApiKey);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    // Closing forgets the secret: it is not kept anywhere once the user has seen it.
    if (!next) {
      setSecret(null);
      setName('');
      setRole('INGEST');
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({ input: { projectId, name: name.trim(), role } });
    if (r.data) {
      setSecret(r.data.createApiKey.secret);
      onCreated();
    }
  };

  return (
    <>
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        Create API key
      </button>
      <Modal open={open} onOpenChange={onOpenChange} title={secret ? 'Your new API key' : 'Create an API key'}>
        {secret ? (
          <div className="secret">
            <p role="alert" className="warning">
              Copy this key now: it is not stored and cannot be shown again.
            </p>
            <label>
              Secret <input readOnly value={secret} onFocus={(e) => e.target.select()} className="secret-value" />
            </label>
            <div className="row">
              <CopyButton text={secret} />
            </div>
            <div className="dialog-actions">
              <button type="button" onClick={() => onOpenChange(false)}>
                Done
              </button>
            </div>
          </div>
        ) : (
          <form onSubmit={(e) => void submit(e)}>
            <label>
              Key name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} placeholder="e.g. production agents" autoFocus />
            </label>
            <fieldset className="roles">
              <legend>Role</legend>
              {ROLES.map((r) => (
                <label key={r.role} className="inline">
                  <input type="radio" name="role" value={r.role} checked={role === r.role} onChange={() => setRole(r.role)} /> {r.role.toLowerCase()}
                  <span className="muted"> — {r.what}</span>
                </label>
              ))}
            </fieldset>
            {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
            <div className="dialog-actions">
              <button type="button" onClick={() => onOpenChange(false)}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={fetching || !name.trim()}>
                Create key
              </button>
            </div>
          </form>
        )}
      </Modal>
    </>
  );
}
