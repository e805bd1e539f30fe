// Units a space apart where a list is expected become a 、 list before spaces inside Chinese text are dropped: a duty
// cell of a numbered `|` table (one row a line, or one cell a line) and an own-line duty label's value. Each stage keeps
// the text's length (each space run's first space becomes 、), so the offset map is unchanged.
import { isCollective, suffixKind } from '../units/surface.ts';
import { cellsOf, DUTY } from './pipe-rows.ts';
import { lineSpans } from './row-offsets.ts';
import { columnOf, headerWordColumn, type Column } from './tables.ts';
import type { TextWork } from './text-work.ts';

/**
 * `work` with a 、 in place of the character at each of `at`: the text rebuilt from slices (splitting it into an array
 * of every character of the document and joining that again cost each document its length in allocations).
 */
function listMarked(work: TextWork, at: number[]): TextWork {
  if (at.length === 0) return work;
  at.sort((a, b) => a - b);
  const { text } = work;
  let out = '';
  let from = 0;
  for (const i of at) {
    if (i < from) continue;
    out += `${text.slice(from, i)}、`;
    from = i + 1;
  }
  return { text: out + text.slice(from), map: work.map };
}

/**
 * A numbered `|` table (序号 | 目标与任务 | 牵头责任单位 | 责任单位 |) is read later, one cell a line, after spaces inside
 * Chinese text are dropped: units its duty cells separate by a space only (市人力资源社会保障局 市农业农村局, 芜湖 2025;
 * 县教体局 各相关乡镇政府, 吉水 2020) get their 、 here first, where the cells are still known. A blank line keeps the
 * table; a line of text ends it. Same length: each space run's first space becomes 、.
 */
export function listSpacedDutyCells(work: TextWork): TextWork {
  const { text } = work;
  if (!text.includes('|')) return work;
  const at: number[] = [];
  let columns: Column[] | null = null;
  let start = 0;
  for (let nl = text.indexOf('\n'); start <= text.length; nl = text.indexOf('\n', start)) {
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (!line.includes('|')) {
      if (line.trim() !== '') columns = null;
    } else if (columns) {
      let cellAt = start;
      line.split('|').forEach((cell, i) => {
        const k = i - (line.trimStart().startsWith('|') ? 1 : 0);
        if (DUTY.has(columns![k]) && isNameList(cell)) for (const gap of nameGaps(cell)) at.push(cellAt + gap);
        cellAt += cell.length + 1;
      });
    } else columns = numberedHeaderOf(line);
    if (nl < 0) break;
    start = nl + 1;
  }
  return listMarked(work, at);
}

/** One cell on its line, closed by ` |` (序号 |, 主要任务 |, 市委社会工作部 市广播电视台 |). */
const CELL_LINE_RE = /^\s*([^|]*?)\s*\|\s*$/;

/**
 * The same for a `|` table printed one cell a line (淮南 2025: 序号 | / 主要任务 | / 牵头单位 | / 落实情况 |, then each
 * row's cells): the header is the run of cell lines whose every cell is a known column, opened by 序号, with a task
 * and a duty among them; after it, cell lines take the columns in turn, so a duty cell whose units are a space apart
 * (市委社会工作部 市广播电视台 市地震局) gets its 、 before spaces inside Chinese text are dropped. Blank lines are no
 * cells; any other line ends the table. Same length, as above.
 */
export function listSpacedDutyCellLines(work: TextWork): TextWork {
  const { text } = work;
  if (!text.includes('|')) return work;
  const marks: number[] = [];
  let header: Column[] = [];
  let columns: Column[] | null = null;
  let k = 0;
  for (const { start, end } of lineSpans(text)) {
    const line = text.slice(start, end);
    const cell = CELL_LINE_RE.exec(line)?.[1];
    if (cell === undefined) {
      if (line.trim() !== '') { columns = null; header = []; }
      continue;
    }
    if (!columns) {
      const column = columnOf(cell) ?? headerWordColumn(cell);
      if (column) { header = column === 'serial' ? ['serial'] : header.length > 0 ? [...header, column] : []; continue; }
      if (header.length < 2 || !header.includes('task') || !header.some((c) => DUTY.has(c))) { header = []; continue; }
      columns = header;
      k = 0;
    }
    if (DUTY.has(columns[k % columns.length]) && isNameList(cell)) {
      const at = start + line.indexOf(cell);
      for (const gap of nameGaps(cell)) marks.push(at + gap);
    }
    k++;
  }
  return listMarked(work, marks);
}

