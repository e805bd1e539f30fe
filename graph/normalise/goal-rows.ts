// Rows of a 目标责任分解书 flattened one cell a line (领域 / 主要目标 / 主要责任单位 / 责任单位, 广东 妇女 and 儿童 2014): a
// numbered goal cell, its ——sub-targets, and after each sub-target (or run of them) that sub-row's units one a line,
// with no mark where the 主要责任单位 cell ends. Each unit run's first unit is the sub-row's 主要责任单位 (the lead),
// the others its 责任单位; a goal is one task holding every sub-row's units.
import { UNIT_END_RE } from './merged-rows.ts';
import { rowLine, type Column } from './tables.ts';

interface GoalRows { lines: { text: string; sourceLine: number }[]; next: number }

const GOAL_CELL_RE = /^\s*(\d{1,3})[.．、]\s*(\S.*)$/;
/** A unit cell: a short name, Han only (a name the page cut short, 省人口计生, still is one). */
const UNIT_CELL_RE = /^\s*[\u4e00-\u9fff()（）]{2,20}\s*$/;
/** A sub-target or the goal's own words: a dash-led line, or a sentence (in words: a bare number is no cell of it). */
const DETAIL_CELL_RE = /^\s*(?:——|—|-)|[。,，;；:：%\d]/;
/** More lines than one goal of a real table holds: past it the text has left the table. */
const MAX_GOAL_LINES = 80;

/** Columns of the shape: group cells, then the task, then a lead column and one more duty column. */
function goalColumns(columns: Column[]): boolean {
  const t = columns.indexOf('task');
  return t >= 0 && columns.slice(0, t).every((c) => c === 'group') && columns.length === t + 3
    && columns[t + 1] === 'lead' && (columns[t + 2] === 'responsible' || columns[t + 2] === 'support');
}

const isUnit = (line: string) => UNIT_CELL_RE.test(line) && !DETAIL_CELL_RE.test(line);

/** Read goals from line `from`; null unless the first line is a numbered goal cell and the columns fit. */
export function readGoalRows(lines: string[], from: number, columns: Column[]): GoalRows | null {
  if (!goalColumns(columns) || !GOAL_CELL_RE.test(lines[from] ?? '')) return null;
  const out: GoalRows['lines'] = [];
  let k = from;
  while (k < lines.length) {
    const goal = GOAL_CELL_RE.exec(lines[k]);
    if (!goal) break;
    const leads: string[] = [];
    const others: string[] = [];
    const details: string[] = [];
    let end = k + 1;
    let runStart = true;
    for (; end < lines.length && end < k + MAX_GOAL_LINES && !GOAL_CELL_RE.test(lines[end]); end++) {
      const line = lines[end].trim();
      if (isUnit(line)) {
        (runStart ? leads : others).push(line);
        runStart = false;
      } else if (DETAIL_CELL_RE.test(line) && /[\u4e00-\u9fff]/.test(line)) {
        details.push(line);
        runStart = true;
      } else break;
    }
    // A new domain's group cell, printed before its first goal (1. again), is no unit of the goal above.
    const group = Number(GOAL_CELL_RE.exec(lines[end] ?? '')?.[1]) === 1 && others.length > 0 && !UNIT_END_RE.test(others[others.length - 1]) ? others.pop()! : '';
    const support = [...new Set(others)].filter((u) => !leads.includes(u));
    // The sub-targets stay in the goal's words, in the order of the page, so every character keeps its own offset.
    const title = details.length > 0 && !/[。;；]$/.test(goal[2]) ? `${goal[2]}。` : goal[2];
    const cells = [goal[1], title + details.join(''), [...new Set(leads)].join('、'), support.join('、')];
    out.push({ text: rowLine(['serial', 'task', 'lead', 'responsible'], cells), sourceLine: k });
    if (group) out.push({ text: group, sourceLine: end - 1 });
    k = end;
    if (end < lines.length && !GOAL_CELL_RE.test(lines[end])) break;
  }
  return out.length > 0 ? { lines: out, next: k } : null;
}
