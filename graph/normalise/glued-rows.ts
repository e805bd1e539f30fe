// A .docx table whose text layer runs every cell together (序号项目名称主要内容…牵头单位配合单位1增加教育资源供给实施…
// 教育局经开区…2促进就业…): the header is a run of known column labels, and each row begins with the next serial
// right after a unit or the header. The rows are put on lines of their own as numbered items (1.增加…).
import { leaderBeforeDuties, leaderDutyCells } from './glued-leader-cells.ts';
import { UNIT_END_RE } from './merged-rows.ts';
import { columnOf, mainDutyRoles, type Column } from './tables.ts';
import type { TextWork } from './text-work.ts';

const LONGEST_HEADER_CELL = 10;
const MIN_COLUMNS = 3;
/** A row's serial follows the header or the unit that ended the row before (…市国有公司2促进…, …各街道3老城厢…). */
const ROW_END_RE = /[局委办区县镇道司心会队站所院团部厅处科室)）位]$/;

/** The header's cells from `at`; null when it is no task table's header. */
function headerAt(text: string, at: number): { end: number; header: string; columns: Column[]; cells: string[] } | null {
  const columns: Column[] = [];
  const cells: string[] = [];
  let p = at;
  for (;;) {
    let found = 0;
    // Shortest first: a longer run can read as one label (序号项目名称 as a …名称 column).
    for (let len = 2; len <= LONGEST_HEADER_CELL && !found; len++) if (columnOf(text.slice(p, p + len))) found = len;
    if (!found) break;
    columns.push(columnOf(text.slice(p, p + found))!);
    cells.push(text.slice(p, p + found));
    p += found;
  }
  mainDutyRoles(columns, cells);
  const duty = columns.some((c) => c === 'lead' || c === 'support' || c === 'responsible');
  return columns[0] === 'serial' && columns.length >= MIN_COLUMNS && columns.includes('task') && duty ? { end: p, header: text.slice(at, p), columns, cells } : null;
}

/**
 * A group row run in before a row (一、主要发展指标1地区…, 嘉兴 2006), after the header or the last unit of the row
 * before, with the page mark a printed table puts between its pages (…嘉兴港区—2—二、产业优化升级10积极…).
 */
const GROUP_RE = /(?:—\d{1,3}—)?[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,16}$/;
const LONGEST_GROUP = 24;

interface RowBreak { at: number; serial: string; group: number }

/** Where each row's serial stands in the line after its header (1, 2, 3 … in order), and the header repeats. */
function rowBreaks(line: string, from: number, header: string): RowBreak[] {
  const breaks: RowBreak[] = [];
  let p = from;
  for (let n = 1; ; n++) {
    const s = String(n);
    let at = -1;
    let group = -1;
    for (let q = line.indexOf(s, p); q >= 0; q = line.indexOf(s, q + 1)) {
      const g = GROUP_RE.exec(line.slice(Math.max(p, q - LONGEST_GROUP), q));
      const q0 = g ? q - g[0].length : q;
      const before = line.slice(Math.max(0, q0 - header.length), q0);
      const ok = (q0 === p && n === 1) || before.endsWith(header) || (ROW_END_RE.test(line.slice(0, q0)) && line.slice(p, q0).includes('。'));
      if (ok && /[\u4e00-\u9fff]/.test(line[q + s.length] ?? '') && !/\d/.test(line[q - 1] ?? '')) { at = q; group = g ? q0 : -1; break; }
    }
    if (at < 0) return breaks;
    breaks.push({ at, serial: s, group });
    p = at + s.length;
  }
}

const DUTY_LABEL: Partial<Record<Column, string>> = { lead: '牵头单位', support: '配合单位', responsible: '责任单位' };
const PAGE_MARK_RE = /—\d{1,3}—/;
/** A list's separators outside brackets (各县(市、区)政府 is one name). */
const LIST_SEP_RE = /[、,，](?![^(（]*[)）])/;
/** Where one unit's name ends and the next begins with no mark between (市发展改革委市经贸委, 市发展改革委各县…). */
const GLUED_NAME_RE = /(?<=[局委办厅])(?=[市省县区各])/g;

/** A unit's name, a collective's (各县(市、区)政府, 市三产发展领导小组各成员单位) or a list's last with its 等部门. */
const isUnitName = (name: string) => {
  const n = name.replace(/等(?:有关|相关)?(?:部门|单位)$/, '');
  return n.length >= 2 && n.length <= 30 && !/[。;；:：\d%]/.test(n) && (UNIT_END_RE.test(n) || /(?:政府|单位|[)）])$/.test(n));
};

