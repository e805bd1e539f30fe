// A two-column 职责分工 annex table flattened one cell a line (单位 / 职责分工, first met in fresh25): a unit's name on its
// own line, its duties in the next paragraph. An excerpt of the published text, source beside it; units from the text.
import { describe, expect, it } from 'vitest';
import { findUnitDutyRows } from '../../../graph/normalise/unit-duty-rows.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

// 奉贤区违法用地综合整治三年行动工作方案（2024-2026）附件2 (沪奉府办发〔2024〕12号), zhiyao87/Shanghai-Gov-Docs-Index
const ANNEX = [
  '附件2', '', '奉贤区违法用地综合整治协调机制成员单位职责分工', '', '单位', '', '职责分工', '',
  '区规划资源局', '',
  '拟定本区违法用地综合整治三年行动工作方案（2024-2026），明确工作要求和政策口径，负责“新三年行动”的组织协调、检查督办和执法查处，并指导各街镇制定整治计划、落实整治等工作。', '',
  '公安局奉贤分局', '',
  '推进本行政区域行政执法与刑事司法衔接机制建设；对有关部门采取的强制拆除工作中发生的阻碍国家机关工作人员依法执行职务的违法和涉嫌犯罪活动依法进行处置；对行政机关移送的涉嫌规划资源犯罪的案件依法及时受理和审查。', '',
  '区水务局', '', '依法实施水行政执法和海洋行政执法，查处违法行为。', '',
  '各街镇', '',
  '各街镇是违法用地综合整治三年行动的责任主体，对本区域“新三年行动”工作负总责。要对照区协调机制建立本区域“新三年行动”工作组织机构，结合实际研究制定实施意见和具体措施，履行属地管理职责，明确整治清单，依法依规推进整治。',
];

describe('a 单位 / 职责分工 table one cell a line (fresh25)', () => {
  it('reads each row as a task of its unit, the last row\'s 各街镇是…责任主体 too', () => {
    const tasks = tasksOfLines(ANNEX);
    expect(tasks).toMatchObject([
      { title: expect.stringContaining('拟定本区违法用地综合整治三年行动工作方案'), lead: [], responsible: ['区规划资源局'] },
      { title: expect.stringContaining('推进本行政区域行政执法与刑事司法衔接机制建设'), lead: [], responsible: ['公安局奉贤分局'] },
      { title: expect.stringContaining('依法实施水行政执法和海洋行政执法'), lead: [], responsible: ['区水务局'] },
      { title: expect.stringContaining('各街镇是违法用地综合整治三年行动的责任主体'), lead: [] },
    ]);
    expect(new Set(tasks[3].responsible)).toEqual(new Set(['各街镇']));
  });

  it('reads no table from a header pair over a paragraph, nor from one row alone', () => {
    expect(findUnitDutyRows(['单位', '职责分工', '各成员单位要按照职责分工，密切配合。'])).toEqual([]);
    expect(findUnitDutyRows(['单位', '职责分工', '区水务局', '依法实施水行政执法和海洋行政执法，查处违法行为。'])).toEqual([]);
  });
});
