// Task lists flattened one cell a line whose merged cells are printed on the first row of their span only: a unit cell
// (静安 2023: 任务类型 / 序号 / 工作任务 / 推进单位) and a task-name cell (宝山 2019: 序号 / 任务名称 / 任务内容 / 牵头部门 /
// 配合部门 / 时间节点). Expected rows written from the text before the readers were changed.
import { describe, expect, it } from 'vitest';
import { sortedDuties, tasksOfLines } from '../../support/ingest-text.ts';

/** The lines as the copy prints them: one cell a line, a blank line after each. */
const cells = (...lines: string[]) => lines.flatMap((l) => [l, '']);

// zhiyao87/Shanghai-Gov-Docs-Index docs/城市更新与历史保护/…静安区“卓越城区”城市更新行动方案（2023-202.md, the annex
// (test/fixtures/real/fresh21/jingan-gengxin-2023): rows 2–9 (row 1 left out, the list renumbered from its row 2), the
// group rows between them kept.
const JINGAN = cells(
  '静安区“卓越城区”城市更新行动重点任务清单（2023-2025年）',
  '任务类型', '序号', '工作任务', '推进单位',
  '行动一：再造发展新极行动（综合区域整体焕新行动）',
  '1', '推进走马塘片区规划研究', '区规划资源局、区建设管理委、区发展改革委、区商务委、区国资委、市北高新集团',
  '2', '推进大徐家阁地区规划研究', '区规划资源局、区建设管理委、区发展改革委、区商务委、区国资委、大宁集团',
  '行动二：重塑美丽新居行动（人居环境品质提升行动）',
  '旧区改造',
  '3', '全面完成中心城区零星二级旧里以下房屋改造', '区“两旧”专班、区房管局、区旧改总办、区成套办、各相关街镇',
  '旧住房更新改造',
  '4', '推进小梁薄板等老旧住房成套改造，基本完成小梁薄板房屋改造。',
  '5', '加快推进各类旧住房更新改造。',
  '6', '完成既有多层住宅加装电梯700台',
  '“美丽家园”建设',
  '7', '创建20个新时代“美丽家园”特色小区、10个新时代“美丽家园”示范小区',
  '行动三：智创和谐新境行动（公共空间设施优化行动）',
  '公共服务设施提升改造',
  '8', '各街镇全面推进“15分钟社区生活圈”行动，率先建成3个“15分钟社区生活圈”示范性街镇。', '区规划资源局、各相关街镇',
);

// The same repository, docs/…/宝山区 2019 生活垃圾分类减量推进工作 (test/fixtures/real/fresh21/baoshan-laji-2019): 附件1
// rows 1–10 as printed; 任务名称 is merged over rows 1–4 and 5–8, printed on each span's first row; row 9's
// 配合部门 cell is broken after its 、.
const BAOSHAN = cells(
  '2019年宝山区生活垃圾分类减量推进工作联席会议成员单位工作任务清单',
  '序号',
  '任务名称',
  '任务内容',
  '牵头部门',
  '配合部门',
  '时间节点',
  '1',
  '加强组织领导',
  '召开全区生活垃圾分类工作动员大会。建立区生活垃圾分类减量联席会议制度、建立联络员网络。',
  '区政府办公室',
  '各联席会议成员单位',
  '2019年3月',
  '2',
  '将生活垃圾管理作为生态文明建设和城市精细化管理的重要内容，纳入专项督查和绩效评价指标体系。',
  '区委组织部（区公务员局）',
  '区绿化市容局',
  '2019年',
  '3',
  '建立健全“两级政府、三级管理、四级落实”的生活垃圾分类责任体系，落实属地政府、区域管理职责。',
  '区政府办公室',
  '各街镇（园区）',
  '2019年6月',
  '4',
  '完善街镇（园区）生活垃圾分类工作联席会议制度，加大日常综合协调和监督指导力度，细化各部门的责任分工，量化工作目标和任务指标，责任到人。',
  '各街镇（园区）',
  '各联席会议成员单位',
  '2019年3月',
  '5',
  '推进基层建设',
  '将垃圾分类绿色账户工作纳入基层组织居民区,党组织管理的工作职责，发挥基层党组织核心作用，在社区形成党组织、居委、物业、业委的“四位一体”合力抓实四级垃圾分类联席会议制度。',
  '区委组织部、区民政局、区住房保障房屋管理局、区绿化市容局',
  '各街镇（园区）',
  '2019年6月',
  '6',
  '落实街镇联席办及居（村）委每1-2周的垃圾分类工作分析评价制度，发挥居民自治能力，充分调动居民的积极性和主动性。',
  '区民政局',
  '各街镇（园区）',
  '2019年',
  '7',
  '对接网格化管理机制，加大对城乡居住区生活垃圾分类工作监督检查频率，定期分析发现问题，建立情况通报机制。',
  '区城市网格化综合管理中心',
  '各联席会议成员单位',
  '2019年',
  '8',
  '梳理成功典型案例及基层创造有效经验，在全区大力推广。结合区乡村振兴战略工作，积极推进农村生活垃圾分类示范村创建，发挥示范引领作用。',
  '区绿化市容局',
  '各联席会议成员单位',
  '2019年5月',
  '9',
  '推进全面覆盖',
  '深入开展生活垃圾分类达标、示范街镇（园区），及农村生活垃圾分类达标、示范村创建活动,落实属地责任，将垃圾分类工作落实到人。',
  '各街镇（园区）',
  '区绿化市容局、',
  '区农业农村委',
  '2019年',
  '10',
  '居住区、单位、公共场所垃圾分类完成全覆盖，严格执行居住区、单位、公共场所达标标准，将70%以上的源头实效分解至居住区、单位、公共场所促进街镇园区共同推进。',
  '区绿化市容局',
  '区商务委、区国资委、区住房保障房屋管理局、区民政局、区文化旅游局、区市场监管局',
  '2019年6月',
);

