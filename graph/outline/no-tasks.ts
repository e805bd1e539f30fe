// Why a document outlined into no task, or into tasks that name no unit: said in the report, so an empty result is
// never silent.
import { columnOf } from '../normalise/tables.ts';
import type { Outline } from './outline.ts';
import { dataShape } from './program-source.ts';

type NoTaskCause = 'unread-table' | 'interleaved-table' | 'scrambled-punctuation' | 'unread-labels' | 'program-source' | 'json-data' | 'no-items' | 'no-duties';

const CAUSE: Record<NoTaskCause, [zh: string, en: string]> = {
  'unread-table': ['有表格的表头（牵头单位/责任单位等），但表格的行没有读出：表格可能按空格分列、被拆散或格式未知', 'a table header was found but its rows were not read'],
  'interleaved-table': ['表格的文字层各列逐行交错（PDF 文字层：单元格互相穿插，括号、顿号脱离原位），行无法按列读出', "a PDF table's text layer interleaves its columns line by line (brackets and commas lifted out of the cells): its rows cannot be read by column"],
  'scrambled-punctuation': ['标点被打乱（转载页把顿号、逗号、句号互换并丢掉括号），编号和职责标注无法读出', 'the punctuation is scrambled (a mirror swapped 、,。. and dropped the brackets): item markers and duty annotations cannot be read'],
  'unread-labels': ['有职责标注，但其写法没有读出（见“职责标注无法判断角色”的警告），条目因此未被认作任务', 'duty labels were found but their wording was not read (see the UNREAD_LABEL warning), so no item was taken as a task'],
  'program-source': ['这是程序源码（JavaScript 等），不是文件正文，其中的任务记录没有读出；请导出方案的正文或任务表（.docx、.xlsx、.txt）再导入', 'this is program source (JavaScript or the like), not a document, and its task records were not read: export the plan\'s text or its task table (.docx, .xlsx, .txt) and load that'],
  'json-data': ['这是 JSON 数据，不是文件正文，其中的任务记录没有读出；请导出方案的正文或任务表（.docx、.xlsx、.txt）再导入', 'this is JSON data, not a document, and its task records were not read: export the plan\'s text or its task table (.docx, .xlsx, .txt) and load that'],
  'no-items': ['没有编号的条目（一、/(一)/1.），也没有以职责标注结尾的段落', 'no numbered items and no paragraph ending in a duty annotation'],
  'no-duties': ['有编号的章节，但没有职责标注（X牵头、责任单位:X），可能是政府工作报告或说明文字', 'numbered sections but no duty annotations (a report, not a division of tasks)'],
};

const DUTY_COLUMNS = new Set(['lead', 'support', 'responsible']);

/**
 * Two or more duty column names on one short line with no sentence or label punctuation: a header whose cells were
 * glued when its spaces went (…牵头领导牵头责任单位主体责任单位配合责任单位…, 青阳 2023; …牵头部门协同部门完成情况, 舒城 2021).
 */
const GLUED_HEADER_CELL_RE = /(?:牵头|责任|配合|协同|协办|主体)(?:责任)?(?:单位|部门)/gu;
const isGluedHeader = (line: string) =>
  line.length <= 200 && !/[。,，:：;；]/u.test(line) && (line.match(GLUED_HEADER_CELL_RE)?.length ?? 0) >= 2;

/** A table header that was not rewritten: a line that is only a duty column's name, or spaced or glued cells naming one. */
function hasUnreadTable(text: string): boolean {
  for (const line of text.split('\n')) {
    if (isGluedHeader(line.trim())) return true;
    const cells = line.trim().split(/[|｜]|\s{2,}|\t/).map((c) => c.trim()).filter(Boolean);
    if (cells.length === 0 || cells.length > 12) continue;
    if (cells.some((c) => DUTY_COLUMNS.has(columnOf(c) ?? ''))) return true;
    if (/^序\s*号\s/.test(line.trim()) && /(牵头|责任|配合)\s*(负责)?\s*(单位|部门)/.test(line)) return true;
  }
  return false;
}

