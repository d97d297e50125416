import { randomBytes } from 'node:crypto';
import type { ForwardFeedback, ForwardPatch, ForwardRun } from './langsmith-forward.mapper';

/** Where to forward: LangSmith's API (or anything speaking its ingestion protocol). */
export type ForwardTarget = { endpoint: string; apiKey: string; workspaceId?: string | null };

export type ForwardClientOptions = {
  /** Attempts per request, the first included, before a retryable failure is thrown. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per-request timeout; a timed-out request is retried like a network error. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

/** What to send: run creates (holding their final state when finished), updates of runs already sent, and feedback on runs. */
export type ForwardOps = { post: ForwardRun[]; patch?: ForwardPatch[]; feedback?: ForwardFeedback[] };

/** A forward that failed; `retryable` false means retrying the same payload cannot succeed (a 4xx). */
export class LangSmithForwardError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly body: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'LangSmithForwardError';
  }
}

// Defaults LangSmith itself advertises when /info says nothing (20 MB, 100 runs).
const DEFAULT_SIZE_LIMIT_BYTES = 20 * 1024 * 1024;
const DEFAULT_SIZE_LIMIT = 100;
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);
// The fields the multipart protocol sends as their own parts (B.3), so big payloads never sit in the run's part.
const SPLIT_FIELDS = ['inputs', 'outputs', 'events', 'extra', 'error', 'serialized'] as const;

type Part = { name: string; body: Buffer; contentType?: string };
type RunOp = { kind: 'post' | 'patch'; run: ForwardRun | ForwardPatch };
type FeedbackOp = { kind: 'feedback'; run: ForwardFeedback };
type Op = (RunOp | FeedbackOp) & { size: number };

/** Sends runs to LangSmith's ingestion API with its part naming, size limits, retries and fallbacks. */
export class LangSmithForwardClient {
  private limits: Promise<{ bytes: number; count: number }> | null = null;
  private multipartMissing = false;
  private readonly opts: Required<ForwardClientOptions>;

  constructor(
    private readonly target: ForwardTarget,
    options: ForwardClientOptions = {},
  ) {
    this.opts = {
      maxAttempts: options.maxAttempts ?? 5,
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      timeoutMs: options.timeoutMs ?? 30_000,
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    };
  }

  /**
   * Sends all runs, split into requests within the target's advertised limits; throws
   * LangSmithForwardError on failure. `delivered` hears of each request that got through, so a
   * caller can avoid sending those runs again after a later request fails.
   */
  async send(ops: ForwardOps, delivered?: (runIds: string[]) => void): Promise<void> {
    const limits = await this.sizeLimits();
    const all: Op[] = [
      ...ops.post.map((run) => ({ kind: 'post' as const, run, size: 0 })),
      ...(ops.patch ?? []).map((run) => ({ kind: 'patch' as const, run, size: 0 })),
      // Last, so the runs they score are sent first.
      ...(ops.feedback ?? []).map((run) => ({ kind: 'feedback' as const, run, size: 0 })),
    ];
    for (const op of all) op.size = Buffer.byteLength(JSON.stringify(op.run)) + 512;
    let batch: Op[] = [];
    let bytes = 0;
    for (const op of all) {
      if (batch.length && (batch.length >= limits.count || bytes + op.size > limits.bytes)) {
        await this.sendBatch(batch);
        delivered?.(batch.map((o) => o.run.id));
        batch = [];
        bytes = 0;
      }
      batch.push(op);
      bytes += op.size;
    }
    if (batch.length) {
      await this.sendBatch(batch);
      delivered?.(batch.map((o) => o.run.id));
    }
  }

  /** The target's batch limits from `GET /info`, asked once; LangSmith's defaults when it does not say. */
  sizeLimits(): Promise<{ bytes: number; count: number }> {
    this.limits ??= (async () => {
      try {
        const res = await this.fetchWithTimeout(`${this.base()}/info`, { method: 'GET', headers: this.headers() });
        if (!res.ok) return { bytes: DEFAULT_SIZE_LIMIT_BYTES, count: DEFAULT_SIZE_LIMIT };
        const info = (await res.json()) as { batch_ingest_config?: { size_limit_bytes?: number; size_limit?: number } };
        const cfg = info.batch_ingest_config ?? {};
        return {
          bytes: typeof cfg.size_limit_bytes === 'number' && cfg.size_limit_bytes > 0 ? cfg.size_limit_bytes : DEFAULT_SIZE_LIMIT_BYTES,
          count: typeof cfg.size_limit === 'number' && cfg.size_limit > 0 ? cfg.size_limit : DEFAULT_SIZE_LIMIT,
        };
      } catch {
        // An /info that fails must not block forwarding: the defaults are what LangSmith enforces anyway.
        return { bytes: DEFAULT_SIZE_LIMIT_BYTES, count: DEFAULT_SIZE_LIMIT };
      }
    })();
    return this.limits;
  }

