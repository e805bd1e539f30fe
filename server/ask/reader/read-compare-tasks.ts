// 甲和乙哪条责任单位多: two named tasks weighed by how many units each lists (of the role said); 那份里两项任务哪个牵头单位多 /
// 哪项任务的责任单位多: with none named, the tasks of the one plan in scope (its own tasks, never the whole graph).
import type { LexTarget } from '../lexicon.ts';
import { cite, dutiesOfTask, dutiesUnderLabel, newBuilder, reading, roleIn, roleZh, unitsOf, type ReadCtx, type Reader } from './common.ts';
import { COMPARE } from './read-compare.ts';

/** The count weighed is of units (责任单位多, 牵头单位少, 部门更多), not of the tasks' words or figures. */
const OF_UNITS = /单位|部门/u;
/** 哪条 / 哪项 … 多: tasks are asked by their own measure words, which COMPARE's 哪个 does not cover. */
const WHICH_TASK = /哪一?[条项件][^，,。？?]{0,8}(多|少)/u;
/** The plan's tasks weighed by their units: 两项任务哪个…单位多, 哪项任务的…单位多 (not 哪个单位…多, a ranking of units). */
const TASKS_BY_UNITS = /(?:任务|两项|两条|几项|几条)[^，,。？?]{0,4}哪(?:个|项|条|一项|一条)(?!单位|部门)[^，,。？?]{0,8}(?:单位|部门)[^，,。？?]{0,3}(?:多|少)|哪(?:项|条|个)任务[^，,。？?]{0,8}(?:单位|部门)[^，,。？?]{0,3}(?:多|少)/u;

function tasksWeighed(ctx: ReadCtx): LexTarget[] | null {
  if (ctx.units.length + ctx.entities.length > 0 || !OF_UNITS.test(ctx.rest)) return null;
  if (ctx.tasks.length === 2) return COMPARE.test(ctx.rest) || WHICH_TASK.test(ctx.rest) ? ctx.tasks : null;
  const docIds = ctx.scope?.docIds ?? [];
  if (ctx.tasks.length > 0 || docIds.length !== 1 || !TASKS_BY_UNITS.test(ctx.rest)) return null;
  const tasks = ctx.view.tasksByDoc.get(docIds[0]) ?? [];
  return tasks.length >= 2 ? tasks.map((t) => ({ id: t.id, label: 'Task', name: t.name })) : null;
}

export const readCompareTasks: Reader = (ctx) => {
  const weighed = tasksWeighed(ctx);
  if (!weighed) return null;
  const role = roleIn(ctx.rest);
  // 责任单位 / 配合单位 counted from the list the plan labels so (dutiesUnderLabel: 六盘水's 牵头 is no 责任单位), else the role said.
  const labelled = weighed.map((t) => dutiesUnderLabel(ctx, t.id));
  const sides = weighed.map((t, i) => {
    const duties = labelled[i]?.duties ?? dutiesOfTask(ctx, t.id, role);
    return { task: t, duties, units: unitsOf(duties) };
  });
  // 哪条单位少 puts the smaller first: the first item is the one asked for.
  const fewer = /少/u.test(ctx.rest) && !/多/u.test(ctx.rest);
  const ranked = [...sides].sort((x, y) => (fewer ? -1 : 1) * (y.units.length - x.units.length));
  const b = newBuilder(ctx);
  for (const s of ranked) b.item({ id: s.task.id, label: s.task.label, name: s.task.name });
  cite(b, ranked.flatMap((s) => s.duties));
  const what = labelled.find(Boolean)?.label ?? `${roleZh(role)}单位`;
  const [top, next] = ranked;
  const gap = Math.abs(top.units.length - next.units.length);
  const verdict = gap === 0 ? `「${top.task.name}」和「${next.task.name}」一样多（各 ${top.units.length} 个）` : `「${top.task.name}」更${fewer ? '少' : '多'}，${fewer ? '少' : '多'} ${gap} 个`;
  return reading('compareUnits', { tasks: sides.map((s) => s.task.name), ...(role ? { role } : {}) },
    `我理解为：比较${sides.map((s) => `「${s.task.name}」`).join('、')}各有几个${what}`, b,
    `${sides.map((s) => `「${s.task.name}」${what} ${s.units.length} 个`).join('，')}：${verdict}。`);
};
