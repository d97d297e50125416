import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';

const CreateFeedback = graphql(`
  mutation WebCreateFeedback($input: CreateFeedbackInput!) {
    createFeedback(input: $input) {
      id
      name
      score
      label
      comment
      source
      authorName
    }
  }
`);

/** Scores the selected span as a person (source human): a key with a number and/or a label, and a comment. */
export function FeedbackForm({ spanId }: { spanId: string }) {
  const { traceId } = useParams() as { traceId: string };
  const [key, setKey] = useState('');
  const [score, setScore] = useState('');
  const [label, setLabel] = useState('');
  const [comment, setComment] = useState('');
  const [{ fetching, error }, create] = useMutation(CreateFeedback);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const r = await create({
      input: {
        traceId,
        spanId,
        key: key.trim(),
        score: score === '' ? null : Number(score),
        label: label.trim() || null,
        comment: comment.trim() || null,
        source: 'HUMAN',
      },
    });
    if (r.data) {
      setSaved(r.data.createFeedback.name);
      setKey('');
      setScore('');
      setLabel('');
      setComment('');
    }
  };
  return (
    <form className="feedback-form" aria-label="Add feedback" onSubmit={submit}>
      <label>
        Feedback key
        <input value={key} onChange={(e) => setKey(e.target.value)} required />
      </label>
      <label>
        Score
        <input type="number" step="any" value={score} onChange={(e) => setScore(e.target.value)} />
      </label>
      <label>
        Label
        <input value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <label>
        Comment
        <input value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <button type="submit" disabled={fetching}>
        Add feedback
      </button>
      {error && <p role="alert">{error.graphQLErrors[0]?.message ?? error.message}</p>}
      {saved && <p role="status">Feedback {saved} saved.</p>}
    </form>
  );
}
