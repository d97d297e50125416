import type { IncomingMessage } from 'node:http';
import { type Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import { Busboy } from '@fastify/busboy';
import { Decompress as ZstdDecompress } from 'fzstd';
import type { MultipartPart } from '@sextant/core';

/** Why a multipart body could not be read; `status` is the HTTP answer. */
export class MultipartBodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads every part of a multipart/form-data body into memory, streaming (chunked bodies too)
 * and counting bytes as they arrive so a body over `maxBytes` is refused without being held.
 * All parts are read as bytes: LangSmith's parts carry no filename, which a form parser would
 * otherwise decode as text fields and corrupt binary attachments.
 */
export function readMultipartParts(req: IncomingMessage, maxBytes: number): Promise<MultipartPart[]> {
  return new Promise((resolve, reject) => {
    const contentType = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data/i.test(contentType)) {
      reject(new MultipartBodyError(415, 'Content-Type must be multipart/form-data'));
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      reject(new MultipartBodyError(413, tooLarge(maxBytes)));
      return;
    }
    let source: Readable = req;
    const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding === 'gzip' || encoding === 'x-gzip') source = req.pipe(zlib.createGunzip());
    else if (encoding === 'deflate') source = req.pipe(zlib.createInflate());
    else if (encoding === 'zstd') source = req.pipe(zstdDecompressor());
    else if (encoding !== 'identity') {
      reject(new MultipartBodyError(415, `Content-Encoding ${encoding} is not supported; send the body uncompressed, gzip or zstd`));
      return;
    }

    let bb: InstanceType<typeof Busboy>;
    try {
      bb = new Busboy({
        headers: { ...req.headers, 'content-type': contentType },
        isPartAFile: () => true,
        limits: { fieldNameSize: 1024, fileSize: maxBytes, headerPairs: 100 },
      });
    } catch (e) {
      reject(new MultipartBodyError(400, `Cannot read the multipart body: ${(e as Error).message}`));
      return;
    }

    const parts: MultipartPart[] = [];
    let settled = false;
    let finished = false;
    let pending = 0;
    let received = 0;
    const fail = (err: MultipartBodyError) => {
      if (settled) return;
      settled = true;
      source.unpipe(bb);
      // Read and drop the rest, so the answer reaches a client still sending.
      req.resume();
      reject(err);
    };
    // Parts are complete when both the parser and every part's stream have ended, in whichever order.
    const done = () => {
      if (!settled && finished && pending === 0) {
        settled = true;
        resolve(parts);
      }
    };

    source.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) fail(new MultipartBodyError(413, tooLarge(maxBytes)));
    });
    source.on('error', () => fail(new MultipartBodyError(400, 'The request body could not be read (truncated or badly compressed)')));
    req.on('aborted', () => fail(new MultipartBodyError(400, 'The request was aborted')));
    bb.on('file', (name: string, stream: Readable, _filename: string | undefined, _transfer: string, mimeType: string) => {
      pending++;
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      // A part cut off before its boundary (a truncated body) errors on its own stream: unheard, that
      // error would end the process.
      stream.on('error', (e: Error) => fail(new MultipartBodyError(400, `Malformed multipart body: ${e.message}`)));
      stream.on('end', () => {
        parts.push({ name, contentType: mimeType, data: Buffer.concat(chunks) });
        pending--;
        done();
      });
    });
    bb.on('error', (e: Error) => fail(new MultipartBodyError(400, `Malformed multipart body: ${e.message}`)));
    bb.on('finish', () => {
      finished = true;
      done();
    });
    source.pipe(bb);
  });
}

const tooLarge = (max: number) => `The request body exceeds ${max} bytes (LS_INGEST_MAX_BODY_BYTES); send smaller batches`;

/**
 * A zstd decoding stream. The SDK sends zstd when LangSmith's /info offers it (replicas read
 * LangSmith's, not ours), on a Node that has zstd; Node's own decoder where present (22.15+), else
 * a pure-JS one.
 */
function zstdDecompressor(): Transform {
  const native = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;
  if (native) return native();
  const out: Transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        decoder.push(chunk);
        callback();
      } catch (e) {
        callback(e as Error);
      }
    },
    flush(callback) {
      try {
        decoder.push(new Uint8Array(0), true);
        callback();
      } catch (e) {
        callback(e as Error);
      }
    },
  });
  const decoder = new ZstdDecompress((data) => void out.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength)));
  return out;
}
