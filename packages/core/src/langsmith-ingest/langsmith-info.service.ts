import type { Config } from '@sextant/config';

/** The LangSmith API version Sextant answers as; the SDK only parses it for compatibility warnings. */
const LANGSMITH_COMPAT_VERSION = '0.10.0';

/**
 * The `GET /info` answer the SDK reads before its first batch: multipart on, and batch limits
 * within this server's body limit. No compression flags: bodies arrive uncompressed.
 */
export function langsmithServerInfo(config: Config) {
  return {
    version: LANGSMITH_COMPAT_VERSION,
    instance_flags: {},
    batch_ingest_config: {
      use_multipart_endpoint: true,
      // Ten times LangSmith's 100 ops per request: each request costs Sextant an authentication and a
      // transaction whatever its size, so fewer, larger batches go faster (pnpm bench:langsmith).
      size_limit: 1000,
      // Headroom for the multipart framing the SDK adds around the runs it measures.
      size_limit_bytes: Math.floor(config.langsmithIngest.maxBodyBytes * 0.8),
    },
  };
}
