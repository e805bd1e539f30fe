// Structure conventions of real plans, one per test, on excerpts of the published text (source cited);
// the expected tasks and duties were written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../graph/model.ts';
import { batchOf, writtenTasks as tasks } from '../../support/ingest-text.ts';

const gaps = (b: GraphBatch) => b.warnings.filter((w) => w.code === 'PAGE_GAP');

describe('structure of real plans', () => {
  // https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml (武汉市蔡甸区, 蔡政办〔2023〕1号)
  const CAIDIAN = [
    '区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知',
    '文    号 蔡政办〔2023〕1号',
    '各街道办事处、乡人民政府,区人民政府各部门、各直属机构:',
    '2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们,并就有关事项通知如下:',
    '一、各责任单位要高度重视,切实加强领导,对照2023年区《政府工作报告》确定的目标任务,制订工作方案,明确责任,明确措施,明确时间节点,狠抓落实,并于2023年1月15日前将工作方案报区人民政府办公室。',
    '二、区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务,纳入绩效管理考核范围,细化考核内容,加强过程考核,确保各项工作落到实处。',
    '三、从2023年第一季度开始,各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室,区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办,并适时通报有关办理落实情况。',
    '蔡甸区人民政府办公室',
    '2023年1月3日',
    '2023年区《政府工作报告》确定的主要目标任务责任分解方案',
    '一、2023年全区经济社会发展的主要预期目标',
    '(一)地区生产总值增长7%以上',
    '责任单位:区发展和改革局',
    '(二)规上工业增加值增长12%以上',
    '责任单位:区科技和经信局',
    '(三)固定资产投资增长10%以上',
    '责任单位:区发展和改革局',
  ].join('\n');

  it('makes a (一) item with its own annotation and no deeper items a task', () => {
    expect(tasks(batchOf(CAIDIAN)).map((t) => [t.title, t.responsible])).toEqual([
      ['地区生产总值增长7%以上', ['区发展和改革局']],
      ['规上工业增加值增长12%以上', ['区科技和经信局']],
      ['固定资产投资增长10%以上', ['区发展和改革局']],
    ]);
  });

  it('reads the plan after a notice on its own, not under the notice’s last heading', () => {
    const b = batchOf(CAIDIAN);
    const plan = b.nodes.find((n) => n.properties.path === '一')!;
    expect(plan.name).toBe('2023年全区经济社会发展的主要预期目标');
    expect(tasks(b).map((t) => t.path)).toEqual(['一/(一)', '一/(二)', '一/(三)']);
    expect(b.nodes.filter((n) => String(n.properties.path).startsWith('通知/')).map((n) => n.label)).toEqual(['Section', 'Section', 'Section']);
    expect(gaps(b)).toEqual([]);
  });

  // http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html (鞍山市立山区, 鞍立政发〔2023〕2号)
  const LISHAN = [
    '鞍山市立山区人民政府文件', '鞍立政发〔2023〕2号',
    '立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知',
    '立山经济开发区,各街道办事处,各区直部门,各有关单位:',
    '经区政府同意,现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们,请结合实际,认真贯彻落实。',
    '立山区人民政府', '2023年3月28日', '(此件公开发布)',
    '立山区政府2023年重点工作', '任务分解和责任分工方案',
    '一、经济社会发展的主要预期目标',
    '1.努力实现地区生产总值增长6.2%左右。', '牵头单位:区发改局', '责任单位:立山经济开发区,全区经济运行各专班',
    '2.规模上工业增加值增长5%左右。', '牵头单位:区工信局', '责任单位:立山经济开发区',
    '3.固定资产投资增长15%左右。', '牵头单位:区发改局', '责任单位:立山经济开发区,各街道、区直各部门',
    '4.社会消费品零售总额增长9%左右。', '牵头单位:区商务局', '责任单位:各街道,区市场局',
  ].join('\n');

  it('never reads a document number (〔2023〕2号) as an item marker', () => {
    const b = batchOf(LISHAN);
    expect(tasks(b).map((t) => [t.path, t.lead])).toEqual([
      ['一/1', ['区发改局']], ['一/2', ['区工信局']], ['一/3', ['区发改局']], ['一/4', ['区商务局']],
    ]);
    expect(tasks(b)[3].support).toEqual(['区市场局', '各街道']);
    expect(gaps(b)).toEqual([]);
  });

  // https://dzrdoor.com/bgs/info/1131/3781.html (菏泽市, 菏政办字〔2023〕1号; cites 国发〔2022〕18号)
  it('never reads a cited document number (国发〔2022〕18号) as an item or a page gap', () => {
    const b = batchOf([
      '菏政办字 〔2023〕1号',
      '各县区人民政府 (管委会),市政府各部门、各直属机构,市属各企业,各大中专院校:',
      '为深入贯彻落实 《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》(国发 〔2022〕18号)和 《山东省人民政府办公厅关于印发 < 国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见>分工落实方案的通知》(鲁政办字 〔2022〕128号),巩固深化新旧动能转换成果,经市政府同意,现将 《菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案》(以下简称 《方案》)印发给你们,请认真贯彻实施。',
      '1. 菏泽市深化新旧动能转换建设绿色低碳高质量发展先行区实现重大突破,形成一批可复制可推广的成功经验。(牵头单位:市发展改革委)',
    ].join('\n'));
    expect(tasks(b).map((t) => [t.title, t.lead])).toEqual([['菏泽市深化新旧动能转换建设绿色低碳高质量发展先行区实现重大突破', ['市发展改革委']]]);
    expect(gaps(b)).toEqual([]);
  });

  // http://law.foodmate.net/show-219854.html (四川省“十四五”现代流通体系建设实施方案, 2022)
  it('reads (一) items annotated with 〔责任单位:…按职责分工负责。…下同。〕 as tasks, the note\'s unit carried to later items', () => {
    const b = batchOf([
      '一、深化现代流通市场化改革',
      '(一)加强市场体系建设。推进高标准市场体系建设,全面融入全国统一大市场。实施市场准入负面清单制度,实行“非禁即入”。〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕',
      '(二)优化市场准入环境。实施“证照分离”改革全覆盖,持续推进“一网通办”“一日办结”。〔责任单位:省市场监管局〕',
    ].join('\n'));
    const t = tasks(b);
    expect(t.map((x) => x.title)).toEqual(['加强市场体系建设', '优化市场准入环境']);
    // 具体任务均涉及相关市(州)人民政府,不再做分工,下同: the text names the unit for this item and every later one.
    expect(t[0].responsible).toHaveLength(5);
    expect(t[0].responsible).toEqual(expect.arrayContaining(['省发展改革委', '省市场监管局', '商务厅', '相关市(州)人民政府']));
    expect(t[1].responsible).toEqual(['相关市(州)人民政府', '省市场监管局']);
  });

  it('gives no page-gap warning when item numbers run on across sections', () => {
    // Numbering that continues from (一) into (二) is how many plans count their tasks (e.g. the Sichuan plan above).
    const b = batchOf('一、重点任务\n(一)产业\n1.发展制造业。(牵头单位:区经济信息委)\n2.发展服务业。(牵头单位:区商务委)\n(二)民生\n3.发展教育。(牵头单位:区教委)\n');
    expect(tasks(b).map((t) => t.path)).toEqual(['一/(一)/1', '一/(一)/2', '一/(二)/3']);
    expect(gaps(b)).toEqual([]);
  });
});
