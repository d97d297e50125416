import { Link } from 'react-router';
import { AddToQueue } from '../annotation/add-to-queue';
import { useViewer } from '../auth/viewer.context';
import { AddToDataset } from '../datasets/add-to-dataset';
import { formatCost, formatDuration, formatTime, formatTokens } from '../ui/format';
import { Figure } from './span-panel';
import type { TraceHead } from './trace-data';

type Props = {
  head: TraceHead;
  projectId: string;
  /** Selects a span the error or metric names, when it is one. */
  onSelect(id: string): void;
};

/** The trace's totals, its errors and metrics, who ran it and in which session. */
export function TraceHeader({ head: t, projectId, onSelect }: Props) {
  const viewer = useViewer();
  const tokenDetail = [
    `${formatTokens(t.promptTokens)} prompt`,
    t.cacheReadTokens ? `${formatTokens(t.cacheReadTokens)} cache read` : null,
    t.cacheCreationTokens ? `${formatTokens(t.cacheCreationTokens)} cache write` : null,
    `${formatTokens(t.completionTokens)} completion`,
    t.reasoningTokens ? `${formatTokens(t.reasoningTokens)} reasoning` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <section className="trace-header" aria-label="Trace totals">
      <h1>{t.name ?? '(unnamed trace)'}</h1>
      <Link className="compare-link" to={`/projects/${projectId}/compare?a=${encodeURIComponent(t.id)}`}>
        Compare…
      </Link>
      <AddToDataset projectId={projectId} traceId={t.id} label="Add to dataset" />
      {/* Adding to a queue takes the ingest permission: admin keys, not read keys. */}
      {viewer.role !== 'READ' && <AddToQueue projectId={projectId} target={{ traceId: t.id }} label="Add to queue" />}
      <dl>
        <Figure label="Status">
          <span className={`status status-${t.status.toLowerCase()}`}>{t.status}</span>
        </Figure>
        <Figure label="Duration">{formatDuration(t.durationMs)}</Figure>
        <Figure label="Tokens">
          <span title={tokenDetail}>{formatTokens(t.totalTokens)}</span>
        </Figure>
        <Figure label="Cost">
          <span title={t.promptCost === null ? undefined : `${formatCost(t.promptCost)} prompt · ${formatCost(t.completionCost)} completion`}>
            {formatCost(t.totalCost)}
            {t.unpricedCallCount > 0 && <span className="muted"> ({t.unpricedCallCount} unpriced)</span>}
          </span>
        </Figure>
        <Figure label="Spans">{t.spanCount}</Figure>
        <Figure label="LLM calls">{t.llmCallCount}</Figure>
        <Figure label="Tool calls">{t.toolCallCount}</Figure>
        <Figure label="Errors">
          <span className={t.errorCount ? 'status-error' : undefined}>{t.errorCount}</span>
        </Figure>
        <Figure label="Started">{formatTime(t.startTime)}</Figure>
        {t.userId && <Figure label="User">{t.userId}</Figure>}
        {t.sessionId && (
          <Figure label="Session">
            <Link to={`/projects/${projectId}/sessions/${encodeURIComponent(t.sessionId)}`}>{t.sessionId}</Link>
          </Figure>
        )}
        {t.models.length > 0 && <Figure label="Models">{t.models.join(', ')}</Figure>}
      </dl>
      {t.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {t.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {t.metrics.length > 0 && (
        <ul className="metric-chips" aria-label="Trace metrics">
          {t.metrics.map((m) => (
            <li key={m.id} title={m.reason ?? undefined}>
              {m.spanId ? (
                <button type="button" className="link" onClick={() => onSelect(m.spanId!)}>
                  {m.name}
                </button>
              ) : (
                m.name
              )}{' '}
              <strong>{m.score ?? m.value ?? '–'}</strong>
            </li>
          ))}
        </ul>
      )}
      {(t.errors.length > 0 || t.errorMessage) && (
        <details className="trace-errors">
          <summary>
            Errors ({Math.max(t.errors.length, t.errorMessage ? 1 : 0)}){t.errorMessage && `: ${t.errorType ?? 'Error'}: ${t.errorMessage}`}
          </summary>
          <ol>
            {t.errors.map((e) => {
              const spanId = e.llmCallId ?? e.toolCallId ?? e.agentId;
              return (
                <li key={e.id}>
                  <strong>{e.errorType ?? 'Error'}</strong> {e.errorMessage} <span className="muted">{formatTime(e.timestamp)}</span>
                  {spanId && (
                    <>
                      {' '}
                      <button type="button" className="link" onClick={() => onSelect(spanId)}>
                        show span
                      </button>
                    </>
                  )}
                  {e.stackTrace && <pre className="stack">{e.stackTrace}</pre>}
                </li>
              );
            })}
          </ol>
        </details>
      )}
    </section>
  );
}
