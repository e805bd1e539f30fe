// Duty wordings of round eight (issue 9: generalising to plans nobody has tuned on), one per test; the expected
// units were written from the text. Where no published excerpt was found, the test says so.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable, tasksOfLines } from '../../support/ingest-text.ts';

// https://taowenge.com/p-11575940.html (a 广东 city's 食品安全重点工作安排, a .docx preview; dev s7a-shian-gongzuo-docx)
const SHIAN_ITEM = '一、切实加强食品平安工作制定出台市委、市政府关于深化改革加强食品平安工作的若干措施。(市食安办负责)依据机构改革状况,调整市食品平安委员会以及成员单位食品平安工作职责和工作机制。(市食安办牵头,市食安委各有关成员单位协作)';

describe('duty wordings of round eight', () => {
  it('reads 协作 after a lead as a supporting verb, like 配合', () => {
    const [task] = tasksOfLines(['一、切实加强食品平安工作', '1.调整工作机制。依据机构改革状况,调整市食品平安委员会以及成员单位食品平安工作职责和工作机制。(市食安办牵头,市食安委各有关成员单位协作)']);
    expect(task).toMatchObject({ lead: ['市食安办'], support: ['市食安委各有关成员单位'], responsible: [] });
  });

  it('reads a clause annotation hard-wrapped inside a name (成员单 / 位协作) as one list, the name whole', () => {
    // The same excerpt, wrapped at the width of a PDF text layer.
    const [task] = tasksOfLines(['一、切实加强食品平安工作', '1.调整工作机制。调整市食品平安委员会以及成员单位工作职责。(市食安办牵头,市食安委各有关成员单', '位协作)']);
    expect(task).toMatchObject({ lead: ['市食安办'], support: ['市食安委各有关成员单位'] });
  });

  it('keeps a wrapped bracket with no role word before the break out of the annotations', () => {
    const [task] = tasksOfLines(['一、加强工作', '1.调整工作机制。调整职责(见附件一和', '附件二)。(市食安办负责)']);
    expect(task).toMatchObject({ lead: [], support: [], responsible: ['市食安办'] });
  });

  it('shows a unit that leads the item in one annotation and is 负责 in another as its lead only', () => {
    const rows = dutyTable(batchOf(SHIAN_ITEM));
    const item = rows.find((r) => r.title.startsWith('切实加强食品平安工作'))!;
    expect(item.lead).toEqual(['市食安办']);
    expect(item.support).toEqual(['市食安委各有关成员单位']);
  });

  // https://news.fznews.com.cn/fzsync/2021-02-18/1727032084535.shtml (连江县 2021 为民办实事; dev s7a-lianjiang-weimin-2021)
  it('reads a town whose own name ends in 城 (凤城镇) as a unit, while 小城镇 and 新型城镇 stay words', () => {
    const tasks = tasksOfLines([
      '一、人居环境提升工程',
      '(1)实施老旧小区改造提升。改造凤园西侧片区老旧小区、机关新村老旧小区。',
      '  主办单位:县城投公司,协办单位:住建局、凤城镇。',
      '(2)推进新型城镇建设。建设特色小城镇。(责任单位:住建局、小城镇、新型城镇)',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['县城投公司'], support: ['住建局', '凤城镇'].sort() },
      { lead: [], responsible: ['住建局'] },
    ]);
  });

  // https://63g.top/html/njqklkptsb/957.html (a repost of an 安徽 provincial policy with symbols sprinkled in; dev s6b-anhui-pingtai-xiaofei)
  it('reads a label with symbols between it and its colon (责任单位■★■■★◆:)', () => {
    const [task] = tasksOfLines([
      '一、扩大消费',
      '4.稳定和扩大传统消费■◆◆◆★★、大宗消费★◆■★。省财政支持各地发放消费券,引导激发有潜力的消费。(责任单位■★■■★◆:省商务厅、省文化和旅游厅)',
    ]);
    expect(task).toMatchObject({ lead: [], support: [], responsible: ['省商务厅', '省文化和旅游厅'].sort() });
  });

  // http://zwcm.itez.com.cn/dnp/content/ZZX4V0RD06F61SYCEH (a repost of the 辽宁省 2025 分工方案, cut inside the last bracket; fresh5)
  it('keeps the names of a bare bracket the excerpt cut, with 融合办 an office and a name closed by its other name whole', () => {
    const text = [
      '一、扩大有效需求',
      '  二、抓住“两重”建设机遇,深入实施15项重大工程,提升项目谋划质量。加快5G、数据、充换电站等新型基础设施建设。〔省委军民融合办、省发展改革委、省科技厅、省工业和信息化厅、省交通运输厅、省水利厅、省数据局(省营商局)',
      '',
    ].join('\n');
    const task = dutyTable(batchOf(text)).find((r) => r.title.startsWith('抓住'))!;
    expect(task.responsible).toHaveLength(7);
    expect(task.responsible).toContain('省委军民融合办');
  });

  // No published excerpt with these labels was found in the stored pages (round eight searched for them); the lines
  // are written in the labelled-list shape the sets show (牵头部门:X;配合部门:Y), with the vocabulary of the issue.
  it('reads 主责部门 / 协作部门 as lead / support labels, and 牵头股室 / 配合股室 as a bureau office pair', () => {
    const tasks = tasksOfLines([
      '一、优化营商环境',
      '1.压缩审批时限。全面推行告知承诺制。(主责部门:县行政审批局;协作部门:县市场监管局、各乡镇)',
      '2.规范窗口服务。统一办事指南。(牵头股室:办公室;配合股室:审批股、法规股)',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['县行政审批局'], support: ['县市场监管局', '各乡镇'].sort(), responsible: [] },
      { lead: ['办公室'], support: ['审批股', '法规股'].sort(), responsible: [] },
    ]);
  });

  it('keeps 督办单位 (who oversees the work) out of the duties and reads 承办单位 as the units that do it', () => {
    const rows = dutyTable(batchOf('一、优化营商环境\n1.压缩审批时限。全面推行告知承诺制。(督办单位:县政府督查室;承办单位:县行政审批局)'));
    const task = rows.find((r) => r.title === '压缩审批时限')!;
    expect(task).toMatchObject({ lead: [], support: [], responsible: ['县行政审批局'] });
  });
});
