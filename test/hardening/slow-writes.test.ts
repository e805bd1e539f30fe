// A write slower than the query timeout is reported as what it did: never "failed" while it lands anyway.
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../graph/model.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { request, upload } from './support.ts';

const PLAN = '关于推进水利建设的实施方案\n一、重点任务\n1.完善防洪体系。（牵头单位：区水利局，责任单位：区财政局）';
const QUERY_TIMEOUT_MS = 30;
const WRITE_MS = 150;

const pause = () => new Promise((resolve) => setTimeout(resolve, WRITE_MS));

/** A memory store whose every write takes WRITE_MS first, as a busy database would. */
class SlowWriteStore extends MemoryGraphStore {
  override async applyBatch(batch: GraphBatch) {
    await pause();
    return super.applyBatch(batch);
  }

  override async removeDocument(docId: string) {
    await pause();
    return super.removeDocument(docId);
  }
}

describe('writes slower than the query timeout', () => {
  it('an upload is 201 and its document is there, not 503 with the document stored behind the caller’s back', async () => {
    const store = new SlowWriteStore();
    const app = createApp({ store, limits: { queryTimeoutMs: QUERY_TIMEOUT_MS } });
    const res = await upload(app, 'plan.txt', PLAN);
    expect(res.status).toBe(201);
    expect((await store.listDocuments()).map((d) => d.id)).toEqual([res.body.docId]);
    expect((await upload(app, 'plan.txt', PLAN)).body.status).toBe('unchanged');
  });

  it('a delete is 200 and the document is gone', async () => {
    const store = new SlowWriteStore();
    const app = createApp({ store, limits: { queryTimeoutMs: QUERY_TIMEOUT_MS } });
    const { docId } = (await upload(app, 'plan.txt', PLAN)).body;
    const res = await request(app, 'DELETE', `/api/documents/${encodeURIComponent(docId)}`);
    expect(res.status).toBe(200);
    expect(await store.listDocuments()).toEqual([]);
  });

  it('reads still answer 503 QUERY_TIMEOUT past the limit', async () => {
    const store = new MemoryGraphStore();
    const stuck = new Proxy(store, {
      get: (target, prop, receiver) => (prop === 'run' ? () => new Promise(() => {}) : Reflect.get(target, prop, receiver)),
    });
    const res = await request(createApp({ store: stuck, limits: { queryTimeoutMs: QUERY_TIMEOUT_MS } }), 'GET', '/api/stats');
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 503, code: 'QUERY_TIMEOUT' });
  });
});
