import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ExperimentStatus } from '../gql/graphql';
import { formatCost, formatDuration, formatTime, formatTokens } from '../ui/format';
import { Histogram, isActive, ProgressBar, ScoreBar, useLiveProgress } from './experiment-bits';
import { NewExperimentDialog, type PromptChoice } from './new-experiment.dialog';
import './experiments.css';

const DatasetExperiments = graphql(`
  query WebDatasetExperiments($projectId: ID!, $datasetId: ID!, $key: String) {
    experiments(projectId: $projectId, datasetId: $datasetId, first: 100) {
      edges {
        node {
          id
          name
          status
          model
          promptVersionId
          datasetVersion
          exampleCount
          completedCount
          failedCount
          createdAt
          summary {
            evaluators {
              key
              mean
            }
            totalCost
          }
        }
      }
    }
    datasetLeaderboard(datasetId: $datasetId, key: $key) {
      rank
      score
      experiment {
        id
        name
        model
        promptVersionId
        datasetVersion
      }
      summary {
        evaluators {
          key
          mean
          count
          histogram {
            lower
            upper
            count
          }
        }
        latencyP50
        latencyP95
        totalCost
        totalTokens
      }
    }
    prompts(projectId: $projectId, first: 100) {
      edges {
        node {
          id
          name
          labels {
            label
            version
          }
          versions(first: 100) {
            edges {
              node {
                id
                version
                model
              }
            }
          }
        }
      }
    }
  }
`);

type Row = {
  id: string;
  name: string;
  status: ExperimentStatus;
  model?: string | null;
  promptVersionId?: string | null;
  datasetVersion: number;
  exampleCount: number;
  completedCount: number;
  failedCount: number;
  createdAt: string;
  summary: { evaluators: { key: string; mean?: number | null }[]; totalCost: number };
};

/** "prompt v2 · model", from the prompts the page read. */
function runsWhat(prompts: PromptChoice[], promptVersionId: string | null | undefined, model: string | null | undefined): string {
  let prompt = '';
  for (const p of prompts) {
    const v = p.versions.find((x) => x.id === promptVersionId);
    if (v) prompt = `${p.name} v${v.version}`;
  }
  return [prompt, model].filter(Boolean).join(' · ') || '–';
}

/** A dataset's experiments (live while they run), a dialog to start one, and the leaderboard ranking them. */
export function DatasetExperimentsSection({
  projectId,
  datasetId,
  datasetVersion,
  writable,
}: {
  projectId: string;
  datasetId: string;
  datasetVersion: number;
  writable: boolean;
}) {
  const [key, setKey] = useState('');
  const [{ data, error }, refetch] = useQuery({ query: DatasetExperiments, variables: { projectId, datasetId, key: key || null } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <p role="alert">Could not load the experiments: {error.graphQLErrors[0]?.message ?? error.message}</p>;
  if (!data) return <p aria-busy="true">Loading experiments…</p>;
  const prompts: PromptChoice[] = data.prompts.edges.map(({ node: p }) => ({ ...p, versions: p.versions.edges.map((e) => e.node) }));
  const rows = data.experiments.edges.map((e) => e.node);
  // The compare link: the two latest experiments, the older as A.
  const [newer, older] = [...rows].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  const keys = [...new Set(data.datasetLeaderboard.flatMap((l) => l.summary.evaluators.map((e) => e.key)))].sort();
  return (
    <>
      <section className="exp-section" aria-labelledby="dataset-experiments">
        <div className="row">
          <h2 id="dataset-experiments">Experiments</h2>
          {writable && <NewExperimentDialog datasetId={datasetId} datasetVersion={datasetVersion} prompts={prompts} onCreated={reload} />}
          {older && <Link to={`/projects/${projectId}/experiments/compare?a=${older.id}&b=${newer.id}`}>Compare experiments</Link>}
        </div>
        {rows.length === 0 ? (
          <p className="empty">No experiment on this dataset yet.</p>
        ) : (
          <table className="exp-table" aria-label="Experiments">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Prompt · model</th>
                <th scope="col">Dataset version</th>
                <th scope="col">Status</th>
                <th scope="col">Mean scores</th>
                <th scope="col">Cost</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <ExperimentRow key={r.id} projectId={projectId} row={r} what={runsWhat(prompts, r.promptVersionId, r.model)} onEnd={reload} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="exp-section" aria-labelledby="dataset-leaderboard">
        <div className="row">
          <h2 id="dataset-leaderboard">Leaderboard</h2>
          <label>
            Rank by{' '}
            <select value={key} onChange={(e) => setKey(e.target.value)}>
              <option value="">Mean of all scores</option>
              {keys.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
        </div>
        {data.datasetLeaderboard.length === 0 ? (
          <p className="empty">No finished experiment to rank yet.</p>
        ) : (
          <table className="exp-table" aria-label="Leaderboard">
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Experiment</th>
                <th scope="col">Score</th>
                {keys.map((k) => (
                  <th scope="col" key={k}>
                    {k}
                  </th>
                ))}
                <th scope="col">Cost</th>
                <th scope="col">Latency p50 / p95</th>
                <th scope="col">Tokens</th>
              </tr>
            </thead>
            <tbody>
              {data.datasetLeaderboard.map((l) => (
                <tr key={l.experiment.id}>
                  <td className="num">{l.rank}</td>
                  <td>
                    <Link to={`/projects/${projectId}/experiments/${l.experiment.id}`}>{l.experiment.name}</Link>
                    <div className="muted">
                      {runsWhat(prompts, l.experiment.promptVersionId, l.experiment.model)} · dataset v{l.experiment.datasetVersion}
                    </div>
                  </td>
                  <td>
                    <ScoreBar value={l.score} label={`${l.experiment.name} score`} />
                  </td>
                  {keys.map((k) => {
                    const e = l.summary.evaluators.find((x) => x.key === k);
                    return (
                      <td key={k}>
                        {e ? (
                          <>
                            <ScoreBar value={e.mean} label={`${l.experiment.name} ${k} mean`} />
                            <Histogram bins={e.histogram} label={`${k} distribution over ${e.count} runs`} />
                          </>
                        ) : (
                          '–'
                        )}
                      </td>
                    );
                  })}
                  <td className="num">{formatCost(l.summary.totalCost)}</td>
                  <td className="num">
                    {formatDuration(l.summary.latencyP50)} / {formatDuration(l.summary.latencyP95)}
                  </td>
                  <td className="num">{formatTokens(l.summary.totalTokens)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function ExperimentRow({ projectId, row: r, what, onEnd }: { projectId: string; row: Row; what: string; onEnd: () => void }) {
  const live = useLiveProgress(r.id, isActive(r.status), onEnd);
  const p = live ?? r;
  return (
    <tr>
      <td>
        <Link to={`/projects/${projectId}/experiments/${r.id}`}>{r.name}</Link>
      </td>
      <td>{what}</td>
      <td className="num">{r.datasetVersion}</td>
      <td>
        <ProgressBar name={r.name} p={p} />
      </td>
      <td>
        <ul className="exp-scores">
          {r.summary.evaluators.map((e) => (
            <li key={e.key}>
              <ScoreBar value={e.mean} label={`${r.name} ${e.key} mean`} /> {e.key}
            </li>
          ))}
        </ul>
      </td>
      <td className="num">{formatCost(r.summary.totalCost)}</td>
      <td>{formatTime(r.createdAt)}</td>
    </tr>
  );
}
