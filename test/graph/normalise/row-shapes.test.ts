// Row shapes of real task tables (a flagged serial, a labelled duty line under a row, a header with a note), one per
// test, on excerpts of the published text (source beside each); expected rows written from the text first.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

const sorted = (names: string[]) => [...names].sort();

describe('rows of real task tables', () => {
  // https://ddjlg.com/zhi/gongzuo/xjqwdn.html (杭州市 2021, the 省政府工作报告's 涉杭 tasks; a copy, blank lines between cells)
  it('reads a header with a bracketed note, a 副市长 group row, and a row closed by its own 省牵头单位: line', () => {
    const rows = writtenTasks(batchOf([
      '一、省政府工作报告“十四五”时期重点工作涉杭任务责任分解', '序号', '重点工作任务(杭州市2项配合工作)', '责任单位',
      '(一)王宏副市长牵头重点工作', '1', '加强粮食和重要农产品保障,严格保护永久基本农田和810万亩粮食生产功能区。',
      '市农业农村局、市规划和自然资源局、市商务局(市粮食和物资储备局)', '省牵头单位:省农业农村厅',
      '(二)胡伟副市长牵头重点工作', '2', '深入实施消费新政,提升传统消费,培育新型消费。', '市商务局、市发改委', '省牵头单位:省商务厅',
    ].join('\n\n')));
    expect(rows.map((r) => [r.title.slice(0, 6), r.lead, sorted(r.support)])).toEqual([
      ['加强粮食和重', ['省农业农村厅'], sorted(['市农业农村局', '市规划和自然资源局', '市商务局(市粮食和物资储备局)'])],
      ['深入实施消费', ['省商务厅'], sorted(['市商务局', '市发改委'])],
    ]);
  });

  // the same page, its second table: a task the city leads is flagged by a star after its serial (1*)
  it('reads a serial flagged with a star (1*) as the row number', () => {
    const rows = writtenTasks(batchOf([
      '序号', '重点工作任务(杭州市2项牵头工作、19项配合工作)', '责任单位', '(一)戴建平常务副市长牵头重点工作',
      '1*', '大力推进杭州城西科创大走廊建设。', '市科技局、市发改委、市经信局',
    ].join('\n\n')));
    expect(rows.map((r) => [r.path, r.title, sorted(r.responsible)])).toEqual([
      ['(一)/1', '大力推进杭州城西科创大走廊建设', sorted(['市科技局', '市发改委', '市经信局'])],
    ]);
  });
});

describe('task tables grouped under serials in Chinese numerals', () => {
  // http://www.pc28forum.com/xjqrmzf/msss/202412/80436a1e5df84a3ea912087b118f9118.shtml (a mirror of the 新建区 2024
  // 民生实事 progress table; one cell per line, each ending in " |")
  const XINJIAN = [
    '序号 |', '牵头单位 |', '区民生实事项目数量 |', '项目名称 |', '业主单位 |', '本月进展情况 |',
    '一 |', '区住建局 |', '区政府民生实事项目(1个) |', '(一)“打通断头路 畅通微循环”攻坚专项行动(6条路) |',
    '1.文化中心北路 |', '区城投 |', '已完工 |', '|', '2.乐业路 |', '区城管局 |', '已完工 |', '|||||',
    '二 |', '区城管局 |', '区政府民生实事项目(3个) |', '(一)城区居民户内燃气安全装置、非居瓶改管、气改电项目 |', '区城管局 |', '已完工 |', '||',
    '(二)井盖整治项目 |', '区城管局 |', '已完工 |', '|||||',
    '三 |', '区教体局 |', '区政府民生实事项目(2个) |', '(一)中小学幼儿园网点建设补短板项目 |',
    '1.省庄花园小区 配套幼儿园 |', '区城投公司 |', '已完工 |',
  ];

  it('reads the group row\'s 牵头单位 as the lead of every project numbered inside its task cells', () => {
    const rows = writtenTasks(batchOf(XINJIAN.join('\n')));
    expect(rows.map((r) => [r.path, r.title, r.lead])).toEqual([
      ['一/(一)/1', '文化中心北路', ['区住建局']],
      ['一/(一)/2', '乐业路', ['区住建局']],
      ['二/(一)', '城区居民户内燃气安全装置、非居瓶改管、气改电项目', ['区城管局']],
      ['二/(二)', '井盖整治项目', ['区城管局']],
      ['三/(一)/1', '省庄花园小区配套幼儿园', ['区教体局']],
    ]);
    // The 业主单位 cell supports the lead, unless it is the lead itself (区城投 of row 1 is a name the registry does not
    // read yet: a unit-name miss, not the table's).
    expect(rows.slice(1).map((r) => r.support)).toEqual([['区城管局'], [], [], ['区城投公司']]);
  });
});

describe('rows of a table with no 序号 whose task cells carry their numbers', () => {
  // http://www.shenhe.gov.cn/dzgk/zwgk/fdzdgknr/zfwj/shzfwj/202403/t20240315_4617439.html (沈河区 2024 主要工作任务分解表)
  it('reads a 责任单位 cell broken over two lines as one cell, the next row in its columns', () => {
    const rows = writtenTasks(batchOf([
      '主要工作任务', '牵头单位', '责任单位', '一、优结构、谋发展,在加快构建现代化产业体系上冲在前、当先锋、作示范',
      '2.大力发展新兴数字、网络安全、工业互联网、前沿新材料等战略性新兴产业。', '发改局', '区工信局', '各街道办事处',
      '3.积极培育元宇宙、生成式人工智能、人形机器人等未来产业。', '发改局', '区工信局、各街道办事处',
    ].join('\n\n')));
    expect(rows.map((r) => [r.path, r.lead, sorted(r.support)])).toEqual([
      ['一/2', ['发改局'], sorted(['区工信局', '各街道办事处'])],
      ['一/3', ['发改局'], sorted(['区工信局', '各街道办事处'])],
    ]);
  });
});
