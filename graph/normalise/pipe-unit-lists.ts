// A numbered `|` table (序号 | … | 责任单位 | …) whose duty cell lists its units a space apart (县教体局 各相关乡镇政府,
// 吉水 2020): the spaces become `、` before inner spaces are dropped, which would glue the names into one.
// Serial-less `|` tables are rewritten whole by pipe-rows.ts, which does the same for their rows.
import { columnOf, headerWordColumn, type Column } from './tables.ts';

export interface PipeListWork { text: string; map: Int32Array }

const DUTY = new Set<Column | null>(['lead', 'support', 'responsible']);
/** A space between two names: after a CJK character or `)`, before a CJK character or `(`. */
const NAME_GAP = /(?<=[\u4e00-\u9fff)）])[ \t]+(?=[\u4e00-\u9fff(（])/g;

/** The duty columns of a numbered `|` header whose every cell is a known column, or null. */
function dutyColumnsOf(line: string): number[] | null {
  const cells = line.split('|').map((c) => c.trim());
  if (cells[cells.length - 1] === '') cells.pop();
  const columns = cells.map((c) => columnOf(c) ?? headerWordColumn(c));
  if (columns[0] !== 'serial' || !columns.includes('task') || columns.some((c) => c === null)) return null;
  const duties = columns.flatMap((c, i) => (DUTY.has(c) ? [i] : []));
  return duties.length > 0 ? duties : null;
}

/** A cell of names a space apart, each of two characters or more (a name spaced out letter by letter is left alone). */
function isNameList(cell: string): boolean {
  const parts = cell.trim().split(/[ \t]+/);
  return parts.length > 1 && parts.every((p) => p.length >= 2);
}

/** Under a numbered `|` header, the spaces between names in each row's duty cells become `、`; one to one, so the map holds. */
export function listPipeUnits(work: PipeListWork): PipeListWork {
  const { text, map } = work;
  if (!text.includes('|')) return work;
  const out = text.split('');
  let duties: number[] | null = null;
  let changed = false;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const header = line.includes('|') ? dutyColumnsOf(line) : null;
    if (header) duties = header;
    else if (duties && /^\s*\d{1,3}\s*\|/.test(line)) {
      let cellStart = start;
      line.split('|').forEach((cell, i) => {
        if (duties!.includes(i) && isNameList(cell)) {
          for (const m of cell.trim().matchAll(NAME_GAP)) {
            const at = cellStart + cell.indexOf(cell.trim()) + m.index!;
            out[at] = '、';
            for (let k = 1; k < m[0].length; k++) out[at + k] = '';
            changed = true;
          }
        }
        cellStart += cell.length + 1;
      });
    } else if (!line.includes('|') && line.trim()) duties = null;
    if (nl < 0) break;
    start = nl + 1;
  }
  if (!changed) return work;
  // Runs of several spaces drop all but the first: rebuild the map for the characters kept.
  const keep: number[] = [];
  out.forEach((c, i) => { if (c !== '') keep.push(map[i]); });
  return { text: out.join(''), map: Int32Array.from(keep) };
}
