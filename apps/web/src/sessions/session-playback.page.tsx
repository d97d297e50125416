import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { WebSessionRowFragment, WebSessionTurnFragment } from '../gql/graphql';
import { formatCost, formatDuration, formatTime, formatTokens } from '../ui/format';
import { throttle } from '../ui/throttle';
import { durationMs, formatSessionDuration, placeTurn } from './session-rows';
import { agentAnswer, type TurnText, userInput } from './session-turns';
import './sessions.css';

graphql(`
  fragment WebSessionTurn on Trace {
    id
    name
    status
    startTime
    durationMs
    totalTokens
    totalCost
    errorCount
    errorMessage
    userId
    inputs
    outputs
  }
`);

const SessionHeader = graphql(`
  query WebSessionHeader($projectId: ID!, $id: String!) {
    session(projectId: $projectId, id: $id) {
      ...WebSessionRow
    }
  }
`);

const SessionTurns = graphql(`
  query WebSessionTurns($projectId: ID!, $id: String!, $first: Int, $after: String) {
    session(projectId: $projectId, id: $id) {
      id
      traces(first: $first, after: $after) {
        totalCount
        edges {
          node {
            ...WebSessionTurn
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const SessionTraceUpdates = graphql(`
  subscription WebSessionTraceUpdated($projectId: ID!, $filter: TraceFilter) {
    traceUpdated(projectId: $projectId, filter: $filter) {
      trace {
        ...WebSessionTurn
      }
    }
  }
`);

const TraceSpans = graphql(`
  query WebSessionTraceSpans($id: ID!) {
    trace(id: $id) {
      id
      spanCount
      spans(first: 50) {
        __typename
        id
        name
        depth
        status
        durationMs
        ... on LLMCall {
          model
          totalTokens
        }
      }
    }
  }
`);

type Turn = WebSessionTurnFragment;

const PAGE_SIZE = 50;
// The header's figures are read again at most once a second while turns stream in.
const HEADER_REFRESH_MS = 1000;
const KIND: Record<string, string> = { AgentCall: 'agent', LLMCall: 'llm', ToolCall: 'tool' };

export function SessionPlaybackPage() {
  const { projectId, sessionId } = useParams() as { projectId: string; sessionId: string };
  const client = useClient();
  const [header, setHeader] = useState<WebSessionRowFragment | null>(null);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [page, setPage] = useState<{ cursor: string | null; hasNext: boolean; loaded: boolean }>({ cursor: null, hasNext: true, loaded: false });
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const loading = useRef(false);
  // Bumped when the view starts over (another project or session in the same page component): a page
  // asked for before is dropped.
  const generation = useRef(0);
  // Read by the live handler, which is set up once per session: the latest paging state.
  const complete = useRef(false);

  const loadMore = useCallback(
    async (cursor: string | null) => {
      if (loading.current) return;
      loading.current = true;
      const gen = generation.current;
      const result = await client.query(SessionTurns, { projectId, id: sessionId, first: PAGE_SIZE, after: cursor }).toPromise();
      if (gen !== generation.current) return;
      loading.current = false;
      if (result.error || !result.data) return setError(result.error?.message ?? 'No answer');
      const t = result.data.session.traces;
      complete.current = !t.pageInfo.hasNextPage;
      setTurns((prev) => t.edges.reduce((acc, e) => placeTurn(acc, e.node, true), prev));
      setPage({ cursor: t.pageInfo.endCursor, hasNext: t.pageInfo.hasNextPage, loaded: true });
    },
    [client, projectId, sessionId],
  );

  useEffect(() => {
    let stopped = false;
    generation.current++;
    loading.current = false;
    complete.current = false;
    setTurns([]);
    setHeader(null);
    setError(null);
    setPage({ cursor: null, hasNext: true, loaded: false });
    void loadMore(null);
    const readHeader = throttle(() => {
      void client
        .query(SessionHeader, { projectId, id: sessionId })
        .toPromise()
        .then((r) => {
          if (stopped) return;
          if (r.data) setHeader(r.data.session);
          else setError(r.error?.message ?? 'No answer');
        });
    }, HEADER_REFRESH_MS);
    readHeader.schedule();
    // The session's traces as they are created and updated: each placed in its turn, and the header re-read.
    const sub = client.subscription(SessionTraceUpdates, { projectId, filter: { sessionId } }).subscribe((result) => {
      const trace = result.data?.traceUpdated.trace;
      if (!trace) return;
      setTurns((prev) => placeTurn(prev, trace, complete.current));
      readHeader.schedule();
    });
    return () => {
      stopped = true;
      readHeader.cancel();
      sub.unsubscribe();
    };
  }, [client, projectId, sessionId, loadMore]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: turns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 180,
    overscan: 4,
    getItemKey: (i) => turns[i].id,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (page.hasNext && page.cursor && lastIndex >= turns.length - 3) void loadMore(page.cursor);
  }, [lastIndex, turns.length, page, loadMore]);

  // Like a chat: a reader at the bottom follows new turns; one scrolled up to read stays where they are.
  // The session opens at its first turn, as a playback reads.
  const atBottom = useRef(false);
  // Only a new last turn moves the view, not every update of a running one.
  const lastTurn = turns.at(-1)?.id;
  const count = turns.length;
  useEffect(() => {
    if (lastTurn && atBottom.current && complete.current) virtualizer.scrollToIndex(count - 1, { align: 'end' });
  }, [lastTurn, count, virtualizer]);

  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section className="session-playback">
      <div className="toolbar">
        <h1>
          Session <span className="mono">{sessionId}</span>
        </h1>
        <Link to={`/projects/${projectId}/sessions`}>All sessions</Link>
      </div>
      {error && <p role="alert">Could not load the session: {error}</p>}
      {header && <SessionFacts session={header} />}
      <div
        ref={scroller}
        className="playback"
        role="log"
        aria-label="Session playback"
        // Focusable, so the keyboard scrolls the turns.
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const turn = turns[v.index];
            return (
              <div
                key={v.key}
                ref={virtualizer.measureElement}
                data-index={v.index}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` }}
              >
                <TurnView turn={turn} index={v.index} projectId={projectId} expanded={expanded.has(turn.id)} onToggle={() => toggle(turn.id)} />
              </div>
            );
          })}
        </div>
        {page.loaded && turns.length === 0 && !error && <p className="empty">This session has no traces.</p>}
      </div>
    </section>
  );
}

