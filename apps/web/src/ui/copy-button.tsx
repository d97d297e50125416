import { useState } from 'react';

/** Copies `text` to the clipboard and says so; where the browser refuses, it says to copy by hand. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard access needs a secure origin and the user's permission; the text stays selectable.
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="muted" role="status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy it by hand: the browser refused the clipboard' : ''}
      </span>
    </>
  );
}
