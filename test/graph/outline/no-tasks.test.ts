// A document that yields no task is never silent: NO_TASKS names the document and the likely cause.
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../graph/pipeline/ingest.ts';
import { batchOf } from '../../support/ingest-text.ts';

const noTasks = (text: string, title = '测试文档') => batchOf(text, title).warnings.filter((w) => w.code === 'NO_TASKS');

describe('NO_TASKS', () => {
  // lawtext/gov 政府工作报告-国务院/2016.md (国务院 2016 政府工作报告, part 三): sections and paragraphs, no annotations.
  it('says a report with numbered sections but no duty annotations yields no task, naming it', () => {
    const [w, ...rest] = noTasks([
      '三、2016年重点工作',
      '今年要重点做好八个方面工作。',
      '(一)稳定和完善宏观经济政策,保持经济运行在合理区间。我们宏观调控还有创新手段和政策储备。',
      '积极的财政政策要加大力度。今年拟安排财政赤字2.18万亿元,比去年增加5600亿元,赤字率提高到3%。',
      '(二)加强供给侧结构性改革,增强持续增长动力。',
      '推动简政放权、放管结合、优化服务改革向纵深发展。',
    ].join('\n'), '政府工作报告');
    expect(rest).toEqual([]);
    expect(w.detail?.cause).toBe('no-duties');
    expect(w.message).toContain('《政府工作报告》');
    expect(w.message).toContain('没有职责标注');
  });

  // lawtext/gov 政府工作报告-国务院/2020.md (国务院 2020 政府工作报告, parts 二–八): markdown headings kept in a text file.
  it('outlines a report whose parts are markdown headings (## 二、…, **三、…**) into sections, and says it has no task', () => {
    const b = batchOf([
      '**政府工作报告**',
      '## 二、今年发展主要目标和下一阶段工作总体部署',
      '积极的财政政策要更加积极有为。今年赤字率拟按3.6%以上安排。',
      '## 三、加大宏观政策实施力度，着力稳企业保就业',
      '加大减税降费力度。强化阶段性政策，与制度性安排相结合。',
      '### （一）推动降低企业生产经营成本',
      '降低工商业电价5%政策延长到今年年底。',
      '**四、依靠改革激发市场主体活力，增强发展新动能**',
      '困难挑战越大，越要深化改革。',
    ].join('\n'), '政府工作报告');
    const sections = b.nodes.filter((n) => n.label === 'Section').map((n) => [n.properties.path, n.name]);
    expect(sections).toEqual([
      ['二', '今年发展主要目标和下一阶段工作总体部署'],
      ['三', '加大宏观政策实施力度,着力稳企业保就业'],
      ['三/(一)', '推动降低企业生产经营成本'],
      ['四', '依靠改革激发市场主体活力,增强发展新动能'],
    ]);
    expect(b.warnings.filter((w) => w.code === 'NO_TASKS').map((w) => w.detail?.cause)).toEqual(['no-duties']);
  });

  // fresh19/putian-renshe-2022 (莆田市人社局 2022 补短板 方案, a digest repost): a department's own split whose duty lines
  // `责任科室(单位):A、B分别牵头` the reader does not know; the warning says so, not that the text is a report.
  it('says duty labels it could not read (责任科室(单位):) are why nothing was taken, and names the wording', () => {
    const b = batchOf('二、工作举措(一)开展就业创业服务提升专项行动,进一步抓好重点群体就业工作,深入开展“10+N”公共就业服务专项活动,责任科室(单位):就业科、能建科、人才中心、就业中心分别牵头,(五)开展人社信息宣传提升专项行动,责任科室(单位):办公室牵头,局办公室将攻坚举措列入局稳就业保民生重大政策全程跟踪落实机制管理范围。');
    expect(b.warnings.filter((w) => w.code === 'NO_TASKS').map((w) => w.detail?.cause)).toEqual(['unread-labels']);
    expect(b.warnings.filter((w) => w.code === 'UNREAD_LABEL').map((w) => w.detail)).toEqual([{ wording: '责任科室(单位)', count: 2 }]);
  });

  // https://www.gz.gov.cn (广州市 2021 政府工作报告部署工作责任分工): a header with a cell no list knows (市政府 / 分管领导 split).
  it('says a table header whose rows were not read is the likely cause', () => {
    const [w] = noTasks(['序号', '重点工作', '市政府', '分管领导', '牵头单位', '配合单位', '备注', '强化科技创新支撑能力。', '1', '加快建设科技创新轴。', '王 东', '市科技局', '黄埔区、南沙区政府'].join('\n'));
    expect(w.detail?.cause).toBe('unread-table');
  });

  // https://www.ahqy.gov.cn/OpennessContent/show/1493481.html (青阳县卫健委 2023 重点工作责任清单进展情况汇总表, fresh18): cells separated by single
  // spaces, the header's cells broken by runs of spaces; normalised, the header's cells run together.
  it('says a header whose cells ran together is a table whose rows were not read', () => {
    const [w] = noTasks([
      '2023年县政府重点工作责任清单进展情况汇总表(10-12月)',
      '序号 2023年重点工作任务 牵头  领导 牵头         责任单位 主体          责任单位 配合         责任单位 工作评价 2023年10-12月份进展情况 备注',
      '85 新增托育机构2所以上。 吴蓓蓓 县卫健委 有关乡镇 县直有关单位 已完成 完成青阳县托幼中心、童之梦备案工作',
    ].join('\n'));
    expect(w.detail?.cause).toBe('unread-table');
  });

  it('says a text with no numbered item and no annotation has no items', () => {
    const [w] = noTasks('各区人民政府,市直各单位:\n现将有关事项通知如下,请认真贯彻执行。');
    expect(w.detail?.cause).toBe('no-items');
  });

  it('is absent when the document yields a task', () => {
    expect(noTasks('一、推进城市更新\n1.完成老旧小区改造30个。(区住房城乡建委牵头)')).toEqual([]);
  });

  it('is said in the ingest report (the upload response and the CLI) as well as in the warnings', () => {
    const report = summarise(batchOf('各区人民政府:\n请认真贯彻执行。', '某某通知'), 'x.txt', 'added');
    expect(report.tasks).toBe(0);
    expect(report.noTasks).toContain('《某某通知》没有读出任何任务');
    expect(summarise(batchOf('1.完成老旧小区改造30个。(区住房城乡建委牵头)'), 'y.txt', 'added').noTasks).toBeUndefined();
  });
});

