// Duty and name conventions met while scoring every real set in round six, one per test, on excerpts of the
// published text (source beside each); the expected units are what the text writes, read before the parser changed.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('conventions of real plans (round six)', () => {
  // Public repository copy: SQL dump of a Guangdong science-association site, post 46 (广州 2012 科技创新工程).
  it('keeps district governments named by their place apart: 越秀区政府、白云区政府 are two units', () => {
    const b = batchOf([
      '10.培育创新型产业集群。推动高新技术产业集聚发展。（牵头单位：市发展改革委，配合单位：市科技和信息化局、广州开发区管委会、越秀区政府、白云区政府、番禺区政府）',
    ].join('\n'));
    const [task] = writtenTasks(b);
    expect(task.support).toEqual(['广州开发区管委会', '市科技和信息化局', '番禺区政府', '白云区政府', '越秀区政府'].sort());
  });

  // The same dump, post 46: before 2018 the state and local tax bureaus were two bodies.
  it('keeps 市国税局 and 市地税局 as two units, neither an old name of the other', () => {
    const b = batchOf('4.提升企业技术创新能力。落实研发费用加计扣除政策。（牵头单位：市科技和信息化局，配合单位：市财政局、市国税局、市地税局、市国资委）');
    const [task] = writtenTasks(b);
    expect(task.support).toEqual(['市国税局', '市国资委', '市地税局', '市财政局'].sort());
  });

  // The same dump, post 44 (广州 2012 民主法治建设): 政协 is another body's word, no OCR damage of 政府.
  it('never bends 市政协办公厅 into the 市政府办公厅 written beside it, and reads 市政府研究室 as an office', () => {
    const b = batchOf([
      '5.健全政府重大行政决策工作机制。（牵头单位：市政府办公厅，配合单位：市政府研究室、市法制办）',
      '6.完善政治协商纳入决策机制。（牵头单位：市委办公厅，配合单位：市政府办公厅、市政协办公厅）',
    ].join('\n'));
    const [first, second] = writtenTasks(b);
    expect(first.support).toEqual(['市政府研究室', '市法制办'].sort());
    expect(second.support).toEqual(['市政协办公厅', '市政府办公厅'].sort());
  });

  // http://kancf.com/?html/510/88606.html (海东市 兰西城市群 2020): cities and a prefecture as actors.
  it('reads a city or prefecture named as an actor (海东市, 临夏州发展改革部门) as a unit, as written', () => {
    const b = batchOf(['1.重大规划的有效衔接', '做好“十四五”规划衔接。', '责任单位:海东市、兰州市、临夏州发展改革部门'].join('\n'));
    const [task] = writtenTasks(b);
    expect(task.responsible).toEqual(['临夏州发展改革部门', '兰州市', '海东市'].sort());
  });

  // http://www.line3.com.cn/finance/2019/0408/2972.html (宁夏 银川都市圈 2019): a city the gazetteer does not list.
  it('reads 石嘴山市 beside 银川市 as a city of its own, and 吴忠市人民政府 whole', () => {
    const b = batchOf('(一)道路畅通工程。建成典农河至沙湖旅游公路。(自治区交通运输厅牵头,自治区发展改革委、银川市、石嘴山市、吴忠市人民政府配合)');
    const [task] = writtenTasks(b);
    expect(task.support).toEqual(['吴忠市人民政府', '石嘴山市', '自治区发展改革委', '银川市'].sort());
  });

  it('still reads no city in words that only end like one (全市, 县级市, 中心城市)', () => {
    const b = batchOf('1.推进城市更新。改造老旧小区。(责任单位:全市、县级市、中心城市)');
    expect(writtenTasks(b).flatMap((t) => t.responsible)).toEqual([]);
  });
});
