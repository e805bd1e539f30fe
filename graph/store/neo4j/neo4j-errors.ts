// Map neo4j-driver errors to AppError: unreachable or refusing servers → STORE_UNAVAILABLE, timeouts → QUERY_TIMEOUT.
import { AppError, isAppError } from '../../errors.ts';

/** Driver codes for a server that cannot be reached or dropped the connection. */
const DOWN_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const SECURITY_PREFIX = 'Neo.ClientError.Security.';
const TIMEOUT_PREFIX = 'Neo.ClientError.Transaction.TransactionTimedOut';

export const START_HINT = '请运行 `npm run neo4j:start` 或检查 NEO4J_URI 后重试 / start Neo4j (`npm run neo4j:start`) or check NEO4J_URI, then retry; the store reconnects by itself.';
const AUTH_HINT = '请检查 NEO4J_USER / NEO4J_PASSWORD / check NEO4J_USER and NEO4J_PASSWORD (the local server uses neo4j / policygraph-dev).';

function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

export function unavailable(uri: string, cause: unknown): AppError {
  return new AppError('STORE_UNAVAILABLE', `图数据库无法访问 / Neo4j at ${uri} is unavailable`, { cause, retriable: true, hint: START_HINT });
}

/** One AppError for anything the driver or server threw; AppErrors pass through unchanged. */
export function toStoreError(error: unknown, uri: string): AppError {
  if (isAppError(error)) return error;
  const code = codeOf(error);
  if (code !== null && DOWN_CODES.has(code)) return unavailable(uri, error);
  if (code?.startsWith(SECURITY_PREFIX)) {
    return new AppError('STORE_UNAVAILABLE', `图数据库拒绝访问 / Neo4j at ${uri} refused the request (${code})`, {
      cause: error, retriable: true, hint: AUTH_HINT,
    });
  }
  if (code?.startsWith(TIMEOUT_PREFIX)) {
    return new AppError('QUERY_TIMEOUT', '查询超时 / the graph query took too long', {
      cause: error, retriable: true, hint: '请缩小查询范围（更小的 limit、depth 或指定文件）/ narrow the query (smaller limit or depth, one document).',
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('INTERNAL', `Neo4j 错误 / Neo4j error${code ? ` ${code}` : ''}: ${detail}`, { cause: error });
}

/** Too many rows for one statement: a guard against runaway answers, reported like a timeout. */
export function tooManyRows(cap: number): AppError {
  return new AppError('QUERY_TIMEOUT', `查询结果过多 / the graph query returned more than ${cap} rows`, {
    retriable: false, hint: '请缩小查询范围 / narrow the query (one document, a section or a role).',
  });
}
