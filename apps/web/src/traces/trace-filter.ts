// The trace list's filters, sort and time range as they live in the URL, and the TraceFilter and
// TraceOrder the `traces` query and the `traceUpdated` subscription take. Pure, so the URL format is
// unit-tested: a link pasted into chat must open the same list.
//
// URL format (every part optional; absent means "any"):
//   range=1h|24h|7d|30d            a preset, taken back from now when the list loads
//   from=<ISO>&to=<ISO>            a custom range (wins over a preset)
//   status=ERROR,RUNNING           any of these statuses
//   tag=a&tag=b                    carrying all of these tags (repeated: a tag may hold a comma)
//   meta=key=value (repeated)      metadata key equal to value; value is JSON when it parses (5, true, "5"), else text
//   user= session= model= q=       exact user, session, model; text in name, inputs or outputs
//   minCost=0.01 minLatency=1500   USD, milliseconds
//   error=1|0                      with or without errors
//   score=key:0.5..1 (repeated)    a score of that key in the range (either end may be left out, inclusive)
//   score=key:good,ok              a score of that key with one of these labels (the last `:` splits)
//   sort=cost|duration|tokens|start  dir=asc|desc   (default: start, desc)
import type { MetadataFilter, OrderDirection, ScoreFilter, TraceFilter, TraceOrder, TraceOrderField, TraceStatus } from '../gql/graphql';

export const TRACE_STATUSES: TraceStatus[] = ['RUNNING', 'SUCCESS', 'ERROR'];

export const RANGE_PRESETS: Record<string, { label: string; ms: number }> = {
  '1h': { label: 'Last hour', ms: 3_600_000 },
  '24h': { label: 'Last 24 hours', ms: 86_400_000 },
  '7d': { label: 'Last 7 days', ms: 7 * 86_400_000 },
  '30d': { label: 'Last 30 days', ms: 30 * 86_400_000 },
};

/** The URL's name of each sortable field; the column ids of the list use the same fields. */
const SORT_FIELDS: Record<string, TraceOrderField> = {
  start: 'START_TIME',
  duration: 'DURATION',
  tokens: 'TOTAL_TOKENS',
  cost: 'TOTAL_COST',
};

/** Everything the URL says about the list, normalised: unknown or malformed values are dropped. */
export type TraceSearch = {
  range: string | null;
  from: string | null;
  to: string | null;
  status: TraceStatus[];
  tags: string[];
  metadata: MetadataFilter[];
  scores: ScoreFilter[];
  user: string | null;
  session: string | null;
  model: string | null;
  minCost: number | null;
  minLatencyMs: number | null;
  hasError: boolean | null;
  text: string | null;
  sort: { field: TraceOrderField; direction: OrderDirection };
};

export const DEFAULT_SORT: TraceSearch['sort'] = { field: 'START_TIME', direction: 'DESC' };

