// Hand-built fixture documents: two plans of one district sharing units, and a neighbouring district's plan.
import type { GraphBatch } from '../../graph/model.ts';
import { BatchBuilder, entityId, sectionId, taskId, unitId } from './batch-builder.ts';

export const PLAN = 'doc:plan';
export const REPORT = 'doc:report';
export const NEIGHBOR = 'doc:neighbor';

/** Ids the contract suite asserts on, named for reading. */
export const ID = {
  plan: PLAN, report: REPORT, neighbor: NEIGHBOR,
  ndrc: unitId('区', '区发展改革委'),
  neighborNdrc: unitId('邻区', '区发展改革委'),
  neighborGov: unitId('邻区', '区政务服务办'),
  water: unitId('区', '区水利局'),
  finance: unitId('区', '区财政局'),
  economy: unitId('区', '区经济信息委'),
  science: unitId('区', '区科技局'),
  farm: unitId('区', '区农业农村委'),
  transport: unitId('区', '区交通局'),
  fujiang: entityId('Place', '涪江'),
  corridor: entityId('Corridor', '涪江观光农业走廊'),
  ecoProject: entityId('Project', '涪江生态修复工程'),
  floodProject: entityId('Project', '涪江防洪护岸工程'),
  villageProject: entityId('Project', '乡村振兴示范片'),
  railway: entityId('Project', '中线高铁'),
  manufacturing: entityId('Industry', '装备制造'),
  planPart: sectionId('plan', '一'),
  planIndustry: sectionId('plan', '一/(一)'),
  planInfra: sectionId('plan', '一/(二)'),
  a1: taskId('plan', '一/(一)/1'),
  a2: taskId('plan', '一/(一)/2'),
  a3: taskId('plan', '一/(一)/3'),
  a4: taskId('plan', '一/(二)/1'),
  reportInvest: sectionId('report', '一'),
  reportBusiness: sectionId('report', '二'),
  b1: taskId('report', '一/1'),
  b2: taskId('report', '一/2'),
  b3: taskId('report', '二/1'),
  neighborSection: sectionId('neighbor', '一'),
  c1: taskId('neighbor', '一/1'),
  planTarget: 'target:plan:工业总产值',
  reportTarget: 'target:report:固定资产投资',
} as const;

/** 关于推动双城经济圈建设行动方案 (区): four tasks under two sections, one with two leads, one with none. */
export function planBatch(ingestedAt?: string): GraphBatch {
  const b = new BatchBuilder('plan', '关于推动双城经济圈建设行动方案', '区');
  b.metadata = { kind: '行动方案', level: '区' };
  b.item('Section', '一', '一、', '推动产业协同发展', '一、推动产业协同发展', null);
  b.item('Section', '一/(一)', '(一)', '共建现代产业体系', '(一)共建现代产业体系', '一');
  b.item('Task', '一/(一)/1', '1.', '推动制造业高质量发展',
    '1.推动制造业高质量发展。做强装备制造产业,到2027年全区工业总产值突破2000亿元。(牵头单位:区经济信息委;责任单位:区发展改革委、区科技局)', '一/(一)', {
      duties: [{ unit: '区经济信息委', role: 'lead' }, { unit: '区发展改革委', role: 'support' }, { unit: '区科技局', role: 'support' }],
      mentions: [['Industry', '装备制造']],
      targets: [{ indicator: '工业总产值', value: 2000, unit: '亿元', year: 2027 }],
    });
  b.item('Task', '一/(一)/2', '2.', '打造涪江观光农业走廊',
    '2.打造涪江观光农业走廊。依托涪江建设观光农业走廊,推进乡村振兴示范片建设。(区农业农村委牵头,区水利局、区文化旅游委配合)', '一/(一)', {
      duties: [{ unit: '区农业农村委', role: 'lead' }, { unit: '区水利局', role: 'support' }, { unit: '区文化旅游委', role: 'support' }],
      mentions: [['Corridor', '涪江观光农业走廊'], ['Place', '涪江'], ['Project', '乡村振兴示范片']],
      touches: [['Corridor', '涪江观光农业走廊', '涪江']],
    });
  const a3 = b.item('Task', '一/(一)/3', '3.', '推进涪江流域水环境综合治理',
    '3.推进涪江流域水环境综合治理。实施涪江生态修复工程。(区水利局、区生态环境局负责)', '一/(一)', {
      duties: [{ unit: '区水利局', role: 'responsible' }, { unit: '区生态环境局', role: 'responsible' }],
      mentions: [['Place', '涪江'], ['Project', '涪江生态修复工程']],
      touches: [['Project', '涪江生态修复工程', '涪江']],
    });
  b.item('Section', '一/(二)', '(二)', '推进基础设施互联互通', '(二)推进基础设施互联互通', '一');
  b.item('Task', '一/(二)/1', '1.', '加快中线高铁建设',
    '1.加快中线高铁建设。推动中线高铁建成投运。(牵头单位:区发展改革委、区交通局;责任单位:区住房城乡建委)', '一/(二)', {
      duties: [{ unit: '区发展改革委', role: 'lead' }, { unit: '区交通局', role: 'lead' }, { unit: '区住房城乡建委', role: 'support' }],
      mentions: [['Project', '中线高铁']],
    });
  b.warn('NO_LEAD', '任务未明确牵头单位 / task names no lead', a3);
  return b.build(ingestedAt);
}

