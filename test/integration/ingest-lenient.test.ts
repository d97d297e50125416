// One bad value never sinks a batch: for every ingest list and every field of its input type, an item
// holding a value of the wrong type is rejected alone (list, index, field) and the good item beside it
// is stored. The cases come from the committed schema, so a field added later with a strict scalar
// (which would fail the whole request at coercion again) fails this test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLInputField } from 'graphql';
import { startTestServer, type TestServer } from '../support/test-server';

const schema = buildSchema(readFileSync(path.resolve(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

const INGEST = `mutation($b: IngestBatchInput!) {
  ingest(batch: $b) { accepted rejected rejections { list index id code field message } ids { list ids } }
}`;

/** A value of the wrong type for each scalar an ingest field may take (JSON takes anything, so has none). */
const BAD_VALUE: Record<string, unknown> = {
  LenientString: 5,
  LenientID: true,
  LenientInt: 1.5,
  LenientFloat: 'fast',
  LenientBoolean: 'yes',
  LenientDateTime: 'not-a-date',
  LenientJSONObject: 5,
  LenientRunType: 'NOPE',
  LenientSpanStatus: 'NOPE',
  LenientTraceStatus: 'NOPE',
};

/** Where each list's rows are stored. */
const TABLE: Record<string, string> = {
  traces: 'traces',
  agentCalls: 'spans',
  llmCalls: 'spans',
  toolCalls: 'spans',
  errors: 'errors',
  userInteractions: 'user_interactions',
  systemInfos: 'system_infos',
  metrics: 'metrics',
};

const uuid = () => crypto.randomUUID();
/** The IngestList value naming a list: userInteractions → USER_INTERACTIONS. */
const enumName = (list: string) => list.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
const START = '2026-11-22T10:00:00Z';

/** A valid item of each list, under trace `traceId`. */
function goodItem(list: string, traceId: string): Record<string, unknown> {
  const id = uuid();
  switch (list) {
    case 'traces':
      return { id, name: 'good', startTime: START };
    case 'agentCalls':
    case 'toolCalls':
      return { id, traceId, name: 'good', startTime: START };
    case 'llmCalls':
      return { id, traceId, model: 'gpt-4o', startTime: START };
    case 'errors':
      return { id, traceId, errorMessage: 'boom' };
    case 'userInteractions':
      return { id, traceId, interactionType: 'input', content: 'hi' };
    case 'systemInfos':
      return { id, traceId, osName: 'linux' };
    case 'metrics':
      return { id, traceId, name: 'relevance', score: 0.5 };
    default:
      throw new Error(`no good item for list ${list}: add one`);
  }
}

type Case = { field: string; rejectedAt: string; value: unknown };

/** One case per field of the input type: the wrong value, and the field a rejection names for it. */
function casesOf(fields: GraphQLInputField[], list: string): Case[] {
  return fields.flatMap((f): Case[] => {
    const named = getNamedType(f.type).name;
    if (named === 'JSON') return [];
    const bad = BAD_VALUE[named];
    if (bad === undefined) throw new Error(`${list}.${f.name} takes ${named}, which fails the whole request at coercion: use a Lenient scalar`);
    const inner = isNonNullType(f.type) ? f.type.ofType : f.type;
    return isListType(inner) ? [{ field: f.name, rejectedAt: `${f.name}[1]`, value: ['fine', bad] }] : [{ field: f.name, rejectedAt: f.name, value: bad }];
  });
}

describe('ingest validates each value per item', () => {
  let s: TestServer;
  let project: { id: string; key: string };
  beforeAll(async () => {
    s = await startTestServer();
    project = await s.project('lenient', 'ingest');
  });
  afterAll(() => s?.stop());

  const batchInput = schema.getType('IngestBatchInput');
  if (!isInputObjectType(batchInput)) throw new Error('IngestBatchInput is gone');
  const lists = Object.values(batchInput.getFields()).filter((f) => isListType(isNonNullType(f.type) ? f.type.ofType : f.type));

  it('covers every list of the batch', () => {
    expect(lists.map((l) => l.name).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(lists.map((l) => [l.name, l] as const))('%s: each bad value rejects only its item, and the good item is stored', async (list, field) => {
    const itemType = getNamedType(field.type);
    if (!isInputObjectType(itemType)) throw new Error(`${list} holds no input objects`);
    const cases = casesOf(Object.values(itemType.getFields()), list);
    expect(cases.length).toBeGreaterThan(3);

    const traceId = uuid();
    const good = goodItem(list, traceId);
    const bad = cases.map((c) => ({ ...goodItem(list, traceId), [c.field]: c.value }));
    const res = await s.gql(INGEST, { b: { traces: list === 'traces' ? undefined : [{ id: traceId }], [list]: [good, ...bad] } }, project.key);

    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const answer = res.data!.ingest;
    expect(answer.rejected).toBe(cases.length);
    expect(answer.accepted).toBe(list === 'traces' ? 1 : 2);
    expect(answer.rejections).toEqual(
      cases.map((c, i) =>
        expect.objectContaining({
          list: enumName(list),
          index: i + 1,
          code: 'BAD_USER_INPUT',
          field: c.rejectedAt,
          message: expect.stringContaining(`${list}[${i + 1}]: ${c.rejectedAt}`),
        }),
      ),
    );
    const ids = answer.ids.find((x: { list: string }) => x.list === enumName(list)).ids;
    expect(ids).toEqual([good.id, ...cases.map(() => null)]);
    const stored = await s.ds.query(`SELECT id FROM ${TABLE[list]} WHERE id = ANY($1::uuid[])`, [
      [good.id, ...bad.map((b) => b.id).filter((x) => typeof x === 'string')],
    ]);
    expect(stored).toEqual([{ id: good.id }]);
  });

  it('takes times as ISO strings with or without an offset and as epoch milliseconds, and names epoch seconds', async () => {
    const traceId = uuid();
    const ids = [uuid(), uuid(), uuid(), uuid()];
    const res = await s.gql(
      INGEST,
      {
        b: {
          traces: [{ id: traceId }],
          agentCalls: [
            { id: ids[0], traceId, startTime: '2026-11-22T10:00:00.250+01:00' },
            { id: ids[1], traceId, startTime: '2026-11-22T10:00:00.5' },
            { id: ids[2], traceId, startTime: Date.UTC(2026, 10, 22, 10, 0, 1) },
            { id: ids[3], traceId, startTime: 1_795_000_000 },
          ],
        },
      },
      project.key,
    );
    expect(res.data!.ingest).toMatchObject({
      accepted: 4,
      rejected: 1,
      rejections: [
        {
          index: 3,
          field: 'startTime',
          message: 'agentCalls[3]: startTime: 1795000000 looks like epoch seconds; send epoch milliseconds or an ISO 8601 string',
        },
      ],
    });
    const rows: { id: string; start_time: Date }[] = await s.ds.query('SELECT id, start_time FROM spans WHERE id = ANY($1::uuid[]) ORDER BY start_time', [ids]);
    expect(rows.map((r) => [r.id, r.start_time.toISOString()])).toEqual([
      [ids[0], '2026-11-22T09:00:00.250Z'],
      [ids[1], '2026-11-22T10:00:00.500Z'],
      [ids[2], '2026-11-22T10:00:01.000Z'],
    ]);
  });

  it('rejects a null item alone, and bad values written inline in the document as in variables', async () => {
    const traceId = uuid();
    const [good, bad] = [uuid(), uuid()];
    const res = await s.gql(
      `mutation { ingest(batch: {
        traces: [{ id: "${traceId}" }]
        llmCalls: [
          null,
          { id: "${good}", traceId: "${traceId}", runType: LLM, status: SUCCESS, startTime: "${START}", promptTokens: 3 }
          { id: "${bad}", traceId: "${traceId}", startTime: "${START}", promptTokens: "three" }
        ] }) { accepted rejected rejections { index field message } } }`,
      {},
      project.key,
    );
    expect(res.status).toBe(200);
    expect(res.data!.ingest).toEqual({
      accepted: 2,
      rejected: 2,
      rejections: [
        { index: 0, field: null, message: 'llmCalls[0]: the item is null; send an object or leave it out' },
        { index: 2, field: 'promptTokens', message: 'llmCalls[2]: promptTokens: Int cannot represent non-integer value: "three"' },
      ],
    });
    expect(await s.ds.query('SELECT id, status, prompt_tokens FROM spans WHERE id = ANY($1::uuid[])', [[good, bad]])).toEqual([
      { id: good, status: 'success', prompt_tokens: 3 },
    ]);
  });

  it('takes enum values by name or, as LangSmith writes them, in lower case', async () => {
    const traceId = uuid();
    const ids = [uuid(), uuid()];
    const res = await s.gql(
      INGEST,
      {
        b: {
          traces: [{ id: traceId, status: 'error' }],
          toolCalls: [
            { id: ids[0], traceId, runType: 'RETRIEVER', startTime: START },
            { id: ids[1], traceId, runType: 'retriever', startTime: START },
          ],
        },
      },
      project.key,
    );
    expect(res.data!.ingest).toMatchObject({ accepted: 3, rejected: 0 });
    expect(await s.ds.query('SELECT DISTINCT run_type FROM spans WHERE id = ANY($1::uuid[])', [ids])).toEqual([{ run_type: 'retriever' }]);
    expect(await s.ds.query('SELECT error_flag FROM traces WHERE id = $1', [traceId])).toEqual([{ error_flag: true }]);
  });
});
