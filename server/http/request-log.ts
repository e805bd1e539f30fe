// Structured request logs: one JSON line per request (method, path, status, ms, document id), and one more for
// every refused or failed write. Never the document's text or the request body: only codes, ids and names.
import type { MiddlewareHandler } from 'hono';
import { isAppError } from '../../graph/errors.ts';
import { isWrite } from './guard.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The document a request wrote or read, for its log line. */
    docId?: string;
  }
}

export interface LogEntry {
  time: string;
  event: 'request' | 'write-refused' | 'write-failed';
  method: string;
  path: string;
  status: number;
  ms: number;
  docId?: string;
  code?: string;
  message?: string;
}

export type LogSink = (entry: LogEntry) => void;

/** Paths and messages are capped: a hostile request must not turn the log into a copy of itself. */
const MAX_FIELD_CHARS = 300;

function cap(text: string): string {
  return text.length > MAX_FIELD_CHARS ? `${text.slice(0, MAX_FIELD_CHARS)}…(${text.length})` : text;
}

/** A JSON line on stderr, the server's default sink. */
export const stderrSink: LogSink = (entry) => {
  process.stderr.write(`${JSON.stringify(entry)}\n`);
};

export function requestLog(sink: LogSink): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const entry: LogEntry = {
      time: new Date().toISOString(), event: 'request', method: c.req.method, path: cap(c.req.path),
      status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10,
      ...(c.get('docId') ? { docId: c.get('docId') } : {}),
    };
    sink(entry);
    if (!isWrite(c.req.method, c.req.path) || c.res.status < 400) return;
    const error = c.error;
    const code = isAppError(error) ? error.code : error ? 'INTERNAL' : `HTTP_${c.res.status}`;
    // 4xx: the server said no (auth, origin, budget, size); 5xx: it could not do what it was asked.
    sink({
      ...entry, event: c.res.status < 500 ? 'write-refused' : 'write-failed', code,
      ...(error ? { message: cap(isAppError(error) ? error.describe() : error.message) } : {}),
    });
  };
}
