// Project and corridor mentions: named works, parks, centres and programmes, never generic nouns.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../graph/entities/index.ts';
import { names } from './helpers.ts';

describe('projects', () => {
  it('reads named water works and drops the phase annotation', () => {
    expect(names('全面建西水资源配置工程、太平水厂(一期)等重大水利工程', 'Project')).toEqual(['西水资源配置工程', '太平水厂']);
  });

  it('ignores generic works', () => {
    expect(names('开工建设一批重大水利工程和重点工程，实施城区四期污水处理厂项目', 'Project')).toEqual([]);
  });

  it('reads a rail line with the mode it is named with, and a named high-speed railway', () => {
    expect(names('推动中线高铁、城轨快线璧铜线建成投运', 'Project')).toEqual(['中线高铁', '城轨快线璧铜线']);
    expect(names('推进地铁3号线、市域铁路成资线建设', 'Project')).toEqual(['3号线', '市域铁路成资线']);
  });

  it('keeps a voltage spec inside a named work', () => {
    expect(names('加快建设文曲220千伏变电站，完善110千伏变电站、35千伏变电站布局', 'Project')).toEqual(['文曲220千伏变电站']);
  });

  it('reads a work named by its spec', () => {
    expect(names('1000千伏特高压交流工程建成投运', 'Project')).toEqual(['1000千伏特高压交流工程']);
  });

  it('names an upgrade after the thing upgraded', () => {
    const text = '实施淮远河特色美食街提升工程';
    const [m] = extractEntities(text).filter((e) => e.label === 'Project');
    expect(m.name).toBe('淮远河特色美食街');
    expect(text.slice(m.start, m.end)).toBe('淮远河特色美食街提升工程');
  });

  it('reads parks and centres with a specific qualifier only', () => {
    expect(names('打造新型储能产业园，规划建设数字经济特色产业园，加快建设物流园区', 'Project'))
      .toEqual(['新型储能产业园', '数字经济特色产业园']);
    expect(names('筹建农业产业科技创新中心，建成蔬菜花卉西南研发中心；加快共建科技创新中心，加快中心城区更新', 'Project'))
      .toEqual(['农业产业科技创新中心', '蔬菜花卉西南研发中心']);
  });

  it('reads a trial zone named by places', () => {
    expect(names('加快建设川南渝西融合发展试验区；推进国家城乡融合发展试验区建设', 'Project')).toEqual(['川南渝西融合发展试验区']);
  });

  it('reads a quoted programme followed by 建设 or 示范区', () => {
    expect(names('有序推进“无废城市”建设，争创“四好农村路”示范区，唱好“双城记”', 'Project')).toEqual(['无废城市', '四好农村路']);
  });

  it('never reads a unit as a project', () => {
    expect(names('(责任单位:国家农业科技园区管委会、区疾病预防控制中心、高新区管委会)', 'Project')).toEqual([]);
  });

  it.each(['基础设施', '重大项目', '项目', '平台', '中心', '园区', '高新区'])('never reads the bare noun %s', (word) => {
    expect(names(`加快推进${word}建设，`)).toEqual([]);
  });
});

describe('reservoirs', () => {
  it('are also a project when their clause builds them', () => {
    const found = extractEntities('开工建设三叉口水库、同心桥水厂(一期)等工程').filter((m) => m.name === '三叉口水库');
    expect(found.map((m) => [m.label, m.kind])).toEqual([['Place', 'reservoir'], ['Project', 'water']]);
  });

  it('are only a place when nothing builds them', () => {
    const found = extractEntities('实施石梁水库、双寨水库中型灌区升级改造').filter((m) => m.name === '石梁水库');
    expect(found.map((m) => m.label)).toEqual(['Place']);
  });
});

describe('corridors', () => {
  it('trims the leading verb off a corridor', () => {
    expect(names('共建涪江观光农业走廊、巴蜀文化旅游走廊', 'Corridor')).toEqual(['涪江观光农业走廊', '巴蜀文化旅游走廊']);
  });

  it('reads short named corridors', () => {
    expect(names('积极融入氢走廊、电走廊、智行走廊建设，协同创建科创走廊', 'Corridor')).toEqual(['氢走廊', '电走廊', '智行走廊', '科创走廊']);
  });

  it('stops the corridor name at its head', () => {
    expect(names('围绕加快打造巴蜀文化旅游走廊节点', 'Corridor')).toEqual(['巴蜀文化旅游走廊']);
  });

  it('needs a place for 经济带, 廊道 and 通道', () => {
    expect(names('主动参与涪江经济带发展，协同推进涪江生态廊道建设，建设川渝特高压电力通道', 'Corridor'))
      .toEqual(['涪江经济带', '涪江生态廊道', '川渝特高压电力通道']);
    expect(names('推进跨境河流生态廊道建设，畅通制度性通道，建设绿色通道', 'Corridor')).toEqual([]);
  });
});

describe('classes of things', () => {
  it('are not projects when a count comes with them', () => {
    expect(names('建设现代农业产业园3个、农业科技示范基地10个，打造2个数字经济产业园', 'Project')).toEqual([]);
  });

  // test/fixtures/questions/real2-docs/lanzhou-zhongdian-2008.txt, real4-docs/guangzhou-keji-2012.txt,
  // real13-docs/zhejiang-turang-2017.txt and real17-docs/qibao-xiane-2020.txt: the verb before a name is no part of it.
  it('starts a name after a founding, listing, forbidding or enforcing verb', () => {
    expect(names('1、在兰州设立综合配套改革试验区事宜', 'Project')).toEqual(['综合配套改革试验区']);
    expect(names('支持大型企业设立研发中心，引导中小型企业联合设立行业研发中心和研发联盟', 'Project')).toEqual(['行业研发中心']);
    // A class of plants a ban names (工业集中式污水处理厂) is no one project.
    expect(names('严禁工业集中式污水处理厂和造纸、印染等行业的污泥', 'Project')).toEqual([]);
    expect(names('严格执行工程建设五方责任制的相关规定', 'Project')).toEqual([]);
    expect(names('认真履行建设工程合同所规定的责任和义务。', 'Project')).toEqual([]);
    expect(names('及时查处限额以下工程管理的违纪违法行为', 'Project')).not.toContain('查处限额以下工程');
  });
});

