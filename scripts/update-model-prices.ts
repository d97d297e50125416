// Regenerates packages/core/src/pricing/model-prices.json from the price data bundled in the
// @pydantic/genai-prices package (`pnpm prices:update`; bump the pinned version first to take newer
// prices). The package is a dev dependency only: Sextant ships the generated snapshot, a few hundred
// entries it validates at start-up, rather than a runtime dependency on a 2 MB bundle whose matching
// rules and update mechanism (fetching from GitHub at run time) are not ours.
//
// Only the model makers' own APIs are taken: Sextant matches a call by its model name alone, and a
// host's price for an open model (Groq's Llama, Together's Qwen) would price every other host's
// calls of that model wrongly. A model the table leaves out is reported unpriced, and a project can
// price it with a custom price.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { waitForUpdate, type MatchLogic, type ModelInfo, type ModelPrice as SourcePrice, type Provider } from '@pydantic/genai-prices';
import { indexPriceTable, priceTableSchema, type PriceTable } from '../packages/core/src/pricing/price-table.compute';

/** Providers taken, highest priority first: where two name the same model, the earlier wins. */
const PROVIDERS: readonly { id: string; only?: (m: ModelInfo) => boolean }[] = [
  { id: 'openai' },
  { id: 'anthropic' },
  { id: 'google' },
  { id: 'mistral' },
  { id: 'deepseek' },
  { id: 'x-ai' },
  { id: 'cohere' },
  { id: 'moonshotai' },
  { id: 'zhipuai' },
  { id: 'zai' },
  { id: 'minimax' },
  { id: 'perplexity' },
  { id: 'voyageai' },
  // Bedrock hosts many vendors; only Amazon's own models are first-party there.
  { id: 'aws', only: (m) => /^(?:[a-z]+\.)?amazon\./.test(m.id) },
];

type Entry = PriceTable['models'][number];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The whole-string regular expression of a match rule (their semantics: case-insensitive string tests, regexes as written). */
function toRegex(m: MatchLogic): string {
  if ('or' in m) return `(?:${m.or.map(toRegex).join('|')})`;
  // Each conjunct is tried from the start; one carrying its own ^ only matches there.
  if ('and' in m) return `^${m.and.map((x) => `(?=[\\s\\S]*?${toRegex(x)})`).join('')}`;
  if ('equals' in m) return `^${escape(m.equals)}$`;
  if ('starts_with' in m) return `^${escape(m.starts_with)}`;
  if ('ends_with' in m) return `${escape(m.ends_with)}$`;
  if ('contains' in m) return escape(m.contains);
  return `(?:${m.regex})`;
}

/** Splits a model's match rule into exact names and a pattern for the rest. */
function splitMatch(m: MatchLogic): { names: string[]; pattern: string | undefined } {
  const clauses = 'or' in m ? m.or : [m];
  const names = clauses.flatMap((c) => ('equals' in c ? [c.equals] : []));
  const rest = clauses.filter((c) => !('equals' in c));
  return { names, pattern: rest.length ? rest.map(toRegex).join('|') : undefined };
}

const perToken = (usdPerMillion: number) => Number((usdPerMillion / 1e6).toPrecision(12));

/** The price in force today: conditional prices by start date (time-of-day discounts left out), tiered prices at their base rate. */
function currentPrice(model: ModelInfo, today: Date): { price: SourcePrice; notes: string[] } {
  const notes: string[] = [];
  let price: SourcePrice;
  if (Array.isArray(model.prices)) {
    const dated = model.prices.filter((c) => !c.constraint || (c.constraint.type === 'start_date' && new Date(c.constraint.start_date) <= today));
    const start = (c: (typeof dated)[number]) => (c.constraint?.type === 'start_date' ? Date.parse(c.constraint.start_date) : 0);
    price = dated.sort((a, b) => start(a) - start(b)).at(-1)!.prices;
    if (model.prices.some((c) => c.constraint?.type === 'time_of_date')) notes.push('time-of-day discounts not modelled');
  } else {
    price = model.prices;
  }
  const flat: SourcePrice = {};
  for (const [key, value] of Object.entries(price)) {
    if (value !== null && typeof value === 'object') {
      flat[key] = value.base;
      if (key === 'input_mtok') notes.push(`tiered: the base rate, not the higher rate above ${value.tiers[0]?.start} input tokens`);
    } else {
      flat[key] = value;
    }
  }
  return { price: flat, notes };
}

