// Paragraphs headed by their units under a 任务分工 heading with no numbers (fresh29, issue 9), the verb after 分别:
// `市商务委、市国资委、市民防办分别负责指导…`. Each paragraph is a task of its units, the next one (市绿化市容局负责…) a task of
// its own. Expected units written from the text (the labels of test/fixtures/real/fresh29) before the rule.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

const units = (lines: string[]) => tasksOfLines(lines).map((t) => [t.title.slice(0, 8), t.lead, t.responsible]);

describe('paragraphs headed by units that 分别负责', () => {
  // zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防/ (上海市安全生产委员会办公室, 2021-09-14; fresh29/shanghai-guijiao-sanlian-2021),
  // 三、任务分工, shortened.
  const sanlian = [
    '三、任务分工',
    '市应急局负责指导“三联机制”应急处置等相关工作。',
    '市商务委、市国资委、市民防办分别负责指导各车站毗邻建筑的行业单位和公用民防工程使用管理单位做好“三联机制”工作。',
    '市绿化市容局负责督促有关单位清理影响车站消防安全的绿化、广告牌等。',
  ];

  it('reads the names before 分别负责 as the paragraph units, and the next paragraph as a task of its own', () => {
    expect(units(sanlian)).toEqual([
      ['市应急局负责指导', [], ['市应急局']],
      ['市商务委、市国资', [], ['市商务委', '市国资委', '市民防办']],
      ['市绿化市容局负责', [], ['市绿化市容局']],
    ]);
  });

  // zhiyao87/Shanghai-Gov-Docs-Index (崇明区 2024 应急避难场所 预案; fresh28/chongming-anzhi-yuan-2024), 9.1, shortened: the names
  // before 分别 are two, split at 和, not one collective.
  it('splits the names before 分别负责 at 和 too', () => {
    expect(units(['9.预案管理', '9.1预案制定', '各乡镇人民政府和本区相关部门、单位分别负责本级和本部门、本单位此项应急预案的制订、评估和修订，并报区应急局备案。'])
      .flatMap(([, lead, resp]) => [...lead, ...resp]).sort()).toEqual(['各乡镇人民政府', '本区相关部门、单位'].sort());
  });
});

