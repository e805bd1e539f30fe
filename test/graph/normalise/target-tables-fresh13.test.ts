// Target tables of the fresh13 set (second tuning round): a 名称 column before the task, a spanning group row with no
// marker, a row named by a word that is also a header, and a 主要责任单位 column as the table's only duty column.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('target tables of the fresh13 set', () => {
  // http://fsou.com/html/text/lar/172826/17282645.html (苏府〔2011〕57号, 苏州市2011年政府工作任务分解表, one cell a line)
  const suzhou2011 = [
    '  苏州市2011年政府工作任务分解表', '', '序号', '', '名称', '', '工作任务', '', '主要责任单位', '',
    '经济社会发展主要预期目标分解(15项)', '',
    '1', '', '地区生产总值', '', '地区生产总值增长12%', '', '市发改委、统计局', '',
    '2', '', '财政收入', '', '地方财政一般预算收入增长12%以上', '', '市财政局、国税局、地税局', '',
    '3', '', '服务业', '', '服务业增加值占地区生产总值的比重提高1.5个百分点', '', '市发改委、统计局', '',
    '4', '', '新兴产业', '', '新兴产业产值占规模以上工业总产值的比重提高5个百分点', '', '市经信委、发改委、统计局', '',
    '5', '', '投资', '', '全社会固定资产投资增长18%', '', '市发改委、统计局',
  ];

  it('reads the rows under a group row printed with no marker; 主要责任单位 alone names responsible units, not leads', () => {
    expect(tasksOfLines(suzhou2011)).toMatchObject([
      { title: '地区生产总值增长12%', lead: [], support: [], responsible: ['市发改委', '统计局'] },
      { title: '地方财政一般预算收入增长12%以上', lead: [], support: [], responsible: ['国税局', '地税局', '市财政局'] },
      { title: '服务业增加值占地区生产总值的比重提高1.5个百分点', responsible: ['市发改委', '统计局'] },
      { title: '新兴产业产值占规模以上工业总产值的比重提高5个百分点', lead: [], responsible: ['发改委', '市经信委', '统计局'] },
      { title: '全社会固定资产投资增长18%', lead: [], support: [], responsible: ['市发改委', '统计局'] },
    ]);
  });

  // https://madallc.com/szsrmzf/sbj/201509/UTK5CYUAX3QF52FTS4ZURY5SYM0TI4G6.shtml (苏州市2015年政府工作任务上半年推进情况汇总表)
  it('reads past a row whose 名称 cell is a header word (投资), its progress cell kept out of the task', () => {
    const lines = [
      '序号', '', '名称', '', '工作任务', '', '上半年推进情况', '', '责任单位', '',
      '一、经济社会发展主要预期目标分解(15项)', '',
      '4', '', '新兴产业', '', '新兴产业产值占规模以上工业总产值的比重提高1个百分点左右', '',
      '新兴产业产值占规模以上工业总产值的比重达48.1%,同比提高1.1个百分点', '', '市经信委、科技局、发改委、统计局', '',
      '5', '', '投资', '', '全社会固定资产投资6000亿元左右', '', '全社会固定资产投资完成2915.4亿元,下降4.1%', '', '市发改委、统计局', '',
      '6', '', '消费', '', '社会消费品零售总额增长12%左右', '', '社会消费品零售总额2172.7亿元,增长8.6%', '', '市商务局、统计局',
    ];
    const tasks = tasksOfLines(lines);
    expect(tasks.map((t) => t.title)).toEqual(['新兴产业产值占规模以上工业总产值的比重提高1个百分点左右', '全社会固定资产投资6000亿元左右', '社会消费品零售总额增长12%左右']);
    expect(tasks[1]).toMatchObject({ lead: [], responsible: ['市发改委', '统计局'] });
  });

  // The rule is the column's, not the word's: beside a 责任单位 column 主要责任单位 still leads (广东 2014's 目标责任分解书).
  it('keeps 主要责任单位 as the lead beside a 责任单位 column', () => {
    const lines = ['序号', '主要目标', '主要责任单位', '责任单位', '1', '地区生产总值增长8%', '省发展改革委', '省统计局', '2', '城镇登记失业率控制在3.5%以内', '省人力资源社会保障厅', '省财政厅'];
    expect(tasksOfLines(lines)).toMatchObject([
      { title: '地区生产总值增长8%', lead: ['省发展改革委'], support: ['省统计局'] },
      { title: '城镇登记失业率控制在3.5%以内', lead: ['省人力资源社会保障厅'], support: ['省财政厅'] },
    ]);
  });

  // A lone header word stays a table's end when it names a column the table has: 吴江 2024's group cell 主要预期目标 is a
  // task header word, and reading on took the group for a row and lost the first item's title (real5's wujiang-mubiao-2024:
  // 区政府2024年重点工作目标任务分解落实方案, a `|` table one cell a line).
  it('does not read a group cell that is a header word of one of its own columns as a row', () => {
    const lines = ['序号', '|', '项目', '|', '重点工作目标任务', '|', '牵头领导', '|', '责任单位', '|', '一、2024年全区经济社会发展主要预期目标', '|', '||||', '1', '|', '主要预期目标', '|', '1.地区生产总值增长5%以上。', '|', '钱 宇', '|', '★区发改委、统计局', '|', '2.一般公共预算收入同口径增长6%以上。', '|', '★区财政局、税务局', '|', '|||', '3.规上工业总产值增长5%左右。', '|'];
    const tasks = tasksOfLines(lines);
    expect(tasks[0]).toMatchObject({ title: '地区生产总值增长5%以上', responsible: ['区发改委', '统计局'] });
    expect(tasks.map((t) => t.title)).not.toContain('（缺页：任务标题不详）');
  });
});
