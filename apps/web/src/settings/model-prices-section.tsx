import { type FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { WebModelPricesQuery } from '../gql/graphql';
import { ConfirmButton, Modal } from '../ui/dialog';
import { formatTime } from '../ui/format';
import { fromLocalInput, toLocalInput } from '../ui/local-time';
import { perMillion, perToken } from './price-units';

const Prices = graphql(`
  query WebModelPrices($projectId: ID!) {
    modelPrices(projectId: $projectId) {
      id
      modelPattern
      provider
      inputPrice
      outputPrice
      cacheReadPrice
      cacheWritePrice
      reasoningPrice
      effectiveFrom
    }
    project(id: $projectId) {
      id
      costRecomputes {
        id
        status
        from
        to
        callsSeen
        callsChanged
        error
        createdAt
        finishedAt
      }
    }
  }
`);

const UpsertPrice = graphql(`
  mutation WebUpsertModelPrice($input: UpsertModelPriceInput!) {
    upsertModelPrice(input: $input) {
      id
    }
  }
`);

const DeletePrice = graphql(`
  mutation WebDeleteModelPrice($id: ID!) {
    deleteModelPrice(id: $id) {
      id
      deleted
    }
  }
`);

const RecomputeCosts = graphql(`
  mutation WebRecomputeCosts($projectId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    recomputeCosts(projectId: $projectId, from: $from, to: $to) {
      id
      status
    }
  }
`);

type Price = WebModelPricesQuery['modelPrices'][number];

/** How often the recompute progress is read again while one is under way. */
const POLL_MS = 2000;

const money = (perTokenUsd: number | null) => (perTokenUsd === null ? <span className="muted">default</span> : `$${perMillion(perTokenUsd)}`);

/** The project's own model prices (they win over the bundled table), and re-pricing stored calls with them. */
export function ModelPricesSection({ projectId, manage }: { projectId: string; manage: boolean }) {
  const [{ data, error }, refetch] = useQuery({ query: Prices, variables: { projectId } });
  const [deleted, remove] = useMutation(DeletePrice);
  const [editing, setEditing] = useState<Price | 'new' | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const recomputes = data?.project.costRecomputes ?? [];
  const underWay = recomputes.some((r) => r.status === 'QUEUED' || r.status === 'RUNNING');

  useEffect(() => {
    if (!underWay) return;
    const t = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(t);
  }, [underWay, refetch]);

  if (error) return <p role="alert">Could not load the model prices: {error.message}</p>;
  if (!data) return <p aria-busy="true">Loading model prices…</p>;
  const prices = data.modelPrices;

  return (
    <section className="settings-section" aria-labelledby="settings-prices">
      <h2 id="settings-prices">Custom model prices</h2>
      <p className="muted">
        Prices in USD per million tokens. They win over the bundled price table for calls ingested from now on; stored calls change only when costs are
        recomputed.
      </p>
      {manage && (
        <div className="row">
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add model price
          </button>
        </div>
      )}
      {deleted.error && <p role="alert">{deleted.error.graphQLErrors[0]?.message ?? deleted.error.message}</p>}
      {prices.length === 0 ? (
        <p className="muted">No custom price: the bundled table prices every call.</p>
      ) : (
        <table className="settings-table" aria-label="Model prices">
          <thead>
            <tr>
              <th scope="col">Model pattern</th>
              <th scope="col">Provider</th>
              <th scope="col">Input</th>
              <th scope="col">Output</th>
              <th scope="col">Cache read</th>
              <th scope="col">Cache write</th>
              <th scope="col">Reasoning</th>
              <th scope="col">Effective from</th>
              {manage && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {prices.map((p) => (
              <tr key={p.id}>
                <td>
                  <code>{p.modelPattern}</code>
                </td>
                <td>{p.provider ?? <span className="muted">any</span>}</td>
                <td>{money(p.inputPrice)}</td>
                <td>{money(p.outputPrice)}</td>
                <td>{money(p.cacheReadPrice)}</td>
                <td>{money(p.cacheWritePrice)}</td>
                <td>{money(p.reasoningPrice)}</td>
                <td>{p.effectiveFrom ? formatTime(p.effectiveFrom) : <span className="muted">always</span>}</td>
                {manage && (
                  <td className="actions">
                    <button type="button" aria-label={`Edit ${p.modelPattern}`} onClick={() => setEditing(p)}>
                      Edit
                    </button>
                    <ConfirmButton
                      label="Delete"
                      buttonLabel={`Delete ${p.modelPattern}`}
                      title={`Delete the price of “${p.modelPattern}”?`}
                      description="Calls ingested from now on get the bundled price again; stored costs change only when recomputed."
                      confirm="Delete price"
                      onConfirm={() => void remove({ id: p.id }).then(reload)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <PriceDialog
          projectId={projectId}
          price={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) reload();
          }}
        />
      )}
      <Recompute projectId={projectId} manage={manage} recomputes={recomputes} onStarted={reload} />
    </section>
  );
}

/** Adds a price, or edits one, in a dialog. */
function PriceDialog({ projectId, price, onClose }: { projectId: string; price: Price | null; onClose: (saved: boolean) => void }) {
  const [f, setF] = useState({
    modelPattern: price?.modelPattern ?? '',
    provider: price?.provider ?? '',
    input: price ? perMillion(price.inputPrice) : '',
    output: price ? perMillion(price.outputPrice) : '',
    cacheRead: price?.cacheReadPrice != null ? perMillion(price.cacheReadPrice) : '',
    cacheWrite: price?.cacheWritePrice != null ? perMillion(price.cacheWritePrice) : '',
    reasoning: price?.reasoningPrice != null ? perMillion(price.reasoningPrice) : '',
    effectiveFrom: toLocalInput(price?.effectiveFrom ?? null),
  });
  const [{ fetching, error }, upsert] = useMutation(UpsertPrice);
  const field = (name: keyof typeof f) => ({ value: f[name], onChange: (e: { target: { value: string } }) => setF({ ...f, [name]: e.target.value }) });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await upsert({
      input: {
        projectId,
        ...(price ? { id: price.id } : {}),
        modelPattern: f.modelPattern.trim(),
        provider: f.provider.trim() || null,
        inputPrice: perToken(f.input)!,
        outputPrice: perToken(f.output)!,
        cacheReadPrice: perToken(f.cacheRead),
        cacheWritePrice: perToken(f.cacheWrite),
        reasoningPrice: perToken(f.reasoning),
        effectiveFrom: fromLocalInput(f.effectiveFrom),
      },
    });
    if (!r.error) onClose(true);
  };
  const priceInput = { type: 'number', min: '0', step: 'any', inputMode: 'decimal' } as const;
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose(false)}
      title={price ? 'Edit model price' : 'Add a model price'}
      description="USD per million tokens. Empty cache and reasoning prices bill those tokens at the input or output price."
    >
      <form onSubmit={(e) => void submit(e)}>
        <label>
          Model pattern <input {...field('modelPattern')} required placeholder="^gpt-4o-mini$ (a case-insensitive regular expression)" />
        </label>
        <label>
          Provider <input {...field('provider')} placeholder="any" />
        </label>
        <div className="price-grid">
          <label>
            Input price <input {...priceInput} {...field('input')} required />
          </label>
          <label>
            Output price <input {...priceInput} {...field('output')} required />
          </label>
          <label>
            Cache read price <input {...priceInput} {...field('cacheRead')} />
          </label>
          <label>
            Cache write price <input {...priceInput} {...field('cacheWrite')} />
          </label>
          <label>
            Reasoning price <input {...priceInput} {...field('reasoning')} />
          </label>
          <label>
            Effective from <input type="datetime-local" {...field('effectiveFrom')} />
          </label>
        </div>
        {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose(false)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={fetching}>
            Save price
          </button>
        </div>
      </form>
    </Modal>
  );
}

type CostRecompute = WebModelPricesQuery['project']['costRecomputes'][number];

/** Starts re-pricing the calls of a time range, and shows the latest runs' progress. */
function Recompute({ projectId, manage, recomputes, onStarted }: { projectId: string; manage: boolean; recomputes: CostRecompute[]; onStarted: () => void }) {
  const [from, setFrom] = useState(() => toLocalInput(new Date(Date.now() - 30 * 86_400_000).toISOString()));
  const [to, setTo] = useState(() => toLocalInput(new Date(Date.now() + 60_000).toISOString()));
  const [{ fetching, error }, recompute] = useMutation(RecomputeCosts);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await recompute({ projectId, from: fromLocalInput(from)!, to: fromLocalInput(to)! });
    if (!r.error) onStarted();
  };
  return (
    <div className="recompute">
      <h3>Recompute costs</h3>
      {manage && (
        <form className="row" onSubmit={(e) => void submit(e)}>
          <label>
            From <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} required />
          </label>
          <label>
            To <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} required />
          </label>
          <button type="submit" disabled={fetching || !from || !to}>
            Recompute costs
          </button>
        </form>
      )}
      {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
      {recomputes.length === 0 ? (
        <p className="muted">No recompute yet.</p>
      ) : (
        <table className="settings-table" aria-label="Cost recomputes">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Range</th>
              <th scope="col">Status</th>
              <th scope="col">Calls seen</th>
              <th scope="col">Calls changed</th>
            </tr>
          </thead>
          <tbody>
            {recomputes.map((r) => (
              <tr key={r.id}>
                <td>{formatTime(r.createdAt)}</td>
                <td>
                  {formatTime(r.from)} – {formatTime(r.to)}
                </td>
                <td className={r.status === 'FAILED' ? 'error' : undefined}>
                  {r.status}
                  {r.error ? `: ${r.error}` : ''}
                </td>
                <td>{r.callsSeen.toLocaleString('en-US')}</td>
                <td>{r.callsChanged.toLocaleString('en-US')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
