import type { DataSource } from 'typeorm';
import { LLMCallEntity, SpanEntity } from '../spans/span.entity';
import { toSpan } from '../spans/span.mapper';
import { AgentCall, type Span } from '../spans/span.type';
import { channels, type SpansMessage } from './live.events';
import type { LiveStream } from './live.stream';
import { revive, spanTarget } from './live.wire';
import { SpanSkeleton } from './span-skeleton.tree';

type Log = (msg: string, err?: unknown) => void;

/** Where a new subscriber starts: after a sequence number, at a time (spans ingested since), or now. */
export type SpanStart = { afterSeq: number } | { since: Date } | null;

type Sink = {
  stream: LiveStream<Span>;
  /** The project the subscriber may read; null for the admin key. */
  projectId: string | null;
  /** The last sequence number this subscriber received. */
  last: number;
  /** True while the subscriber's backlog is read from the database. */
  catchingUp: boolean;
  /** Live events that arrived while a backlog page was being read. */
  pending: Span[] | null;
};

const BACKLOG_PAGE = 200;

/**
 * The live spans of one trace on this instance, shared by all its local subscribers. Events are
 * applied strictly in sequence order: a hole (a message lost or overtaken on the bus, an item too
 * large to travel inline) is filled from the database before anything after it is delivered,
 * so every subscriber sees each version once, in ingestion order.
 */
export class SpanFeed {
  private readonly skeleton = new SpanSkeleton();
  private readonly sinks = new Set<Sink>();
  private lastSeq = 0;
  private projectId: string | null = null;
  private work: Promise<void>;
  private openGate!: () => void;
  private unsubscribe: (() => void) | null = null;
  closed = false;

  constructor(
    private readonly ds: DataSource,
    readonly traceId: string,
    private readonly log: Log,
    private readonly onEmpty: (feed: SpanFeed) => void,
  ) {
    // Messages that arrive before the feed has read its starting point wait behind this gate.
    this.work = new Promise((resolve) => (this.openGate = resolve));
  }

  /** Subscribes to the trace's channel, then reads where the trace stands. */
  async start(subscribe: (channel: string, l: (m: string) => void) => Promise<() => void>) {
    this.unsubscribe = await subscribe(channels.spans(this.traceId), (m) => this.enqueue(() => this.onMessage(m)));
    try {
      const [trace]: { project_id: string }[] = await this.ds.query('SELECT project_id FROM traces WHERE id = $1', [this.traceId]);
      this.projectId = trace?.project_id ?? null;
      const rows: { id: string; parent_id: string | null; kind: string; start_time: Date; step_index: number | null; seq: number }[] = await this.ds.query(
        'SELECT id, parent_id, kind, start_time, step_index, seq FROM spans WHERE trace_id = $1',
        [this.traceId],
      );
      for (const r of rows) {
        this.skeleton.upsert({ id: r.id, parentId: r.parent_id, kind: r.kind, startTime: r.start_time, stepIndex: r.step_index });
        if (r.seq > this.lastSeq) this.lastSeq = r.seq;
      }
    } catch (e) {
      this.closed = true;
      this.unsubscribe();
      throw e;
    } finally {
      this.openGate();
    }
  }

  /**
   * Adds a subscriber. With a start point it first reads its backlog from the database, a page at
   * a time as it takes events, then switches to live events without overlap or hole.
   */
  attach(stream: LiveStream<Span>, projectId: string | null, start: SpanStart): boolean {
    // Synchronous, so no other subscriber can leave (and close the feed) in between.
    if (this.closed) return false;
    const sink: Sink = { stream, projectId, last: this.lastSeq, catchingUp: Boolean(start), pending: null };
    this.sinks.add(sink);
    if (!start) return true;
    const since = 'since' in start ? start.since : null;
    sink.last = 'afterSeq' in start ? start.afterSeq : 0;
    stream.catchUp(async () => {
      // Live events that arrive while a page is read are kept; the page may not include them.
      sink.pending = [];
      let full: boolean;
      try {
        const qb = this.ds.getRepository(SpanEntity).createQueryBuilder('s').where('s.trace_id = :t AND s.seq > :after', { t: this.traceId, after: sink.last });
        if (since) qb.andWhere('s.updated_at >= :since', { since });
        const rows = await qb.orderBy('s.seq', 'ASC').limit(BACKLOG_PAGE).getMany();
        for (const span of await this.toSpans(rows)) {
          if (span.seq <= sink.last || (sink.projectId && sink.projectId !== span.projectId)) continue;
          sink.last = span.seq;
          stream.push(span, true);
        }
        full = rows.length === BACKLOG_PAGE;
      } catch (e) {
        this.log(`Reading the backlog of trace ${this.traceId} failed:`, e);
        sink.pending = null;
        stream.end();
        return true;
      }
      const pending = sink.pending;
      sink.pending = null;
      if (full) return false;
      // Caught up with the database as of the last page: from here on, live events.
      sink.catchingUp = false;
      // Events that arrived during the last page are a bounded handful: they never count as lag.
      for (const span of pending) this.offer(sink, span, true);
      return true;
    });
    return true;
  }

