// Request logs: one structured line per request (method, path, status, ms, document id), one more for each refused
// or failed write, none of the document's text, and nothing at all unless a sink is given.
import { describe, expect, it, vi } from 'vitest';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import type { LogEntry } from '../../server/http/request-log.ts';
import { request, SEED_TEXT, upload } from './support.ts';

describe('request logs', () => {
  it('an upload, a read and a refused cross-site write each leave their lines, without document text', async () => {
    const logs: LogEntry[] = [];
    const app = createApp({ store: new MemoryGraphStore(), log: (e) => logs.push(e) });
    const ok = await upload(app, 'plan.txt', SEED_TEXT);
    await request(app, 'GET', `/api/documents/${ok.body.docId}`);
    await upload(app, 'plan.txt', SEED_TEXT, { origin: 'https://evil.example' });
    expect(logs[0]).toMatchObject({ event: 'request', method: 'POST', path: '/api/documents', status: 201, docId: ok.body.docId });
    expect(typeof logs[0].ms).toBe('number');
    expect(logs[1]).toMatchObject({ method: 'GET', status: 200, docId: ok.body.docId });
    expect(logs.slice(2)).toEqual([
      expect.objectContaining({ event: 'request', status: 403 }),
      expect.objectContaining({ event: 'write-refused', status: 403, code: 'FORBIDDEN' }),
    ]);
    const text = JSON.stringify(logs);
    for (const line of SEED_TEXT.split('\n').filter((l) => l.length > 12)) expect(text).not.toContain(line);
  });

  it('without a sink nothing is written to the console', async () => {
    const spies = [vi.spyOn(process.stderr, 'write'), vi.spyOn(process.stdout, 'write'), vi.spyOn(console, 'log'), vi.spyOn(console, 'error')];
    const app = createApp({ store: new MemoryGraphStore() });
    await request(app, 'GET', '/api/health');
    await upload(app, 'plan.txt', SEED_TEXT, { origin: 'https://evil.example' });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    for (const spy of spies) spy.mockRestore();
  });
});
