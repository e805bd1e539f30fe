// A .docx table whose text layer runs every cell together (序号项目名称主要内容…牵头单位配合单位1增加教育资源供给实施…
// 教育局经开区…2促进就业…): the header is a run of known column labels, and each row begins with the next serial
// right after a unit or the header. The rows are put on lines of their own as numbered items (1.增加…).
import { columnOf } from './tables.ts';

export interface GluedWork { text: string; map: Int32Array }

const LONGEST_HEADER_CELL = 10;
const MIN_COLUMNS = 3;
/** A row's serial follows the header or the unit that ended the row before (…市国有公司2促进…, …各街道3老城厢…). */
const ROW_END_RE = /[局委办区县镇道司心会队站所院团部厅处科室)）位]$/;

/** The header's cells from `at`; null when it is no task table's header. */
function headerAt(text: string, at: number): { end: number; header: string } | null {
  const columns: string[] = [];
  let p = at;
  for (;;) {
    let found = 0;
    // Shortest first: a longer run can read as one label (序号项目名称 as a …名称 column).
    for (let len = 2; len <= LONGEST_HEADER_CELL && !found; len++) if (columnOf(text.slice(p, p + len))) found = len;
    if (!found) break;
    columns.push(columnOf(text.slice(p, p + found))!);
    p += found;
  }
  const duty = columns.some((c) => c === 'lead' || c === 'support' || c === 'responsible');
  return columns[0] === 'serial' && columns.length >= MIN_COLUMNS && columns.includes('task') && duty ? { end: p, header: text.slice(at, p) } : null;
}

/** Where each row's serial stands in the line after its header (1, 2, 3 … in order), and the header repeats. */
function rowBreaks(line: string, from: number, header: string): { at: number; serial: string }[] {
  const breaks: { at: number; serial: string }[] = [];
  let p = from;
  for (let n = 1; ; n++) {
    const s = String(n);
    let at = -1;
    for (let q = line.indexOf(s, p); q >= 0; q = line.indexOf(s, q + 1)) {
      const before = line.slice(Math.max(0, q - header.length), q);
      const ok = (q === p && n === 1) || before.endsWith(header) || (ROW_END_RE.test(line.slice(0, q)) && line.slice(p, q).includes('。'));
      if (ok && /[\u4e00-\u9fff]/.test(line[q + s.length] ?? '') && !/\d/.test(line[q - 1] ?? '')) { at = q; break; }
    }
    if (at < 0) return breaks;
    breaks.push({ at, serial: s });
    p = at + s.length;
  }
}

/** Line breaks before the header, around a repeated header and before each row; a dot after each serial. */
export function splitGluedRows(work: GluedWork): GluedWork {
  const { text } = work;
  const inserts: { at: number; s: string }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const h = line.indexOf('序号');
    const head = h >= 0 ? headerAt(line, h) : null;
    if (head) {
      const rows = rowBreaks(line, head.end, head.header);
      if (rows.length >= 2) {
        if (h > 0) inserts.push({ at: lineStart + h, s: '\n' });
        for (const r of rows) {
          const repeated = line.lastIndexOf(head.header, r.at);
          if (repeated > h && repeated + head.header.length === r.at) inserts.push({ at: lineStart + repeated, s: '\n' });
          inserts.push({ at: lineStart + r.at, s: '\n' }, { at: lineStart + r.at + r.serial.length, s: '.' });
        }
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
    map.push(work.map[Math.min(at, text.length - 1)]);
    last = at;
  }
  parts.push(text.slice(last));
  for (let i = last; i < text.length; i++) map.push(work.map[i]);
  return { text: parts.join(''), map: Int32Array.from(map) };
}
