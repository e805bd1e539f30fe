// 甲和乙哪条责任单位多 / 两项任务哪个牵头单位多: two named tasks weighed by how many units each lists (of the role said).
import { cite, dutiesOfTask, newBuilder, reading, roleIn, roleZh, unitsOf, type Reader } from './common.ts';
import { COMPARE } from './read-compare.ts';

/** The count weighed is of units (责任单位多, 牵头单位少, 部门更多), not of the tasks' words or figures. */
const OF_UNITS = /单位|部门/u;
/** 哪条 / 哪项 … 多: tasks are asked by their own measure words, which COMPARE's 哪个 does not cover. */
const WHICH_TASK = /哪一?[条项件][^，,。？?]{0,8}(多|少)/u;

export const readCompareTasks: Reader = (ctx) => {
  if (ctx.tasks.length !== 2 || ctx.units.length + ctx.entities.length > 0 || !(COMPARE.test(ctx.rest) || WHICH_TASK.test(ctx.rest)) || !OF_UNITS.test(ctx.rest)) return null;
  const role = roleIn(ctx.rest);
  const sides = ctx.tasks.map((t) => {
    const duties = dutiesOfTask(ctx, t.id, role);
    return { task: t, duties, units: unitsOf(duties) };
  });
  // 哪条单位少 puts the smaller first: the first item is the one asked for.
  const fewer = /少/u.test(ctx.rest) && !/多/u.test(ctx.rest);
  const ranked = [...sides].sort((x, y) => (fewer ? -1 : 1) * (y.units.length - x.units.length));
  const b = newBuilder(ctx);
  for (const s of ranked) b.item({ id: s.task.id, label: s.task.label, name: s.task.name });
  cite(b, ranked.flatMap((s) => s.duties));
  const what = `${roleZh(role)}单位`;
  const [top, next] = ranked;
  const gap = Math.abs(top.units.length - next.units.length);
  const verdict = gap === 0 ? `两者一样多（各 ${top.units.length} 个）` : `「${top.task.name}」更${fewer ? '少' : '多'}，${fewer ? '少' : '多'} ${gap} 个`;
  return reading('compareUnits', { a: sides[0].task.name, b: sides[1].task.name, tasks: true, ...(role ? { role } : {}) },
    `我理解为：比较「${sides[0].task.name}」和「${sides[1].task.name}」各有几个${what}`, b,
    `${sides.map((s) => `「${s.task.name}」${what} ${s.units.length} 个`).join('，')}：${verdict}。`);
};
