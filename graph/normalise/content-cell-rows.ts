// A task table flattened one cell a line whose rows hold several content cells, each followed by its own unit cells
// (项目 / 主要任务 / 牵头单位 / 配合单位, 杨浦 2022; 序号 / 工作任务 / 主要工作内容 / 牵头单位 / 配合单位, 青浦 2025): the row's
// title is printed once, then content, units, content, units …, so counting cells from the title loses step at the
// second content cell. Read by position instead: after a title comes a content cell, after a content cell one cell per
// duty column; then the next content cell of the same row, or the next row, group or repeated header. The first content
// cell is written with the row's title, each later one as an unnumbered item of its own with its own units.
import { isDuty } from './merged-rows.ts';
import { columnOf, type Column } from './tables.ts';

interface ContentRows { lines: { text: string; sourceLine: number }[]; next: number }

const NUMERALS = '一二三四五六七八九十';
/** A row title numbered in its own cell (1.做好规划配套). */
const NUMBERED_TITLE_RE = /^\s*\d{1,2}[.．、]\s*\S/;
/** A row's serial alone on its line ((一), (12)): its title is the next line. */
const SERIAL_RE = new RegExp(`^\\s*[(（](?:[${NUMERALS}]{1,3}|\\d{1,2})[)）]\\s*$`);
/** A group row with its title (一、做好政策保障). */
const GROUP_TITLE_RE = new RegExp(`^\\s*[${NUMERALS}]{1,3}、\\s*\\S`);
/** A group's numeral alone on its line (二), or the dash a copy prints for 一: its title is the next line. */
const GROUP_MARK_RE = new RegExp(`^\\s*(?:[${NUMERALS}]{1,3}|[—－–])\\s*$`);
/** An empty cell printed as a dash (——) or 无. */
const EMPTY_CELL_RE = /^\s*(?:[—－–\-/]{1,4}|无)\s*$/;
/** A title broken over two lines leaves a short tail (实化运行消防 / 安全委员会); a content cell is a sentence. */
const MAX_TAIL_CHARS = 6;
/** A unit cell broken over two lines leaves a short tail with no unit ending (区土方工作 / 专班). */
const MAX_UNIT_TAIL_CHARS = 4;
const UNIT_ENDS_RE = /[股馆局委办队会室所站院部处科司镇乡村区县市省厅社厂团组心园联协班道]$/;
const SENTENCE_RE = /[。,，;；:：]/;
/** More unit-less content cells in a row than a merged unit cell spans in a real table: the text has left the table. */
const MAX_MERGED = 3;
/** A line that opens a part after the table (附件2, 抄送). */
const NEW_PART_RE = /^\s*(?:附件|抄送|印发|主送)/;

const isHeaderRun = (lines: string[], k: number) => [0, 1, 2].every((d) => columnOf(lines[k + d]?.trim() ?? '') !== null);

/** The shape: duty columns last, a content column before them, and a title (group or task) column before that. */
function contentColumns(columns: Column[]): number {
  const first = columns.findIndex(isDuty);
  if (first < 2 || !columns.slice(first).every(isDuty)) return -1;
  const content = columns[first - 1];
  const title = columns[first - 2];
  return (content === 'task' || content === 'content') && (title === 'group' || title === 'task') ? first : -1;
}

/** What the line at a row boundary opens: a row, a group, a repeated header, or nothing of the table's. */
function boundary(lines: string[], k: number): 'row' | 'group' | 'header' | null {
  const line = lines[k].trim();
  if (NUMBERED_TITLE_RE.test(line) || (SERIAL_RE.test(line) && k + 1 < lines.length)) return 'row';
  if (GROUP_TITLE_RE.test(line) || (GROUP_MARK_RE.test(line) && k + 1 < lines.length && !SENTENCE_RE.test(lines[k + 1]))) return 'group';
  if (isHeaderRun(lines, k)) return 'header';
  return null;
}

/** A unit cell from line k, joined with its broken tail; null where the line is a sentence (the next content cell). */
function unitCell(lines: string[], k: number): { cell: string; next: number } | null {
  const line = lines[k]?.trim();
  if (line === undefined || line === '' || boundary(lines, k) !== null) return null;
  if (EMPTY_CELL_RE.test(line)) return { cell: '', next: k + 1 };
  if (SENTENCE_RE.test(line) || line.length > 60) return null;
  let cell = line;
  let next = k + 1;
  for (;;) {
    const tail = lines[next]?.trim() ?? '';
    const broken = cell.endsWith('、') || (!UNIT_ENDS_RE.test(cell) && tail.length <= MAX_UNIT_TAIL_CHARS);
    if (!tail || !broken || SENTENCE_RE.test(tail) || EMPTY_CELL_RE.test(tail) || boundary(lines, next) !== null) break;
    cell += tail;
    next++;
  }
  return { cell: cell.replace(/、$/, ''), next };
}

