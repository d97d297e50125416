import type { DataSource } from 'typeorm';
import { ErrorEntity } from '../traces/error.entity';
import { TraceEntity } from '../traces/trace.entity';
import type { EventBus } from './event.bus';
import type { TraceChanges } from '../common/changes.participant';
import { channels, type ErrorsMessage, type MetricsMessage, type SpansMessage, type TracesMessage } from './live.events';
import { hydrate, spanTarget } from './live.wire';
import { ProjectFeed } from './project.feed';
import { SpanFeed } from './span.feed';

type Log = (msg: string, err?: unknown) => void;
type Row = Record<string, unknown>;

export type LiveOptions = {
  /** Entities whose JSON is larger than this travel as references and are read from the database on arrival. */
  inlineBytes: number;
  /** Undelivered events one connection may hold before its slowest subscription is told it lagged. */
  bufferEvents: number;
};

/**
 * One message item as JSON: its reference fields, plus the entity under `key` unless the entity's
 * JSON is over the inline cap (it then travels as a reference and is read on arrival).
 */
function item(ref: Row, key: string, entity: unknown, cap: number): string {
  const head = JSON.stringify(ref);
  const json = JSON.stringify(entity);
  return json.length <= cap ? `${head.slice(0, -1)},${JSON.stringify(key)}:${json}}` : head;
}

/** A message as JSON: its fields plus a list of items already serialised. */
const message = (fields: Row, key: string, items: string[]) => `${JSON.stringify(fields).slice(0, -1)},${JSON.stringify(key)}:[${items.join(',')}]}`;

/**
 * Live events of one API instance: publishes what ingestion committed on the bus, and keeps one
 * shared feed per tailed trace and per watched project for the local subscribers.
 */
export class LiveHub {
  private readonly spanFeeds = new Map<string, Promise<SpanFeed>>();
  private readonly projectFeeds = new Map<string, Promise<ProjectFeed>>();
  private readonly stopResync: () => void;

  constructor(
    readonly ds: DataSource,
    readonly bus: EventBus,
    readonly options: LiveOptions,
    private readonly log: Log,
  ) {
    this.stopResync = bus.onResync((lostSince) => {
      for (const f of this.spanFeeds.values())
        void f.then(
          (feed) => feed.resync(),
          () => {},
        );
      for (const f of this.projectFeeds.values())
        void f.then(
          (feed) => feed.resync(lostSince),
          () => {},
        );
    });
  }

  /** Whether a subscriber of any of these traces may want their spans inline (else they travel by reference). */
  wantsWholeSpans(traceIds: Iterable<string>): boolean {
    for (const id of traceIds) if (this.bus.interested(channels.spans(id))) return true;
    return false;
  }

  /** Announces a committed ingestion: spans per trace, trace changes and new errors per project. Never throws. */
  publishChanges(changes: TraceChanges): void {
    try {
      const cap = this.options.inlineBytes;
      const { projectId } = changes;
      const byTrace = new Map<string, { seq: number; json: string }[]>();
      for (const raw of changes.spans) {
        const traceId = raw.trace_id as string;
        if (!this.bus.interested(channels.spans(traceId))) continue;
        let entry: { seq: number; json: string };
        if (changes.leanSpans) {
          // Subscribed after the write: a reference, which the feed reads from the database.
          const seq = Number(raw.seq);
          entry = { seq, json: JSON.stringify({ id: raw.id, seq }) };
        } else {
          const span = hydrate(this.ds, spanTarget(raw.kind), raw);
          entry = { seq: span.seq, json: item({ id: span.id, seq: span.seq }, 'span', span, cap) };
        }
        const list = byTrace.get(traceId);
        if (list) list.push(entry);
        else byTrace.set(traceId, [entry]);
      }
      for (const [traceId, spans] of byTrace) {
        spans.sort((a, b) => a.seq - b.seq);
        this.publish(
          channels.spans(traceId),
          message(
            { projectId, traceId } satisfies Omit<SpansMessage, 'spans'>,
            'spans',
            spans.map((x) => x.json),
          ),
        );
      }
      if (changes.traces.length && this.bus.interested(channels.traces(projectId))) {
        const items = changes.traces.map(({ row, change }) => {
          const trace = hydrate(this.ds, TraceEntity, row);
          return item({ id: trace.id, version: trace.version, change }, 'trace', trace, cap);
        });
        this.publish(channels.traces(projectId), message({ projectId } satisfies Omit<TracesMessage, 'traces'>, 'traces', items));
      }
      if (changes.errors.length && this.bus.interested(channels.errors(projectId))) {
        const items = changes.errors.map((row) => {
          const error = hydrate(this.ds, ErrorEntity, row);
          return item({ id: error.id }, 'error', error, cap);
        });
        this.publish(channels.errors(projectId), message({ projectId } satisfies Omit<ErrorsMessage, 'errors'>, 'errors', items));
      }
    } catch (e) {
      // Subscribers catch up from the database on their next event; ingestion has succeeded regardless.
      this.log('Publishing live events failed:', e);
    }
  }

  /** Announces that the worker stored a trace's metrics. Never throws. */
  publishMetricsComputed(projectId: string, traceId: string, names: string[]): void {
    const channel = channels.metrics(projectId);
    if (!this.bus.interested(channel)) return;
    const msg: MetricsMessage = { projectId, traceId, names, computedAt: new Date().toISOString() };
    this.publish(channel, JSON.stringify(msg));
  }

  /** The shared feed of a trace's spans, started on first use. */
  spanFeed(traceId: string): Promise<SpanFeed> {
    return this.feed(this.spanFeeds, traceId, () => new SpanFeed(this.ds, traceId, this.log, (f) => this.drop(this.spanFeeds, traceId, f)));
  }

  /** The shared feed of a project's trace updates and errors, started on first use. */
  projectFeed(projectId: string): Promise<ProjectFeed> {
    return this.feed(this.projectFeeds, projectId, () => new ProjectFeed(this.ds, projectId, this.log, (f) => this.drop(this.projectFeeds, projectId, f)));
  }

  private async feed<F extends SpanFeed | ProjectFeed>(map: Map<string, Promise<F>>, key: string, create: () => F): Promise<F> {
    const existing = map.get(key);
    if (existing) {
      const feed = await existing;
      if (!feed.closed) return feed;
      if (map.get(key) === existing) map.delete(key);
      return this.feed(map, key, create);
    }
    const feed = create();
    const started = feed.start((ch, l) => this.bus.subscribe(ch, l)).then(() => feed);
    map.set(key, started);
    started.catch(() => map.get(key) === started && map.delete(key));
    return started;
  }

  private drop<F>(map: Map<string, Promise<F>>, key: string, feed: F) {
    const current = map.get(key);
    if (current)
      void current.then(
        (f) => f === feed && map.get(key) === current && map.delete(key),
        () => {},
      );
  }

  /** Events this instance published on its bus so far (sextant_live_events_published_total). */
  published = 0;

  private publish(channel: string, message: string) {
    this.published++;
    this.bus.publish(channel, message);
  }

  /** Number of feeds this instance keeps, for health and tests. */
  get feedCount() {
    return this.spanFeeds.size + this.projectFeeds.size;
  }

  async close() {
    this.stopResync();
    await this.bus.close();
  }
}
