/**
 * Renders a Helm chart the way `helm template` would, for the chart's test where helm cannot be
 * installed: Go's text/template (actions, trim markers, if/else if/else, range, with, define,
 * variables, pipelines, parenthesised commands) with the Sprig and Helm functions the chart in
 * infra/helm/sextant calls. It is not helm: anything else it meets (another function, a construct it
 * does not know) fails the render rather than being guessed at.
 */
import { createHash, randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

type Value = unknown;
type Scope = Map<string, Value>[];

type Operand =
  | { t: 'lit'; v: Value }
  | { t: 'fn'; name: string }
  | { t: 'dot'; fields: string[] }
  | { t: 'var'; name: string; fields: string[] }
  | { t: 'paren'; pipe: Pipeline; fields: string[] };
type Pipeline = { decl: string[]; assign: boolean; cmds: Operand[][] };
type Node =
  | { k: 'text'; text: string }
  | { k: 'action'; pipe: Pipeline }
  | { k: 'if'; branches: { cond: Pipeline; body: Node[] }[]; otherwise: Node[] }
  | { k: 'range' | 'with'; pipe: Pipeline; body: Node[]; otherwise: Node[] };

class TemplateError extends Error {}

// --- parsing ---------------------------------------------------------------------------------------

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|(`[^`]*`)|(:=|=|\||\(|\)|,)|(\$\w*(?:\.\w+)*)|(\.(?:\w+(?:\.\w+)*)?)|(-?\d+(?:\.\d+)?)|([A-Za-z_]\w*))/y;

type Token = { text: string; space: boolean };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < source.length && source.slice(at).trim() !== '') {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(source);
    if (!m) throw new TemplateError(`cannot read "${source.slice(at)}" in {{${source}}}`);
    tokens.push({ text: m[0].trim(), space: /^\s/.test(m[0]) });
    at = TOKEN.lastIndex;
  }
  return tokens;
}

function parsePipeline(tokens: Token[], from: number, closing?: string): [Pipeline, number] {
  let i = from;
  const decl: string[] = [];
  let assign = false;
  // `$a := …`, `$a, $b := …` or `$a = …`
  const ahead = tokens.slice(i, i + 4).map((t) => t.text);
  if (/^\$\w*$/.test(ahead[0] ?? '') && (ahead[1] === ':=' || ahead[1] === '=')) {
    decl.push(ahead[0]);
    assign = ahead[1] === '=';
    i += 2;
  } else if (/^\$\w*$/.test(ahead[0] ?? '') && ahead[1] === ',' && /^\$\w*$/.test(ahead[2] ?? '') && ahead[3] === ':=') {
    decl.push(ahead[0], ahead[2]);
    i += 4;
  }
  const cmds: Operand[][] = [[]];
  while (i < tokens.length && tokens[i].text !== closing) {
    const { text } = tokens[i];
    if (text === '|') {
      cmds.push([]);
      i++;
      continue;
    }
    let operand: Operand;
    if (text === '(') {
      const [pipe, end] = parsePipeline(tokens, i + 1, ')');
      i = end + 1;
      const next = tokens[i];
      const fields = next && !next.space && next.text.startsWith('.') ? (i++, next.text.split('.').filter(Boolean)) : [];
      operand = { t: 'paren', pipe, fields };
    } else {
      i++;
      if (text.startsWith('"')) operand = { t: 'lit', v: JSON.parse(text) as string };
      else if (text.startsWith('`')) operand = { t: 'lit', v: text.slice(1, -1) };
      else if (text.startsWith('$')) {
        const [name, ...fields] = text.split('.');
        operand = { t: 'var', name, fields };
      } else if (text.startsWith('.')) operand = { t: 'dot', fields: text.split('.').filter(Boolean) };
      else if (/^-?\d/.test(text)) operand = { t: 'lit', v: Number(text) };
      else if (text === 'true' || text === 'false') operand = { t: 'lit', v: text === 'true' };
      else if (text === 'nil') operand = { t: 'lit', v: null };
      else if (/^\w+$/.test(text)) operand = { t: 'fn', name: text };
      else throw new TemplateError(`unexpected "${text}"`);
    }
    cmds[cmds.length - 1].push(operand);
  }
  if (closing && i >= tokens.length) throw new TemplateError(`missing "${closing}"`);
  if (cmds.some((c) => c.length === 0)) throw new TemplateError('empty command in a pipeline');
  return [{ decl, assign, cmds }, i];
}

