// Within one plan, what a named unit is absent from: 方案里哪些任务X没有参与 / X不负责的任务 / 哪项任务没有X — the plan's
// tasks less the unit's (of the role said); and who is absent from a named task: 哪些牵头单位没参与X那条 — the plan's units
// of that role less the task's. Only inside a scope: the plan's own tasks are walked, never the whole graph.
import type { Role } from '../../../graph/catalogue/schemas.ts';
import { dutiesIn } from './view-sets.ts';
import { docOf } from './view.ts';
import { byDocument, docLabel, dutiesOfTask, dutiesOfUnit, newBuilder, reading, roleIn, roleZh, scopeNote, unitsOf, type ReadCtx, type Reader, type Reading } from './common.ts';

/** The negated duty right after the unit (X没有参与, X不负责, X没牵头的); 参与但不牵头 is the unit's own tasks, read elsewhere. */
const ABSENT_AFTER = /^(?:都|也|从)?(?:没有|没|未|不|并未)(?:有)?(参与|参加|负责|牵头|管|承担|涉及)/u;
/** 哪项任务没有X / 哪几条没X牵头: the negation before the unit (not 有没有X, a yes/no), the duty (if any) right after it; none said means any. */
const ABSENT_BEFORE = /(?:(?<!有)没有?|不含|不包括)$/u;
const DUTY_AFTER = /^(?:参与|参加|负责|牵头|配合|承担)?/u;
/** 哪些任务X没…, X不负责的任务, X没牵头的任务吗: the question asks for tasks. */
const ASKS_TASKS = /任务|事项|哪些|哪几|哪条|哪项/u;

/** 哪些(牵头)单位没参与…: the units, of the role said before 单位, that a named task lacks. */
const UNITS_ABSENT = /(?:单位|部门)[^，,。？?]{0,3}(?:没有|没|未|不)(?:有)?(?:参与|参加|负责|承担)/u;

function unitsAbsent(ctx: ReadCtx): Reading | null {
  const m = UNITS_ABSENT.exec(ctx.rest);
  if (!m) return null;
  const role = roleIn(ctx.rest.slice(0, m.index));
  const task = ctx.tasks[0];
  // The task's own plan: a year the scope could not place (淮南2025年那份) leaves the scope on another of the place's plans.
  const docId = docOf(ctx.view.nodes.get(task.id)!);
  const scope = ctx.scope && ctx.scope.docIds.includes(docId) ? scopeNote(ctx) : `在${docLabel(ctx, docId)}中，`;
  const own = new Set(dutiesOfTask(ctx, task.id).map((d) => d.unit.name));
  const units = unitsOf(dutiesIn(ctx.view, [docId]).filter((d) => (!role || d.role === role) && !own.has(d.unit.name)));
  const b = newBuilder(ctx);
  for (const u of units) b.item(u);
  const what = `${roleZh(role)}单位`;
  const understood = `我理解为：${scope}列出没有参与「${task.name}」的${what}`;
  const params = { task: task.name, ...(role ? { role } : {}), absent: true, docIds: [docId] };
  return reading('unitsLacking', params, understood, b, units.length
    ? `${scope}没有参与「${task.name}」的${what}共 ${units.length} 个：${units.map((u) => `「${u.name}」`).join('、')}。`
    : `${scope}没有这样的单位：每个${what}都参与了「${task.name}」。`);
}

export const readAbsent: Reader = (ctx) => {
  const docIds = ctx.scope?.docIds ?? [];
  if (docIds.length === 1 && ctx.tasks.length === 1 && ctx.units.length + ctx.entities.length === 0) return unitsAbsent(ctx);
  const units = ctx.mentions.filter((m) => m.kind === 'unit');
  if (docIds.length !== 1 || units.length !== 1 || ctx.tasks.length + ctx.entities.length > 0 || !ASKS_TASKS.test(ctx.rest)) return null;
  const m = units[0];
  const after = ctx.q.slice(m.end);
  const verb = ABSENT_AFTER.exec(after)?.[1] ?? (ABSENT_BEFORE.test(ctx.q.slice(0, m.start)) ? DUTY_AFTER.exec(after)![0] : null);
  if (verb === null) return null;
  const role: Role | null = roleIn(verb);
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
