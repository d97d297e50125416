/** A file sent with a run, as kept in the span's `attachments` JSON under its name. */
export type LangSmithAttachment = {
  contentType: string;
  size: number;
  /** Present when the bytes are kept. */
  encoding?: 'base64';
  data?: string;
  /** Why the bytes were not kept (over the size cap). */
  omitted?: string;
};

/** One create (`post`) or update (`patch`) of a run, as received, before validation. */
export type LangSmithOp = {
  op: 'post' | 'patch';
  /** Where it came from, for messages: `post.<id>` in multipart, `post[2]` in a batch. */
  source: string;
  /** The run id named by the transport (part name or URL), when it names one. */
  id?: string;
  body: unknown;
  attachments?: Record<string, LangSmithAttachment>;
  /** Set when the op could not even be read (a part that is not JSON): it is reported, not stored. */
  problem?: string;
};

/** A run the batch could not store, and why. */
export type LangSmithRejection = {
  source: string;
  id: string | null;
  message: string;
  /** The key may not write there (another project's name or run). */
  forbidden: boolean;
  /** An update of a run that is not stored and does not say where it belongs. */
  notFound?: boolean;
};

/** What one ingest request stored: runs accepted, and each rejected run with its reason. */
export type LangSmithIngestResult = { accepted: number; rejected: LangSmithRejection[]; /** Ids of the feedback stored, in order. */ ids?: string[] };
