// An answer that grows with the corpus lists its first MAX_ITEMS items, says how many there are, and cites only those.
import { describe, expect, it } from 'vitest';
import { AnswerBuilder, MAX_ITEMS } from '../../server/ask/compose-common.ts';
import { edgeIdSteps } from '../../server/ask/edge-ids.ts';
import type { Lexicon } from '../../server/ask/lexicon.ts';
import { runNow } from '../../graph/slices.ts';

const unit = { id: 'u', label: 'Unit', name: '区发展改革委' };
const task = (i: number) => ({ id: `t${i}`, label: 'Task', name: `任务${i}` });
const edges = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, type: 'LEADS' as const, source: 'u', target: `t${i}`, properties: {} }));
const lexicon = { edgeIds: runNow(edgeIdSteps(edges)) } as unknown as Lexicon;

function answerWith(n: number) {
  const b = new AnswerBuilder(lexicon).node(unit);
  for (let i = 0; i < n; i++) {
    b.item(task(i)).edge('LEADS', 'u', `t${i}`).cite({ docId: 'd', start: i * 10, end: i * 10 + 5, text: `句子${i}` });
  }
  return b.done('区发展改革委牵头的任务。');
}

describe('answer bound', () => {
  it('leaves an answer of MAX_ITEMS items as it is', () => {
    const a = answerWith(MAX_ITEMS);
    expect(a.items).toHaveLength(MAX_ITEMS);
    expect(a.total).toBeUndefined();
    expect(a.text).toBe('区发展改革委牵头的任务。');
  });

  it('lists the first MAX_ITEMS of a longer answer and says how many there are', () => {
    const a = answerWith(MAX_ITEMS + 50);
    expect(a.items.map((i) => i.id)).toEqual(Array.from({ length: MAX_ITEMS }, (_, i) => `t${i}`));
    expect(a.total).toBe(MAX_ITEMS + 50);
    expect(a.text).toContain(`共 ${MAX_ITEMS + 50} 项，列出前 ${MAX_ITEMS} 项`);
  });

  it('keeps no element of an item it does not list', () => {
    // Evidence is capped lower than the bound, so the items' own elements are what shows the cut.
    const ids = new Set(answerWith(MAX_ITEMS + 50).elements.map((e) => e.data.id));
    expect(ids.has(`t${MAX_ITEMS - 1}`) && ids.has(`e${MAX_ITEMS - 1}`)).toBe(true);
    expect(ids.has(`t${MAX_ITEMS}`) || ids.has(`e${MAX_ITEMS}`)).toBe(false);
  });

  it('counts an unlisted item once however often it is added', () => {
    const b = new AnswerBuilder(lexicon);
    for (let i = 0; i < MAX_ITEMS + 1; i++) b.item(task(i));
    b.item(task(MAX_ITEMS));
    expect(b.done('').total).toBe(MAX_ITEMS + 1);
  });
});