function pipeline(source: string): Pipeline {
  const tokens = tokenize(source);
  const [pipe, end] = parsePipeline(tokens, 0);
  if (end !== tokens.length) throw new TemplateError(`unexpected ")" in {{${source}}}`);
  return pipe;
}

/** Parses a template file into its nodes and the `define`d templates it holds. */
function parseTemplate(source: string, file: string, defines: Map<string, Node[]>): Node[] {
  const parts: ({ text: string } | { action: string; trimLeft: boolean; trimRight: boolean })[] = [];
  let last = 0;
  for (const m of source.matchAll(/\{\{(-\s)?\s*([\s\S]*?)\s*?(\s-)?\}\}/g)) {
    parts.push({ text: source.slice(last, m.index) });
    parts.push({ action: m[2].trim(), trimLeft: Boolean(m[1]), trimRight: Boolean(m[3]) });
    last = m.index + m[0].length;
  }
  parts.push({ text: source.slice(last) });
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!('action' in p)) continue;
    if (p.trimLeft) (parts[i - 1] as { text: string }).text = (parts[i - 1] as { text: string }).text.replace(/\s+$/, '');
    if (p.trimRight) (parts[i + 1] as { text: string }).text = (parts[i + 1] as { text: string }).text.replace(/^\s+/, '');
  }

  type Frame = { node: Node | { k: 'define'; name: string }; body: Node[] };
  const root: Node[] = [];
  const stack: Frame[] = [];
  const current = () => (stack.length ? stack[stack.length - 1].body : root);
  for (const p of parts) {
    if (!('action' in p)) {
      if (p.text) current().push({ k: 'text', text: p.text });
      continue;
    }
    const a = p.action;
    if (a.startsWith('/*')) {
      if (!a.endsWith('*/')) throw new TemplateError(`${file}: unterminated comment`);
      continue;
    }
    const [, keyword, rest] = /^(\w+)\b\s*([\s\S]*)$/.exec(a) ?? [];
    if (keyword === 'if' || keyword === 'range' || keyword === 'with') {
      const node: Node =
        keyword === 'if'
          ? { k: 'if', branches: [{ cond: pipeline(rest), body: [] }], otherwise: [] }
          : { k: keyword, pipe: pipeline(rest), body: [], otherwise: [] };
      current().push(node);
      stack.push({ node, body: node.k === 'if' ? node.branches[0].body : node.body });
    } else if (keyword === 'define') {
      const name = /^"([^"]+)"$/.exec(rest)?.[1];
      if (!name || stack.length) throw new TemplateError(`${file}: bad define {{${a}}}`);
      stack.push({ node: { k: 'define', name }, body: [] });
    } else if (keyword === 'else') {
      const frame = stack[stack.length - 1];
      if (!frame || frame.node.k === 'define' || frame.node.k === 'text' || frame.node.k === 'action') throw new TemplateError(`${file}: else outside a block`);
      const elseIf = /^if\b\s*([\s\S]*)$/.exec(rest);
      if (elseIf && frame.node.k === 'if') {
        const branch = { cond: pipeline(elseIf[1]), body: [] as Node[] };
        frame.node.branches.push(branch);
        frame.body = branch.body;
      } else if (!rest) frame.body = frame.node.otherwise;
      else throw new TemplateError(`${file}: unsupported {{${a}}}`);
    } else if (keyword === 'end') {
      const frame = stack.pop();
      if (!frame) throw new TemplateError(`${file}: end without a block`);
      if (frame.node.k === 'define') defines.set(frame.node.name, frame.body);
    } else if (keyword === 'template' || keyword === 'block') throw new TemplateError(`${file}: {{${keyword}}} is not supported here`);
    else current().push({ k: 'action', pipe: pipeline(a) });
  }
  if (stack.length) throw new TemplateError(`${file}: unclosed block`);
  return root;
}

