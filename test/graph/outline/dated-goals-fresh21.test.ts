// A plan's action headings whose paragraphs set goals by their year (到2025年,…) with no figure: tasks with no unit.
// Expected tasks written from the text (the labels of test/fixtures/real/fresh21) before the parser was changed.
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from '../../../graph/pipeline/parse.ts';
import { UnitResolver } from '../../../graph/units/resolver.ts';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const tasks = (text: string) => dutyTable(batchOf(text)).filter((r) => r.label === 'Task');

// zhiyao87/Shanghai-Gov-Docs-Index docs/城市更新与历史保护/…静安区“卓越城区”城市更新行动方案（2023-202.md
// (test/fixtures/real/fresh21/jingan-gengxin-2023): 二、重点任务 (四)–(五) and 三、保障措施 (一), shortened.
const JINGAN = [
  '静安区“卓越城区”城市更新行动方案（2023-2025年）',
  '二、重点任务',
  '（四）蝶变重获新生行动——历史风貌魅力重塑',
  '加强保护传承，促进历史文化遗产活化利用，将历史风貌保护与人民城市发展需求有机结合，合理引导空间载体活化利用。',
  '到2025年，静安区充分挖掘城市鲜明的文化特质与脉络，结合静安全区的历史文化遗产分布，形成不同导向的风貌格局。',
  '（五）提档园区新产行动——产业园区提质增效',
  '服务产业升级，推动产业园区提质增效，推动存量工业用地转型升级、创新发展。',
  '到2025年，坚持盘活利用工业遗存，注入科技创新、文化创意功能，项目化、成片式推动老工业区焕发新生机。',
  '三、保障措施',
  '（一）坚持科学规划引领',
  '以科学规划为引领，充分考虑静安区功能定位、空间利用条件、群众诉求等各方面因素，提前研判分析，精准施策。',
].join('\n');

describe('headings whose text sets dated goals', () => {
  // The 保障措施 item names no body that acts, so it stays a Section (action-headings.ts), as fresh21's labels read it.
  it('reads an action whose paragraph opens on 到2025年 as a task', () => {
    expect(tasks(JINGAN).map((r) => [r.path, r.title, r.responsible])).toEqual([
      ['二/(四)', '蝶变重获新生行动——历史风貌魅力重塑', []],
      ['二/(五)', '提档园区新产行动——产业园区提质增效', []],
    ]);
    // The goals alone, apart from the part the headings sit under: the two dated actions, not the 保障措施 item.
    const targets = parseDocumentText(JINGAN, new UnitResolver()).targets;
    expect([...targets].map((n) => n.path)).toEqual(['二/(四)', '二/(五)']);
  });
});
