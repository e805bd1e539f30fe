// Whole entity names (issue 9 part 7): works named by what they do, facilities, programmes with their own last
// word, target indicators without the item's number. Sentences from real plans (Zhenjiang 2008 水污染防治分工,
// Wuhan Huangpi 2019 污水处理厂建管一体, the seed, Chengdu 2022 目标任务分解); expectations from their text.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../graph/entities/index.ts';
import { names } from './helpers.ts';

describe('whole names', () => {
  it('keeps works named by what they do whole, and what they are named after as a mention of its own', () => {
    expect(names('完成征润洲污水处理厂提标改造,2008年处理能力达到14.5万吨/日', 'Project')).toEqual(['征润洲污水处理厂提标改造', '征润洲污水处理厂']);
    expect(names('推进琼江流域综合整治和三叉口水库除险加固', 'Project')).toEqual(['琼江流域综合整治', '三叉口水库除险加固']);
    expect(names('推进琼江流域综合整治和三叉口水库除险加固', 'Place')).toEqual(['琼江', '三叉口水库']);
  });

  it('does not take a class of works for a named one', () => {
    expect(names('开展河流综合整治,推动老旧厂房整体迁建', 'Project')).toEqual([]);
  });

  it('reads facilities, a number inside a plant’s name included', () => {
    expect(names('新建石鱼镇中心敬老院,改造双凤中心卫生院', 'Project')).toEqual(['石鱼镇中心敬老院', '双凤中心卫生院']);
    expect(names('建设第二污水处理厂,完成武湖污水处理厂建设', 'Project')).toEqual(['第二污水处理厂', '武湖污水处理厂']);
  });

  it('keeps a quoted programme’s own last word, never the verb phrase alone', () => {
    expect(names('实施民营企业“龙头引领”行动,培育一批具有竞争力的一流民营企业', 'Project')).toEqual(['龙头引领行动']);
    expect(names('积极开展“无废城市”建设', 'Project')).toEqual(['无废城市']);
  });

  it('reads target indicators without the item’s number', () => {
    const indicators = (t: string) => extractTargets(t).map((x) => x.indicator);
    expect(indicators('1.地区生产总值增长7%左右。')).toEqual(['地区生产总值增长']);
    expect(indicators('3.研发投入强度达到2.3%。')).toEqual(['研发投入强度']);
    expect(indicators('(2)城镇新增就业1.5万人')).toEqual(['城镇新增就业']);
    expect(indicators('①常住人口城镇化率79.5%')).toEqual(['常住人口城镇化率']);
  });

  it('cuts no name out of a preposition or verb phrase', () => {
    expect(names('以云溪为重点,打造生态廊道', 'Place')).toEqual([]);
    expect(names('以云溪河为轴建设滨河公园', 'Place')).toEqual(['云溪河', '滨河公园']);
    expect(names('坚持龙头引领,聚力强链补链延链', 'Project')).toEqual([]);
  });
});
