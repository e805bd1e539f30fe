// .xlsx to text through exceljs: each sheet's 任务分工表 read row by row, other sheets as plain lines.
import type ExcelJS from 'exceljs';
import { taskTableLines } from './task-table.ts';
import { inspectZip, XLSX } from './zip.ts';
import { corruptDocument } from './corrupt.ts';

/** A cell's text whatever it holds: rich text, a formula's result, a hyperlink, a date. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.isMerged && cell.master !== cell ? cell.master.value : cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result === undefined ? '' : String(value.result);
  if ('text' in value) return String(value.text);
  return '';
}

// A cell merged over several columns (a title row) is one cell, not the same text several times.
function rowCells(row: ExcelJS.Row, width: number): string[] {
  const cells: string[] = [];
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    const repeat = cell.isMerged && cell.master.row === cell.row && cell.master.col !== cell.col;
    cells.push(repeat ? '' : cellText(cell));
  }
  return cells;
}

function sheetLines(sheet: ExcelJS.Worksheet): string[] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) rows.push(rowCells(sheet.getRow(r), sheet.columnCount));
  return taskTableLines(rows) ?? rows.map((cells) => cells.map((c) => c.trim()).filter(Boolean).join(' ')).filter(Boolean);
}

/** The text of every sheet in order; a sheet with a 分工表 header becomes numbered items with duties. */
export async function extractXlsxText(buffer: Uint8Array, source: string): Promise<string> {
  inspectZip(buffer, source, XLSX);
  // Loaded on first use (~0.5 s of CPU to load): only a workbook needs it.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw corruptDocument(source, 'xlsx', '表格内容无法解析', 'exceljs cannot parse the workbook', error);
  }
  const lines = book.worksheets.filter((s) => s.state === 'visible').flatMap(sheetLines);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
