import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../gql';
import type { ExperimentStatus } from '../gql/graphql';

const ExperimentUpdates = graphql(`
  subscription WebExperimentUpdated($id: ID!) {
    experimentUpdated(experimentId: $id) {
      experiment {
        id
        status
        exampleCount
        completedCount
        failedCount
        error
      }
    }
  }
`);

const ExperimentProgress = graphql(`
  query WebExperimentProgress($id: ID!) {
    experiment(id: $id) {
      id
      status
      exampleCount
      completedCount
      failedCount
      error
    }
  }
`);

/** An experiment's state and counts, as the list and page show them. */
type Progress = { status: ExperimentStatus; exampleCount: number; completedCount: number; failedCount: number; error?: string | null };

export const isActive = (s: ExperimentStatus) => s === 'QUEUED' || s === 'RUNNING';

/** How long to wait between reads when the subscription is not available. */
const POLL_MS = 2000;

/**
 * An experiment's progress while it runs: the experimentUpdated subscription, or (when it fails) a
 * read every two seconds. `onEnd` runs once it completes, fails or is cancelled, for the caller to
 * read the results.
 */
export function useLiveProgress(id: string, active: boolean, onEnd: () => void): Progress | null {
  const client = useClient();
  const [live, setLive] = useState<Progress | null>(null);
  const end = useRef(onEnd);
  useEffect(() => {
    end.current = onEnd;
  });
  useEffect(() => {
    if (!active) return;
    let poll: number | undefined;
    let ended = false;
    const apply = (p: Progress) => {
      setLive(p);
      if (!isActive(p.status) && !ended) {
        ended = true;
        end.current();
      }
    };
    const read = () =>
      void client
        .query(ExperimentProgress, { id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((r) => r.data && apply(r.data.experiment));
    const sub = client.subscription(ExperimentUpdates, { id }).subscribe((r) => {
      if (r.data) apply(r.data.experimentUpdated.experiment);
      else if (r.error && poll === undefined) poll = window.setInterval(read, POLL_MS);
    });
    return () => {
      sub.unsubscribe();
      window.clearInterval(poll);
    };
  }, [client, id, active]);
  return active ? live : null;
}

const STATUS_LABEL: Record<ExperimentStatus, string> = {
  QUEUED: 'queued',
  RUNNING: 'running',
  COMPLETED: 'completed',
  FAILED: 'failed',
  CANCELLED: 'cancelled',
};

/** The status as a word and a bar of finished runs over all of them. */
export function ProgressBar({ name, p }: { name: string; p: Progress }) {
  const done = p.completedCount + p.failedCount;
  const total = Math.max(p.exampleCount, 1);
  return (
    <span className="exp-progress">
      <span className={`exp-status exp-status-${p.status.toLowerCase()}`} data-testid="experiment-status">
        {STATUS_LABEL[p.status]}
      </span>
      <span
        className="exp-bar"
        role="progressbar"
        aria-label={`Progress of ${name}`}
        aria-valuemin={0}
        aria-valuemax={p.exampleCount}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${p.exampleCount} runs${p.failedCount ? `, ${p.failedCount} failed` : ''}`}
      >
        <span className="exp-bar-ok" style={{ width: `${(100 * p.completedCount) / total}%` }} />
        <span className="exp-bar-failed" style={{ width: `${(100 * p.failedCount) / total}%` }} />
      </span>
      <span className="muted">
        {done}/{p.exampleCount}
      </span>
    </span>
  );
}

export const formatScore = (v: number | null | undefined) => (v === null || v === undefined ? '–' : v.toFixed(2));

/** A mean score in [0, 1] as a small bar with its number. */
export function ScoreBar({ value, label }: { value: number | null | undefined; label: string }) {
  return (
    <span className="exp-score" title={label}>
      <span className="exp-score-track" aria-hidden="true">
        <span className="exp-score-fill" style={{ width: `${Math.max(0, Math.min(1, value ?? 0)) * 100}%` }} />
      </span>
      <span aria-label={label}>{formatScore(value)}</span>
    </span>
  );
}

/** An evaluator's distribution over [0, 1]: its bins as columns. */
export function Histogram({ bins, label }: { bins: { lower: number; upper: number; count: number }[]; label: string }) {
  const max = Math.max(1, ...bins.map((b) => b.count));
  return (
    <svg className="exp-histogram" viewBox={`0 0 ${bins.length * 6} 20`} role="img" aria-label={label} preserveAspectRatio="none">
      {bins.map((b, i) => (
        <rect key={i} x={i * 6 + 0.5} width={5} y={20 - (20 * b.count) / max} height={(20 * b.count) / max}>
          <title>
            {b.lower.toFixed(1)}–{b.upper.toFixed(1)}: {b.count}
          </title>
        </rect>
      ))}
    </svg>
  );
}

/** A run's output ({text, json}) as text. */
export function outputText(output: unknown): string {
  if (output === null || output === undefined) return '';
  if (typeof output === 'object' && 'text' in output && typeof (output as { text: unknown }).text === 'string') return (output as { text: string }).text;
  return JSON.stringify(output);
}

export const pretty = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 2));

/** A delta with its sign, coloured by whether it is better (higher scores, lower latency and cost). */
export function Delta({ value, format, higherIsBetter }: { value: number | null | undefined; format: (n: number) => string; higherIsBetter: boolean }) {
  if (value === null || value === undefined) return <span className="muted">–</span>;
  const better = value === 0 ? null : value > 0 === higherIsBetter;
  return (
    <span className={better === null ? 'delta-same' : better ? 'delta-better' : 'delta-worse'}>
      {value > 0 ? '+' : value < 0 ? '−' : '±'}
      {format(Math.abs(value))}
    </span>
  );
}
