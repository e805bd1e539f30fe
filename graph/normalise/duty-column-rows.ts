// A task list flattened one cell a line under a header whose words the page broke (任务 / 分类 … 牵头 / 部门 / 配合 /
// 部门 / 实施 / 主体, 市交通委 2024): no 序号 line starts it, so the header joiner and the table reader never see a header.
// Its rows open with their own serial ((1)建设精品道路300条。), then the year or target cells, then one unit cell per duty
// column at the row's end. The unit cells are read from the row's end: a row that prints none shares the merged cells of
// the row above; one with fewer prints the last columns (the others merged from above); one with a line more than the
// columns has a lead broken over two lines. Each row is rewritten as its serial line with a labelled annotation.
import { columnOf, headerWordColumn, type Column, type TableRewrite } from './tables.ts';
import { isDuty } from './merged-rows.ts';

/** A header word the page broke leaves halves this short (牵头 / 部门). */
const MAX_HALF = 3;
const MAX_HEADER_CELL = 20;
const MIN_HEADER_CELLS = 5;
/** More lines than a header with every word broken spans: the walk from one line stops here. */
const MAX_HEADER_LINES = 24;
/** A year's column (2024年工作项目, 2025年计划): the row's targets. */
const YEAR_CELL_RE = /^\d{4}年[\u4e00-\u9fff]{0,6}$/;
/** A header cell no list names (主要方向): a short name, no clause. */
const UNNAMED_HEADER_RE = /^[\u4e00-\u9fff]{2,8}$/;
const SENTENCE_RE = /[。,，;；:：]/;
/** A row opened by its serial in brackets with its text on the same line. */
const ROW_RE = /^\s*[(（](\d{1,3})[)）]\s*\S/;
/** A heading between rows: a group ((一)…) or a direction (1、…). */
const HEADING_RE = /^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．.]\S|[一二三四五六七八九十]{1,3}、)/;
/** A unit cell by its look: names parted by 、, no clause or figure, the last ending as a unit's name does. */
const UNIT_CELL_RE = /^[\u4e00-\u9fff“”()（）、]{2,80}$/;
const UNIT_END_RE = /[股馆局委办队会室所站院部门处科司镇乡村区县市省厅社厂团组心园联协位)）]$/;
const NEW_PART_RE = /^\s*(?:附件|抄送|印发)/;

const LABEL: Partial<Record<Column, string>> = { lead: '牵头单位', support: '配合单位', responsible: '责任单位' };

const isUnitCell = (line: string) => {
  const c = line.trim();
  return UNIT_CELL_RE.test(c) && c.split('、').every((p) => UNIT_END_RE.test(p) && p.length >= 2);
};

const known = (cell: string): Column | null => columnOf(cell) ?? headerWordColumn(cell) ?? (YEAR_CELL_RE.test(cell) ? 'detail' : null);

/** The header from line i, its broken words joined: its columns and the line after it, or null. */
function header(lines: string[], i: number): { columns: Column[]; next: number } | null {
  const columns: Column[] = [];
  let broken = 0;
  let j = i;
  while (j < lines.length && j - i < MAX_HEADER_LINES) {
    const a = lines[j].trim();
    const b = lines[j + 1]?.trim() ?? '';
    if (!a || a.length > MAX_HEADER_CELL || SENTENCE_RE.test(a) || HEADING_RE.test(a) || ROW_RE.test(a)) break;
    const joined = a.length <= MAX_HALF && b.length <= MAX_HALF && b ? known(a + b) : null;
    if (joined && (known(a) === null || known(b) === null || isDuty(joined))) { columns.push(joined); broken++; j += 2; continue; }
    const col = known(a) ?? (UNNAMED_HEADER_RE.test(a) ? 'other' : null);
    if (!col) break;
    columns.push(col);
    j++;
  }
  const firstDuty = columns.findIndex(isDuty);
  const tailDuties = firstDuty > 0 && columns.slice(firstDuty).every(isDuty) && columns.length - firstDuty >= 2;
  return broken > 0 && tailDuties && columns.includes('task') && columns.length >= MIN_HEADER_CELLS ? { columns, next: j } : null;
}

/** The units of one row by duty column, from its trailing unit lines, the merged cells above filling the rest. */
function rowUnits(units: string[], duties: number, above: string[] | null): string[] | null {
  if (units.length === 0) return above;
  if (units.length === duties + 1) return [`${units[0]}、${units[1]}`, ...units.slice(2)];
  if (units.length > duties) return null;
  if (units.length === duties) return units;
  return above ? [...above.slice(0, duties - units.length), ...units] : null;
}

function annotation(duties: Column[], cells: string[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  duties.forEach((c, k) => {
    const names = cells[k].split('、').map((n) => n.trim()).filter((n) => n && !seen.has(n));
    names.forEach((n) => seen.add(n));
    if (names.length > 0) parts.push(`${LABEL[c]}:${names.join('、')}`);
  });
  return parts.length > 0 ? `(${parts.join(',')})` : '';
}

export function findDutyColumnRows(lines: string[]): TableRewrite[] {
  for (let i = 0; i < lines.length; i++) {
    const h = header(lines, i);
    if (!h) continue;
    const duties = h.columns.filter(isDuty);
    const out: TableRewrite['lines'] = [];
    let above: string[] | null = null;
    let rows = 0;
    let k = h.next;
    while (k < lines.length && !NEW_PART_RE.test(lines[k])) {
      if (!ROW_RE.test(lines[k])) { out.push({ text: lines[k], sourceLine: k }); k++; continue; }
      let end = k + 1;
      while (end < lines.length && !ROW_RE.test(lines[end]) && !HEADING_RE.test(lines[end]) && !NEW_PART_RE.test(lines[end])) end++;
      let first = end;
      while (first > k + 1 && isUnitCell(lines[first - 1])) first--;
      const cells = rowUnits(lines.slice(first, end).map((l) => l.trim()), duties.length, above);
      if (!cells) return [];
      above = cells;
      out.push({ text: `${lines[k].trimEnd()}${annotation(duties, cells)}`, sourceLine: k });
      for (let x = k + 1; x < first; x++) out.push({ text: lines[x], sourceLine: x });
      rows++;
      k = end;
    }
    return rows >= 2 ? [{ from: i, to: k, lines: out }] : [];
  }
  return [];
}
