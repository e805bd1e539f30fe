// A numbered target table by unit flattened one cell a line (序号 / 街镇 / 2026年任务量 / 3月底前完成20% …, 嘉定 2026's
// annex): each row is its serial, the unit it is set for, then its quantities. No task or duty column, so the table
// reader (tables.ts) sees no header. Each numbered row is a target of its unit: an item whose unit is responsible.
import { rowLine, type Column, type TableRewrite } from './tables.ts';
import { isUnitCell } from './unit-duty-rows.ts';

const SERIAL_HEADER_RE = /^(?:序号|编号)$/u;
/** The column naming whom each row is set for: 街镇, 各区, 乡镇（街道）, 单位, 责任单位. */
const UNIT_HEADER_RE = /^(?:各)?(?:街镇|镇街|街道|乡镇|镇|区|县|县区|区县|县[(（]市、区[)）]|乡镇[(（]街道[)）]|街镇[(（]管委会[)）]|(?:责任)?单位(?:名称)?|地区)$/u;
/** A list of people or addresses, no targets (联系人 / 电话 / 地址). */
const CONTACT_HEADER_RE = /联系人|电话|姓名|职务|邮箱|地址|手机/u;
/** The table's closing rows (总计, 合计) end it. */
const TOTAL_RE = /^(?:总计|合计|小计|全区|全市|总量)$/u;
/** At most this many header cells before the first row, and cells in a row. */
const MAX_CELLS = 14;
/** Fewer numbered rows than this is no table of targets. */
const MIN_ROWS = 3;
const COLUMNS: Column[] = ['serial', 'responsible', 'task'];
const NUMBER_RE = /\d/u;

/** Rows of every numbered table by unit, each rewritten as an item: the unit, its quantities, the unit responsible. */
export function findUnitTargetRows(lines: string[]): TableRewrite[] {
  const rewrites: TableRewrite[] = [];
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  const cell = (k: number) => (k < filled.length ? lines[filled[k]].trim() : '');
  // A row opens at its serial when the unit's line follows it.
  const opens = (k: number, n: number) => cell(k) === String(n) && isUnitCell(cell(k + 1));
  for (let h = 0; h + 1 < filled.length; h++) {
    if (!SERIAL_HEADER_RE.test(cell(h)) || !UNIT_HEADER_RE.test(cell(h + 1))) continue;
    let k = h + 2;
    while (k < filled.length && k - h <= MAX_CELLS && !opens(k, 1)) k++;
    if (!opens(k, 1) || k === h + 2 || filled.slice(h + 2, k).some((i) => CONTACT_HEADER_RE.test(lines[i]))) continue;
    const out: TableRewrite['lines'] = [];
    for (let n = 1; opens(k, n); n++) {
      let end = k + 2;
      while (end < filled.length && end - k <= MAX_CELLS && !opens(end, n + 1) && !TOTAL_RE.test(cell(end))) end++;
      const values = filled.slice(k + 2, end).map((i) => lines[i].trim());
      if (values.length === 0 || !values.some((v) => NUMBER_RE.test(v))) break;
      out.push({ text: rowLine(COLUMNS, [String(n), cell(k + 1), `${cell(k + 1)}:${values.join(',')}`]), sourceLine: filled[k] });
      k = end;
    }
    if (out.length < MIN_ROWS) continue;
    rewrites.push({ from: filled[h], to: k < filled.length ? filled[k] : lines.length, lines: out });
    h = k - 1;
  }
  return rewrites;
}
