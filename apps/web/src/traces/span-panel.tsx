import { Tabs } from 'radix-ui';
import { lazy, type ReactNode, Suspense, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatCost, formatDuration, formatTime, formatTokens } from '../ui/format';
import { chatMessages } from './chat-messages';
import { ChatView } from './chat-view';
import { kindOf, spanLabel } from './span-grid';
import { formatOffset } from './timeline';
import type { Span, TraceHead } from './trace-data';
import { canManage, useViewer } from '../auth/viewer.context';
import { FeedbackForm } from './feedback-form';

// CodeMirror comes in its own chunk, when a JSON view is first opened: the trace view's first paint
// does not wait for it.
const LazyJsonViewer = lazy(() => import('../ui/json-viewer').then((m) => ({ default: m.JsonViewer })));

function JsonViewer(props: { value: unknown; label: string }) {
  return (
    <Suspense fallback={<p className="muted">Loading the JSON view…</p>}>
      <LazyJsonViewer {...props} />
    </Suspense>
  );
}

// Past this size a payload opens as JSON: CodeMirror draws only what is in view, the chat and key-value
// views draw everything.
const PRETTY_LIMIT = 200_000;

type TraceError = TraceHead['errors'][number];
type Metric = TraceHead['metrics'][number];

/** A label and its value in a definition list. */
export function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The errors of the trace recorded against this span (the error list carries the stack the span lacks). */
function errorsOf(span: Span, errors: readonly TraceError[]): TraceError[] {
  if (span.__typename === 'LLMCall') return errors.filter((e) => e.llmCallId === span.id);
  if (span.__typename === 'ToolCall') return errors.filter((e) => e.toolCallId === span.id);
  return errors.filter((e) => e.agentId === span.id && !e.llmCallId && !e.toolCallId);
}

type Props = {
  span: Span;
  /** The trace's start, for the span's offset. */
  traceStart: number;
  errors: readonly TraceError[];
  metrics: readonly Metric[];
  /** Selects another span (the LLM call that asked for a tool call). */
  onSelect(id: string): void;
  /** The label of a loaded span, by id. */
  labelOf(id: string): string | null;
};

