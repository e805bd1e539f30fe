// Safe by default for the browser: cross-site writes and foreign Host headers are refused, headers on every page.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { DOCS_HTML } from '../../server/http/docs-page.ts';
import { fingerprint, request, type App } from './support.ts';

const PLAN = '关于推进水利建设的实施方案\n一、重点任务\n1.完善防洪体系。（牵头单位：区水利局，责任单位：区财政局）';

let store: MemoryGraphStore;
let app: App;

beforeEach(() => {
  store = new MemoryGraphStore();
  app = createApp({ store });
});

function form(): FormData {
  const body = new FormData();
  body.append('file', new Blob([PLAN]), 'plan.txt');
  return body;
}

describe('writes without a token', () => {
  it.each([
    ['a cross-site form POST (Origin of another site)', { origin: 'https://evil.example' }],
    ['a no-cors POST with Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'null' }],
    ['a page on another port of this machine (same-site)', { 'sec-fetch-site': 'same-site', origin: 'http://localhost:8080' }],
    ['an opaque origin (sandboxed frame, file://)', { origin: 'null' }],
  ])('%s is refused with 403 FORBIDDEN and nothing is written', async (_name, headers) => {
    const before = await fingerprint(store);
    const res = await request(app, 'POST', '/api/documents', { body: form(), headers });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(await fingerprint(store)).toBe(before);
  });

  it('a cross-site DELETE is refused too', async () => {
    await request(app, 'POST', '/api/documents', { body: form() });
    const [doc] = await store.listDocuments();
    const res = await request(app, 'DELETE', `/api/documents/${doc.id}`, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(await store.getDocument(doc.id)).not.toBeNull();
  });

  it('the page itself (same origin) and tools that send no Origin (curl, scripts) may upload', async () => {
    const own = await request(app, 'POST', 'http://localhost/api/documents', {
      body: form(), headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(201);
    const tool = await request(app, 'POST', '/api/documents', { body: form() });
    expect(tool.status).toBe(200);
  });

  it('a client on another machine is refused; on loopback it is accepted', async () => {
    const send = (remoteAddress: string) => app.fetch(
      new Request('http://127.0.0.1/api/documents', { method: 'POST', body: form() }),
      { incoming: { socket: { remoteAddress } } },
    );
    const remote = await send('10.1.2.3');
    expect(remote.status).toBe(403);
    expect(await store.listDocuments()).toHaveLength(0);
    expect((await send('::ffff:127.0.0.1')).status).toBe(201);
  });

  it('with API_TOKEN set, the token decides, whatever the client address', async () => {
    const guarded = createApp({ store, apiToken: 'tok' });
    const res = await guarded.fetch(
      new Request('http://127.0.0.1/api/documents', { method: 'POST', body: form(), headers: { authorization: 'Bearer tok' } }),
      { incoming: { socket: { remoteAddress: '10.1.2.3' } } },
    );
    expect(res.status).toBe(201);
  });

  it('reads sent as POST (ask, catalogue) are not writes: a page elsewhere gets the same answer as a GET', async () => {
    const res = await request(app, 'POST', '/api/query/workload', {
      body: '{}', headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
    });
    expect(res.status).toBe(200);
  });
});

describe('the Host header', () => {
  it.each(['/api/health', '/api/documents', '/', '/docs'])('a foreign Host (DNS rebinding) is refused on %s', async (path) => {
    const res = await request(app, 'GET', `http://rebind.evil.example${path}`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('a foreign Host cannot upload', async () => {
    const res = await request(app, 'POST', 'http://rebind.evil.example/api/documents', { body: form() });
    expect(res.status).toBe(403);
    expect(await store.listDocuments()).toHaveLength(0);
  });

  it('loopback names, the bound host and hosts allowed for a reverse proxy are served', async () => {
    const proxied = createApp({ store, bindHost: '10.0.0.7', allowedHosts: ['graph.example.org'] });
    for (const host of ['localhost', '127.0.0.1', '[::1]', '10.0.0.7', 'graph.example.org']) {
      expect((await proxied.request(`http://${host}:3000/api/health`)).status, host).toBe(200);
    }
    expect((await proxied.request('http://other.example.org/api/health')).status).toBe(403);
  });

  it('a server bound to every interface accepts IP literals but not names', async () => {
    const open = createApp({ store, bindHost: '0.0.0.0' });
    expect((await open.request('http://192.168.1.20:3000/api/health')).status).toBe(200);
    expect((await open.request('http://attacker.example/api/health')).status).toBe(403);
  });

  it('over a real socket, the Host header is what is checked', async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    const status = (host: string) => new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/health', headers: { host } }, (res) => { res.resume(); resolve(res.statusCode!); });
      req.on('error', reject);
      req.end();
    });
    try {
      expect(await status('rebind.evil.example')).toBe(403);
      expect(await status(`127.0.0.1:${port}`)).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe('security headers', () => {
  it.each(['/', '/docs', '/docs/docs.js', '/openapi.json', '/api/health', '/api/no-such-route', 'http://evil.example/api/health'])('%s carries CSP, nosniff, no framing and a referrer policy', async (path) => {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('the docs page needs no inline script (its script is a file) and its script is served', async () => {
    expect(DOCS_HTML).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(DOCS_HTML).not.toMatch(/\son[a-z]+=/);
    const script = await app.request('/docs/docs.js');
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain("fetch('/openapi.json')");
  });
});
