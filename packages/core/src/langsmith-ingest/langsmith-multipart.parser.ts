import type { LangSmithFeedbackOp } from './langsmith-feedback.service';
import type { LangSmithAttachment, LangSmithOp } from './langsmith-op.types';

/** One part of a `/runs/multipart` body: its name, media type (parameters stripped) and bytes. */
export type MultipartPart = { name: string; contentType: string; data: Buffer };

/**
 * Groups multipart parts into run operations. Parts are named `post.<id>`, `post.<id>.<field>`,
 * `patch.<id>…` and `attachment.<id>.<name>`; every run part is JSON whatever its Content-Type
 * says (the SDK adds `; length=` parameters); `feedback.<id>` parts are feedback on runs.
 */
export function assembleMultipartOps(
  parts: MultipartPart[],
  maxAttachmentBytes: number,
): { ops: LangSmithOp[]; feedback: LangSmithFeedbackOp[]; ignoredParts: number } {
  const ops = new Map<string, LangSmithOp & { body: Record<string, unknown> }>();
  const attachments = new Map<string, Record<string, LangSmithAttachment>>();
  const feedback: LangSmithFeedbackOp[] = [];
  let ignoredParts = 0;

  const opFor = (kind: 'post' | 'patch', id: string) => {
    const key = `${kind}.${id}`;
    let op = ops.get(key);
    if (!op) {
      op = { op: kind, source: key, id, body: {} };
      ops.set(key, op);
    }
    return op;
  };

  for (const part of parts) {
    const [kind, id, ...rest] = part.name.split('.');
    const field = rest.join('.');
    if ((kind === 'post' || kind === 'patch') && id) {
      const op = opFor(kind, id);
      let value: unknown;
      try {
        value = JSON.parse(part.data.toString('utf8'));
      } catch {
        op.problem ??= `part ${part.name} is not valid JSON`;
        continue;
      }
      if (!field) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) op.problem ??= `part ${part.name} must be a JSON object`;
        else op.body = { ...(value as Record<string, unknown>), ...op.body };
      } else {
        // inputs, outputs, events, extra, error, serialized; an unknown field is kept and ignored by the schema.
        op.body[field] = value;
      }
    } else if (kind === 'feedback' && id && !field) {
      try {
        feedback.push({ source: part.name, id, body: JSON.parse(part.data.toString('utf8')) });
      } catch {
        feedback.push({ source: part.name, id, body: null, problem: `part ${part.name} is not valid JSON` });
      }
    } else if (kind === 'attachment' && id && field) {
      const list = attachments.get(id) ?? {};
      list[field] = toAttachment(part, maxAttachmentBytes);
      attachments.set(id, list);
    } else {
      ignoredParts++;
    }
  }

  // An attachment belongs to the run, whichever of its post or patch carries it.
  for (const [id, files] of attachments) {
    const op = ops.get(`post.${id}`) ?? ops.get(`patch.${id}`) ?? opFor('patch', id);
    op.attachments = { ...op.attachments, ...files };
  }
  const list = [...ops.values()];
  return { ops: [...list.filter((o) => o.op === 'post'), ...list.filter((o) => o.op === 'patch')], feedback, ignoredParts };
}

/** Keeps an attachment's bytes as base64 within the cap; a larger one is recorded with its size only. */
function toAttachment(part: Pick<MultipartPart, 'contentType' | 'data'>, maxBytes: number): LangSmithAttachment {
  const contentType = part.contentType || 'application/octet-stream';
  if (part.data.length > maxBytes) {
    return { contentType, size: part.data.length, omitted: `larger than the ${maxBytes}-byte attachment limit (LS_ATTACHMENT_MAX_BYTES)` };
  }
  return { contentType, size: part.data.length, encoding: 'base64', data: part.data.toString('base64') };
}
