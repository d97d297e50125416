// A stand-in for LangSmith's run ingestion API that enforces its validation, shared by the
// forwarding client's spec and the end-to-end forwarding test.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const RUN_TYPES = ['llm', 'chain', 'tool', 'retriever', 'embedding', 'prompt', 'parser'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SEGMENT = /^(\d{8}T\d{6}\d{6})Z([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const PART = /^(post|patch)\.([0-9a-f-]{36})(?:\.(inputs|outputs|events|extra|error|serialized))?$/;

/**
 * A scripted answer: `pass` lets the request through to the normal handling; `store` handles it
 * normally but answers `status` (a success whose answer was lost, so the resend meets a 409).
 */
type Answer = { status: number; headers?: Record<string, string>; pass?: boolean; store?: boolean };

/**
 * A stand-in for LangSmith's ingestion API: validates what LangSmith validates (400 otherwise),
 * answers 409 to a run it already holds, merges patches into the runs they update, and plays
 * scripted answers (429, 500, 404…) first.
 */
export class FakeLangSmith {
  runs = new Map<string, Record<string, unknown>>();
  /** How many times each run was accepted as a post: exactly once each is the contract. */
  posts = new Map<string, number>();
  /** Patches accepted, per run. */
  patches = new Map<string, Array<Record<string, unknown>>>();
  /** Feedback accepted, by id, and how many times each was sent. */
  feedback = new Map<string, Record<string, unknown>>();
  feedbackPosts = new Map<string, number>();
  requests: Array<{ path: string; headers: IncomingMessage['headers']; status: number }> = [];
  script: Answer[] = [];
  multipart = true;
  info: Record<string, unknown> = { batch_ingest_config: { size_limit_bytes: 1_000_000, size_limit: 100 } };
  private server: Server = createServer(
    (req, res) =>
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      }),
  );

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const path = req.url ?? '';
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      this.requests.push({ path, headers: req.headers, status });
      return { status, body, headers };
    };
    if (req.headers['x-api-key'] !== 'key') return reply(401, { detail: 'bad key' });
    if (req.method === 'GET' && path === '/info') return reply(200, this.info);
    const next = this.script.shift();
    if (next && !next.pass && !next.store) return reply(next.status, { detail: 'scripted' }, next.headers);
    let ops: Ops;
    if (path === '/runs/multipart' && this.multipart) {
      const parsed = parseMultipart(raw, String(req.headers['content-type']));
      if (typeof parsed === 'string') return reply(400, { detail: parsed });
      ops = parsed;
    } else if (path === '/runs/batch') {
      const body = JSON.parse(raw.toString()) as Partial<Ops>;
      ops = { post: body.post ?? [], patch: body.patch ?? [], feedback: [] };
    } else if (path === '/feedback') {
      ops = { post: [], patch: [], feedback: [JSON.parse(raw.toString())] };
    } else {
      return reply(404, { detail: 'Not Found' });
    }
    const { post: posts, patch } = ops;
    const batch = new Map(posts.map((p) => [p.id as string, p]));
    for (const run of posts) {
      const problem = validate(run, (id) => batch.get(id) ?? this.runs.get(id));
      if (problem) return reply(400, { detail: problem });
    }
    for (const p of patch) {
      const target = batch.get(p.id as string) ?? this.runs.get(p.id as string);
      if (!target) return reply(400, { detail: `patch of unknown run ${p.id}` });
      for (const f of ['name', 'run_type', 'start_time'] as const) if (f in p) return reply(400, { detail: `a patch cannot change ${f}` });
      const problem = validate({ ...target, ...p }, (id) => batch.get(id) ?? this.runs.get(id));
      if (problem) return reply(400, { detail: `patch: ${problem}` });
    }
    for (const f of ops.feedback) {
      const run = batch.get(f.run_id as string) ?? this.runs.get(f.run_id as string);
      if (!UUID.test(String(f.id)) || typeof f.key !== 'string' || !f.key) return reply(400, { detail: 'feedback needs a UUID id and a key' });
      if (!run) return reply(400, { detail: `feedback on unknown run ${f.run_id}` });
      if (f.trace_id !== run.trace_id) return reply(400, { detail: 'feedback trace_id is not the trace of its run' });
    }
    if (posts.some((p) => this.runs.has(p.id as string))) return reply(409, { detail: 'already received' });
    for (const f of ops.feedback) {
      this.feedback.set(f.id as string, f);
      this.feedbackPosts.set(f.id as string, (this.feedbackPosts.get(f.id as string) ?? 0) + 1);
    }
    for (const p of posts) {
      this.runs.set(p.id as string, p);
      this.posts.set(p.id as string, (this.posts.get(p.id as string) ?? 0) + 1);
    }
    for (const p of patch) {
      this.runs.set(p.id as string, { ...this.runs.get(p.id as string), ...p });
      this.patches.set(p.id as string, [...(this.patches.get(p.id as string) ?? []), p]);
    }
    if (next?.store) return reply(next.status, { detail: 'scripted after storing' }, next.headers);
    return reply(path === '/feedback' ? 200 : 202, {});
  }
}

