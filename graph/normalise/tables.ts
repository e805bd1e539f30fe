// Tables flattened one cell per line (序号 / 任务 / 牵头单位 / 责任单位, columns in any order) rewritten as
// numbered items with a labelled annotation, so one grammar reads every convention.
import { readCarriedUnitRows } from './carried-unit-rows.ts';
import { readContentCellRows } from './content-cell-rows.ts';
import { readGoalRows } from './goal-rows.ts';
import { readGroupRows } from './group-rows.ts';
import { readLeaderRows } from './leader-rows.ts';
import { isDeadlineCell, isDuty, isGroupCell, isLevelUnitCell, isUnitNames, listsProjects, PERIOD_TARGET_RE, readMergedRows, REPORT_COLUMN_RE } from './merged-rows.ts';
import { alignShortRow } from './row-align.ts';
import { isBareOffice, isBareOfficeList } from '../units/surface.ts';

export type Column = 'serial' | 'group' | 'task' | 'detail' | 'content' | 'lead' | 'support' | 'responsible' | 'deadline' | 'other';

const HEADERS: [RegExp, Column][] = [
  [/^(序号|编号|序)$/, 'serial'],
  // A group cell (分类 发展目标) is written once, on its group's first row.
  [/^(分类|类别|领域|板块|工作类别|任务类别|任务类型)$/, 'group'],
  // What kind of item a row is (事项分类, 项目类别): a group cell too, merged over its rows.
  [/^[\u4e00-\u9fff]{2}(?:分类|类别)$/, 'group'],
  [/^(重点任务|工作任务|主要任务|具体任务|任务内容|工作内容|工作措施|目标任务|任务|重点工作|工作事项|事项|具体措施|主要内容|预期目标|主要预期目标|主要指标|主要目标|目标|指标)$/, 'task'],
  // Longer task headers: 主要工作任务, 目标与任务, 内容与要求, 任务名称, 重点工作任务.
  [/^(?:主要|重点|年度|具体)?(?:工作)?(?:目标)?(?:与|和|及)?(?:任务|工作|内容)(?:名称|与要求|及要求|和要求|与目标|及目标)?$/, 'task'],
  [/^(指标要求|目标要求|具体目标|工作目标|年度目标|预期效果|预期成效)$/, 'detail'],
  [/^(细化措施|具体举措|主要措施|工作措施及要求)$/, 'detail'],
  [/^(?:攻坚|年度|阶段性?)目标(?:任务)?$/, 'detail'],
  [/^(?:工作)?(?:任务|进度)安排$/, 'other'],
  // An assessment list (考核项目 / 考核指标 / 考核内容): what is assessed is the task, its wider items categories (see
  // demoteCategory); the measure a target is counted in (单位: %, 万亩) and who scores it (评分部门) are no duty.
  [/^(?:考核|考评|评价)(?:项目|指标|内容)$/, 'task'],
  [/^(?:计量|指标)?单位$/, 'other'],
  // The documents a row rests on (参考文件, 政策依据, 嘉定 2024): no duty.
  [/^(?:参考文件|依据文件|政策依据)$/, 'other'],
  [/^(?:评分|考评|考核|评价)(?:部门|单位)$/, 'other'],
  [/^(牵头单位|牵头部门|牵头责任单位|牵头责任部门|牵头负责部门|牵头负责单位|主责单位)$/, 'lead'],
  // The unit that answers first for a task (第一责任单位) is its lead, as 厦门's 第一责任单位为牵头单位 says.
  [/^(主要责任单位|主要责任部门|第一责任单位|第一责任部门)$/, 'lead'],
  [/^(协同配合单位|协同配合部门|协同部门|协作单位)$/, 'support'],
  // A progress report's own columns (一季度完成情况, 第二季度完成情况, 执行进度) are not the plan's.
  [REPORT_COLUMN_RE, 'other'],
  [/^(配合单位|配合部门|参与单位|协办单位|协同责任单位|协同单位)$/, 'support'],
  [/^(责任单位|责任部门|实施单位|负责单位|负责部门|推进单位|推进部门)$/, 'responsible'],
  [/^(责任科室|责任股室|责任处室|责任站所)$/, 'responsible'],
  // A progress report dates each row by its plan (计划完成时间, 怀远 2023) beside the progress it reports.
  [/^(?:计划)?(完成时限|完成时间|时间节点|时限)$/, 'deadline'],
  [/^(时间安排|进度安排|时间进度)$/, 'deadline'],
  // A project list's own columns (建设地点 / 建设时间 / 建设内容 / 投资金额(万元)): where, when, what, how much.
  [/^(?:建设|实施|项目)(?:地点|地址|位置)$/, 'other'],
  [/^(?:建设|实施)(?:时间|年限|期限|周期)$/, 'deadline'],
  [/^(?:主要)?建设(?:内容|规模)(?:及|和|与)?(?:规模|内容)?$/, 'content'],
  [/^(?:年度|计划|总)?投资(?:金额|额|规模)?$/, 'other'],
  // What a row names (项目名称, 专项整治行业名称) is its task; 单位名称 names a unit.
  [/^(?!单位|责任)[\u4e00-\u9fff]{0,8}名称$/, 'task'],
  // A progress report on a plan (进展情况表): what the row names (项目内容) is the task; its progress, status and
  // the quarter's own target (当前进度, 落实情况, 一季度目标, 目标完成情况) are the report's, not the plan's.
  [/^项目(?:内容|事项)$/, 'task'],
  [/^(?:当前|工作|项目|目标)?(?:进度|进展)$/, 'other'],
  [PERIOD_TARGET_RE, 'other'],
  // A longer name goes on only after 、 (进展情况、存在问题及下一步打算): a header broken over lines is joined back, and
  // 进展情况 + 责任单位 must stay two cells.
  [/^(?:目标)?(?:落实|完成|推进|进展)(?:情况|进度)(?:、[\u4e00-\u9fff、]{2,16})?$/, 'other'],
  [/^(备注|责任领导|联系人|分管领导|序列|责任人|牵头领导|任务来源|分管[省市县区]领导|[省市县区](?:政府)?分管领导|进展情况|完成情况|存在问题|目标类型|指标类型|类型|属性|指标属性)$/, 'other'],
];

