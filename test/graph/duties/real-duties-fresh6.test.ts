// Duty conventions first met in the fresh6 set of real plans, one per test, on excerpts of the published text
// (source beside each); the expected units were written from the text (the set's labels) before the parser changed.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh6)', () => {
  // https://doc.chddh.cn/archives/x687rvl9wnkm0o4jd93q.html (内政发〔2023〕3号, the .docx text layer, wrapped at a fixed width)
  it('reads a labelled bracket wrapped onto the next line, a name broken across the wrap kept whole', () => {
    const tasks = tasksOfLines([
      '一、推进农牧业优质高效转型',
      '(一)增强粮食综合生产能力',
      '1.实施优质高效增粮示范行动,安排 110 亿元农业生产',
      '发展等资金,稳定粮食播种面积和产量。(责任单位:自治',
      '区农牧厅、财政厅)',
      '2.实施耕地保护与建设行动,对 395 万亩高标准农田建',
      '设项目给予支持。(责任单位:',
      '自治区农牧厅、发展改革委、财政厅)',
      '3.支持将符合条件的盐碱地等后备土地资源适度有序开',
      '发综合利用。(责任单位:自治区农牧厅)',
    ]);
    expect(tasks.map((t) => [t.path, t.responsible])).toEqual([
      ['一/(一)/1', ['自治区农牧厅', '财政厅']],
      ['一/(一)/2', ['发展改革委', '自治区农牧厅', '财政厅']],
      ['一/(一)/3', ['自治区农牧厅']],
    ]);
  });

  it('leaves a bracket broken by a line that starts the next item, or holds a sentence, unclosed', () => {
    const tasks = tasksOfLines([
      '一、推进农牧业优质高效转型',
      '1.实施增粮示范行动。(责任单位:自治区农牧厅、',
      '2.实施耕地保护行动。(责任单位:自治区财政厅)',
      '3.开展盐碱地利用。(责任单位:自治区科技厅、',
      '推动种植耐盐作物。)',
    ]);
    expect(tasks.find((t) => t.title.startsWith('实施耕地'))?.responsible).toEqual(['自治区财政厅']);
    expect(tasks.flatMap((t) => t.responsible)).not.toContain('推动种植耐盐作物');
  });

  // https://js.010b.com/policy/detail/33341.html (徐政发〔2020〕3号, a policy-portal copy)
  it('reads 牵头单位:X;责任单位:Y run on after the sentence as one annotation: X leads, Y supports', () => {
    const tasks = tasksOfLines([
      '附件',
      '2020年《政府工作报告》主要目标任务分解方案',
      '1.地区生产总值增长6%以上。牵头单位:市发改委;责任单位:各县(市)区政府',
      '2.一般公共预算收入增长2.5%。牵头单位:市财政局;责任单位:各县(市)区政府',
    ]);
    expect(tasks).toMatchObject([
      { title: '地区生产总值增长6%以上', lead: ['市发改委'], support: ['各县(市)区政府'], responsible: [] },
      { title: '一般公共预算收入增长2.5%', lead: ['市财政局'], support: ['各县(市)区政府'], responsible: [] },
    ]);
  });

  // https://newton.com.tw/wiki/關於落實國務院《政府工作報告》重點工作的任務分工/59916092 (津政規〔2021〕4號, 繁體 wiki copy cut mid-name)
  it('keeps the complete names of a bare bracket after the sentence that the excerpt cut, leaving the cut one out', () => {
    const tasks = tasksOfLines([
      '一、任務分工',
      '(二)今年發展主要預期目標',
      '2.堅定信心,攻堅克難,鞏固恢復性增長基礎。糧食產量達到228.5萬噸。(市發展改革委、市財政局、市人社局、人民',
    ]);
    expect(tasks[0]).toMatchObject({ lead: [], support: [], responsible: ['市人社局', '市發展改革委', '市財政局'] });
  });

  it('reads no duty from a cut bracket inside a sentence or holding a single name', () => {
    const tasks = tasksOfLines(['一、任務分工\n1.鞏固恢復性增長基礎。糧食產量達到228.5萬噸。(市發展改革委、人民']);
    expect(tasks.flatMap((t) => t.responsible)).toEqual([]);
  });

  // http://www.xjyc.gov.cn/ycx/c109164/202601/c1cf5e0ea9ac45499c7259291b88a985.shtml (叶城县 2026 project 公示)
  it('reads own-line 项目责任单位 as the units of the project, 项目责任领导 / 项目责任人 / 项目实施时间 as fields, not units', () => {
    const tasks = tasksOfLines([
      '(一)产业发展项目',
      '1.叶城县2026年洛克乡种植业基地配套建设(少数民族发展任务)项目(ycssmz202601):投资340万元,本次安排资金310万元。建设地点:洛克乡1村。由洛克乡组织实施,水利局负责监督指导服务。',
      '项目责任领导:努尔买买提·阿布来提(县人大常委会四级调研员)',
      '项目责任单位:洛克乡、水利局',
      '项目责任人:张海龙、王平',
      '项目实施时间:2026年3月-2026年10月',
      '2.叶城县2026年宗朗乡种植业基地配套建设(少数民族发展任务)项目(ycssmz202602):投资340万元。',
      '项目责任单位:宗朗乡、水利局',
    ]);
    expect(tasks.map((t) => [t.lead, t.support, t.responsible])).toEqual([
      [[], [], ['水利局', '洛克乡']],
      [[], [], ['宗朗乡', '水利局']],
    ]);
  });

  // http://www.e-gov.org.cn/article-186199.html (威海市人民政府办公室 notice, a news repost)
  it('keeps 有关部门、单位 one collective: the bare 单位 names no unit of its own', () => {
    const tasks = tasksOfLines([
      '一、提升政务服务水平',
      '(一)提升政务服务便利度',
      '1.深化政务服务“网上办”。全面深化“双全双百”提升工程。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委)',
    ]);
    expect(tasks[0]).toMatchObject({ lead: ['市行政审批服务局'], support: ['各区市政府', '市直有关部门、单位', '开发区管委'] });
  });

  // https://rela-cute.com/hgtqrmzf/jczcwj/202210/abe5ec340e664b719d97493318f19a93.shtml (南昌市红谷滩区 2022, a mirror)
  it('reads A、B等X领导小组成员单位 as the names listed and the group members, never one name', () => {
    const tasks = tasksOfLines([
      '一、重点领域信息公开',
      '1.数字经济发展领域。在区政府网站平台,开设数字经济“一号发展工程”专题。(责任单位:区政府办公室、区商务局等数字经济工作领导小组成员单位)',
      '2.优化营商环境领域。深入解读相关政策措施。(责任单位:区发改委等部门)',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['区商务局', '区政府办公室', '数字经济工作领导小组成员单位'], ['区发改委']]);
  });

  // http://sasagov.com/Content/2016/01-30/1229310152.html (a repost of 赣府厅字〔2009〕15号, 江西 责任分工)
  it('reads 。责任单位:X牵头,A、B配合。 run on after the item title: X leads, A and B support', () => {
    const tasks = tasksOfLines([
      '一、加大投资力度和优化投资结构,加快推进重大项目建设',
      '(一)进一步加大投资力度。责任单位:省发改委牵头,省交通厅、省水利厅、南昌铁路局配合。',
      '(二)全力推进鄱阳湖生态经济区建设。责任单位:省发改委牵头,环鄱阳湖生态经济区建设领导小组成员单位及省地震局配合。',
    ]);
    expect(tasks.map((t) => [t.title, t.lead])).toEqual([['进一步加大投资力度', ['省发改委']], ['全力推进鄱阳湖生态经济区建设', ['省发改委']]]);
    expect(tasks[0].support.map((s) => s.replace(/配合$/, ''))).toEqual(['南昌铁路局', '省交通厅', '省水利厅']);
  });
});

