// A plan's task list kept as program data (fresh20) is read as the table it is: each flat record with a task field and
// a duty field becomes a numbered item, its field names the headers. Excerpts of the real files, units written from them.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
import { sortedDuties as sorted, tasksOfLines } from '../../support/ingest-text.ts';

// 浙江 人工智能 task list (a render.js of the province's 工作图谱): the table exported as JSON on one line, owner / co / time.
const JSON_TASKS = [
  '// ── 内联任务数据 ─────────────────────────────────────────',
  'const TASKS = [{"id": 5, "category": "推动芯片全链发展", "group": "推动电子设计自动化（EDA）串链整合。", "task": "以“GPU浙江造”为牵引，支持骨干企业联合开展数字芯片设计全流程工具链攻关，探索全周期EDA设计服务协同机制。", "owner": "省发展改革委", "co": "省经信厅、省科技厅、省财政厅、省国资委，杭州市政府", "time": "持续推进", "dimension": "算力"}, {"id": 7, "category": "推动芯片全链发展", "group": "实施“模芯协同”行动。", "task": "支持“模芯协同”中试服务平台建设，提供标准化芯片与模型适配验证服务。", "owner": "省发展改革委", "co": "省经信厅、省科技厅", "time": "2026年12月", "dimension": "算力"}, {"id": 12, "category": "推动芯片全链发展", "group": "实施“模芯协同”行动。", "task": "加快国家“芯火”平台等概念验证中心和中试平台建设。", "owner": "省经信厅、省科技厅按职责分工负责", "co": "省发展改革委", "time": "持续推进", "dimension": "算力"}',
];

// 数字广东建设2025年工作要点 as a JavaScript literal: bare keys, one field a line, escaped quotes, a role-less departments field.
const JS_TASKS = [
  '        tasks: [',
  '          { ',
  '            id: "7", ',
  '            title: "拓展人工智能应用场景", ',
  '            content: "加快拓展行业大模型和具身智能的地方特色应用场景。开展\\"机器人+\\"行动，深入挖掘开放应用场景。",',
  '            departments: "省工业和信息化厅牵头，各有关单位按职责分工负责"',
  '          },',
  '          { ',
  '            id: "8", ',
  '            title: "发展壮大人工智能产业", ',
  '            content: "持续围绕智能机器人\\"大脑、小脑、本体\\"等领域开展核心技术攻关。",',
  '            departments: "省工业和信息化厅牵头，省科技厅按职责分工负责"',
  '          }',
  '        ]',
];

describe('task records kept as program data (fresh20)', () => {
  it('reads a JSON task table: owner leads, co supports, a skipped id leaves no gap', () => {
    const tasks = tasksOfLines(JSON_TASKS);
    expect(tasks.map((t) => t.title.slice(0, 8))).toEqual(['以“GPU浙江造', '支持“模芯协同”', '加快国家“芯火”']);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['省发展改革委'], support: ['杭州市政府', '省国资委', '省科技厅', '省经信厅', '省财政厅'].sort(), responsible: [] },
      { lead: ['省发展改革委'], support: ['省科技厅', '省经信厅'], responsible: [] },
      { lead: ['省科技厅', '省经信厅'], support: ['省发展改革委'], responsible: [] },
    ]);
  });

  it('reads a record whose value a fixed-width copy broke over a line', () => {
    const wrapped = JSON_TASKS.join('\n').replace('提供标准化芯片', '提供标准化\n芯片');
    const tasks = tasksOfLines([wrapped]);
    expect(tasks[1].title.startsWith('支持“模芯协同”中试服务平台建设,提供标准化芯片')).toBe(true);
    expect(sorted(tasks[1])).toEqual({ lead: ['省发展改革委'], support: ['省科技厅', '省经信厅'], responsible: [] });
  });

  it('reads a JavaScript literal: the title and content are the task, a role-less departments field is read as its bracket', () => {
    const tasks = tasksOfLines(JS_TASKS);
    expect(tasks.map((t) => t.title)).toEqual(['拓展人工智能应用场景', '发展壮大人工智能产业']);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['省工业和信息化厅'], support: ['各有关单位'], responsible: [] },
      { lead: ['省工业和信息化厅'], support: ['省科技厅'], responsible: [] },
    ]);
  });

  it('maps each word of a row back into its record, the escaped quote read as a quote', () => {
    const original = JS_TASKS.join('\n');
    const { text, toOriginal } = normaliseText(original);
    expect(text).toContain('开展"机器人+"行动');
    const at = text.indexOf('省科技厅');
    expect(original.slice(toOriginal[at], toOriginal[at + 3] + 1)).toBe('省科技厅');
  });

  it('leaves one record alone (a config object, not a table) and records with no duty field', () => {
    const one = '{"task": "推进数据共享", "owner": "省政务和数据局"}';
    expect(normaliseText(one).text).not.toMatch(/牵头单位|^1\./m);
    const noDuty = '[{"title": "推进数据共享", "time": "2026年"}, {"title": "完善标准体系", "time": "2026年"}]';
    expect(normaliseText(noDuty).text).not.toMatch(/完成时限|^1\./m);
  });
});
