// Places that write their own level before another place's 人民政府 in one list: each a government as written.
import { describe, expect, it } from 'vitest';
import { placesBeforeGovernment } from '../../../graph/units/surface.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

// http://wlj.xianning.gov.cn/ztzl/sswgh/202404/t20240418_3550880.shtml (咸宁 2024 目标任务分解, a repost on the site of
// 咸宁市文化和旅游局; test/fixtures/real/fresh14/xianning-fenjie-2024)
const XIANNING = [
  '二、2024年七个方面重点工作',
  '(一)强信心、稳预期,奋力推动经济稳健增长。',
  '着力扩大有效投资。',
  '1.持续开展“项目攻坚年”活动,确保咸九高速建成投用,确保长江综合门户港、国际陆港开工。(牵头单位:市交通运输局;责任单位:市长江综合门户港及公铁水联运项目建设领导小组成员单位,咸安区、嘉鱼县、通山县人民政府,咸宁高新区管委会)',
];

describe('places before a place government', () => {
  it('reads 咸安区、嘉鱼县、通山县人民政府 as three governments, each named as written', () => {
    const [task] = tasksOfLines(XIANNING);
    expect(task.lead).toEqual(['市交通运输局']);
    expect(task.support).toEqual(['咸安区', '咸宁高新区管委会', '嘉鱼县', '市长江综合门户港及公铁水联运项目建设领导小组成员单位', '通山县人民政府'].sort());
  });

  it('takes only places with their own level, right before the government', () => {
    expect([...placesBeforeGovernment(['咸安区', '嘉鱼县', '通山县人民政府'])]).toEqual([1, 0]);
    // A park, a zone, a town area or a collective is no place; nor is a place after the government.
    expect([...placesBeforeGovernment(['工业园区', '高新区', '城区', '通山县人民政府', '咸安区'])]).toEqual([]);
    expect([...placesBeforeGovernment(['咸安区', '市发改委'])]).toEqual([]);
  });
});

// http://www.fsou.net (法搜网's page 4 of 萍乡市 2008年为民办实事项目1-3月份进展情况的通报; fresh19/pingxiang-shishi-2008)
describe('a county or district named bare', () => {
  it('reads 上栗县 and 安源区 in a 责任单位 list as their governments, as written', () => {
    const [task] = tasksOfLines(['60.迎宾路改造按60米宽城市道路标准改造高速下线迎宾路及工业大道。', '责任单位:新城区管委会、上栗县、安源区、开发区']);
    expect(task.responsible).toEqual(['上栗县', '安源区', '开发区', '新城区管委会']);
  });

  it('leaves words for a kind of county or area unread: 贫困县, 风景区, 片区, 老城区', () => {
    const [task] = tasksOfLines(['1.推进扶贫工作。', '责任单位:市扶贫办、贫困县、风景区、东片区、老城区']);
    expect(task.responsible).toEqual(['市扶贫办']);
  });
});
