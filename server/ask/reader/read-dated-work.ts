// 2025年12月要完成什么 / 2026年底前要做哪些: the work a plan dates to the month or year-end said, read from its tasks' own
// sentences (2025年10月，启动运维管理移交接管；2025年12月，完成移交接管工作。) — a plan that stages its tasks by date keeps
// those dates in the task text, not in any node. Only within the plans the question names.
import { docLabel, inScope, newBuilder, reading, type ReadCtx, type Reader } from './common.ts';
import { docOf } from './view.ts';
import { nodesMaybeContaining } from './view-sets.ts';

/** A month or a year's end as plans date their stages: 2025年12月, 2026年底, 12月底. */
const DATE_SAID = /(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|(?<=年)底|(?<=年)末)/u;
/** What is to be done then: 要完成什么, 该做哪些, 有哪些任务 — not a figure (多少, read-figures.ts) or a unit (谁). */
const ASKS_WORK = /(?:要|需要|应当?|该|得)?(?:完成|做|干|办|实现|推进|开展|启动)(?:什么|啥|哪些|些什么)|有(?:哪些|什么|啥)(?:任务|工作|事)/u;
const MAX_LINES = 6;

export const readDatedWork: Reader = (ctx: ReadCtx) => {
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
};
