// Articles whose stem names the unit over items that name none (fresh29, issue 9): `第七条　区政府应当…履行下列职责：` over
// （一）…, `第八条　镇政府消防工作职责：`, `第十条　区政府工作部门…履行下列共同职责。`, `第十二条　居民委员会…`. Each item is a task of
// the stem's unit, named whole (区政府工作部门, 居民委员会: not a shorter stretch that also reads as a name), and the nearest
// heading speaks: a stem of duties divided among units (按照职责分工) gives its chapter's unit to none of its items.
// Expected units written from the text (the labels of test/fixtures/real/fresh29) before the rule.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';
import { patternKind } from '../../../graph/units/surface.ts';

const units = (lines: string[]) => tasksOfLines(lines).map((t) => [t.title.slice(0, 8), t.lead, t.responsible]);

describe('articles whose stem names the unit of their items', () => {
  // zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防/上海市徐汇区人民政府办公室关于印发《徐汇区消防安全责任制实施细则》的通知.md
  // (https://www.shanghai.gov.cn/zhengce/detail/0073::0073284634; fresh29/xuhui-xiaofang-zerenzhi-2020), 第二章–第四章, shortened.
  const xuhui = [
    '第二章　区政府、各街道、镇消防工作职责',
    '第七条　区政府应当落实消防工作责任制，履行下列职责：',
    '（九）大力发展消防公益事业，有计划地建设公益性消防科普宣传教育基地，开展消防科普宣传教育活动。',
    '（十二）加强对消防严重违法失信行为的联合惩戒，将其纳入联动监管，实施信用约束。',
    '第八条　镇政府消防工作职责：',
    '（二）安排必要的资金，用于公共消防设施建设和业务经费支出。',
    '（七）部署消防安全整治，组织开展消防安全检查，督促整改火灾隐患。',
    '第三章　区政府工作部门消防安全职责',
    '第十条　区政府工作部门应当在各自职责范围内履行下列共同职责。',
    '（二）依法审查涉及消防安全的行政许可，并对许可事项的消防安全事项进行事中事后监管。',
    '（六）及时组织、协助本行业、本系统单位火灾事故的灭火救援、善后处置和调查处理。',
    '第十一条　区政府工作部门按照职责分工依法履行消防工作职责。',
    '（二十一）区退役军人事务局负责烈士陵园、军休军供、优抚医院、光荣院等机构的消防安全管理。',
    '（二十八）负责公共消防设施维护管理的单位应当保持消防供水、消防通信、消防车通道等公共消防设施完好有效。',
    '第四章　居民委员会消防工作职责',
    '第十二条　居民委员会应当协助政府及其派出机关做好消防安全工作，履行下列消防安全职责。',
    '（一）制定消防安全工作制度，组织建立居民防火公约。',
    '（四）组织居民参与社会治安综合治理，开展消防安全群防群治。',
  ];

  it("gives each item its article's unit, named whole, and no chapter's unit under a stem of divided duties", () => {
    expect(units(xuhui)).toEqual([
      ['大力发展消防公益', [], ['区政府']],
      ['加强对消防严重违', [], ['区政府']],
      ['安排必要的资金,', [], ['镇政府']],
      ['部署消防安全整治', [], ['镇政府']],
      ['依法审查涉及消防', [], ['区政府工作部门']],
      ['及时组织、协助本', [], ['区政府工作部门']],
      ['区退役军人事务局', [], ['区退役军人事务局']],
      ['负责公共消防设施', [], []],
      ['制定消防安全工作', [], ['居民委员会']],
      ['组织居民参与社会', [], ['居民委员会']],
    ]);
  });

  // zhiyao87/Shanghai-Gov-Docs-Index docs/城市更新与历史保护/ (上海市闵行区人民政府, 2026; fresh29/minhang-chengshigengxin-shiwuwu-2026),
  // 三、重点片区's heading `（三）莘庄副中心` over its measures: a city's sub-centre is a place, no body, though it ends in 中心.
  it('reads a sub-centre of the city as no unit, a 中心 that is a body as one', () => {
    expect(patternKind('莘庄副中心')).toBeNull();
    expect(patternKind('区城市网格化综合管理中心')).not.toBeNull();
  });
});
