// The server's limits, each with its unit, and the timeout wrapper every store call goes through.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../graph/errors.ts';
import { MAX_DOCUMENT_BYTES } from '../../graph/read/index.ts';

export interface Limits {
  /** Largest uploaded document (the readers' own cap). */
  uploadBytes: number;
  /** Largest JSON body of a read request. */
  jsonBytes: number;
  /** Longest question /api/ask accepts. */
  questionChars: number;
  /** A query that takes longer answers 503 QUERY_TIMEOUT. */
  queryTimeoutMs: number;
}

/** Multipart framing around the file: boundaries, headers, the field name. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const DEFAULT_LIMITS: Limits = {
  uploadBytes: MAX_DOCUMENT_BYTES,
  jsonBytes: 64 * 1024,
  questionChars: 500,
  queryTimeoutMs: 15_000,
};

export function resolveLimits(partial: Partial<Limits> = {}): Limits {
  return { ...DEFAULT_LIMITS, ...partial };
}

export function uploadBodyBytes(limits: Limits): number {
  return limits.uploadBytes + MULTIPART_OVERHEAD_BYTES;
}

/** What was too large decides the advice: an uploaded document can be split, a read request shortened. */
export function tooLarge(limitBytes: number, body: 'document' | 'request'): AppError {
  const size = limitBytes >= 1024 * 1024 ? `${(limitBytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(limitBytes / 1024)} KB`;
  const hint = body === 'document'
    ? '请拆分文档后再上传 / split the document and upload the parts.'
    : '请缩短请求（问题、查询计划）/ send a shorter request (question, query plan).';
  return new AppError('TOO_LARGE', `请求体过大（上限 ${size}）/ request body too large (limit ${size})`, { hint });
}

/**
 * A JSON body over `maxBytes` is 413 TOO_LARGE. A declared size (Content-Length, not chunked) is checked from the header
 * alone, as hono's bodyLimit checks it, but without reading `req.raw.body` first: on the node server that getter builds
 * a web Request and stream around the socket, and the route's JSON is then read through them instead of the node
 * server's direct read (~1 ms of CPU a request, 5 % of an ask under the API bench's load). Others go to hono's.
 */
export function jsonBodyLimit(maxBytes: number): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize: maxBytes, onError: () => { throw tooLarge(maxBytes, 'request'); } });
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined || c.req.method === 'GET' || c.req.method === 'HEAD') return streamed(c, next);
    if (Number.parseInt(declared, 10) > maxBytes) throw tooLarge(maxBytes, 'request');
    await next();
  };
}

/** Resolve with `work`, or reject with QUERY_TIMEOUT after `ms`; the work itself is left to finish. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('QUERY_TIMEOUT', `查询超时（${ms} 毫秒）/ the query timed out after ${ms} ms`, {
      retriable: true, hint: '请缩小范围（limit、depth）后重试 / narrow the query (limit, depth) and retry.',
    })), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