// --- evaluating ------------------------------------------------------------------------------------

const isMap = (v: Value): v is Record<string, Value> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Go template truth: false, 0, nil and empty strings, lists and maps are false. */
function truth(v: Value): boolean {
  if (v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return typeof v === 'bigint' ? v !== 0n : Boolean(v);
}

/** fmt's %v of a number read from YAML (a float64 in Helm): 4000, but 1.6777216e+07. */
function goNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const exp = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
  // strconv's shortest 'g', which %v uses: an exponent from 6 on (or below -4) is written as one.
  if (exp < -4 || exp >= 6) {
    const [mantissa, e] = n.toExponential().split('e');
    const power = Number(e);
    return `${mantissa}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  return String(n);
}

/** fmt's %v. */
function goString(v: Value): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  throw new TemplateError(`cannot print a ${Array.isArray(v) ? 'list' : 'map'} (${JSON.stringify(v)})`);
}

function kindOf(v: Value): string {
  if (v === null || v === undefined) return 'invalid';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'bigint') return 'int64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return Array.isArray(v) ? 'slice' : 'map';
}

function field(v: Value, name: string): Value {
  if (v === null || v === undefined) throw new TemplateError(`nil pointer evaluating interface {}.${name}`);
  if (!isMap(v)) throw new TemplateError(`can't evaluate field ${name} in type ${kindOf(v)}`);
  return v[name];
}

function comparable(a: Value, b: Value): void {
  if (kindOf(a) !== kindOf(b) || !['string', 'float64', 'int64', 'bool'].includes(kindOf(a)))
    throw new TemplateError(`incompatible types for comparison: ${kindOf(a)} and ${kindOf(b)}`);
}

function printf(format: string, args: Value[]): string {
  let i = 0;
  return format.replace(/%([svdq%])/g, (_, verb: string) => {
    if (verb === '%') return '%';
    const a = args[i++];
    if (verb === 'q') return JSON.stringify(goString(a));
    if (verb === 'd') return String(Math.trunc(Number(a)));
    return goString(a);
  });
}

function randomFrom(alphabet: string, n: number): string {
  return Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, c) => String.fromCharCode(c + 32)).join('');

function indent(n: number, s: string): string {
  const pad = ' '.repeat(n);
  return pad + s.replace(/\n/g, `\n${pad}`);
}

const FUNCTIONS: Record<string, (...a: Value[]) => Value> = {
  not: (v) => !truth(v),
  eq: (a, ...bs) => bs.some((b) => (comparable(a, b), a === b)),
  ne: (a, b) => (comparable(a, b), a !== b),
  default: (d, v) => (truth(v) ? v : d),
  ternary: (a, b, cond) => {
    if (typeof cond !== 'boolean') throw new TemplateError('ternary: the condition must be a bool');
    return cond ? a : b;
  },
  required: (message, v) => {
    if (v === null || v === undefined || v === '') throw new TemplateError(String(message));
    return v;
  },
  fail: (message) => {
    throw new TemplateError(String(message));
  },
  list: (...items) => items,
  dict: (...kv) => Object.fromEntries(Array.from({ length: kv.length / 2 }, (_, i) => [String(kv[2 * i]), kv[2 * i + 1]])),
  index: (coll, ...keys) =>
    keys.reduce((v, k) => {
      if (v === null || v === undefined) throw new TemplateError('index of untyped nil');
      return Array.isArray(v) ? v[Number(k)] : (v as Record<string, Value>)[String(k)];
    }, coll),
  hasKey: (m, k) => isMap(m) && String(k) in m,
  kindIs: (kind, v) => kindOf(v) === kind,
  toString: (v: Value) => goString(v),
  // An int64 is a bigint here, so that it prints as Go prints one (33554432, not 3.3554432e+07).
  int64: (v) => BigInt(Math.trunc(typeof v === 'string' ? Number.parseInt(v, 10) || 0 : Number(v ?? 0))),
  printf: (format, ...args) => printf(String(format), args),
  print: (...args) => args.map(goString).join(''),
  quote: (...args) =>
    args
      .filter((a) => a !== null && a !== undefined)
      .map((a) => JSON.stringify(goString(a)))
      .join(' '),
  trunc: (n, s) => String(s).slice(0, Number(n)),
  trimSuffix: (suffix, s) => (String(s).endsWith(String(suffix)) ? String(s).slice(0, -String(suffix).length || undefined) : String(s)),
  trim: (s) => String(s).trim(),
  contains: (substr, s) => String(s).includes(String(substr)),
  replace: (from, to, s) => String(s).split(String(from)).join(String(to)),
  indent: (n, s) => indent(Number(n), String(s)),
  nindent: (n, s) => `\n${indent(Number(n), String(s))}`,
  // As sigs.k8s.io/yaml writes it: keys sorted, list items level with their key.
  toYaml: (v) => (v === null || v === undefined ? 'null' : stringifyYaml(v, { indentSeq: false, sortMapEntries: true }).replace(/\n$/, '')),
  toJson: (v) => JSON.stringify(v ?? null),
  sha256sum: (s) => createHash('sha256').update(String(s)).digest('hex'),
  b64enc: (s) => Buffer.from(String(s)).toString('base64'),
  b64dec: (s) => Buffer.from(String(s), 'base64').toString(),
  randAlphaNum: (n) => randomFrom(ALPHANUMERIC, Number(n)),
  randAscii: (n) => randomFrom(PRINTABLE_ASCII, Number(n)),
  // As under `helm template`: no cluster to ask, so an empty map.
  lookup: () => ({}),
};

