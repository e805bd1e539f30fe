// Duty conventions first met in fresh8 and fresh9 (scored once, then tuned on), one per test, on excerpts of the
// published text (source beside each); the expected units were written from the text (the labels).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh8, fresh9)', () => {
  // 包头市2022年数字政府建设考评办法 (包府办发〔2022〕43号), a 北大法宝 export kept in mengke25/policy_text_frenq
  it('reads a label never listed by its parts after a deadline clause (5月底…持续推进,牵头考核单位:X)', () => {
    const tasks = tasksOfLines([
      '（五）线下进一窗（1分）',
      '9．完善“前台综合受理、后台分类办理、统一窗口出件"模式，不断优化调整窗口设置，各级大厅综合一窗率达90%以上。（3月底取得阶段性成效并持续推进，牵头考核单位：市审批服务局）',
      '10．推动“鹿城之窗"自助终端向企业、社区、园区等重点区域延伸。（持续推进，牵头考核单位：市审批服务局）',
      '（六）深化“最多跑一次"（2分）',
      '11．推进各级大厅智能化设备应用，实现客服、预约、人脸识别等线上线下互动。（6月底完成，牵头考核单位：市政府办公室、市公安局）',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['市审批服务局'], support: [], responsible: [] },
      { lead: ['市审批服务局'], support: [], responsible: [] },
      { lead: ['市公安局', '市政府办公室'], support: [], responsible: [] },
    ]);
  });

  it('reads 配合…单位 in an unlisted label as support', () => {
    const tasks = tasksOfLines([
      '一、重点任务',
      '1．推进政务服务事项标准化。（牵头考核单位：市审批服务局，配合考核单位：市司法局）',
    ]);
    expect(tasks).toMatchObject([{ lead: ['市审批服务局'], support: ['市司法局'], responsible: [] }]);
  });

  // https://m.bdocx.com/doc/11623267.html (a township's 2015年度治理“餐桌污染”建设“食品放心工程”工作方案, 福建)
  it('reads 由X承办,A、B配合。 on its own line as the lead and supporters of the item above it', () => {
    const tasks = tasksOfLines([
      '一、治理畜牧业产品污染',
      '由乡三农服务中心承办,乡畜牧站、卫生院、派出所、工商所配合。',
      '治理工作目标:',
      '全乡生猪定点屠宰率达100%,实行定点屠宰的生猪定点屠宰率达到95%以上。',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['乡三农服务中心'], support: ['乡畜牧站', '卫生院', '工商所', '派出所'], responsible: [] },
    ]);
  });

  // http://www.lygzb.net/html/text/lar/172137/17213739_1.html (广州市贯彻落实珠三角规划纲要实施细则, 2009, a mirror's copy)
  it('reads dash-bulleted items before the first heading, each closed by its annotation, as tasks', () => {
    const tasks = tasksOfLines([
      '  --创新人才服务体系。制订、完善人才服务业政策法规,为珠三角经济社会发展提供强有力的人才支撑。(市人力资源和社会保障局牵头)',
      '',
      '  --完善人才评价激励机制。建立以能力、业绩为导向的专业技术资格和技术技能等级评审制度。(市人力资源和社会保障局、市科技和信息化局、市国资委牵头)',
      '',
      '  五、建立健全绿色发展体系',
      '  推动经济发展方式转变与建设生态文明的有机统一。',
    ]);
    expect(tasks).toMatchObject([
      { title: '创新人才服务体系', lead: ['市人力资源和社会保障局'], support: [], responsible: [] },
      { title: '完善人才评价激励机制', lead: ['市人力资源和社会保障局', '市国资委', '市科技和信息化局'], support: [], responsible: [] },
    ]);
  });

  // 安徽 RCEP 行动方案 (皖开放办〔2022〕6号), a 北大法宝 export kept in mengke25/policy_text_frenq
  it('reads 按职责分工配合 as the supporters verb, not as part of the last name', () => {
    const tasks = tasksOfLines([
      '（三）拓展投资合作',
      '11.拓展对外投资领域。支持汽车、建材、装备、机械、家电、纺织等企业“走出去”。（省商务厅牵头，省经济和信息化厅、省农业农村厅按职责分工配合）',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['省商务厅'], support: ['省农业农村厅', '省经济和信息化厅'], responsible: [] },
    ]);
  });

  it('reads 省贸促会 (the province council for the promotion of international trade) as a unit', () => {
    const tasks = tasksOfLines([
      '（一）用好规则',
      '3.用好原产地规则。加快实施经核准出口商原产地自主声明制度，降低企业制度性成本。（合肥海关牵头，省贸促会、省商务厅按职责分工配合）',
    ]);
    expect(tasks).toMatchObject([{ lead: ['合肥海关'], support: ['省商务厅', '省贸促会'], responsible: [] }]);
  });

  it('reads a task force’s lead units and member units (…工作专班牵头单位 / 成员单位) as collectives', () => {
    const tasks = tasksOfLines([
      '（四）深化产业合作',
      '15.推动产业链优化升级。推动我省优势产业与RCEP国家产业链深度融合。（省十大新兴产业推进组工作专班牵头单位牵头，省十大新兴产业推进组工作专班成员单位按职责分工配合）',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['省十大新兴产业推进组工作专班牵头单位'], support: ['省十大新兴产业推进组工作专班成员单位'], responsible: [] },
    ]);
  });
});
