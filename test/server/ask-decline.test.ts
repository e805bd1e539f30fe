// Issue 10: a question that only a place, frame words (今天, 会不会) or single characters tie to the documents is declined
// with suggestions, not answered with loose search hits; in other words than the question sets', on the eight real11 plans.
import { describe, expect, it } from 'vitest';
import { uncoveredSearch } from '../../server/ask/reader/decline.ts';
import { askOver } from './ask-over.ts';

const real11 = askOver(['test/fixtures/questions/real11-docs']);
const seed = askOver(['seeds']);

/** An index over words split at spaces, one task and one unit: the rule alone, whatever a real segmenter makes of a question. */
function indexOf(corpus: string[]) {
  const words = new Set(corpus);
  const task = { id: 't1', label: 'Task' as const, name: '深化招商机制改革', docId: 'd1', number: '1', path: '', text: '今天不低于去年。', units: [] };
  return { tokenize: (q: string) => q.split(/\s+/u).filter(Boolean), matches: (q: string) => words.has(q), tasks: new Map([[task.id, task]]) };
}
const named = {
  places: new Map([['zhoushan', '舟山']]),
  units: [{ id: 'u1', label: 'Unit' as const, name: '莲都经开区管委会' }],
  entities: [],
};

describe('uncoveredSearch', () => {
  const index = indexOf(['今天', '舟山', '不', '招商', '引资']);

  it('declines when only frame words, places and single characters of the question occur in the documents', () => {
    expect(uncoveredSearch('舟山 今天 刮 不 刮 台风', index, named)).toEqual({ kind: '与已导入文件无关' });
    expect(uncoveredSearch('舟山市 彩票', index, named)).not.toBeNull();
    // 今天 is in the task's text word for word, but it is the question's frame, not its topic.
    expect(uncoveredSearch('今天', index, named)).not.toBeNull();
  });

  it('searches a topic word the documents hold, a piece of a name or text word for word, and place names alone', () => {
    expect(uncoveredSearch('今天 招商', index, named)).toBeNull();
    expect(uncoveredSearch('经开区', index, named)).toBeNull();
    expect(uncoveredSearch('机制改革', index, named)).toBeNull();
    expect(uncoveredSearch('舟山', index, named)).toBeNull();
  });
});

describe('the fallback search over real plans', () => {
  it('declines everyday questions that name a place of the plans, with suggestions and no items', async () => {
    for (const q of ['舟山哪里能买到彩票', '盘锦今晚会不会起雾', '海城明天限号吗', '咸宁这几天热吗', 'Where can I buy lottery tickets in Zhoushan?']) {
      const a = await real11.ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.items, q).toEqual([]);
      expect(a.answer.text, q).toMatch(/^抱歉/u);
      expect(a.suggestions.length, q).toBeGreaterThan(0);
    }
  });

  it('still searches a topic the plans hold and a bare place name', async () => {
    const topic = await real11.ask('舟山哪些任务跟招商引资有关');
    expect(topic.plan.op).toBe('search');
    expect(topic.answer.items.map((i) => i.name)).toContain('深化招商机制改革');
    const place = await real11.ask('海城');
    expect(place.plan.op).toBe('search');
    expect(place.answer.items.map((i) => i.name).some((n) => n.startsWith('海城市'))).toBe(true);
  });

  it('still reads indirect questions with no name whose topic the plans hold', async () => {
    expect(await real11.names('招商这块归谁管')).not.toEqual([]);
    const a = await seed.ask('防汛的事情由哪个单位来管');
    expect(a.plan.op).not.toBe('decline');
    expect(a.answer.items.length).toBeGreaterThan(0);
  });
});
