// Rows of a task table grouped under serials in Chinese numerals (一 / 区住建局 / 区政府民生实事项目(1个) / (一)项目 /
// 1.子项目 / 区城投 / 已完工): the group row names the lead of every project in it, and the projects are numbered inside
// the task cell ((一), 1.), each followed by its own cells. Read as a heading per group and an item per project.
import { chineseNumber } from '../outline/markers.ts';
import type { Column } from './tables.ts';

interface GroupRows { lines: { text: string; sourceLine: number }[]; next: number }
type RowLine = (columns: Column[], cells: string[]) => string;

const GROUP_SERIAL_RE = /^\s*([一二三四五六七八九十]{1,3})\s*$/;
const ITEM_CELL_RE = /^\s*(?:([(（])[一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])\S/;

/** More lines than a group of real tables holds: bounds the look for the next group, so a header repeated over a long
 * text costs no more than its own rows. */
const MAX_GROUP_LINES = 400;

const groupValue = (line: string | undefined) => {
  const m = GROUP_SERIAL_RE.exec(line ?? '');
  return m ? chineseNumber(m[1]) : null;
};

/** The projects of one group from line `from` (its first numbered task cell) up to `end`. */
function projects(lines: string[], from: number, end: number, cellsPerItem: number): { at: number; cells: string[] }[] | null {
  const out: { at: number; cells: string[] }[] = [];
  for (let k = from; k < end; k++) {
    if (ITEM_CELL_RE.test(lines[k])) out.push({ at: k, cells: [] });
    else if (out.length === 0 || out[out.length - 1].cells.length >= cellsPerItem) return null;
    else out[out.length - 1].cells.push(lines[k]);
  }
  return out;
}

/**
 * Read groups 一, 二, … from line `from` under `columns` (a serial first, the task column after the group's own
 * cells). Null unless every group reads: its cells before the task, then numbered task cells with their own cells.
 */
export function readGroupRows(lines: string[], from: number, columns: Column[], rowLine: RowLine): GroupRows | null {
  const taskAt = columns.indexOf('task');
  const leadAt = columns.indexOf('lead');
  if (columns[0] !== 'serial' || taskAt < 2 || leadAt < 1 || leadAt > taskAt || groupValue(lines[from]) !== 1) return null;
  const after = columns.slice(taskAt + 1);
  const out: GroupRows['lines'] = [];
  let k = from;
  for (let value = 1; groupValue(lines[k]) === value; value++) {
    const own = lines.slice(k + 1, k + taskAt);
    if (!ITEM_CELL_RE.test(lines[k + taskAt] ?? '')) return out.length > 0 ? { lines: out, next: k } : null;
    let end = k + taskAt;
    const limit = Math.min(lines.length, k + MAX_GROUP_LINES);
    while (end < limit && groupValue(lines[end]) !== value + 1) end++;
    const items = projects(lines, k + taskAt, end, after.length);
    if (!items) return out.length > 0 ? { lines: out, next: k } : null;
    const lead = own[leadAt - 1].trim();
    out.push({ text: `${lines[k].trim()}、${own.filter((_, i) => i !== leadAt - 1).map((c) => c.trim()).join(',')}`, sourceLine: k });
    items.forEach((item, i) => {
      // A project with no cells of its own over numbered sub-projects ((二)…学校建设 / 1.… / 2.…) is their heading.
      const heading = item.cells.length === 0 && ITEM_CELL_RE.exec(lines[item.at])?.[1] !== undefined && i + 1 < items.length && ITEM_CELL_RE.exec(lines[items[i + 1].at])?.[1] === undefined;
      const text = heading ? lines[item.at].trim() : rowLine(['task', 'lead', ...after], [lines[item.at], lead, ...item.cells, ...after.slice(item.cells.length).map(() => '')]);
      out.push({ text, sourceLine: item.at });
    });
    k = end;
  }
  return { lines: out, next: k };
}
