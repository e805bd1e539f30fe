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
/** A report's column (落实情况, 上半年完成情况, 第二季度执行进度, 完成状况): prose about a row, never the plan's, never a unit's name. */
export const REPORT_COLUMN_RE = /^(?:第?[一二三四1-4]季度|上半年|全年|本月|当前)?(?:落实|完成|推进|进展|执行)(?:情况|进度|状况)$/;
/** The period's own target in a progress report (一季度目标; 季度目标 when the page lost the quarter's number). */
export const PERIOD_TARGET_RE = /^(?:第?[一二三四1-4]?季度|上半年|全年|本月|当月)目标$/;
const isReportHeader = (header: string) => REPORT_COLUMN_RE.test(header) || PERIOD_TARGET_RE.test(header);

/** A year alone or its end (2023年底, 2023年内): a progress report's 计划完成时间. */
const YEAR_DEADLINE_RE = /^\d{4}年(?:底|末|内)?(?:前|以前|之前)?$/;
export const isDeadlineCell = (cell: string) => { const c = cell.replace(/\s+/g, ''); return DEADLINE_RE.test(c) || YEAR_DEADLINE_RE.test(c); };
/** A street (西街道) or every town and street (各镇街) is a unit's name, however short. */
const PLACE_UNIT_RE = /^各|街道?$/;
export const isPersonCell = (cell: string) => PERSON_RE.test(cell.trim()) && !UNIT_END_RE.test(cell.trim()) && !PLACE_UNIT_RE.test(cell.trim());
export const isDuty = (c: Column) => c === 'lead' || c === 'support' || c === 'responsible';

/** The measure a target is counted in (%, 万亩, 万元/人; `-` for none), under a 单位 header. */
const MEASURE_CELL_RE = /^(?:%|‰|[-—－/]|[万亿千百]?(?:元|亩|斤|头|只|吨|人|户|个|家|项|座|所|公里|千米|米|平方米|立方米|千瓦时?|辆|台|套|次|张|床|人次|标箱)(?:\/[\u4e00-\u9fff]{1,2})?)$/;
/** A target value alone (0, 0.07, ≥2%, 42). */
const FIGURE_CELL_RE = /^[≥≤><]?\d{1,9}(?:\.\d{1,6})?%?$/;
const MEASURE_HEADER_RE = /^(?:计量|指标)?单位$/;
/** Who scores an assessment's indicator (评分部门): one cell, the row's last, never a duty. */
const SCORER_HEADER_RE = /^(?:评分|考评|考核|评价)(?:部门|单位)$/;
/** A unit's name by its look: a level, then a name ending as a unit's does (县农业农村局, 市海洋渔业局市农业农村局). */
const LEVEL_UNIT_RE = /^[省市县区州旗镇乡][\u4e00-\u9fff()（）]{1,40}$/;

const isMeasureCell = (cell: string) => MEASURE_CELL_RE.test(cell.replace(/\s+/g, ''));
export const isLevelUnitCell = (cell: string) => LEVEL_UNIT_RE.test(cell.trim()) && UNIT_END_RE.test(cell.trim());
const headerOf = (header: string) => header.replace(/\s+/g, '');

/** A report's status or detail cell (基本完成。, 提前完成年度任务, 截至6月21日,已完成…): it does not end as a unit's name does. */
const isReportCell = (cell: string) => /[\d%。]/.test(cell) || (!UNIT_END_RE.test(cell.trim()) && !/[府道行街位]$/.test(cell.trim()));

/**
 * Does the column take this cell? Duty columns take what is neither a date nor a person; in a table with a report's
 * column (落实情况) after them, not its prose either: that goes to the report's column.
 */
function accepts(column: Column, header: string, cell: string, reported: boolean): boolean {
  if (column === 'deadline') return isDeadlineCell(cell);
  if (column === 'other' && MEASURE_HEADER_RE.test(headerOf(header))) return isMeasureCell(cell);
  if (column === 'other' && REPORT_COLUMN_RE.test(headerOf(header))) return isReportCell(cell);
  if (column === 'other') return PERSON_COLUMN_RE.test(header) && isPersonCell(cell);
  if (reported && isDuty(column) && isReportCell(cell)) return false;
  if (column === 'detail') return !isLevelUnitCell(cell);
  return isDuty(column) && !isDeadlineCell(cell) && !isPersonCell(cell);
}

/** A cell of unit names (区住建局, 慈城镇, 区农业农村局、区水利局): each ends as a unit's name does, with no figure or clause. */
export function isUnitNames(cell: string): boolean {
  const c = cell.trim();
  return c.length > 0 && c.length <= 40 && !/[。,，;；:：\d%]/.test(c) && c.split('、').every((p) => p.length >= 2 && UNIT_END_RE.test(p));
}

/**
 * A project list (项目 / 责任单位 / 建设内容 / 总投资 / 目标进度): a duty column before a 内容 column. Its rows hold sub-rows
 * (one per unit that carries part of the project), each printing its own unit, content and figures under the same serial.
 */
