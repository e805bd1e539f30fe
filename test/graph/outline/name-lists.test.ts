// A line that numbers a roll of names (a county ranking in a report) is a list inside the text, not items.
// Expected tasks written from the text.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('numbered names run on in one line', () => {
  // 六安市1至8月份民生工程实施进度通报 (2021, 六安市民生办; see fresh7's luan-minsheng-2021 label)
  const luan = [
    '六安市1至8月份民生工程实施进度通报',
    '一、各县区民生工程实施进度综合排名',
    '1、金寨县;2、金安区;3、裕安区;4、霍山县;5、霍邱县;6、舒城县;7、叶集区。',
    '二、部分项目进展情况',
    '1、学前教育促进,牵头单位:市教体局。其中,8月份督查暗访发现问题整改不到位的为舒城县。',
    '2、中小学及中职学校教师培训,牵头单位:市教体局。其中,中小学教师培训进度较慢的为叶集区。',
  ].join('\n');

  it('reads a ranking 1、金寨县;2、金安区;… as text, not seven tasks', () => {
    const rows = writtenTasks(batchOf(luan));
    expect(rows.map((r) => r.title)).toEqual(['学前教育促进', '中小学及中职学校教师培训']);
    expect(rows.map((r) => r.lead)).toEqual([['市教体局'], ['市教体局']]);
  });

  it('keeps short numbered items that each hold a figure or stand on their own line', () => {
    const rows = writtenTasks(batchOf([
      '一、主要目标',
      '1.地区生产总值增长6%;2.财政收入增长5%;3.城镇新增就业1万人。(牵头单位:县发改局)',
      '二、重点工作',
      '1.建设学校。(牵头单位:县教育局)',
      '2.新建医院。(牵头单位:县卫健局)',
      '3.修建道路。(牵头单位:县交通局)',
    ].join('\n')));
    expect(rows.filter((r) => r.path.startsWith('二/')).map((r) => r.lead)).toEqual([['县教育局'], ['县卫健局'], ['县交通局']]);
    expect(rows.filter((r) => r.path.startsWith('一/')).length).toBeGreaterThan(0);
  });
});