export function columnOf(cell: string): Column | null {
  // A year before a header (2022年预期目标) dates the column; it does not name it.
  // A note in brackets widens a header (责任股室(单位), 牵头单位(部门), 重点工作任务(杭州市2项配合工作)); it does not
  // change its column: the words before it must still be a whole header.
  const c = cell.replace(/\s+/g, '').replace(/^\d{4}年度?/, '').replace(/[(（][^()（）]{1,20}[)）]$/, '');
  for (const [re, col] of HEADERS) if (re.test(c)) return col;
  return null;
}

/**
 * A header cell no list names, read by the words it ends in (崇川's 责任主体与协同单位, 业主单位, 1-10月推进情况,
 * 是否达序, 监督电话; 临安's 实事项目, 工作举措及实施计划): only inside a header run that an exact header begins, so a data cell never starts one.
 */
export function headerWordColumn(cell: string): Column | null {
  const c = cell.replace(/\s+/g, '');
  if (c.length < 2 || c.length > 14 || !/^[\u4e00-\u9fff\d\-—~至()（）、]+$/.test(c)) return null;
  // A ministry's own table names its internal 司/局 (牵头负责司局, 工信部 2018).
  if (/(?:单位|部门|主体|科室|处室|股室|司局)$/.test(c)) {
    if (/牵头|主办|主责/.test(c)) return 'lead';
    if (/配合|协同|协办|参与|协作/.test(c)) return 'support';
    if (/责任|实施|承办|业主|承担/.test(c)) return 'responsible';
    return null;
  }
  if (/(?:领导|负责人|责任人|联系人|联系电话|电话)$/.test(c)) return 'other';
  if (/(?:情况|进度|进展|成效|达序|说明|备注|数量|手续|问题|打算|评价|状态)$/.test(c)) return 'other';
  // The year's tasks and targets beside the item they serve (年度工作任务和目标 after 公开挂牌督办事项, 青岛 2017): its detail.
  if (/(?:全年|年度|任务)目标(?:任务)?$|(?:任务|工作)(?:和|与|及)目标$/.test(c)) return 'detail';
  // What the row is (实事项目, 公开挂牌督办事项): its task. How it is done (工作举措及实施计划): the row's own steps, kept out.
  if (/^[\u4e00-\u9fff]{0,6}(?:项目|事项)$/.test(c)) return 'task';
  if (/(?:举措|措施|计划|安排)$/.test(c)) return 'other';
  return null;
}

