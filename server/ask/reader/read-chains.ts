// Two- and three-step questions: X配合的任务是谁牵头的, 牵头T的单位还配合了什么, 涉及E的任务由谁牵头,
// 跟X一起负责任务的单位里谁还牵头涉及E的任务 (or 谁是牵头的), X参与的任务里哪些是Y牵头的, X牵头的任务里哪些不涉及E.
import type { Role } from '../../../graph/catalogue/schemas.ts';
import type { GraphNode } from '../../../graph/model.ts';
import type { LexTarget } from '../lexicon.ts';
import { byDocument, cite, dutiesOfTask, dutiesOfUnit, dutiesUnderLabel, inScope, newBuilder, reading, tasksUnder, roleIn, roleZh, tasksOf, unitsOf, type ReadCtx, type Reader, type Reading, type ReadingOp } from './common.ts';
import type { Duty } from './view.ts';

const ASKS_UNITS = /谁|单位|部门|哪个(?:局|公司|机构|主体)|哪家/u;
const TOGETHER = /一起|共同|合作|协作|搭档/u;

/** Tasks that mention the entity, or (for a place) a corridor or project that touches it. */
export function tasksAbout(ctx: ReadCtx, e: LexTarget): GraphNode[] {
  const reach = new Set([e.id, ...(ctx.view.touchedBy.get(e.id) ?? [])]);
  const out = new Map<string, GraphNode>();
  const sections: GraphNode[] = [];
  for (const id of reach) {
    for (const t of ctx.view.mentionedBy.get(id) ?? []) {
      const node = ctx.view.nodes.get(t);
      if (!node || !inScope(ctx, node)) continue;
      if (node.label === 'Task') out.set(t, node);
      else if (node.label === 'Section') sections.push(node);
    }
  }
  // A section that names it in its own words (a heading, or a lead sentence before its items: 加快临空商务产业园起步建设。
  // then items 10–12) while none of its tasks does: its tasks carry that work out.
  for (const s of sections) {
    const under = tasksUnder(ctx, s.id);
    if (under.some((t) => out.has(t.id))) continue;
    for (const t of under) out.set(t.id, t);
  }
  return [...out.values()];
}

function unitsAnswer(ctx: ReadCtx, op: ReadingOp, params: Record<string, unknown>, understood: string, duties: Duty[], head: string): Reading {
  const b = newBuilder(ctx);
  cite(b, duties);
  const units = unitsOf(duties);
  for (const u of units) b.item(u);
  const tasks = tasksOf(duties);
  const text = units.length ? `${head}共 ${units.length} 个单位：${units.map((u) => `「${u.name}」`).join('、')}（依据任务：${byDocument(ctx, tasks, 6)}）。` : `${head}没有找到这样的单位。`;
  return reading(op, params, understood, b, text);
}

