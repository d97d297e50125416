import { assertProjectAccess, requireAuthenticated } from '../common/access.policy';
import { sanitizeString } from '../common/sanitize.util';
import type { RequestContext } from '../common/service.context';
import { ingestBatch } from '../ingest/ingest.service';
import { IngestList } from '../ingest/ingest.result';
import { projectIdByName } from '../projects/project.service';
import { mapOtlpRequest } from './otlp-span.mapper';
import type { OtlpExportTraceRequest, OtlpKeyValue, OtlpMappedBatch, OtlpResourceSpans } from './otlp.types';
import type { OtlpExportResult } from './otlp.wire';

/**
 * Resource attributes that name the project an admin-key export goes to, first found wins; service.name last.
 * langsmith.trace.session_name is also read from the spans, where LangSmith's OTel exporter puts it.
 */
const PROJECT_ATTRIBUTES = ['sextant.project.name', 'openinference.project.name', 'langsmith.trace.session_name'];
const DEFAULT_PROJECT = 'default';
const MAX_NAME = 200;
/** How many reasons the partial-success message lists before it only counts. */
const MAX_REASONS = 5;

const SPAN_LISTS = new Set<string>([IngestList.AGENT_CALLS, IngestList.LLM_CALLS, IngestList.TOOL_CALLS]);

function stringAttribute(attributes: OtlpKeyValue[] | undefined, key: string): string | undefined {
  const v = attributes?.find((a) => a?.key === key)?.value?.stringValue;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** The project name an admin-key export names for one resource: the header's, else the resource's attributes, else its service. */
function projectNameOf(rs: OtlpResourceSpans, header: string | undefined): string {
  if (header) return header;
  const attributes = rs.resource?.attributes;
  for (const key of PROJECT_ATTRIBUTES) {
    const name = stringAttribute(attributes, key);
    if (name) return name;
  }
  for (const ss of rs.scopeSpans ?? [])
    for (const span of ss.spans ?? []) {
      const name = stringAttribute(span?.attributes, 'langsmith.trace.session_name');
      if (name) return name;
    }
  return stringAttribute(attributes, 'service.name') ?? DEFAULT_PROJECT;
}

const spanCount = (resourceSpans: OtlpResourceSpans[]) =>
  resourceSpans.reduce((n, rs) => n + (rs.scopeSpans ?? []).reduce((m, ss) => m + (Array.isArray(ss?.spans) ? ss.spans.length : 0), 0), 0);

const LISTS = ['traces', 'agentCalls', 'llmCalls', 'toolCalls', 'errors'] as const;

/** Splits a mapped batch into batches of at most `max` items; ingestion is order-free, so any split stores the same. */
function chunks(batch: OtlpMappedBatch, max: number): OtlpMappedBatch[] {
  const out: OtlpMappedBatch[] = [];
  let current: OtlpMappedBatch = { traces: [], agentCalls: [], llmCalls: [], toolCalls: [], errors: [] };
  let size = 0;
  for (const list of LISTS) {
    for (const item of batch[list] as unknown[]) {
      if (size === max) {
        out.push(current);
        current = { traces: [], agentCalls: [], llmCalls: [], toolCalls: [], errors: [] };
        size = 0;
      }
      (current[list] as unknown[]).push(item);
      size++;
    }
  }
  if (size) out.push(current);
  return out;
}

/**
 * Stores an OTLP trace export: a project key writes to its own project; the admin key to the project
 * `projectName` (the x-sextant-project header) or each resource names, created on first use as the
 * LangSmith endpoints do. Spans are mapped (mapOtlpRequest) and ingested like any batch, so they are
 * order-free, priced and live. Spans that cannot be stored are counted and explained, never thrown.
 */
export async function ingestOtlpTraces(ctx: RequestContext, request: OtlpExportTraceRequest, opts: { projectName?: string } = {}): Promise<OtlpExportResult> {
  const principal = requireAuthenticated(ctx);
  if (principal.kind === 'key') assertProjectAccess(ctx, principal.projectId, 'ingest');
  const header = opts.projectName === undefined ? undefined : sanitizeString(opts.projectName).trim() || undefined;

  let rejectedSpans = 0;
  const reasons: string[] = [];
  const groups = new Map<string, OtlpResourceSpans[]>();
  const idsByName = new Map<string, Promise<string>>();
  for (const rs of request.resourceSpans ?? []) {
    let projectId: string;
    if (principal.kind === 'key') projectId = principal.projectId;
    else {
      const name = projectNameOf(rs, header);
      if (name.length > MAX_NAME) {
        rejectedSpans += spanCount([rs]);
        ctx.metrics.countIngest('otlp', 'span', 0, spanCount([rs]));
        reasons.push(`project name "${name.slice(0, 40)}…" is longer than ${MAX_NAME} characters`);
        continue;
      }
      if (!idsByName.has(name)) idsByName.set(name, projectIdByName(ctx, name));
      projectId = await idsByName.get(name)!;
    }
    const group = groups.get(projectId);
    if (group) group.push(rs);
    else groups.set(projectId, [rs]);
  }

  for (const [projectId, resourceSpans] of groups) {
    const { batch, rejected } = mapOtlpRequest({ resourceSpans });
    rejectedSpans += rejected.length;
    ctx.metrics.countIngest('otlp', 'span', 0, rejected.length);
    reasons.push(...rejected.map((r) => r.message));
    for (const chunk of chunks(batch, ctx.config.limits.maxBatchItems)) {
      const result = await ingestBatch(ctx, { projectId, ...chunk }, 'otlp');
      for (const r of result.rejections) {
        if (SPAN_LISTS.has(r.list)) rejectedSpans++;
        reasons.push(`${r.list}[${r.id ?? r.index}]: ${r.message}`);
      }
    }
  }
  if (!reasons.length) return { rejectedSpans };
  const shown = reasons.slice(0, MAX_REASONS).join('; ');
  return { rejectedSpans, errorMessage: reasons.length > MAX_REASONS ? `${shown}; and ${reasons.length - MAX_REASONS} more` : shown };
}
