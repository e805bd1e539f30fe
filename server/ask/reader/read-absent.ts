// Within one plan, what a named unit is absent from: 方案里哪些任务X没有参与 / X不负责的任务 / 有X没牵头的任务吗 — the plan's
// tasks less the unit's (of the role said). Only inside a scope: the plan's own tasks are walked, never the whole graph.
import type { Role } from '../../../graph/catalogue/schemas.ts';
import { byDocument, dutiesOfUnit, newBuilder, reading, roleIn, roleZh, scopeNote, type Reader } from './common.ts';

/** The negated duty right after the unit (X没有参与, X不负责, X没牵头的); 参与但不牵头 is the unit's own tasks, read elsewhere. */
const ABSENT_AFTER = /^(?:都|也|从)?(?:没有|没|未|不|并未)(?:有)?(参与|参加|负责|牵头|管|承担|涉及)/u;
/** 哪些任务X没…, X不负责的任务, X没牵头的任务吗: the question asks for tasks. */
const ASKS_TASKS = /任务|事项|哪些|哪几|哪条|哪项/u;

export const readAbsent: Reader = (ctx) => {
  const docIds = ctx.scope?.docIds ?? [];
  const units = ctx.mentions.filter((m) => m.kind === 'unit');
  if (docIds.length !== 1 || units.length !== 1 || ctx.tasks.length + ctx.entities.length > 0 || !ASKS_TASKS.test(ctx.rest)) return null;
  const m = units[0];
  const verb = ABSENT_AFTER.exec(ctx.q.slice(m.end));
  if (!verb) return null;
  const role: Role | null = roleIn(verb[1]);
  const unit = m.targets[0].name;
  const own = new Set(dutiesOfUnit(ctx, unit, role).map((d) => d.task.id));
  // A name with no duty in the plan at all is no unit of it: the unit readers say where it has duties instead.
  if (own.size === 0 && (role === null || dutiesOfUnit(ctx, unit).length === 0)) return null;
  const tasks = (ctx.view.tasksByDoc.get(docIds[0]) ?? []).filter((t) => !own.has(t.id));
  const b = newBuilder(ctx);
  for (const t of tasks) b.item(t);
  const what = roleZh(role);
  const understood = `我理解为：${scopeNote(ctx)}列出「${unit}」没有${what}的任务`;
  const params = { unit, ...(role ? { role } : {}), absent: true, docIds };
  if (tasks.length === 0) return reading('tasksLacking', params, understood, b, `${scopeNote(ctx)}没有这样的任务：每一项任务「${unit}」都${what}了（共 ${own.size} 项）。`);
  return reading('tasksLacking', params, understood, b, `${scopeNote(ctx)}「${unit}」没有${what}的任务共 ${tasks.length} 项：${byDocument(ctx, tasks)}。`);
};
