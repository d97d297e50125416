import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { type ChatMessage, chatMessages } from './chat-messages';
import { GridHead } from '../ui/grid-head';
import { formatCost, formatDuration, formatTime, formatTokens } from '../ui/format';
import { graphql } from '../gql';
import type { SpanFieldsFragment } from '../gql/graphql';
import { addPage, emptyTree, placeSpan, type SpanTree } from './span-tree';

const TraceHeader = graphql(`
  query WebTraceHeader($id: ID!) {
    trace(id: $id) {
      id
      name
      status
      startTime
      durationMs
      totalTokens
      totalCost
      spanCount
      errorCount
      llmCallCount
      toolCallCount
      models
      userId
      sessionId
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
    durationMs
    totalCost
    error
    errorType
    inputs
    outputs
    sequence
    ... on LLMCall {
      model
      provider
      promptTokens
      completionTokens
      totalTokens
      reasoningTokens
      cacheReadTokens
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

type Span = SpanFieldsFragment;
const spanTokens = (s: Span) => (s.__typename === 'LLMCall' ? s.totalTokens : null);
const spanModel = (s: Span) => (s.__typename === 'LLMCall' ? s.model : null);

const PAGE_SIZE = 500;
const ROW_HEIGHT = 30;
const KIND: Record<string, string> = { AgentCall: 'agent', LLMCall: 'llm', ToolCall: 'tool' };

const col = createColumnHelper<Span>();
const columns = [
  col.display({
    id: 'span',
    header: 'Span',
    cell: ({ row: { original: s } }) => (
      <span className="tree-cell" style={{ paddingLeft: `${s.depth * 1.1}rem` }}>
        <span className={`kind kind-${KIND[s.__typename] ?? 'other'}`}>{KIND[s.__typename] ?? s.runType.toLowerCase()}</span>
        <span className="span-name">{s.name ?? spanModel(s) ?? '(unnamed)'}</span>
      </span>
    ),
  }),
  col.accessor('status', { header: 'Status', cell: (c) => <span className={`status status-${c.getValue().toLowerCase()}`}>{c.getValue()}</span> }),
  col.accessor('durationMs', { header: 'Duration', cell: (c) => formatDuration(c.getValue()) }),
  col.display({ id: 'tokens', header: 'Tokens', cell: ({ row }) => formatTokens(spanTokens(row.original)) }),
  col.accessor('totalCost', { header: 'Cost', cell: (c) => formatCost(c.getValue()) }),
];
const GRID = 'minmax(14rem, 1fr) 6rem 6rem 5rem 6rem';

export function TraceViewPage() {
  const { projectId, traceId } = useParams() as { projectId: string; traceId: string };
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('span');
  const client = useClient();
  const [header, refetchHeader] = useQuery({ query: TraceHeader, variables: { id: traceId } });
  const [tree, setTree] = useState<SpanTree<Span>>(emptyTree);
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(false);
  const cursor = useRef<string | null>(null);

  const loadPage = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    const result = await client.query(SpanPage, { id: traceId, first: PAGE_SIZE, after: cursor.current }).toPromise();
    loading.current = false;
    if (result.error || !result.data) return setError(result.error?.message ?? 'No answer');
    const page = result.data.trace.spans;
    if (page.length) cursor.current = page[page.length - 1].id;
    setTree((t) => addPage(t, page, page.length === PAGE_SIZE));
  }, [client, traceId]);

  useEffect(() => {
    setTree(emptyTree());
    cursor.current = null;
    loading.current = false;
    // The backlog since a moment before the first page was asked for, so no span falls between the
    // page and the subscription; spans that come twice replace themselves.
    const since = new Date(Date.now() - 2000).toISOString();
    void loadPage();
    let headerTimer: ReturnType<typeof setTimeout> | undefined;
    const sub = client.subscription(SpanAdded, { traceId, since }).subscribe((result) => {
      const span = result.data?.spanAdded;
      if (!span) return;
      setTree((t) => placeSpan(t, span));
      // The header's totals follow, at most once a second however fast spans arrive.
      headerTimer ??= setTimeout(() => {
        headerTimer = undefined;
        refetchHeader({ requestPolicy: 'network-only' });
      }, 1000);
    });
    return () => {
      sub.unsubscribe();
      clearTimeout(headerTimer);
    };
  }, [client, traceId, loadPage, refetchHeader]);

  const table = useReactTable({ data: tree.rows as Span[], columns, getCoreRowModel: getCoreRowModel(), getRowId: (s) => s.id });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (tree.hasMore && tree.rows.length > 0 && lastIndex >= tree.rows.length - 20) void loadPage();
  }, [lastIndex, tree, loadPage]);

  const select = (id: string) =>
    setParams(
      (p) => {
        p.set('span', id);
        return p;
      },
      { replace: true },
    );
  const selected = tree.rows.find((s) => s.id === selectedId) ?? null;
  const t = header.data?.trace;

  return (
    <section className="trace-view">
      <nav aria-label="Breadcrumb" className="muted">
        <Link to={`/projects/${projectId}/traces`}>Traces</Link> / {t?.name ?? traceId}
      </nav>
      {header.error && <p role="alert">Could not load the trace: {header.error.message}</p>}
      {t && (
        <section className="trace-header" aria-label="Trace totals">
          <h1>{t.name ?? '(unnamed trace)'}</h1>
          <dl>
            <Figure label="Status">
              <span className={`status status-${t.status.toLowerCase()}`}>{t.status}</span>
            </Figure>
            <Figure label="Duration">{formatDuration(t.durationMs)}</Figure>
            <Figure label="Tokens">{formatTokens(t.totalTokens)}</Figure>
            <Figure label="Cost">{formatCost(t.totalCost)}</Figure>
            <Figure label="Spans">{t.spanCount}</Figure>
            <Figure label="Errors">{t.errorCount}</Figure>
            <Figure label="Started">{formatTime(t.startTime)}</Figure>
          </dl>
        </section>
      )}
      {error && <p role="alert">Could not load the spans: {error}</p>}
      <div className="trace-body">
        <div className="grid span-tree" role="treegrid" aria-label="Span tree">
          <GridHead table={table} columns={GRID} />
          <div ref={scroller} className="grid-body" role="rowgroup">
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((v) => {
                const row = rows[v.index];
                return (
                  <div
                    key={row.id}
                    role="row"
                    tabIndex={0}
                    aria-level={row.original.depth + 1}
                    aria-selected={row.id === selectedId}
                    data-span-id={row.id}
                    className="grid-row clickable"
                    style={{
                      gridTemplateColumns: GRID,
                      position: 'absolute',
                      top: 0,
                      transform: `translateY(${v.start}px)`,
                      height: ROW_HEIGHT,
                      width: '100%',
                    }}
                    onClick={() => select(row.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') select(row.id);
                    }}
                  >
                    {row.getVisibleCells().map((c) => (
                      <div key={c.id} role="gridcell">
                        {flexRender(c.column.columnDef.cell, c.getContext())}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
        <aside className="span-panel" aria-label="Span details">
          {selected ? <SpanPanel span={selected} /> : <p className="muted">Select a span to see its inputs and outputs.</p>}
        </aside>
      </div>
    </section>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function SpanPanel({ span }: { span: Span }) {
  const llm = span.__typename === 'LLMCall' ? span : null;
  return (
    <div>
      <h2>{span.name ?? spanModel(span) ?? '(unnamed)'}</h2>
      <dl className="facts">
        <Figure label="Kind">{KIND[span.__typename] ?? span.runType}</Figure>
        <Figure label="Status">{span.status}</Figure>
        <Figure label="Duration">{formatDuration(span.durationMs)}</Figure>
        <Figure label="Cost">{formatCost(span.totalCost)}</Figure>
        {llm && (
          <>
            <Figure label="Model">{[llm.provider, llm.model].filter(Boolean).join(' / ') || '–'}</Figure>
            <Figure label="Tokens">
              {formatTokens(llm.totalTokens)} ({formatTokens(llm.promptTokens)} in, {formatTokens(llm.completionTokens)} out
              {llm.reasoningTokens ? `, ${formatTokens(llm.reasoningTokens)} reasoning` : ''}
              {llm.cacheReadTokens ? `, ${formatTokens(llm.cacheReadTokens)} cached` : ''})
            </Figure>
          </>
        )}
      </dl>
      {span.error && (
        <div role="alert" className="error-box">
          <strong>{span.errorType ?? 'Error'}</strong>
          <pre>{span.error}</pre>
        </div>
      )}
      <Payload title="Inputs" value={span.inputs} />
      <Payload title="Outputs" value={span.outputs} />
    </div>
  );
}

function Payload({ title, value }: { title: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  const messages = chatMessages(value);
  return (
    <section>
      <h3>{title}</h3>
      {messages ? <Messages messages={messages} /> : <pre className="json">{JSON.stringify(value, null, 2)}</pre>}
    </section>
  );
}

function Messages({ messages }: { messages: ChatMessage[] }) {
  return (
    <ol className="messages">
      {messages.map((m, i) => (
        <li key={i} className={`message role-${m.role}`}>
          <div className="role">{m.role}</div>
          {m.content && <div className="content">{m.content}</div>}
          {m.toolCalls.map((c, j) => (
            <div key={j} className="tool-call">
              <code>
                {c.name}({c.arguments})
              </code>
            </div>
          ))}
        </li>
      ))}
    </ol>
  );
}
