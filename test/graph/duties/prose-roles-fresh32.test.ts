// Prose roles in 上海 town rules that annotate no duty (fresh32): excerpts of the published texts (source beside each); the
// expected units were written from the text (the set's labels).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('prose roles of town rules (fresh32)', () => {
  // 月浦镇村庄道路建设和养护管理办法（试行） (宝月府〔2019〕4号), fresh32 yuepu-cunzhuang-daolu-2019, zhiyao87/Shanghai-Gov-Docs-Index.
  it('reads a town office named 规划建设办 as the subject of its article and as its lead', () => {
    const tasks = tasksOfLines([
      '第三条 （管理部门职责）', '',
      '本镇村庄道路管理遵循“镇级为主、村级配合、安全为先、保障畅通”的原则。', '',
      '镇规划建设办是本镇村庄道路建设和养护管理的主管部门，管理、使用好村庄道路建设和养护资金，统筹编制并组织实施村庄道路建设和养护计划，做好村庄道路质量安全监管和设施量统计登记，保护好本辖区所有村庄道路的路产路权。镇城乡建管中心具体负责村主路的养护工作，指导并监督村委会做好村支路和宅间路的养护。', '',
      '第四条 （规划和用地）', '',
      '由镇规划建设办牵头负责，按照《上海市村庄规划编制与管理导则（试行）》和宝山区《关于<上海市村庄规划编制与管理导则（试行）>的补充规定》要求，将村庄道路纳入村庄规划中落实，村主路路面宽度原则上不超过8米，村支路路面宽度原则上不超过6米，宅间路路面宽度原则上不超过4米。', '',
    ]);
    expect(tasks.find((t) => t.path.includes('第三条'))).toMatchObject({ lead: [], support: [], responsible: expect.arrayContaining(['镇规划建设办']) });
    expect(tasks.find((t) => t.path.includes('第四条'))).toMatchObject({ lead: ['镇规划建设办'], support: [], responsible: [] });
  });

  // 罗店镇政府投资项目投资（财务）监理管理办法（试行） (宝罗府〔2020〕200号), fresh32 luodian-touzi-jianli-2020.
  it('ends a subject\'s name before 是 (镇财政所是镇级…主管部门 names 镇财政所, never 镇财政所是镇)', () => {
    const tasks = tasksOfLines([
      '第四条  各部门职能分工', '',
      '（一）镇财政所是镇级政府投资项目实施投资（财务）监理管理的主管部门，主要负责投资（财务）监理单位的委派、监督、指导和考核等工作。', '',
      '（二）项目主管部门（含各职能科室及纳入管理的公司、村）负责协调、解决投资（财务）监理单位以书面形式报告项目问题，督促落实改进。', '',
    ]);
    expect(tasks.find((t) => t.title.includes('镇财政所是'))).toMatchObject({ lead: [], support: [], responsible: ['镇财政所'] });
  });
});
