// Pages run together on one line, their line breaks left as spaces, on excerpts of published text (source
// beside each); the expected tasks were written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { splitGluedHeadings } from '../../../graph/normalise/glued-headings.ts';
import { batchOf, dutyTable, writtenTasks } from '../../support/ingest-text.ts';

const tasks = (text: string) => dutyTable(batchOf(text)).filter((r) => r.label === 'Task').map((r) => [r.path, r.lead, r.support]);

describe('pages run together on one line', () => {
  // https://code.fabao365.com/law_203303_2.html (广西 2008, page 2 of a repost)
  it('reads headings and own-line labels that follow a space on a long line', () => {
    const line = [
      '[接上页] (一)资金协调组。负责过渡安置房及配套设施建设资金的总体组织协调和管理。',
      '牵头单位:自治区财政厅 配合单位:自治区监察厅、自治区民政厅、自治区审计厅',
      '(二)生产协调组。负责联系生产企业,签订生产合同;协调广西区内的原材料生产厂家,优先保证过渡安置房及配套设施的生产;组织安排人员到生产厂家督促生产,确保产品质量;产品设计、材料把关、出厂检验、现场组织安装和质量监督、竣工验收等工作。',
      '牵头单位:自治区建设厅 配合单位:自治区发展改革委、自治区财政厅',
      '(三)运输协调组。负责过渡安置房及配套设施建设物资的运输;落实在区内的物流配送;落实入川物资及人员的运输;加强交通引导,确保运输安全通畅;保障过渡安置房及配套设施运输安全及运送人员人身安全等工作。',
      '牵头单位:自治区交通厅 配合单位:自治区公安厅、自治区建设厅',
    ].join(' ');
    expect(line.length).toBeGreaterThan(300);
    // Units as the text writes them (the shown name of 自治区X厅 is a separate, known issue: see the README).
    expect(writtenTasks(batchOf(line)).map((r) => [r.path, r.lead, r.support])).toEqual([
      ['(一)', ['自治区财政厅'], ['自治区审计厅', '自治区民政厅', '自治区监察厅']],
      ['(二)', ['自治区建设厅'], ['自治区发展改革委', '自治区财政厅']],
      ['(三)', ['自治区交通厅'], ['自治区公安厅', '自治区建设厅']],
    ]);
  });

  // http://www.haiyan.gov.cn/art/2022/4/26/art_1229436874_59379425.html (海盐县 2022)
  it('reads numbered items under leader headings, with 首位单位为牵头单位,下同', () => {
    const line = [
      '各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》和《2022年县政府民生实事项目责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。',
      '海盐县人民政府办公室 2022年4月18日 (此件公开发布) 政府工作报告2022年重点工作责任分解',
      '一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入与经济增长基本同步,收入倍差进一步缩小。',
      '责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局',
      '2.落实党政机关过紧日子的要求,节俭办一切事业,全县非刚性、非重点项目支出预算只减不增。 责任单位:县财政局',
    ].join(' ');
    expect(line.length).toBeGreaterThan(300);
    expect(tasks(line)).toEqual([
      ['一/1', ['县发改局'], ['县农业农村局', '县税务局', '县财政局']],
      ['一/2', ['县财政局'], []],
    ]);
  });

  // http://lsbar.com:8000/law/100978 (a law site's copy of 晋政发〔2006〕10号)
  it('breaks the line at a space between Chinese words, so a heading naming its lead ends before its body', () => {
    const line = [
      '根据省十届人大第四次会议通过的《关于山西省国民经济和社会发展第十一个五年规划纲要的报告》(以下简称《纲要报告》),现将《纲要报告》工作目标责任分解安排如下:',
      '第一部分:“十一五”期间主要工作任务的责任分解',
      '一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助)', '对主要工作任务负总责,同时具体负责以下工作:',
      '(一)省监察委员会牵头的工作', '强化行政监察,建立健全教育、制度、监督并重的惩治和预防腐败体系。',
      '协同部门:省政府办公厅、发展改革委、教育厅、公安厅、财政厅、国土厅、建设厅、交通厅、农业厅、卫生厅、审计厅、国资委、环保局、安监局、法制办、物价局等。',
      '(二)省审计厅牵头的工作', '强化审计监督,依法开展审计工作,维护财政经济秩序,促进廉政建设。',
      '协同部门:省政府办公厅、财政厅、地税局等和各市、县人民政府。',
    ].join(' ');
    expect(line.length).toBeGreaterThan(300);
    const rows = dutyTable(batchOf(line)).filter((r) => r.label === 'Task');
    expect(rows.map((r) => [r.path, r.title, r.lead])).toEqual([
      ['一/(一)', '省监察委员会牵头的工作', ['省监察委员会']],
      ['一/(二)', '省审计厅牵头的工作', ['省审计厅']],
    ]);
  });

  it('keeps the spaces of a short line: a line break is restored only on a line too long to be one', () => {
    expect(tasks('推进项目建设 1.完成投资10亿元。(县发改局牵头)')).toEqual([]);
  });

  // https://rela-cute.com/hgtqrmzf/jczcwj/202210/abe5ec340e664b719d97493318f19a93.shtml (a mirror of the 南昌 红谷滩区 page, 2022)
  it('reads items numbered 1、 after a space on a long line, as it reads 1.', () => {
    const line = [
      '二、目标任务 2022年,全区政务公开工作的主要任务是:聚焦双“一号工程”,以公开促进经济发展;聚焦社会热点问题,以公开保障社会民生;聚焦基层试点建设,拓宽政务公开覆盖范围;聚焦平台渠道建设,提升政务公开质量水平。',
      '(一)强化重点领域信息公开',
      '1、数字经济发展领域。在区政府网站平台,开设数字经济“一号发展工程”专题,集中公开数字经济发展领域的政策规划、亮点举措、工作动态等方面信息,第一时间做好相关政策的权威发布和精准解读。围绕服务型、整体型、高效型的“数字政府”建设工作,深入解读相关政策措施。(责任单位:区政府办公室、区政数局、区发改委、区科工局、区商务局等数字经济工作领导小组成员单位,各乡、街办、管理处)',
      '2、优化营商',
    ].join(' ');
    expect(line.length).toBeGreaterThan(300);
    const rows = dutyTable(batchOf(line)).filter((r) => r.label === 'Task');
    expect(rows.map((r) => [r.path, r.title])).toEqual([['二/(一)/1', '数字经济发展领域'], ['二/(一)/2', '优化营商']]);
  });

  // A run-on line with no spaces (the 嘉兴 2023 preview is read in duties/real-duties-fresh10): only markers that number
  // on in order start lines; 统一、 and a lone (二) cited in prose are words.
  it('breaks a glued line only before markers that number on in order', () => {
    const split = (s: string) => splitGluedHeadings({ text: s, map: Int32Array.from(s, (_, i) => i) }).text.split('\n');
    const body = '推进全市统一、规范的市场监管体系建设,落实第(二)项措施'.repeat(12);
    expect(split(body)).toHaveLength(1);
    const glued = `${body}。一、加强要素支持(一)强化财税政策保障。${body}。(二)加强产业基金支持。`;
    expect(split(glued).map((l) => l.slice(0, 6))).toEqual([body.slice(0, 6), '一、加强要素', '(一)强化财', '(二)加强产']);
  });
});
