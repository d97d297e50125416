import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { CreateExperimentInput, EvaluatorInput, EvaluatorKind } from '../gql/graphql';
import { Modal } from '../ui/dialog';

const CreateExperiment = graphql(`
  mutation WebCreateExperiment($input: CreateExperimentInput!) {
    createExperiment(input: $input) {
      id
      name
      status
    }
  }
`);

/** A prompt to choose from: its versions and labels. */
export type PromptChoice = {
  id: string;
  name: string;
  labels: { label: string; version: number }[];
  versions: { id: string; version: number; model?: string | null }[];
};

type EvaluatorState = { on: boolean; key: string; opts: Record<string, string> };

/** The evaluators offered, each with the options its kind takes (as text fields). */
const KINDS: { kind: EvaluatorKind; label: string; options: { name: string; label: string; type?: 'number' }[] }[] = [
  { kind: 'EXACT_MATCH', label: 'Exact match', options: [{ name: 'referenceKey', label: 'Reference key' }] },
  { kind: 'CONTAINS', label: 'Contains', options: [{ name: 'value', label: 'Text (empty: the reference)' }] },
  { kind: 'REGEX', label: 'Regex', options: [{ name: 'pattern', label: 'Pattern' }] },
  { kind: 'JSON_VALID', label: 'JSON valid', options: [{ name: 'requiredKeys', label: 'Required keys (comma-separated)' }] },
  { kind: 'NUMERIC_CLOSENESS', label: 'Numeric closeness', options: [{ name: 'tolerance', label: 'Tolerance', type: 'number' }] },
  { kind: 'LATENCY', label: 'Latency', options: [{ name: 'maxMs', label: 'Max ms', type: 'number' }] },
  { kind: 'COST', label: 'Cost', options: [{ name: 'maxUsd', label: 'Max USD', type: 'number' }] },
  { kind: 'LLM_JUDGE', label: 'LLM judge', options: [] },
];

const initialEvaluators = (): Record<string, EvaluatorState> => Object.fromEntries(KINDS.map((k) => [k.kind, { on: false, key: '', opts: {} }]));

/** The evaluator inputs for the checked kinds, or what is wrong with one. */
function evaluatorInputs(state: Record<string, EvaluatorState>, judge: { custom: boolean; criteria: string; scale: string }): EvaluatorInput[] | string {
  const out: EvaluatorInput[] = [];
  for (const k of KINDS) {
    const s = state[k.kind];
    if (!s.on) continue;
    const options: Record<string, unknown> = {};
    for (const o of k.options) {
      const v = (s.opts[o.name] ?? '').trim();
      if (!v) continue;
      if (o.type === 'number') {
        if (!Number.isFinite(Number(v))) return `${k.label}: ${o.label} must be a number`;
        options[o.name] = Number(v);
      } else if (o.name === 'requiredKeys') {
        options[o.name] = v
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
      } else options[o.name] = v;
    }
    if (k.kind === 'REGEX' && !options.pattern) return 'Regex: a pattern is required';
    if (k.kind === 'LLM_JUDGE') {
      if (judge.custom) {
        if (!judge.criteria.trim()) return 'LLM judge: the rubric needs criteria';
        options.rubric = { criteria: judge.criteria.trim(), scale: judge.scale };
      } else options.criterion = 'correctness';
    }
    out.push({ kind: k.kind, key: s.key.trim() || null, options });
  }
  return out;
}