function toEntry(provider: Provider, model: ModelInfo, today: Date): Entry | null {
  const { price, notes } = currentPrice(model, today);
  const input = price.input_mtok as number | undefined;
  // Priced per request, image, second or page only: nothing to bill tokens with.
  if (input === undefined) return null;
  const { names, pattern } = splitMatch(model.match);
  const rate = (key: string) => (typeof price[key] === 'number' ? perToken(price[key] as number) : null);
  return {
    id: model.id,
    provider: provider.id,
    ...(names.length ? { names } : {}),
    ...(pattern ? { matchPattern: pattern } : {}),
    input: perToken(input),
    output: rate('output_mtok') ?? 0,
    cacheRead: rate('cache_read_mtok'),
    cacheWrite: rate('cache_write_mtok'),
    ...(rate('output_reasoning_mtok') !== null ? { reasoning: rate('output_reasoning_mtok') } : {}),
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

async function main() {
  const data = await waitForUpdate();
  if (!data) throw new Error('@pydantic/genai-prices returned no bundled data');
  // The package does not export its package.json: find it beside its entry point.
  const entry = require.resolve('@pydantic/genai-prices');
  const pkg = JSON.parse(readFileSync(path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), 'package.json'), 'utf8')) as {
    version: string;
  };
  const today = new Date();
  const models: Entry[] = [];
  const dropped: string[] = [];
  for (const { id, only } of PROVIDERS) {
    const provider = data.find((p) => p.id === id);
    if (!provider) throw new Error(`provider ${id} is not in @pydantic/genai-prices ${pkg.version}`);
    for (const model of provider.models) {
      if (only && !only(model)) continue;
      const entry = toEntry(provider, model, today);
      if (!entry) continue;
      if (models.some((m) => m.id === entry.id)) {
        dropped.push(`${id}/${model.id} (id taken by an earlier provider)`);
        continue;
      }
      // Names an earlier entry already answers to are dropped; an entry left unreachable is dropped whole.
      const candidate = [...models, entry];
      const index = indexPriceTable(candidate);
      const own = candidate.length - 1;
      entry.names = entry.names?.filter((n) => index.position(n) === own);
      if (!entry.names?.length) delete entry.names;
      if (index.position(entry.id) !== own) {
        const reachable = entry.names?.[0];
        if (!reachable) {
          dropped.push(`${id}/${model.id} (no name or rule of its own reaches it first)`);
          continue;
        }
        entry.id = reachable;
        if (models.some((m) => m.id === entry.id)) {
          dropped.push(`${id}/${model.id} (id taken by an earlier provider)`);
          continue;
        }
      }
      models.push(entry);
    }
  }
  const table: PriceTable = priceTableSchema.parse({
    source:
      `@pydantic/genai-prices ${pkg.version} (npm; the data of github.com/pydantic/genai-prices, MIT), converted by scripts/update-model-prices.ts: ` +
      `the model makers' own APIs (${PROVIDERS.map((p) => p.id).join(', ')}; Bedrock for Amazon's models only), the price in force on retrievedAt, ` +
      'tiered prices at their base rate, per-million prices divided into per-token ones.',
    retrievedAt: today.toISOString().slice(0, 10),
    unit: 'USD per token',
    models,
  });
  const file = path.join(__dirname, '..', 'packages', 'core', 'src', 'pricing', 'model-prices.json');
  writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`wrote ${models.length} models to ${path.relative(process.cwd(), file)}; left out ${dropped.length}:`);
  for (const d of dropped) console.log(`  ${d}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
