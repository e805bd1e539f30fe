// Duty conventions first met in fresh22 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each, shortened inside the body where marked …); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { sortedDuties, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh22)', () => {
  // https://www.shanghai.gov.cn/zhengce/detail?businessId=0073271160 (徐汇区 装修垃圾处理 工作方案 2017)
  it('reads paragraphs opened by their unit as the subject as a task each, that unit responsible, its objects not', () => {
    const tasks = tasksOfLines([
      '三、职责分工',
      '区绿化市容局负责本区装修垃圾处理的全面管理和指导工作，以及装修垃圾物流运输、集中分拣、中转与末端处置等具体工作。',
      '区城管执法局依法对违反规定的行为实施行政处罚，包括对装修垃圾非法倾倒、运输与处置的处罚。',
      '区住房保障房屋管理局指导、协调各街道、镇督促物业服务企业做好装修垃圾投放管理工作。',
    ]);
    expect(tasks.map((t) => [t.title.slice(0, 6), t.lead, t.responsible])).toEqual([
      ['区绿化市容局', [], ['区绿化市容局']],
      ['区城管执法局', [], ['区城管执法局']],
      ['区住房保障房', [], ['区住房保障房屋管理局']],
    ]);
  });

  // https://www.shanghai.gov.cn/zhengce/detail/0084::00848d8b69608aca3c70fd9650f3031f9123 (奉贤区 应急避难场所 实施方案 2022)
  it('reads paragraphs headed by units and a colon, a bracketed second name kept with its unit (brackets folded to half width)', () => {
    const tasks = tasksOfLines([
      '五、职责分工',
      '区民防办：负责制定区级应急避难场所专业规划和年度建设计划。',
      '区经委（商务委）：负责指导、监督权属单位落实大型商超场所内应急避难场所建设、管理、维护的主体责任。',
      '区文化旅游局：负责指导、监督权属单位落实大型展馆、景区内应急避难场所建设、管理、维护的主体责任。',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['区民防办'], ['区经委(商务委)'], ['区文化旅游局']]);
  });

  // https://www.shanghai.gov.cn/zhengce/detail?businessId=41A52C5D-3697-11ED-91B4-34F90220F2FF (吴泾镇 建筑垃圾治理 2021)
  it('reads numbered items headed by a town office and a colon (（一）城运中心：负责…)', () => {
    const tasks = tasksOfLines([
      '二、职责分工',
      '（一）城运中心：负责建筑垃圾处理的监督管理，加强与上级行业主管部门的业务对接。',
      '（二）规建办：负责督促工程建设单位积极履行建设工程垃圾处置申报主体责任。',
      '（七）环卫公司：负责居住区及街面无主垃圾的规范收运工作，并做好清运台账。',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['城运中心'], ['规建办'], ['环卫公司']]);
  });

  // the same plan, 三、（三）: under a numbered item its unit-headed paragraphs are sentences of that item, one task
  it('keeps unit-headed paragraphs under a numbered item as one task with all their units', () => {
    const tasks = tasksOfLines([
      '三、主要任务',
      '（三）公开收费信息',
      '吴泾镇装修垃圾清运收费参照《上海市闵行区装修垃圾清运处置费成本分析报告》计价方式及标准。',
      '规建办须督促实施施工许可（备案）管理的各项目工地建立建设工程垃圾排放公示制度。',
      '房管办须督促物业服务企业在物业管理区域公布装修垃圾清运收费价格信息、投放规范、投放时间、监督投诉方式等事项。',
    ]);
    expect(tasks).toMatchObject([{ title: '公开收费信息', lead: [], responsible: ['房管办', '规建办'] }]);
  });

  // https://www.shanghai.gov.cn/zhengce/detail/0075::0075193942 (普陀区 海绵城市 实施方案 2025)
  it('reads an item whose line is its unit alone: that unit owns the paragraph below, leading where it says 牵头', () => {
    const tasks = tasksOfLines([
      '四、职责分工',
      '(一)区建管委',
      '牵头协调督促本区海绵城市建设工作落实，统筹推进海绵城市规划建设。',
      '(三)区财政局',
      '负责在政府投资项目中安排海绵城市建设年度预算。',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['区建管委'], responsible: [] },
      { lead: [], responsible: ['区财政局'] },
    ]);
  });

  it('reads no duty holder from a sentence subject that is not a unit (工作组, 企业)', () => {
    const tasks = tasksOfLines([
      '三、职责分工',
      '（一）工作组负责统筹协调装修垃圾治理工作。',
      '（二）企业要落实扬尘污染防控主体责任。',
    ]);
    expect(tasks.flatMap((t) => [...t.lead, ...t.responsible])).toEqual([]);
  });

  // https://www.shanghai.gov.cn/zhengce/detail?businessId=41A52C5D-3697-11ED-91B4-34F90220F2FF (吴泾镇 建筑垃圾治理 2021),
  // 二、职责分工 (八)–(九), shortened inside the body (…)
  it('reads an enforcement squad (中队) and bare places sharing one station kind (吴泾、塘湾派出所) as heading units', () => {
    const tasks = tasksOfLines([
      '二、职责分工',
      '（八）城管执法中队：负责依法对建筑垃圾产生者委托未取得建筑垃圾运输许可证的单位运输…进行查处。',
      '（九）吴泾、塘湾派出所：负责建筑垃圾运输车辆行驶路线的核定，以及涉及交通方面的违规运输行为的查处。',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['城管执法中队'], ['吴泾、塘湾派出所']]);
  });

  it('keeps two named units before one colon apart (城运中心、塘湾派出所)', () => {
    const tasks = tasksOfLines([
      '二、职责分工',
      '（一）城运中心、塘湾派出所：负责建筑垃圾运输车辆行驶路线的核定。',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['城运中心', '塘湾派出所']]);
  });

  // https://www.shanghai.gov.cn/zhengce/detail?businessId=0073271160 (徐汇区 装修垃圾处理 工作方案 2017), 三、职责分工's last
  // paragraph, shortened (…)
  it('keeps a collective of streets and towns whole (各街道、镇), not cut to 各街道', () => {
    const tasks = tasksOfLines([
      '三、职责分工',
      '区绿化市容局负责本区装修垃圾处理的全面管理和指导工作。',
      '各街道、镇作为本辖区内装修垃圾处理工作的责任主体，负责本辖区内装修垃圾处理的日常管理工作…。',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['区绿化市容局'], ['各街道、镇']]);
  });

  // zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防/金山区人民政府办公室关于转发《金山区关于进一步加强公共消防安全工作的意见》的通知.md
  // (金山区 消防 2019, test/fixtures/real/fresh22/jinshan-xiaofang-2019): item 7. and the start of item 8., as printed.
  it('reads a lead named inside an item\'s sentence and the units that support it (由X牵头，A、B配合)', () => {
    const tasks = tasksOfLines([
      '二、主要任务',
      '7.积极推进消防水源建设。将市政消火栓建设列为区政府实事项目，由区交通委牵头，区发改委、区建管委、区水务局、区消防救援支队配合。属地政府要强化缺水区域消防取水码头建设。',
      '8.提升综合救援队专业水平。加强专业队伍建设。',
    ]);
    expect(tasks.map(sortedDuties)).toEqual([
      { lead: ['区交通委'], support: ['区发改委', '区建管委', '区水务局', '区消防救援支队'], responsible: [] },
      { lead: [], support: [], responsible: [] },
    ]);
  });

  // 奉贤区 应急避难场所 实施方案 2022 (above): 五、职责分工's opening paragraph, its lists shortened, and its first two
  // unit-headed paragraphs
  it('reads a paragraph\'s 牵头 clause and the clauses of those who 履行相应职责 or 落实主体责任 beside it, a short name left out', () => {
    const tasks = tasksOfLines([
      '五、职责分工',
      '按照条块结合、属地负责的原则，在区政府的统一领导下，区民防办、应急管理局牵头，区发展改革委、规划资源局、经委(商务委)、房管局等部门履行相应职责，各镇政府和头桥集团落实主体责任。',
      '区民防办：负责制定区级应急避难场所专业规划和年度建设计划。',
      '区应急管理局：参与制定区级应急避难场所专业规划和年度建设计划。',
    ]);
    expect(tasks.map(sortedDuties)).toEqual([
      { lead: ['区民防办', '应急管理局'], support: ['区发展改革委', '头桥集团', '各镇政府', '房管局', '规划资源局'].sort(), responsible: [] },
      { lead: [], support: [], responsible: ['区民防办'] },
      { lead: [], support: [], responsible: ['区应急管理局'] },
    ]);
  });

  // (一): fresh18's 徐州 2010 四、保障措施 wording; 四、: 松江区 清水行动 2026 三、's opening paragraph and item (一), shortened
  it('reads no lead from a 牵头 clause with no supporting clause, nor from a paragraph right above numbered items', () => {
    const tasks = tasksOfLines([
      '三、保障措施',
      '（一）强化考核。要建立健全考核体系，由领导小组办公室牵头，制定目标考核办法，对创建工作实行定期考核。',
      '四、组织领导与责任分工',
      '为确保行动落地见效，成立工作专班，由区绿化市容局牵头，区建管委、区交通委、区水务局为成员单位，统筹推进部署工作。',
      '（一）区绿化市容局',
      '开展行业部署和宣传，每周开展联合执法检查。',
    ]);
    expect(tasks.map((t) => t.lead)).toEqual(tasks.map(() => []));
  });

  // zhiyao87/Shanghai-Gov-Docs-Index docs/市政与基础设施/上海市安全生产委员会关于印发上海市城镇燃气安全专项整治实施方案的通知.md
  // (上海市安委会 燃气 2023, test/fixtures/real/fresh22/shanghai-ranqi-2023): items 8. and 13., their sentences shortened (…)
  it('reads 组织落实 after a lead as support, the lead\'s clause closed by a comma or by 、 after 牵头负责', () => {
    const tasks = tasksOfLines([
      '二、整治内容',
      '8.对企业未取得制造许可或者不具备生产条件仍从事气瓶和压力管道元件生产的，要依法责令关停…。（市市场监管局牵头负责，市公安局、各区政府组织落实）',
      '13.对未取得危险货物道路运输许可的企业、货运车辆从事燃气运输的，要责令立即停止违法行为…。（市交通委牵头负责、各区政府组织落实）',
    ]);
    expect(tasks.map(sortedDuties)).toEqual([
      { lead: ['市市场监管局'], support: ['各区政府', '市公安局'], responsible: [] },
      { lead: ['市交通委'], support: ['各区政府'], responsible: [] },
    ]);
  });

  // the same plan, item 5., its sentence shortened (…)
  it('reads units that only 组织落实, with no lead named, as responsible', () => {
    const tasks = tasksOfLines([
      '二、整治内容',
      '5.加强危险化学品生产经营单位的监管，对液化石油气生产企业生产气质不达标、无警示性臭味、非法掺混二甲醚等行为…，要依法责令立即停止违法行为。（市应急局、市市场监管局、市住房城乡建设管理委、市经济信息化委、各区政府组织落实）',
    ]);
    expect(tasks.map(sortedDuties)).toEqual([{ lead: [], support: [], responsible: ['各区政府', '市住房城乡建设管理委', '市市场监管局', '市应急局', '市经济信息化委'].sort() }]);
  });
});
