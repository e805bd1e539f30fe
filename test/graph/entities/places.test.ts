// Place mentions: suffix patterns, the gazetteer, name boundaries and stop-lists.
import { describe, expect, it } from 'vitest';
import { kindOf, names } from './helpers.ts';

describe('places by suffix', () => {
  it('reads one-character river names after a verb', () => {
    expect(names('与潼南、遂宁等地共同推进涪江、琼江等流域水污染防治。', 'Place')).toEqual(['潼南', '遂宁', '涪江', '琼江']);
  });

  it('does not let a leading verb into the name', () => {
    expect(names('确保涪江、琼江、小安溪等主要河流水质保持或优于III类。', 'Place')).toEqual(['涪江', '琼江', '小安溪']);
  });

  it('gives each place its kind', () => {
    const text = '实施毓青山、巴岳山等山脉生态系统保护修复，推动巴岳山玄天湖创建4A级旅游景区。';
    expect(kindOf(text, '毓青山')).toBe('mountain');
    expect(kindOf(text, '玄天湖')).toBe('lake');
    expect(kindOf('确保涪江水质达标', '涪江')).toBe('river');
  });

  it('splits a town from the village that follows it', () => {
    expect(names('重点打造少云镇少云村、围龙镇龙湖村、侣俸镇文曲村等“巴岳农庄”。', 'Place'))
      .toEqual(['少云镇', '少云村', '围龙镇', '龙湖村', '侣俸镇', '文曲村']);
  });

  it('reads 街道 as a town', () => {
    expect(kindOf('加快建设维新镇敬老院、旧县街道农村失能特困人员集中照护中心', '旧县街道')).toBe('town');
  });

  it('reads 龙湖 as a lake only when it stands alone', () => {
    expect(kindOf('打造龙湖湿地生态景观', '龙湖')).toBe('lake');
    expect(names('围龙镇龙湖村', 'Place')).toEqual(['围龙镇', '龙湖村']);
  });

  it('reads a reservoir as a place of kind reservoir', () => {
    expect(kindOf('实施石梁水库、双寨水库中型灌区升级改造', '石梁水库')).toBe('reservoir');
  });

  it('reads 古城 and 景区 as scenic places', () => {
    expect(kindOf('推动安居古城创建5A级旅游景区', '安居古城')).toBe('scenic');
    expect(kindOf('建设大足石刻景区', '大足石刻景区')).toBe('scenic');
  });

  it('keeps a river named before 流域', () => {
    expect(names('加快推进小安溪流域系统整治', 'Place')).toEqual(['小安溪']);
  });

  it('reads places in half-width punctuation', () => {
    expect(names('与潼南,遂宁等地共同推进涪江,琼江等流域水污染防治(牵头单位:区生态环境局)', 'Place'))
      .toEqual(['潼南', '遂宁', '涪江', '琼江']);
  });

  it('reads a county by its suffix', () => {
    expect(names('支持岳池县、武胜县建设现代农业园区', 'Place')).toEqual(['岳池县', '武胜县']);
  });
});

describe('places from the gazetteer', () => {
  it('names cities and districts canonically, keeping the suffix in the span', () => {
    const text = '与遂宁市、潼南区共同推进';
    expect(names(text, 'Place')).toEqual(['遂宁', '潼南']);
    expect(kindOf(text, '遂宁')).toBe('city');
    expect(kindOf(text, '潼南')).toBe('district');
  });

  it('reads regions', () => {
    expect(names('面向主城都市区，加快同城化步伐；筑牢长江上游重要生态安全屏障，推动渝西能源枢纽建设', 'Place'))
      .toEqual(['主城都市区', '长江上游', '渝西']);
  });

  it('needs the suffix for names that are ordinary words too', () => {
    expect(names('健康长寿', 'Place')).toEqual([]);
    expect(names('支持长寿区发展', 'Place')).toEqual(['长寿']);
  });

  it('reads 双城经济圈 as a region, never 地区', () => {
    expect(names('推动地区双城经济圈建设', 'Place')).toEqual(['双城经济圈']);
    expect(names('推动成渝地区双城经济圈建设', 'Place')).toEqual(['成渝地区双城经济圈']);
  });
});