/** Empty brackets a PDF text layer leaves when it lifts a cell's `(` `)` out of its words (北京 2021: `( ) 、 。 ( )`). */
const EMPTY_BRACKETS_RE = /[(（]\s*[)）]/gu;
const MIN_EMPTY_BRACKETS = 2;
/** `一,` `二,` as heading markers, and `.` between two characters: a mirror that swaps 、,。. (杭州 2017: `一,工作思路`). */
const SCRAMBLED_MARKER_RE = /(?:^|[。.,])[一二三四五六七八九十]{1,2},/gmu;
const HAN_DOT_HAN_RE = /[\u4e00-\u9fff]\.[\u4e00-\u9fff]/gu;
const MIN_SCRAMBLED_MARKERS = 2;
const MIN_HAN_DOTS = 5;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** A text whose shape, not its wording, hides its items: a PDF table's interleaved columns, a mirror's scrambled punctuation. */
function textShapeCause(text: string): NoTaskCause | null {
  if (count(text, EMPTY_BRACKETS_RE) >= MIN_EMPTY_BRACKETS && hasUnreadTable(text)) return 'interleaved-table';
  if (count(text, SCRAMBLED_MARKER_RE) >= MIN_SCRAMBLED_MARKERS && count(text, HAN_DOT_HAN_RE) >= MIN_HAN_DOTS) return 'scrambled-punctuation';
  return null;
}

/**
 * The warning's message for a document whose outline holds no task: its title and the likely cause. `unreadLabels` counts
 * the label wordings it could not read: with none read, they are why nothing was taken, not a report's prose.
 */
export function noTaskCause(title: string, text: string, outline: Outline, annotations: number, unreadLabels = 0): { cause: NoTaskCause; message: string } {
  let cause: NoTaskCause;
  const shape = annotations === 0 ? textShapeCause(text) : null;
  const data = dataShape(text);
  if (shape) cause = shape;
  else if (data) cause = data.kind;
  else if (annotations === 0 && hasUnreadTable(text)) cause = 'unread-table';
  else if (annotations === 0 && unreadLabels > 0) cause = 'unread-labels';
  else if (outline.nodes.length === 0) cause = 'no-items';
  else cause = annotations === 0 ? 'no-duties' : 'no-items';
  const [zh, en] = CAUSE[cause];
  // What was seen, quoted: the line that shows the file is code or data.
  const seen = data && cause === data.kind ? [`（见：${data.seen}）`, ` (seen: ${data.seen})`] : ['', ''];
  return { cause, message: `《${title}》没有读出任何任务：${zh}${seen[0]}。 / no task read from "${title}": ${en}${seen[1]}.` };
}

type NoDutyCause = 'unknown-units' | 'unread-table' | 'no-annotations';

const DUTY_CAUSE: Record<NoDutyCause, [zh: string, en: string]> = {
  'unknown-units': ['职责标注读出了，但其中的名称没有一个被认作单位', 'duty annotations were read but none of their names reads as a unit'],
  'unread-table': ['有责任单位等表头，但表格的单位列没有读出：表格可能按空格分列、被拆散或格式未知', 'a duty column header was found but its cells were not read'],
  'no-annotations': ['没有找到能读出的职责标注（X牵头、牵头单位:X、表格的责任单位列），分工可能以未知的写法给出', 'no duty annotation the parser can read (X牵头, 牵头单位:X, a duty column): the units may be given in a form it does not know'],
};

/** The warning's message for a document whose tasks were read but name no unit at all: its title, the count and the likely cause. */
export function noDutyCause(title: string, text: string, tasks: number, unknown: readonly string[] = []): { cause: NoDutyCause; message: string } {
  const cause: NoDutyCause = unknown.length > 0 ? 'unknown-units' : hasUnreadTable(text) ? 'unread-table' : 'no-annotations';
  const [zh, en] = DUTY_CAUSE[cause];
  // The names themselves, a few: what the reader must look at (an office, a body the registry lacks, a cut name).
  const names = unknown.length > 0 ? `（${unknown.slice(0, MAX_NAMES_SHOWN).join('、')}）` : '';
  const quoted = unknown.length > 0 ? ` (${unknown.slice(0, MAX_NAMES_SHOWN).join(', ')})` : '';
  return { cause, message: `《${title}》读出${tasks}项任务，但没有读出任何责任单位：${zh}${names}。 / ${tasks} tasks read from "${title}" but no unit: ${en}${quoted}.` };
}

const MAX_NAMES_SHOWN = 5;
