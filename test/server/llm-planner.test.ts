// The optional LLM planner with fake chat models: it may only pick catalogue queries, and failures fall back to the rules.
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { planEnvelopeSchema } from '../../server/ask/plan-schema.ts';
import { seedStore } from './support.ts';

let store: MemoryGraphStore;
beforeAll(async () => {
  store = await seedStore();
});

const model = (...responses: string[]) => new FakeListChatModel({ responses });
// In the documents' vocabulary (so not declined) but naming no unit, task or duty: the rules can only search.
const UNPLACEABLE = '污水处理厂建设';

describe('LLM planner', () => {
  it('plans a question the rules cannot place, with names mapped to the graph’s own', async () => {
    const planned = JSON.stringify({ plan: { op: 'unitTasks', params: { unit: '发改委', role: 'lead' } } });
    const a = await askQuestion(store, UNPLACEABLE, { model: model(planned) });
    expect(a.plan).toMatchObject({ op: 'unitTasks', params: { unit: '区发展改革委', role: 'lead' } });
    expect(a.answer.items.map((i) => i.name)).toContain('构建优质高效服务业体系');
    expect(a.understood).toMatch(/^模型理解为/u);
  });

  it('is not asked when the rules place the question', async () => {
    const planned = JSON.stringify({ plan: { op: 'stats', params: {} } });
    const a = await askQuestion(store, '区水利局牵头哪些任务', { model: model(planned) });
    expect(a.plan.op).toBe('unitTasks');
  });

  it('a query outside the catalogue falls back to the rules', async () => {
    const a = await askQuestion(store, UNPLACEABLE, { model: model(JSON.stringify({ plan: { op: 'dropDatabase', params: {} } })) });
    expect(a.plan.op).toBe('search');
  });

  it('invalid params fall back to the rules', async () => {
    const a = await askQuestion(store, UNPLACEABLE, { model: model(JSON.stringify({ plan: { op: 'neighborhood', params: { id: 'x', depth: 99 } } })) });
    expect(a.plan.op).toBe('search');
  });

  it('a model that answers prose falls back to the rules', async () => {
    expect((await askQuestion(store, UNPLACEABLE, { model: model('I think you want the weather.') })).plan.op).toBe('search');
  });

  it('a model that never answers times out and falls back', async () => {
    const slow = new FakeListChatModel({ responses: ['{}'], sleep: 5_000 });
    const started = Date.now();
    const a = await askQuestion(store, UNPLACEABLE, { model: slow, llmTimeoutMs: 50 });
    expect(a.plan.op).toBe('search');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('the plan schema is a union over catalogue names only', () => {
    expect(planEnvelopeSchema.safeParse({ plan: { op: 'workload', params: {} } }).success).toBe(true);
    expect(planEnvelopeSchema.safeParse({ plan: { op: 'eval', params: {} } }).success).toBe(false);
  });
});