/** The selected span: what it is, its cost and timing, its error, inputs and outputs, parameters, metrics and metadata. */
export function SpanPanel({ span, traceStart, errors, metrics, onSelect, labelOf }: Props) {
  const llm = span.__typename === 'LLMCall' ? span : null;
  const tool = span.__typename === 'ToolCall' ? span : null;
  const spanErrors = errorsOf(span, errors);
  const spanMetrics = metrics.filter((m) => m.spanId === span.id);
  const [asJson, setAsJson] = useState(false);
  const { projectId } = useParams();
  return (
    <div>
      <div className="panel-title">
        <span className={`kind kind-${kindOf(span)}`}>{kindOf(span)}</span>
        <h2>{spanLabel(span)}</h2>
        <span className={`status status-${span.status.toLowerCase()}`}>{span.status}</span>
      </div>
      <dl className="facts">
        <Figure label="Starts at">+{formatOffset(Date.parse(span.startTime) - traceStart)}</Figure>
        <Figure label="Duration">{span.endTime ? formatDuration(span.durationMs) : 'running'}</Figure>
        {llm && <Figure label="Time to first token">{formatDuration(llm.timeToFirstTokenMs)}</Figure>}
        {llm && <Figure label="Model">{[llm.provider, llm.model].filter(Boolean).join(' / ') || '–'}</Figure>}
        {llm?.promptVersion && (
          <Figure label="Prompt">
            <Link to={`/projects/${projectId}/prompts/${llm.promptVersion.prompt.id}?version=${llm.promptVersion.version}`}>
              Prompt: {llm.promptVersion.prompt.name} v{llm.promptVersion.version}
            </Link>
          </Figure>
        )}
        <Figure label="Cost">{formatCost(span.totalCost)}</Figure>
        {llm && <Figure label="Tokens">{formatTokens(llm.totalTokens)}</Figure>}
        {tool?.llmCallId && (
          <Figure label="Requested by">
            <button type="button" className="link" onClick={() => onSelect(tool.llmCallId!)}>
              {labelOf(tool.llmCallId) ?? tool.llmCallId}
            </button>
          </Figure>
        )}
      </dl>
      {llm && <TokenBreakdown llm={llm} />}
      {(span.error || spanErrors.length > 0) && <ErrorBox span={span} errors={spanErrors} />}
      <Tabs.Root defaultValue="io" className="panel-tabs">
        <Tabs.List aria-label="Span sections" className="tab-list">
          <Tabs.Trigger value="io">{tool ? 'Arguments & result' : 'Input & output'}</Tabs.Trigger>
          {llm && <Tabs.Trigger value="params">Parameters</Tabs.Trigger>}
          <Tabs.Trigger value="metrics">Metrics ({spanMetrics.length || span.feedbackStats.length})</Tabs.Trigger>
          <Tabs.Trigger value="metadata">Metadata</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="io">
          <label className="json-toggle">
            <input type="checkbox" checked={asJson} onChange={(e) => setAsJson(e.target.checked)} /> JSON
          </label>
          {span.inputs == null && span.outputs == null && <p className="muted">No {tool ? 'arguments or result' : 'input or output'} recorded.</p>}
          <Payload title={tool ? 'Arguments' : 'Input'} value={span.inputs} asJson={asJson} />
          <Payload title={tool ? 'Result' : 'Output'} value={span.outputs} asJson={asJson} />
          {llm?.toolCalls && <Payload title="Tool calls requested" value={llm.toolCalls} asJson={asJson} />}
        </Tabs.Content>
        {llm && (
          <Tabs.Content value="params">
            <Parameters llm={llm} />
          </Tabs.Content>
        )}
        <Tabs.Content value="metrics">
          <SpanMetrics metrics={spanMetrics} span={span} />
        </Tabs.Content>
        <Tabs.Content value="metadata">
          <dl className="facts">
            <Figure label="Span id">
              <code>{span.id}</code>
            </Figure>
            <Figure label="Run type">{span.runType}</Figure>
            <Figure label="Started">{formatTime(span.startTime)}</Figure>
            <Figure label="Tags">{span.tags.length ? span.tags.join(', ') : '–'}</Figure>
          </dl>
          {Object.keys(span.metadata).length ? <JsonViewer value={span.metadata} label="Metadata" /> : <p className="muted">No metadata.</p>}
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}

type Llm = Extract<Span, { __typename: 'LLMCall' }>;

function TokenBreakdown({ llm }: { llm: Llm }) {
  const rows: [string, number | null | undefined, number | null | undefined][] = [
    ['Prompt', llm.promptTokens, llm.promptCost],
    ['  cache read', llm.cacheReadTokens, null],
    ['  cache write', llm.cacheCreationTokens, null],
    ['Completion', llm.completionTokens, llm.completionCost],
    ['  reasoning', llm.reasoningTokens, null],
    ['Total', llm.totalTokens, llm.totalCost],
  ];
  return (
    <table className="token-table" aria-label="Token breakdown">
      <thead>
        <tr>
          <th scope="col">Tokens{llm.tokensEstimated && <span className="muted"> (estimated)</span>}</th>
          <th scope="col">Count</th>
          <th scope="col">Cost</th>
        </tr>
      </thead>
      <tbody>
        {rows
          .filter(([label, n]) => !label.startsWith(' ') || (n ?? 0) > 0)
          .map(([label, n, cost]) => (
            <tr key={label} className={label.startsWith(' ') ? 'sub' : undefined}>
              <th scope="row">{label.trim()}</th>
              <td>{formatTokens(n)}</td>
              <td>{label.startsWith(' ') ? '' : formatCost(cost)}</td>
            </tr>
          ))}
      </tbody>
      {(llm.unpriced || llm.costSource) && (
        <caption className="muted">
          {llm.unpriced ? 'No price known for this model.' : `Cost ${llm.costSource === 'client' ? 'sent by the client' : 'computed from the price table'}.`}
        </caption>
      )}
    </table>
  );
}

function ErrorBox({ span, errors }: { span: Span; errors: TraceError[] }) {
  // The span's own error when no error record repeats it; each record with its stack otherwise.
  const shown = errors.length ? errors : [{ id: span.id, errorType: span.errorType, errorMessage: span.error ?? '', stackTrace: null }];
  return (
    <section className="error-box" aria-label="Error">
      {shown.map((e) => (
        <div key={e.id}>
          <strong>{e.errorType ?? 'Error'}</strong>
          <p className="error-message">{e.errorMessage}</p>
          {e.stackTrace && (
            <details open>
              <summary>Stack trace</summary>
              <pre className="stack">{e.stackTrace}</pre>
            </details>
          )}
        </div>
      ))}
    </section>
  );
}

function Parameters({ llm }: { llm: Llm }) {
  const known: [string, unknown][] = [
    ['temperature', llm.temperature],
    ['top_p', llm.topP],
    ['max_tokens', llm.maxTokens],
    ['stop', llm.stopTokens?.join(', ')],
    ['streaming', llm.streaming === null ? null : String(llm.streaming)],
    ['retries', llm.retryCount],
  ];
  const shown = known.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return (
    <>
      {shown.length > 0 && (
        <dl className="facts">
          {shown.map(([k, v]) => (
            <Figure key={k} label={k}>
              {String(v)}
            </Figure>
          ))}
        </dl>
      )}
      {llm.invocationParams && Object.keys(llm.invocationParams).length > 0 ? (
        <>
          <h3>Invocation parameters</h3>
          <JsonViewer value={llm.invocationParams} label="Invocation parameters" />
        </>
      ) : (
        shown.length === 0 && <p className="muted">No parameters recorded.</p>
      )}
    </>
  );
}

function SpanMetrics({ metrics, span }: { metrics: Metric[]; span: Span }) {
  const viewer = useViewer();
  return (
    <>
      {metrics.length === 0 && span.feedbackStats.length === 0 ? (
        <p className="muted">No metrics on this span.</p>
      ) : (
        <MetricTable metrics={metrics} span={span} />
      )}
      {canManage(viewer) && <FeedbackForm spanId={span.id} />}
    </>
  );
}

function MetricTable({ metrics, span }: { metrics: Metric[]; span: Span }) {
  return (
    <table className="metric-table" aria-label="Span metrics">
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Score</th>
          <th scope="col">Value</th>
          <th scope="col">Reason</th>
          <th scope="col">Label</th>
          <th scope="col">Source</th>
          <th scope="col">Author</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((m) => (
          <tr key={m.id}>
            <th scope="row">{m.name}</th>
            <td>{m.score ?? '–'}</td>
            <td>{m.value ?? '–'}</td>
            <td>{m.reason ?? ''}</td>
            <td>{m.label ?? ''}</td>
            <td>{m.source}</td>
            <td>{m.authorName ?? ''}</td>
          </tr>
        ))}
        {metrics.length === 0 &&
          span.feedbackStats.map((f) => (
            <tr key={f.name}>
              <th scope="row">{f.name}</th>
              <td>{f.meanScore ?? '–'}</td>
              <td>{f.meanValue ?? '–'}</td>
              <td className="muted">mean of {f.count}</td>
              <td />
              <td />
              <td />
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** An input or output: chat messages when it holds them, else text or keys and values; JSON on demand or when large. */
function Payload({ title, value, asJson }: { title: string; value: unknown; asJson: boolean }) {
  const size = useMemo(() => (value === null || value === undefined ? 0 : (JSON.stringify(value)?.length ?? 0)), [value]);
  const messages = useMemo(() => (asJson || size > PRETTY_LIMIT ? null : chatMessages(value)), [value, asJson, size]);
  if (value === null || value === undefined) return null;
  let body: ReactNode;
  if (asJson || size > PRETTY_LIMIT) body = <JsonViewer value={value} label={`${title} as JSON`} />;
  else if (messages) body = <ChatView messages={messages} />;
  else if (typeof value === 'string') body = <div className="text-value">{value}</div>;
  else if (typeof value === 'object' && !Array.isArray(value)) {
    body = (
      <dl className="kv">
        {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{typeof v === 'string' ? <span className="text-value">{v}</span> : <pre>{JSON.stringify(v, null, 2)}</pre>}</dd>
          </div>
        ))}
      </dl>
    );
  } else body = <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
  return (
    <section className="payload" aria-label={title}>
      <h3>
        {title}
        {size > PRETTY_LIMIT && !asJson && <span className="muted"> ({Math.round(size / 1024)} KB, shown as JSON)</span>}
      </h3>
      {body}
    </section>
  );
}
