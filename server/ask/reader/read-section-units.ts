// Units of a numbered item the parser kept as a section because each of its sentences carries its own annotation
// (1.制定实施准入清单。…〔A牵头…〕…(A、B牵头…)): who leads it is who leads its sentences.
import { byDocument, cite, dutiesOfTask, newBuilder, reading, roleIn, roleZh, tasksOf, tasksUnder, unitsOf, type ReadCtx, type Reader } from './common.ts';

const ASKS_UNITS = /谁|单位|部门|哪个局|哪家/u;

export const readSectionUnits: Reader = (ctx) => {
  if (ctx.tasks.length !== 1 || ctx.units.length > 0 || ctx.entities.length > 0 || !ASKS_UNITS.test(ctx.rest)) return null;
  const section = ctx.view.nodes.get(ctx.tasks[0].id);
  // A section with its own annotation answers for itself (the catalogue's neighbourhood does that).
  if (!section || section.label !== 'Section' || (ctx.view.dutiesOfTask.get(section.id)?.length ?? 0) > 0) return null;
  const role = roleIn(ctx.rest);
  const duties = tasksUnder(ctx, section.id).flatMap((t) => dutiesOfTask(ctx, t.id, role));
  if (duties.length === 0) return null;
  const b = newBuilder(ctx).node(section);
  cite(b, duties);
  const units = unitsOf(duties);
  for (const u of units) b.item(u);
  const what = role ? `${roleZh(role)}单位` : '单位';
  return reading('taskUnits', { section: section.id, ...(role ? { role } : {}) }, `我理解为：「${section.name}」本身没有写分工，看它下面各句各自写明的${what}`, b,
    `「${section.name}」分几句写，各句的${what}共 ${units.length} 个：${units.map((u) => `「${u.name}」`).join('、')}（依据：${byDocument(ctx, tasksOf(duties), 6)}）。`);
};