export const listsProjects = (columns: Column[]) => {
  const duty = columns.findIndex(isDuty);
  return duty > columns.indexOf('task') && columns.indexOf('content', duty) > duty;
};

/** A unit's name the page broke over two cells (区新兴产业 / 服务中心, 区综合行政 / 执法局), joined back. */
function joinBrokenNames(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const a = cells[i].trim();
    const b = (cells[i + 1] ?? '').trim();
    if (/^[省市县区镇乡][\u4e00-\u9fff]{1,11}$/.test(a) && !UNIT_END_RE.test(a) && /^[\u4e00-\u9fff]{1,10}$/.test(b) && UNIT_END_RE.test(b)) {
      out.push(a + b);
      i++;
    } else out.push(cells[i]);
  }
  return out;
}

/**
 * In a row whose task is followed by its measure (考核内容 / 单位 / 年度目标), the task is the cell before the first one
 * that cannot be a task's words: a measure, a bare figure or a unit's name (a row with no 单位 cell goes on to its target).
 */
function measuredTaskIndex(cells: string[], places: number): number {
  const stop = cells.findIndex((c, i) => i > 0 && (isMeasureCell(c) || FIGURE_CELL_RE.test(c.replace(/\s+/g, '')) || isLevelUnitCell(c)));
  return stop > 0 ? stop - 1 : taskIndex(cells, places);
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
function placeCells(row: string[], columns: Column[], headers: string[]): string[] {
  const taskAt = columns.indexOf('task');
  const placed: string[][] = columns.map(() => []);
  const content = columns[taskAt + 1] === 'content';
  const measured = columns[taskAt + 1] === 'other' && MEASURE_HEADER_RE.test(headerOf(headers[taskAt + 1] ?? ''));
  // A last 评分部门 column holds the row's last cell, a unit's name that is no duty.
  const last = columns.length - 1;
  const scored = columns[last] === 'other' && SCORER_HEADER_RE.test(headerOf(headers[last])) && row.length > taskAt + 2;
  const cells = scored ? row.slice(0, -1) : row;
  if (scored) placed[last].push(row[row.length - 1].trim());
  const t = content ? namedTaskIndex(cells, taskAt + 1) : measured ? measuredTaskIndex(cells, taskAt + 1) : taskIndex(cells, taskAt + 1);
  if (t < 0) return placed.map(() => '');
  // A name cell merged over its rows is printed on the first only (宝山 2019: 加强组织领导 / 召开…。 / 区政府办公室, then
  // 2 / 将…。 / 区委组织部): a row that opens on a sentence with no sentence after it prints its content, not a name.
  const unnamed = content && t === 0 && /[。;；!！]$/.test(cells[0].trim()) && !/[。;；!！]$/.test((cells[1] ?? '').trim());
  placed[unnamed ? taskAt + 1 : taskAt].push(cells[t]);
  // Category cells before the task are merged too: the first ones present sit in the first group places.
  cells.slice(0, t).forEach((c, i) => { if (i < taskAt) placed[i].push(c); });
  let at = taskAt + 1;
  let rest = cells.slice(t + 1);
  if (unnamed) at++;
  else if (content && rest.length > 0) { placed[at].push(rest[0].trim()); rest = rest.slice(1); at++; }
  const end = scored ? last : columns.length;
  // In a project list a unit's name goes to the duty column, whatever came before it (a sub-row begins), and only there.
  const listed = listsProjects(columns);
  const duty = columns.findIndex(isDuty);
  const reported = headers.some((h, c) => c > duty && columns[c] === 'other' && isReportHeader(headerOf(h)));
  const takes = (c: number, cell: string) => (!listed ? accepts(columns[c], headers[c], cell, reported)
    : c === duty ? isUnitNames(cell) : columns[c] === 'content' && !isUnitNames(cell));
  for (const cell of listed ? joinBrokenNames(rest) : rest) {
    let c = listed && isUnitNames(cell) ? duty : at;
    while (c < end && !takes(c, cell)) c++;
    if (c === end) continue;
    placed[c].push(cell.trim());
    // A 牵头单位 cell before a 协同/配合 column names one unit; the lines after it are the supporters.
    // A 责任人 column between them (牵头单位 / 责任人 / 配合单位) takes the lead's person first.
    at = columns[c] === 'lead' && supportAfter(columns, headers, c) > c ? c + 1 : isDuty(columns[c]) ? c : c + 1;
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

/** The support column after a lead column, past only person columns (牵头单位 / 责任人 / 配合单位); -1 if none. */
function supportAfter(columns: Column[], headers: string[], lead: number): number {
  let c = lead + 1;
  while (columns[c] === 'other' && PERSON_COLUMN_RE.test(headers[c] ?? '')) c++;
  return columns[c] === 'support' ? c : -1;
}

/**
 * One duty column, or a lead column before a support column, maybe with a 责任人 between (the lead cell its one unit,
 * the rest support).
 */
function placeableDuties(columns: Column[], headers: string[]): boolean {
  const duties = columns.filter(isDuty);
  if (duties.length === 1) return true;
  const lead = columns.indexOf('lead');
  return duties.length === 2 && lead >= 0 && supportAfter(columns, headers, lead) > lead;
}

/** A cell that says "none" (/, —, 无) names no unit. */
const NONE_CELL_RE = /^\s*(?:[/／\-—－]+|无)\s*$/;

/**
 * Rows from line `from`: serials 1, 2, 3 … each on its own line, the cells between them belonging to the row before.
 * Only for a table whose unit cells can be told apart by order (with several free duty columns, a lone unit cell could
 * be any of them). Null when the rows do not run in sequence from 1. A group column before 序号 (考核项目: 农业高质高效 /
 * 1 / …) has its cell on the line before its group's first serial.
 */
export function readMergedRows(lines: string[], from: number, columns: Column[], headers: string[]): { rows: MergedRow[]; next: number } | null {
  const grouped = columns[0] === 'group' && columns[1] === 'serial';
  const at = grouped ? 1 : 0;
  if (columns[at] !== 'serial' || !placeableDuties(columns, headers) || !columns.includes('task')) return null;
  let k = from;
  let group = '';
  if (grouped && !BARE_NUMBER.test(lines[k] ?? '') && isGroupCell(lines[k] ?? '') && Number(lines[k + 1]?.trim()) === 1) group = lines[k++].trim();
  if (Number(lines[k]?.trim()) !== 1 || !BARE_NUMBER.test(lines[k])) return null;
  const own = columns.slice(at + 1);
  const ownHeaders = headers.slice(at + 1);
  // Under a 单位 column a `-` is the measure a target has none of, a cell of its own.
  const keepsDash = own.some((c, i) => c === 'other' && MEASURE_HEADER_RE.test(headerOf(ownHeaders[i])));
  const rows: MergedRow[] = [];
  let above: string[] | null = null;
  let serial = 0;
  while (k < lines.length && BARE_NUMBER.test(lines[k]) && Number(lines[k].trim()) === serial + 1) {
    serial++;
    const next = serial + 1;
    let end = k + 1;
    const limit = k + columns.length + (columns.includes('support') || listsProjects(own) ? MAX_SUPPORT_LINES : MAX_EXTRA_CELLS);
    while (end < lines.length && end < limit && !(BARE_NUMBER.test(lines[end]) && Number(lines[end].trim()) === next)) end++;
    const cells = lines.slice(k + 1, end).filter((l) => l.trim() !== '' && (keepsDash || !NONE_CELL_RE.test(l)));
    // The next group's cell, printed before its first serial, closes this row's cells.
    const nextGroup = grouped && end < lines.length && cells.length > 1 && isGroupCell(cells[cells.length - 1]) ? cells.pop()!.trim() : '';
    if (cells.length === 0) break;
    const [first, ...more] = subRows(cells);
    const placed = fillMergedDuties(placeCells(first, own, ownHeaders), above, own, ownHeaders);
    above = placed;
    const lead = grouped ? [group] : [];
    rows.push({ cells: [...lead, lines[k].trim(), ...placed], sourceLine: k });
    // A sub-row shares the row's merged unit cells: its own cells fill only what it prints.
    for (const sub of more) {
      const cellsOfSub = placeCells(sub, own, ownHeaders);
      rows.push({ cells: [...lead.map(() => ''), '', ...cellsOfSub.map((c, i) => c || (isDuty(own[i]) ? placed[i] : ''))], sourceLine: k });
    }
    group = nextGroup;
    k = end;
  }
  return serial >= 2 ? { rows, next: k } : null;
}

/**
 * A duty cell merged over several rows is printed on the first row of its span only (泰顺 2023: 教育局 on row 1, rows
 * 2-6 print their 落实情况 but no unit). A row that prints its report cells after an empty duty cell shares the duty cell
 * of the row above; a row that prints nothing after its task says nothing of its span (略阳 2019) and stays empty.
 */
function fillMergedDuties(placed: string[], above: string[] | null, columns: Column[], headers: string[]): string[] {
  if (!above) return placed;
  const reportsAfter = (i: number) => placed.some((p, x) => x > i && p !== '' && columns[x] === 'other' && isReportHeader(headerOf(headers[x])));
  return placed.map((p, i) => (p === '' && isDuty(columns[i]) && reportsAfter(i) ? above[i] : p));
}

/** A group's cell: a short name of a field (农业高质高效), no sentence, figure, date, person or unit. */
export function isGroupCell(line: string): boolean {
  const c = line.trim();
  return c.length >= 2 && c.length <= 20 && /^[\u4e00-\u9fff“”、]+$/.test(c) && !UNIT_END_RE.test(c) && !isDeadlineCell(c) && !isPersonCell(c);
}
