// Bearer-token guard for write endpoints, active only when API_TOKEN is set.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../graph/errors.ts';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compare digests so the comparison takes the same time whatever the length of the guess. */
function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token) {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer\s+(.+)$/i.exec(header.trim());
      if (!match || !tokenMatches(match[1], token)) {
        c.header('WWW-Authenticate', 'Bearer');
        throw new AppError('UNAUTHORIZED', '需要有效的访问令牌 / a valid API token is required for writes', {
          hint: '请求头 / send the header: Authorization: Bearer <API_TOKEN>',
        });
      }
    }
    await next();
  };
}
