// Duty and name conventions met while scoring every real set in round six, one per test, on excerpts of the
// published text (source beside each); the expected units are what the text writes, read before the parser changed.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (round six)', () => {
  // Public repository copy: SQL dump of a Guangdong science-association site, post 46 (广州 2012 科技创新工程).
  it('keeps district governments named by their place apart: 越秀区政府、白云区政府 are two units', () => {
    const [task] = tasksOfLines([
      '10.培育创新型产业集群。推动高新技术产业集聚发展。（牵头单位：市发展改革委，配合单位：市科技和信息化局、广州开发区管委会、越秀区政府、白云区政府、番禺区政府）',
    ]);
    expect(task.support).toEqual(['广州开发区管委会', '市科技和信息化局', '番禺区政府', '白云区政府', '越秀区政府'].sort());
  });

  // The same dump, post 46: before 2018 the state and local tax bureaus were two bodies.
  it('keeps 市国税局 and 市地税局 as two units, neither an old name of the other', () => {
    const [task] = tasksOfLines(['4.提升企业技术创新能力。落实研发费用加计扣除政策。（牵头单位：市科技和信息化局，配合单位：市财政局、市国税局、市地税局、市国资委）']);
    expect(task.support).toEqual(['市国税局', '市国资委', '市地税局', '市财政局'].sort());
  });

  // The same dump, post 44 (广州 2012 民主法治建设): 政协 is another body's word, no OCR damage of 政府.
  it('never bends 市政协办公厅 into the 市政府办公厅 written beside it, and reads 市政府研究室 as an office', () => {
    const tasks = tasksOfLines([
      '5.健全政府重大行政决策工作机制。（牵头单位：市政府办公厅，配合单位：市政府研究室、市法制办）',
      '6.完善政治协商纳入决策机制。（牵头单位：市委办公厅，配合单位：市政府办公厅、市政协办公厅）',
    ]);
    const [first, second] = tasks;
    expect(first.support).toEqual(['市政府研究室', '市法制办'].sort());
    expect(second.support).toEqual(['市政协办公厅', '市政府办公厅'].sort());
  });

  // http://kancf.com/?html/510/88606.html (海东市 兰西城市群 2020): cities and a prefecture as actors.
  it('reads a city or prefecture named as an actor (海东市, 临夏州发展改革部门) as a unit, as written', () => {
    const tasks = tasksOfLines(['1.重大规划的有效衔接', '做好“十四五”规划衔接。', '责任单位:海东市、兰州市、临夏州发展改革部门']);
    const [task] = tasks;
    expect(task.responsible).toEqual(['临夏州发展改革部门', '兰州市', '海东市'].sort());
  });

  // http://www.line3.com.cn/finance/2019/0408/2972.html (宁夏 银川都市圈 2019): a city the gazetteer does not list.
  it('reads 石嘴山市 beside 银川市 as a city of its own, and 吴忠市人民政府 whole', () => {
    const [task] = tasksOfLines(['(一)道路畅通工程。建成典农河至沙湖旅游公路。(自治区交通运输厅牵头,自治区发展改革委、银川市、石嘴山市、吴忠市人民政府配合)']);
    expect(task.support).toEqual(['吴忠市人民政府', '石嘴山市', '自治区发展改革委', '银川市'].sort());
  });

  it('still reads no city in words that only end like one (全市, 县级市, 中心城市)', () => {
    const tasks = tasksOfLines(['1.推进城市更新。改造老旧小区。(责任单位:全市、县级市、中心城市)']);
    expect(tasks.flatMap((t) => t.responsible)).toEqual([]);
  });
});

