// The answer cache: a question asked again on the same graph gets the same answer without the work; a write starts over.
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { ANSWERS_KEPT } from '../../server/ask/answer-cache.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { freshSeedStore, postJson, seedApp, seedStore } from './support.ts';

const Q = '区水利局牵头哪些任务？';

describe('answer cache', () => {
  it('hands out the answer computed the first time, equal to one computed afresh', async () => {
    const store = await seedStore();
    const first = await askQuestion(store, Q, { model: null });
    expect(await askQuestion(store, Q, { model: null })).toBe(first);
    const fresh = await askQuestion(store, Q, { model: null, cache: false });
    expect(fresh).not.toBe(first);
    expect(JSON.stringify(fresh)).toBe(JSON.stringify(first));
  });

  it('forgets the oldest question once it holds ANSWERS_KEPT others', async () => {
    const store = await seedStore();
    const first = await askQuestion(store, Q, { model: null });
    for (let i = 0; i < ANSWERS_KEPT; i++) await askQuestion(store, `第${i + 1}项任务是什么？`, { model: null });
    expect(await askQuestion(store, Q, { model: null })).not.toBe(first);
  });

  it('answers from the new graph after a write', async () => {
    const store = await freshSeedStore();
    const before = await askQuestion(store, '哪些任务涉及立山区？', { model: null });
    await ingestPaths(store, ['test/fixtures/questions/docs/lishan-2023-task-division.txt']);
    const after = await askQuestion(store, '哪些任务涉及立山区？', { model: null });
    expect(after).not.toBe(before);
    expect(JSON.stringify(after)).toBe(JSON.stringify(await askQuestion(store, '哪些任务涉及立山区？', { model: null, cache: false })));
  });

  it('sends the same bytes over HTTP the second time', async () => {
    const app = await seedApp();
    const a = await postJson(app, '/api/ask', { question: Q });
    const b = await postJson(app, '/api/ask', { question: Q });
    expect(a.status).toBe(200);
    expect(a.res.headers.get('content-type')).toMatch(/^application\/json/u);
    expect(JSON.stringify(b.body)).toBe(JSON.stringify(a.body));
  });
});
