// A task list one cell a line under a header whose words the page broke (牵头 / 部门), its unit cells at each row's end
// (first met in fresh23); an excerpt of the published text, source beside it; expected units written from the text.
import { describe, expect, it } from 'vitest';
import { findDutyColumnRows } from '../../../graph/normalise/duty-column-rows.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

// 上海市交通委员会 交通领域精细化管理工作三年行动计划 附件 任务清单 (沪交设养〔2024〕1025号), zhiyao87/Shanghai-Gov-Docs-Index
const HEADER = ['任务', '分类', '主要方向', '重点任务（2024-2026）', '2024年工作项目', '2025年计划', '2026年计划', '牵头', '部门', '配合', '部门', '实施', '主体'];

describe('unit cells at the end of rows under a broken header (fresh23)', () => {
  it('reads each row\'s last cells by duty column: a two-line lead, merged cells carried, a row printing its last column only', () => {
    const tasks = tasksOfLines([
      '附件：', '交通领域精细化管理工作三年行动计划任务清单（2024-2026年）', ...HEADER,
      '（一）', '提升交通设施环境品质', '3、提升慢行交通空间品质',
      '（3）完成慢行交通专项提升项目300项。', '完成慢行交通专项提升项目110个。', '完成慢行交通专项提升项目110个。', '完成慢行交通专项提升项目80个。',
      '设施运行处', '设施养护处', '各相关部门和单位', '各行业主管部门、各区',
      '（4）建设慢行交通精品区域50个。', '建设慢行交通精品区17个。', '建设慢行交通精品区17个。', '建设慢行交通精品区16个。',
      '13、强化场景实战应用',
      '（25）结合城市运行和企业、市民反映的高频急难问题，发掘智能化应用场景需求，扩大成熟场景的应用频率和覆盖面。',
      '深化交通城运系统相关场景，逐步优化应用功能，接入交通枢纽网约车实时供需场景。',
      '结合市城运中心相关工作安排，以及行业工作需求，不断迭代升级交通行业应用场景。',
      '结合市城运中心相关工作安排，以及行业工作需求，不断迭代升级交通行业应用场景。',
      '科技信息处', '各相关部门和单位', '各行业主管部门',
      '14、提升交通出行服务便捷智能化水平',
      '（26）建设上海客运“出行即服务”（MaaS）系统。',
      '持续提升客运MaaS系统服务能级，积极助力长三角出行一体化高质量发展。',
      '随申行公司',
    ]);
    expect(tasks).toMatchObject([
      { title: expect.stringContaining('完成慢行交通专项提升项目300项'), lead: ['设施养护处', '设施运行处'], support: ['各区', '各相关部门和单位', '各行业主管部门'] },
      { title: expect.stringContaining('建设慢行交通精品区域50个'), lead: ['设施养护处', '设施运行处'], support: ['各区', '各相关部门和单位', '各行业主管部门'] },
      { title: expect.stringContaining('结合城市运行'), lead: ['科技信息处'], support: ['各相关部门和单位', '各行业主管部门'] },
      { title: expect.stringContaining('出行即服务'), lead: ['科技信息处'], support: ['各相关部门和单位', '随申行公司'] },
    ]);
  });

  it('leaves a header with no broken word to the table reader', () => {
    const lines = ['重点任务', '2024年工作项目', '2025年计划', '牵头部门', '配合部门', '（1）建设精品道路300条。', '建设精品道路100条。', '建设精品道路100条。', '设施养护处', '各区'];
    expect(findDutyColumnRows(lines)).toEqual([]);
  });
});