const LABEL: Partial<Record<Column, string>> = { lead: '牵头单位', support: '配合单位', responsible: '责任单位' };

/** The annotation of one content cell's units; with the lead cell left empty, the units named are its owners. */
function annotation(duties: Column[], cells: string[]): string {
  const leadless = duties.includes('lead') && !cells[duties.indexOf('lead')];
  const parts = duties.flatMap((c, i) => (cells[i] ? [`${leadless && c === 'support' ? '责任单位' : LABEL[c]}:${cells[i]}`] : []));
  return parts.length > 0 ? `(${parts.join(',')})` : '';
}

/**
 * The rows from line j (just after the header) to the table's end, or null unless the table has this shape: at least
 * two rows, one of them with more than one content cell, and every row's cells read in step.
 */
export function readContentCellRows(lines: string[], j: number, columns: Column[]): ContentRows | null {
  const firstDuty = contentColumns(columns);
  if (firstDuty < 0) return null;
  const duties = columns.slice(firstDuty);
  const out: { text: string; sourceLine: number }[] = [];
  let rows = 0;
  let multi = false;
  let k = j;
  while (k < lines.length) {
    const kind = boundary(lines, k);
    if (kind === 'header') { k += columns.length; continue; }
    if (kind === 'group') {
      const mark = lines[k].trim();
      if (GROUP_TITLE_RE.test(mark)) out.push({ text: mark, sourceLine: k++ });
      else { out.push({ text: `${/^[—－–]$/.test(mark) ? '一' : mark}、${lines[k + 1].trim()}`, sourceLine: k }); k += 2; }
      continue;
    }
    if (kind !== 'row') break;
    const row = readRow(lines, k, duties);
    if (!row) break;
    out.push(...row.lines);
    rows++;
    multi ||= row.cells > 1;
    k = row.next;
  }
  return rows >= 2 && multi ? { lines: out, next: k } : null;
}

/** Only blank lines from line k on (an empty line may stop a row, so this meets at most the text's blank tail). */
function textEndsAt(lines: string[], k: number): boolean {
  for (let x = k; x < lines.length; x++) if (lines[x].trim() !== '') return false;
  return true;
}

/** One row from its title at line k: the title, then content cells each with its unit cells (or a merged unit cell's). */
function readRow(lines: string[], k: number, duties: Column[]): (ContentRows & { cells: number }) | null {
  let title = lines[k].trim();
  let at = k + 1;
  if (SERIAL_RE.test(title)) title += lines[at++].trim();
  while (at < lines.length && lines[at].trim().length <= MAX_TAIL_CHARS && !SENTENCE_RE.test(lines[at]) && boundary(lines, at) === null) title += lines[at++].trim();
  const out: { text: string; sourceLine: number }[] = [];
  let carried: string[] = [];
  let merged = 0;
  let cells = 0;
  while (at < lines.length && lines[at].trim() !== '' && boundary(lines, at) === null && !NEW_PART_RE.test(lines[at])) {
    const contentAt = at;
    const content = lines[at++].trim().replace(/[。;；]+$/, '');
    const units: string[] = [];
    for (let d = 0; d < duties.length; d++) {
      const u = unitCell(lines, at);
      if (!u) break;
      units.push(u.cell);
      at = u.next;
    }
    // A content cell printing no unit cells shares the merged unit cell of the row's content above it.
    if (units.length === 0) {
      if (cells === 0 || ++merged > MAX_MERGED) return null;
    } else if (units.length < duties.length) return null;
    else carried = units;
    const text = `${content}。${annotation(duties, carried)}`;
    out.push({ text: cells === 0 ? `${title}。${text}` : text, sourceLine: cells === 0 ? k : contentAt });
    cells++;
  }
  // Content cells with no units of their own close a table only where the text ends (the excerpt's last row).
  if (cells === 0 || (merged > 0 && !textEndsAt(lines, at) && boundary(lines, at) === null)) return null;
  return { lines: out, next: at, cells };
}
