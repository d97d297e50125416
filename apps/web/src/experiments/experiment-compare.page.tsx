import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { formatCost, formatDuration } from '../ui/format';
import { Delta, formatScore, outputText, pretty } from './experiment-bits';
import './experiments.css';

const ProjectExperiments = graphql(`
  query WebCompareExperimentChoices($projectId: ID!) {
    experiments(projectId: $projectId, first: 200) {
      edges {
        node {
          id
          name
          status
          dataset {
            id
            name
          }
        }
      }
    }
  }
`);

const CompareExperiments = graphql(`
  query WebCompareExperiments($a: ID!, $b: ID!, $first: Int!) {
    compareExperiments(a: $a, b: $b) {
      a {
        id
        name
      }
      b {
        id
        name
      }
      summary {
        key
        a
        b
        delta
      }
      examples(first: $first) {
        exampleId
        outputChanged
        latencyDelta
        costDelta
        example {
          inputs
          outputs
        }
        runA {
          id
          output
          error
          traceId
        }
        runB {
          id
          output
          error
          traceId
        }
        scoreDeltas {
          key
          a
          b
          delta
        }
      }
    }
  }
`);

/** Examples read at once. */
const EXAMPLES_SHOWN = 200;

const signed = (n: number) => formatScore(n);

/** Two experiments of one dataset: the mean score deltas, then each example's two runs side by side with a link to their traces' compare. */
export function ExperimentComparePage() {
  const { projectId } = useParams() as { projectId: string };
  const [params, setParams] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const [choices] = useQuery({ query: ProjectExperiments, variables: { projectId } });
  const [{ data, error, fetching }] = useQuery({ query: CompareExperiments, variables: { a, b, first: EXAMPLES_SHOWN }, pause: !a || !b });
  const all = choices.data?.experiments.edges.map((e) => e.node) ?? [];
  const datasetOfA = all.find((x) => x.id === a)?.dataset.id;
  const choose = (which: 'a' | 'b', id: string) => {
    const next = new URLSearchParams(params);
    if (id) next.set(which, id);
    else next.delete(which);
    setParams(next);
  };
  const c = data?.compareExperiments;
  return (
    <div className="experiments">
      <h1>Compare experiments</h1>
      <div className="row">
        <label>
          Experiment A{' '}
          <select value={a} onChange={(e) => choose('a', e.target.value)}>
            <option value="">Choose…</option>
            {all.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} ({x.dataset.name})
              </option>
            ))}
          </select>
        </label>
        <label>
          Experiment B{' '}
          <select value={b} onChange={(e) => choose('b', e.target.value)}>
            <option value="">Choose…</option>
            {all
              .filter((x) => !datasetOfA || x.dataset.id === datasetOfA)
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name} ({x.dataset.name})
                </option>
              ))}
          </select>
        </label>
      </div>
      {(!a || !b) && <p className="empty">Choose two experiments of the same dataset.</p>}
      {error && <p role="alert">Could not compare: {error.graphQLErrors[0]?.message ?? error.message}</p>}
      {a && b && fetching && !c && <p aria-busy="true">Comparing…</p>}
      {c && (
        <>
          <table className="exp-table" aria-label="Score summary">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">A: {c.a.name}</th>
                <th scope="col">B: {c.b.name}</th>
                <th scope="col">Delta (B − A)</th>
              </tr>
            </thead>
            <tbody>
              {c.summary.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{s.key}</th>
                  <td className="num">{formatScore(s.a)}</td>
                  <td className="num">{formatScore(s.b)}</td>
                  <td className="num">
                    <Delta value={s.delta} format={signed} higherIsBetter />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Examples</h2>
          {c.examples.length === EXAMPLES_SHOWN && <p className="muted">Showing the first {EXAMPLES_SHOWN} examples.</p>}
          <table className="exp-table" aria-label="Examples compared">
            <thead>
              <tr>
                <th scope="col">Inputs</th>
                <th scope="col">Reference</th>
                <th scope="col">Outputs (A | B)</th>
                <th scope="col">Score deltas</th>
                <th scope="col">Latency</th>
                <th scope="col">Cost</th>
                <th scope="col">Traces</th>
              </tr>
            </thead>
            <tbody>
              {c.examples.map((e, i) => (
                <tr key={e.exampleId}>
                  <td>
                    <pre>{pretty(e.example?.inputs)}</pre>
                  </td>
                  <td>
                    <pre>{pretty(e.example?.outputs)}</pre>
                  </td>
                  <td>
                    <div className="exp-side">
                      <pre aria-label={`Output A of example ${i + 1}`}>{e.runA ? (e.runA.error ?? outputText(e.runA.output)) : '–'}</pre>
                      <pre aria-label={`Output B of example ${i + 1}`}>{e.runB ? (e.runB.error ?? outputText(e.runB.output)) : '–'}</pre>
                    </div>
                    {e.outputChanged && <span className="muted">changed</span>}
                  </td>
                  <td>
                    <ul className="exp-scores">
                      {e.scoreDeltas.map((d) => (
                        <li key={d.key}>
                          {d.key}: {formatScore(d.a)} → {formatScore(d.b)} <Delta value={d.delta} format={signed} higherIsBetter />
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="num">
                    <Delta value={e.latencyDelta} format={formatDuration} higherIsBetter={false} />
                  </td>
                  <td className="num">
                    <Delta value={e.costDelta} format={formatCost} higherIsBetter={false} />
                  </td>
                  <td>
                    {e.runA?.traceId && e.runB?.traceId && (
                      <Link to={`/projects/${projectId}/compare?a=${e.runA.traceId}&b=${e.runB.traceId}`} aria-label={`Compare the traces of example ${i + 1}`}>
                        Compare traces
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