export interface TableRewrite {
  /** Line range [from, to) of the original lines replaced. */
  from: number;
  to: number;
  lines: { text: string; sourceLine: number }[];
}

/** More header cells than any real task table has: a run this long is not a header. */
const MAX_COLUMNS = 12;

const HEADING_RE = /^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/;

const MARKED_FIRST_RE = /^\s*[▲★☆△]\s*([^,，、▲★☆△]{2,30})[,，、]\s*([^▲★☆△]+)$/;

/**
 * A 责任单位 cell whose first unit alone carries a mark (▲发改局,各部门,各镇乡(街道), 诸暨 2023) names that unit as
 * the lead and the others as its supporters: the mark sets one unit apart. A mark on every unit, or none, says nothing.
 */
function markedLead(cell: string): { lead: string; support: string } | null {
  const m = MARKED_FIRST_RE.exec(cell);
  return m ? { lead: m[1].trim(), support: m[2].trim() } : null;
}

export function rowLine(columns: Column[], cells: string[]): string {
  const get = (col: Column) => cells.filter((_, i) => columns[i] === col).map((c) => c.trim()).filter(Boolean).join('、');
  const serial = get('serial').replace(/^(\d{1,3})\s*[*＊★☆※△▲]$/, '$1');
  // A 指标要求 column completes the task's own words: 地区生产总值,增长5.5%.
  // A 建设内容 column is sentences of its own after the project's name: the name stays the title.
  // A project list prints its units before the content (项目 / 责任单位 / 建设内容): the content follows the annotation, in
  // the order of the page, so each character still finds its own (a 繁體 name comes back whole).
  const unitsFirst = listsProjects(columns);
  const named = [get('task'), get('detail')].filter(Boolean).join(',');
  // A repost that prints 。 as `.` (常熟 2018) ends a task with it; a decimal point never ends a cell.
  const task = (unitsFirst ? named : [named, get('content')].filter(Boolean).join('。')).replace(/[。;；]+$|(?<=[^\d.])\.$/, '');
  const after = unitsFirst && get('content') ? `${get('content').replace(/[。;；]+$/, '')}。` : '';
  const marked = !get('lead') && !get('support') ? markedLead(get('responsible')) : null;
  const lead = marked?.lead ?? get('lead');
  const support = marked?.support ?? get('support');
  const responsible = marked ? '' : get('responsible');
  const deadline = get('deadline');
  const parts: string[] = [];
  if (lead) parts.push(`牵头单位:${lead}`);
  // Under a lead, 责任单位 are supporters; with no lead column they are the undifferentiated owners, unless the row
  // names units that 配合 them: then the 责任单位 are the ones supported, the leads (临安's 责任单位 / 配合单位).
  if (responsible) parts.push(`${!lead && support ? '牵头单位' : '责任单位'}:${responsible}`);
  if (support) parts.push(`配合单位:${support}`);
  if (deadline) parts.push(`完成时限:${deadline}`);
  const annotation = parts.length > 0 ? `(${parts.join(',')})` : '';
  // A cell that numbers its own targets (1)…;2)…) is one row: under the row's serial, `4.1)` would read as no item.
  const body = serial ? task.replace(/^\d{1,2}[)）]\s*/, '') : task;
  const marker = !serial ? '' : /^[(（]/.test(serial) ? serial : `${serial}.`;
  return `${marker}${body}。${annotation}${after}`;
}

