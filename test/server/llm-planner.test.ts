// The optional LLM planner with fake chat models: the model's program answers every question; failures and empty results fall back to the rules.
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { leadTasks, WATER, WATER_TASK } from './llm-fixtures.ts';
import { seedStore } from './support.ts';

let store: MemoryGraphStore;
beforeAll(async () => {
  store = await seedStore();
});

/** A fake model that keeps the messages it was sent. */
class RecordingModel extends FakeListChatModel {
  readonly seen: BaseMessage[][] = [];

  override async _generate(messages: BaseMessage[], options: this['ParsedCallOptions'], runManager?: never): Promise<ChatResult> {
    this.seen.push(messages);
    return super._generate(messages, options, runManager);
  }
}

const model = (reply: unknown) => new RecordingModel({ responses: [typeof reply === 'string' ? reply : JSON.stringify(reply)] });

describe('LLM planner: the model writes the program', () => {
  it('answers with the model’s program, its names mapped to the graph’s own, and says so', async () => {
    const a = await askQuestion(store, '污水处理厂建设', { model: model(leadTasks('发改委')) });
    expect(a.planner).toEqual({ by: 'llm' });
    expect(a.plan.op).toBe('find');
    expect(a.plan.params).toMatchObject({ steps: [{ op: 'find', names: ['区发展改革委'] }, { op: 'follow' }, { op: 'return' }] });
    // The seed's (牵头单位:区发展改革委,…) annotations: the energy system and the service industry tasks among them.
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['构建更加多元现代的能源保障体系', '构建优质高效服务业体系']));
    expect(a.understood).toMatch(/^模型理解为：查找「区发展改革委」/u);
    expect(a.understood).toContain('把「发改委」理解为「区发展改革委」');
    expect(a.answer.text).toContain('《关于推动双城经济圈建设行动方案》');
    expect(a.evidence.some((e) => e.text.includes('牵头单位:区发展改革委'))).toBe(true);
  });

  it('is asked for questions the rules place too, with the rules’ plan as a JSON hint and the language’s examples', async () => {
    const m = model({ name: 'unitTasks', ...leadTasks('区水利局') });
    const a = await askQuestion(store, WATER, { model: m });
    expect(a.planner).toEqual({ by: 'llm' });
    expect(a.plan.op).toBe('unitTasks');
    expect(a.answer.items.map((i) => i.name)).toEqual([WATER_TASK]);
    const [system, human] = m.seen[0].map((msg) => String(msg.content));
    expect(system).toContain('防洪这件事归哪个部门管');
    expect(system).toContain('区水利局');
    expect(human).toContain(WATER);
    expect(human).toContain('区水利局(Unit)');
    expect(human).toContain('"plan":{"op":"unitTasks","params":{"unit":"区水利局","role":"lead"}}');
  });

  it('tells a comparison in words, with the counts from the seed', async () => {
    const lead = (name: string, as: string) => [...leadTasks(name).steps.slice(0, 2), { op: 'as', name: as }];
    const program = { steps: [...lead('水利局', 'a'), ...lead('商务委', 'b'), { op: 'compare', sets: ['a', 'b'] }] };
    const a = await askQuestion(store, '区水利局和区商务委谁牵头的任务多？', { model: model(program) });
    // The seed has one (牵头单位:区水利局…) and three (牵头单位:区商务委…) annotations.
    expect(a.answer.text).toMatch(/^「区水利局」1 项，「区商务委」3 项：「区商务委」更多/u);
  });
});

describe('LLM planner: the rules answer when the model’s program cannot', () => {
  const rulesOnly = async (q: string) => askQuestion(store, q, { model: null });

  it('a model that answers prose falls back, and the answer says so', async () => {
    const a = await askQuestion(store, WATER, { model: model('I think you want the weather.') });
    expect(a.planner).toEqual({ by: 'rules', fallback: 'invalid' });
    expect(a.plan).toEqual((await rulesOnly(WATER)).plan);
    expect(a.answer.text).toMatch(/由规则回答/u);
  });

  it('a program naming a unit the graph lacks falls back to the rules’ answer', async () => {
    const a = await askQuestion(store, WATER, { model: model(leadTasks('区宇航局')) });
    expect(a.planner).toEqual({ by: 'rules', fallback: 'unknown-name' });
    expect(a.answer.items.map((i) => i.name)).toEqual([WATER_TASK]);
  });

  it('an empty result where the rules found something falls back', async () => {
    const program = { steps: [...leadTasks('区水利局').steps.slice(0, 2), { op: 'filter', year: 1901 }] };
    const a = await askQuestion(store, WATER, { model: model(program) });
    expect(a.planner).toEqual({ by: 'rules', fallback: 'empty' });
    expect(a.answer.items.map((i) => i.name)).toEqual([WATER_TASK]);
  });

  it('an empty result keeps the rules’ polite decline of a question outside the documents', async () => {
    const poem = '写一首关于涪江的诗';
    expect((await rulesOnly(poem)).plan.op).toBe('decline');
    const program = { steps: [{ op: 'find', by: 'text', text: '诗歌创作' }, { op: 'filter', year: 1901 }] };
    const a = await askQuestion(store, poem, { model: model(program) });
    expect(a.planner).toEqual({ by: 'rules', fallback: 'empty' });
    expect(a.plan.op).toBe('decline');
  });

  it('a program with a write step or a stray field is refused whole', async () => {
    for (const program of [
      { steps: [{ op: 'find', by: 'name', names: ['区水利局'] }, { op: 'delete' }] },
      { steps: [{ op: 'find', by: 'name', names: ['区水利局'], cypher: 'MATCH (n) DETACH DELETE n' }] },
    ]) {
      const a = await askQuestion(store, WATER, { model: model(program) });
      expect(a.planner).toEqual({ by: 'rules', fallback: 'invalid' });
      expect(a.answer.items.map((i) => i.name)).toEqual([WATER_TASK]);
    }
  });

  it('a model that never answers times out and falls back', async () => {
    const slow = new FakeListChatModel({ responses: [JSON.stringify(leadTasks('区水利局'))], sleep: 5_000 });
    const started = Date.now();
    const a = await askQuestion(store, WATER, { model: slow, llmTimeoutMs: 50 });
    expect(a.planner).toEqual({ by: 'rules', fallback: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('without a model the rules answer and say so', async () => {
    expect((await rulesOnly(WATER)).planner).toEqual({ by: 'rules' });
  });
});