/** X配合的任务是谁牵头的 / X牵头的任务还有哪些单位配合 / X的任务，牵头单位还牵头了什么. */
function fromUnitTasks(ctx: ReadCtx): Reading | null {
  const m = ctx.mentions.find((x) => x.kind === 'unit')!;
  const unit = m.targets[0];
  const after = ctx.q.slice(m.end);
  // 项目 and 事项 are what many plans call their tasks (重点项目, 人才项目).
  // X牵头的通关任务: a word before 任务 narrows X's tasks to those that name it.
  // X负责的那条还有哪些单位: 那条 / 那项 alone points at X's task as well.
  // X负责的那件实事 / X那件实事: a 为民办实事 list calls its items 实事, one by one 那件. X牵头的MaaS那项: the word before
  // 那项 narrows X's tasks as one before 任务 does.
  const split = /的(那项|那些|这项|这些|那个|这个|那件|这件)?(\p{Script=Han}{2,6}?)?(任务|工作|项目|事项|实事)|的?(?:(?<=的)([\p{Script=Han}A-Za-z0-9]{2,8}?))?(?:那|这)一?[条项件](?:实事)?/u.exec(after);
  if (!split) return null;
  const topic = split[2] ?? split[4] ?? '';
  const firstRole = roleIn(after.slice(0, split.index));
  const tail = after.slice(split.index + split[0].length);
  const before = ctx.q.slice(0, m.start);
  // 哪些单位配合X的任务: the question (and its role) comes before the unit.
  const asksFirst = ASKS_UNITS.test(before) && tail.trim() === '';
  if (!asksFirst && !ASKS_UNITS.test(tail) && !/还.{0,4}(牵头|配合|负责|参与)/u.test(tail)) return null;
  const all = tasksOf(dutiesOfUnit(ctx, unit.name, firstRole));
  const named = topic ? all.filter((t) => t.name.includes(topic) || String(t.properties.text ?? '').includes(topic)) : [];
  const tasks = named.length ? named : all;
  const ids = new Set(tasks.map((t) => t.id));
  const third = /(牵头单位|配合单位|这些单位|这个单位|该单位)[^。]*还(牵头|配合|负责|参与)/u.exec(tail);
  if (third) {
    const viaRole = roleIn(third[1]) ?? 'lead';
    const nextRole = roleIn(third[2]);
    const via = unitsOf(tasks.flatMap((t) => dutiesOfTask(ctx, t.id, viaRole)));
    const duties = via.flatMap((u) => dutiesOfUnit(ctx, u.name, nextRole));
    const b = newBuilder(ctx);
    cite(b, duties);
    const found = tasksOf(duties);
    for (const t of found) b.item(t);
    return reading('chain', { unit: unit.name, role: firstRole, via: viaRole, then: nextRole }, `我理解为：先找「${unit.name}」${roleZh(firstRole)}的任务，再找这些任务的${roleZh(viaRole)}单位（${via.map((u) => u.name).join('、')}），再列出它们${roleZh(nextRole)}的任务`, b,
      `「${unit.name}」${roleZh(firstRole)}的任务由${via.map((u) => `「${u.name}」`).join('、')}${roleZh(viaRole)}；${via.length > 1 ? '它们' : '该单位'}${roleZh(nextRole)}的任务共 ${found.length} 项：${byDocument(ctx, found)}。`);
  }
  const role = roleIn(asksFirst ? before : tail);
  const duties = tasks.flatMap((t) => dutiesOfTask(ctx, t.id, role)).filter((d) => d.unit.name !== unit.name && ids.has(d.task.id));
  return unitsAnswer(ctx, 'chain', { unit: unit.name, role: firstRole, then: role }, `我理解为：先找「${unit.name}」${roleZh(firstRole)}的任务，再看这些任务的${role ? roleZh(role) : '其他'}单位`, duties,
    `「${unit.name}」${roleZh(firstRole)}的 ${tasks.length} 项任务中，${role ? roleZh(role) : '其他参与'}的`);
}

/** 牵头T的单位还配合了哪些任务 / T的牵头单位还配合哪些任务 / T是谁牵头，这个单位还负责哪项. */
function fromTaskUnits(ctx: ReadCtx): Reading | null {
  const m = ctx.mentions.find((x) => x.kind === 'task')!;
  const task = m.targets[0];
  const before = ctx.q.slice(0, m.start);
  const after = ctx.q.slice(m.end);
  // T的牵头单位还… / T是谁牵头，这个单位还…: the role may sit in the hop itself, and a follow-up may point back (这个单位).
  const hop = /^(?:的?(牵头|配合|负责)?(?:单位|部门)|(?:是|由)?谁(牵头|配合|负责)的?[，,]?(?:这个|该|那个)(?:单位|部门))[，,]?.{0,2}?还(.{0,6})/u.exec(after);
  if (!hop) return null;
  const said = roleIn(before) ?? roleIn(hop[1] ?? hop[2] ?? '');
  // 负责单位 or no role word: the lead when the task names one, else every unit it names (a 责任单位 list has no lead).
  const leads = said ? [] : dutiesOfTask(ctx, task.id, 'lead');
  const viaRole = said ?? (leads.length || !dutiesOfTask(ctx, task.id).length ? 'lead' : null);
  const nextRole = roleIn(hop[3]);
  const viaDuties = dutiesOfTask(ctx, task.id, viaRole);
  const via = unitsOf(viaDuties);
  const understood = `我理解为：先找${roleZh(viaRole)}「${task.name}」的单位，再列出它们${roleZh(nextRole)}的其他任务`;
  const b = newBuilder(ctx);
  // No unit in that role: say so, never a sentence with a blank where the units would be.
  if (!via.length) return reading('chain', { task: task.id, via: viaRole, then: nextRole }, understood, b, `没有找到${roleZh(viaRole)}「${task.name}」的单位，无法再查它参与的其他任务。`);
  const duties = via.flatMap((u) => dutiesOfUnit(ctx, u.name, nextRole)).filter((d) => d.task.id !== task.id);
  cite(b, [...viaDuties, ...duties]);
  const found = tasksOf(duties);
  for (const t of found) b.item(t);
  const rest = found.length ? `还${roleZh(nextRole)} ${found.length} 项任务：${byDocument(ctx, found)}` : `没有${roleZh(nextRole)}其他任务`;
  return reading('chain', { task: task.id, via: viaRole, then: nextRole }, understood, b,
    `${roleZh(viaRole ?? (new Set(viaDuties.map((d) => d.role)).size === 1 ? viaDuties[0].role : null))}「${task.name}」的是${via.map((u) => `「${u.name}」`).join('、')}；${via.length > 1 ? '它们' : '该单位'}${rest}。`);
}