describe('place stop-lists', () => {
  it.each([
    ['统筹山水林田湖草系统治理'],
    ['建成“绿水青山就是金山银山”实践创新基地'],
    ['科学规划实施“两岸青山·千里林带”'],
    ['开展重点河流湖库生态修复工程'],
    ['深化落实林长制、河长制'],
    ['推进新型城镇化，建设特色小镇和美丽乡村'],
    ['实施矿山生态修复'],
    ['加快推进中小河流治理、病险水库除险加固'],
    ['推动区镇(街道)村(社区)贯通'],
    ['全区每半年召开一次工作例会，结合我区实际，城区、园区、景区、社区同步推进'],
    ['畅通城市人才、资本、技术入乡的制度性通道'],
    ['推进沿江生态保护，开展入河排污口排查整治'],
    ['选派驻村第一书记，推动各镇街、各区县（自治县）协同'],
  ])('finds no place in %s', (text) => {
    expect(names(text, 'Place')).toEqual([]);
  });

  it.each([
    ['各村于每月10日前报送镇规划办，并协助镇政府做好镇辖区巡查'],
    ['李明县长、张华镇长、王强村长听取汇报'],
    ['指导街道、督促各街道落实属地街镇责任，全县、我县同步推进'],
    ['选派大学生村官，关心离任村干部'],
    ['问题及时上报镇安办，已经镇审批的项目不再反馈镇规划办'],
  ])('reads no place from a verb, a title or a generic scope before the suffix: %s', (text) => {
    expect(names(text, 'Place')).toEqual([]);
  });

  it('starts a name after a date or a count, not on its unit', () => {
    expect(names('2022年平阳县完成改造，3个街镇试点', 'Place')).toEqual(['平阳县']);
  });

  it('reads no place inside a company name', () => {
    expect(names('(责任单位:玄天湖旅投公司等)', 'Place')).toEqual([]);
  });

  // test/fixtures/real/fresh10/zhoushan-zhongdian-2023.txt: 舟山's division groups its tasks by the leader who heads them.
  it('reads no river from a person\'s name before a leader\'s title', () => {
    expect(names('二、毛江平常务副市长牵头重点工作', 'Place')).toEqual([]);
    expect(names('李江书记、王海山同志听取汇报', 'Place')).toEqual([]);
    // A river after a title is still a river.
    expect(names('市长调研涪江、琼江流域治理', 'Place')).toEqual(['涪江', '琼江']);
  });

  // test/fixtures/real/fresh14/xianning-fenjie-2024.txt, test/fixtures/real/dev/s7a-lianjiang-weimin-2021.txt and
  // test/fixtures/questions/real14-docs/wuhu-zhongdian-2019.txt: a level word or the Party before a place opens a unit's name.
  it('never lets a level word or the Party\'s committee open a river\'s name', () => {
    expect(names('责任单位:市长江综合门户港及公铁水联运项目建设领导小组成员单位', 'Place')).toEqual(['长江']);
    const lianjiang = names('中共连江县委连江县人民政府关于开展2021年为民办实事工作的通知', 'Place');
    expect(lianjiang).toContain('连江县');
    expect(lianjiang.filter((n) => n.startsWith('中共') || n.startsWith('县委'))).toEqual([]);
    expect(names('各县、区人民政府,省江北产业集中区、经济技术开发区', 'Place')).not.toContain('省江');
  });

  // test/fixtures/questions/real4-docs/guangzhou-keji-2012.txt and test/fixtures/questions/real3-docs/fenghua-minsheng-2024.txt
  it('reads no town from 专业镇 and no village from a verb before 村', () => {
    expect(names('推动大学科技园、民营科技园、专业镇发展壮大。', 'Place')).toEqual([]);
    expect(names('新增或改扩建村卫生室(社区卫生服务站)10家', 'Place')).toEqual([]);
  });
});

