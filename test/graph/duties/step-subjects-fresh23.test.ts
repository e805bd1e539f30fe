// A 职责分工 part's `1.` items each opened by its unit as the sentence's subject (`2.镇监察室负责…`), no annotation: the
// unit is responsible, as for a `1、` step (step-subjects.ts). Expected units written from the texts (the labels of
// test/fixtures/real/fresh23) before the rule.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

const units = (lines: string[]) => tasksOfLines(lines).map((t) => [t.title.slice(0, 6), t.lead, t.support, t.responsible]);

describe('numbered items opened by their unit', () => {
  // zhiyao87/Shanghai-Gov-Docs-Index docs/工程建设管理/七宝镇限额以下小型建设工程管理的实施意见.md
  // (https://www.shanghai.gov.cn/zhengce/detail?businessId=B8AE27CB-3697-11ED-AC45-3DB7F69B5DBD; fresh23/qibao-xiane-2020),
  // 五、职责分工 3.–4. and 7.–8. (2.'s 镇监察室 is a name the resolver does not read alone, with `1、` as with `1.`).
  const qibao = [
    '五、职责分工',
    '3.镇采购办负责对使用财政性资金及集体资金的限额以下小型建设工程做好施工承发包工作。',
    '4.镇财政所负责对使用财政性资金限额以下小型建设工程的资金来源及使用情况进行监管。',
    '7.镇安监所负责对限额以下小型建设工程的安全进行监管，并协同消防部门对限额以下工程的消防安全进行监管及指导。',
    '8.镇两违办负责对施工过程中新搭建的违章进行执法拆除，并对限额以下工程因历史原因无产证但列入市、区无证建筑库的房屋在施工期间进行监管。',
  ];

  it('reads the unit opening each item as responsible; a body it works with is no duty unit', () => {
    expect(units(qibao)).toEqual([
      ['镇采购办负责', [], [], ['镇采购办']],
      ['镇财政所负责', [], [], ['镇财政所']],
      ['镇安监所负责', [], [], ['镇安监所']],
      ['镇两违办负责', [], [], ['镇两违办']],
    ]);
  });

  // http://www.xjyc.gov.cn/ycx/c109164/202601/c1cf5e0ea9ac45499c7259291b88a985.shtml (fresh6/yecheng-xiangcun-2026): a
  // project's `1.` line that names who supervises it further on; its units come from its own 项目责任单位 line.
  it('reads no unit from a `1.` line whose first sentence is not its unit\'s', () => {
    const lines = ['1.叶城县2026年洛克乡种植业基地配套建设(少数民族发展任务)项目(ycssmz202601):投资340万元,本次安排资金310万元。建设地点:洛克乡1村。由县农业农村局、财政局、发改委、审计局、纪委监委负责监督。'];
    expect(units(lines).flatMap(([, l, s, r]) => [...l, ...s, ...r])).toEqual([]);
  });

  it('reads no unit from an item that opens with an action, nor from a decimal', () => {
    const lines = ['五、职责分工', '1.加强组织领导，区发展改革委负责统筹。', '2.5%的项目由各单位负责。'];
    expect(units(lines).flatMap(([, l, s, r]) => [...l, ...s, ...r])).toEqual([]);
  });
});