const text = (v: string | null) => (v && v.trim() ? v.trim() : null);
const number = (v: string | null) => {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
};
const iso = (v: string | null) => {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

/** A metadata value as typed: JSON when it parses (so 5 and true keep their type, "5" is text), else the text itself. */
function parseMetadataValue(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** The text a metadata value is written as, so that parseMetadataValue gives it back. */
export function formatMetadataValue(value: unknown): string {
  if (typeof value === 'string') {
    // Text that would parse as something else (a number, true, a quoted string) keeps its quotes.
    return parseMetadataValue(value) === value ? value : JSON.stringify(value);
  }
  return JSON.stringify(value);
}

/** Parses `key=value` (the first `=` splits); null without a key. */
export function parseMetadataEntry(raw: string): MetadataFilter | null {
  const i = raw.indexOf('=');
  if (i <= 0) return null;
  const key = raw.slice(0, i).trim();
  return key ? { key, value: parseMetadataValue(raw.slice(i + 1).trim()) } : null;
}

const RANGE = /^(-?\d+(?:\.\d+)?)?\.\.(-?\d+(?:\.\d+)?)?$/;

/** Parses `key:min..max` (either end may be empty, not both) or `key:label,label`; null when malformed. */
export function parseScoreEntry(raw: string): ScoreFilter | null {
  const i = raw.lastIndexOf(':');
  if (i <= 0) return null;
  const key = raw.slice(0, i).trim();
  const rest = raw.slice(i + 1).trim();
  if (!key || !rest) return null;
  const range = RANGE.exec(rest);
  if (range) {
    if (range[1] === undefined && range[2] === undefined) return null;
    const f: ScoreFilter = { key };
    if (range[1] !== undefined) f.min = Number(range[1]);
    if (range[2] !== undefined) f.max = Number(range[2]);
    return f;
  }
  const labels = [
    ...new Set(
      rest
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
  return labels.length ? { key, labels } : null;
}

/** The text a score filter is written as, so that parseScoreEntry gives it back. */
export function formatScoreEntry(f: ScoreFilter): string {
  if (f.labels?.length) return `${f.key}:${f.labels.join(',')}`;
  return `${f.key}:${f.min ?? ''}..${f.max ?? ''}`;
}

/** Reads the list's state from the URL's query string. */
export function parseTraceSearch(params: URLSearchParams): TraceSearch {
  const range = params.get('range');
  const sortField = SORT_FIELDS[params.get('sort') ?? ''] ?? DEFAULT_SORT.field;
  const dir = params.get('dir');
  const error = params.get('error');
  return {
    range: range && range in RANGE_PRESETS ? range : null,
    from: iso(params.get('from')),
    to: iso(params.get('to')),
    status: TRACE_STATUSES.filter((s) => (params.get('status') ?? '').split(',').includes(s)),
    tags: [
      ...new Set(
        params
          .getAll('tag')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ],
    metadata: params
      .getAll('meta')
      .map(parseMetadataEntry)
      .filter((m): m is MetadataFilter => m !== null),
    scores: params
      .getAll('score')
      .map(parseScoreEntry)
      .filter((f): f is ScoreFilter => f !== null),
    user: text(params.get('user')),
    session: text(params.get('session')),
    model: text(params.get('model')),
    minCost: number(params.get('minCost')),
    minLatencyMs: number(params.get('minLatency')),
    hasError: error === '1' ? true : error === '0' ? false : null,
    text: text(params.get('q')),
    sort: { field: sortField, direction: dir === 'asc' ? 'ASC' : 'DESC' },
  };
}

const FILTER_PARAMS = [
  'range',
  'from',
  'to',
  'status',
  'tag',
  'meta',
  'score',
  'user',
  'session',
  'model',
  'minCost',
  'minLatency',
  'error',
  'q',
  'sort',
  'dir',
];

/** Writes the list's state into `params` (other parameters are kept), leaving defaults out so links stay short. */
export function writeTraceSearch(s: TraceSearch, params = new URLSearchParams()): URLSearchParams {
  for (const name of FILTER_PARAMS) params.delete(name);
  const set = (name: string, v: string | number | null) => v !== null && v !== '' && params.set(name, String(v));
  if (s.from || s.to) {
    set('from', s.from);
    set('to', s.to);
  } else set('range', s.range);
  if (s.status.length) params.set('status', s.status.join(','));
  for (const t of s.tags) params.append('tag', t);
  for (const m of s.metadata) params.append('meta', `${m.key}=${formatMetadataValue(m.value)}`);
  for (const f of s.scores) params.append('score', formatScoreEntry(f));
  set('user', s.user);
  set('session', s.session);
  set('model', s.model);
  set('minCost', s.minCost);
  set('minLatency', s.minLatencyMs);
  if (s.hasError !== null) params.set('error', s.hasError ? '1' : '0');
  set('q', s.text);
  if (s.sort.field !== DEFAULT_SORT.field || s.sort.direction !== DEFAULT_SORT.direction) {
    params.set(
      'sort',
      Object.keys(SORT_FIELDS).find((k) => SORT_FIELDS[k] === s.sort.field)!,
    );
    params.set('dir', s.sort.direction.toLowerCase());
  }
  return params;
}

/** The `traces` filter the state asks for; a preset range starts `now` minus its length. */
export function toTraceFilter(s: TraceSearch, now = Date.now()): TraceFilter {
  const f: TraceFilter = {};
  if (s.from || s.to) {
    if (s.from) f.from = s.from;
    if (s.to) f.to = s.to;
  } else if (s.range) f.from = new Date(now - RANGE_PRESETS[s.range].ms).toISOString();
  if (s.status.length) f.status = s.status;
  if (s.tags.length) f.tags = s.tags;
  if (s.metadata.length) f.metadata = s.metadata;
  if (s.scores.length) f.scores = s.scores;
  if (s.user) f.userId = s.user;
  if (s.session) f.sessionId = s.session;
  if (s.model) f.model = s.model;
  if (s.minCost !== null) f.minCost = s.minCost;
  if (s.minLatencyMs !== null) f.minLatencyMs = s.minLatencyMs;
  if (s.hasError !== null) f.hasError = s.hasError;
  if (s.text) f.text = s.text;
  return f;
}

/** The `traces` order, or null for the API's default (newest first). */
export function toTraceOrder(s: TraceSearch): TraceOrder | null {
  return s.sort.field === DEFAULT_SORT.field && s.sort.direction === DEFAULT_SORT.direction ? null : s.sort;
}

/** A stable key of what the list loads, so a change in any other URL parameter does not reload it. */
export const traceSearchKey = (s: TraceSearch): string => writeTraceSearch(s).toString();

/** The sort a click on a column's header asks for: the other direction on the sorted column, else that column descending. */
export function nextSort(current: TraceSearch['sort'], field: TraceOrderField): TraceSearch['sort'] {
  if (current.field !== field) return { field, direction: 'DESC' };
  return { field, direction: current.direction === 'DESC' ? 'ASC' : 'DESC' };
}

/** The fields of a row the sort reads. */
export type SortableRow = { id: string; startTime: string; durationMs: number; totalTokens: number; totalCost: number | null };

const sortValue = (r: SortableRow, field: TraceOrderField): number | null => {
  switch (field) {
    case 'START_TIME':
      return Date.parse(r.startTime);
    case 'DURATION':
      return r.durationMs;
    case 'TOTAL_TOKENS':
      return r.totalTokens;
    case 'TOTAL_COST':
      return r.totalCost;
  }
};

/** Whether `a` comes before `b` in the list's order (unknown costs last, as Postgres' NULLS LAST). */
function before(a: SortableRow, b: SortableRow, sort: TraceSearch['sort']): boolean {
  const x = sortValue(a, sort.field);
  const y = sortValue(b, sort.field);
  if (x === null) return false;
  if (y === null) return true;
  return sort.direction === 'DESC' ? x > y : x < y;
}

/**
 * Puts a trace the live subscription sent into the loaded rows: replaced where it is (its values may
 * have changed, its place is kept so rows do not jump under the pointer), else inserted at its place
 * in the order. A new row that sorts after the last loaded one while more pages remain is left out:
 * the page that holds it will bring it. `known` says whether the trace was among the loaded rows.
 */
export function placeLiveRow<T extends SortableRow>(rows: readonly T[], row: T, sort: TraceSearch['sort'], morePages: boolean): { rows: T[]; known: boolean } {
  const i = rows.findIndex((r) => r.id === row.id);
  if (i >= 0) {
    const next = [...rows];
    next[i] = row;
    return { rows: next, known: true };
  }
  const at = rows.findIndex((r) => before(row, r, sort));
  if (at < 0) return { rows: morePages ? [...rows] : [...rows, row], known: false };
  return { rows: [...rows.slice(0, at), row, ...rows.slice(at)], known: false };
}

/**
 * Whether a live trace the list did not hold adds one to its total: a trace just created does, and
 * so does any trace once every page is loaded (it now matches the filter and was not counted). With
 * pages left, an update of an unloaded trace was likely counted already.
 */
export const countsAsNew = (known: boolean, change: string, morePages: boolean): boolean => !known && (change === 'CREATED' || !morePages);