describe('a document whose tasks name no unit says so (NO_DUTIES)', () => {
  const noDuties = (text: string, title = '测试文档') => batchOf(text, title).warnings.filter((w) => w.code === 'NO_DUTIES');

  // http://ihfan.net/public/2655573/191994251.html (宿州 2021 一季度通报, fresh13): each unit heads its own items as a
  // heading that lost its brackets (市发展改革委8), a form the parser does not read as a duty.
  it('names the document, the count of tasks and the likely cause', () => {
    const text = [
      '较慢或下降的事项具体如下:', '', '市发展改革委8', '',
      '1加快省市两级战新基地发展,大力培育省级重大新兴工程和重大新兴专项推进较慢。', '',
      '2.完成投资低于序时进度。', '', '3.提升商贸服务、健康养老等生活性服务业品质无实质性进展。',
    ].join('\n');
    const [w, ...rest] = noDuties(text, '一季度完成情况的通报');
    expect(rest).toEqual([]);
    expect(w.message).toMatch(/^《一季度完成情况的通报》读出\d+项任务，但没有读出任何责任单位/);
    expect(w.detail?.cause).toBe('no-annotations');
    const report = summarise(batchOf(text, '一季度完成情况的通报'), 'x.txt', 'added');
    expect(report.noDuties).toBe(w.message);
  });

  // https://www.zhonglou.gov.cn/html/czzl/2023/FPJALMLN_0206/19641.html (钟楼区 2022 责任分解表, fresh11): one cell a
  // line, the page cut inside the first row's text before its duty cells.
  it('points at a table whose duty column was not read', () => {
    const [w] = noDuties([
      '附件1', '2022年《政府工作报告》主要目标任务责任分解表', '序号', '目标名称', '工 作 标 准', '区政府', '分管领导', '牵头单位', '配合单位', '1',
      '四大功能区建设', '(1)老城复兴样板区要见成效,以文化复兴、商圈振兴、旅游创新、城市更新同频共振为目标,统筹老城厢复兴发展和大运河文化带建设。',
    ].join('\n'));
    expect(w?.detail?.cause).toBe('unread-table');
  });

  // https://www.shucheng.gov.cn/public/6598821/34429525.html (舒城县农业农村局 2021年9月份重点工作完成情况, fresh18): cells separated by single spaces.
  it('points at a header whose cells ran together', () => {
    const [w] = noDuties([
      '舒城县农业农村局2021年9月份重点工作完成情况',
      '负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况',
      '1、桃溪农村产业融合发展示范园:项目规划上报规委会审批。',
      '2、高标准农田建设项目:已完成南港等4个乡镇审计工作。',
    ].join('\n'));
    expect(w?.detail?.cause).toBe('unread-table');
  });

  // https://fzggw.tl.gov.cn/ztzl/tlsmsgc/xmda/2018/202208/t20220830_1977874.html (铜陵 2018 民生工程项目档案, fresh14): the
  // 承办部门 label's value runs into the next label on its line, so the name read is no unit's.
  it('names the annotation\'s names that read as no unit', () => {
    const [w] = noDuties([
      '巩固完善新型农村合作医疗和城镇居民基本医疗保险制度。新增筹资主要用于提高基本医疗保障水平,深化医保支付方式改革。2018年,新型农村合作医疗按规定提高筹资标准,参合率稳定在96%以上;政策范围内住院费用支付比例达77%左右。',
      '承办部门:市人社局 咨询电话:2126811',
      '市卫计委 2835085',
    ].join('\n'));
    expect(w?.detail).toMatchObject({ cause: 'unknown-units', unknown: ['市人社局咨询电话:2126811'] });
    expect(w?.message).toContain('没有一个被认作单位（市人社局咨询电话:2126811）');
  });

  it('is absent when any task names a unit, and when there is no task (NO_TASKS says that)', () => {
    expect(noDuties('1.完成老旧小区改造30个。(区住房城乡建委牵头)\n2.新建城市绿道20公里。')).toEqual([]);
    expect(noDuties('各区人民政府:\n请认真贯彻执行。')).toEqual([]);
  });
});

