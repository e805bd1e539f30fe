// Unit names as real plans print them (issue 9, round nine): quoted words, long task-force collectives, cells run together,
// a county bureau's sections. Excerpts of published texts (source beside each); expected units written from the text.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('unit names as printed', () => {
  // 广州 关于推进党建创新工程的实施意见 (2012), post 29 of a Guangdong SQL dump in a public repository (fresh8)
  it('keeps a name holding a quoted word (市“两新”组织党工委) as one unit', () => {
    const tasks = tasksOfLines([
      '二、重点任务',
      '18.开展“两新”组织“双强六好”党组织创建活动。结合“两新”组织实际,广泛开展“双强六好”党组织创建活动。（牵头单位：市“两新”组织党工委，配合单位：市非公有制经济组织党工委、市社会组织党工委）',
    ]);
    expect(tasks).toMatchObject([{ lead: ['市“两新”组织党工委'], support: ['市社会组织党工委', '市非公有制经济组织党工委'] }]);
  });

  it('keeps quoted words of body text out of the units', () => {
    const tasks = tasksOfLines(['二、重点任务', '1.开展活动。（责任单位：市委组织部、开展“三下乡”活动）']);
    expect(tasks[0].responsible).toEqual(['市委组织部']);
  });

  // 安徽 RCEP 行动方案 (皖开放办〔2022〕6号), a 北大法宝 export in a public repository (fresh8)
  it('keeps a task force’s member units whole past the 30-character cap', () => {
    const tasks = tasksOfLines([
      '七、保障措施',
      '　　22.加强组织领导。充分利用省推进“三地一区”建设领导小组改革开放新高地执行小组协调机制作用。（省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位按职责分工负责）',
    ]);
    expect(tasks).toMatchObject([{ responsible: ['省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位'] }]);
  });

  // https://public.dengfeng.gov.cn/D49Y/2044017.jhtml (登封 徐庄镇 2017 安全生产专项整治工作计划, a `|` table; fresh3)
  it('splits two names a table cell ran together (派出所工商质监所) where the first ends in 所', () => {
    const tasks = tasksOfLines([
      '一、专项整治安排表',
      '专项整治行业名称 | 时间安排 | 责任单位 |',
      '特种设备 | 7月份 | 工商质监所 安监站 |',
      '网吧、KTV | 8月份 | 文化站 派出所工商质监所 |',
    ]);
    expect(tasks[1].responsible).toEqual(['工商质监所', '文化站', '派出所']);
  });

  // https://lueyang.qinfeng.gov.cn/info/1013/2824.htm (略阳县 2019 文化旅游 task table, one cell per line; fresh4)
  it('reads a bureau’s sections (文化宣传股, 旅游股) under any duty column, and splits 文化宣传股文化馆', () => {
    const tasks = tasksOfLines([
      '序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室', '(单位)', '备注',
      '1', '公共文化服务', '“两馆一站”免费开放服务人次较上年增长15%。', '12月底前', '夏俊贵', '文化宣传股', '文化馆', '图书馆',
      '2', '全年组织开展文化下乡等惠民演出不少于100场。', '文化宣传股文化馆',
      '3', '非遗保护', '完成非遗展厅布展任务,办好《郙阁颂》学术交流活动。', '羌研会', '灵岩寺博物馆',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([
      ['图书馆', '文化宣传股', '文化馆'],
      ['文化宣传股', '文化馆'],
      ['灵岩寺博物馆', '羌研会'],
    ]);
  });

  it('keeps 股 of shares out of the units and a bureau and its brigade (市公安局交警支队) whole', () => {
    const tasks = tasksOfLines(['二、重点任务', '1.规范企业上市。（责任单位：市金融局、国有控股、市公安局交警支队）']);
    expect(tasks[0].responsible).toEqual(['市公安局交警支队', '市金融局']);
  });
});
