// Uploading and deleting documents through the API, with the token when one is set.
import { describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { getJson, postJson, upload } from './support.ts';

const PLAN = [
  '关于推进水利建设的实施方案',
  '一、重点任务',
  '1.完善防洪体系。加快推进涪江堤防建设，实施病险水库除险加固。（牵头单位：区水利局，责任单位：区财政局、区发展改革委）',
  '2.推进智慧水务。建设水情监测平台。（牵头单位：区大数据发展局，责任单位：区水利局）',
].join('\n');
const AUTH = { authorization: 'Bearer t0ken' };

describe('documents through the API', () => {
  it('uploads a plan, answers questions about it, and deletes it', async () => {
    const store = new MemoryGraphStore();
    const app = createApp({ store, apiToken: 't0ken', ask: { model: null } });
    const added = await upload(app, '水利方案.txt', PLAN, AUTH);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ status: 'added', title: expect.any(String), tasks: 2 });
    const docId = added.body.docId;

    expect((await upload(app, '水利方案.txt', PLAN, AUTH)).body.status).toBe('unchanged');
    expect((await getJson(app, '/api/documents')).body.documents.map((d: { id: string }) => d.id)).toEqual([docId]);
    const answer = await postJson(app, '/api/ask', { question: '区水利局牵头哪些任务' });
    expect(answer.body.answer.items.map((i: { name: string }) => i.name)).toEqual(['完善防洪体系']);

    expect((await getJson(app, `/api/documents/${docId}`, { method: 'DELETE', headers: AUTH })).body).toEqual({ id: docId, deleted: true });
    expect((await getJson(app, `/api/documents/${docId}`)).status).toBe(404);
    expect((await postJson(app, '/api/ask', { question: '区水利局牵头哪些任务' })).body.answer.items).toEqual([]);
  });

  it('reads Markdown uploads', async () => {
    const app = createApp({ store: new MemoryGraphStore() });
    const { status, body } = await upload(app, 'plan.md', `# 水利方案\n\n${PLAN.split('\n').slice(1).join('\n\n')}`);
    expect(status).toBe(201);
    expect(body.tasks).toBe(2);
  });

  it('an empty file is refused and nothing is stored', async () => {
    const store = new MemoryGraphStore();
    const { status, body } = await upload(createApp({ store }), 'empty.txt', '   \n');
    expect(status).toBe(400);
    expect(body.error.code).toBe('EMPTY_DOCUMENT');
    expect(await store.listDocuments()).toEqual([]);
  });

  it('deleting a document that is not there is 404', async () => {
    const { status } = await getJson(createApp({ store: new MemoryGraphStore() }), '/api/documents/doc:none', { method: 'DELETE' });
    expect(status).toBe(404);
  });
});
