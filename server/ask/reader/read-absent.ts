// Within one plan, what a named unit is absent from: 方案里哪些任务X没有参与 / X不负责的任务 / 哪几项没有X / 哪些不是X牵头
// — the plan's (or one section's) tasks less the unit's (of the role said); and who is absent from a named task: 哪些牵头
// 单位没参与X那条 — the plan's units of that role less the task's. Only within one plan: its own tasks are walked, never the whole graph.
import type { Role } from '../../../graph/catalogue/schemas.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { dutiesIn, sectionsIn } from './view-sets.ts';
import { docOf } from './view.ts';
import { byDocument, cite, docLabel, dutiesOfTask, dutiesOfUnit, newBuilder, reading, roleIn, roleZh, scopeNote, tasksUnder, unitsOf, type ReadCtx, type Reader, type Reading } from './common.ts';

/** The negated duty right after the unit (X没有参与, X不负责, X没牵头的); 参与但不牵头 is the unit's own tasks, read elsewhere. */
const ABSENT_AFTER = /^(?:都|也|从)?(?:没有|没|未|不|并未)(?:有)?(参与|参加|负责|牵头|管|承担|涉及)/u;
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

/** 没有X / 不是X牵头的 / 不由X: the negation right before the unit (never 有没有X / 是不是X, which ask yes or no). */
const ABSENT_BEFORE = /(?:(?<!有)没有|(?<![有没])没|(?<!是)不是|并非|不归|不由|不含|不包括)$/u;

/** A section title shorter than this (一、总则) is too common a word to be read as said. */
const MIN_SECTION_TITLE = 4;

/**
 * The part of the plan the question narrows to: a section it names (主要预期目标及载体里), or a section title of the one
 * scoped plan said whole where the scope phrase took it (无锡方案目标分解里 — 分解 closes the plan's name there too).
 */
function sectionSaid(ctx: ReadCtx, docIds: string[]): GraphNode | null {
  const named = ctx.tasks.map((t) => ctx.view.nodes.get(t.id)).filter((n): n is GraphNode => n?.label === 'Section');
  if (named.length) return named.length === 1 ? named[0] : null;
  if (docIds.length !== 1) return null;
  const said = sectionsIn(ctx.view, docIds).filter((n) => {
    const title = n.name.replace(/^[(（]|[)）]$/gu, '');
    return title.length >= MIN_SECTION_TITLE && ctx.asked.includes(title);
  });
  return said.length === 1 ? said[0] : null;
}
/** 方案里哪些任务X没有参与 / 哪几项没有X / 目标里哪些不是X牵头: the plan's (or the section's) tasks less the unit's. */
function tasksAbsent(ctx: ReadCtx): Reading | null {
  const units = ctx.mentions.filter((m) => m.kind === 'unit');
  const containers = ctx.tasks.filter((t) => t.label === 'Section').length;
  if (units.length !== 1 || ctx.entities.length > 0 || ctx.tasks.length !== containers) return null;
  const m = units[0];
  const after = ABSENT_AFTER.exec(ctx.q.slice(m.end));
  const before = !after && ABSENT_BEFORE.test(ctx.q.slice(0, m.start).replace(/[\s\u3000]+$/u, ''));
  if (!before && !(after && ASKS_TASKS.test(ctx.rest))) return null;
  // 不是X牵头: the role is said after the unit; 负责 or none means any duty.
  const role: Role | null = after ? roleIn(after[1]) : roleIn(ctx.q.slice(m.end, m.end + 6));
  const unit = m.targets[0].name;
  const duties = dutiesOfUnit(ctx, unit);
  // Only within one plan's reach: the scope, the section's plan, or the one plan the unit has duties in.
  const scoped = ctx.scope?.docIds ?? [];
  const section = sectionSaid(ctx, scoped);
  const docIds = scoped.length ? scoped : section ? [docOf(section)] : [...new Set(duties.map((d) => docOf(d.task)))];
  if (docIds.length !== 1) return null;
  const own = new Set(duties.filter((d) => !role || d.role === role).map((d) => d.task.id));
  // A name with no duty in the plan at all is no unit of it: the unit readers say where it has duties instead.
  if (duties.length === 0) return null;
  const pool = section && docOf(section) === docIds[0] ? tasksUnder(ctx, section.id) : ctx.view.tasksByDoc.get(docIds[0]) ?? [];
  const tasks = pool.filter((t) => !own.has(t.id));
  const b = newBuilder(ctx);
  for (const t of tasks) cite(b, dutiesOfTask(ctx, t.id));
  for (const t of tasks) b.item(t);
  const what = roleZh(role);
  const where = `在${docLabel(ctx, docIds[0])}${section ? `的「${section.name}」` : ''}中，`;
  const understood = `我理解为：${where}列出「${unit}」没有${what}的任务`;
  const params = { unit, ...(role ? { role } : {}), absent: true, docIds, ...(section ? { section: section.id } : {}) };
  if (tasks.length === 0) return reading('tasksLacking', params, understood, b, `${where}没有这样的任务：每一项任务「${unit}」都${what}了。`);
  return reading('tasksLacking', params, understood, b, `${where}「${unit}」没有${what}的任务共 ${tasks.length} 项：${byDocument(ctx, tasks)}。`);
}

export const readAbsent: Reader = (ctx) => {
  const docIds = ctx.scope?.docIds ?? [];
  if (docIds.length === 1 && ctx.tasks.length === 1 && ctx.units.length + ctx.entities.length === 0) return unitsAbsent(ctx);
  return tasksAbsent(ctx);
};