describe('NO_TASKS names a text whose shape hides its items (fresh18)', () => {
  // test/fixtures/real/fresh18/beijing-daqi-2021 (北京 大气污染防治2021年行动计划 附件1, a preview site's PDF text layer)
  it('says a PDF table whose columns interleave line by line is the likely cause', () => {
    const [w] = noTasks([
      '大气污染防治2021年行动计划.pdf',
      '',
      '附件 1 — 4 — 大气污染防治 2021年行动计划 完成 序号 重点任务 工作措施 牵头部门 主责单位 协办单位 时限 、 一 空气质量目标 市交通委 , 在完成国家目标任务基础上 全市及各区尽 市生态环境局 市城市管理委 , 1 目标任务 最大努力巩固改善空气质量 细颗粒物 年底前 各区政府 市经济和信息化局 ( ) 、 。 ( ) PM2.5 浓度 重污染天数力争继续下降 含北京经济技术开发区管委会 市住房城乡建设委 等部门 、 ( ) 二 实施挥发性有机物 VOCs专项治理行动 ( )、 完善覆盖街道 乡镇 主要工业园区等 ; VOCs高密度监测网 研究利用大数据分 、 , 析 卫星遥感监测等技术手段 探索建设 各区政府 , 完善 VOCs环境 VOCs热点网格系统 有效识别 VOCs高 ( 2 年底前 市生态环境局 含北京经济技术 市经济和信息化局 监测网络 值区。 开发区管委会)',
    ].join('\n'), '大气污染防治2021年行动计划');
    expect(w.detail?.cause).toBe('interleaved-table');
    expect(w.message).toContain('文字层各列逐行交错');
  });

  // test/fixtures/real/fresh18/hangzhou-turang-2017 (杭州市土壤污染防治工作方案 on a mirror that scrambles punctuation)
  it('says scrambled punctuation (一, for 一、, . for 。, brackets dropped) is the likely cause', () => {
    const [w] = noTasks('杭州市土壤污染防治工作方案为切实加大土壤污染防治力度、逐步改善土壤环境质量.根据 国务院关于印发土壤污染防治行动计划的通知,国发。2016,31号 和、浙江省人民政府关于印发浙江省土壤污染防治工作方案的通知,浙政发,2016、47号。精神,结合杭州市实际,制定本方案。一,工作思路深入践行绿色发展和生态文明理念。以改善土壤环境质量为核心。以保障农产品和人居环境安全为出发点 坚持预防为主。保护优先、风险管控,综合治理,落实各方责任.突出重点区域、行业和污染物 形成政府主导 企业主体.部门联动 公众参与的土壤污染防治机制、为加快城市国际化,建设独特韵味别样精彩世界名城提供良好的土壤环境保障,二,工作目标到2020年,全市土壤环境质量总体保持稳定、农用地和建设用地土壤环境安全得到基本保障,土壤环境风险得到基本管控,受污染耕地安全利用率达到92.左右.污染地块安全利用率达到92。以上、到2030年.土壤环境质量稳中向好', '杭州市土壤污染防治工作方案');
    expect(w.detail?.cause).toBe('scrambled-punctuation');
    expect(w.message).toContain('标点被打乱');
  });
});
