import type { DataSource } from 'typeorm';
import { ErrorEntity } from '../traces/error.entity';
import { TraceEntity } from '../traces/trace.entity';
import { TraceChange } from '../common/changes.participant';
import { channels, type ErrorsMessage, type MetricsMessage, type TracesMessage } from './live.events';
import type { LiveStream } from './live.stream';
import { revive } from './live.wire';

type Log = (msg: string, err?: unknown) => void;

/** A trace as it changed, for traceUpdated. */
export type TraceEvent = { change: TraceChange; trace: TraceEntity };
/** Metrics stored for a trace, for metricComputed. */
export type MetricsEvent = { projectId: string; traceId: string; names: string[]; computedAt: Date };

// While a subscriber's backlog is read, live events wait in `pending`; afterwards the ones the
// backlog already covered (same or older version, same error) are dropped.
type TraceSink = { stream: LiveStream<TraceEvent>; accepts: (t: TraceEntity) => boolean; catchingUp: boolean; pending: TraceEvent[] | null };
type ErrorSink = { stream: LiveStream<ErrorEntity>; catchingUp: boolean; pending: ErrorEntity[] | null };

const BACKLOG_PAGE = 200;

// How far back a resync looks before the moment the bus noticed the loss: messages in flight then.
const RESYNC_MARGIN_MS = 5_000;
const REMEMBERED = 20_000;

