// A 职责分工 table of two columns flattened one cell a line (单位 / 职责分工, 奉贤 2024's annex): each row is a unit's name
// on its own line, then its duties as a paragraph. No serial, no task column: the table reader (tables.ts) sees no
// header. Each row becomes an item numbered by its place in the table, its duties the text and its unit responsible,
// as a data record's row is (data-records.ts).
import { rowLine, type Column, type TableRewrite } from './tables.ts';
import { cleanSurface, hasBodyPunctuation, isCollective, isZoneName, patternKind } from '../units/surface.ts';

/** The unit column's header (单位, 成员单位, 责任单位, 部门) … */
const UNIT_HEADER_RE = /^(?:成员|责任|职能)?(?:单位|部门)(?:名称)?$/u;
/** … directly followed by the duty column's (职责分工, 主要职责, 工作职责, 职责任务). */
const DUTY_HEADER_RE = /^(?:主要|工作|具体)?职责(?:分工|任务|内容)?$/u;
/** A heading or an annex mark ends the table (附件3, 一、, (一)). */
const ENDS_TABLE_RE = /^(?:附件|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/u;
/** Fewer rows than this is no table of duties: a header pair that happens to stand in the text. */
const MIN_ROWS = 2;
const COLUMNS: Column[] = ['serial', 'responsible', 'task'];

/** A unit cell: a short line that reads as one unit, a zone or a collective (区规划资源局, 公安局奉贤分局, 菊园新区, 各街镇). */
export function isUnitCell(line: string): boolean {
  const c = cleanSurface(line);
  return c.length >= 2 && c.length <= 20 && !hasBodyPunctuation(c) && (patternKind(c) !== null || isZoneName(c) || isCollective(c));
}

/** Rows of every 单位 / 职责分工 table in the lines, each rewritten as a numbered item with its unit responsible. */
export function findUnitDutyRows(lines: string[]): TableRewrite[] {
  const rewrites: TableRewrite[] = [];
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  const cell = (k: number) => lines[filled[k]].trim();
  for (let h = 0; h + 1 < filled.length; h++) {
    if (!UNIT_HEADER_RE.test(cell(h)) || !DUTY_HEADER_RE.test(cell(h + 1))) continue;
    const out: TableRewrite['lines'] = [];
    let k = h + 2;
    // A row: the unit's line, then its duty lines up to the next unit's line.
    while (k + 1 < filled.length && isUnitCell(cell(k)) && !isUnitCell(cell(k + 1)) && !ENDS_TABLE_RE.test(cell(k + 1))) {
      let end = k + 2;
      while (end < filled.length && !isUnitCell(cell(end)) && !ENDS_TABLE_RE.test(cell(end))) end++;
      const duties = filled.slice(k + 1, end).map((i) => lines[i].trim()).join('');
      out.push({ text: rowLine(COLUMNS, [String(out.length + 1), cell(k), duties]), sourceLine: filled[k] });
      k = end;
    }
    if (out.length < MIN_ROWS) continue;
    rewrites.push({ from: filled[h], to: k < filled.length ? filled[k] : lines.length, lines: out });
    h = k - 1;
  }
  return rewrites;
}
