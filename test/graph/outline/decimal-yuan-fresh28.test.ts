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

  // The same plan's 7应急保障 and 8预案管理: each leaf section states in prose who does what (a task, with or without a
  // unit the labels name), except those that frame the plan (1.3适用范围, 8.1预案解释).
  it('reads each leaf section that divides the work as a task, not those that frame the plan', () => {
    const text = [
      '1总则', '', '1.3适用范围', '', '本预案适用于本区行政区域内地下空间突发事件的防范和应急处置。', '',
      '7应急保障', '', '7.1队伍保障', '',
      '公安、应急、消防、国动、交通、卫生健康、地震救援、防汛防台、核与辐射、危险化学品事故救援、住房城乡建设、基础信息网络和重要信息系统事故处置队伍，以及水、电、气等工程抢险救援队伍是本区地下空间突发事件应急救援的专业队伍。各相关部门和单位要加强应急救援队伍的业务培训和应急演练，提高装备水平，增强应急能力。', '',
      '7.2交通运输保障', '',
      '突发事件发生后，由公安部门及时对现场实施交通管制，根据需要组织开设应急救援绿色通道。交通部门根据需要，及时组织相应的交通运输工具，做好交通运输应急保障。必要时，可紧急动员和征用其他部门或社会交通设施装备。', '',
      '7.5经费保障', '', '按照区政府有关处置应急情况的财政保障规定执行，并根据现行事权、财权划分原则，分级负担。', '',
      '8预案管理', '', '8.1预案解释', '', '本预案由区建设管理委负责编制与解释，并报市住建委备案。', '',
      '8.2预案修订', '', '本预案由区建设管理委根据实际情况，适时评估修订。', '',
    ].join('\n');
    expect(Object.fromEntries(rows(text))).toMatchObject({
      '1/1.3': 'Section', '7/7.1': 'Task', '7/7.2': 'Task', '7/7.5': 'Task', '8/8.2': 'Task',
    });
    expect(Object.fromEntries(rows(text))['8/8.1']).not.toBe('Task');
  });
});
