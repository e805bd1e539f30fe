// The JSON body limit over a real node server, where a declared size is checked from Content-Length alone and a
// chunked body is counted as it is read: both refuse a body over the limit, and a body under it reaches the route whole.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedApp } from './support.ts';

const LIMIT = 2048;

describe('JSON body limit over HTTP', () => {
  let app: Awaited<ReturnType<typeof seedApp>>;
  let server: ServerType;
  let url = '';

  beforeAll(async () => {
    app = await seedApp({ limits: { jsonBytes: LIMIT } });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  const headers = { 'content-type': 'application/json' };
  /** A body sent in two chunks with no declared size (Transfer-Encoding: chunked). */
  const chunked = (text: string) => {
    const bytes = new TextEncoder().encode(text);
    return new ReadableStream({ start(c) { c.enqueue(bytes.slice(0, 10)); c.enqueue(bytes.slice(10)); c.close(); } });
  };

  it('a declared body over the limit is 413 TOO_LARGE', async () => {
    const res = await fetch(`${url}/api/ask`, { method: 'POST', headers, body: JSON.stringify({ question: '问', padding: 'x'.repeat(LIMIT) }) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('TOO_LARGE');
  });

  it('a chunked body over the limit is 413 TOO_LARGE', async () => {
    const body = chunked(JSON.stringify({ question: '问', padding: 'x'.repeat(LIMIT) }));
    const res = await fetch(`${url}/api/ask`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('TOO_LARGE');
  });

  it('a body under the limit, declared or chunked, is answered as the app answers it in process', async () => {
    const question = JSON.stringify({ question: '区发展改革委牵头哪些任务？' });
    const inProcess = await (await app.request('/api/ask', { method: 'POST', headers, body: question })).text();
    const declared = await fetch(`${url}/api/ask`, { method: 'POST', headers, body: question });
    const streamed = await fetch(`${url}/api/ask`, { method: 'POST', headers, body: chunked(question), duplex: 'half' } as RequestInit);
    expect(declared.status).toBe(200);
    expect(JSON.parse(inProcess).plan.op).toBe('unitTasks');
    expect(await declared.text()).toBe(inProcess);
    expect(await streamed.text()).toBe(inProcess);
  });
});
