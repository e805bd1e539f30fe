// Spaced tables the one-line reader (space-cells.ts) leaves: a group heading between header and rows, empty
// leading cells (`3   抓好…`), a cell broken onto the next lines (two leads, one per line), a progress column last.
import { isDeadlineCell, isUnitNames } from './merged-rows.ts';
import { lineSpans, type LineSpan } from './row-offsets.ts';
import { headerOf, tokensOf } from './space-cells.ts';
import type { Column } from './tables.ts';
import type { TextWork } from './text-work.ts';

interface Cell { start: number; end: number; joins?: Cell[] }
type Line = LineSpan;

const ROW_START = /^(\d{1,3})( +)\S/;
const HEADING = /^\s*([一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)])/;
const DUTY = new Set<Column>(['lead', 'support', 'responsible']);
/** A cell broken over more lines than this is prose after the table, not a cell. */
const MAX_CONTINUATION_LINES = 4;

/** The first line's cells: the serial, then `k` spaces right after it stand for k-1 empty cells. */
function firstLineTokens(text: string, line: Line): Cell[] {
  const m = ROW_START.exec(text.slice(line.start, line.end))!;
  const serial = { start: line.start, end: line.start + m[1].length };
  const empties = Array.from({ length: m[2].length - 1 }, () => ({ start: serial.end, end: serial.end }));
  return [serial, ...empties, ...tokensOf(text, serial.end, line.end)];
}

/**
 * Cells of one row. When the last column is a duty, cells after the task take one token each from the end;
 * when it is not (a progress or remarks column, whose text has spaces of its own), the task ends with its
 * sentence (。) and the last column takes the rest.
 */
function cellsOf(text: string, tokens: Cell[], columns: Column[]): Cell[] | null {
  const t = columns.indexOf('task');
  const after = columns.length - t - 1;
  if (tokens.length < columns.length) return null;
  const span = (a: Cell[]): Cell => ({ start: a[0].start, end: a[a.length - 1].end });
  if (!DUTY.has(columns[columns.length - 1])) {
    const end = tokens.findIndex((c, i) => i >= t && text[c.end - 1] === '。');
    if (end >= 0 && tokens.length - end - 1 >= after) {
      const mid = tokens.slice(end + 1, end + after);
      return [...tokens.slice(0, t), span(tokens.slice(t, end + 1)), ...mid, span(tokens.slice(end + after))];
    }
  }
  return [...tokens.slice(0, t), span(tokens.slice(t, tokens.length - after)), ...tokens.slice(tokens.length - after)];
}

/**
 * A progress report's row (序号 目标任务 牵头责任部门 进展情况 存在问题 完成时限, 禹会区 2023): the report's cells after the
 * duty columns are prose with spaces of their own, or empty, so neither the token count nor a 。 places the cells.
 * The duty cell does: the first token after the task made only of unit names. The task is what lies before it, each
 * duty column takes one token, a date ending the row is its deadline, and the report's first cell takes the rest.
 */
function reportCells(text: string, tokens: Cell[], columns: Column[]): Cell[] | null {
  const t = columns.indexOf('task');
  const lastDuty = columns.length - 1 - [...columns].reverse().findIndex((c) => DUTY.has(c));
  if (lastDuty <= t || lastDuty === columns.length - 1 || columns.slice(t + 1, lastDuty + 1).some((c) => !DUTY.has(c))) return null;
  const at = tokens.findIndex((c, i) => i > t && isUnitNames(text.slice(c.start, c.end)));
  if (at < 0 || at + lastDuty - t > tokens.length) return null;
  const rest = tokens.slice(at + lastDuty - t);
  const empty = (c: Cell): Cell => ({ start: c.end, end: c.end });
  const last = tokens[tokens.length - 1];
  const dated = columns[columns.length - 1] === 'deadline' && rest.length > 0 && isDeadlineCell(text.slice(last.start, last.end));
  const report = dated ? rest.slice(0, -1) : rest;
  const tail: Cell[] = Array.from({ length: columns.length - lastDuty - 1 }, () => empty(last));
  if (report.length > 0) tail[0] = { start: report[0].start, end: report[report.length - 1].end };
  if (dated) tail[tail.length - 1] = last;
  return [...tokens.slice(0, t), { start: tokens[t].start, end: tokens[at - 1].end }, ...tokens.slice(at, at + lastDuty - t), ...tail];
}

