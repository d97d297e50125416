import { useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { canManage, useViewer } from '../auth/viewer.context';
import { graphql } from '../gql';
import { formatCost, formatDuration, formatTime, formatTokens } from '../ui/format';
import { throttle } from '../ui/throttle';
import { formatScore, Histogram, isActive, outputText, pretty, ProgressBar, ScoreBar, useLiveProgress } from './experiment-bits';
import './experiments.css';

const ExperimentQuery = graphql(`
  query WebExperiment($id: ID!) {
    experiment(id: $id) {
      id
      name
      description
      status
      kind
      model
      promptVersionId
      datasetVersion
      dataset {
        id
        name
      }
      exampleCount
      completedCount
      failedCount
      error
      concurrency
      parameters
      createdAt
      startedAt
      finishedAt
      evaluators {
        key
        kind
      }
      summary {
        evaluators {
          key
          count
          mean
          min
          max
          histogram {
            lower
            upper
            count
          }
        }
        latencyP50
        latencyP95
        totalCost
        meanCost
        totalTokens
      }
      runs(first: 200) {
        edges {
          node {
            id
            status
            output
            error
            latencyMs
            totalCost
            totalTokens
            attempts
            traceId
            example {
              id
              inputs
              outputs
            }
            scores {
              id
              name
              score
              label
              reason
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const CancelExperiment = graphql(`
  mutation WebCancelExperiment($id: ID!) {
    cancelExperiment(id: $id) {
      id
      status
    }
  }
`);

/** One experiment: its state live while it runs, the scores per evaluator, and every run with its trace. */
export function ExperimentPage() {
  const { projectId, experimentId } = useParams() as { projectId: string; experimentId: string };
  const manage = canManage(useViewer());
  const [{ data, error }, refetch] = useQuery({ query: ExperimentQuery, variables: { id: experimentId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const live = useLiveProgress(experimentId, !!data && isActive(data.experiment.status), reload);
  const [cancelled, cancel] = useMutation(CancelExperiment);
  // While it runs, the runs and summary are read again as runs finish, at most every two seconds.
  const refresh = useMemo(() => throttle(() => refetch({ requestPolicy: 'network-only' }), 2000), [refetch]);
  const finished = live ? live.completedCount + live.failedCount : 0;
  useEffect(() => {
    if (finished > 0) refresh.schedule();
  }, [finished, refresh]);
  useEffect(() => () => refresh.cancel(), [refresh]);
  if (error) return <p role="alert">Could not load the experiment: {error.graphQLErrors[0]?.message ?? error.message}</p>;
  if (!data) return <p aria-busy="true">Loading experiment…</p>;
  const x = data.experiment;
  const p = live ?? x;
  const s = x.summary;
  return (
    <div className="experiments">
      <div className="row">
        <h1>{x.name}</h1>
        <ProgressBar name={x.name} p={p} />
        {manage && isActive(p.status) && (
          <button type="button" className="danger" disabled={cancelled.fetching} onClick={() => void cancel({ id: x.id }).then(reload)}>
            Cancel experiment
          </button>
        )}
      </div>
      <p className="muted">
        On <Link to={`/projects/${projectId}/datasets/${x.dataset.id}`}>{x.dataset.name}</Link> version {x.datasetVersion}
        {x.model ? ` · model ${x.model}` : ''} · concurrency {x.concurrency} · created {formatTime(x.createdAt)}
        {x.finishedAt ? ` · finished ${formatTime(x.finishedAt)}` : ''}
      </p>
      {x.description && <p>{x.description}</p>}
      {(p.error ?? x.error) && (
        <p role="alert" className="exp-error">
          {p.error ?? x.error}
        </p>
      )}
      {cancelled.error && <p role="alert">{cancelled.error.graphQLErrors[0]?.message ?? cancelled.error.message}</p>}
      <section aria-label="Summary" className="exp-summary">
        {s.evaluators.map((e) => (
          <div className="exp-card" key={e.key}>
            <h3>{e.key}</h3>
            <div className="big">
              <ScoreBar value={e.mean} label={`${e.key} mean`} />
            </div>
            <Histogram bins={e.histogram} label={`${e.key} distribution over ${e.count} runs`} />
            <div className="muted">
              {e.count} scores · min {formatScore(e.min)} · max {formatScore(e.max)}
            </div>
          </div>
        ))}
        <div className="exp-card">
          <h3>Latency</h3>
          <div className="big">{formatDuration(s.latencyP50)}</div>
          <div className="muted">p50 · p95 {formatDuration(s.latencyP95)}</div>
        </div>
        <div className="exp-card">
          <h3>Cost</h3>
          <div className="big">{formatCost(s.totalCost)}</div>
          <div className="muted">
            mean {formatCost(s.meanCost)} · {formatTokens(s.totalTokens)} tokens
          </div>
        </div>
      </section>
      <h2>Runs</h2>
      {x.runs.pageInfo.hasNextPage && <p className="muted">Showing the first {x.runs.edges.length} runs.</p>}
      <table className="exp-table" aria-label="Runs">
        <thead>
          <tr>
            <th scope="col">Inputs</th>
            <th scope="col">Reference outputs</th>
            <th scope="col">Output</th>
            <th scope="col">Scores</th>
            <th scope="col">Latency</th>
            <th scope="col">Cost</th>
            <th scope="col">Status</th>
            <th scope="col">Trace</th>
          </tr>
        </thead>
        <tbody>
          {x.runs.edges.map(({ node: r }) => (
            <tr key={r.id}>
              <td>
                <pre>{pretty(r.example?.inputs)}</pre>
              </td>
              <td>
                <pre>{pretty(r.example?.outputs)}</pre>
              </td>
              <td>
                <pre>{outputText(r.output)}</pre>
              </td>
              <td>
                <ul className="exp-scores">
                  {r.scores.map((m) => (
                    <li key={m.id} className={m.score === 0 ? 'fail' : undefined} title={m.reason ?? undefined}>
                      {m.name}: {m.score !== null && m.score !== undefined ? formatScore(m.score) : (m.label ?? '–')}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="num">{formatDuration(r.latencyMs)}</td>
              <td className="num">{formatCost(r.totalCost)}</td>
              <td>
                {r.status.toLowerCase()}
                {r.attempts > 1 ? ` (${r.attempts} attempts)` : ''}
                {r.error && <div className="exp-error">{r.error}</div>}
              </td>
              <td>{r.traceId && <Link to={`/projects/${projectId}/traces/${r.traceId}`}>Trace</Link>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
