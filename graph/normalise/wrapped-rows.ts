// A table page taken from a PDF's text layer with every cell wrapped at its column's width and no 序号 in its rows
// (浙江 2016's 知识产权 work table: `序号 工作重点 工作内容 具体任务 成果形式 责任部门` on one line, then each row's cells as
// short lines, 省信用办、知识产权 / 局、工商局、食品药 / 品监管局 the last). A row is every line up to the run of lines that
// joins into a list of unit names, its last cell; each becomes `title。content。(责任单位:…)`, a paragraph-task.
import { UNIT_END_RE } from './merged-rows.ts';
import { columnOf, rowLine, type Column, type TableRewrite } from './tables.ts';

/** A header on one line, cells a space apart: 序号 first, a duty column last, a task column between. */
function wrappedHeader(line: string): boolean {
  const cells = line.trim().split(/[ \t]+/);
  if (cells.length < 4 || cells.length > 8 || !cells.every((c) => /^[\u4e00-\u9fff]{2,6}$/.test(c))) return false;
  const columns = cells.map(columnOf);
  const duty = (c: Column | null) => c === 'lead' || c === 'support' || c === 'responsible';
  return columns[0] === 'serial' && duty(columns[columns.length - 1]) && columns.includes('task')
    && columns.slice(1, -1).every((c) => !duty(c));
}

/** A name in a list: Han (and a bracket), ending as a unit's name ends. */
const NAME_RE = /^[\u4e00-\u9fff()（）]{2,16}$/;
const isUnitList = (s: string) => !/[、,，]$/.test(s) && s.split(/[、,，]/).every((n) => NAME_RE.test(n) && UNIT_END_RE.test(n));

/** Lines a unit cell wraps over at most. */
const MAX_UNIT_LINES = 4;

/** The end (exclusive) of the unit cell that starts at line x, or -1: the fewest lines that join into a list of names. */
function unitCellEnd(lines: string[], x: number): number {
  let joined = '';
  for (let y = x; y < lines.length && y < x + MAX_UNIT_LINES; y++) {
    const line = lines[y].trim();
    if (!/^[\u4e00-\u9fff()（）、,，]+$/.test(line)) return -1;
    joined += line;
    if (isUnitList(joined) && !/^[、,，]/.test(lines[y + 1]?.trim() ?? '')) return y + 1;
  }
  return -1;
}

/**
 * The row's first cell: its first line and the lines after it while the one before filled the column's width (a
 * wrapped cell's lines are as long as its first, all but the last); a longer line is the next, wider cell.
 */
function firstCellEnd(lines: string[], k: number, end: number): number {
  const width = lines[k].trim().length;
  let y = k + 1;
  while (y < end && lines[y - 1].trim().length >= width - 1 && lines[y].trim().length <= width + 1) y++;
  return y;
}

/** Lines a row may hold: past it the text has left the table. */
const MAX_ROW_LINES = 40;
const PAGE_NUMBER_RE = /^\s*[-—]?\s*\d{1,3}\s*[-—]?\s*$/;

/** The rows after a wrapped header, each rewritten as a paragraph-task; the last one the text cut keeps its words. */
export function findWrappedRows(lines: string[]): TableRewrite[] {
  const start = lines.findIndex(wrappedHeader);
  if (start < 0) return [];
  const out: TableRewrite['lines'] = [];
  let k = start + 1;
  while (k < lines.length) {
    if (lines[k].trim() === '' || PAGE_NUMBER_RE.test(lines[k]) || wrappedHeader(lines[k])) { k++; continue; }
    let x = k + 1;
    let end = -1;
    for (; x < lines.length && x < k + MAX_ROW_LINES; x++) if ((end = unitCellEnd(lines, x)) > 0) break;
    // A cell's last line glued to the names would read as one (规范化培育市场 / 省工商局、知识产权 / 局): when the next
    // line starts the same list, a line with no separator that does not end as a name is the cell before's.
    if (end > 0 && x + 1 < end && !/[、,，]/.test(lines[x]) && !UNIT_END_RE.test(lines[x].trim()) && unitCellEnd(lines, x + 1) === end) x++;
    const last = end < 0 && x === lines.length;
    if (end < 0 && !last) break;
    const cellsEnd = end < 0 ? lines.length : x;
    const first = firstCellEnd(lines, k, cellsEnd);
    const title = lines.slice(k, first).map((l) => l.trim()).join('');
    const content = lines.slice(first, cellsEnd).map((l) => l.trim()).join('');
    if (last) {
      // Cut before its unit cell: the words stay, with no annotation and no closing 。 (the excerpt's last paragraph).
      out.push({ text: `${title}。${content}`, sourceLine: k });
      k = lines.length;
      break;
    }
    const units = lines.slice(x, end).map((l) => l.trim()).join('');
    out.push({ text: rowLine(['task', 'content', 'responsible'], [title, content, units]), sourceLine: k });
    k = end;
  }
  return out.length > 0 ? [{ from: start + 1, to: k, lines: out }] : [];
}