  detach(stream: LiveStream<Span>) {
    for (const s of this.sinks) if (s.stream === stream) this.sinks.delete(s);
    if (!this.sinks.size) this.close();
  }

  /** After the bus may have dropped messages: reads everything past the last delivered sequence. */
  resync() {
    this.enqueue(() => this.fetchAndDeliver(null));
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe?.();
    this.onEmpty(this);
  }

  private enqueue(task: () => Promise<void>) {
    this.work = this.work.then(task).catch((e) => this.log(`Live feed of trace ${this.traceId} failed:`, e));
  }

  private async onMessage(raw: string) {
    if (this.closed) return;
    const msg = JSON.parse(raw) as SpansMessage;
    this.projectId ??= msg.projectId;
    const items = msg.spans.filter((s) => s.seq > this.lastSeq).sort((a, b) => a.seq - b.seq);
    if (!items.length) return;
    const inOrder = items.every((s, i) => s.seq === (i ? items[i - 1].seq : this.lastSeq) + 1 && s.span);
    if (!inOrder) return this.fetchAndDeliver(items[items.length - 1].seq);
    await this.deliver(await this.toSpans(items.map((s) => revive(this.ds, spanTarget(s.span!.kind), s.span!))));
  }

  /** Reads the spans whose latest version lies after lastSeq (up to `upTo`) and delivers them. */
  private async fetchAndDeliver(upTo: number | null) {
    const qb = this.ds.getRepository(SpanEntity).createQueryBuilder('s').where('s.trace_id = :t AND s.seq > :after', { t: this.traceId, after: this.lastSeq });
    if (upTo !== null) qb.andWhere('s.seq <= :upTo', { upTo });
    const rows = await qb.orderBy('s.seq', 'ASC').getMany();
    if (rows.length) this.projectId ??= rows[0].projectId;
    await this.deliver(await this.toSpans(rows));
    if (upTo !== null && upTo > this.lastSeq) this.lastSeq = upTo;
  }

  /** Places rows in the tree and maps them to API spans with their metrics and interactions. */
  private async toSpans(rows: SpanEntity[]): Promise<Span[]> {
    if (!rows.length) return [];
    for (const r of rows) this.skeleton.upsert(r);
    const ids = rows.map((r) => r.id);
    const agentIds = rows.filter((r) => r.kind === 'agent').map((r) => r.id);
    const [metrics, interactions]: [{ span_id: string; name: string; score: number | null; value: number | null }[], { id: string; agent_id: string }[]] =
      await Promise.all([
        this.ds.query('SELECT span_id, name, score, value FROM metrics WHERE trace_id = $1 AND span_id = ANY($2::uuid[])', [this.traceId, ids]),
        agentIds.length
          ? this.ds.query('SELECT id, agent_id FROM user_interactions WHERE trace_id = $1 AND agent_id = ANY($2::uuid[]) ORDER BY timestamp, id', [
              this.traceId,
              agentIds,
            ])
          : Promise.resolve([]),
      ]);
    return rows.map((r) => {
      const span = toSpan(
        r as SpanEntity | LLMCallEntity,
        this.skeleton.placement(r.id),
        metrics.filter((m) => m.span_id === r.id),
      );
      if (span instanceof AgentCall) {
        Object.assign(span, this.skeleton.agentChildren(r.id));
        span.userInteractionIds = interactions.filter((i) => i.agent_id === r.id).map((i) => i.id);
      }
      return span;
    });
  }

  private async deliver(spans: Span[]) {
    for (const span of spans) {
      if (span.seq > this.lastSeq) this.lastSeq = span.seq;
      for (const sink of this.sinks) this.offer(sink, span);
    }
  }

  private offer(sink: Sink, span: Span, backlog = false) {
    if (sink.projectId && sink.projectId !== span.projectId) return;
    if (sink.catchingUp) {
      // Between pages a live event is dropped: it is committed, so the next page reads it.
      sink.pending?.push(span);
      return;
    }
    if (span.seq <= sink.last) return;
    sink.last = span.seq;
    // A stream that lagged refuses events from here on and ends with its resume cursor.
    sink.stream.push(span, backlog);
  }
}