/** 2024年政府工作报告目标任务分解 (区): names 区发展改革委 once by its alias 发改委; a four-unit task with no lead. */
export function reportBatch(options: { revised?: boolean; ingestedAt?: string } = {}): GraphBatch {
  const b = new BatchBuilder('report', '2024年政府工作报告目标任务分解', '区');
  b.item('Section', '一', '一、', '扩大有效投资', '一、扩大有效投资', null);
  const ndrc = options.revised ? '区发展改革委' : '发改委';
  const b1 = b.item('Task', '一/1', '1.', '实施重大项目攻坚行动',
    `1.实施重大项目攻坚行动。全年固定资产投资增长8%,加快中线高铁建设。(牵头单位:${ndrc};责任单位:区经济信息委、区财政局)`, '一', {
      duties: [{ unit: '区发展改革委', role: 'lead', surface: ndrc }, { unit: '区经济信息委', role: 'support' }, { unit: '区财政局', role: 'support' }],
      mentions: [['Project', '中线高铁']],
      targets: [{ indicator: '固定资产投资', value: 8, unit: '%', year: 2024 }],
    });
  b.item('Task', '一/2', '2.', '推进涪江防洪护岸工程',
    '2.推进涪江防洪护岸工程。完成涪江防洪护岸工程主体建设。(区水利局牵头,区发展改革委、区财政局配合)', '一', {
      duties: [{ unit: '区水利局', role: 'lead' }, { unit: '区发展改革委', role: 'support' }, { unit: '区财政局', role: 'support' }],
      mentions: [['Place', '涪江'], ['Project', '涪江防洪护岸工程']],
      touches: [['Project', '涪江防洪护岸工程', '涪江']],
    });
  if (!options.revised) {
    b.item('Section', '二', '二、', '优化营商环境', '二、优化营商环境', null);
    b.item('Task', '二/1', '1.', '深化放管服改革', '1.深化放管服改革。(区发展改革委、区市场监管局、区司法局、区政务服务办负责)', '二', {
      duties: ['区发展改革委', '区市场监管局', '区司法局', '区政务服务办'].map((unit) => ({ unit, role: 'responsible' as const })),
    });
    b.warn('FUZZY_UNIT', '“发改委”按近似匹配识别为“区发展改革委” / fuzzy unit match', b1);
  }
  return b.build(options.ingestedAt);
}

/** 邻区营商环境优化方案 (邻区): its own 区发展改革委, a different unit; a lead named on the section. */
export function neighborBatch(): GraphBatch {
  const b = new BatchBuilder('neighbor', '邻区营商环境优化方案', '邻区');
  b.item('Section', '一', '一、', '优化政务服务', '一、优化政务服务(区发展改革委牵头)', null, {
    duties: [{ unit: '区发展改革委', role: 'lead' }],
  });
  // Real plans sometimes list the lead among the 责任单位 too: one unit, two roles on one task.
  b.item('Task', '一/1', '1.', '推行一网通办', '1.推行一网通办。(牵头单位:区发展改革委;责任单位:区发展改革委、区政务服务办)', '一', {
    duties: [{ unit: '区发展改革委', role: 'lead' }, { unit: '区发展改革委', role: 'support' }, { unit: '区政务服务办', role: 'support' }],
  });
  return b.build();
}

export function allBatches(): GraphBatch[] {
  return [planBatch(), reportBatch(), neighborBatch()];
}

/** The plan's content under another document id: every node id but the document's clashes with the plan's. */
export function thiefBatch(): GraphBatch {
  const thief = planBatch();
  thief.docId = 'doc:thief';
  thief.nodes[0] = { ...thief.nodes[0], id: 'doc:thief' };
  for (const n of thief.nodes) if (n.properties.docId) n.properties.docId = 'doc:thief';
  for (const e of thief.edges) if (e.properties.evidence) e.properties.evidence.docId = 'doc:thief';
  for (const w of thief.warnings) {
    w.docId = 'doc:thief';
    if (w.evidence) w.evidence.docId = 'doc:thief';
  }
  thief.edges = thief.edges.filter((e) => e.target !== PLAN);
  return thief;
}
