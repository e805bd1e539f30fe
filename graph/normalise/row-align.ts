// A table row with fewer cells than its header (a column the page left out, a blank cell dropped): the cells after
// the task are placed on the columns that fit their look, in order, when that fits better than reading them left to right.
import { isDeadlineCell, isDuty, isPersonCell, PERSON_COLUMN_RE, UNIT_END_RE } from './merged-rows.ts';
import type { Column } from './tables.ts';

/** Names joined by 、 or , whose parts end as units end (市政局、相关街道), or one collective (各街道). */
function isUnitCell(cell: string): boolean {
  const c = cell.trim();
  if (!c || c.length > 80 || /[。;；:：]/.test(c)) return false;
  const parts = c.split(/[、,，\s]+/).map((p) => p.replace(/[(（][^)）]*[)）]$/, '')).filter(Boolean);
  return parts.length > 0 && parts.every((p) => UNIT_END_RE.test(p) || /^(各|全|相关|有关)/.test(p));
}

/** How well a cell sits in a column: units in duty columns, persons under 领导, dates under 时限, prose elsewhere. */
function fit(cell: string, column: Column, header: string): number {
  if (!cell.trim()) return 0;
  const unit = isUnitCell(cell);
  const person = isPersonCell(cell);
  if (isDuty(column)) return unit ? 3 : -2;
  if (column === 'deadline') return isDeadlineCell(cell) ? 2 : -1;
  if (PERSON_COLUMN_RE.test(header)) return person ? 3 : -1;
  return unit || person ? -1 : 1;
}

/** Score of placing cells[i] on slots[place[i]], the places strictly increasing. */
function total(cells: string[], slots: { column: Column; header: string }[], place: number[]): number {
  return place.reduce((sum, s, i) => sum + fit(cells[i], slots[s].column, slots[s].header), 0);
}

/** The best increasing placement of `cells` on `slots` (more slots than cells), by dynamic programming. */
function bestPlaces(cells: string[], slots: { column: Column; header: string }[]): number[] {
  const n = cells.length;
  const m = slots.length;
  // best[i][j]: best score of cells i.. placed on slots j..; ties keep a cell on the earlier slot.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  for (let j = 0; j <= m; j++) best[n][j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const take = fit(cells[i], slots[j].column, slots[j].header) + best[i + 1][j + 1];
      best[i][j] = Math.max(take, best[i][j + 1]);
    }
  }
  const place: number[] = [];
  for (let i = 0, j = 0; i < n; j++) {
    if (fit(cells[i], slots[j].column, slots[j].header) + best[i + 1][j + 1] === best[i][j]) { place.push(j); i++; }
  }
  return place;
}

/**
 * The row's cells with those after the task moved to the columns that fit them, when the row is short of the header
 * and moving them fits strictly better than the order they came in. `cells` is as long as `columns`, padded with ''.
 */
export function alignShortRow(cells: string[], columns: Column[], headers: string[]): string[] {
  const taskAt = columns.indexOf('task');
  if (taskAt < 0) return cells;
  let filled = cells.length;
  while (filled > taskAt + 1 && !cells[filled - 1].trim()) filled--;
  const tail = cells.slice(taskAt + 1, filled);
  const slots = columns.slice(taskAt + 1).map((column, k) => ({ column, header: headers[taskAt + 1 + k] ?? '' }));
  if (tail.length === 0 || tail.length >= slots.length || !slots.some((s) => isDuty(s.column))) return cells;
  const place = bestPlaces(tail, slots);
  if (total(tail, slots, place) <= total(tail, slots, tail.map((_, i) => i))) return cells;
  const out = cells.slice(0, taskAt + 1).concat(slots.map(() => ''));
  place.forEach((s, i) => { out[taskAt + 1 + s] = tail[i]; });
  return out;
}
