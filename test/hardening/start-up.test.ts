// Serving while the store loads (serve listens first): health answers and says so, data routes answer 503 "loading"
// (never a half-loaded graph), pages do not wait, and everything answers as usual once the load is done.
import { describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { request } from './support.ts';

describe('an app whose store is still loading', () => {
  it('answers health (loading, not writable) and 503 STORE_UNAVAILABLE on data routes until the load is done', async () => {
    const store = new MemoryGraphStore();
    let done = () => {};
    const loaded = new Promise<void>((resolve) => { done = resolve; });
    const app = createApp({ store, loaded });

    const health = await request(app, 'GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: false, writable: false });
    expect(health.body.problem).toContain('loading');
    for (const path of ['/api/documents', '/api/stats', '/api/export']) {
      const res = await request(app, 'GET', path);
      expect(res.status, path).toBe(503);
      expect(res.body.error.code, path).toBe('STORE_UNAVAILABLE');
      expect(res.body.error.hint, path).toContain('loading');
    }
    const ask = await request(app, 'POST', '/api/ask', { body: JSON.stringify({ question: '区水利局牵头哪些任务？' }), headers: { 'content-type': 'application/json' } });
    expect(ask.status).toBe(503);
    // The explorer waits for the Retry-After it is given and asks again (ui/src/api.ts).
    expect((await app.request('/api/stats')).headers.get('retry-after')).toBe('2');
    expect((await app.request('/openapi.json')).status).toBe(200);

    done();
    await loaded;
    expect((await request(app, 'GET', '/api/health')).body).toMatchObject({ ok: true, writable: true });
    expect((await request(app, 'GET', '/api/documents')).status).toBe(200);
  });
});
