// The ask pipeline's contract: the fixed response shape, consistent elements, evidence, suggestions, the CLI text.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion, formatAnswer, type AskAnswer } from '../../server/ask/index.ts';
import { postJson, seedApp, seedStore } from './support.ts';

let store: MemoryGraphStore;
const ask = (q: string) => askQuestion(store, q, { model: null });

beforeAll(async () => {
  store = await seedStore();
});

function expectConsistentElements(a: AskAnswer): void {
  const nodes = new Set(a.elements.filter((e) => e.data.source === undefined).map((e) => e.data.id));
  for (const e of a.elements.filter((x) => x.data.source !== undefined)) {
    expect(nodes.has(e.data.source!)).toBe(true);
    expect(nodes.has(e.data.target!)).toBe(true);
    expect(e.data.type).toMatch(/^[A-Z_]+$/u);
  }
  for (const item of a.answer.items) expect(nodes.has(item.id)).toBe(true);
}

describe('POST /api/ask', () => {
  it('answers in the fixed shape', async () => {
    const { status, body } = await postJson(await seedApp(), '/api/ask', { question: '区水利局牵头哪些任务？' });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['question', 'plan', 'answer', 'evidence', 'elements', 'suggestions']));
    expect(body.question).toBe('区水利局牵头哪些任务？');
    expect(body.plan).toEqual({ op: 'unitTasks', params: { unit: '区水利局', role: 'lead' } });
    expect(body.answer.items).toEqual([expect.objectContaining({ label: 'Task', name: '完善水利基础设施' })]);
    expect(Object.keys(body.answer.items[0]).sort()).toEqual(['id', 'label', 'name']);
    expect(body.evidence[0]).toEqual({ docId: expect.any(String), start: expect.any(Number), end: expect.any(Number), text: expect.stringContaining('区水利局') });
    expect(body.answer.text).toContain('完善水利基础设施');
  });
});

describe('askQuestion', () => {
  it('highlights the unit, its tasks and the duty edges between them with the graph’s own ids', async () => {
    const a = await ask('区水利局负责哪些任务');
    expectConsistentElements(a);
    const graph = await store.exportGraph();
    const edgeIds = new Set(graph.edges.map((e) => e.id));
    const edges = a.elements.filter((e) => e.data.source !== undefined);
    expect(edges.length).toBe(3);
    for (const e of edges) expect(edgeIds.has(e.data.id)).toBe(true);
    expect(edges.map((e) => e.data.type).sort()).toEqual(['LEADS', 'SUPPORTS', 'SUPPORTS']);
  });

  it('lists leads before supporting units', async () => {
    const a = await ask('哪些单位负责完善水利基础设施');
    expect(a.answer.items[0].name).toBe('区水利局');
    expectConsistentElements(a);
  });

  it('every evidence span indexes into the document text', async () => {
    const a = await ask('哪些任务涉及涪江');
    expect(a.evidence.length).toBeGreaterThan(0);
    for (const ev of a.evidence) {
      const text = await store.getDocumentText(ev.docId);
      expect(text?.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it('is sure, and suggests nothing, when it linked and answered', async () => {
    expect((await ask('区发展改革委和区经济信息委共同负责哪些任务')).suggestions).toEqual([]);
  });

  it('says what it understood a typo as', async () => {
    const a = await ask('区水力局负责什么');
    expect(a.answer.text).toContain('区水利局');
    expect(a.understood).toContain('区水利局');
  });

  it('reports an ambiguous name and suggests both readings', async () => {
    // 口 is one edit from 财 and from 民 and sounds like neither.
    const a = await ask('区口政局参与了哪些任务');
    expect(a.suggestions.join(' ')).toMatch(/区财政局/u);
    expect(a.suggestions.join(' ')).toMatch(/区民政局/u);
  });

  it('reads a typo that sounds like one of two names as that one (区才政局: 才 sounds as 财)', async () => {
    const a = await ask('区才政局参与了哪些任务');
    expect(a.answer.text).toContain('区财政局');
    expect(a.answer.text).not.toContain('区民政局');
  });

  it('falls back to full-text search with suggestions when nothing is recognised', async () => {
    const a = await ask('污水处理厂建设');
    expect(a.plan.op).toBe('search');
    expect(a.answer.items[0].name).toBe('持续改善生态环境质量');
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('declines a question outside the documents, lists nothing, and suggests questions it can answer', async () => {
    const a = await ask('今天天气怎么样');
    expect(a.plan.op).toBe('decline');
    expect(a.answer.items).toEqual([]);
    expect(a.answer.text).toMatch(/抱歉/u);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('declines a request to write about a place it knows instead of listing tasks', async () => {
    const a = await ask('写一首关于涪江的诗');
    expect(a.plan.op).toBe('decline');
    expect(a.answer.items).toEqual([]);
  });

  it('a duty with no subject ranks units by it and says so', async () => {
    const a = await ask('牵头哪些任务');
    expect(a.plan.op).toBe('workload');
    expect(a.answer.items[0].name).toBe('区发展改革委');
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('keeps the case of free text for filters', async () => {
    const a = await ask('2027年GDP目标');
    expect(a.plan).toEqual({ op: 'targets', params: { year: 2027, text: 'GDP' } });
    expect(a.answer.items.every((i) => i.name.includes('GDP'))).toBe(true);
  });

  it('rejects an empty and an overlong question with BAD_INPUT', async () => {
    await expect(ask('  ')).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(askQuestion(store, '问'.repeat(501), { model: null })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('formatAnswer', () => {
  it('prints the answer, numbered items, evidence and the plan', async () => {
    const text = formatAnswer(await ask('区水利局牵头哪些任务'));
    expect(text).toMatch(/^「区水利局」牵头/u);
    expect(text).toContain('1. 完善水利基础设施（任务）');
    expect(text).toContain('依据 / evidence:');
    expect(text).toContain('(unitTasks {"unit":"区水利局","role":"lead"})');
  });

  it('prints suggestions when there are some', async () => {
    expect(formatAnswer(await ask('今天天气怎么样'))).toContain('您可以这样问 / try:');
  });
});
