import { useQuery } from 'urql';
import { graphql } from '../gql';

const Compare = graphql(`
  query WebComparePromptVersions($a: ID!, $b: ID!) {
    comparePromptVersions(a: $a, b: $b) {
      a {
        version
      }
      b {
        version
      }
      messages {
        index
        roleA
        roleB
        change
        lines {
          op
          text
        }
      }
      model {
        a
        b
        changed
      }
      parameters {
        key
        a
        b
      }
      variablesAdded
      variablesRemoved
    }
  }
`);

const show = (v: unknown) => (v === null || v === undefined ? '–' : JSON.stringify(v));
const SIGN = { ADD: '+', REMOVE: '-', KEEP: ' ' } as const;

/** Two versions side by side as a diff: each aligned message's lines added (green) and removed (red), then model, parameter and variable changes. */
export function PromptDiff({ a, b }: { a: string; b: string }) {
  const [{ data, error }] = useQuery({ query: Compare, variables: { a, b } });
  if (error) return <p role="alert">Could not compare: {error.message}</p>;
  if (!data) return <p aria-busy="true">Comparing…</p>;
  const c = data.comparePromptVersions;
  return (
    <div className="prompt-diff" aria-label={`Diff of v${c.a.version} and v${c.b.version}`}>
      {c.messages.map((m) => (
        <div className="diff-message" key={m.index}>
          <h3>
            {m.roleA === m.roleB ? (m.roleA ?? 'text') : `${m.roleA ?? '–'} → ${m.roleB ?? '–'}`} <span className="muted">{m.change.toLowerCase()}</span>
          </h3>
          <pre className="diff-lines">
            {m.lines.map((l, i) => (
              <div key={i} className={`diff-line diff-${l.op.toLowerCase()}`}>
                {SIGN[l.op]} {l.text}
              </div>
            ))}
          </pre>
        </div>
      ))}
      <dl className="facts">
        <dt>Model</dt>
        <dd className={c.model.changed ? 'changed' : undefined}>{c.model.changed ? `${c.model.a ?? '–'} → ${c.model.b ?? '–'}` : (c.model.a ?? '–')}</dd>
        {c.parameters.map((p) => (
          <div key={p.key}>
            <dt>{p.key}</dt>
            <dd className="changed">
              {show(p.a)} → {show(p.b)}
            </dd>
          </div>
        ))}
        {c.variablesAdded.length > 0 && (
          <>
            <dt>Variables added</dt>
            <dd>{c.variablesAdded.join(', ')}</dd>
          </>
        )}
        {c.variablesRemoved.length > 0 && (
          <>
            <dt>Variables removed</dt>
            <dd>{c.variablesRemoved.join(', ')}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
