// A 任务分工表 read row by row (spreadsheet or web-page table) to lines the parser already reads:
// `N.任务。(牵头单位:X,责任单位:Y)`, with a group column's values as `一、…` headings.
import { columnOf, type Column } from '../normalise/tables.ts';

type Role = Column | 'group';

// Group columns (分类/领域…) and headers the parser's table grammar does not know.
const GROUP_HEADER = /^(类别|分类|领域|板块|类型|工作类别|任务类别|重点领域|工作领域|项目类别|方面)$/;
const NUMERALS = '一二三四五六七八九十';
const MARKER = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/;

function roleOf(cell: string): Role | null {
  const bare = cell.replace(/\s+/g, '');
  if (GROUP_HEADER.test(bare)) return 'group';
  return bare === '' ? null : columnOf(bare);
}

/** The header row's columns when `row` is one: a task column and at least one duty column. */
function headerRoles(row: string[]): (Role | null)[] | null {
  const roles = row.map(roleOf);
  const hasTask = roles.includes('task');
  const hasDuty = roles.some((r) => r === 'lead' || r === 'responsible' || r === 'support');
  return hasTask && hasDuty ? roles : null;
}

function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  return n < 20 ? `十${NUMERALS[n - 11] ?? ''}` : String(n);
}

const clean = (cell: string) => cell.replace(/\s*\n\s*/g, '').trim();
// Several units in one cell, one per line or separated by spaces, are one list.
const unitList = (cell: string) => cell.split(/[\n\s]+/).map((u) => u.trim()).filter(Boolean).join('、');

function annotation(get: (role: Role) => string): string {
  const parts: string[] = [];
  const lead = unitList(get('lead'));
  const responsible = unitList(get('responsible'));
  const support = unitList(get('support'));
  if (lead) parts.push(`牵头单位:${lead}`);
  if (responsible) parts.push(`责任单位:${responsible}`);
  if (support) parts.push(`配合单位:${support}`);
  return parts.length > 0 ? `(${parts.join(',')})` : '';
}

/**
 * Rows of a table to text lines. Rows before the header are kept as text (the table's title). Merged
 * cells arrive filled by the reader; a group (分类) printed once per group carries down to the next one.
 * Null when no row is a 分工表 header: the caller keeps the table as it is.
 */
export function taskTableLines(rows: string[][]): string[] | null {
  const at = rows.findIndex((row) => headerRoles(row) !== null);
  if (at < 0) return null;
  const roles = headerRoles(rows[at])!;
  const lines = rows.slice(0, at).map((row) => row.map(clean).filter(Boolean).join(' ')).filter(Boolean);
  const above = new Map<number, string>();
  let group = '';
  let groups = 0;
  let serial = 0;
  for (const row of rows.slice(at + 1)) {
    const cells = roles.map((role, i) => {
      const cell = (row[i] ?? '').trim();
      const filled = cell === '' && role === 'group' ? above.get(i) ?? '' : cell;
      above.set(i, filled);
      return filled;
    });
    const get = (role: Role) => cells.filter((_, i) => roles[i] === role).filter(Boolean).join('\n');
    const task = clean(get('task')).replace(/[。;；]+$/, '');
    if (task === '') continue;
    const g = clean(get('group'));
    if (g !== '' && g !== group) {
      group = g;
      groups++;
      lines.push(MARKER.test(g) ? g : `${numeral(groups)}、${g}`);
    }
    serial++;
    const number = /^\d{1,3}$/.test(clean(get('serial'))) ? clean(get('serial')) : String(serial);
    lines.push(`${number}.${task}。${annotation(get)}`);
  }
  return lines;
}
