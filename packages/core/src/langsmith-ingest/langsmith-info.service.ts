import type { Config } from '@sextant/config';

/** The LangSmith API version Sextant answers as; the SDK only parses it for compatibility warnings. */
const LANGSMITH_COMPAT_VERSION = '0.10.0';

/**
 * The `GET /info` answer the SDKs read before their first batch. Every batch_ingest_config key is
 * required: the Python SDK (0.14) indexes the scale_* keys without a default, and when one is missing
 * its tracing thread dies on a KeyError and every run of the process is dropped without a word.
 */
export function langsmithServerInfo(config: Config) {
  const limits = config.langsmithIngest;
  return {
    version: LANGSMITH_COMPAT_VERSION,
    instance_flags: {
      // The Python SDK (with zstandard, one of its dependencies) then buffers runs zstd-compressed and
      // sends them as `Content-Encoding: zstd` multipart, which /runs/multipart decodes; without the
      // flag it sends them uncompressed but warns "Run compression is not enabled" on every start.
      // The JS SDK (0.12) compresses with zstd only on a Node that has it (22.15+); the same route reads it.
      // gzip_body_enabled stays off, so on Node 20 the JS SDK keeps streaming its batches uncompressed.
      zstd_compression_enabled: true,
      // The JS SDK creates and updates examples only through the multipart examples endpoint, and only with this flag.
      dataset_examples_multipart_enabled: true,
    },
    batch_ingest_config: {
      use_multipart_endpoint: true,
      // Ten times LangSmith's 100 ops per request: each request costs Sextant an authentication and a
      // transaction whatever its size, so fewer, larger batches go faster (pnpm bench:langsmith).
      size_limit: 1000,
      // Headroom for the multipart framing the SDK adds around the runs it measures.
      size_limit_bytes: Math.floor(limits.maxBodyBytes * 0.8),
      // The Python SDK adds a sending thread while more than scale_up_qsize_trigger runs wait (a full
      // batch here), up to scale_up_nthreads_limit; more threads than a project's ingest slots would
      // only be answered 429. It drops a thread after scale_down_nempty_trigger empty polls (LangSmith's 4).
      scale_up_qsize_trigger: 1000,
      scale_up_nthreads_limit: limits.maxConcurrentPerProject,
      scale_down_nempty_trigger: 4,
    },
  };
}
