// Rows of a task list flattened one cell a line whose only cell after the task is its unit cell (任务类型 / 序号 / 工作任务 /
// 推进单位, 静安 2023): the unit cell is merged over the rows of its span, so it is printed on the span's first row only,
// and the group cells (行动二:… / 旧区改造) come between rows, sometimes two a row. A row that prints no unit cell
// belongs to the span of the unit cell above it: with no other column after the task, an empty cell has nothing else
// to be. (A table with more cells after the task, a deadline or a leader, prints its merged cells the same way and the
// generic readers keep such rows empty: 略阳 2019.)
import { isDuty, UNIT_END_RE } from './merged-rows.ts';
import { rowLine, type Column } from './tables.ts';

interface CarriedRows { lines: { text: string; sourceLine: number }[]; next: number }

const SERIAL_RE = /^\s*(\d{1,3})\s*$/;
/** More group lines than stand between two rows of a real list (an action, then its kind). */
const MAX_GROUP_LINES = 3;
/** A group cell is a name, not a sentence. */
const MAX_GROUP_CHARS = 50;

/** The shape: group columns, 序号, the task, then one duty column and nothing after it. */
function carriedColumns(columns: Column[]): boolean {
  const serial = columns.indexOf('serial');
  const last = columns.length - 1;
  return serial >= 0 && columns.slice(0, serial).every((c) => c === 'group') && columns[serial + 1] === 'task'
    && serial + 2 === last && isDuty(columns[last]);
}

/**
 * A unit cell: names parted by 、, Han (and quotes, brackets) only, most ending as a unit's name does (区“两旧”专班 beside
 * 区房管局); a lone name must end so. No figure, no clause.
 */
function isUnitCell(line: string): boolean {
  const c = line.trim();
  if (c.length < 2 || c.length > 200 || /[。,，;；:：\d%]/.test(c)) return false;
  const parts = c.split('、');
  if (!parts.every((p) => /^[\u4e00-\u9fff“”"()（）]{2,24}$/.test(p))) return false;
  const named = parts.filter((p) => UNIT_END_RE.test(p)).length;
  return parts.length === 1 ? named === 1 && !/园区$/.test(c) : named * 2 >= parts.length;
}

const isGroupLine = (line: string) => {
  const c = line.trim();
  return c.length >= 2 && c.length <= MAX_GROUP_CHARS && !SERIAL_RE.test(c) && !/[。;；]$/.test(c);
};

/** The group lines from `k` up to the next row's serial `next`; null when the list does not go on there. */
function groupLinesBefore(lines: string[], k: number, next: number): number | null {
  let j = k;
  while (j < lines.length && j - k < MAX_GROUP_LINES && isGroupLine(lines[j])) j++;
  return Number(SERIAL_RE.exec(lines[j] ?? '')?.[1]) === next ? j : null;
}

/**
 * Read the rows from line `from` (serials 1, 2, 3 … in order, group lines kept as lines of their own). Null unless the
 * columns fit, two rows read and some row carries the unit cell above it: a list that prints every cell is the generic
 * reader's.
 */
export function readCarriedUnitRows(lines: string[], from: number, columns: Column[]): CarriedRows | null {
  if (!carriedColumns(columns)) return null;
  const out: CarriedRows['lines'] = [];
  let k = groupLinesBefore(lines, from, 1);
  if (k === null) return null;
  for (let g = from; g < k; g++) out.push({ text: lines[g].trim(), sourceLine: g });
  let serial = 0;
  let above = '';
  let carried = false;
  let next = k;
  while (k < lines.length && Number(SERIAL_RE.exec(lines[k])?.[1]) === serial + 1) {
    const task = lines[k + 1];
    if (task === undefined || !task.trim() || SERIAL_RE.test(task)) break;
    serial++;
    let end = k + 2;
    let unit = '';
    if (end < lines.length && isUnitCell(lines[end])) unit = lines[end++].trim();
    // A last row cut by the end of the text (嘉兴 2022's excerpt) may have lost its cell: it carries only in a list that
    // has already shown a merged span.
    else if (above && (carried || lines.slice(end).some((l) => l.trim()))) { unit = above; carried = true; }
    above = unit;
    const cells = columns.map((c) => (c === 'serial' ? String(serial) : c === 'task' ? task.trim() : isDuty(c) ? unit : ''));
    out.push({ text: rowLine(columns, cells), sourceLine: k });
    next = end;
    const groups = groupLinesBefore(lines, end, serial + 1);
    if (groups === null) break;
    for (let g = end; g < groups; g++) out.push({ text: lines[g].trim(), sourceLine: g });
    k = groups;
  }
  // Group lines after the last row are the text after the table: they are left in place.
  while (out.length > 0 && !/^\d/.test(out[out.length - 1].text)) out.pop();
  return serial >= 2 && carried ? { lines: out, next } : null;
}
