// A table flattened one cell a line whose first column is a leader merged over its rows (牵头领导 / 重点工作 / 牵头单位 /
// 配合单位 / 备注): the person is printed once, each row opens with its numbered task cell, its units follow one a line.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

// http://www.yuhuan.gov.cn/art/2021/3/16/art_1229299687_3693127.html (玉环市 2021年市政府重点工作责任分工抓落实方案;
// test/fixtures/real/fresh11/yuhuan-zhongdian-2021): cells with blank lines between, the empty 备注 leaves no line.
const YUHUAN = [
  '2021年市政府重点工作责任分工抓落实方案', '', ' ', '',
  '牵头领导', '', '重点工作', '', '牵头单位', '', '配合单位', '', '备注', '',
  '周阳市长', '',
  '1.始终做到忠诚于党。学懂弄通做实习近平新时代中国特色社会主义思想,增强“四个意识”、坚定“四个自信”、坚决做到“两个维护”。', '',
  '市府办', '', '各单位', '',
  '2.始终坚持依法行政。坚持“开门做决策、人民做决定”,自觉接受人大依法监督、政协民主监督,支持监察监督、司法监督,加强审计监督。', '',
  '市府办', '', '市司法局', '', '市审计局', '', '各单位', '',
  '3.始终牢记为民宗旨。深入落实“三服务”2.0要求,开',
];

describe('rows under a leader column merged over them', () => {
  const tasks = tasksOfLines(YUHUAN);

  it('reads every numbered row as a task: the first unit line leads, the lines after it support; the person is no unit', () => {
    expect(tasks.map((t) => [t.title, t.lead, [...t.support].sort(), t.responsible])).toEqual([
      ['始终做到忠诚于党', ['市府办'], ['各单位'], []],
      ['始终坚持依法行政', ['市府办'], ['市审计局', '市司法局', '各单位'].sort(), []],
      ['始终牢记为民宗旨', [], [], []],
    ]);
  });
});
