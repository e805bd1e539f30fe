// A table flattened with a blank line after every cell whose cells wrap inside with single line breaks (嘉定 2024: 海绵城市 /
// 建设管理 is one 任务类型 cell; 区建设管理委、…、 / 区水务局、区交通委、 / 各街镇 one 责任单位 cell). The blank lines part the
// cells, so after a header printed that way each run of lines between blank lines is one cell: its breaks are dropped
// (the offset map drops them too) and the table reader sees one cell a line.
import { columnOf } from './tables.ts';
import type { TextWork } from './text-work.ts';

/** Fewer header cells than a task table has (序号, 任务, 单位). */
const MIN_HEADER_CELLS = 3;
const MAX_HEADER_CELLS = 12;
/** A line that opens a part of the text after the table (二、, (三), 附件2): the table's cells stop before it. */
const NEW_PART_RE = /^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|附件|\d{1,2}[.、．]\S)/;

/** A row's 序号 on its own line: it opens the next row, so no cell runs into it or out of it. */
const SERIAL_LINE_RE = /^\s*\d{1,3}\s*$/;

const isDuty = (line: string) => {
  const c = columnOf(line.trim());
  return c === 'lead' || c === 'support' || c === 'responsible';
};

/** The line after a header printed one cell a line with a blank line after each (序号 / / 任务类型 / / …), else -1. */
function headerEnd(lines: string[], i: number): number {
  if (columnOf(lines[i].trim()) !== 'serial') return -1;
  let k = i;
  let cells = 0;
  let duty = false;
  while (k < lines.length && cells < MAX_HEADER_CELLS && columnOf(lines[k].trim()) !== null && lines[k + 1]?.trim() === '') {
    duty ||= isDuty(lines[k]);
    cells++;
    k += 2;
  }
  return cells >= MIN_HEADER_CELLS && duty ? k : -1;
}

/** Offsets of the line breaks inside cells: between two non-blank lines after such a header, up to a new part. */
function innerBreaks(text: string): number[] {
  const lines = text.split('\n');
  const breaks: number[] = [];
  let inTable = false;
  let at = 0;
  for (let i = 0; i < lines.length; at += lines[i].length + 1, i++) {
    const end = headerEnd(lines, i);
    if (end >= 0) inTable = true;
    else if (NEW_PART_RE.test(lines[i])) inTable = false;
    if (end >= 0 || !inTable) continue;
    const next = lines[i + 1] ?? '';
    if (!lines[i].trim() || !next.trim() || NEW_PART_RE.test(next) || SERIAL_LINE_RE.test(lines[i]) || SERIAL_LINE_RE.test(next)) continue;
    breaks.push(at + lines[i].length);
  }
  return breaks;
}

export function joinBlankLineCells(work: TextWork): TextWork {
  if (!work.text.includes('\n\n')) return work;
  const breaks = innerBreaks(work.text);
  if (breaks.length === 0) return work;
  const parts: string[] = [];
  const map = new Int32Array(work.text.length - breaks.length);
  let last = 0;
  let out = 0;
  for (const b of [...breaks, work.text.length]) {
    parts.push(work.text.slice(last, b));
    map.set(work.map.subarray(last, b), out);
    out += b - last;
    last = b + 1;
  }
  return { text: parts.join(''), map };
}
