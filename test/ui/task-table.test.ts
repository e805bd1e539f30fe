// The 任务分工表 rows: document order, units in the order the annotation prints them, section titles, one unit's list.
import { describe, expect, it } from 'vitest';
import type { GraphExport } from '../../graph/model.ts';
import { TASK_TABLE_HEADER, taskRowCells, taskTableCsv, taskTableRows } from '../../ui/src/task-table.ts';
import { byDocument } from '../../ui/src/sheets.ts';
import { BatchBuilder, unitId } from '../support/batch-builder.ts';

function plan(): GraphExport {
  const b = new BatchBuilder('river', '测试区河道保洁工作方案', '测试区');
  b.item('Section', '一', '一、', '重点任务', '一、重点任务', null);
  // Duties listed out of the printed order on purpose: the table must follow the text, not the fixture.
  b.item('Task', '一/1', '1.', '开展河道清漂', '1.开展河道清漂。(牵头单位:区水利局,责任单位:区城市管理局、区财政局)', '一', {
    duties: [{ unit: '区财政局', role: 'support' }, { unit: '区水利局', role: 'lead' }, { unit: '区城市管理局', role: 'support' }],
  });
  b.item('Section', '二', '二、', '保障措施', '二、保障措施', null);
  b.item('Task', '二/1', '1.', '整治入河排污口', '1.整治入河排污口。(牵头单位:区生态环境局,责任单位:区水利局)', '二', {
    duties: [{ unit: '区水利局', role: 'support' }, { unit: '区生态环境局', role: 'lead' }],
  });
  const batch = b.build();
  return { format: 'policy-graph/v1', nodes: batch.nodes, edges: [...batch.edges].reverse() };
}

describe('taskTableRows', () => {
  it('lists tasks in document order with units in the order the annotation prints them', () => {
    const rows = taskTableRows(plan());
    expect(rows.map((r) => r.task)).toEqual(['1. 开展河道清漂', '1. 整治入河排污口']);
    expect(rows[0].lead).toEqual(['区水利局']);
    expect(rows[0].responsible).toEqual(['区城市管理局', '区财政局']);
    expect(rows[1].lead).toEqual(['区生态环境局']);
  });

  it('names the section by its printed title, not its path', () => {
    const rows = taskTableRows(plan());
    expect(rows.map((r) => r.section)).toEqual(['一、重点任务', '二、保障措施']);
  });

  it('gives the annotation as 原文依据 and the document title as 文件', () => {
    const [row] = taskTableRows(plan());
    expect(row.basis).toContain('(牵头单位:区水利局,责任单位:区城市管理局、区财政局)');
    expect(row.document).toBe('测试区河道保洁工作方案');
  });

  it('keeps one unit’s tasks for its 任务清单', () => {
    const rows = taskTableRows(plan(), unitId('测试区', '区生态环境局'));
    expect(rows.map((r) => r.task)).toEqual(['1. 整治入河排污口']);
    expect(rows[0].seq).toBe(1);
  });

  it('writes the seven columns as CSV with a BOM, units joined with 、', () => {
    const csv = taskTableCsv(taskTableRows(plan()));
    const [header, first] = csv.slice(1).split('\r\n');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(header).toBe(TASK_TABLE_HEADER.join(','));
    expect(first.startsWith('1,一、重点任务,1. 开展河道清漂,区水利局,区城市管理局、区财政局,')).toBe(true);
    expect(taskRowCells(taskTableRows(plan())[1])).toHaveLength(TASK_TABLE_HEADER.length);
  });

  it('groups rows by document for one sheet each, numbered from 1', () => {
    const rows = taskTableRows(plan());
    const twoDocs = [...rows, { ...rows[0], docId: 'doc:other', document: '另一个方案', seq: 3 }];
    expect(byDocument(twoDocs).map((g) => [g.title, g.rows.map((r) => r.seq)])).toEqual([['测试区河道保洁工作方案', [1, 2]], ['另一个方案', [1]]]);
  });
});
