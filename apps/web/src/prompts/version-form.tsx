import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { PromptTemplateFormat } from '../gql/graphql';

const CreateVersion = graphql(`
  mutation WebCreatePromptVersion($input: CreatePromptVersionInput!) {
    createPromptVersion(input: $input) {
      id
      version
    }
  }
`);

type Message = { role: string; content: string };
/** What a new version starts from: the latest version's template, model and parameters. */
export type VersionDraft = { templateFormat: PromptTemplateFormat; messages: Message[]; text: string; model: string; parameters: string };

/** The form that adds a version: chat message rows (role and content) or a text, the model, parameters as JSON and a commit message. */
export function VersionForm({ promptId, draft, onCreated }: { promptId: string; draft: VersionDraft; onCreated: (version: number) => void }) {
  const [format, setFormat] = useState<PromptTemplateFormat>(draft.templateFormat);
  const [messages, setMessages] = useState<Message[]>(draft.messages.length ? draft.messages : [{ role: 'system', content: '' }]);
  const [text, setText] = useState(draft.text);
  const [model, setModel] = useState(draft.model);
  const [parameters, setParameters] = useState(draft.parameters);
  const [commitMessage, setCommitMessage] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [result, create] = useMutation(CreateVersion);

  const setMessage = (i: number, patch: Partial<Message>) => setMessages((ms) => ms.map((m, k) => (k === i ? { ...m, ...patch } : m)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let params: Record<string, unknown>;
    try {
      params = parameters.trim() ? (JSON.parse(parameters) as Record<string, unknown>) : {};
      if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new Error('not an object');
    } catch {
      setJsonError('Parameters must be a JSON object');
      return;
    }
    setJsonError(null);
    const r = await create({
      input: {
        promptId,
        templateFormat: format,
        messages: format === 'CHAT' ? messages : null,
        text: format === 'TEXT' ? text : null,
        model: model || null,
        parameters: params,
        commitMessage: commitMessage || null,
      },
    });
    if (r.data) {
      setCommitMessage('');
      onCreated(r.data.createPromptVersion.version);
    }
  };

  return (
    <form className="prompt-form" onSubmit={submit} aria-label="New version">
      <h2>New version</h2>
      <fieldset className="row">
        <legend>Template</legend>
        <label className="inline">
          <input type="radio" name="format" checked={format === 'CHAT'} onChange={() => setFormat('CHAT')} /> Chat messages
        </label>
        <label className="inline">
          <input type="radio" name="format" checked={format === 'TEXT'} onChange={() => setFormat('TEXT')} /> Text
        </label>
      </fieldset>
      {format === 'CHAT' ? (
        <>
          {messages.map((m, i) => (
            <div className="message-row" key={i}>
              <input aria-label={`Role ${i + 1}`} value={m.role} onChange={(e) => setMessage(i, { role: e.target.value })} />
              <textarea aria-label={`Content ${i + 1}`} value={m.content} onChange={(e) => setMessage(i, { content: e.target.value })} />
              <button type="button" aria-label={`Remove message ${i + 1}`} onClick={() => setMessages((ms) => ms.filter((_, k) => k !== i))}>
                Remove
              </button>
            </div>
          ))}
          <div className="row">
            <button type="button" onClick={() => setMessages((ms) => [...ms, { role: 'user', content: '' }])}>
              Add message
            </button>
          </div>
        </>
      ) : (
        <label>
          Text
          <textarea value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      )}
      <label>
        Model
        <input value={model} onChange={(e) => setModel(e.target.value)} />
      </label>
      <label>
        Parameters (JSON)
        <textarea value={parameters} onChange={(e) => setParameters(e.target.value)} />
      </label>
      <label>
        Commit message
        <input value={commitMessage} onChange={(e) => setCommitMessage(e.target.value)} />
      </label>
      {jsonError && <p role="alert">{jsonError}</p>}
      {result.error && <p role="alert">{result.error.graphQLErrors[0]?.message ?? result.error.message}</p>}
      <div className="row">
        <button type="submit" className="primary" disabled={result.fetching}>
          Save version
        </button>
      </div>
    </form>
  );
}
