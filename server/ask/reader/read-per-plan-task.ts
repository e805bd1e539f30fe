// 搭建创意平台在安庆和蚌埠的意见里分别由谁负责: one plan's task named, asked of several plans. Each plan is answered by
// its own task of that name, or the shortest whose title holds the name's characters in order or is held by it
// (搭建创意平台 ↔ 搭建创意创新联动平台).
import { reading, type Reader } from './common.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { ASKS_UNITS, EACH, names, planByPlan } from './read-per-plan.ts';
import { inOrder } from './scope.ts';
/** A longer title holding the name in order stays this much longer at most (搭建创意平台, 10 of 搭建创意创新联动平台's 10). */
const MAX_STRETCH = 2;

/** Whether `title` holds every character of `name` in order, its first two together (搭建…平台), and is not much longer. */
function holdsInOrder(title: string, name: string): boolean {
  return title.startsWith(name.slice(0, 2)) && title.length <= name.length * MAX_STRETCH && inOrder(name, title);
}

export const readPerPlanTask: Reader = (ctx) => {
  const groups = ctx.scope?.groups ?? [];
  if (groups.length < 2 || ctx.tasks.length !== 1 || ctx.units.length || ctx.entities.length || !EACH.test(ctx.q) || !ASKS_UNITS.test(ctx.rest)) return null;
  const name = ctx.tasks[0].name;
  const { b, parts, found } = planByPlan(ctx, groups, (g) => {
    const tasks = g.flatMap((id) => ctx.view.tasksByDoc.get(id) ?? []);
    const own = tasks.filter((t) => t.name === name);
    const picked: GraphNode[] = own.length ? own : tasks.filter((t) => holdsInOrder(t.name, name) || holdsInOrder(name, t.name)).sort((x, y) => x.name.length - y.name.length).slice(0, 1);
    return {
      duties: picked.flatMap((t) => ctx.view.dutiesOfTask.get(t.id) ?? []),
      say: (where, units) => (picked.length ? `${where}「${picked[0].name}」：${names(units) || '没有写明单位'}` : `${where}：没有这项任务`),
    };
  });
  if (found === 0) return null;
  return reading('taskUnits', { name, docIds: groups.flat() }, `我理解为：分别查各个文件里「${name}」这项任务（或同名的任务）由哪些单位负责`, b, `${parts.join('；')}。`);
};
