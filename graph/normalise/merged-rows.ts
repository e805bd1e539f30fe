// Rows of a one-cell-per-line table whose merged cells are printed once (a 完成时限 or 责任股室 cell only on the first
// row of its span): each row runs from its serial to the next one, and its cells are placed by what they look like.
import type { Column } from './tables.ts';

interface MergedRow { cells: string[]; sourceLine: number }

const BARE_NUMBER = /^\s*\d{1,3}\s*$/;
/** More lines than a row of a merged table has: a last row this long has run into the text after the table. */
const MAX_EXTRA_CELLS = 4;
/** A support cell lists its units one per line (towns, departments, companies): a row may run this many lines longer. */
const MAX_SUPPORT_LINES = 16;
/** A task cell is a sentence (。 at its end) or longer than any category or unit cell. */
const TASK_CHARS = 16;

// A date may carry the milestone it marks (5月底前动工, 9月投入使用).
const DEADLINE_RE = /^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|年底|年内|全年|季度末|长期|持续推进|常年)(?:底|末|中旬|上旬|下旬|份)?(?:前|以前|之前|完成)?(?:动工|开工|建成|完工|竣工|投入使用|投用|建成投用|开放|启用)?$/;
/** A person's name in a 责任领导 column (周 斐 keeps the space a page puts in a two-character name). */
const PERSON_RE = /^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,2}$/;
export const UNIT_END_RE = /[股馆局委办队会室所站院部处科司镇乡村区县市省厅社厂团组心园联协]$/;
export const PERSON_COLUMN_RE = /领导|责任人|联系人/;

export const isDeadlineCell = (cell: string) => DEADLINE_RE.test(cell.replace(/\s+/g, ''));
export const isPersonCell = (cell: string) => PERSON_RE.test(cell.trim()) && !UNIT_END_RE.test(cell.trim());
export const isDuty = (c: Column) => c === 'lead' || c === 'support' || c === 'responsible';

/** Does the column take this cell? Duty columns take what is neither a date nor a person. */
function accepts(column: Column, header: string, cell: string): boolean {
  if (column === 'deadline') return isDeadlineCell(cell);
  if (column === 'other') return PERSON_COLUMN_RE.test(header) && isPersonCell(cell);
  return isDuty(column) && !isDeadlineCell(cell) && !isPersonCell(cell);
}

/** Which of a row's first cells is its task: the first sentence among the group cells' places, else the last place. */
function taskIndex(cells: string[], places: number): number {
  for (let i = 0; i < Math.min(places, cells.length); i++) {
    const c = cells[i].trim();
    if (/[。;；!！]$/.test(c) || c.length >= TASK_CHARS) return i;
  }
  return Math.min(places, cells.length) - 1;
}

/** With a 内容 column after the task (事项名称 / 项目内容), the content is the row's first sentence and the task the cell before it. */
function namedTaskIndex(cells: string[], places: number): number {
  const s = cells.slice(0, places + 1).findIndex((c) => /[。;；!！]$/.test(c.trim()));
  return s > 0 ? s - 1 : taskIndex(cells, places);
}

/** Place a row's cells (serial excluded) on the table's columns; cells one column keeps on several lines are joined. */
function placeCells(cells: string[], columns: Column[], headers: string[]): string[] {
  const taskAt = columns.indexOf('task');
  const placed: string[][] = columns.map(() => []);
  const content = columns[taskAt + 1] === 'content';
  const t = content ? namedTaskIndex(cells, taskAt + 1) : taskIndex(cells, taskAt + 1);
  if (t < 0) return placed.map(() => '');
  placed[taskAt].push(cells[t]);
  // Category cells before the task are merged too: the first ones present sit in the first group places.
  cells.slice(0, t).forEach((c, i) => { if (i < taskAt) placed[i].push(c); });
  let at = taskAt + 1;
  let rest = cells.slice(t + 1);
  if (content && rest.length > 0) { placed[at].push(rest[0].trim()); rest = rest.slice(1); at++; }
  for (const cell of rest) {
    let c = at;
    while (c < columns.length && !accepts(columns[c], headers[c], cell)) c++;
    if (c === columns.length) continue;
    placed[c].push(cell.trim());
    // A 牵头单位 cell before a 协同/配合 column names one unit; the lines after it are the supporters.
    at = columns[c] === 'lead' && columns[c + 1] === 'support' ? c + 1 : isDuty(columns[c]) ? c : c + 1;
  }
  return placed.map((p) => p.join('、'));
}

/**
 * A row that holds a second task under its serial (5 / 开工建设县老年养护楼。/ 县民政局 / 5月底前动工 / 开工建设老年大学。/
 * 12月底前): a sentence cell after the row's date cell begins a sub-row with its own date and the row's merged units.
 */
function subRows(cells: string[]): string[][] {
  const rows: string[][] = [[]];
  cells.forEach((cell, i) => {
    const c = cell.trim();
    if (i > 1 && isDeadlineCell(cells[i - 1]) && /[。;；!！]$/.test(c) && c.length >= 6) rows.push([]);
    rows[rows.length - 1].push(cell);
  });
  return rows;
}

/** One duty column, or a lead column right before a support column (the lead cell its one unit, the rest support). */
function placeableDuties(columns: Column[]): boolean {
  const duties = columns.filter(isDuty);
  if (duties.length === 1) return true;
  const lead = columns.indexOf('lead');
  return duties.length === 2 && lead >= 0 && columns[lead + 1] === 'support';
}

/** A cell that says "none" (/, —, 无) names no unit. */
const NONE_CELL_RE = /^\s*(?:[/／\-—－]+|无)\s*$/;

/**
 * Rows from line `from`: serials 1, 2, 3 … each on its own line, the cells between them belonging to the row before.
 * Only for a table whose unit cells can be told apart by order (with several free duty columns, a lone unit cell could
 * be any of them). Null when the rows do not run in sequence from 1.
 */
export function readMergedRows(lines: string[], from: number, columns: Column[], headers: string[]): { rows: MergedRow[]; next: number } | null {
  if (columns[0] !== 'serial' || !placeableDuties(columns) || !columns.includes('task')) return null;
  if (Number(lines[from]?.trim()) !== 1 || !BARE_NUMBER.test(lines[from])) return null;
  const rows: MergedRow[] = [];
  let k = from;
  let serial = 0;
  while (k < lines.length && BARE_NUMBER.test(lines[k]) && Number(lines[k].trim()) === serial + 1) {
    serial++;
    const next = serial + 1;
    let end = k + 1;
    const limit = k + columns.length + (columns.includes('support') ? MAX_SUPPORT_LINES : MAX_EXTRA_CELLS);
    while (end < lines.length && end < limit && !(BARE_NUMBER.test(lines[end]) && Number(lines[end].trim()) === next)) end++;
    const cells = lines.slice(k + 1, end).filter((l) => l.trim() !== '' && !NONE_CELL_RE.test(l));
    if (cells.length === 0) break;
    const [first, ...more] = subRows(cells);
    const placed = placeCells(first, columns.slice(1), headers.slice(1));
    rows.push({ cells: [lines[k].trim(), ...placed], sourceLine: k });
    // A sub-row shares the row's merged unit cells: its own cells fill only what it prints.
    for (const sub of more) {
      const own = placeCells(sub, columns.slice(1), headers.slice(1));
      rows.push({ cells: ['', ...own.map((c, i) => c || (isDuty(columns[i + 1]) ? placed[i] : ''))], sourceLine: k });
    }
    k = end;
  }
  return serial >= 2 ? { rows, next: k } : null;
}
