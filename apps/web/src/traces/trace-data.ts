import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { SpanFieldsFragment, WebTraceHeaderFieldsFragment } from '../gql/graphql';
import { addPage, emptyTree, placeSpan, type SpanTree } from './span-tree';

graphql(`
  fragment WebTraceHeaderFields on Trace {
    id
    name
    status
    startTime
    endTime
    updatedAt
    durationMs
    totalTokens
    promptTokens
    completionTokens
    cacheReadTokens
    cacheCreationTokens
    reasoningTokens
    totalCost
    promptCost
    completionCost
    unpricedCallCount
    spanCount
    agentCallCount
    llmCallCount
    toolCallCount
    errorCount
    errorType
    errorMessage
    models
    userId
    sessionId
    tags
    errors {
      id
      errorType
      errorMessage
      stackTrace
      timestamp
      agentId
      llmCallId
      toolCallId
    }
    metrics {
      id
      name
      score
      value
      reason
      label
      source
      authorName
      spanId
      timestamp
    }
  }
`);

const TraceHeader = graphql(`
  query WebTraceHeader($id: ID!) {
    trace(id: $id) {
      ...WebTraceHeaderFields
    }
  }
`);

const TraceHeaderUpdated = graphql(`
  subscription WebTraceHeaderUpdated($projectId: ID!, $filter: TraceFilter) {
    traceUpdated(projectId: $projectId, filter: $filter) {
      trace {
        ...WebTraceHeaderFields
      }
    }
  }
`);

const MetricComputed = graphql(`
  subscription WebTraceMetricComputed($projectId: ID!) {
    metricComputed(projectId: $projectId) {
      traceId
    }
  }
`);

const ErrorRaised = graphql(`
  subscription WebTraceErrorRaised($projectId: ID!) {
    errorRaised(projectId: $projectId) {
      traceId
    }
  }
`);

graphql(`
  fragment SpanFields on Span {
    __typename
    id
    parentId
    depth
    name
    runType
    status
    startTime
    endTime
    durationMs
    totalCost
    error
    errorType
    inputs
    outputs
    sequence
    tags
    metadata
    feedbackStats {
      name
      count
      meanScore
      meanValue
    }
    ... on LLMCall {
      model
      provider
      promptVersion {
        id
        version
        prompt {
          id
          name
        }
      }
      promptTokens
      completionTokens
      totalTokens
      reasoningTokens
      cacheReadTokens
      cacheCreationTokens
      tokensEstimated
      promptCost
      completionCost
      costSource
      unpriced
      temperature
      topP
      maxTokens
      stopTokens
      streaming
      invocationParams
      timeToFirstTokenMs
      toolCalls
      retryCount
    }
    ... on ToolCall {
      llmCallId
    }
  }
`);

const SpanPage = graphql(`
  query WebTraceSpans($id: ID!, $first: Int, $after: ID) {
    trace(id: $id) {
      id
      spans(first: $first, after: $after) {
        ...SpanFields
      }
    }
  }
`);

const SpanAdded = graphql(`
  subscription WebSpanAdded($traceId: ID!, $since: String) {
    spanAdded(traceId: $traceId, since: $since) {
      ...SpanFields
    }
  }
`);

/** A span as the trace view holds it. */
export type Span = SpanFieldsFragment;
/** The trace's totals, errors and metrics, as the header shows them. */
export type TraceHead = WebTraceHeaderFieldsFragment;

// The first page small, so the tree shows fast; the next ones at the API's maximum, so a big trace
// loads in few requests.
const FIRST_PAGE = 500;
const NEXT_PAGES = 1000;

