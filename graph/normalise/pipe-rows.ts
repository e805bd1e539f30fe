// A `|` table with no 序号 column (专项整治行业名称 | 时间安排 | 责任单位 |), one row per line: each row becomes an
// item with its annotation here, where the row's end is still known, and units a space apart become a list.
import { columnOf, headerWordColumn, rowLine, type Column } from './tables.ts';
import type { TextWork } from './text-work.ts';

export const DUTY = new Set<Column>(['lead', 'support', 'responsible']);

/** A `|` row's cells, trimmed, without the empty cells outside its first and last bar. */
export function cellsOf(line: string): string[] {
  const cells = line.split('|').map((c) => c.trim());
  if (cells[cells.length - 1] === '') cells.pop();
  if (cells[0] === '') cells.shift();
  return cells;
}

/**
 * A header row without a serial: every cell a known column (or one read by its last words, 监督电话, 1-9月份工作完成情况),
 * a task and a duty among them.
 */
function headerOf(line: string): Column[] | null {
  if (!line.includes('|')) return null;
  const columns = cellsOf(line).map((c) => columnOf(c) ?? headerWordColumn(c));
  if (columns.length < 2 || columns.length > 12 || columns.includes('serial') || columns.some((c) => c === null)) return null;
  const known = columns as Column[];
  return known.includes('task') && known.some((c) => DUTY.has(c)) ? known : null;
}

/** Units in a duty cell separated only by spaces (安监站 安监所) are a list. */
function dutyCells(cells: string[], columns: Column[]): string[] {
  return cells.map((c, i) => (DUTY.has(columns[i]) ? c.replace(/(?<=[\u4e00-\u9fff)])\s+(?=[\u4e00-\u9fff(])/g, '、') : c));
}

/**
 * A row's cells against the header: empty cells past the last column dropped, and a row without the group cell a
 * group prints once (四、教育文化 on its group's first row only) given an empty one. Null when the row does not fit.
 */
function fitRow(cells: string[], columns: Column[]): string[] | null {
  const filled = cells.slice();
  while (filled.length > 0 && filled[filled.length - 1] === '') filled.pop();
  if (filled.length > columns.length || filled.length < 2) return null;
  // A first cell that opens with its item's number (15.推进…) is the task, not the group's name.
  if (columns[0] === 'group' && filled.length < columns.length && /^\d{1,3}[.、]/.test(filled[0])) filled.unshift('');
  while (filled.length < columns.length) filled.push('');
  return filled;
}

/** A row as its line: a group cell, where the row prints one, on its own line before the item. */
function rowText(cells: string[], columns: Column[]): string {
  const item = rowLine(columns, dutyCells(cells, columns));
  return columns[0] === 'group' && cells[0] ? `${cells[0]}\n${item}` : item;
}

/** Rows of serial-less `|` tables rewritten as items; each row's text maps to its line's start. */
export function rewritePipeRows(work: TextWork): TextWork {
  const { text, map } = work;
  if (!text.includes('|')) return work;
  const parts: string[] = [];
  const maps: number[] = [];
  let columns: Column[] | null = null;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const cells: string[] | null = columns && line.includes('|') ? fitRow(cellsOf(line), columns) : null;
    const row: string | null = cells ? rowText(cells, columns!) : null;
    const header: Column[] | null = row ? null : headerOf(line);
    const out = row ?? (header ? '' : line);
    parts.push(out);
    for (let k = 0; k < out.length; k++) maps.push(row ? map[start] : map[start + k]);
    columns = row ? columns : header;
    if (nl < 0) break;
    parts.push('\n');
    maps.push(map[nl]);
    start = nl + 1;
  }
  return { text: parts.join(''), map: Int32Array.from(maps) };
}
