// Property-based fuzzing of the ingest contract (fast-check): batches mixing well-formed items with
// items broken in every way a buggy SDK or an attacker can send (values of the wrong type, which the
// ingest inputs' lenient scalars leave to per-item validation; numbers out of bounds, JSON too deep or
// too large, odd text, odd times, dangling parents). Whatever the
// mix, the answer is never a 5xx or a GraphQL error, every item is counted once, every broken item
// is rejected on its own and every good one is stored.
import fc from 'fast-check';
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { startTestServer, type TestServer } from '../support/test-server';

const INGEST = graphql(`mutation FuzzIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code } } }`);

let s: TestServer;
let key: string;
beforeAll(async () => {
  // Small caps, so that the size limits are reachable with small inputs.
  s = await startTestServer({ MAX_BATCH_ITEMS: '200', MAX_SPANS_PER_TRACE: '1000' });
  key = (await s.project('fuzz', 'ingest')).key;
});
afterAll(() => s?.stop());

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const nested = (depth: number): Json => {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = { d: v };
  return v;
};

// Text as clients send it: any Unicode, NUL bytes and lone surrogates included.
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant('\u0000nul'), fc.constant('\ud800 lone'));
const json: fc.Arbitrary<Json> = fc.oneof(fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>, text);
const jsonObject = fc.dictionary(fc.string({ maxLength: 10 }), json, { maxKeys: 4 });
const time = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const cost = fc.double({ min: 0, max: 1e6, noNaN: true });
// Each count may reach 2^31 - 1 alone; two of them must stay within it, as their total must.
const tokens = fc.integer({ min: 0, max: 1_073_741_823 });

type Kind = 'agent' | 'llm' | 'tool';