/**
 * Find flattened tables in line-broken text and describe how to rewrite them. A table found nowhere in
 * the lines as they are may have been flattened with a blank line after every cell: read it without them.
 */
export function findTables(lines: string[]): TableRewrite[] {
  const plain = scanTables(lines);
  if (plain.length > 0) return plain;
  const dense: number[] = [];
  lines.forEach((l, i) => { if (l.trim()) dense.push(i); });
  if (dense.length === lines.length) return plain;
  const at = (k: number) => (k < dense.length ? dense[k] : lines.length);
  return scanTables(dense.map((i) => lines[i])).map((rw) => ({
    from: at(rw.from), to: at(rw.to), lines: rw.lines.map((l) => ({ text: l.text, sourceLine: at(l.sourceLine) })),
  }));
}

/**
 * A header cell no list names (任务及举措要求), between 序号 and a duty column, is the task column:
 * the rows must still read as numbered, so a guess that is wrong reads no table.
 */
function guessTaskColumns(lines: string[], kinds: (Column | null)[]): void {
  const duty = (c: Column | null) => c === 'lead' || c === 'support' || c === 'responsible';
  for (let i = 0; i + 2 < lines.length; i++) {
    const cell = lines[i + 1].trim();
    if (kinds[i] !== 'serial' || kinds[i + 1] !== null || !duty(kinds[i + 2])) continue;
    if (cell.length > 0 && cell.length <= 16 && !/[,，。;；:：、]/.test(cell)) kinds[i + 1] = 'task';
  }
}

/**
 * A serial alone on its line; a star or mark after it (1*, 2★) flags the row (杭州 2021: the tasks the city leads);
 * a serial in brackets ((1), 芜湖 2025) numbers rows the same way.
 */
