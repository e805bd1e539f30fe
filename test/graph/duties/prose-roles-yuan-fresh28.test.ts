// Prose roles in a 预案 (an emergency plan, fresh28): its sections state who does what in running prose, and its
// 工作机构 section names the duty holders' duties as `X主要职责：…`. Excerpts of the published texts (source beside each);
// the expected units were written from the text (the labels).
import { describe, expect, it } from 'vitest';
import { sortedDuties, tasksOfLines } from '../../support/ingest-text.ts';

describe('prose roles of a 预案 (fresh28)', () => {
  // 上海市崇明区地下空间突发事件应急预案 (沪崇建管〔2024〕77号), fresh28 chongming-dixia-yuan-2024: 3.3工作机构, 4.1信息监测 and
  // 7应急保障. `职能部门及责任单位主要职责：` opens a sentence about those bodies, no `责任单位：` field of a plan that annotates its
  // duties: the plan's prose roles are still read.
  const dixia = () => tasksOfLines([
    '1总则', '', '1.3适用范围', '', '本预案适用于本区行政区域内地下空间突发事件的防范和应急处置。', '',
    '3组织体系', '', '3.3工作机构', '',
    '3.3.1区建设管理委主要职责：协调、推进本区地下空间应急体系建设和监督检查；编制、修订本区地下空间突发事件应急预案，指导各相关部门、各乡镇地下空间应急预案的编制与修订工作。', '',
    '3.3.2各区级应急预案的职能部门及责任单位主要职责：根据相关预案，对地下空间突发事件实施应急处置，公安、应急、消防、国动、水务、交通、环保、市场监管等部门要针对地下空间突发事件的特殊性，强化应急处置相关工作。', '',
    '3.3.3各乡镇主要职责：对辖区内的地下空间突发事件实施属地管理。各乡镇可参照区应急管理工作的模式，建立本区域的地下空间应急管理机制，统一领导地下空间突发事件应急管理工作。', '',
    '4监测预警', '', '4.1信息监测', '',
    '4.1.2在重大节假日、重要会议和重大社会活动等重要时间节点，各属地政府和相关职能部门应加强地下空间安全运行状态监测和风险预警工作。', '',
    '7应急保障', '', '7.1队伍保障', '',
    '公安、应急、消防、国动、交通、卫生健康、地震救援、防汛防台、核与辐射、危险化学品事故救援、住房城乡建设、基础信息网络和重要信息系统事故处置队伍，以及水、电、气等工程抢险救援队伍是本区地下空间突发事件应急救援的专业队伍。各相关部门和单位要加强应急救援队伍的业务培训和应急演练，提高装备水平，增强应急能力。', '',
    '7.4装备物资保障', '', '各乡镇人民政府、各相关部门和单位根据有关法律法规、应急预案和部门职责，做好装备物资储备工作。', '',
  ]);

  it('reads the subjects of 应 in a plan whose `责任单位主要职责：` is a sentence, not a field', () => {
    expect(dixia().find((t) => t.path === '4/4.1/4.1.2')).toMatchObject({ lead: [], support: [], responsible: ['各属地政府', '相关职能部门'] });
  });

  // 3.3.1 (a unit and `主要职责：` after its decimal number) and 7.1 / 7.4 (a collective `部门和单位`, one as the plan writes it).
  it('reads `X主要职责：` after a decimal number, and 各相关部门和单位 whole', () => {
    const byPath = Object.fromEntries(dixia().map((t) => [t.path, t.responsible]));
    expect(byPath).toMatchObject({
      '3/3.3/3.3.1': ['区建设管理委'], '3/3.3/3.3.3': ['各乡镇'], '7/7.1': ['各相关部门和单位'], '7/7.4': ['各乡镇人民政府', '各相关部门和单位'],
    });
  });

  // 崇明区突发事件人员转移安置和应急避难场所启用专项应急预案 (2024), fresh28 chongming-anzhi-yuan-2024: 4.1's roles named by
  // the place of the event (事发地所在乡镇人民政府), the government there, a duty holder as the plan defines it.
  it('reads 事发地所在乡镇人民政府 as the unit that carries the work', () => {
    const tasks = tasksOfLines([
      '1.总则', '', '1.3适用范围', '', '本预案适用于本区行政区域内发生突发事件时的人员转移安置和应急避难场所启用工作。', '',
      '4.转移安置', '', '4.1区内人员转移安置行动', '',
      '4.1.3事发地所在乡镇人民政府要组织村（居）委会及有关单位指派专人逐户检查，以防遗漏而造成不必要的人员伤亡和财产损失。', '',
      '4.1.4事发地所在乡镇人民政府应当根据实际情况视情开展人员转移安置工作。', '',
    ]);
    const byPath = Object.fromEntries(tasks.map((t) => [t.path, t.responsible]));
    expect(byPath).toMatchObject({ '4/4.1/4.1.3': ['事发地所在乡镇人民政府'], '4/4.1/4.1.4': ['事发地所在乡镇人民政府'] });
  });

  // The same plan's 2.2行业主管部门: the bureaus listed before `等行业主管部门` and the verb (指导, 负责) are its subjects.
  it('reads the units a list names before 等行业主管部门 and its verb', () => {
    const tasks = tasksOfLines([
      '1.总则', '', '1.2编制依据', '', '《上海市突发事件总体应急预案》等。', '',
      '1.3适用范围', '', '本预案适用于本区行政区域内发生突发事件时的人员转移安置和应急避难场所启用工作。', '',
      '2.组织体系', '', '2.2行业主管部门', '',
      '区应急局、区经委、区教育局、区民政局、区建设管理委、区农业农村委、区文化旅游局、区卫生健康委、区住房保障房屋管理局、崇明海事局等行业主管部门指导危化品、商场、教育、养老、房建、文化旅游、医疗、海上船只等行业领域人员转移安置工作。', '',
      '区教育局、区文化旅游局、区体育局、区绿化市容局等行业主管部门负责利用学校、文旅设施、体育场馆、公园绿地建设应急避难场所，指导协调本行业内应急避难场所启用、管护。', '',
      '2.3乡镇人民政府', '', '各乡镇人民政府是本行政区人员转移安置和应急避难场所启用的责任主体。', '',
    ]);
    expect(sortedDuties(tasks.find((t) => t.path === '2/2.2')!)).toEqual(sortedDuties({
      lead: [], support: [],
      responsible: ['区应急局', '区经委', '区教育局', '区民政局', '区建设管理委', '区农业农村委', '区文化旅游局', '区卫生健康委', '区住房保障房屋管理局', '崇明海事局', '区体育局', '区绿化市容局'],
    }));
  });
});