/** A well-formed field set of each kind; ids and trace ids are added per batch. */
const good: Record<Kind, fc.Arbitrary<Record<string, unknown>>> = {
  agent: fc.record(
    { name: text, startTime: time, inputs: json, metadata: jsonObject, tags: fc.array(text, { maxLength: 3 }) },
    { requiredKeys: ['startTime'] },
  ),
  llm: fc.record(
    {
      model: fc.constantFrom('gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'no-such-model', ''),
      startTime: time,
      promptTokens: tokens,
      completionTokens: tokens,
      totalCost: cost,
      promptCost: cost,
      temperature: fc.double({ min: 0, max: 100, noNaN: true }),
      latencyMs: fc.double({ min: 0, max: 31_536_000_000, noNaN: true }),
      outputs: json,
    },
    { requiredKeys: ['startTime'] },
  ),
  tool: fc.record(
    { name: text, startTime: time, totalCost: cost, outputs: json, latencyMs: fc.double({ min: 0, max: 1e9, noNaN: true }) },
    { requiredKeys: ['startTime'] },
  ),
};

/** One flaw per kind of item: of type (GraphQL coercion would have refused the whole request) or of value. */
const flaws: Record<Kind, fc.Arbitrary<Record<string, unknown>>> = {
  agent: fc.oneof(
    fc.record({ startTime: fc.constantFrom('not-a-date', true, { at: 1 }, 1_795_000_000) }),
    fc.record({ name: fc.constantFrom(5, ['a'], { n: 1 }) }),
    fc.record({ runType: fc.constantFrom('NOPE', 3) }),
    fc.record({ tags: fc.constant(['ok', 7]) }),
    fc.record({ metadata: fc.constant({ deep: nested(150) }) }),
    fc.record({ inputs: fc.constant('x'.repeat(8 * 1024 * 1024 + 1)) }),
    fc.record({ latencyMs: fc.constantFrom(-1, 1e300, 31_536_000_001) }),
  ),
  llm: fc.oneof(
    fc.record({ promptTokens: fc.constantFrom(1.5, 'ten', 3e9) }),
    fc.record({ temperature: fc.constantFrom('hot', false) }),
    fc.record({ metadata: fc.constantFrom('str', 4, [1]) }),
    fc.record({ totalCost: fc.constantFrom(-0.01, 1e6 + 1, 1.7e308) }),
    fc.record({ promptCost: fc.constantFrom(-1, 1e308) }),
    fc.record({ promptTokens: fc.constantFrom(-1, -2_147_483_648) }),
    fc.record({ promptTokens: fc.constant(2_000_000_000), completionTokens: fc.constant(200_000_000) }),
    fc.record({ temperature: fc.constantFrom(100.5, 1e308, -1) }),
    fc.record({ outputs: fc.constant(nested(120)) }),
  ),
  tool: fc.oneof(
    fc.record({ id: fc.constantFrom(true, 1.5) }),
    fc.record({ status: fc.constantFrom('DONE', 0) }),
    fc.record({ totalCost: fc.constantFrom(-5, 1e308) }),
    fc.record({ latencyMs: fc.constant(-0.5) }),
    fc.record({ inputs: fc.constant([nested(200)]) }),
  ),
};

const LISTS = { agent: 'agentCalls', llm: 'llmCalls', tool: 'toolCalls' } as const;
/** How a rejection names each list. */
const LIST_CODES = { agentCalls: 'AGENT_CALLS', llmCalls: 'LLM_CALLS', toolCalls: 'TOOL_CALLS' } as const;
const item = (kind: Kind) => fc.record({ kind: fc.constant(kind), fields: good[kind], flaw: fc.option(flaws[kind], { freq: 3 }), parent: fc.nat(40) });
const oversized = (x: { flaw: Record<string, unknown> | null }) => typeof x.flaw?.inputs === 'string' && x.flaw.inputs.length > 1_000_000;
const batchShape = fc
  .record({
    traces: fc.integer({ min: 1, max: 3 }),
    items: fc.array(fc.oneof(item('agent'), item('llm'), item('tool')), { minLength: 1, maxLength: 30 }),
  })
  // Two 8 MiB fields pass MAX_BODY_BYTES (16 MiB): the whole request's 413, tested elsewhere, not an item's verdict.
  .filter((b) => b.items.filter(oversized).length <= 1);

describe('ingest under fuzzed batches', () => {
  it('answers every mix of good and broken items with per-item verdicts, storing every good item', async () => {
    await fc.assert(
      fc.asyncProperty(batchShape, async (shape) => {
        const traceIds = Array.from({ length: shape.traces }, () => crypto.randomUUID());
        const ids = shape.items.map(() => crypto.randomUUID());
        const b: Record<(typeof LISTS)[Kind], Record<string, unknown>[]> = { agentCalls: [], llmCalls: [], toolCalls: [] };
        const expectBad = new Set<string>();
        shape.items.forEach((x, i) => {
          // Parents may point anywhere: at an earlier item, a later one, a broken one, or nowhere.
          const parentId = x.parent < shape.items.length ? ids[x.parent] : x.parent % 2 ? crypto.randomUUID() : null;
          const list = LISTS[x.kind];
          b[list].push({ ...x.fields, id: ids[i], traceId: traceIds[i % traceIds.length], parentId: parentId === ids[i] ? null : parentId, ...(x.flaw ?? {}) });
          if (x.flaw) expectBad.add(`${LIST_CODES[list]}:${b[list].length - 1}`);
        });
        const r = await s.gql(INGEST, { b: b as IngestBatchInput }, key);
        expect(r.status).toBe(200);
        expect(r.errors).toBeUndefined();
        const out = r.data!.ingest;
        expect(out.accepted + out.rejected).toBe(shape.items.length);
        expect(new Set(out.rejections.map((x) => `${x.list}:${x.index}`))).toEqual(expectBad);
        for (const x of out.rejections) expect(['BAD_USER_INPUT', 'PAYLOAD_TOO_LARGE']).toContain(x.code);

        const goodIds = ids.filter((_, i) => !shape.items[i].flaw);
        const stored: { id: string }[] = goodIds.length ? await s.ds.query('SELECT id FROM spans WHERE id = ANY($1::uuid[])', [goodIds]) : [];
        expect(stored.map((x) => x.id).sort()).toEqual([...goodIds].sort());
      }),
      { numRuns: 40 },
    );
  });
});
