// A table printed one row per line with spaces between cells (`序号 工 作 任 务 牵头负责部门` then
// `1 居民消费价格涨幅3%左右 发展改革委`) becomes one cell per line, before spaces inside Chinese are dropped.
import { columnOf, type Column } from './tables.ts';

export interface SpaceWork { text: string; map: Int32Array }

interface Token { start: number; end: number }

const SINGLE_CJK = /^[\u4e00-\u9fff]$/;
const BARE_NUMBER = /^\d{1,3}$/;

export function tokensOf(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(from, to).matchAll(/\S+/g)) out.push({ start: from + m.index!, end: from + m.index! + m[0].length });
  return out;
}

/** A header's cells: a run of single characters (工 作 任 务) is one spaced-out cell. */
export function headerOf(text: string, tokens: Token[]): { cells: Token[]; columns: Column[] } | null {
  const cells: Token[] = [];
  let spaced = false;
  for (const t of tokens) {
    const single = SINGLE_CJK.test(text.slice(t.start, t.end));
    if (single && spaced) cells[cells.length - 1].end = t.end;
    else cells.push({ ...t });
    spaced = single;
  }
  const columns = cells.map((c) => columnOf(text.slice(c.start, c.end)));
  if (cells.length < 3 || cells.length > 12 || columns[0] !== 'serial' || columns.some((c) => c === null)) return null;
  const known = columns as Column[];
  if (!known.includes('task') || !known.some((c) => c === 'lead' || c === 'support' || c === 'responsible')) return null;
  return { cells, columns: known };
}

/** A row's cells: as many single-token cells before and after the task column as the header has. */
function rowOf(text: string, tokens: Token[], columns: Column[]): Token[] | null {
  const t = columns.indexOf('task');
  const after = columns.length - t - 1;
  if (tokens.length < columns.length || !BARE_NUMBER.test(text.slice(tokens[0].start, tokens[0].end))) return null;
  const task = { start: tokens[t].start, end: tokens[tokens.length - after - 1].end };
  return [...tokens.slice(0, t), task, ...tokens.slice(tokens.length - after)];
}

/** The cells of every spaced table line, by line start; other lines are absent. */
function findSpacedRows(text: string): Map<number, Token[]> {
  const rows = new Map<number, Token[]>();
  let columns: Column[] | null = null;
  // A header is rewritten only when a row follows it.
  let pending: [number, Token[]] | null = null;
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const tokens = tokensOf(text, start, end);
    const row = columns && tokens.length > 0 ? rowOf(text, tokens, columns) : null;
    if (row) {
      if (pending) rows.set(...pending);
      pending = null;
      rows.set(start, row);
    } else if (tokens.length > 0) {
      const header = headerOf(text, tokens);
      columns = header ? header.columns : null;
      pending = header ? [start, header.cells] : null;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return rows;
}

/** Spaced table lines rewritten one cell per line; the offset map follows every character kept. */
export function splitSpacedCells(work: SpaceWork): SpaceWork {
  const { text, map } = work;
  if (!/序\s*号/.test(text)) return work;
  const rows = findSpacedRows(text);
  if (rows.size === 0) return work;
  const parts: string[] = [];
  const maps: number[] = [];
  let copied = 0;
  const keep = (to: number) => { parts.push(text.slice(copied, to)); for (let i = copied; i < to; i++) maps.push(map[i]); copied = to; };
  for (const cells of rows.values()) {
    for (let k = 1; k < cells.length; k++) {
      keep(cells[k - 1].end);
      parts.push('\n');
      maps.push(map[cells[k - 1].end]);
      copied = cells[k].start;
    }
  }
  keep(text.length);
  return { text: parts.join(''), map: Int32Array.from(maps) };
}
