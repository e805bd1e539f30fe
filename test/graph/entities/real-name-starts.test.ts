// Places, projects and industries that are really names: real sentences (set/document named) where a word glued to a
// name's start, a count or an article number, or a road's name made a node of no place (entity37's precision sample).
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../graph/entities/index.ts';
import { names } from './helpers.ts';

describe('a verb or function word before a name is not part of it', () => {
  it('reads 金山铁路 after 释放 and no railway 随着铁路 (fresh23 shanghai-jiaotong-jingxihua-2024)', () => {
    const text = '（18）随着铁路莘庄站、松江站启用、上海南站提档升级等工作的推进，逐步释放金山铁路运能。';
    expect(names(text, 'Project')).toEqual(['金山铁路']);
    expect(names(text, 'Place')).not.toContain('释放金山');
  });

  it('finds no village in 属于村内 (fresh30 chongming-rushi-shidian-2023)', () => {
    expect(names('分别属于村内两个及以上农民集体所有的，由村内各该集体经济组织代表集体行使所有权；', 'Place')).toEqual([]);
  });

  it('finds no town in 会同镇规划土地行政管理部门 (fresh30 zhelin-wenwu-2023)', () => {
    const text = '以及文物保护工作的实际需要，会同镇规划土地行政管理部门组织编制文物保护专项规划';
    expect(names(text, 'Place')).toEqual([]);
  });

  it('reads the known province after 首批 and the lake after 环 (fresh3 xiangshan-sizhoutou-2024, fresh2 jiangxi-poyu-2017)', () => {
    expect(names('成功创建首批浙江省美丽城镇。', 'Place')).toEqual(['浙江']);
    const text = '支持鄱阳、余干设置高铁站,加快构建环鄱阳湖快速铁路网。';
    expect(extractPlaces(text).map((p) => p.name)).toEqual(['鄱阳湖']);
    expect(names(text, 'Project')).toEqual(['环鄱阳湖快速铁路']);
  });

  it('keeps a one-character qualifier that names another river (fresh18 xuzhou-senlin-2010)', () => {
    expect(names('吕梁山、拖龙山和微山湖、骆马湖、故黄河 (大沙河)、大运河等风景区风光带的建设', 'Place'))
      .toEqual(['吕梁山', '拖龙山', '微山湖', '骆马湖', '故黄河', '大沙河', '大运河']);
  });

  it('reads no park out of what is done to parks (fresh21 shanghai-gongyuan-2026)', () => {
    expect(names('提高公园及周边地区的雨水应急调蓄能力，因地制宜提升公园周边地区防汛安全。', 'Place')).toEqual([]);
    expect(names('科学确定公园类别，针对不同类型、等级公园建立差异化管理模式', 'Place')).toEqual([]);
  });

  it('reads the park a verb opens (fresh26 shanghai-liangzi-chengshi-2026)', () => {
    expect(names('打开复兴岛公园，强化共青路林荫道氛围，推动架空线入地。', 'Place')).toEqual(['复兴岛公园']);
  });

  it('keeps a centre named for a solution (fresh26 shanghai-liangzi-chengshi-2026)', () => {
    expect(names('建设市民生活空间需求中心、空间解决方案供给中心、量子城市资源共享中心', 'Project')).toContain('空间解决方案供给中心');
  });

  it('reads no works out of 进行建设工程 (fresh30 zhelin-wenwu-2023)', () => {
    expect(names('在文物保护单位的建设控制地带内进行建设工程，不得破坏文物保护单位的历史风貌。', 'Project')).toEqual([]);
  });

  it('reads no industry out of 违反产业导向 or a place\'s 产业实际 (fresh24 jiading-weifayongdi-2014, fresh25 shanghai-lingtan-yuanqu-2026)', () => {
    expect(names('综合治理违反产业导向、供地政策的违法用地项目', 'Industry')).toEqual([]);
    expect(names('构建与国际规则衔接互认、符合上海产业实际的标准体系。', 'Industry')).toEqual([]);
  });

  it('reads no industry out of an industrial belt (fresh27 putuo-shuiwu-shiwuwu-2026)', () => {
    expect(names('主动服务沿沪宁产业创新带建设，深化“一带一心一城”发展', 'Industry')).toEqual([]);
  });
});

describe('a works named by its kind alone is a class', () => {
  it('reads no project in 工业园区 or 项目主体工程 (fresh25 shanghai-lingtan-yuanqu-2026, fresh28 lingang-haimian-2019)', () => {
    expect(names('和其他由市、区政府或主管部门认可的工业园区、研发商办园区、物流园区', 'Project')).toEqual([]);
    expect(names('建设项目主体工程验收时应同步对海绵设施进行验收', 'Project')).toEqual([]);
  });

  it('reads the belt after 成为 (fresh16 panjin-yanhai-2018)', () => {
    expect(names('将盘锦打造成为辽宁沿海经济带重要经济增长极。', 'Corridor')).toEqual(['辽宁沿海经济带']);
  });
});

describe('a count or an article number opens no name', () => {
  it('reads no town or village after 第七条 or 第六条 (fresh30 zhelin-wenwu-2023, chongming-xiaofang-zerenzhi-2020)', () => {
    // As the pipeline reads the lines: the article's number run into its first sentence.
    expect(names('第七条镇文物行政管理部门应当根据本镇国民经济和社会发展规划', 'Place')).toEqual([]);
    expect(names('第六条村（居）民委员会应当协助政府及其派出机关做好消防安全工作。', 'Place')).toEqual([]);
  });

  it('reads the named park, not 9座城市公园 (fresh21 jiading-haimian-2024)', () => {
    expect(names('嘉定区“十四五”期间计划新增西门文化公园等9座城市公园，新建绿道50公里，立体绿化建设项目85000平方米。', 'Place'))
      .toEqual(['西门文化公园']);
  });

  it('reads no township in 25—30公里乡道 (fresh23 chongming-nongcungonglu-2021)', () => {
    expect(names('每25—30公里乡道、村道配备不少于一名农村公路专管员，做到乡道、村道管理养护全覆盖；', 'Place')).toEqual([]);
  });

  it('reads 江西 in “六个江西” (fresh6 honggutan-zhengwu-2022)', () => {
    expect(names('2022年是党的二十大召开之年,是全面建设“六个江西”的开局之年', 'Place')).toEqual(['江西']);
  });

  it('reads the counties after their ranks (fresh13 luan-minsheng-2017)', () => {
    expect(names('第一名金寨县;第二名霍邱县;第三名金安区、裕安区;', 'Place')).toEqual(['金寨县', '霍邱县']);
  });

  it('keeps a slogan whose count runs into a number (fresh7 shaanxi-wenlv-2023)', () => {
    expect(names('对获得“五个一工程”“文华奖”“群星奖”', 'Project')).toEqual(['五个一工程']);
  });
});

describe('a road named after a place is a road', () => {
  it('reads no 山西 in 中山西路 (fresh22 songjiang-gengxin-2025)', () => {
    expect(names('16.启动长桥南街王槐亭宅、中山西路沈氏宅、泗泾镇张逸盛宅等修缮工程。', 'Place')).toEqual(['泗泾镇']);
  });

  it('reads no 河北 in 滨河北路 (fresh19 pingxiang-shishi-2008)', () => {
    expect(names('58滨河北路临河房屋', 'Place')).toEqual([]);
  });
});