/** 涉及E的任务由哪些单位牵头 / 有哪些配合单位; 跟X一起负责任务的单位里，谁还牵头涉及E的任务. */
function fromEntity(ctx: ReadCtx): Reading | null {
  const e = ctx.entities[0];
  const em = ctx.mentions.find((x) => x.kind === 'entity')!;
  const tasks = tasksAbout(ctx, e);
  const role = roleIn(ctx.q.slice(em.end)) ?? roleIn(ctx.rest);
  const asked = tasks.flatMap((t) => dutiesOfTask(ctx, t.id, role));
  // A task that names no lead (省商务厅负责) is answered by the units it does name, in their role, as readTopic does.
  const duties = asked.length || !role ? asked : tasks.flatMap((t) => dutiesOfTask(ctx, t.id));
  const shown = duties.length && !asked.length ? duties[0].role : role;
  const partnerOf = ctx.units[0];
  if (partnerOf && TOGETHER.test(ctx.rest)) {
    const mine = new Set(tasksOf(dutiesOfUnit(ctx, partnerOf.name)).map((t) => t.id));
    const partners = new Set([...mine].flatMap((id) => ctx.view.dutiesOfTask.get(id) ?? []).filter((d) => d.unit.name !== partnerOf.name).map((d) => d.unit.name));
    const kept = duties.filter((d) => partners.has(d.unit.name));
    return unitsAnswer(ctx, 'chain', { partnersOf: partnerOf.name, entity: e.name, role }, `我理解为：在与「${partnerOf.name}」共同承担任务的单位中，找${roleZh(role)}涉及「${e.name}」任务的单位`, kept,
      `与「${partnerOf.name}」共同承担任务、又${roleZh(role)}涉及「${e.name}」任务的`);
  }
  // 涉及E的那条有几个责任单位: the one task's own list under that label (dutiesUnderLabel).
  const listed = tasks.length === 1 ? dutiesUnderLabel(ctx, tasks[0].id) : null;
  if (listed) {
    return unitsAnswer(ctx, 'entityUnits', { name: e.name, label: listed.label }, `我理解为：找涉及「${e.name}」的任务，再看原文列为${listed.label}的单位`,
      listed.duties, `涉及「${e.name}」的任务（「${tasks[0].name}」）中，原文列为${listed.label}的`);
  }
  const noLead = shown !== role ? `没有写${roleZh(role)}单位，` : '';
  return unitsAnswer(ctx, 'entityUnits', { name: e.name, role }, `我理解为：找涉及「${e.name}」的任务（${tasks.length} 项），再看${roleZh(role)}单位`, duties,
    `涉及「${e.name}」的任务（${tasks.map((t) => `「${t.name}」`).join('、')}）中，${noLead}${roleZh(shown)}的`);
}

/** 跟X一块儿负责任务的单位里，谁是牵头的: X's partners on its tasks, in the role asked (not X's own role). */
const AMONG_PARTNERS = /^[^，。？?]{0,10}(?:一起|一块儿?|一道|共同|合作)[^，。？?]{0,8}?的?(?:单位|部门)(?:里面|里|中|当中)[，,]?([^还]*)$/u;

function partnersInRole(ctx: ReadCtx): Reading | null {
  const m = ctx.mentions.find((x) => x.kind === 'unit')!;
  const among = AMONG_PARTNERS.exec(ctx.q.slice(m.end));
  const role = among && /谁|哪/u.test(among[1]) ? roleIn(among[1]) : null;
  if (!role) return null;
  const unit = m.targets[0];
  const tasks = tasksOf(dutiesOfUnit(ctx, unit.name));
  const duties = tasks.flatMap((t) => dutiesOfTask(ctx, t.id, role)).filter((d) => d.unit.name !== unit.name);
  return unitsAnswer(ctx, 'chain', { partnersOf: unit.name, then: role }, `我理解为：先找与「${unit.name}」共同承担的任务（${tasks.length} 项），再看其中${roleZh(role)}的其他单位`, duties,
    `与「${unit.name}」共同承担的 ${tasks.length} 项任务中，${roleZh(role)}的`);
}

