// Live subscriptions under stress: a Redis of their own that is killed and restarted mid-stream,
// and a subscriber too slow to keep up.
import WebSocket from 'ws';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { liveClient, type LiveClient } from '../support/live-client';
import { freePort } from '../support/ports';
import { RedisProcess } from '../support/redis';
import { startTestServer, type TestServer } from '../support/test-server';
import { sleep } from '../support/wait';
import { operationText, type TypedOperation } from '../support/typed-operation';

const INGEST = graphql(`mutation LiveResilienceIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }`);
const SPAN_ADDED = graphql(`subscription LiveResilienceSpanAdded($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id name sequence } }`);
const SPAN_ADDED_WITH_INPUTS = graphql(
  `subscription LiveResilienceSpanAddedWithInputs($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id name sequence inputs } }`,
);

const uuid = () => crypto.randomUUID();
const at = (ms: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + ms).toISOString();

const clients: LiveClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

describe('Redis restarting mid-stream', () => {
  let redis: RedisProcess;
  let a: TestServer;
  let b: TestServer;
  let project: { id: string; key: string };

  beforeAll(async () => {
    redis = new RedisProcess(await freePort());
    await redis.start();
    a = await startTestServer({ REDIS_URL: redis.url });
    b = await startTestServer({ REDIS_URL: redis.url }, a);
    project = await a.project('resilience', 'admin');
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await redis?.kill();
  });

  const ingest = async (s: TestServer, batch: IngestBatchInput) => {
    const r = await s.gql(INGEST, { b: batch }, project.key);
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingest.accepted).toBeGreaterThan(0);
  };
  const span = (traceId: string, i: number) => ({ id: uuid(), traceId, name: `s${i}`, startTime: at(i), endTime: at(i + 1) });

  it('is survived: ingestion goes on, the subscriber receives every span once, in order, without resubscribing; one that resubscribes with since misses nothing', async () => {
    const trace = uuid();
    await ingest(b, { traces: [{ id: trace, startTime: at(0) }] });
    const c = liveClient(a.wsUrl, project.key);
    clients.push(c);
    const sub = c.subscribe(SPAN_ADDED, { t: trace, since: '0' }, 'spanAdded');
    const resubscriber = liveClient(a.wsUrl, project.key);
    clients.push(resubscriber);
    const early = resubscriber.subscribe(SPAN_ADDED, { t: trace, since: '0' }, 'spanAdded');

    const spans = Array.from({ length: 30 }, (_, i) => span(trace, i));
    for (const s of spans.slice(0, 10)) await ingest(b, { agentCalls: [s] });
    await sub.until((x) => x.events.length === 10);
    await early.until((x) => x.events.length === 10);
    early.stop();

    const health = async () => (await (await fetch(a.url.replace(/graphql$/, 'health'))).json()) as { status: string; liveEvents: string };
    expect(await health()).toMatchObject({ status: 'ok', liveEvents: 'redis' });
    await redis.kill();
    // Ingestion does not depend on Redis: these are stored and acknowledged while it is down.
    for (const s of spans.slice(10, 20)) await ingest(b, { agentCalls: [s] });
    await sleep(300);
    expect(await health()).toMatchObject({ status: 'ok', liveEvents: 'redis-unreachable' });
    await redis.start();
    // Give ioredis time to notice and reconnect (its retry delay is at most 2 s).
    await sleep(2500);
    expect(await health()).toMatchObject({ status: 'ok', liveEvents: 'redis' });
    for (const s of spans.slice(20)) await ingest(b, { agentCalls: [s] });

    await sub.until((x) => x.events.length >= 30, 15_000, 'all 30 spans after the restart');
    await sleep(300);
    expect(sub.events.map((e) => e.id)).toEqual(spans.map((s) => s.id));
    expect(sub.events.map((e) => e.sequence)).toEqual(spans.map((_, i) => i + 1));

    const resumed = resubscriber.subscribe(SPAN_ADDED, { t: trace, since: String(early.events[9].sequence) }, 'spanAdded');
    await resumed.until((x) => x.events.length >= 20);
    expect([...early.events, ...resumed.events].map((e) => e.id)).toEqual(spans.map((s) => s.id));
  }, 60_000);
});

describe('a subscriber that cannot keep up', () => {
  let s: TestServer;
  let project: { id: string; key: string };
  beforeAll(async () => {
    s = await startTestServer({ LIVE_BUFFER_EVENTS: '5' });
    project = await s.project('slow', 'admin');
  });
  afterAll(() => s?.stop());

  /** A bare graphql-transport-ws connection whose reading can be paused, as a stalled browser tab would. */
  async function rawSubscription<R, V>(query: TypedOperation<R, V>, variables: NoInfer<V>) {
    const ws = new WebSocket(s.wsUrl, 'graphql-transport-ws');
    const messages: { type: string; payload?: any }[] = [];
    await new Promise((r) => ws.once('open', r));
    ws.on('message', (d) => messages.push(JSON.parse(String(d))));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { apiKey: project.key } }));
    while (!messages.some((m) => m.type === 'connection_ack')) await sleep(10);
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: operationText(query), variables } }));
    const socket = (ws as unknown as { _socket: import('node:net').Socket })._socket;
    return { ws, messages, pause: () => socket.pause(), resume: () => socket.resume() };
  }

  it('is ended with SUBSCRIBER_LAGGED and a resume cursor while ingestion carries on; resubscribing with since gets the rest exactly once', async () => {
    const trace = uuid();
    await s.gql(INGEST, { b: { traces: [{ id: trace, startTime: at(0) }] } }, project.key);
    const slow = await rawSubscription(SPAN_ADDED_WITH_INPUTS, { t: trace, since: '0' });
    slow.pause();
    // Large spans fill the socket buffers quickly, then the subscription's queue.
    const big = 'x'.repeat(256 * 1024);
    const ids: string[] = [];
    for (let batch = 0; batch < 8; batch++) {
      const agentCalls = Array.from({ length: 8 }, (_, i) => ({
        id: uuid(),
        traceId: trace,
        name: `b${batch}-${i}`,
        startTime: at(batch * 10 + i),
        inputs: { big },
      }));
      ids.push(...agentCalls.map((x) => x.id));
      const r = await s.gql(INGEST, { b: { agentCalls } }, project.key);
      expect(r.data!.ingest.accepted).toBe(8);
    }
    slow.resume();
    await (async () => {
      for (let i = 0; i < 500 && !slow.messages.some((m) => m.type === 'complete'); i++) await sleep(20);
    })();
    const nexts = slow.messages.filter((m) => m.type === 'next');
    const lagged = nexts.find((m) => m.payload.errors);
    expect(lagged?.payload.errors[0].extensions).toMatchObject({ code: 'SUBSCRIBER_LAGGED' });
    expect(slow.messages.at(-1)!.type).toBe('complete');
    const delivered = nexts.filter((m) => m.payload.data).map((m) => m.payload.data.spanAdded as ResultOf<typeof SPAN_ADDED_WITH_INPUTS>['spanAdded']);
    expect(delivered.length).toBeLessThan(ids.length);
    const resumeFrom = lagged!.payload.errors[0].extensions.resumeFrom as string;
    expect(resumeFrom).toBe(String(delivered.at(-1)!.sequence));
    slow.ws.close();

    const c = liveClient(s.wsUrl, project.key);
    clients.push(c);
    const rest = c.subscribe(SPAN_ADDED, { t: trace, since: resumeFrom }, 'spanAdded');
    await rest.until((x) => x.events.length >= ids.length - delivered.length);
    expect([...delivered, ...rest.events].map((e) => e.id)).toEqual(ids);
  }, 60_000);
});
