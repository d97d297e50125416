import { useState } from 'react';

/**
 * A list of values edited as removable chips: Enter adds what is typed. For filters where all must
 * match (tags, metadata), so each value stays whole even with a comma in it.
 */
export function ChipInput({
  label,
  values,
  onChange,
  placeholder,
  validate,
}: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  /** Why a typed value cannot be added, or null when it can. */
  validate?: (value: string) => string | null;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    const v = text.trim();
    if (!v) return;
    const why = validate?.(v) ?? null;
    setProblem(why);
    if (why) return;
    if (!values.includes(v)) onChange([...values, v]);
    setText('');
  };
  return (
    <span className="chip-input">
      <label>
        {label}{' '}
        <input
          value={text}
          placeholder={placeholder}
          aria-invalid={problem ? true : undefined}
          title={problem ?? undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
      </label>
      {problem && <span className="error">{problem}</span>}
      {values.map((v) => (
        <span key={v} className="chip">
          {v}
          <button type="button" aria-label={`Remove ${label.toLowerCase()} ${v}`} onClick={() => onChange(values.filter((x) => x !== v))}>
            ×
          </button>
        </span>
      ))}
    </span>
  );
}