/**
 * The row's duty cells, when the header ends with them (a 备注 after may be empty) and a task cell comes just before:
 * the units after the row's last 。, up to a page mark. One duty column takes them all; of two, the first cell is the
 * names glued on before the second cell's first name (市发展改革委市经贸委市规划建设局、市统计局: two leads, then the
 * supporting list). Labelled lines are put before each cell; a tail that is not a list of unit names gets none.
 */
function dutyCells(line: string, from: number, to: number, columns: Column[]): { at: number; s: string }[] {
  const kinds = columns.filter((c) => c !== 'other');
  const duties = kinds.filter((c) => DUTY_LABEL[c]);
  const first = kinds.length - duties.length;
  if (duties.length < 1 || duties.length > 2 || kinds.slice(first).some((c) => !DUTY_LABEL[c]) || !['task', 'detail', 'content'].includes(kinds[first - 1])) return [];
  const row = line.slice(from, to);
  const stop = row.lastIndexOf('。');
  if (stop < 0) return [];
  const mark = PAGE_MARK_RE.exec(row.slice(stop + 1));
  const tail = row.slice(stop + 1, mark ? stop + 1 + mark.index : row.length);
  const names = tail.split(LIST_SEP_RE);
  if (!names.every(isUnitName)) return [];
  const at = from + stop + 1;
  if (duties.length === 1) return [{ at, s: `\n${DUTY_LABEL[duties[0]]}:` }];
  const glued = names[0].split(GLUED_NAME_RE);
  if (glued.length < 2 || !glued.every(isUnitName)) return [];
  const out = [{ at, s: `\n${DUTY_LABEL[duties[0]]}:` }];
  let end = at;
  glued.forEach((name, x) => {
    if (x > 0) out.push({ at: end, s: x === glued.length - 1 ? `\n${DUTY_LABEL[duties[1]]}:` : '、' });
    end += name.length;
  });
  return out;
}

/** A group row on a line of its own; a page mark before it on another. */
function groupBreaks(line: string, at: number): { at: number; s: string }[] {
  const mark = /^—\d{1,3}—/.exec(line.slice(at));
  return mark ? [{ at, s: '\n' }, { at: at + mark[0].length, s: '\n' }] : [{ at, s: '\n' }];
}

/** Line breaks before the header, around a repeated header and before each row; a dot after each serial. */
export function splitGluedRows(work: TextWork): TextWork {
  const { text } = work;
  const inserts: { at: number; s: string }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const h = line.indexOf('序号');
    const head = h >= 0 ? headerAt(line, h) : null;
    if (head) {
      const rows = rowBreaks(line, head.end, head.header);
      if (rows.length >= 2) {
        const own: { at: number; s: string }[] = [];
        if (h > 0) own.push({ at: h, s: '\n' });
        rows.forEach((r, x) => {
          const repeated = line.lastIndexOf(head.header, r.at);
          if (repeated > h && repeated + head.header.length === r.at) own.push({ at: repeated, s: '\n' });
          if (r.group >= 0) own.push(...groupBreaks(line, r.group));
          own.push({ at: r.at, s: '\n' }, { at: r.at + r.serial.length, s: '.' });
          const next = rows[x + 1];
          const rowEnd = next ? (next.group >= 0 ? next.group : next.at) : line.length;
          own.push(...(leaderBeforeDuties(head.columns, head.cells)
            ? leaderDutyCells(line, r.at + r.serial.length, rowEnd)
            : dutyCells(line, r.at + r.serial.length, rowEnd, head.columns)));
        });
        own.sort((a, b) => a.at - b.at);
        inserts.push(...own.map((i) => ({ at: lineStart + i.at, s: i.s })));
      }
    }
    lineStart += line.length + 1;
  }
  if (inserts.length === 0) return work;
  const parts: string[] = [];
  const map: number[] = [];
  let last = 0;
  for (const { at, s } of inserts) {
    parts.push(text.slice(last, at), s);
    for (let i = last; i < at; i++) map.push(work.map[i]);
    // Every inserted character (a label line's `\n牵头单位:` is several) points at the character it stands before.
    for (let k = 0; k < s.length; k++) map.push(work.map[Math.min(at, text.length - 1)]);
    last = at;
  }
  parts.push(text.slice(last));
  for (let i = last; i < text.length; i++) map.push(work.map[i]);
  return { text: parts.join(''), map: Int32Array.from(map) };
}
