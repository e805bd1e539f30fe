// A table printed one row per line with spaces between cells (`序号 工 作 任 务 牵头负责部门` then
// `1 居民消费价格涨幅3%左右 发展改革委`) becomes one cell per line, before spaces inside Chinese are dropped.
import { columnOf, type Column } from './tables.ts';
import type { TextWork } from './text-work.ts';

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

/**
 * A row's cells: as many single-token cells before and after the task column as the header has. The text's last line,
 * cut inside its task (常熟 2018: `9 居民人均可支配收入增速`), is its serial and task alone.
 */
function rowOf(text: string, tokens: Token[], columns: Column[]): Token[] | null {
  const t = columns.indexOf('task');
  const after = columns.length - t - 1;
  if (!BARE_NUMBER.test(text.slice(tokens[0].start, tokens[0].end))) return null;
  const last = tokens[tokens.length - 1];
  if (tokens.length < columns.length && t === 1 && tokens.length >= 2 && !text.slice(last.end).trim()) {
    return [tokens[0], { start: tokens[1].start, end: last.end }];
  }
  if (tokens.length < columns.length) return null;
  const task = { start: tokens[t].start, end: tokens[tokens.length - after - 1].end };
  return [...tokens.slice(0, t), task, ...tokens.slice(tokens.length - after)];
}

/** A group row under the header (一、经济社会发展主要预期目标分解(11项)): the table goes on past it. */
const GROUP_ROW_RE = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\S*$/;

/**
 * A header that ends a line of other text (a forum repost runs the signature, the table's title and its header together:
 * `…常熟市人民政府办公室 2018年2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位`): the text
 * before 序号 is one cell of its own, the header's cells follow it.
 */
function trailingHeaderOf(text: string, tokens: Token[]): { cells: Token[]; columns: Column[] } | null {
  let at = tokens.length - 1;
  while (at > 0 && text.slice(tokens[at].start, tokens[at].end) !== '序号') at--;
  const header = at > 0 ? headerOf(text, tokens.slice(at)) : null;
  return header && { cells: [{ start: tokens[0].start, end: tokens[at - 1].end }, ...header.cells], columns: header.columns };
}

/**
 * A row one cell short of a header with a 名称 column before its task (序号 名称 工作任务 牵头责任单位, rows `1 task unit`:
 * the 名称 cell left empty on every row, 常熟 2018): read without that column. The first of two task columns is it.
 */
function withoutNameColumn(columns: Column[]): number {
  const first = columns.indexOf('task');
  return first >= 0 && columns.indexOf('task', first + 1) > first ? first : -1;
}

/** The cells of every spaced table line, by line start; other lines are absent. */
function findSpacedRows(text: string): Map<number, Token[]> {
  const rows = new Map<number, Token[]>();
  let columns: Column[] | null = null;
  // A header is rewritten only when a row follows it; a header that ends a line keeps that line's text as a first cell.
  let pending: [number, Token[]] | null = null;
  let offset = 0;
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const tokens = tokensOf(text, start, end);
    let row = columns && tokens.length > 0 ? rowOf(text, tokens, columns) : null;
    const name = pending && columns && !row && tokens.length > 0 ? withoutNameColumn(columns) : -1;
    if (name >= 0) {
      const fewer: Column[] = columns!.filter((_, i) => i !== name);
      row = rowOf(text, tokens, fewer);
      if (row) { columns = fewer; pending![1].splice(offset + name, 1); }
    }
    if (row) {
      if (pending) rows.set(...pending);
      pending = null;
      rows.set(start, row);
    } else if (columns && tokens.length === 1 && GROUP_ROW_RE.test(text.slice(tokens[0].start, tokens[0].end))) {
      // A group row stays as it is, between the header and its rows.
    } else if (tokens.length > 0) {
      const own = headerOf(text, tokens);
      const header = own ?? trailingHeaderOf(text, tokens);
      offset = own ? 0 : 1;
      columns = header ? header.columns : null;
      pending = header ? [start, header.cells] : null;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return rows;
}

/** Spaced table lines rewritten one cell per line; the offset map follows every character kept. */
export function splitSpacedCells(work: TextWork): TextWork {
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
