// Table cells that a repost joined with `|` (a row on one line, one cell per line ending in ` |`, or a
// key/value row `牵头单位: | X |`) become one cell per line, the shape the flattened-table reader knows.
import { columnOf } from './tables.ts';
import type { TextWork } from './text-work.ts';

const DELIMITER_CELL = /^:?-{3,}:?$/;

interface Cell { start: number; end: number }

/** Non-empty cells of one line, trimmed, by position. */
function cellsOf(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== '|') continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s && !DELIMITER_CELL.test(text.slice(s, e))) cells.push({ start: s, end: e });
    start = i + 1;
  }
  return cells;
}

/**
 * Lines with `|` rewritten cell by cell; the offset map follows every character kept. A key cell ending
 * in a colon stays on its value's line (`牵头单位:X`), except a task key (`重点工作:`), whose value is the item.
 */
export function splitPipeCells(work: TextWork): TextWork {
  const { text, map } = work;
  if (!text.includes('|')) return work;
  const parts: string[] = [];
  const maps: number[] = [];
  const keep = (from: number, to: number) => { parts.push(text.slice(from, to)); for (let i = from; i < to; i++) maps.push(map[i]); };
  const add = (s: string, origin: number) => { parts.push(s); for (let k = 0; k < s.length; k++) maps.push(origin); };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.lastIndexOf('|', lineEnd - 1) < lineStart) keep(lineStart, lineEnd);
    else writeCells(text, cellsOf(text, lineStart, lineEnd), keep, (s, at) => add(s, map[at] ?? 0));
    if (nl < 0) break;
    keep(nl, nl + 1);
    lineStart = nl + 1;
  }
  return { text: parts.join(''), map: Int32Array.from(maps) };
}

function writeCells(text: string, cells: Cell[], keep: (from: number, to: number) => void, add: (s: string, at: number) => void): void {
  cells.forEach((cell, k) => {
    const key = text.slice(cell.start, cell.end);
    const isKey = k === 0 && cells.length > 1 && /[:：]$/.test(key);
    if (isKey && columnOf(key.slice(0, -1)) === 'task') return;
    keep(cell.start, cell.end);
    if (k < cells.length - 1 && !isKey) add('\n', cell.end);
  });
}