const BARE_NUMBER = /^\s*(?:\d{1,3}|[(（]\d{1,3}[)）])\s*[*＊★☆※△▲]?\s*$/;
const serialOf = (line: string) => Number(line.replace(/[^\d]/g, ''));
const bracketed = (line: string) => /^\s*[(（]/.test(line);

/**
 * A line after a row that labels one more duty cell, with the level it is on (省牵头单位:省农业农村厅, 杭州 2021: the
 * province's lead of a task the city supports): part of the row, in the column its label names.
 */
const ROW_LABEL_RE = /^\s*[省市县区]?([\u4e00-\u9fff]{2,6})\s*[:：]\s*(\S.{0,80})$/;

function rowLabel(line: string | undefined): { column: Column; value: string } | null {
  const m = ROW_LABEL_RE.exec(line ?? '');
  const column = m ? columnOf(m[1]) : null;
  return m && column && (column === 'lead' || column === 'support' || column === 'responsible') ? { column, value: m[2].trim() } : null;
}

/** One row's cells from line k: a group cell only where a group starts (its next line is the serial). */
function rowCells(lines: string[], k: number, columns: Column[], headers: string[]): { cells: string[]; next: number } | null {
  const n = columns.length;
  const grouped = columns[0] === 'group' && columns[1] === 'serial';
  let at = k;
  const cells: string[] = [];
  if (grouped) {
    if (BARE_NUMBER.test(lines[k] ?? '')) cells.push('');
    else if (BARE_NUMBER.test(lines[k + 1] ?? '')) { cells.push(lines[k]); at++; } else return null;
  } else if (columns[0] === 'serial' && !BARE_NUMBER.test(lines[k])) return null;
  const numberedTask = columns[0] === 'task' ? numberedRowEnd(lines, k, n) : null;
  if (numberedTask) return { cells: numberedTask.cells, next: numberedTask.next };
  const rest = shortRow(lines, at, n - cells.length, columns[cells.length] === 'serial', columns.indexOf('task') - cells.length);
  // A last row cut short by the end of the text keeps the cells it has (the rest are empty).
  if (at + rest > lines.length && lines.length - at < 2) return null;
  cells.push(...lines.slice(at, at + rest));
  const end = alignDeadline(lines, joinSpilledUnits(lines, at + rest, cells, columns, headers), cells, columns);
  while (cells.length < n) cells.push('');
  return { cells: alignShortRow(cells, columns, headers), next: end };
}

/**
 * A duty cell naming several units one a line (淮南 2023: 牵头单位 市政府办 / 市政府督查考核办, then 落实情况): the row
 * runs past its width before the next serial, and the cell after the duty one, under a report's header (落实情况,
 * 完成情况: prose, never a name), is a unit's name by its look. Each such name joins the duty cell and the row takes
 * one more line; the index after the row is returned. A column of names after the duty one (评分部门) is left alone.
 */
function joinSpilledUnits(lines: string[], next: number, cells: string[], columns: Column[], headers: string[]): number {
  const duty = columns.findIndex(isDuty);
  if (duty < 0 || !REPORT_COLUMN_RE.test((headers[duty + 1] ?? '').replace(/\s+/g, ''))) return next;
  let end = next;
  const spills = (line: string | undefined) => line !== undefined && line.trim() !== '' && !BARE_NUMBER.test(line) && !HEADING_RE.test(line.trim());
  // A bureau's own table names its sections bare, one a line (宣城 2022: 人教科 / 促进科 / 农办秘书科).
  const spilled = (cell: string) => isLevelUnitCell(cell) || (isBareOffice(cell) && isBareOfficeList(cells[duty].split('、')));
  // The table's last row, cut by the end of the text, has no more lines to take.
  while (cells.length > duty + 1 && spilled(cells[duty + 1]) && (spills(lines[end]) || end >= lines.length)) {
    cells[duty] = `${cells[duty].trim()}、${cells[duty + 1].trim()}`;
    cells.splice(duty + 1, 1);
    if (end < lines.length) cells.push(lines[end++]);
  }
  return end;
}

const STRAY_NUMBER_RE = /^\s*\d{1,2}\s*$/;

/**
 * A deadline column right after the duty column holds a date; a cell there that is no date while the cell after it
 * is one belongs elsewhere (怀远 2023, one cell a line): a unit's name is the duty cell's next line (农业股 /
 * 乡村产业发展股: both leads), a lone number is a stray cell of the page (经管站 / 2 / 2023年底) and is dropped. The row
 * takes one more line for each, unless the next row's serial comes first. Returns the index after the row.
 */
function alignDeadline(lines: string[], next: number, cells: string[], columns: Column[]): number {
  const duty = columns.findIndex(isDuty);
  const d = duty + 1;
  if (duty < 0 || columns[d] !== 'deadline') return next;
  let end = next;
  while (cells.length > d + 1 && cells[d].trim() && !isDeadlineCell(cells[d]) && isDeadlineCell(cells[d + 1])) {
    if (isUnitNames(cells[d])) cells[duty] = `${cells[duty].trim()}、${cells[d].trim()}`;
    else if (!STRAY_NUMBER_RE.test(cells[d])) break;
    cells.splice(d, 1);
    const line = lines[end];
    cells.push(line !== undefined && line.trim() !== '' && !BARE_NUMBER.test(line) && !HEADING_RE.test(line.trim()) ? lines[end++] : '');
  }
  return end;
}

const NUMBERED_CELL_RE = /^\s*(\d{1,3})[.．、]\S/;
/** More cells than a row of a serial-less table spreads a unit cell over: past it the text has left the table. */
const MAX_UNIT_LINES = 3;

/**
 * A row of a table with no 序号 whose task cell opens with its number (沈河 2024: 2.大力发展… / 发改局 / 区工信局 /
 * 各街道办事处 / 3.…): it runs to the next numbered task cell or heading, and a unit cell broken over lines joins back
 * into the last column. Null unless the row's end is found so.
 */
function numberedRowEnd(lines: string[], k: number, width: number): { cells: string[]; next: number } | null {
  const m = NUMBERED_CELL_RE.exec(lines[k]);
  if (!m) return null;
  let end = k + 1;
  const limit = Math.min(lines.length, k + width + MAX_UNIT_LINES);
  while (end < limit && !HEADING_RE.test(lines[end].trim()) && Number(NUMBERED_CELL_RE.exec(lines[end])?.[1]) !== Number(m[1]) + 1) end++;
  if (end - k <= width || (end === limit && end < lines.length)) return null;
  const cells = lines.slice(k, k + width - 1);
  cells.push(lines.slice(k + width - 1, end).map((c) => c.trim()).join('、'));
  return { cells, next: end };
}

/**
 * How many cells the row from line `at` has: all `width`, unless an empty last cell (责任领导 left blank) was
 * dropped by the flattening and the next row's serial (or a group heading) comes first. Only past the task cell.
 */
function shortRow(lines: string[], at: number, width: number, numbered: boolean, taskAt: number): number {
  if (!numbered || taskAt < 0) return width;
  const next = serialOf(lines[at]) + 1;
  for (let j = taskAt + 1; j < width && at + j < lines.length; j++) {
    const line = lines[at + j].trim();
    // A serial of the other style ((8) after 1) is a row of its own: the row was a sub-heading of two cells.
    if (HEADING_RE.test(line) || (BARE_NUMBER.test(line) && (serialOf(line) === next || bracketed(line) !== bracketed(lines[at])))) return j;
  }
  return width;
}

/**
 * Of two task columns (指标 / 工作任务), the first is the category the second's rows fall under (of three, 考核项目 /
 * 考核指标 / 考核内容, every one but the last); but a 内容 column after a 名称 column (事项名称 / 项目内容) is what the
 * named row does: the name stays the task.
 */
function demoteCategory(columns: Column[], headers: string[]): void {
  const first = columns.indexOf('task');
  const second = columns.indexOf('task', first + 1);
  if (first < 0 || second < 0) return;
  if (/名称$/.test(headers[first].trim()) && /内容$/.test(headers[second].trim())) { columns[second] = 'content'; return; }
  const last = columns.lastIndexOf('task');
  columns.forEach((c, i) => { if (c === 'task' && i < last) columns[i] = 'group'; });
}

/**
 * A table with no task column whose goal column (年度目标, 工作目标) follows its 序号 (相山 2024: 序号 / 年度目标 / 分管领导 /
 * 牵头单位 / …): the goals are what its rows are about, their tasks.
 */
function promoteGoal(columns: Column[], headers: string[]): void {
  const serial = columns.indexOf('serial');
  if (columns.includes('task') || serial < 0 || columns[serial + 1] !== 'detail') return;
  if (/目标$/.test(headers[serial + 1].replace(/\s+/g, ''))) columns[serial + 1] = 'task';
}

/**
 * The merged read (rows from serial to serial) is taken when it reads more rows than the cell-by-cell one, or as many
 * when the cell-by-cell rows lost step: a row with a cell left out shifts the ones after it, so their serials skip or
 * a unit's name before a serial is taken for a group's cell (市海洋渔业局市农业农村局 / 2).
 */
function mergedReadsBetter(mergedRows: number, out: { text: string }[]): boolean {
  const serials = out.filter((l) => /^\d/.test(l.text)).map((l) => parseInt(l.text, 10));
  if (mergedRows !== serials.length) return mergedRows > serials.length;
  const groups = out.filter((l) => !/^\d/.test(l.text) && !HEADING_RE.test(l.text.trim()));
  return serials.some((n, x) => n !== x + 1) || groups.some((l) => !isGroupCell(l.text));
}

/**
 * A 主要责任单位 column is read against the table's other duty columns: beside a 责任单位 or 配合单位 column it leads
 * (广东 2014's 主要责任单位 / 责任单位); after a column that names the lead (第一责任单位, 牵头单位) it names the units
 * that support it (嘉兴 2006's 第一责任单位 / 主要责任单位); as the only duty column it names every owner of the row without
 * saying who leads (苏州 2011's 序号 / 名称 / 工作任务 / 主要责任单位).
 */
export function mainDutyRoles(columns: Column[], headers: string[]): void {
  const duties = columns.flatMap((c, i) => (isDuty(c) ? [i] : []));
  const main = duties.filter((i) => /^主要责任(?:单位|部门)$/.test(headers[i].replace(/\s+/g, '')));
  if (main.length !== 1) return;
  if (duties.length === 1) columns[main[0]] = 'responsible';
  else if (duties.some((i) => i < main[0] && columns[i] === 'lead')) columns[main[0]] = 'support';
}

/**
 * A header cell leaves the table only in a run of header cells (a new header), or alone when it names a column this
 * table has (吴江 2024's group cell 主要预期目标 is a task header word: reading on would take the group for a row); alone
 * and of a column the table lacks, or of its miscellaneous ('other') columns, it is the row's data: 苏州 2011 and 2015
 * name row 5 投资, the word of a project list's 投资 column.
 */
function endsTable(kinds: (Column | null)[], x: number, columns: Column[]): boolean {
  const kind = kinds[x];
  return (kinds[x - 1] ?? null) !== null || (kinds[x + 1] ?? null) !== null || (kind !== 'other' && columns.includes(kind!));
}

const ITEM_COUNT_RE = /[(（]\d{1,3}项[)）]$/;

/**
 * A group row that spans a numbered table, printed with no marker before its first serial: the first line under the
 * header (苏州 2011: 序号 / 名称 / 工作任务 / 主要责任单位, then 经济社会发展主要预期目标分解(15项), then 1), or any line that
 * counts its items, before the serial that follows on. It stays in the text as a line of its own.
 */
function isSpanningGroupRow(lines: string[], k: number, columns: Column[], first: boolean): boolean {
  const line = lines[k].trim();
  if (columns[0] !== 'serial' || BARE_NUMBER.test(line) || !BARE_NUMBER.test(lines[k + 1] ?? '')) return false;
  if (line.length < 4 || line.length > 40 || /[。;；:：]/.test(line)) return false;
  return first ? serialOf(lines[k + 1]) === 1 : ITEM_COUNT_RE.test(line);
}

/**
 * A short line that is no serial nor heading, the next row's serial right after it and that row readable, under a last
 * column that holds no units. A unit's name or a date there is a cell of its own out of step (宝山 2019: 区绿化市容局、 /
 * 区农业农村委 / 2019年), which the merged-row reader sets right.
 */
const MAX_TAIL_CHARS = 12;
function isCellTail(lines: string[], k: number, columns: Column[], headers: string[]): boolean {
  const line = lines[k].trim();
  if (columns[0] !== 'serial' || isDuty(columns[columns.length - 1]) || isUnitNames(line) || isDeadlineCell(line)) return false;
  if (line.length > MAX_TAIL_CHARS || BARE_NUMBER.test(line) || HEADING_RE.test(line)) return false;
  return BARE_NUMBER.test(lines[k + 1] ?? '') && rowCells(lines, k + 1, columns, headers) !== null;
}

const NUMERAL_LINE_RE = /^\s*([一二三四五六七八九十]{1,3})\s*$/;

/**
 * A group row in the 序号 column, a Chinese numeral alone then its group's title, the next row's serial after it
 * (静安 2025's 附表: 序号 / 重点任务 / 具体工作 / 时间进度 / 责任部门, then 一 / 推进碳达峰碳中和综合管理 / 1 / …): the
 * group column is printed only there, so the numbered rows under it have no cell for it. The row is read as the
 * heading `一、title`; null for any other line. Only under a header whose group column follows its 序号.
 */
function numeralGroupRow(lines: string[], k: number): string | null {
  const numeral = NUMERAL_LINE_RE.exec(lines[k] ?? '')?.[1];
  const title = (lines[k + 1] ?? '').trim();
  if (!numeral || !BARE_NUMBER.test(lines[k + 2] ?? '')) return null;
  if (title.length < 2 || title.length > 40 || BARE_NUMBER.test(title) || /[。;；:：]/.test(title)) return null;
  return `${numeral}、${title}`;
}

function scanTables(lines: string[]): TableRewrite[] {
  const rewrites: TableRewrite[] = [];
  // Each line's column is read once; a header is at most MAX_COLUMNS cells, so no line is rescanned per start.
  const kinds = lines.map(columnOf);
  guessTaskColumns(lines, kinds);
  for (let i = 0; i < lines.length; i++) {
    const columns: Column[] = [];
    let j = i;
    const kindAt = (x: number) => kinds[x] ?? (x > i ? headerWordColumn(lines[x]) : null);
    while (j < lines.length && kindAt(j) !== null && columns.length <= MAX_COLUMNS) { columns.push(kindAt(j)!); j++; }
    if (columns.length > MAX_COLUMNS) { while (i + 1 < lines.length && kinds[i + 1] !== null) i++; continue; }
    demoteCategory(columns, lines.slice(i, j));
    promoteGoal(columns, lines.slice(i, j));
    mainDutyRoles(columns, lines.slice(i, j));
    const hasTask = columns.includes('task');
    const hasDuty = columns.some((c) => c === 'lead' || c === 'support' || c === 'responsible');
    if (columns.length < 3 || !hasTask || !hasDuty) continue;
    const goals = readGoalRows(lines, j, columns) ?? readLeaderRows(lines, j, columns, lines.slice(i, j)) ?? readCarriedUnitRows(lines, j, columns)
      ?? readContentCellRows(lines, j, columns);
    if (goals) {
      rewrites.push({ from: i, to: goals.next, lines: goals.lines });
      i = goals.next - 1;
      continue;
    }
    const out: { text: string; sourceLine: number }[] = [];
    let k = j;
    // Rows under numeral group rows print no group cell: they are read on the other columns.
    const headers = lines.slice(i, j);
    const numeralGroups = columns[0] === 'serial' && columns[1] === 'group' && numeralGroupRow(lines, j) !== null;
    if (numeralGroups) { columns.splice(1, 1); headers.splice(1, 1); }
    while (k < lines.length) {
      const groupRow = numeralGroups ? numeralGroupRow(lines, k) : null;
      if (groupRow) { out.push({ text: groupRow, sourceLine: k }); k += 2; continue; }
      if (HEADING_RE.test(lines[k].trim()) || isSpanningGroupRow(lines, k, columns, k === j)) { out.push({ text: lines[k], sourceLine: k }); k++; continue; }
      const groups = readGroupRows(lines, k, columns, rowLine);
      if (groups) { out.push(...groups.lines); k = groups.next; continue; }
      const row = rowCells(lines, k, columns, headers);
      // The last cell of the row before, broken over lines (宣城 2022: 备注 完成率 / (  100 %)): its tail stays as text
      // and the rows read on from the next serial.
      if (!row && out.length > 0 && isCellTail(lines, k, columns, headers)) { out.push({ text: lines[k], sourceLine: k }); k++; continue; }
      if (!row || kinds.slice(k, row.next).some((c, x) => c !== null && lines[k + x].trim() !== '' && endsTable(kinds, k + x, columns))) break;
      const group = columns[0] === 'group' ? row.cells[0].trim() : '';
      // The group cell stays in the text, as the line before its group's first row.
      if (group) out.push({ text: group, sourceLine: k });
      const labelled = { columns: columns.slice(), cells: row.cells.slice() };
      for (let l = rowLabel(lines[row.next]); l; l = rowLabel(lines[++row.next])) { labelled.columns.push(l.column); labelled.cells.push(l.value); }
      out.push({ text: rowLine(labelled.columns, labelled.cells), sourceLine: k });
      k = row.next;
    }
    const merged = readMergedRows(lines, j, columns, headers);
    if (merged && mergedReadsBetter(merged.rows.filter((r) => r.cells[columns.indexOf('serial')]).length, out)) {
      out.splice(0, out.length, ...merged.rows.map((r) => ({ text: rowLine(columns, r.cells), sourceLine: r.sourceLine })));
      k = merged.next;
    }
    if (out.length > 0) {
      rewrites.push({ from: i, to: k, lines: out });
      i = k - 1;
    } else if (columns[0] === 'serial' || columns[0] === 'group') {
      // A numbered header whose rows do not read: its tail would read the same rows out of step.
      i = j - 1;
    }
  }
  return rewrites;
}
