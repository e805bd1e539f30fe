// A 预案 (an emergency plan, first met in fresh28): decimal sections `1总则` / `3.3工作机构` / `3.3.1…` as levels of the
// outline, after a 目录 that prints every heading once before the body. Excerpts of the published texts (source beside
// each); the expected items were read from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const rows = (text: string) => dutyTable(batchOf(text)).map((r) => [r.path, r.label]);

describe('decimal sections of a 预案 (fresh28)', () => {
  // 上海市崇明区地下空间突发事件应急预案 (沪崇建管〔2024〕77号), fresh28 chongming-dixia-yuan-2024: its 目录, then the body.
  it('skips the 目录 and reads N / N.N / N.N.N as part, section and item', () => {
    const text = [
      '上海市崇明区地下空间突发事件应急预案', '', '目录', '', '1总则', '', '1.1编制目的', '', '2风险评估', '', '3组织体系', '',
      '3.1领导机构', '', '3.3工作机构', '',
      '1总则', '', '1.1编制目的', '',
      '为贯彻落实习近平新时代中国特色社会主义思想，适应我区特点和地下空间安全发展需要，有效有序预防、减少和应对事故或灾害，及时、高效处置本区地下空间突发事件，最大程度地减少或降低人员伤亡和财产损失，保障城市安全运行，制定本预案。', '',
      '2风险评估', '', '截止2024年5月，本区已建成地下工程628个，总建筑面积超179万平方米。', '',
      '3组织体系', '', '3.1领导机构', '',
      '3.1.1本区突发事件应急管理工作由区委、区政府统一领导，区政府办公室负责本区突发事件应急综合协调，具体工作由区城运中心承担。区城运应急委决定和部署本区突发事件应急管理工作。', '',
      '3.3工作机构', '',
      '3.3.1区建设管理委主要职责：协调、推进本区地下空间应急体系建设和监督检查；编制、修订本区地下空间突发事件应急预案，指导各相关部门、各乡镇地下空间应急预案的编制与修订工作。', '',
      '3.3.3各乡镇主要职责：对辖区内的地下空间突发事件实施属地管理。', '',
    ].join('\n');
    const paths = rows(text).map(([path]) => path);
    // No heading of the 目录 is read twice (no gap for a repeated 1总则), and each N.N.N sits under its N.N and N.
    expect(paths.filter((p) => p.includes('gap'))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(['1/1.1', '3/3.1/3.1.1', '3/3.3/3.3.1', '3/3.3/3.3.3']));
    expect(rows(text).filter(([p]) => /^3\/3\.\d\/3\.\d\.\d$/.test(p)).map(([, label]) => label)).toEqual(['Task', 'Task', 'Task']);
  });
});
