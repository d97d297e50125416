import {
  countsAsNew,
  formatMetadataValue,
  formatScoreEntry,
  nextSort,
  parseMetadataEntry,
  parseScoreEntry,
  parseTraceSearch,
  placeLiveRow,
  toTraceFilter,
  toTraceOrder,
  traceSearchKey,
  writeTraceSearch,
} from './trace-filter';

const parse = (q: string) => parseTraceSearch(new URLSearchParams(q));

describe('trace list URL', () => {
  it('reads every filter and writes it back the same', () => {
    const q =
      'from=2026-11-22T10%3A00%3A00.000Z&to=2026-11-23T10%3A00%3A00.000Z&status=RUNNING%2CERROR&tag=prod&tag=a%2Cb&meta=env%3Deu&meta=seats%3D5&score=accuracy%3A0.5..&score=tone%3Apolite%2Ckind&user=u1&session=s1&model=gpt-4o&minCost=0.01&minLatency=1500&error=1&q=hello&sort=cost&dir=asc';
    const s = parse(q);
    expect(s).toEqual({
      range: null,
      from: '2026-11-22T10:00:00.000Z',
      to: '2026-11-23T10:00:00.000Z',
      status: ['RUNNING', 'ERROR'],
      tags: ['prod', 'a,b'],
      metadata: [
        { key: 'env', value: 'eu' },
        { key: 'seats', value: 5 },
      ],
      scores: [
        { key: 'accuracy', min: 0.5 },
        { key: 'tone', labels: ['polite', 'kind'] },
      ],
      user: 'u1',
      session: 's1',
      model: 'gpt-4o',
      minCost: 0.01,
      minLatencyMs: 1500,
      hasError: true,
      text: 'hello',
      sort: { field: 'TOTAL_COST', direction: 'ASC' },
    });
    expect(writeTraceSearch(s).toString()).toBe(q);
    expect(parseTraceSearch(writeTraceSearch(s))).toEqual(s);
  });

  it('drops unknown and malformed values, and leaves defaults out of the URL', () => {
    const s = parse(
      'range=2y&status=DONE%2CSUCCESS&minCost=abc&minLatency=-3&error=maybe&from=yesterday&sort=name&meta=novalue&meta==x&score=nokey&score=k%3A..&score=%3A1..2&user=%20',
    );
    expect(s).toMatchObject({
      range: null,
      from: null,
      status: ['SUCCESS'],
      minCost: null,
      minLatencyMs: null,
      hasError: null,
      metadata: [],
      scores: [],
      user: null,
    });
    expect(s.sort).toEqual({ field: 'START_TIME', direction: 'DESC' });
    expect(writeTraceSearch(s).toString()).toBe('status=SUCCESS');
    expect(toTraceOrder(s)).toBeNull();
  });

  it('keeps parameters that are not the list’s, and a custom range wins over a preset', () => {
    const p = writeTraceSearch(parse('range=24h&from=2026-01-01T00:00:00Z'), new URLSearchParams('other=1&status=ERROR'));
    expect(p.toString()).toBe('other=1&from=2026-01-01T00%3A00%3A00.000Z');
  });

  it('score filters: a range (either end open, negatives allowed) or labels; the last colon splits the key', () => {
    expect(parseScoreEntry('accuracy:0.5..1')).toEqual({ key: 'accuracy', min: 0.5, max: 1 });
    expect(parseScoreEntry('delta:-1..')).toEqual({ key: 'delta', min: -1 });
    expect(parseScoreEntry('latency:..3')).toEqual({ key: 'latency', max: 3 });
    expect(parseScoreEntry('ns:tone: polite , rude,polite')).toEqual({ key: 'ns:tone', labels: ['polite', 'rude'] });
    expect(parseScoreEntry('accuracy:')).toBeNull();
    for (const e of ['a:0.5..1', 'a:..1', 'a:2..', 'a:x,y']) expect(formatScoreEntry(parseScoreEntry(e)!)).toBe(e);
    expect(toTraceFilter(parse('score=accuracy%3A0.5..'))).toEqual({ scores: [{ key: 'accuracy', min: 0.5 }] });
  });

  it('metadata values keep their JSON type, and text that looks like JSON keeps its quotes', () => {
    expect(parseMetadataEntry('vip=true')).toEqual({ key: 'vip', value: true });
    expect(parseMetadataEntry('id="5"')).toEqual({ key: 'id', value: '5' });
    expect(parseMetadataEntry('a=b=c')).toEqual({ key: 'a', value: 'b=c' });
    expect(parseMetadataEntry('plan={"tier":"pro"}')).toEqual({ key: 'plan', value: { tier: 'pro' } });
    expect(formatMetadataValue('5')).toBe('"5"');
    expect(formatMetadataValue('eu')).toBe('eu');
    expect(formatMetadataValue(5)).toBe('5');
  });
});

