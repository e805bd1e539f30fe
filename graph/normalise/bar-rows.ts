// A table flattened with a bar opening each cell after a row's first (牵头单位 / | 目 标 任 务 / | 责 任 单 位 / |): a
// row's first cell runs on its own lines, broken a few characters a line (市政 / 府办 / 公厅), each later cell begins
// with `| `, and a lone `|` closes the row (长沙 2012). A merged cell is left out of the rows it spans: the cells
// before the task column are filled down from the row above, and a missing last cell is empty.
import { lineSpans, rowOrigins } from './row-offsets.ts';
import { columnOf, rowLine, type Column } from './tables.ts';
import type { TextWork } from './text-work.ts';

interface Line { text: string; start: number; end: number }

const CELL_OPEN_RE = /^[ \t]*\|[ \t]*(?=\S)/;
const ROW_CLOSE_RE = /^[ \t]*\|[ \t]*$/;
/** More lines than one row of a real table holds (a name broken a character a line, a long task cell): past it, no row. */
const MAX_ROW_LINES = 24;

const isDuty = (c: Column) => c === 'lead' || c === 'support' || c === 'responsible';

function linesOf(text: string): Line[] {
  return lineSpans(text).map(({ start, end }) => ({ text: text.slice(start, end), start, end }));
}

/** One row's cells from line `k`: lines up to a lone `|` (or the text's end), split where a line opens with `|`. */
function rowAt(lines: Line[], k: number): { cells: string[]; next: number } | null {
  const cells: string[] = [''];
  let i = k;
  for (; i < lines.length && i < k + MAX_ROW_LINES; i++) {
    const t = lines[i].text;
    if (ROW_CLOSE_RE.test(t)) return cells.length > 1 || cells[0] ? { cells, next: i + 1 } : null;
    if (!t.trim()) return null;
    const open = CELL_OPEN_RE.exec(t);
    if (open) cells.push(t.slice(open[0].length).trim());
    // A cell broken over lines joins back without a mark: its lines are parts of one name or sentence.
    else cells[cells.length - 1] += t.trim();
  }
  // The excerpt ends inside the last row: it keeps the cells it has.
  return i === lines.length && (cells.length > 1 || cells[0]) ? { cells, next: i } : null;
}

/** A header row: every cell a known column, a task and a duty among them, at least one cell opened by a bar. */
function headerAt(lines: Line[], k: number): { columns: Column[]; next: number } | null {
  const row = rowAt(lines, k);
  if (!row || row.cells.length < 2 || !row.cells[0]) return null;
  const columns = row.cells.map((c) => columnOf(c));
  if (columns.some((c) => c === null)) return null;
  const known = columns as Column[];
  return known.includes('task') && known.some(isDuty) ? { columns: known, next: row.next } : null;
}

/**
 * A row's cells placed on the columns: a short row lacks the merged cells before its task (filled down from the row
 * above), then, if still short, its last cells (empty). Null when the row has more cells than the header.
 */
function placeRow(cells: string[], columns: Column[], above: string[]): string[] | null {
  const taskAt = columns.indexOf('task');
  const own = cells[0] ? cells : cells.slice(1);
  if (own.length > columns.length) return null;
  const merged = Math.min(columns.length - own.length, taskAt);
  const placed = [...above.slice(0, merged), ...own];
  while (placed.length < columns.length) placed.push('');
  return placed;
}

/** Bar-opened tables rewritten as items with their annotations; each character keeps its cell's offset. */
export function rewriteBarRows(work: TextWork): TextWork {
  const { text, map } = work;
  // Spaces only, never \s: a run of blank lines must not be rescanned from every line's start.
  if (!/^[ \t]*\|[ \t]*$/m.test(text)) return work;
  const lines = linesOf(text);
  const parts: string[] = [];
  const maps: number[] = [];
  const keep = (from: number, to: number) => { parts.push(text.slice(from, to)); for (let p = from; p < to; p++) maps.push(map[p]); };
  let copied = 0;
  for (let k = 0; k < lines.length; k++) {
    const header = headerAt(lines, k);
    if (!header) continue;
    const { columns } = header;
    let above: string[] = columns.map(() => '');
    const rows: { text: string; from: number; to: number }[] = [];
    let at = header.next;
    for (let row = rowAt(lines, at); row; row = rowAt(lines, at)) {
      const placed = placeRow(row.cells, columns, above);
      if (!placed || !placed[columns.indexOf('task')]) break;
      const end = lines[row.next - 1].end;
      rows.push({ text: rowLine(columns, placed), from: lines[at].start, to: end });
      above = placed;
      at = row.next;
    }
    if (rows.length === 0) continue;
    keep(copied, lines[k].start);
    rows.forEach((r, x) => {
      const origin = rowOrigins(r.text, work, r.from, r.to);
      parts.push(r.text);
      for (let c = 0; c < r.text.length; c++) maps.push(origin(c));
      if (x < rows.length - 1) { parts.push('\n'); maps.push(map[r.to] ?? map[r.to - 1]); }
    });
    copied = rows[rows.length - 1].to;
    k = at - 1;
  }
  if (copied === 0) return work;
  keep(copied, text.length);
  return { text: parts.join(''), map: Int32Array.from(maps) };
}
