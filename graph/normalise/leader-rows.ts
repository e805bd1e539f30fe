// Rows of a table flattened one cell a line whose first column is a leader (牵头领导 / 重点工作 / 牵头单位 / 配合单位 / 备注,
// 玉环 2021): the leader's cell (周阳市长) is merged over the rows under it, so it is printed once, on its first row; each
// row opens with its numbered task cell (1.始终做到…) and its units follow one a line, with no mark where the lead cell
// ends. As a serial-less numbered table is read (沈河 2024), the first unit is the lead cell and the others the last duty
// cell; the empty 备注 after the duties leaves no line.
import { LEADER_RE } from '../duties/roles.ts';
import { isDuty } from './merged-rows.ts';
import { rowLine, type Column } from './tables.ts';

interface LeaderRows { lines: { text: string; sourceLine: number }[]; next: number }

const TASK_CELL_RE = /^\s*(\d{1,3})[.．、]\s*\S/;
const HEADING_RE = /^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/;
/** A unit cell: a short name, Han only; a sentence or a figure is the text leaving the table. */
const UNIT_CELL_RE = /^\s*[\u4e00-\u9fff()（）]{2,20}\s*$/;
/** More unit lines than one row of a real table holds. */
const MAX_UNIT_LINES = 8;

/** Columns of the shape: a leader column, the task, duty columns, then only columns that are no duty (备注). */
function leaderColumns(columns: Column[], headers: string[]): boolean {
  const lastDuty = columns.length - 1 - [...columns].reverse().findIndex(isDuty);
  return columns[0] === 'other' && /领导$/u.test(headers[0].replace(/\s+/g, '')) && columns[1] === 'task'
    && lastDuty > 1 && lastDuty < columns.length && columns.slice(2, lastDuty + 1).every(isDuty) && columns.slice(lastDuty + 1).every((c) => c === 'other');
}

const isLeader = (line: string | undefined) => line !== undefined && LEADER_RE.test(line.trim());

/** Read the rows from line `from`; null unless the columns fit and the first row opens with a leader or a numbered task. */
export function readLeaderRows(lines: string[], from: number, columns: Column[], headers: string[]): LeaderRows | null {
  if (!leaderColumns(columns, headers)) return null;
  const duties = columns.flatMap((c, i) => (isDuty(c) ? [i] : []));
  const out: LeaderRows['lines'] = [];
  let k = from;
  let expected = 0;
  while (k < lines.length) {
    const at = isLeader(lines[k]) ? k + 1 : k;
    const task = TASK_CELL_RE.exec(lines[at] ?? '');
    if (!task || (expected > 0 && Number(task[1]) !== expected)) break;
    const units: string[] = [];
    let end = at + 1;
    while (end < lines.length && units.length < MAX_UNIT_LINES && UNIT_CELL_RE.test(lines[end]) && !isLeader(lines[end]) && !HEADING_RE.test(lines[end])) {
      units.push(lines[end].trim());
      end++;
    }
    const cells = columns.map(() => '');
    cells[1] = lines[at].trim();
    if (units.length > 0) cells[duties[0]] = units[0];
    if (units.length > 1) cells[duties[duties.length - 1]] = [...(duties.length > 1 ? [] : [units[0]]), ...units.slice(1)].join('、');
    out.push({ text: rowLine(columns, cells), sourceLine: at });
    expected = Number(task[1]) + 1;
    k = end;
  }
  return out.length > 0 ? { lines: out, next: k } : null;
}
