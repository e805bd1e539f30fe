// 哪些任务要在2025年前完成 / 2024年底前要完成哪些工作: the tasks whose own text sets that year as their deadline (到2025年，
// 2024年底前，至2025年), within the scope asked of (every plan when none is). A task that sets no year is not listed.
import type { GraphNode } from '../../../graph/model.ts';
import { byDocument, docLabel, newBuilder, reading, type ReadCtx, type Reader } from './common.ts';

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

export const readDue: Reader = (ctx: ReadCtx) => {
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
};
