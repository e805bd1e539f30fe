// Header cells of a one-cell-per-line table that the page broke over two lines (责任 / 领导, 第二季度 / 完成情况)
// are joined back, so the table reader sees one known header per line.
import { columnOf, headerWordColumn } from './tables.ts';
import type { TextWork } from './text-work.ts';

/** More cells than a header has: the walk from a 序号 line stops here whatever it meets. */
const MAX_HEADER_LINES = 24;
const MAX_CELL_CHARS = 10;
/** The next row's serial ((二), (3)) right after a header: a new line, never a note that widens the last header cell. */
const SERIAL_CELL_RE = /^[(（](?:[一二三四五六七八九十]{1,3}|\d{1,3})[)）]$/;

interface Line { start: number; end: number }

/** The non-blank lines from `from` on, at most `max` of them. */
function cellLines(text: string, from: number, max: number): Line[] {
  const out: Line[] = [];
  for (let start = from; start < text.length && out.length < max;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/** Spans to delete (the break between two halves of one header cell) after one 序号 line. */
function breaksAfter(text: string, serialEnd: number): Line[] {
  const lines = cellLines(text, serialEnd + 1, MAX_HEADER_LINES);
  const cut: Line[] = [];
  const cell = (l: Line) => text.slice(l.start, l.end).trim();
  for (let i = 0; i < lines.length; i++) {
    const a = cell(lines[i]);
    const b = i + 1 < lines.length ? cell(lines[i + 1]) : '';
    // Two cells that are each a whole header of four characters or more (事项分类 / 事项名称) are two columns, not one
    // broken cell; a short tail (攻坚目标 / 任务) still joins.
    const whole = Math.min(a.length, b.length) >= 4 && columnOf(a) !== null && columnOf(b) !== null;
    if (b && !whole && a.length + b.length <= MAX_CELL_CHARS && columnOf(a + b) !== null && columnOf(b) !== 'serial' && !SERIAL_CELL_RE.test(b)) {
      cut.push({ start: lines[i].end, end: lines[i + 1].start });
      i++;
    } else if (columnOf(a) === null && headerWordColumn(a) === null) break;
  }
  return cut;
}

/** Broken header cells joined; the deleted line breaks drop out of the offset map. */
export function joinHeaderLines(work: TextWork): TextWork {
  const { text, map } = work;
  const cuts: Line[] = [];
  for (const m of text.matchAll(/^[ \t]*序[ \t]*号[ \t]*$/gm)) cuts.push(...breaksAfter(text, m.index! + m[0].length));
  if (cuts.length === 0) return work;
  const parts: string[] = [];
  const keep: number[] = [];
  let last = 0;
  for (const c of cuts) {
    parts.push(text.slice(last, c.start));
    for (let i = last; i < c.start; i++) keep.push(map[i]);
    last = c.end;
  }
  parts.push(text.slice(last));
  for (let i = last; i < text.length; i++) keep.push(map[i]);
  return { text: parts.join(''), map: Int32Array.from(keep) };
}
