// Duty conventions first met in fresh24 (scored once, then tuned on), one per test, on excerpts of the published text
// (source beside each); the expected units were written from the text (the labels).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh24)', () => {
  // 友谊路街道生活垃圾定时定点分类投放工作实施细则 (宝友工委〔2019〕44号), zhiyao87/Shanghai-Gov-Docs-Index,
  // docs/市容绿化与景观/关于印发《友谊路街道生活垃圾定时定点分类投放工作实施细则》的通知.md
  it('reads a 职责分工 list headed by party (`2．各居民区：` over （1）…): each item is its heading unit\'s', () => {
    const tasks = tasksOfLines([
      '三、职责分工',
      '',
      '1．街道垃圾分类工作领导小组：街道党工委书记、办事处主任为组长，分管领导为副组长。领导小组负责组织、协调、推进、监督定时定点分类投放工作的实施。',
      '',
      '2．各居民区：居委党组织承担社区总牵头的责任，发挥“三驾马车”协同配合作用，带领居委、业委会和物业公司共同推进落实小区生活垃圾定时定点分类投放工作。',
      '',
      '（1）在开展垃圾分类定时定点前充分听取居民的意见建议，合理设置定时定点投放点位、误时投放点位、投放时间。',
      '',
      '（2）通过“入户宣教”向每户居民发放生活垃圾分类告知书。',
      '',
      '3．物业公司：物业公司作为小区管理责任人，协助居委开展好定时定点分类投放相关工作。',
      '',
      '（1）在定时定点投放点位周边采用洗手桶等简易方式提供水源，便于居民在分类破袋投放时段进行清洗。',
      '',
      '4．业委会：应当将生活垃圾定时定点分类投放要求纳入物业管理规约中。',
      '',
      '四、人员配置',
      '',
      '1．志愿者：居委按照小区的空间大小、志愿者人数等情况，合理配置志愿者。',
    ]);
    expect(tasks).toMatchObject([
      { responsible: ['街道垃圾分类工作领导小组'] },
      { title: expect.stringContaining('充分听取居民的意见建议'), responsible: ['各居民区'] },
      { title: expect.stringContaining('入户宣教'), responsible: ['各居民区'] },
      { title: expect.stringContaining('洗手桶'), responsible: ['物业公司'] },
      { responsible: ['业委会'] },
      // A person (志愿者) heading its item is no unit.
      { title: expect.stringContaining('志愿者'), lead: [], support: [], responsible: [] },
    ]);
    expect(tasks).toHaveLength(6);
  });

  it('leaves a field label before a colon (牵头单位：) and a heading that is no name alone', () => {
    const tasks = tasksOfLines([
      '一、重点任务',
      '1．工作目标：到2025年底，全镇垃圾分类达标率达到95%以上。',
      '2．完成时限：2025年12月底前。',
    ]);
    expect(tasks.flatMap((t) => [...t.lead, ...t.support, ...t.responsible])).toEqual([]);
  });
  // 吴泾镇城镇房屋安全隐患排查整治工作实施方案 (2021), zhiyao87/Shanghai-Gov-Docs-Index (lines as the copy prints them)
  it('reads 负责牵头组织 in a 职责分工 block of unit-headed lines as the lead, and the other lines\' units as support', () => {
    const tasks = tasksOfLines([
      '三、主要措施',
      '（一）强化组织领导',
      '各居村、相关责任单位要高度重视，明确责任人。',
      '（二）细化职责分工',
      '房管所、规建生态办负责牵头组织城镇房屋安全隐患排查整治工作，依托“一网统管”和',
      '房管所负责规模租赁场所的房屋安全隐患排查整治工作；',
      '经发办负责园区、企业、商业体的房屋安全隐患排查整治工作；',
      '社区办负责居民区的房屋安全隐患排查整治工作；',
      '财政所负责将城镇房屋安全管理相关经费纳入政府预算管理；',
      '（三）加强综合保障',
    ]);
    const item = tasks.find((t) => t.title.includes('细化职责分工'));
    expect(item).toMatchObject({ lead: ['房管所', '规建生态办'], support: ['社区办', '经发办', '财政所'], responsible: [] });
  });
  // 月浦镇建设工程安全生产文明施工监督管理办法 (2017), zhiyao87/Shanghai-Gov-Docs-Index
  it('reads `A、B和C是…的责任部门` as the units responsible for the part that says it', () => {
    const tasks = tasksOfLines([
      '一、组织机构',
      '',
      '月浦镇规划建设和环境保护办公室、安全管理事务所和城市管理行政执法中队是镇域内建设工程管理的责任部门，组成月浦镇建设工程安全文明施工监督管理组（以下简称“镇建设工程监管组”）。',
      '',
      '二、管理机制',
      '',
      '1.在区建交委“宝山区建设工程管理信息系统”名录中的工程项目，由镇建设工程监管组配合区建设交通委（区安质监站）开展建设工程安全生产和文明施工日常巡查、监督管理工作。',
    ]);
    // 规划建设和环境保护办公室 joins two fields as 规划建设和生态环境办公室 does: the office is read, as the label names it.
    expect(tasks.find((t) => t.title.includes('组织机构'))).toMatchObject({ lead: [], support: [], responsible: ['城市管理行政执法中队', '安全管理事务所', '月浦镇规划建设和环境保护办公室'] });
  });

  it('leaves `是…责任主体` said of no name (建设单位或经营者, a party of any project) and `是` inside a plain sentence', () => {
    const tasks = tasksOfLines([
      '一、管理原则',
      '',
      '小型工程管理遵循“建设单位或经营者首要责任制”原则。建设单位或经营者是小型工程的直接责任主体，对工程承担全面责任。',
      '',
      '二、工作目标',
      '',
      '到2025年，本镇是全区垃圾分类示范镇。',
    ]);
    expect(tasks.flatMap((t) => [...t.lead, ...t.support, ...t.responsible])).toEqual([]);
  });

  // 吴淞街道 限额以下建设工程安全生产监管 若干意见 (2024), fresh24 wusong-xiane-2024: 第四条's 由建管中心牵头，营商办、城运中心、
  // 综合行政执法队等部门参与 — a 街道's enforcement team (综合行政执法队) is a unit as its 城运中心 is.
  it('reads 综合行政执法队 as a unit beside the others a lead brings in', () => {
    const [task] = tasksOfLines([
      '第一条　目的和依据', '', '为进一步完善我街道建设工程监管覆盖面，特制定本意见。', '',
      '第四条　备案管理', '',
      '小型工程实行备案管理制度，工程开工前及竣工后，建设单位或经营者均应在街道综合行政执法队窗口办理备案手续。综合行政执法队窗口收齐材料后交建管中心，建管中心应认真做好小型工程开工前申报资料审核登记工作，形成一工地一档案制度。资料齐全后由建管中心牵头，营商办、城运中心、综合行政执法队等部门参与审核项目业态准入和建设施工方案并现场踏勘，针对符合要求的小型工程发放施工铭牌，每月定期汇总报送区建管委。',
    ]).filter((t) => t.title.includes('备案'));
    expect(task).toMatchObject({ lead: ['建管中心'] });
    expect(task.support).toEqual(expect.arrayContaining(['营商办', '城运中心', '综合行政执法队']));
  });
});
