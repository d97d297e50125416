import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { ConfirmButton } from '../ui/dialog';
import { formatTime } from '../ui/format';

const SetEndpoint = graphql(`
  mutation WebSetLlmEndpoint($projectId: ID!, $input: LlmEndpointInput!) {
    setLlmEndpoint(projectId: $projectId, input: $input) {
      baseUrl
      defaultModel
      hasApiKey
      apiKeyHint
      updatedAt
    }
  }
`);

const RemoveEndpoint = graphql(`
  mutation WebRemoveLlmEndpoint($projectId: ID!) {
    removeLlmEndpoint(projectId: $projectId)
  }
`);

type Endpoint = { baseUrl: string; defaultModel?: string | null; hasApiKey: boolean; apiKeyHint?: string | null; updatedAt: string };

/**
 * The project's OpenAI-compatible endpoint that experiments and their judge call. The stored key is
 * never sent back: the form only says that one is set and how it ends; leaving the field empty keeps it.
 */
export function LlmEndpointSection({
  projectId,
  endpoint,
  manage,
  onSaved,
}: {
  projectId: string;
  endpoint: Endpoint | null;
  manage: boolean;
  onSaved: () => void;
}) {
  const [baseUrl, setBaseUrl] = useState(endpoint?.baseUrl ?? '');
  const [apiKey, setApiKey] = useState('');
  const [model, setModel] = useState(endpoint?.defaultModel ?? '');
  const [saved, save] = useMutation(SetEndpoint);
  const [removed, remove] = useMutation(RemoveEndpoint);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const r = await save({ projectId, input: { baseUrl: baseUrl.trim(), defaultModel: model.trim() || null, ...(apiKey ? { apiKey } : {}) } });
    if (!r.data) return;
    setApiKey('');
    setDone('LLM endpoint saved');
    onSaved();
  };
  const error = saved.error ?? removed.error;
  const keyNote = endpoint?.hasApiKey ? `key set, ends in …${endpoint.apiKeyHint ?? ''}` : 'no key set';

  return (
    <section className="settings-section" aria-labelledby="settings-llm-endpoint">
      <h2 id="settings-llm-endpoint">LLM endpoint</h2>
      <p className="muted">An OpenAI-compatible Chat Completions endpoint: experiments run their prompts on it, and the LLM judge scores with it.</p>
      {manage ? (
        <form className="settings-form" onSubmit={(e) => void submit(e)}>
          <label>
            Base URL <input type="url" required value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder="https://api.openai.com/v1" />
          </label>
          <label>
            API key{' '}
            <input
              type="password"
              autoComplete="off"
              value={apiKey}
              onChange={(e) => setApiKey(e.target.value)}
              placeholder={endpoint?.hasApiKey ? 'Leave empty to keep the stored key' : ''}
              aria-describedby="llm-endpoint-key-note"
            />
          </label>
          <span id="llm-endpoint-key-note" className="muted" data-testid="llm-endpoint-key">
            {keyNote}
          </span>
          <label>
            Default model <input value={model} onChange={(e) => setModel(e.target.value)} placeholder="gpt-4o-mini" />
          </label>
          <div className="row">
            <button type="submit" className="primary" disabled={saved.fetching || !baseUrl.trim()}>
              Save LLM endpoint
            </button>
            {endpoint && (
              <ConfirmButton
                label="Remove"
                buttonLabel="Remove LLM endpoint"
                title="Remove the LLM endpoint?"
                description="Experiments cannot run until an endpoint is set again; the stored key is deleted."
                confirm="Remove endpoint"
                onConfirm={() =>
                  void remove({ projectId }).then((r) => {
                    if (r.error) return;
                    setBaseUrl('');
                    setModel('');
                    setDone('LLM endpoint removed');
                    onSaved();
                  })
                }
              />
            )}
            <span role="status" className="muted">
              {done ?? ''}
            </span>
          </div>
        </form>
      ) : endpoint ? (
        <dl className="facts">
          <dt>Base URL</dt>
          <dd>{endpoint.baseUrl}</dd>
          <dt>API key</dt>
          <dd>{keyNote}</dd>
          <dt>Default model</dt>
          <dd>{endpoint.defaultModel ?? '–'}</dd>
          <dt>Updated</dt>
          <dd>{formatTime(endpoint.updatedAt)}</dd>
        </dl>
      ) : (
        <p>No endpoint set.</p>
      )}
      {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
    </section>
  );
}