type Ops = { post: Record<string, unknown>[]; patch: Record<string, unknown>[]; feedback: Record<string, unknown>[] };

function parseMultipart(raw: Buffer, contentType: string): Ops | string {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) return 'no boundary';
  const runs = { post: new Map<string, Record<string, unknown>>(), patch: new Map<string, Record<string, unknown>>() };
  const files = new Map<string, Record<string, { contentType: string; data: string }>>();
  const feedback: Record<string, unknown>[] = [];
  // latin1 keeps every byte as one character, so binary attachments survive the split.
  for (const chunk of raw.toString('latin1').split(`--${boundary}`).slice(1, -1)) {
    const [head, ...rest] = chunk.split('\r\n\r\n');
    const body = Buffer.from(rest.join('\r\n\r\n').replace(/\r\n$/, ''), 'latin1');
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? '';
    const type = /Content-Type: ([^;\r\n]+); length=(\d+)/.exec(head);
    if (!type) return `part ${name} has no Content-Type with a length: ${head}`;
    if (Number(type[2]) !== body.length) return `part ${name}: length=${type[2]} but ${body.length} bytes`;
    const file = /^attachment\.([0-9a-f-]{36})\.(.+)$/.exec(name);
    if (file) {
      files.set(file[1], { ...files.get(file[1]), [file[2]]: { contentType: type[1], data: body.toString('base64') } });
      continue;
    }
    if (type[1] !== 'application/json') return `part ${name} is ${type[1]}, not application/json`;
    const fb = /^feedback\.([0-9a-f-]{36})$/.exec(name);
    if (fb) {
      const value = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      if (value.id !== fb[1]) return `feedback part ${name} holds id ${value.id}`;
      feedback.push(value);
      continue;
    }
    const m = PART.exec(name);
    if (!m) return `bad part name ${name}`;
    const value = JSON.parse(body.toString('utf8'));
    const kind = runs[m[1] as 'post' | 'patch'];
    const run = kind.get(m[2]) ?? {};
    if (m[3]) run[m[3]] = value;
    else Object.assign(run, value);
    kind.set(m[2], run);
  }
  for (const [id, list] of files) {
    const run = runs.post.get(id) ?? runs.patch.get(id);
    if (!run) return `attachments for run ${id}, which the request does not carry`;
    run.attachments = { ...(run.attachments as object), ...list };
  }
  return { post: [...runs.post.values()], patch: [...runs.patch.values()], feedback };
}

/** LangSmith's checks on one run (B.6): null when it would accept it. */
function validate(run: Record<string, unknown>, lookup: (id: string) => Record<string, unknown> | undefined): string | null {
  const id = run.id as string;
  if (!UUID.test(id ?? '')) return 'id must be a UUID';
  if (!RUN_TYPES.includes(run.run_type as string)) return 'invalid run_type';
  const segments = String(run.dotted_order ?? '').split('.');
  const parsed = segments.map((s) => SEGMENT.exec(s));
  if (parsed.some((p) => !p)) return 'invalid timestamp format in dotted_order';
  if (parsed[0]![2] !== run.trace_id) return 'trace_id does not match first part of dotted_order';
  if (parsed.at(-1)![2] !== id) return 'last part of dotted_order must be the run id';
  const ts = parsed.at(-1)![1];
  const iso = `${ts.slice(0, 4)}-${ts.slice(4, 6)}-${ts.slice(6, 8)}T${ts.slice(9, 11)}:${ts.slice(11, 13)}:${ts.slice(13, 15)}.${ts.slice(15)}Z`;
  if (run.start_time !== iso) return 'start_time does not match dotted_order';
  if (!run.parent_run_id) return segments.length === 1 ? null : 'dotted_order must contain a single part for root runs';
  if (segments.length < 2) return 'dotted_order must contain at least two parts for child runs';
  if (parsed.at(-2)![2] !== run.parent_run_id) return 'parent_run_id does not match dotted_order';
  const parent = lookup(run.parent_run_id as string);
  if (parent && `${parent.dotted_order}.${segments.at(-1)}` !== run.dotted_order) return 'dotted_order does not extend the parent';
  return null;
}