/** A bounded memory of recent keys, oldest forgotten first. */
class Recent<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(k: string) {
    return this.map.get(k);
  }
  set(k: string, v: V) {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

/**
 * One project's trace updates and new errors on this instance, shared by its local subscribers.
 * Trace updates carry the trace's version, so one overtaken on the bus by a newer one is dropped
 * rather than shown as current; errors are delivered once each.
 */
export class ProjectFeed {
  private readonly traceSinks = new Set<TraceSink>();
  private readonly errorSinks = new Set<ErrorSink>();
  private readonly metricSinks = new Set<LiveStream<MetricsEvent>>();
  private readonly versions = new Recent<number>(REMEMBERED);
  private readonly seenErrors = new Recent<true>(REMEMBERED);
  private work: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void)[] = [];
  closed = false;

  constructor(
    private readonly ds: DataSource,
    readonly projectId: string,
    private readonly log: Log,
    private readonly onEmpty: (feed: ProjectFeed) => void,
  ) {}

  async start(subscribe: (channel: string, l: (m: string) => void) => Promise<() => void>) {
    this.unsubscribe = await Promise.all([
      subscribe(channels.traces(this.projectId), (m) => this.enqueue(() => this.onTraces(JSON.parse(m) as TracesMessage))),
      subscribe(channels.errors(this.projectId), (m) => this.enqueue(() => this.onErrors(JSON.parse(m) as ErrorsMessage))),
      subscribe(channels.metrics(this.projectId), (m) => this.onMetrics(JSON.parse(m) as MetricsMessage)),
    ]);
  }

  /** Adds a traceUpdated subscriber; with `since`, it first receives the traces changed since then (their current state), a page at a time. */
  attachTraces(stream: LiveStream<TraceEvent>, accepts: (t: TraceEntity) => boolean, since: Date | null): boolean {
    if (this.closed) return false;
    const sink: TraceSink = { stream, accepts, pending: null, catchingUp: Boolean(since) };
    this.traceSinks.add(sink);
    if (!since) return true;
    // Versions delivered from the backlog, to drop live events it already covered.
    const delivered = new Map<string, number>();
    let after: { at: Date; id: string } | null = null;
    stream.catchUp(() =>
      this.page(
        sink,
        stream,
        async () => {
          const qb = this.ds
            .getRepository(TraceEntity)
            .createQueryBuilder('t')
            .where('t.project_id = :p AND t.updated_at >= :since', { p: this.projectId, since });
          // Postgres keeps microseconds, a Date milliseconds: the page cursor compares at millisecond precision.
          if (after) qb.andWhere("(date_trunc('milliseconds', t.updated_at), t.id) > (:at, :id)", after);
          const rows = await qb.orderBy("date_trunc('milliseconds', t.updated_at)", 'ASC').addOrderBy('t.id', 'ASC').limit(BACKLOG_PAGE).getMany();
          for (const t of rows) {
            after = { at: t.updatedAt, id: t.id };
            delivered.set(t.id, t.version);
            if (accepts(t)) stream.push({ change: TraceChange.UPDATED, trace: t }, true);
          }
          return rows.length;
        },
        (e: TraceEvent) => (delivered.get(e.trace.id) ?? -1) < e.trace.version,
      ),
    );
    return true;
  }

  /** Adds an errorRaised subscriber; with `since`, it first receives the errors stored since then, a page at a time. */
  attachErrors(stream: LiveStream<ErrorEntity>, since: Date | null): boolean {
    if (this.closed) return false;
    const sink: ErrorSink = { stream, pending: null, catchingUp: Boolean(since) };
    this.errorSinks.add(sink);
    if (!since) return true;
    const delivered = new Set<string>();
    let after: { at: Date; id: string } | null = null;
    stream.catchUp(() =>
      this.page(
        sink,
        stream,
        async () => {
          const qb = this.ds
            .getRepository(ErrorEntity)
            .createQueryBuilder('e')
            .where('e.project_id = :p AND e.created_at >= :since', { p: this.projectId, since });
          if (after) qb.andWhere("(date_trunc('milliseconds', e.created_at), e.id) > (:at, :id)", after);
          const rows = await qb.orderBy("date_trunc('milliseconds', e.created_at)", 'ASC').addOrderBy('e.id', 'ASC').limit(BACKLOG_PAGE).getMany();
          for (const e of rows) {
            after = { at: e.createdAt, id: e.id };
            delivered.add(e.id);
            stream.push(e, true);
          }
          return rows.length;
        },
        (e: ErrorEntity) => !delivered.has(e.id),
      ),
    );
    return true;
  }

  /**
   * Reads one backlog page for a subscriber. Live events that arrive meanwhile wait in `pending`;
   * once a page comes back short the subscriber is caught up and gets those the backlog did not cover.
   */
  private async page<T>(sink: { pending: T[] | null; catchingUp: boolean }, stream: LiveStream<T>, read: () => Promise<number>, notCovered: (e: T) => boolean) {
    sink.pending = [];
    let n: number;
    try {
      n = await read();
    } catch (e) {
      this.log(`Reading a backlog of project ${this.projectId} failed:`, e);
      sink.pending = null;
      stream.end();
      return true;
    }
    const pending = sink.pending;
    sink.pending = null;
    if (n === BACKLOG_PAGE) return false;
    sink.catchingUp = false;
    // Events that arrived during the last page are a bounded handful: they never count as lag.
    for (const e of pending) if (notCovered(e)) stream.push(e, true);
    return true;
  }

  /** Adds a metricComputed subscriber. Metrics are current state in the database, so there is no backlog to replay. */
  attachMetrics(stream: LiveStream<MetricsEvent>): boolean {
    if (this.closed) return false;
    this.metricSinks.add(stream);
    return true;
  }

  detach(stream: LiveStream<TraceEvent> | LiveStream<ErrorEntity> | LiveStream<MetricsEvent>) {
    for (const s of this.traceSinks) if (s.stream === stream) this.traceSinks.delete(s);
    for (const s of this.errorSinks) if (s.stream === stream) this.errorSinks.delete(s);
    this.metricSinks.delete(stream as LiveStream<MetricsEvent>);
    if (!this.traceSinks.size && !this.errorSinks.size && !this.metricSinks.size) this.close();
  }

  private onMetrics(msg: MetricsMessage) {
    if (msg.projectId !== this.projectId) return;
    const event: MetricsEvent = { projectId: msg.projectId, traceId: msg.traceId, names: msg.names, computedAt: new Date(msg.computedAt) };
    for (const s of this.metricSinks) s.push(event);
  }

  /** After the bus may have dropped messages: re-reads what changed since shortly before the loss. */
  resync(lostSince: Date) {
    const since = new Date(lostSince.getTime() - RESYNC_MARGIN_MS);
    this.enqueue(async () => {
      if (this.traceSinks.size) {
        const traces = await this.ds
          .getRepository(TraceEntity)
          .createQueryBuilder('t')
          .where('t.project_id = :p AND t.updated_at >= :since', { p: this.projectId, since })
          .orderBy('t.updated_at', 'ASC')
          .getMany();
        for (const t of traces) this.deliverTrace(TraceChange.UPDATED, t);
      }
      if (this.errorSinks.size) {
        const errors = await this.ds
          .getRepository(ErrorEntity)
          .createQueryBuilder('e')
          .where('e.project_id = :p AND e.created_at >= :since', { p: this.projectId, since })
          .orderBy('e.created_at', 'ASC')
          .getMany();
        for (const e of errors) this.deliverError(e);
      }
    });
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    for (const u of this.unsubscribe) u();
    this.onEmpty(this);
  }

  private enqueue(task: () => Promise<void>) {
    this.work = this.work.then(task).catch((e) => this.log(`Live feed of project ${this.projectId} failed:`, e));
  }

  private async onTraces(msg: TracesMessage) {
    if (!this.traceSinks.size) return;
    const refs = msg.traces.filter((t) => !t.trace).map((t) => t.id);
    const loaded = refs.length ? await this.ds.getRepository(TraceEntity).findBy(refs.map((id) => ({ id }))) : [];
    const byId = new Map(loaded.map((t) => [t.id, t]));
    for (const item of msg.traces) {
      const trace = item.trace ? revive(this.ds, TraceEntity, item.trace) : byId.get(item.id);
      if (trace) this.deliverTrace(item.change, trace);
    }
  }

  private async onErrors(msg: ErrorsMessage) {
    if (!this.errorSinks.size) return;
    const refs = msg.errors.filter((e) => !e.error).map((e) => e.id);
    const loaded = refs.length ? await this.ds.getRepository(ErrorEntity).findBy(refs.map((id) => ({ id }))) : [];
    const byId = new Map(loaded.map((e) => [e.id, e]));
    for (const item of msg.errors) {
      const error = item.error ? revive(this.ds, ErrorEntity, item.error) : byId.get(item.id);
      if (error) this.deliverError(error);
    }
  }

  private deliverTrace(change: TraceChange, trace: TraceEntity) {
    if (trace.projectId !== this.projectId) return;
    // Read from the database, a trace may be newer than messages still on their way, never older.
    if ((this.versions.get(trace.id) ?? -1) >= trace.version) return;
    this.versions.set(trace.id, trace.version);
    const event: TraceEvent = { change, trace };
    for (const s of this.traceSinks) {
      if (!s.accepts(trace)) continue;
      if (s.catchingUp) s.pending?.push(event);
      else s.stream.push(event);
    }
  }

  private deliverError(error: ErrorEntity) {
    if (error.projectId !== this.projectId || this.seenErrors.get(error.id)) return;
    this.seenErrors.set(error.id, true);
    for (const s of this.errorSinks) {
      if (s.catchingUp) s.pending?.push(error);
      else s.stream.push(error);
    }
  }
}
