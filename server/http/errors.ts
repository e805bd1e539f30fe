// One mapping from any thrown value to the API's error body: AppError codes, zod issues, a store that is down.
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { isAppError, type ErrorCode } from '../../graph/errors.ts';

interface ErrorBody {
  error: { code: string; message: string; hint?: string; issues?: Issue[] };
}

interface Issue {
  path: string;
  message: string;
  code?: string;
}

/** neo4j-driver codes for a database that cannot be reached or dropped the connection. */
const DRIVER_DOWN_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

const STORE_DOWN_MESSAGE = '图数据库暂时无法访问，请稍后重试 / the graph store is unavailable, please retry shortly';
const INTERNAL_MESSAGE = '服务器内部错误 / internal server error';
/** 5xx codes whose message tells the user something they can act on (the rest stay generic). */
const SHOWN_5XX = new Set<ErrorCode>(['QUERY_TIMEOUT', 'OVERLOADED', 'STORE_FULL', 'DISK_FULL']);

export function isStoreDown(error: unknown): boolean {
  if (isAppError(error)) return error.code === 'STORE_UNAVAILABLE';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DRIVER_DOWN_CODES.has(code);
}

function toIssues(issues: readonly unknown[] | undefined): Issue[] | undefined {
  if (!issues) return undefined;
  return issues.map((raw) => {
    const issue = raw as { path?: unknown; message?: unknown; code?: unknown };
    const path = Array.isArray(issue.path) ? issue.path.map(String).join('.') : String(issue.path ?? '');
    return { path, message: String(issue.message ?? raw), ...(typeof issue.code === 'string' ? { code: issue.code } : {}) };
  });
}

function body(code: string, message: string, extra: { hint?: string; issues?: Issue[] } = {}): ErrorBody {
  return { error: { code, message, ...(extra.hint ? { hint: extra.hint } : {}), ...(extra.issues ? { issues: extra.issues } : {}) } };
}

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_INPUT', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'TOO_LARGE', 415: 'UNSUPPORTED_FORMAT', 503: 'STORE_UNAVAILABLE',
};

/** Hono's own messages are English only; users are told in Chinese too. */
const HTTP_MESSAGES: Partial<Record<number, string>> = {
  415: '请求体类型不对：查询和提问请用 Content-Type: application/json，上传请用 multipart/form-data / '
    + 'unsupported Content-Type: send queries and questions as application/json, uploads as multipart/form-data',
};

/** Status and body for anything a handler threw; never a stack trace, internal errors stay generic. */
export function toErrorResponse(error: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (isStoreDown(error)) {
    const hint = isAppError(error) ? error.hint : undefined;
    return { status: 503, body: body('STORE_UNAVAILABLE', STORE_DOWN_MESSAGE, { hint }) };
  }
  if (isAppError(error)) {
    const internal = error.status >= 500 && !SHOWN_5XX.has(error.code);
    const message = internal ? INTERNAL_MESSAGE : error.message;
    return { status: error.status as ContentfulStatusCode, body: body(error.code, message, { hint: internal ? undefined : error.hint, issues: toIssues(error.issues) }) };
  }
  if (error instanceof ZodError) {
    return { status: 400, body: body('BAD_INPUT', '请求参数无效 / invalid request', { issues: toIssues(error.issues) }) };
  }
  if (error instanceof HTTPException) {
    const code = HTTP_CODES[error.status] ?? (error.status < 500 ? 'BAD_INPUT' : 'INTERNAL');
    const message = error.status === 400 ? `请求格式错误 / malformed request: ${error.message}` : HTTP_MESSAGES[error.status] ?? (error.message || INTERNAL_MESSAGE);
    return { status: error.status as ContentfulStatusCode, body: body(code, message) };
  }
  return { status: 500, body: body('INTERNAL', INTERNAL_MESSAGE) };
}
