// A table one cell a line whose group column is printed only on group rows in the 序号 column (一 / 推进碳达峰碳中和综合管理),
// the numbered rows under them with no cell for it (first met in fresh33). An excerpt of the published text, source beside it.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../../graph/normalise/tables.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

// 关于印发《静安区2025年碳达峰碳中和及节能减排重点工作安排》的通知 (静发改委〔2025〕11号), zhiyao87/Shanghai-Gov-Docs-Index,
// docs/工程建设管理/ (a blank line after every line, as the copy prints it): fresh33's jingan-tanfeng-jianpai-2025.
const blank = (lines: string[]) => lines.flatMap((l) => [l, '']);
const HEADER = blank(['附表', '静安区2025年碳达峰碳中和及节能减排重点工作分工', '序号', '重点任务', '具体工作', '时间进度', '责任部门']);
const ROWS = blank([
  '一', '推进碳达峰碳中和综合管理',
  '1', '全力推进节能降碳目标进度，明确年度重点工作任务', '全年推进', '发展改革委、生态环境局、建设管理委、商务委、科技经济委等',
  '2', '将节能减排降碳目标任务纳入区政府重点工作，做好任务目标分解，加强对目标任务实施情况的跟踪督查与日常考核，强化工作推进与协调机制', '全年推进', '发展改革委',
  '二', '加快推进能源绿色低碳转型',
  '6', '推动可再生能源发展，新增光伏装机规模6380千瓦（以市级下达目标为准）', '全年推进', '发展改革委、商务委、机管局、教育局、国资委、科技经济委、民政局、文化旅游局、卫生健康委、市场监管局、体育局、房管局、交通委、各街镇',
  '7', '分解年度光伏建设目标任务，制定年度光伏建设任务考核细则', '一季度完成', '发展改革委',
]);

describe('numeral group rows over a table one cell a line (fresh33)', () => {
  it('reads each numbered row under its group as a task with its 责任部门, the group row as a heading', () => {
    const tasks = tasksOfLines([...HEADER, ...ROWS]);
    expect(tasks.map((t) => [t.path, t.title.slice(0, 8), t.responsible.length])).toEqual([
      ['一/1', '全力推进节能降碳', 5],
      ['一/2', '将节能减排降碳目', 1],
      ['二/6', '推动可再生能源发', 14],
      ['二/7', '分解年度光伏建设', 1],
    ]);
    expect(tasks[1].responsible).toEqual(['发展改革委']);
  });

  it('takes a numeral line as a group row only when a title and the next serial follow it', () => {
    const dense = (lines: string[]) => lines.filter(Boolean);
    const read = findTables(dense([...HEADER, ...ROWS])).flatMap((r) => r.lines.map((l) => l.text.split('。')[0]));
    expect(read.filter((l) => /^[一二]、/.test(l))).toEqual(['一、推进碳达峰碳中和综合管理', '二、加快推进能源绿色低碳转型']);
    // A numeral with no title before the serial is no group row: the rows do not read.
    expect(findTables(dense([...HEADER, '一', ...ROWS.filter(Boolean).slice(2, 10)]))).toEqual([]);
  });
});
