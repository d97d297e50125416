import { isDeepStrictEqual } from 'node:util';
import { diffArrays, diffLines } from 'diff';
import type { PromptMessage, PromptTemplateFormat } from './prompt.entity';

/** What happened to a message from version a to version b. */
type MessageChange = 'added' | 'removed' | 'changed' | 'same';
/** One line of a message diff. */
export type LineOp = { op: 'add' | 'remove' | 'keep'; text: string };

/** One message of a aligned pair of versions, with its line diff. */
type MessageDiff = { index: number; roleA: string | null; roleB: string | null; change: MessageChange; lines: LineOp[] };
/** A model parameter whose value differs (absent is undefined). */
type ParameterDiff = { key: string; a: unknown; b: unknown };

/** The parts of a version a comparison reads. */
export type ComparedVersion = {
  templateFormat: PromptTemplateFormat;
  template: PromptMessage[] | string;
  variables: string[];
  model: string | null;
  parameters: Record<string, unknown>;
};

/** The whole difference between two prompt versions. */
export type PromptVersionDiff = {
  messages: MessageDiff[];
  model: { a: string | null; b: string | null; changed: boolean };
  parameters: ParameterDiff[];
  variablesAdded: string[];
  variablesRemoved: string[];
};

/** A template as messages: a text template is one message (with role null, it has none). */
const asMessages = (v: ComparedVersion): { role: string | null; content: string }[] =>
  typeof v.template === 'string' ? [{ role: null, content: v.template }] : v.template.map((m) => ({ role: m.role, content: m.content }));

/** The lines of one run of a line diff, without their line ends. */
function linesOf(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A line diff of two texts (jsdiff's line diff, one entry per line); a missing side diffs against nothing. */
export function lineDiff(a: string | null, b: string | null): LineOp[] {
  const out: LineOp[] = [];
  // Line ends at the end are ignored: an editor adding the final newline is not a change anyone meant.
  for (const part of diffLines(a ?? '', b ?? '', { oneChangePerToken: true, ignoreNewlineAtEof: true })) {
    const op = part.added ? 'add' : part.removed ? 'remove' : 'keep';
    for (const text of linesOf(part.value)) out.push({ op, text });
  }
  return out;
}

/**
 * Aligns the messages of two versions: equal messages (same role and content) are matched in
 * order, like lines of a text diff, so inserting a message does not show every later one as
 * changed; a run of removed messages followed by a run of added ones pairs up as changed messages.
 */
function messageDiffs(a: ComparedVersion, b: ComparedVersion): MessageDiff[] {
  type M = { role: string | null; content: string };
  const parts = diffArrays<M>(asMessages(a), asMessages(b), { comparator: (x, y) => x.role === y.role && x.content === y.content });
  const out: MessageDiff[] = [];
  const push = (x: M | null, y: M | null, change: MessageChange) =>
    out.push({ index: out.length, roleA: x?.role ?? null, roleB: y?.role ?? null, change, lines: lineDiff(x?.content ?? null, y?.content ?? null) });
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (const m of part.value) push(m, m, 'same');
    } else if (part.removed) {
      const next = parts[i + 1];
      const added = next?.added ? next.value : [];
      if (next?.added) i++;
      const n = Math.max(part.value.length, added.length);
      for (let k = 0; k < n; k++) {
        const x = part.value[k] ?? null;
        const y = added[k] ?? null;
        push(x, y, x && y ? 'changed' : x ? 'removed' : 'added');
      }
    } else {
      for (const m of part.value) push(null, m, 'added');
    }
  }
  return out;
}

/** Compares two prompt versions: messages with line diffs, the model, the parameters that differ, and the variables. */
export function comparePromptVersions(a: ComparedVersion, b: ComparedVersion): PromptVersionDiff {
  const keys = [...new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])].sort();
  return {
    messages: messageDiffs(a, b),
    model: { a: a.model, b: b.model, changed: a.model !== b.model },
    parameters: keys.filter((k) => !isDeepStrictEqual(a.parameters[k], b.parameters[k])).map((key) => ({ key, a: a.parameters[key], b: b.parameters[key] })),
    variablesAdded: b.variables.filter((v) => !a.variables.includes(v)),
    variablesRemoved: a.variables.filter((v) => !b.variables.includes(v)),
  };
}