describe('collectives and bodies as real plans name them (round six)', () => {
  // https://qqhr.zwfw.hlj.gov.cn/… (黑龙江 工业振兴 2022, a PDF's text layer with spaced brackets)
  it('keeps 各市 (地) 、县 (市) 政府 (行署) whole, and reads the bracket of names closing the item as its units', () => {
    const tasks = tasksOfLines([
      '一、支持企业技术改造升级',
      '1.支持企业技术改造。对技术改造投资额达到 2 亿元 (含) 以上的项目, 给予 24 个月的贴息。由各市 (地) 研究政策给予支 持。〔省工信厅、省财政厅, 各市 (地) 、县 (市) 政府 (行署) 〕',
    ]);
    const [task] = tasks;
    expect(task.responsible.map((n) => n.replace(/\s+/gu, ''))).toEqual(['各市(地)、县(市)政府(行署)', '省工信厅', '省财政厅'].sort());
  });

  // http://www.jinxiang.gov.cn/art/2025/2/28/art_70552_2773466.html (金乡县 2025): parks as duty holders.
  it('reads an industrial park (新材料产业园, 商贸物流园) as a unit', () => {
    const [task] = tasksOfLines(['7.修编经济开发区整体规划,提升完善各产业园发展规划。(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园、高端装备产业园、食品产业园、商贸物流园等)']);
    expect(task.support).toEqual(['新材料产业园', '高端装备产业园', '食品产业园', '商贸物流园'].sort());
  });

  // http://www.xiangshan.gov.cn/art/2024/8/1/art_1229682896_4417827.html (泗洲头镇 2024): a working group.
  it('reads a working group (…工作领导小组) as a unit, and a group\'s 各成员单位 as a collective', () => {
    const tasks = tasksOfLines([
      '1.白仙山水库工程政策处理。(责任单位:白仙山水库工程政策处理工作领导小组)',
      '2.加强组织领导。(牵头单位:市科技和信息化局,配合单位:市国家创新型城市建设工作领导小组各成员单位)',
    ]);
    const [first, second] = tasks;
    expect(first.responsible).toEqual(['白仙山水库工程政策处理工作领导小组']);
    expect(second.support).toEqual(['市国家创新型城市建设工作领导小组各成员单位']);
  });
});

describe('label values broken by the page (round six)', () => {
  // https://www.wenmi123.com/article/312836.html (石景山区 2019, a PDF's text layer): the wrap falls inside 园区党工委.
  it('joins an own-line value a PDF wrapped inside a name (园区党工 / 委、各街道党工委)', () => {
    const tasks = tasksOfLines([
      '1.完善街道党工委对地区治理重大工作的领导体制机制。',
      '牵头单位:区委组织部',
      '协办单位:区委编办、区民政局(区委社会工委)、园区党工',
      '委、各街道党工委',
      '2.以区域化党建为重点,构建四级上下贯通的党建格局。',
    ]);
    const [task] = tasks;
    expect(task.lead).toEqual(['区委组织部']);
    // The edge keeps the surface as printed (园区党工\n委); the name is read without the wrap.
    expect(task.support.map((n) => n.replace(/\s+/gu, ''))).toEqual(['区委编办', '区民政局(区委社会工委)', '园区党工委', '各街道党工委'].sort());
  });

  it('leaves a line alone when joining it makes no name (a new paragraph after a finished list)', () => {
    const tasks = tasksOfLines(['1.加强统筹。', '责任单位:区发改局、区财政局', '全年完成投资10亿元。']);
    expect(tasks[0].responsible).toEqual(['区发改局', '区财政局'].sort());
  });

  // https://www.shenyang.gov.cn/zwgk/zcwj/zfwj/szfwj/202601/t20260130_4979729.html (沈阳 2026): the excerpt ends at 各区.
  it('leaves out a level collective\'s head (各区) that ends the excerpt, which 、县(市)政府 may have continued', () => {
    const tasks = tasksOfLines(['2.以企业真实需求为导向,适时出台政策举措。', '牵头单位:市发展改革委', '责任单位:市工业和信息化局、商务局等有关部门,各区']);
    const [task] = tasks;
    expect(task.support.map((n) => n.replace(/等有关部门$/u, ''))).toEqual(['商务局', '市工业和信息化局'].sort());
  });
});

describe('a sentence naming the units of the items above it (round six)', () => {
  // http://m.createhappy.cn/article/1001001664/1001001645/1730/0.html (郑州 2007 目标管理, a 繁體 mirror; here in 简体)
  it('gives 4项目标的责任单位均为X to the four items above, 该目标责任单位为X to the one above', () => {
    const tasks = tasksOfLines([
      '(一)跨越式发展目标。包括8项。',
      '1.地区生产总值增长15%;',
      '2.第三产业增加值达到1000亿元;',
      '3.城镇固定资产投资新增200亿元;',
      '4.人均地区生产总值达到4000美元;',
      '4项目标的责任单位均为市发展改革委。',
      '5.规模以上工业销售收入达到3000亿元;',
      '该目标责任单位为市经委。',
      '6.地方财政收入净增50亿元;',
      '7.实际利用外商直接投资达到8亿美元;',
      '8.社会消费品零售总额增长16%;',
      '2项目标的责任单位均为市商务局。',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([
      ['市发展改革委'], ['市发展改革委'], ['市发展改革委'], ['市发展改革委'], ['市经委'], [], ['市商务局'], ['市商务局'],
    ]);
  });

  it('reads no annotation in a sentence that names no count or item (本市责任单位为各级政府 is prose)', () => {
    const tasks = tasksOfLines(['1.完善考核。全市各级政府要落实责任。', '落实情况的责任单位为各区政府。']);
    expect(tasks.flatMap((t) => t.responsible)).toEqual([]);
  });
});