class Renderer {
  constructor(private readonly defines: Map<string, Node[]>) {}

  render(nodes: Node[], dot: Value, scope: Scope): string {
    let out = '';
    for (const node of nodes) {
      if (node.k === 'text') out += node.text;
      else if (node.k === 'action') {
        const v = this.pipe(node.pipe, dot, scope);
        if (!node.pipe.decl.length) out += v === null || v === undefined ? '' : goString(v);
      } else if (node.k === 'if') {
        const inner: Scope = [...scope, new Map()];
        const branch = node.branches.find((b) => truth(this.pipe(b.cond, dot, inner)));
        out += this.render(branch ? branch.body : node.otherwise, dot, inner);
      } else if (node.k === 'with') {
        const inner: Scope = [...scope, new Map()];
        const v = this.pipe(node.pipe, dot, inner);
        out += truth(v) ? this.render(node.body, v, inner) : this.render(node.otherwise, dot, inner);
      } else {
        const inner: Scope = [...scope, new Map()];
        const over = this.pipe({ ...node.pipe, decl: [] }, dot, inner);
        const entries: [Value, Value][] = Array.isArray(over)
          ? over.map((v, i) => [i, v])
          : isMap(over)
            ? Object.keys(over)
                .sort()
                .map((k) => [k, over[k]])
            : over === null || over === undefined
              ? []
              : (() => {
                  throw new TemplateError(`range can't iterate over ${goString(over)}`);
                })();
        if (!entries.length) out += this.render(node.otherwise, dot, inner);
        for (const [key, v] of entries) {
          const [first, second] = node.pipe.decl;
          if (second) inner[inner.length - 1].set(first, key).set(second, v);
          else if (first) inner[inner.length - 1].set(first, v);
          out += this.render(node.body, v, inner);
        }
      }
    }
    return out;
  }

  private variable(name: string, scope: Scope): Value {
    for (let i = scope.length - 1; i >= 0; i--) if (scope[i].has(name)) return scope[i].get(name);
    throw new TemplateError(`undefined variable: ${name}`);
  }

  private pipe(p: Pipeline, dot: Value, scope: Scope): Value {
    let result: Value = undefined;
    p.cmds.forEach((cmd, i) => {
      result = this.command(cmd, dot, scope, i === 0 ? [] : [result]);
    });
    if (p.decl.length === 1) {
      const [name] = p.decl;
      if (p.assign) {
        const holder = [...scope].reverse().find((s) => s.has(name));
        if (!holder) throw new TemplateError(`undefined variable: ${name}`);
        holder.set(name, result);
      } else scope[scope.length - 1].set(name, result);
    }
    return result;
  }