  private async sendBatch(batch: Op[]): Promise<void> {
    if (!this.multipartMissing) {
      const boundary = `----sextant${randomBytes(12).toString('hex')}`;
      const body = multipartBody(batch, boundary);
      const status = await this.request('/runs/multipart', body, `multipart/form-data; boundary=${boundary}`, true);
      // A 409 refuses the whole request when it holds any run LangSmith already has (a send that got
      // through before its job was lost, then the trace grew): halves go again until each run has its
      // own answer, so the new runs beside an old one are not dropped.
      if (status === 409 && batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        await this.sendBatch(batch.slice(0, half));
        await this.sendBatch(batch.slice(half));
        return;
      }
      if (status !== 404) return;
      // An older or self-hosted LangSmith without multipart: use /runs/batch from now on.
      this.multipartMissing = true;
    }
    // /runs/batch has no place for files (the runs go without their attachments) nor feedback (posted to /feedback).
    const plain = (run: ForwardRun | ForwardPatch) => {
      const { attachments: _files, ...rest } = run;
      return rest;
    };
    const runsOf = (kind: 'post' | 'patch') => batch.flatMap((o) => (o.kind === kind ? [plain(o.run as ForwardRun | ForwardPatch)] : []));
    const payload = { post: runsOf('post'), patch: runsOf('patch') };
    if (payload.post.length || payload.patch.length) await this.request('/runs/batch', Buffer.from(JSON.stringify(payload)), 'application/json', false);
    for (const op of batch) if (op.kind === 'feedback') await this.request('/feedback', Buffer.from(JSON.stringify(op.run)), 'application/json', false);
  }

  /** One POST with retries; returns the final status (2xx, 409, or 404 when `allow404`), else throws. */
  private async request(path: string, body: Buffer, contentType: string, allow404: boolean): Promise<number> {
    let lastError: LangSmithForwardError | null = null;
    for (let attempt = 1; attempt <= this.opts.maxAttempts; attempt++) {
      let delay = Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (attempt - 1));
      try {
        const res = await this.fetchWithTimeout(`${this.base()}${path}`, {
          method: 'POST',
          headers: { ...this.headers(), 'content-type': contentType },
          body: new Uint8Array(body),
        });
        // 409: LangSmith already holds these runs (an earlier attempt got through), which is what we wanted.
        if (res.ok || res.status === 409 || (allow404 && res.status === 404)) {
          await res.arrayBuffer().catch(() => undefined);
          return res.status;
        }
        const text = await res.text().catch(() => '');
        lastError = new LangSmithForwardError(`LangSmith ${path} answered ${res.status}: ${text.slice(0, 2000)}`, res.status, text, RETRYABLE.has(res.status));
        if (!lastError.retryable) throw lastError;
        const after = retryAfterMs(res.headers.get('retry-after'));
        if (after !== null) delay = Math.max(0, after);
      } catch (err) {
        if (err instanceof LangSmithForwardError) {
          if (!err.retryable) throw err;
        } else {
          lastError = new LangSmithForwardError(`LangSmith ${path} unreachable: ${(err as Error).message}`, null, '', true);
        }
      }
      if (attempt < this.opts.maxAttempts) await this.opts.sleep(delay);
    }
    throw lastError ?? new LangSmithForwardError(`LangSmith ${path} failed`, null, '', true);
  }

  private async fetchWithTimeout(url: string, init: RequestInit): Promise<Response> {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new Error(`timed out after ${this.opts.timeoutMs} ms`)), this.opts.timeoutMs);
    try {
      return await fetch(url, { ...init, signal: ac.signal });
    } finally {
      clearTimeout(timer);
    }
  }

  private base(): string {
    return this.target.endpoint.replace(/\/+$/, '');
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = { 'x-api-key': this.target.apiKey, accept: 'application/json' };
    if (this.target.workspaceId) h['x-tenant-id'] = this.target.workspaceId;
    return h;
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : date - Date.now();
}

/** The multipart parts of some runs in LangSmith's naming (B.3): posts first, then patches, then feedback. */
function multipartParts(ops: Array<RunOp | FeedbackOp>): Part[] {
  const parts: Part[] = [];
  const runOps = ops.filter((o): o is RunOp => o.kind !== 'feedback');
  const ordered = [...runOps.filter((o) => o.kind === 'post'), ...runOps.filter((o) => o.kind === 'patch')];
  for (const { kind, run } of ordered) {
    const main: Record<string, unknown> = { ...run };
    for (const f of SPLIT_FIELDS) delete main[f];
    delete main.attachments;
    parts.push({ name: `${kind}.${run.id}`, body: Buffer.from(JSON.stringify(main)) });
    const record = run as unknown as Record<string, unknown>;
    for (const f of SPLIT_FIELDS) {
      if (record[f] !== undefined) parts.push({ name: `${kind}.${run.id}.${f}`, body: Buffer.from(JSON.stringify(record[f])) });
    }
    for (const [name, file] of Object.entries(run.attachments ?? {})) {
      // LangSmith splits part names on '.', and its SDK refuses attachment names holding one.
      parts.push({ name: `attachment.${run.id}.${name.replace(/[."\r\n]/g, '_')}`, body: Buffer.from(file.data, 'base64'), contentType: file.contentType });
    }
  }
  for (const op of ops) if (op.kind === 'feedback') parts.push({ name: `feedback.${op.run.id}`, body: Buffer.from(JSON.stringify(op.run)) });
  return parts;
}

function multipartBody(ops: Op[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of multipartParts(ops)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\nContent-Type: ${part.contentType ?? 'application/json'}; length=${part.body.length}\r\n\r\n`,
      ),
    );
    chunks.push(part.body, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
