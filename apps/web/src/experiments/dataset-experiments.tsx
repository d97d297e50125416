import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ExperimentStatus } from '../gql/graphql';
import { formatCost, formatDuration, formatTime, formatTokens } from '../ui/format';
import { Histogram, isActive, ProgressBar, ScoreBar, useLiveProgress } from './experiment-bits';
import { NewExperimentDialog, type PromptChoice } from './new-experiment.dialog';
import './experiments.css';

const Leaderboard = graphql(`
  query WebDatasetLeaderboard($datasetId: ID!, $key: String) {
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
  }
`);

const DatasetExperiments = graphql(`
  query WebDatasetExperiments($projectId: ID!, $datasetId: ID!) {
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
  const [{ data, error }, refetch] = useQuery({ query: DatasetExperiments, variables: { projectId, datasetId } });
  // Bumped when an experiment ends: the list and the leaderboard read again.
  const [generation, setGeneration] = useState(0);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    setGeneration((g) => g + 1);
  };
  if (error) return <p role="alert">Could not load the experiments: {error.graphQLErrors[0]?.message ?? error.message}</p>;
  if (!data) return <p aria-busy="true">Loading experiments…</p>;
  const prompts: PromptChoice[] = data.prompts.edges.map(({ node: p }) => ({ ...p, versions: p.versions.edges.map((e) => e.node) }));
  const rows = data.experiments.edges.map((e) => e.node);
  // The compare link: the two latest experiments, the older as A.
  const [newer, older] = [...rows].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
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
      <LeaderboardSection projectId={projectId} datasetId={datasetId} prompts={prompts} generation={generation} />
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

/** The dataset's finished experiments ranked by the mean of all scores or by one key, read again when `generation` changes. */
function LeaderboardSection({
  projectId,
  datasetId,
  prompts,
  generation,
}: {
  projectId: string;
  datasetId: string;
  prompts: PromptChoice[];
  generation: number;
}) {
  const [key, setKey] = useState('');
  const [{ data, error }, refetch] = useQuery({ query: Leaderboard, variables: { datasetId, key: key || null } });
  useEffect(() => {
    if (generation > 0) refetch({ requestPolicy: 'network-only' });
  }, [generation, refetch]);
  const board = data?.datasetLeaderboard;
  // Every entry's summary has all its evaluators, whatever the key ranks by.
  const keys = [...new Set(board?.flatMap((l) => l.summary.evaluators.map((e) => e.key)) ?? [])].sort();
  return (
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
      {error && <p role="alert">Could not load the leaderboard: {error.graphQLErrors[0]?.message ?? error.message}</p>}
      {!board ? (
        <p aria-busy="true">Loading the leaderboard…</p>
      ) : board.length === 0 ? (
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
            {board.map((l) => (
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
  );
}