/** The text's last row, cut by the excerpt inside its task (`5 营商环境(“四送一服”、双千`): its serial and what is left of the task. */
function cutRow(tokens: Cell[], columns: Column[]): Cell[] | null {
  const t = columns.indexOf('task');
  return tokens.length > t ? [...tokens.slice(0, t), { start: tokens[t].start, end: tokens[tokens.length - 1].end }] : null;
}

/** Cells whose duty cells read as unit names: a row read right; otherwise null. */
function dutiesRead(text: string, cells: Cell[] | null, columns: Column[]): Cell[] | null {
  return cells && columns.every((c, i) => !DUTY.has(c) || isUnitNames(text.slice(cells[i].start, cells[i].end))) ? cells : null;
}

/** A row whose first line is short: its last lines fill the missing cells, earlier ones continue the cell before. */
function brokenRow(tokens: Cell[], more: Line[], columns: Column[]): Cell[] | null {
  const missing = columns.length - tokens.length;
  if (missing < 0 || more.length === 0 || tokens.length < 2) return null;
  const own = more.slice(Math.max(0, more.length - missing));
  const joined = more.slice(0, more.length - own.length);
  const last = { ...tokens[tokens.length - 1], joins: joined };
  return [...tokens.slice(0, -1), last, ...own.map((l) => ({ start: l.start, end: l.end }))];
}

/** Every rewritten line: its index and the cells it becomes (one line each). */
function findRows(text: string, lines: Line[]): Map<number, Cell[]> {
  const rows = new Map<number, Cell[]>();
  let header: { at: number; cells: Cell[]; columns: Column[] } | null = null;
  const rowAt = (i: number) => ROW_START.test(text.slice(lines[i].start, lines[i].end));
  const plain = (i: number) => lines[i].end > lines[i].start && !rowAt(i) && !HEADING.test(text.slice(lines[i].start, lines[i].end));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!header || !rowAt(i)) {
      if (header && HEADING.test(text.slice(line.start, line.end))) continue;
      const h = headerOf(text, tokensOf(text, line.start, line.end));
      header = h ? { at: i, ...h } : null;
      continue;
    }
    const tokens = firstLineTokens(text, line);
    let j = i + 1;
    if (tokens.length < header.columns.length) while (j < lines.length && j - i <= MAX_CONTINUATION_LINES && plain(j)) j++;
    const read = j > i + 1 ? brokenRow(tokens, lines.slice(i + 1, j), header.columns) : cellsOf(text, tokens, header.columns);
    const cells = j > i + 1 ? read : dutiesRead(text, read, header.columns) ?? reportCells(text, tokens, header.columns) ?? read;
    const row = cells ?? (j >= lines.length ? cutRow(tokens, header.columns) : null);
    if (!row) { header = null; continue; }
    rows.set(header.at, header.cells);
    rows.set(i, row);
    for (let k = i + 1; k < j; k++) rows.set(k, []);
    i = j - 1;
  }
  return rows;
}

/** Spaced table rows rewritten one cell per line; the offset map follows every character kept. */
export function splitSpacedRows(work: TextWork): TextWork {
  const { text, map } = work;
  if (!/序\s*号/.test(text)) return work;
  const lines = lineSpans(text);
  const rows = findRows(text, lines);
  if (rows.size === 0) return work;
  const parts: string[] = [];
  const maps: number[] = [];
  const keep = (from: number, to: number) => { parts.push(text.slice(from, to)); for (let i = from; i < to; i++) maps.push(map[i]); };
  const add = (s: string, at: number) => { parts.push(s); maps.push(map[Math.min(at, map.length - 1)] ?? 0); };
  lines.forEach((line, i) => {
    const cells = rows.get(i);
    if (!cells) keep(line.start, line.end);
    // A cell's lines joined into one list (区财政局 / 区税务局 → 区财政局、区税务局).
    else cells.forEach((c, k) => {
      keep(c.start, c.end);
      for (const more of c.joins ?? []) { add('、', more.start); keep(more.start, more.end); }
      if (k < cells.length - 1) add('\n', c.end);
    });
    if (line.end < text.length && !(cells && cells.length === 0)) keep(line.end, line.end + 1);
  });
  return { text: parts.join(''), map: Int32Array.from(maps) };
}