describe('trace filter and order', () => {
  it('maps the state to the API’s TraceFilter, a preset counted back from now', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    expect(toTraceFilter(parse('range=1h&status=ERROR&tag=x&user=u&minCost=0&error=0&q=hi'), now)).toEqual({
      from: '2026-11-22T11:00:00.000Z',
      status: ['ERROR'],
      tags: ['x'],
      userId: 'u',
      minCost: 0,
      hasError: false,
      text: 'hi',
    });
    expect(toTraceFilter(parse(''), now)).toEqual({});
    expect(toTraceFilter(parse('to=2026-11-20T00:00:00Z&range=1h'), now)).toEqual({ to: '2026-11-20T00:00:00.000Z' });
    expect(toTraceOrder(parse('sort=duration'))).toEqual({ field: 'DURATION', direction: 'DESC' });
  });

  it('a header click sorts descending first, then flips', () => {
    const start = { field: 'START_TIME', direction: 'DESC' } as const;
    expect(nextSort(start, 'TOTAL_COST')).toEqual({ field: 'TOTAL_COST', direction: 'DESC' });
    expect(nextSort({ field: 'TOTAL_COST', direction: 'DESC' }, 'TOTAL_COST')).toEqual({ field: 'TOTAL_COST', direction: 'ASC' });
    expect(nextSort(start, 'START_TIME')).toEqual({ field: 'START_TIME', direction: 'ASC' });
  });

  it('the key ignores what the list does not load', () => {
    expect(traceSearchKey(parse('status=ERROR&other=1'))).toBe(traceSearchKey(parse('status=ERROR')));
    expect(traceSearchKey(parse('status=ERROR'))).not.toBe(traceSearchKey(parse('status=RUNNING')));
  });
});

describe('live rows', () => {
  const row = (id: string, startTime: string, totalCost: number | null) => ({ id, startTime, durationMs: 0, totalTokens: 0, totalCost });
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const byStart = { field: 'START_TIME', direction: 'DESC' } as const;
  const byCost = { field: 'TOTAL_COST', direction: 'ASC' } as const;
  const rows = [row('c', '2026-01-03T00:00:00Z', 3), row('b', '2026-01-02T00:00:00Z', 2), row('a', '2026-01-01T00:00:00Z', null)];

  it('a new trace goes to its place in the order; an update stays where it is', () => {
    expect(ids(placeLiveRow(rows, row('d', '2026-01-04T00:00:00Z', 1), byStart, true).rows)).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(placeLiveRow(rows, row('x', '2026-01-02T12:00:00Z', 1), byStart, true).rows)).toEqual(['c', 'x', 'b', 'a']);
    // Ascending cost: a cheap one first, unknown costs stay last.
    expect(ids(placeLiveRow([rows[1], rows[0], rows[2]], row('d', '2026-01-04T00:00:00Z', 1), byCost, true).rows)).toEqual(['d', 'b', 'c', 'a']);
    const updated = placeLiveRow(rows, row('b', '2026-01-02T00:00:00Z', 9), byCost, true);
    expect(updated).toMatchObject({ known: true });
    expect(ids(updated.rows)).toEqual(['c', 'b', 'a']);
    expect(updated.rows[1].totalCost).toBe(9);
  });

  it('a trace past the loaded rows waits for its page, unless every page is loaded', () => {
    const late = row('z', '2025-01-01T00:00:00Z', 1);
    expect(ids(placeLiveRow(rows.slice(0, 2), late, byStart, true).rows)).toEqual(['c', 'b']);
    expect(ids(placeLiveRow(rows.slice(0, 2), late, byStart, false).rows)).toEqual(['c', 'b', 'z']);
  });

  it('counts a created trace, or any unknown one once every page is loaded', () => {
    expect(countsAsNew(false, 'CREATED', true)).toBe(true);
    expect(countsAsNew(false, 'UPDATED', true)).toBe(false);
    expect(countsAsNew(false, 'UPDATED', false)).toBe(true);
    expect(countsAsNew(true, 'CREATED', false)).toBe(false);
  });
});
