// Work asked by when it is due, read from the tasks' own text (no node holds a task's date), one reader for both readings:
// - a month or a year's end said of named plans (2025年12月要完成什么, 2026年底前要做哪些): the clauses a plan that stages its
//   tasks by date opens there (2025年10月，启动运维管理移交接管；2025年12月，完成移交接管工作。);
// - a year asked as a deadline (哪些任务要在2025年前完成, 2024年底前要完成哪些工作): the tasks whose text sets that year (到2025年,
//   2024年底前, 至2025年), within the scope asked of (every plan when none is); a task that sets no year is not listed.
import type { GraphNode } from '../../../graph/model.ts';
import { byDocument, docLabel, inScope, newBuilder, reading, type ReadCtx, type Reader, type Reading } from './common.ts';
import { docOf } from './view.ts';
import { nodesMaybeContaining } from './view-sets.ts';

/** A month or a year's end as plans date their stages: 2025年12月, 2026年底, 12月底. */
const DATE_SAID = /(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|(?<=年)底|(?<=年)末)/u;
/** What is to be done then: 要完成什么, 该做哪些, 有哪些任务 — not a figure (多少, read-figures.ts) or a unit (谁). */
const ASKS_WORK = /(?:要|需要|应当?|该|得)?(?:完成|做|干|办|实现|推进|开展|启动)(?:什么|啥|哪些|些什么)|有(?:哪些|什么|啥)(?:任务|工作|事)/u;
const MAX_LINES = 6;

/** The clauses of the scope's tasks that open at the month or year-end said, or null when the question says none or none does. */
function datedWork(ctx: ReadCtx): Reading | null {
  if (!ctx.scope || ctx.mentions.length > 0 || !ASKS_WORK.test(ctx.q)) return null;
  const date = DATE_SAID.exec(ctx.q);
  if (!date) return null;
  // The year said with it belongs to the date (2025年12月); a bare 年底 keeps the year before it.
  const said = /(?:19|20)\d{2}年$/u.exec(ctx.q.slice(0, date.index))?.[0] ?? '';
  const when = said + date[0];
  const b = newBuilder(ctx);
  const lines: string[] = [];
  for (const task of nodesMaybeContaining(ctx.view, when)) {
    if (task.label !== 'Task' || !inScope(ctx, task)) continue;
    const text = String(task.properties.text ?? '');
    // The clause from the date to the next stop: 2025年12月，完成移交接管工作.
    for (const clause of text.split(/[；;。\n]/u).filter((c) => c.includes(when))) {
      const from = clause.slice(clause.indexOf(when)).trim();
      const start = Number(task.properties.start ?? 0) + text.indexOf(from);
      b.item(task).cite({ docId: docOf(task), start, end: start + from.length, text: from });
      lines.push(`「${task.name}」：${from}`);
    }
  }
  if (lines.length === 0) return null;
  const where = ctx.scope.docIds.length === 1 ? `${docLabel(ctx, ctx.scope.docIds[0])}中，` : '';
  return reading('readTask', { text: when, docIds: ctx.scope.docIds }, `我理解为：查文件中定在「${when}」要做的工作，按任务原文写明该时间的句子作答`, b,
    `${where}定在${when}的工作有 ${lines.length} 处：${lines.slice(0, MAX_LINES).join('；')}${lines.length > MAX_LINES ? '等' : ''}。`);
}

const YEAR = '((?:19|20)\\d{2})年(?:底|末)?(?:前|以前|之前)?';
const TASKS = '(?:任务|工作|事项|事)';
/** The tasks asked for, then the year they are due by; or the year first (2024年底前要完成哪些工作). */
const DUE_ASKED = [
  new RegExp(`(?:哪些|哪几(?:项|条)?|哪(?:项|条))${TASKS}[^，。？?]{0,6}?(?:在|于|到)?${YEAR}(?:要|需要|须|必须|应)?(?:完成|实现|达到|做完|做到|办完)`, 'u'),
  new RegExp(`(?:在|于|到)?${YEAR}(?:要|需要|须|必须|应)?(?:完成|实现|达到|做完|办完)(?:的)?(?:哪些|哪几(?:项|条)?|什么)${TASKS}?`, 'u'),
];

/** The year said as a task's deadline: 到2025年, 至2025年, 2025年底前, 2025年前, 2025年X月底前. */
function dueIn(text: string, year: string): boolean {
  return new RegExp(`(?:到|至|于)${year}年|${year}年(?:\\d{1,2}月)?(?:底|末)?(?:前|以前|之前)`, 'u').test(text);
}

/** The tasks that set the year asked as their deadline, or null when the question asks no year's tasks. */
function dueByYear(ctx: ReadCtx): Reading | null {
  if (ctx.units.length > 0) return null;
  const m = DUE_ASKED.map((re) => re.exec(ctx.q)).find(Boolean);
  if (!m) return null;
  // The year phrase may be linked to a heading of another year (到2025年 → 到2022年): nothing else may be named.
  const end = m.index + m[0].length;
  if (ctx.mentions.some((x) => x.kind !== 'unit' && (x.start < m.index || x.end > end))) return null;
  const year = m[1];
  const docIds = ctx.scope?.docIds ?? ctx.view.documents.map((d) => d.id);
  const tasks: GraphNode[] = docIds.flatMap((id) => ctx.view.tasksByDoc.get(id) ?? [])
    .filter((t) => dueIn(`${t.name}${String(t.properties.text ?? '')}`, year));
  const b = newBuilder(ctx);
  for (const t of tasks) b.item(t);
  const where = ctx.scope ? `在${docIds.map((id) => docLabel(ctx, id)).join('、')}中，` : '';
  const understood = `我理解为：${where}找原文写明在${year}年前（到${year}年、${year}年底前）完成的任务`;
  return reading('documentTasks', { due: year, docIds }, understood, b, tasks.length
    ? `${where}原文写明到${year}年完成的任务共 ${tasks.length} 项：${byDocument(ctx, tasks)}。`
    : `${where}没有原文写明到${year}年完成的任务。`);
}

/** The dated clauses first: a plan that stages by month answers with its own sentences, not a list of tasks. */
export const readDue: Reader = (ctx: ReadCtx) => datedWork(ctx) ?? dueByYear(ctx);
