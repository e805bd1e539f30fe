// A project list with no duty column flattened one cell a line (普陀 2026 水务 十五五 规划's 重点项目清单: 序号 / 项目类型 /
// 项目名称 / 具体内容 / “十五五”目标, then 一 / 水安全, 1 / 泵闸新改建工程 / 蔡家浜泵闸建设工程 / 新开… / 完成建设): each numbered
// row is a project the plan sets, a task with no unit. The table reader (tables.ts) reads only tables with a duty column,
// so this one is read on its own: rows from serial to serial, a group's Chinese numeral and name kept as its heading.
import { chineseNumber } from '../outline/markers.ts';
import { columnOf, type TableRewrite } from './tables.ts';

const SERIAL_HEADER_RE = /^(?:序号|编号)$/u;
/** The column naming each project (项目名称, 工程名称, 项目): what makes the table a project list. */
const NAME_HEADER_RE = /^(?:[\u4e00-\u9fff]{0,4}(?:项目|工程)(?:名称)?)$/u;
/** A header cell: short, no sentence punctuation (“十五五”目标, 现状值(2025年) are cells; a sentence is not). */
const HEADER_CELL_RE = /^[^。，,；;：:]{2,14}$/u;
const GROUP_SERIAL_RE = /^([一二三四五六七八九十]{1,3})$/u;
/** A group's name: a short phrase, no sentence (水安全, 水质量). */
const GROUP_NAME_RE = /^[\u4e00-\u9fff]{2,12}$/u;
/** At most this many header cells; fewer numbered rows than MIN_ROWS is no list. */
const MAX_COLUMNS = 10;
const MIN_ROWS = 3;

const isDutyColumn = (cell: string) => ['lead', 'support', 'responsible'].includes(columnOf(cell) ?? '');

/** The header from the 序号 line at `h` (its cells up to the first row's serial), or null when it is no project list's. */
function headerAt(cell: (k: number) => string, h: number): string[] | null {
  const header: string[] = [];
  for (let k = h + 1; k - h <= MAX_COLUMNS; k++) {
    const c = cell(k);
    if (c === '1' || GROUP_SERIAL_RE.test(c)) break;
    if (!HEADER_CELL_RE.test(c) || isDutyColumn(c)) return null;
    header.push(c);
  }
  return header.length >= 2 && header.some((c) => NAME_HEADER_RE.test(c)) ? header : null;
}

/** Rows of every project list with no duty column, each rewritten as a numbered item: its name, then its other cells. */
export function findProjectRows(lines: string[]): TableRewrite[] {
  const rewrites: TableRewrite[] = [];
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  const cell = (k: number) => (k < filled.length ? lines[filled[k]].trim() : '');
  for (let h = 0; h < filled.length; h++) {
    if (!SERIAL_HEADER_RE.test(cell(h))) continue;
    const header = headerAt(cell, h);
    if (!header) continue;
    const nameAt = header.findIndex((c) => NAME_HEADER_RE.test(c) && /名称$/u.test(c));
    const name = nameAt >= 0 ? nameAt : header.findIndex((c) => NAME_HEADER_RE.test(c));
    const out: TableRewrite['lines'] = [];
    let k = h + 1 + header.length;
    let group = 0;
    let n = 1;
    for (;;) {
      // A group row: its numeral (the next one) and its name, kept as a heading over its rows.
      const g = GROUP_SERIAL_RE.exec(cell(k));
      if (g && chineseNumber(g[1]) === group + 1 && GROUP_NAME_RE.test(cell(k + 1)) && cell(k + 2) === String(n)) {
        out.push({ text: `${g[1]}、${cell(k + 1)}`, sourceLine: filled[k] });
        group++;
        k += 2;
        continue;
      }
      if (cell(k) !== String(n)) break;
      // The row's cells: up to the next row's serial or group, at most one a column. A cell merged over rows (项目类型) is
      // printed on its span's first row only, so a shorter row lacks the first columns: its cells are the last ones.
      let end = k + 1;
      while (end < filled.length && end - k <= header.length && cell(end) !== String(n + 1) && !GROUP_SERIAL_RE.test(cell(end))) end++;
      const cells = filled.slice(k + 1, end).map((i) => lines[i].trim());
      if (cells.length < 2) break;
      const from = header.length - cells.length;
      const title = cells[name - from] ?? cells[0];
      const rest = cells.slice(Math.max(0, name - from + 1));
      out.push({ text: `${n}.${[title, ...rest].map((c) => c.replace(/[。;；]+$/u, '')).join('。')}。`, sourceLine: filled[k] });
      n++;
      k = end;
    }
    if (n - 1 < MIN_ROWS) continue;
    rewrites.push({ from: filled[h], to: k < filled.length ? filled[k] : lines.length, lines: out });
    h = k - 1;
  }
  return rewrites;
}