// https://www.jiaxing.gov.cn (嘉政办发〔2022〕23号; test/fixtures/real/fresh11/jiaxing-zhongdian-2022): the excerpt ends on row 4's task.
const JIAXING = cells(
  '序号', '主 要 工 作 任 务', '责任单位',
  '1', '地区生产总值突破1万亿元。', '市发展改革委',
  '2', '规上工业总产值突破2万亿元。', '市经信局',
  '3', '财政总收入突破1700亿元,一般公共预算收入突破1000亿元。', '市财政局',
  '4', '累计实际利用外资超过160亿美元',
);

describe('merged cells printed once in a task list one cell a line', () => {
  it('gives a row that prints no unit cell the unit cell of its span’s first row, across group rows (静安 2023)', () => {
    const SPAN = ['区“两旧”专班', '区房管局', '区旧改总办', '区成套办', '各相关街镇'].sort();
    const OWN = ['区规划资源局', '区建设管理委', '区发展改革委', '区商务委', '区国资委'];
    expect(tasksOfLines(JINGAN).map((t) => [t.title.slice(0, 8), sortedDuties(t)])).toEqual([
      ['推进走马塘片区规', { lead: [], support: [], responsible: [...OWN, '市北高新集团'].sort() }],
      ['推进大徐家阁地区', { lead: [], support: [], responsible: [...OWN, '大宁集团'].sort() }],
      ['全面完成中心城区', { lead: [], support: [], responsible: SPAN }],
      ['推进小梁薄板等老', { lead: [], support: [], responsible: SPAN }],
      ['加快推进各类旧住', { lead: [], support: [], responsible: SPAN }],
      ['完成既有多层住宅', { lead: [], support: [], responsible: SPAN }],
      ['创建20个新时代', { lead: [], support: [], responsible: SPAN }],
      ['各街镇全面推进“', { lead: [], support: [], responsible: ['区规划资源局', '各相关街镇'].sort() }],
    ]);
  });

  it('leaves a last row cut by the end of the text empty in a list that shows no merged span (嘉兴 2022)', () => {
    expect(tasksOfLines(JIAXING).map((t) => [t.title.slice(0, 6), t.responsible])).toEqual([
      ['地区生产总值', ['市发展改革委']], ['规上工业总产', ['市经信局']], ['财政总收入突', ['市财政局']], ['累计实际利用', []],
    ]);
  });

  it('reads a row with no task-name cell as its content, its units in their own columns (宝山 2019)', () => {
    expect(tasksOfLines(BAOSHAN).map((t) => [t.title.slice(0, 6), sortedDuties(t)])).toEqual([
      ['加强组织领导', { lead: ['区政府办公室'], support: ['各联席会议成员单位'], responsible: [] }],
      ['将生活垃圾管', { lead: ['区委组织部(区公务员局)'], support: ['区绿化市容局'], responsible: [] }],
      ['建立健全“两', { lead: ['区政府办公室'], support: ['各街镇(园区)'], responsible: [] }],
      ['完善街镇(园', { lead: ['各街镇(园区)'], support: ['各联席会议成员单位'], responsible: [] }],
      ['推进基层建设', { lead: ['区委组织部', '区民政局', '区住房保障房屋管理局', '区绿化市容局'].sort(), support: ['各街镇(园区)'], responsible: [] }],
      ['落实街镇联席', { lead: ['区民政局'], support: ['各街镇(园区)'], responsible: [] }],
      ['对接网格化管', { lead: ['区城市网格化综合管理中心'], support: ['各联席会议成员单位'], responsible: [] }],
      ['梳理成功典型', { lead: ['区绿化市容局'], support: ['各联席会议成员单位'], responsible: [] }],
      ['推进全面覆盖', { lead: ['各街镇(园区)'], support: ['区绿化市容局', '区农业农村委'].sort(), responsible: [] }],
      ['居住区、单位', { lead: ['区绿化市容局'], support: ['区商务委', '区国资委', '区住房保障房屋管理局', '区民政局', '区文化旅游局', '区市场监管局'].sort(), responsible: [] }],
    ]);
  });
});