  private operand(o: Operand, dot: Value, scope: Scope): Value {
    switch (o.t) {
      case 'lit':
        return o.v;
      case 'dot':
        return o.fields.reduce(field, dot);
      case 'var':
        return o.fields.reduce(field, this.variable(o.name, scope));
      case 'paren':
        return o.fields.reduce(field, this.pipe(o.pipe, dot, scope));
      case 'fn':
        return this.call(o.name, []);
    }
  }

  private command(cmd: Operand[], dot: Value, scope: Scope, piped: Value[]): Value {
    const [head, ...args] = cmd;
    if (head.t !== 'fn') {
      if (args.length || piped.length) throw new TemplateError('only a function takes arguments');
      return this.operand(head, dot, scope);
    }
    // and/or stop at the first operand that decides, as Go's do since 1.18.
    if (head.name === 'and' || head.name === 'or') {
      const operands = [...args.map((a) => () => this.operand(a, dot, scope)), ...piped.map((v) => () => v)];
      let v: Value;
      for (const next of operands) {
        v = next();
        if (truth(v) !== (head.name === 'and')) return v;
      }
      return v;
    }
    return this.call(head.name, [...args.map((a) => this.operand(a, dot, scope)), ...piped]);
  }

  private call(name: string, args: Value[]): Value {
    if (name === 'include') {
      const body = this.defines.get(String(args[0]));
      if (!body) throw new TemplateError(`no template "${String(args[0])}"`);
      return this.render(body, args[1], [new Map([['$', args[1]]])]);
    }
    const fn = FUNCTIONS[name];
    if (!fn) throw new TemplateError(`function "${name}" not defined`);
    return fn(...args);
  }
}

/** Renders one template source (its `define`s included) with `dot` as `.` and `$`. */
export function renderTemplate(source: string, dot: unknown): string {
  const defines = new Map<string, Node[]>();
  const nodes = parseTemplate(source, 'template', defines);
  return new Renderer(defines).render(nodes, dot, [new Map([['$', dot]])]);
}

/** Values files merged as Helm does: maps deeply, anything else replaced, null deleting the key. */
function mergeValues(base: Value, over: Value): Value {
  if (!isMap(base) || !isMap(over)) return over;
  const merged: Record<string, Value> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete merged[k];
    else merged[k] = mergeValues(base[k], v);
  }
  return merged;
}

export type RenderedChart = {
  /** Each template's output, by file name (helpers left out). */
  files: Map<string, string>;
  notes: string;
};

/**
 * Renders `chartDir` with its values.yaml and then each of `overrides` (a values file's path, or values
 * as an object) on top, like `helm template <release> <chart> -f …`.
 */
export function renderChart(chartDir: string, overrides: (string | object)[], release = { name: 'sextant', namespace: 'default' }): RenderedChart {
  const chart = parseYaml(readFileSync(path.join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, string>;
  let values: Value = parseYaml(readFileSync(path.join(chartDir, 'values.yaml'), 'utf8'));
  for (const o of overrides) values = mergeValues(values, typeof o === 'string' ? parseYaml(readFileSync(o, 'utf8')) : o);
  const top = {
    Values: values,
    Release: { Name: release.name, Namespace: release.namespace, Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 },
    Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
    Capabilities: { KubeVersion: { Version: 'v1.30.0', Major: '1', Minor: '30' } },
  };
  const defines = new Map<string, Node[]>();
  const dir = path.join(chartDir, 'templates');
  const parsed = readdirSync(dir)
    .sort()
    .map((file) => [file, parseTemplate(readFileSync(path.join(dir, file), 'utf8'), file, defines)] as const);
  const renderer = new Renderer(defines);
  const files = new Map<string, string>();
  let notes = '';
  for (const [file, nodes] of parsed) {
    if (file.startsWith('_')) continue;
    let out: string;
    try {
      out = renderer.render(nodes, top, [new Map([['$', top]])]);
    } catch (e) {
      throw new TemplateError(`${file}: ${(e as Error).message}`);
    }
    if (file === 'NOTES.txt') notes = out;
    else files.set(file, out);
  }
  return { files, notes };
}
