// 任务分工表 rows to parser lines: header found by its labels (spaced too), group cells carried, merges filled.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readDocumentBuffer } from '../../../graph/read/index.ts';
import { taskTableLines } from '../../../graph/read/task-table.ts';
import { batchOf, row } from '../../support/ingest-text.ts';

describe('taskTableLines', () => {
  it('finds the header by its labels, spaced out, in any column order, below a title row', () => {
    const lines = taskTableLines([
      ['2024年重点任务分工表', '', ''],
      ['责 任 单 位', '序  号', '工 作 任 务', '牵头单位'],
      ['区财政局、区税务局', '1', '推进税收征管改革', '区发展改革委'],
    ]);
    expect(lines).toEqual(['2024年重点任务分工表', '1.推进税收征管改革。(牵头单位:区发展改革委,责任单位:区财政局、区税务局)']);
  });

  it('carries a group printed once per group down, as a numbered heading', () => {
    const lines = taskTableLines([
      ['领域', '任务', '牵头单位', '配合单位'],
      ['产业发展', '建设产业园', '区经济信息委', '区财政局\n区商务委'],
      ['', '培育龙头企业', '区招商投资局', ''],
      ['（二）生态保护', '治理河道', '区水利局', ''],
    ]);
    expect(lines).toEqual([
      '一、产业发展',
      '1.建设产业园。(牵头单位:区经济信息委,配合单位:区财政局、区商务委)',
      '2.培育龙头企业。(牵头单位:区招商投资局)',
      '（二）生态保护',
      '3.治理河道。(牵头单位:区水利局)',
    ]);
  });

  it('is null for a table without task and duty columns', () => {
    expect(taskTableLines([['指标', '2024年', '2025年'], ['GDP增速', '6%', '6%']])).toBeNull();
  });
});

describe('a 分工表 in a spreadsheet and a web page', () => {
  it('reads merged lead cells as the lead of every row they cover', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('分工');
    sheet.addRows([['序号', '重点任务', '牵头单位', '责任单位'], [1, '建设涪江走廊', '区水利局', '区农业农村委'], [2, '整治河道', null, '区生态环境局']]);
    sheet.mergeCells('C2:C3');
    const doc = await readDocumentBuffer(new Uint8Array(await book.xlsx.writeBuffer()), 'tasks.xlsx');
    const batch = batchOf(doc.text);
    expect(row(batch, '2')).toMatchObject({ title: '整治河道', lead: ['区水利局'], support: ['区生态环境局'] });
  });

  it('reads a web-page table with rowspan cells row by row', async () => {
    const html = `<html><body><article><h1>重点任务分工方案</h1><p>为推动各项任务落实，现将重点任务分工如下，各单位要认真抓好落实，确保按期完成。</p>
      <table><tr><th>序号</th><th>任务</th><th>牵头单位</th><th>责任单位</th></tr>
      <tr><td>1</td><td>建设涪江走廊</td><td rowspan="2">区水利局</td><td>区农业农村委</td></tr>
      <tr><td>2</td><td>整治河道</td><td>区生态环境局</td></tr></table></article></body></html>`;
    const doc = await readDocumentBuffer(Buffer.from(html), 'plan.html');
    expect(doc.text).toContain('2.整治河道。(牵头单位:区水利局,责任单位:区生态环境局)');
    expect(row(batchOf(doc.text), '2')).toMatchObject({ lead: ['区水利局'], support: ['区生态环境局'] });
  });
});
