// Duty conventions first met in fresh27 (scored once, then tuned on), one per test, on excerpts of the published text
// (source beside each); the expected units were written from the text (the labels).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh27)', () => {
  // 上海市人民政府关于贯彻《国务院关于加强道路交通安全管理工作的意见》进一步加强本市客货运安全管理工作的实施意见
  // (沪府发〔2012〕99号), zhiyao87/Shanghai-Gov-Docs-Index, docs/市政与基础设施/
  it('reads `（牵头部门：X。配合部门：A、B…）`: a 。 between two labelled clauses of one bracket does not end it', () => {
    const tasks = tasksOfLines([
      '一、规范运输企业健康发展，督促落实企业法定代表人责任',
      '',
      '（一）推进道路运输企业诚信体系建设。将日常查获运输单位违法违规行为、安全事故等纳入诚信考核，并将考核结果与运输单位资质审查、企业安全生产标准化建设达标、客运线路招投标、运力投放以及保险费率、银行信贷等紧密挂钩，不断完善企业安全管理的约束激励机制。（牵头部门：市交通港口局。配合部门：市公安局、市工商局、市建设交通委、市绿化市容局、市教委、市经济信息化委、上海保监局、人民银行上海分行、上海银监局）',
      '',
      '（四）督促运输企业建立内部交通安全管理机构。根据交通运输部发布的《道路旅客运输企业安全管理规范（试行）》（交运发〔2012〕23号）规定，督促运输企业建立安全生产领导机构，按照标准配足安全管理人员。（牵头部门：市交通港口局）',
    ]);
    expect(tasks).toMatchObject([
      {
        title: expect.stringContaining('诚信体系'),
        lead: ['市交通港口局'],
        // 市建设交通委 (the 市 建设和交通委员会 of the time) is a name, not 建设 as a verb.
        support: ['上海保监局', '上海银监局', '人民银行上海分行', '市公安局', '市工商局', '市建设交通委', '市教委', '市经济信息化委', '市绿化市容局'],
        responsible: [],
      },
      { title: expect.stringContaining('内部交通安全管理机构'), lead: ['市交通港口局'], support: [], responsible: [] },
    ]);
  });

  it('reads `（A、B按职责负责相关工作）` with no lead: every unit responsible', () => {
    const tasks = tasksOfLines([
      '五、加强对超速、超员、超载和疲劳驾驶及非法营运“黑车”、超标电动自行车等违法行为的查处和整治',
      '',
      '（十七）切实加强对超标电动自行车的生产、销售和违法行驶的整治管理。加强源头管理，切实防止并严格处罚违规生产的企业，建立和完善违法销售经营者退换货机制，强化对各类改（拼）装摊点和窝点的整治取缔。加强道路执法管理，对上路行驶的超标电动自行车依法查处。（市工商局、市公安局、市经济信息化委、市质量技监局按职责负责相关工作）',
      '',
      '（十八）加大农村道路交通安全监管力度。加强乡镇道路交通安全管控。发挥农村派出所、农机监理站以及驾驶人协会、村委会的作用，建立专兼职道路交通安全管理队伍，扩大农村道路交通管理覆盖面。（牵头部门：市农委。配合部门：相关区县政府、市建设交通委、市安全监管局、市财政局、市公安局）',
    ]);
    expect(tasks).toMatchObject([
      { lead: [], support: [], responsible: ['市公安局', '市工商局', '市经济信息化委', '市质量技监局'] },
      { lead: ['市农委'], support: ['市公安局', '市安全监管局', '市建设交通委', '市财政局', '相关区县政府'], responsible: [] },
    ]);
  });

  // 上海市静安区人民政府关于批转区规划资源局《静安区历史风貌保护项目实施主体公开遴选实施意见》的通知 (2022),
  // zhiyao87/Shanghai-Gov-Docs-Index, docs/城市更新与历史保护/: a plan that annotates no duty, its roles in prose.
  it('reads a unit whose duty opens 根据… (as 按照…) as responsible', () => {
    const tasks = tasksOfLines([
      '静安区历史风貌保护项目实施主体公开遴选实施意见',
      '',
      '七、综合评审',
      '',
      '区规划资源局按照《实施细则》要求组织专家对有效申请人实施历史风貌保护项目的能力进行综合评审，形成遴选结果报区政府同意后确定实施主体。',
      '',
      '八、土地供应',
      '',
      '区规划资源局根据区政府审定的遴选结果组织实施风貌保护项目的定向挂牌、协议出让工作。',
    ]);
    expect(tasks).toMatchObject([
      { title: '综合评审', responsible: ['区规划资源局'] },
      { title: '土地供应', responsible: ['区规划资源局'] },
    ]);
  });
});