/** Any duty label (a cheap scan: no `\S+` after it, which would cost a long line's length at every label). */
const ANY_DUTY_LABEL_RE = /(?:单\s*位|部\s*门)\s*[:：]/u;
/** An own-line duty label and its value (责任单位:市发改委 五县五区政府 开发区管委会; the label may be spaced out). */
const DUTY_LABEL_LINE_RE = /^(\s*(?:牵\s*头|责\s*任|配\s*合|协\s*办|主\s*办)\s*(?:单\s*位|部\s*门)\s*[:：]\s*)(\S.*?)\s*$/u;

/**
 * The same for an own-line duty label whose units are a space apart (开封 2005, a law site's copy: `责任单位:市发改委
 * 五县五区政府 开发区管委会`): only when every part ends a name (a unit's suffix, 政府, a collective), so a label followed by
 * a verb (责任单位:市发改委 牵头) or a sentence is left alone. Same length, as above.
 */
export function listSpacedLabelUnits(work: TextWork): TextWork {
  const { text } = work;
  if (!ANY_DUTY_LABEL_RE.test(text)) return work;
  const at: number[] = [];
  for (const { start, end } of lineSpans(text)) {
    const m = DUTY_LABEL_LINE_RE.exec(text.slice(start, end));
    if (!m || !isNameList(m[2])) continue;
    const gaps = nameGaps(m[2]);
    if (gaps.length !== m[2].split(/[ \t\u3000]+/).length - 1 || !endsName(m[2].slice(m[2].search(/\S*$/)))) continue;
    for (const gap of gaps) at.push(start + m[1].length + gap);
  }
  return listMarked(work, at);
}

/** A space between two names: after a CJK character or `)`, before a CJK character or `(`. */
const NAME_GAP = /(?<=[\u4e00-\u9fff)）])[ \t\u3000]+(?=[\u4e00-\u9fff(（])/g;

/**
 * The offsets of the spaces between two names in a cell: a space after words that end no name (节能与综合 利用司,
 * 信息化和软件 服务业司: a ministry's 司 name wrapped at the column's width, 工信部 2018) is the wrap, left for
 * dropInnerSpaces to join.
 */
function nameGaps(cell: string): number[] {
  return [...cell.matchAll(NAME_GAP)].filter((m) => endsName(cell.slice(0, m.index!).trimEnd())).map((m) => m.index!);
}

/** Whether the last word of `left` ends a unit's name: a unit's suffix, 政府, a collective. */
function endsName(left: string): boolean {
  const last = left.slice(left.search(/[^ \t\u3000]*$/));
  return suffixKind(last) !== null || /政府$/.test(last) || isCollective(last);
}

/** A cell of names a space apart, each of two characters or more: a name spaced out letter by letter stays one name. */
function isNameList(cell: string): boolean {
  const parts = cell.trim().split(/[ \t\u3000]+/);
  return parts.length > 1 && parts.every((p) => p.length >= 2);
}

/** A `|` header row with a serial: every cell a known column, a task and a duty among them. */
function numberedHeaderOf(line: string): Column[] | null {
  const columns = cellsOf(line).map((c) => columnOf(c) ?? headerWordColumn(c));
  if (columns[0] !== 'serial' || columns.some((c) => c === null)) return null;
  const known = columns as Column[];
  return known.includes('task') && known.some((c) => DUTY.has(c)) ? known : null;
}