function SessionFacts({ session }: { session: WebSessionRowFragment }) {
  return (
    <section className="session-facts" aria-label="Session totals">
      <dl>
        <Fact label="Users">{session.userIds.join(', ') || '–'}</Fact>
        <Fact label="Traces">{session.traceCount.toLocaleString('en-US')}</Fact>
        <Fact label="Tokens">{formatTokens(session.totalTokens)}</Fact>
        <Fact label="Cost">
          {formatCost(session.totalCost)}
          {session.unpricedCallCount > 0 && <span className="muted"> (+{session.unpricedCallCount} unpriced)</span>}
        </Fact>
        <Fact label="Duration">{formatSessionDuration(durationMs(session))}</Fact>
        <Fact label="Errors">{session.errorFlag ? <span className="status status-error">yes</span> : 'none'}</Fact>
        <Fact label="Started">{formatTime(session.startTime)}</Fact>
        <Fact label="Last activity">{formatTime(session.lastTraceStartTime)}</Fact>
      </dl>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Bubble({ who, text, side, empty }: { who: string; text: TurnText | null; side: 'user' | 'agent' | 'error'; empty: string }) {
  return (
    <div className={`bubble bubble-${side}`}>
      <div className="who">{who}</div>
      {text ? <div className={text.json ? 'said json-said' : 'said'}>{text.text}</div> : <div className="said muted">{empty}</div>}
    </div>
  );
}

function TurnView({ turn, index, projectId, expanded, onToggle }: { turn: Turn; index: number; projectId: string; expanded: boolean; onToggle: () => void }) {
  const input = userInput(turn.inputs);
  const answer = agentAnswer(turn.outputs);
  const failed = turn.status === 'ERROR' && !answer;
  const spansId = `turn-spans-${turn.id}`;
  return (
    <article className="turn" aria-label={`Turn ${index + 1}`} data-trace-id={turn.id}>
      <div className="turn-meta">
        <span className="turn-no">#{index + 1}</span>
        <time dateTime={turn.startTime}>{formatTime(turn.startTime)}</time>
        <span className={`status status-${turn.status.toLowerCase()}`}>{turn.status}</span>
        {turn.name && <span className="muted">{turn.name}</span>}
        <span>{formatDuration(turn.durationMs)}</span>
        <span>{formatTokens(turn.totalTokens)} tokens</span>
        <span>{formatCost(turn.totalCost)}</span>
        {turn.errorCount > 0 && <span className="status status-error">{turn.errorCount} errors</span>}
        <span className="turn-actions">
          <button type="button" aria-expanded={expanded} aria-controls={spansId} onClick={onToggle}>
            {expanded ? 'Hide spans' : 'Show spans'}
          </button>
          <Link to={`/projects/${projectId}/traces/${turn.id}`}>open trace</Link>
        </span>
      </div>
      <Bubble who={turn.userId ? `user · ${turn.userId}` : 'user'} text={input} side="user" empty="(no input)" />
      {failed ? (
        <Bubble who="agent · error" text={{ text: turn.errorMessage ?? 'The trace failed.', json: false }} side="error" empty="" />
      ) : (
        <Bubble who="agent" text={answer} side="agent" empty={turn.status === 'RUNNING' ? 'running…' : '(no output)'} />
      )}
      {expanded && <TurnSpans id={spansId} traceId={turn.id} />}
    </article>
  );
}

/** The first spans of a turn's trace, as an indented outline: enough to see what the agent did. */
function TurnSpans({ id, traceId }: { id: string; traceId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: TraceSpans, variables: { id: traceId } });
  if (fetching && !data)
    return (
      <p id={id} className="muted">
        Loading spans…
      </p>
    );
  if (error || !data)
    return (
      <p id={id} role="alert">
        Could not load the spans: {error?.message}
      </p>
    );
  const { spans, spanCount } = data.trace;
  return (
    <div id={id} className="turn-spans">
      <ul aria-label="Spans">
        {spans.map((s) => (
          <li key={s.id} style={{ paddingLeft: `${s.depth * 1.1}rem` }}>
            <span className={`kind kind-${KIND[s.__typename] ?? 'other'}`}>{KIND[s.__typename] ?? 'span'}</span>{' '}
            <span className="span-name">{s.__typename === 'LLMCall' ? (s.model ?? s.name) : s.name}</span>{' '}
            <span className={`status status-${s.status.toLowerCase()}`}>{s.status}</span> <span className="muted">{formatDuration(s.durationMs)}</span>
            {s.__typename === 'LLMCall' && <span className="muted"> · {formatTokens(s.totalTokens)} tokens</span>}
          </li>
        ))}
      </ul>
      {spanCount > spans.length && <p className="muted">and {spanCount - spans.length} more spans: open the trace to see them all.</p>}
    </div>
  );
}
