import { Switch } from 'radix-ui';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { ProjectForwardingInput } from '../gql/graphql';

const UpdateForwarding = graphql(`
  mutation WebUpdateForwarding($projectId: ID!, $input: ProjectForwardingInput!) {
    updateProjectForwarding(projectId: $projectId, input: $input) {
      id
      forwarding {
        enabled
        setting
        langsmithProject
      }
    }
  }
`);

const RetryForwarding = graphql(`
  mutation WebRetryForwarding($projectId: ID!) {
    retryForwarding(projectId: $projectId)
  }
`);

type Forwarding = { available: boolean; enabled: boolean; setting: boolean | null; langsmithProject: string; pending: number; failed: number };

/** Forwarding to LangSmith: on, off or the server's default, the LangSmith project, and what is queued or failed. */
export function ForwardingSection({
  projectId,
  forwarding: f,
  manage,
  onSaved,
}: {
  projectId: string;
  forwarding: Forwarding;
  manage: boolean;
  onSaved: () => void;
}) {
  const [updated, update] = useMutation(UpdateForwarding);
  const [retried, retry] = useMutation(RetryForwarding);
  const [target, setTarget] = useState(f.langsmithProject);
  const [retryCount, setRetryCount] = useState<number | null>(null);

  const save = async (input: ProjectForwardingInput) => {
    const r = await update({ projectId, input });
    if (!r.data) return;
    // The name the server settled on (its LANGSMITH_PROJECT when the field was emptied).
    setTarget(r.data.updateProjectForwarding.forwarding.langsmithProject);
    onSaved();
  };
  const saveTarget = (e: FormEvent) => {
    e.preventDefault();
    // An empty name goes back to the server's LANGSMITH_PROJECT.
    void save({ langsmithProject: target.trim() || null });
  };
  const error = updated.error ?? retried.error;

  return (
    <section className="settings-section" aria-labelledby="settings-forwarding">
      <h2 id="settings-forwarding">LangSmith forwarding</h2>
      {!f.available && (
        <p className="note">
          Not available on this server: <code>LANGSMITH_API_KEY</code> is not set. Set it (and <code>LANGSMITH_TRACING=true</code> to forward by default) and
          restart Sextant to send this project’s traces on to LangSmith.
        </p>
      )}
      <div className="row">
        <Switch.Root
          id="forwarding-switch"
          className="switch"
          checked={f.enabled}
          disabled={!manage || !f.available || updated.fetching}
          onCheckedChange={(on) => void save({ enabled: on })}
        >
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
        <label htmlFor="forwarding-switch">Forward traces to LangSmith</label>
        <span className="muted" data-testid="forwarding-setting">
          {f.setting === null ? '(following the server’s default)' : '(set for this project)'}
        </span>
        {manage && f.available && f.setting !== null && (
          <button type="button" onClick={() => void save({ enabled: null })} disabled={updated.fetching}>
            Use the server’s default
          </button>
        )}
      </div>
      {manage ? (
        <form className="row" onSubmit={saveTarget}>
          <label>
            LangSmith project <input value={target} onChange={(e) => setTarget(e.target.value)} maxLength={200} />
          </label>
          <button type="submit" disabled={updated.fetching || target.trim() === f.langsmithProject}>
            Save LangSmith project
          </button>
        </form>
      ) : (
        <p>
          LangSmith project: <strong>{f.langsmithProject}</strong>
        </p>
      )}
      <div className="row">
        <span>
          Pending: <strong>{f.pending}</strong>
        </span>
        <span>
          Failed: <strong className={f.failed ? 'error' : undefined}>{f.failed}</strong>
        </span>
        {manage && (
          <button
            type="button"
            disabled={!f.enabled || f.failed === 0 || retried.fetching}
            onClick={() =>
              void retry({ projectId }).then((r) => {
                if (r.data) setRetryCount(r.data.retryForwarding);
                onSaved();
              })
            }
          >
            Retry failed
          </button>
        )}
        <span role="status" className="muted">
          {retryCount !== null ? `${retryCount} trace${retryCount === 1 ? '' : 's'} queued again` : ''}
        </span>
      </div>
      {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
    </section>
  );
}
