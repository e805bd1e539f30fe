// A district's yearly 重点工作安排 is a plan by its title: its (一)…(十四) headings, each over sentences naming no unit, are
// its tasks; and its 附表 (an attached table, not 附件) restarts the numbering, so the table's group rows 一、… are the
// annex's own parts. Expected tasks written from the text (the labels of test/fixtures/real/fresh33) before the rules.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const labelled = (text: string) => dutyTable(batchOf(text)).map((r) => [r.path, r.label]);

// zhiyao87/Shanghai-Gov-Docs-Index docs/工程建设管理/关于印发《静安区2025年碳达峰碳中和及节能减排重点工作安排》的通知.md
// (静发改委〔2025〕11号; fresh33/jingan-tanfeng-jianpai-2025), shortened: two of the fourteen summaries, two rows of the 附表.
const NOTICE = [
  '关于印发《静安区2025年碳达峰碳中和及节能减排重点工作安排》的通知',
  '区政府各部门、各街道办事处、彭浦镇政府、区管重点企业：',
  '《静安区2025年碳达峰碳中和及节能减排重点工作安排》经区政府同意，现印发给你们，请结合实际认真落实。',
  '上海市静安区发展和改革委员会',
  '2025年6月11日',
  '静安区2025年碳达峰碳中和',
  '及节能减排重点工作安排',
];
const PLAN = [
  '二、 重点工作安排',
  '（一）推进碳达峰碳中和综合管理',
  '全力推进节能降碳目标进度。加强跟踪督查与日常考核。督促纳入2024年碳市场配额管理的单位完成清缴履约。',
  '（二）加快能源绿色低碳转型',
  '新增光伏装机规模6380千瓦以上。分解年度光伏建设目标任务。做好事中事后监管。',
];
const ANNEX = [
  '附表：静安区2025年碳达峰碳中和及节能减排重点工作分工',
  '附表',
  '静安区2025年碳达峰碳中和及节能减排重点工作分工',
  '一、推进碳达峰碳中和综合管理',
  '1.全力推进节能降碳目标进度，明确年度重点工作任务。（责任单位：发展改革委、生态环境局）',
  '二、加快推进能源绿色低碳转型',
  '6.推动可再生能源发展，新增光伏装机规模6380千瓦。（责任单位：发展改革委、各街镇）',
];

describe('a 重点工作安排 and its 附表 (fresh33)', () => {
  it('reads the headings of a 工作安排 as its tasks, though they name no unit', () => {
    expect(labelled([...NOTICE, ...PLAN].join('\n'))).toEqual([['二', 'Section'], ['二/(一)', 'Task'], ['二/(二)', 'Task']]);
  });

  it('starts the numbering again at a 附表 line, so the table is not read into the plan\'s last heading', () => {
    expect(labelled([...NOTICE, ...PLAN, ...ANNEX].join('\n'))).toEqual([
      ['正文1/二', 'Section'], ['正文1/二/(一)', 'Task'], ['正文1/二/(二)', 'Task'],
      ['附表/一', 'Section'], ['附表/一/1', 'Task'], ['附表/二', 'Section'], ['附表/二/6', 'Task'],
    ]);
  });
});
