// Browser safety by default: the Host header must name this server (no DNS rebinding), and without a token a
// write must come from a loopback client and, when a browser sends it, from the server's own page.
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../graph/errors.ts';

/** Env listing more host names the server answers to (comma-separated), e.g. behind a reverse proxy. */
const ALLOWED_HOSTS_ENV = 'POLICY_GRAPH_ALLOWED_HOSTS';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '']);
const WRITE_METHODS = /^(POST|PUT|PATCH|DELETE)$/;
/** Reads sent as POST: they change nothing, so a page elsewhere may call them like any GET. */
const READ_POSTS = /^\/(?:api\/(?:ask|query(?:\/[^/]+)?)|mcp)$/;

interface GuardOptions {
  /** The address the server is bound to (HOST). */
  bindHost?: string;
  /** Extra host names, from POLICY_GRAPH_ALLOWED_HOSTS. */
  allowedHosts?: string[];
  apiToken?: string;
}

export function allowedHostsFromEnv(value = process.env[ALLOWED_HOSTS_ENV]): string[] {
  return (value ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
}

function bare(host: string): string {
  return host.toLowerCase().replace(/^\[|\]$/g, '');
}

/**
 * A name an attacker's DNS can point at us is refused; an IP literal cannot be rebound, so one is accepted when
 * the server listens on every interface (HOST=0.0.0.0), where it is how other machines reach it.
 */
function hostAllowed(hostname: string, options: GuardOptions): boolean {
  const host = bare(hostname);
  const bind = bare(options.bindHost ?? '127.0.0.1');
  if (LOOPBACK_NAMES.includes(host) || host === bind) return true;
  if ((options.allowedHosts ?? []).includes(host) || options.allowedHosts?.includes('*')) return true;
  return WILDCARD_BINDS.has(bind) && isIP(host) !== 0;
}

function forbidden(message: string, hint: string): AppError {
  return new AppError('FORBIDDEN', message, { hint });
}

export function hostCheck(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const { hostname } = new URL(c.req.url);
    if (!hostAllowed(hostname, options)) {
      throw forbidden(`不接受的主机名 / this server does not answer to host ${hostname.slice(0, 100)}`,
        `如经反向代理访问，请把主机名加入 ${ALLOWED_HOSTS_ENV} / behind a reverse proxy, add the name to ${ALLOWED_HOSTS_ENV}.`);
    }
    await next();
  };
}

/** The client's address; null in-process (app.request in tests, no socket), which only local code can reach. */
function remoteAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

function isLoopbackAddress(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** Did a browser send this from another site? Clients that are not browsers send neither header. */
function crossSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = c.req.header('origin');
  return origin !== undefined && origin !== new URL(c.req.url).origin;
}

export function isWrite(method: string, path: string): boolean {
  return WRITE_METHODS.test(method) && !READ_POSTS.test(path);
}

/** With a token, the bearer check (requireToken) decides; without one, only this machine's own page or tools may write. */
export function writeOrigin(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    if (!options.apiToken && isWrite(c.req.method, c.req.path)) {
      const address = remoteAddress(c);
      if (address !== null && !isLoopbackAddress(address)) {
        throw forbidden('未设置 API_TOKEN 时只接受本机的写请求 / without API_TOKEN only this machine may write',
          '请在服务器上设置 API_TOKEN，并在请求中带上 Authorization: Bearer <API_TOKEN> / set API_TOKEN on the server and send it.');
      }
      if (crossSite(c)) {
        throw forbidden('拒绝来自其他网站的写请求 / a write from another site was refused',
          '请在本服务自己的页面上操作，或设置 API_TOKEN 后带令牌调用 / use this server’s own page, or set API_TOKEN and send it.');
      }
    }
    await next();
  };
}