/** Starts an experiment on the dataset: a prompt version (or label) or just a model, its parameters, evaluators and concurrency. */
export function NewExperimentDialog({
  datasetId,
  datasetVersion,
  prompts,
  onCreated,
}: {
  datasetId: string;
  datasetVersion: number;
  prompts: PromptChoice[];
  onCreated: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [promptId, setPromptId] = useState('');
  const [which, setWhich] = useState('');
  const [model, setModel] = useState('');
  const [parameters, setParameters] = useState('');
  const [version, setVersion] = useState(String(datasetVersion));
  const [concurrency, setConcurrency] = useState('4');
  const [evaluators, setEvaluators] = useState(initialEvaluators);
  const [judge, setJudge] = useState({ custom: false, criteria: '', scale: 'PASS_FAIL' });
  const [problem, setProblem] = useState<string | null>(null);
  const [created, create] = useMutation(CreateExperiment);

  const prompt = prompts.find((p) => p.id === promptId);
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setProblem(null);
      setVersion(String(datasetVersion));
    }
  };
  const choosePrompt = (id: string) => {
    setPromptId(id);
    const p = prompts.find((x) => x.id === id);
    const latest = p?.versions.reduce((a, b) => (b.version > a.version ? b : a), p.versions[0]);
    setWhich(latest ? `v:${latest.id}` : '');
  };
  const setEvaluator = (kind: string, patch: Partial<EvaluatorState>) => setEvaluators((prev) => ({ ...prev, [kind]: { ...prev[kind], ...patch } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    let params: Record<string, unknown> | null = null;
    if (parameters.trim()) {
      try {
        const v = JSON.parse(parameters) as unknown;
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return setProblem('Parameters must be a JSON object');
        params = v as Record<string, unknown>;
      } catch {
        return setProblem('Parameters are not valid JSON');
      }
    }
    const evs = evaluatorInputs(evaluators, judge);
    if (typeof evs === 'string') return setProblem(evs);
    const input: CreateExperimentInput = {
      datasetId,
      datasetVersion: Number(version) || null,
      name: name.trim() || null,
      model: model.trim() || null,
      parameters: params,
      evaluators: evs,
      concurrency: Number(concurrency) || null,
    };
    if (promptId && which.startsWith('v:')) input.promptVersionId = which.slice(2);
    if (promptId && which.startsWith('l:')) input.prompt = { promptId, label: which.slice(2) };
    const r = await create({ input });
    if (r.error) return setProblem(r.error.graphQLErrors[0]?.message ?? r.error.message);
    setOpen(false);
    setName('');
    onCreated();
  };

  return (
    <>
      <button type="button" className="primary" onClick={() => onOpenChange(true)}>
        New experiment
      </button>
      <Modal
        open={open}
        onOpenChange={onOpenChange}
        title="New experiment"
        description="Runs every example of the dataset version through the prompt and scores each run."
      >
        <form className="exp-form" onSubmit={(e) => void submit(e)}>
          <label>
            Name (optional) <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          </label>
          <div className="row">
            <label>
              Prompt{' '}
              <select aria-label="Prompt" value={promptId} onChange={(e) => choosePrompt(e.target.value)}>
                <option value="">None: only a model</option>
                {prompts.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            {prompt && (
              <label>
                Version or label{' '}
                <select aria-label="Version or label" value={which} onChange={(e) => setWhich(e.target.value)}>
                  {[...prompt.versions]
                    .sort((a, b) => b.version - a.version)
                    .map((v) => (
                      <option key={v.id} value={`v:${v.id}`}>
                        v{v.version}
                        {v.model ? ` (${v.model})` : ''}
                      </option>
                    ))}
                  {prompt.labels.map((l) => (
                    <option key={l.label} value={`l:${l.label}`}>
                      label {l.label} (v{l.version})
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <label>
            Model {promptId ? '(optional: overrides the prompt version’s)' : ''}
            <input
              value={model}
              onChange={(e) => setModel(e.target.value)}
              placeholder={promptId ? 'the version’s model, else the endpoint’s default' : 'the endpoint’s default model'}
            />
          </label>
          <label>
            Parameters (JSON, optional){' '}
            <textarea value={parameters} onChange={(e) => setParameters(e.target.value)} rows={2} placeholder='{"temperature": 0}' />
          </label>
          <div className="row">
            <label>
              Dataset version <input type="number" min={1} max={datasetVersion} value={version} onChange={(e) => setVersion(e.target.value)} />
            </label>
            <label>
              Concurrency <input type="number" min={1} max={16} value={concurrency} onChange={(e) => setConcurrency(e.target.value)} />
            </label>
          </div>
          <fieldset>
            <legend>Evaluators</legend>
            {KINDS.map((k) => {
              const s = evaluators[k.kind];
              return (
                <div className="exp-evaluator" key={k.kind}>
                  <label className="inline">
                    <input type="checkbox" checked={s.on} onChange={(e) => setEvaluator(k.kind, { on: e.target.checked })} /> {k.label}
                  </label>
                  {s.on && (
                    <div className="options">
                      <label>
                        {k.label} key{' '}
                        <input value={s.key} onChange={(e) => setEvaluator(k.kind, { key: e.target.value })} placeholder="default per kind" size={14} />
                      </label>
                      {k.options.map((o) => (
                        <label key={o.name}>
                          {k.label}: {o.label}{' '}
                          <input
                            type={o.type === 'number' ? 'number' : 'text'}
                            step="any"
                            value={s.opts[o.name] ?? ''}
                            onChange={(e) => setEvaluator(k.kind, { opts: { ...s.opts, [o.name]: e.target.value } })}
                            size={14}
                          />
                        </label>
                      ))}
                      {k.kind === 'LLM_JUDGE' && (
                        <>
                          <label className="inline">
                            <input type="radio" name="judge" checked={!judge.custom} onChange={() => setJudge({ ...judge, custom: false })} /> Built-in
                            correctness
                          </label>
                          <label className="inline">
                            <input type="radio" name="judge" checked={judge.custom} onChange={() => setJudge({ ...judge, custom: true })} /> Custom rubric
                          </label>
                          {judge.custom && (
                            <>
                              <label>
                                Rubric criteria <textarea value={judge.criteria} onChange={(e) => setJudge({ ...judge, criteria: e.target.value })} rows={3} />
                              </label>
                              <label>
                                Rubric scale{' '}
                                <select value={judge.scale} onChange={(e) => setJudge({ ...judge, scale: e.target.value })}>
                                  <option value="PASS_FAIL">Pass / fail</option>
                                  <option value="ONE_TO_FIVE">1 to 5</option>
                                  <option value="ZERO_TO_TEN">0 to 10</option>
                                </select>
                              </label>
                            </>
                          )}
                        </>
                      )}
                    </div>
                  )}
                </div>
              );
            })}
          </fieldset>
          {problem && <p role="alert">{problem}</p>}
          <div className="dialog-actions">
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={created.fetching}>
              Run experiment
            </button>
          </div>
        </form>
      </Modal>
    </>
  );
}