/** X参与的任务里，哪些是Y牵头的: intersection. */
function bothUnits(ctx: ReadCtx): Reading | null {
  const [m1, m2] = ctx.mentions.filter((x) => x.kind === 'unit');
  if (!/里|中|当中/u.test(ctx.q.slice(m1.end, m2.start)) || /没|不/u.test(ctx.rest)) return null;
  const r1 = roleIn(ctx.q.slice(m1.end, m2.start));
  const r2 = roleIn(ctx.q.slice(m2.end));
  const theirs = new Set(dutiesOfUnit(ctx, m2.targets[0].name, r2).map((d) => d.task.id));
  const duties = dutiesOfUnit(ctx, m1.targets[0].name, r1).filter((d) => theirs.has(d.task.id));
  const b = newBuilder(ctx);
  cite(b, [...duties, ...dutiesOfUnit(ctx, m2.targets[0].name, r2).filter((d) => duties.some((x) => x.task.id === d.task.id))]);
  const found = tasksOf(duties);
  for (const t of found) b.item(t);
  const [a, z] = [m1.targets[0].name, m2.targets[0].name];
  return reading('chain', { unit: a, role: r1, and: z, andRole: r2 }, `我理解为：「${a}」${roleZh(r1)}、同时由「${z}」${roleZh(r2)}的任务`, b,
    found.length ? `「${a}」${roleZh(r1)}的任务里，由「${z}」${roleZh(r2)}的有 ${found.length} 项：${byDocument(ctx, found)}。` : `「${a}」${roleZh(r1)}的任务里没有「${z}」${roleZh(r2)}的。`);
}

/** 不在E / 不涉及E / 没提到E, said right before the entity: the tasks asked are those not about it. */
const NOT_ABOUT = /(?:不在|不涉及|不是|不含|不包括|没有?(?:涉及|提到|提及))$/u;

/** X牵头的几项里哪几项不在E: the unit's tasks (of the role said) less those about the entity. */
function unitTasksNotAbout(ctx: ReadCtx): Reading | null {
  const u = ctx.mentions.find((x) => x.kind === 'unit')!;
  const e = ctx.mentions.find((x) => x.kind === 'entity')!;
  const between = ctx.q.slice(u.end, e.start);
  if (e.start < u.end || !NOT_ABOUT.test(between)) return null;
  const unit = u.targets[0].name;
  const entity = e.targets[0];
  const role = roleIn(between);
  const duties = dutiesOfUnit(ctx, unit, role);
  const about = new Set(tasksAbout(ctx, entity).map((t) => t.id));
  const says = (t: GraphNode) => `${t.name}${String(t.properties.text ?? '')}`.includes(entity.name);
  const left = tasksOf(duties).filter((t) => !about.has(t.id) && !says(t));
  const b = newBuilder(ctx);
  cite(b, duties.filter((d) => left.includes(d.task)));
  for (const t of left) b.item(t);
  const all = tasksOf(duties).length;
  return reading('chain', { unit, role, without: entity.id }, `我理解为：先找「${unit}」${roleZh(role)}的任务，再去掉涉及「${entity.name}」的`, b,
    left.length ? `「${unit}」${roleZh(role)}的 ${all} 项任务中，不涉及「${entity.name}」的共 ${left.length} 项：${byDocument(ctx, left)}。`
      : `「${unit}」${roleZh(role)}的 ${all} 项任务都涉及「${entity.name}」。`);
}

export const readChains: Reader = (ctx) => {
  const units = ctx.mentions.filter((x) => x.kind === 'unit').length;
  if (units === 1 && ctx.entities.length === 1 && ctx.tasks.length === 0) {
    const without = unitTasksNotAbout(ctx);
    if (without) return without;
  }
  if (ctx.entities.length === 1 && ASKS_UNITS.test(ctx.rest) && ctx.tasks.length === 0) return fromEntity(ctx);
  if (units === 2 && ctx.entities.length === 0 && ctx.tasks.length === 0) return bothUnits(ctx);
  if (units === 1 && ctx.entities.length === 0 && ctx.tasks.length === 0) return partnersInRole(ctx) ?? fromUnitTasks(ctx);
  if (units === 0 && ctx.tasks.length === 1 && ctx.entities.length === 0) return fromTaskUnits(ctx);
  return null;
};
