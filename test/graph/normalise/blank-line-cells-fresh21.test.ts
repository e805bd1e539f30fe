// A task table flattened with a blank line after every cell, its cells wrapping inside with single line breaks, printed
// right after its 附件：title line. Expected rows written from the text (the labels of test/fixtures/real/fresh21) before
// the parser was changed.
import { describe, expect, it } from 'vitest';
import { sortedDuties, tasksOfLines } from '../../support/ingest-text.ts';

// zhiyao87/Shanghai-Gov-Docs-Index docs/…/嘉定区系统化全域推进海绵城市建设实施方案 (2024; test/fixtures/real/fresh21/
// jiading-haimian-2024): the plan's last item, then the annex's header and rows 1–3 as printed.
const JIADING = [
  '三、组织保障',
  '',
  '（三）加强激励宣传引导。鼓励建设项目参加市级立功竞赛，引入信用机制，优先推荐申报勘察设计、优质工程奖项和精品项目授牌等。加强海绵城市建设理念普及和成效宣传，以嘉定新建学校类项目为载体，开展嘉定特色海绵校园建设，鼓励公众参与。深度挖掘在建和已建海绵项目特点，通过公众号等网络平台，积极宣传嘉定区海绵城市建设实践。（责任单位：区建设管理委、区水务局、区绿化市容局、区交通委、区住房保障房屋管理局，各街镇）',
  '',
  '附件：嘉定区系统化全域推进海绵城市建设重点任务分解表',
  '',
  '序号',
  '',
  '任务类型',
  '',
  '重点内容',
  '',
  '责任单位',
  '',
  '参考文件',
  '',
  '1',
  '',
  '海绵城市',
  '建设管理',
  '',
  '区建设管理委负责指导推进嘉定区海绵城市建设工作，会同各行业主管部门协同制定海绵城市年度建设项目计划，落实责任分工，加强过程管理，定期组织检查评估，开展年度考核工作。各行业主管部门按照各自职责，负责海绵城市建设相关工作。',
  '',
  '区建设管理委、区发展改革委、区财政局、区规划资源局、',
  '区水务局、区交通委、',
  '区绿化市容局等相关部门，',
  '各街镇',
  '',
  '《嘉定区海绵城市规划建设管理工作指引（试行）》',
  '',
  '2',
  '',
  '海绵城市',
  '系统方案',
  '',
  '聚焦重点区域、重大项目、达标区域，以排水分区为单元，编制海绵城市系统方案，合理确定目标指标，明确建设项目。2026年底前，完成2030年达标区域系统方案编制，系统方案经专家评审后报市住房城乡建设管理委备案。',
  '',
  '区建设管理委',
  '',
  '《本市系统化全域推进海绵',
  '城市建设的实施意见》',
  '（沪府办发〔2024〕3号）',
  '',
  '3',
  '',
  '海绵城市',
  '达标评估',
  '',
  '根据上海市要求，结合系统方案编制计划与海绵城市建设情况，有序推进嘉定区达标评估工作。嘉定区到2025年底，50平方公里以上建设用地面积达到海绵城市建设目标要求；到2030年底，80平方公里以上建设用地面积达到海绵城市建设目标要求。',
  '',
  '区建设管理委、区水务局、',
  '区绿化市容局、区交通委，',
  '各街镇',
  '',
  '《本市系统化全域推进海绵',
  '城市建设的实施意见》',
  '（沪府办发〔2024〕3号）',
  ''
];

describe('a table whose cells wrap between blank lines', () => {
  const tasks = tasksOfLines(JIADING);

  it('reads each run of lines between blank lines as one cell: the rows, their wrapped unit cells whole', () => {
    const A = ['区建设管理委', '区水务局', '区绿化市容局', '区交通委', '各街镇'];
    expect(tasks.map((t) => [t.title.slice(0, 6), sortedDuties(t).responsible])).toEqual([
      ['加强激励宣传', [...A, '区住房保障房屋管理局'].sort()],
      ['区建设管理委', [...A.slice(0, 1), '区发展改革委', '区财政局', '区规划资源局', ...A.slice(1)].sort()],
      ['聚焦重点区域', ['区建设管理委']],
      ['根据上海市要', [...A].sort()],
    ]);
  });

  it('starts the annex at its 附件：title line, so its rows are not items of the plan’s last heading', () => {
    expect(tasks.map((t) => t.path)).toEqual(['三/(三)', '附件/1', '附件/2', '附件/3']);
  });
});