/** The span tree of a trace: its pages as asked for, and spans ingested meanwhile placed live (spanAdded). */
export function useTraceSpans(traceId: string) {
  const client = useClient();
  const [tree, setTree] = useState<SpanTree<Span>>(emptyTree);
  const [error, setError] = useState<string | null>(null);
  const [loadingAll, setLoadingAll] = useState(false);
  const inflight = useRef<Promise<boolean> | null>(null);
  const cursor = useRef<string | null>(null);
  const more = useRef(true);
  // Bumped when the trace changes, so an answer for the previous trace is dropped.
  const generation = useRef(0);

  /** Loads the next page (or joins the one on its way); resolves to whether more remain. */
  const loadMore = useCallback((): Promise<boolean> => {
    if (inflight.current) return inflight.current;
    if (!more.current) return Promise.resolve(false);
    const gen = generation.current;
    const first = cursor.current ? NEXT_PAGES : FIRST_PAGE;
    inflight.current = client
      .query(SpanPage, { id: traceId, first, after: cursor.current })
      .toPromise()
      .then((result) => {
        if (gen !== generation.current) return false;
        inflight.current = null;
        if (result.error || !result.data) {
          setError(result.error?.message ?? 'No answer');
          return false;
        }
        const page = result.data.trace.spans;
        if (page.length) cursor.current = page[page.length - 1].id;
        more.current = page.length === first;
        setTree((t) => addPage(t, page, more.current));
        return more.current;
      });
    return inflight.current;
  }, [client, traceId]);

  /** Loads every remaining page, one after the other. */
  const loadAll = useCallback(async () => {
    setLoadingAll(true);
    const gen = generation.current;
    while (gen === generation.current && (await loadMore()));
    if (gen === generation.current) setLoadingAll(false);
  }, [loadMore]);

  useEffect(() => {
    // The page is keyed by trace, so state starts empty; a re-run (StrictMode, a new client) starts the
    // paging over, and pages repeating spans replace them.
    generation.current++;
    cursor.current = null;
    inflight.current = null;
    more.current = true;
    // The backlog since a moment before the first page was asked for, so no span falls between the
    // page and the subscription; spans that come twice replace themselves.
    const since = new Date(Date.now() - 2000).toISOString();
    void loadMore();
    const sub = client.subscription(SpanAdded, { traceId, since }).subscribe((result) => {
      const span = result.data?.spanAdded;
      if (span) setTree((t) => placeSpan(t, span));
    });
    return () => sub.unsubscribe();
  }, [client, traceId, loadMore]);

  return { tree, error, loadMore, loadAll, loadingAll };
}

/**
 * The trace's header, kept live: traceUpdated (narrowed to this trace's start time, the one filter that
 * singles it out server-side) brings its new totals; a metric computed or an error raised for it, which
 * may not touch the trace row, refetches it.
 */
export function useTraceHead(projectId: string, traceId: string) {
  const client = useClient();
  const [result, refetch] = useQuery({ query: TraceHeader, variables: { id: traceId } });
  const [live, setLive] = useState<TraceHead | null>(null);
  const fetched = result.data?.trace ?? null;
  const startTime = fetched?.startTime;

  useEffect(() => {
    if (!startTime) return;
    const from = new Date(Date.parse(startTime));
    const filter = { from: from.toISOString(), to: new Date(from.getTime() + 1).toISOString() };
    const updates = client.subscription(TraceHeaderUpdated, { projectId, filter }).subscribe((r) => {
      const trace = r.data?.traceUpdated.trace;
      if (trace?.id === traceId) setLive(trace);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    // At most one refetch a second, however many metrics or errors arrive.
    const soon = (id: string | undefined) => {
      if (id !== traceId) return;
      timer ??= setTimeout(() => {
        timer = undefined;
        refetch({ requestPolicy: 'network-only' });
      }, 1000);
    };
    const metrics = client.subscription(MetricComputed, { projectId }).subscribe((r) => soon(r.data?.metricComputed.traceId));
    const errors = client.subscription(ErrorRaised, { projectId }).subscribe((r) => soon(r.data?.errorRaised.traceId));
    return () => {
      updates.unsubscribe();
      metrics.unsubscribe();
      errors.unsubscribe();
      clearTimeout(timer);
    };
  }, [client, projectId, traceId, startTime, refetch]);

  // Whichever is newer: the fetched header or the last live update.
  const head = live && (!fetched || live.updatedAt >= fetched.updatedAt) ? live : fetched;
  return { head, error: result.error };
}
