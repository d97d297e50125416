import { json } from '@codemirror/lang-json';
import { defaultHighlightStyle, foldGutter, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { minimalSetup } from 'codemirror';
import { useEffect, useMemo, useRef } from 'react';
import './json-viewer.css';

// CodeMirror's default colours are for a light page. The same tags, coloured through CSS variables
// (json-viewer.css), follow the theme without rebuilding the editor when the theme changes.
const COLOURS: Record<string, string> = {
  '#a11': 'var(--code-string)',
  '#164': 'var(--code-number)',
  '#219': 'var(--code-atom)',
  '#708': 'var(--code-keyword)',
};
const themed = HighlightStyle.define(
  defaultHighlightStyle.specs.map((spec) => ({ ...spec, color: spec.color ? (COLOURS[spec.color as string] ?? 'var(--fg)') : undefined })),
);

const theme = EditorView.theme({
  '&': { maxHeight: '28rem', fontSize: '0.82rem', backgroundColor: 'var(--head)', color: 'var(--fg)', borderRadius: '4px' },
  '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
  '.cm-gutters': { backgroundColor: 'var(--head)', color: 'var(--muted)', border: 'none' },
  '.cm-cursor': { borderLeftColor: 'var(--fg)' },
});

/**
 * A value as read-only JSON in CodeMirror: folding, line numbers, keyboard selection and copy. CodeMirror
 * draws only the lines in view, so a payload of megabytes opens and scrolls as fast as a small one.
 */
export function JsonViewer({ value, label }: { value: unknown; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const text = useMemo(() => JSON.stringify(value, null, 2) ?? 'null', [value]);
  useEffect(() => {
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text,
        extensions: [
          minimalSetup,
          lineNumbers(),
          foldGutter(),
          json(),
          syntaxHighlighting(themed),
          theme,
          // A long string (a prompt) wraps rather than hiding past the panel's edge.
          EditorView.lineWrapping,
          EditorState.readOnly.of(true),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
        ],
      }),
    });
    return () => view.destroy();
  }, [text, label]);
  return <div ref={host} className="json-viewer" data-testid="json-viewer" />;
}
