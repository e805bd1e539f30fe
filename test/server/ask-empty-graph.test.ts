// Questions asked before any plan is loaded: every reader answers (no TypeError from an empty list), and says so.
import { describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';

describe('ask over an empty graph', () => {
  const questions = ['哪个方案的任务最多', '各文件各有多少项任务', '区发改委牵头哪些任务', '一共有几份文件', '防洪归哪个部门管'];
  for (const q of questions) {
    it(`answers 「${q}」 without throwing`, async () => {
      const res = await askQuestion(new MemoryGraphStore(), q, { model: null });
      expect(res.answer.text.length).toBeGreaterThan(0);
      expect(res.answer.items).toHaveLength(0);
    });
  }

  it('says no document is loaded when asked to rank documents by tasks', async () => {
    const res = await askQuestion(new MemoryGraphStore(), '哪个方案的任务最多', { model: null });
    expect(res.answer.text).toMatch(/还没有导入任何文件/);
  });
});
