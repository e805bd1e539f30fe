// Negation and exclusivity: units that never lead (or never support), tasks with no supporting unit,
// "除了X还有谁", and yes/no checks (X是否牵头了Y, X牵过头吗).
import type { Role } from '../../../graph/catalogue/schemas.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { cite, dutiesOfTask, dutiesOfUnit, inScope, newBuilder, reading, tasksUnder, roleIn, roleZh, scopeNote, tasksOf, unitsOf, type ReadCtx, type Reader, type Reading } from './common.ts';
import { dutiesIn, tasksOnlyLead, unitRoles } from './view-sets.ts';

const NEVER_LEAD = /(从不|从未|从来没(有)?|一次也没(有)?|没(有)?)(牵过头|牵头过)|(没有?|未|不)牵头(任何|一项|一个)|从不牵头|从未牵头|只配合|仅配合|只做配合|只是配合|(只|仅)(参与|参加)|从不.{0,2}牵头/u;
const NEVER_SUPPORT = /只牵头|仅牵头|(从不|从未|从来没(有)?|一次也没(有)?|没(有)?)配合过|从不配合|不配合/u;
const TASK_NO_SUPPORT = /没有(写|写明|列|列出|明确|注明|标明)?(配合|责任|其他)(?:单位|部门)|无(配合|责任)单位|只有(一个)?牵头单位|只有一个单位|单独(负责|承担)/u;
const EXCEPT = /除了|除去|除|之外|以外|不算/u;
/** 跟X一起负责Y的还有谁 / 和X共同牵头Y的还有哪些单位: Y's other duty holders, as 除了X asks. */
const PARTNERS_ALSO = /(?:跟|和|与|同)[^，,。？?]{0,12}?(?:一起|共同|一道|一块儿?)[^，,。？?]{0,20}?还有(?:谁|哪些|哪个|哪几个|什么)/u;
// 管不管 / 负不负责 / 牵不牵头: the spoken yes/no that doubles the verb.
const YES_NO = /是否|有没有|有无|过头|牵头过|配合过|参与过|了没有|是不是|管不管|负不负责|牵不牵头|配不配合|参不参与/u;
/** 管不管 / 负不负责 / 是否负责 / 有没有参与: any duty is asked, not a lead (a bare 是否… or 是不是X牵头 asks that). */
const ANY_ROLE_ASKED = /管不管|负不负责|参不参与|(?:是否|有没有|有无|是不是)(?:也|还)?(?:负责|参与|参加|承担|管)/u;
const ASKS_UNITS = /单位|部门|谁|机构|哪个局|哪些局/u;
/** 哪一项没有(写)牵头单位 asked of one plan: its tasks with no lead, also those that name no unit at all. */
const TASK_NO_LEAD = /(没有|无|缺少?)(写明?|列明?|明确|标明)?的?牵头(单位|部门)/u;
const DUTY_LABEL = /(牵头|配合|责任)(单位|部门)/gu;

function unitSet(ctx: ReadCtx, lacking: Role): Reading {
  const byName = unitRoles(ctx.view, ctx.scope?.docIds ?? null);
  const other: Role = lacking === 'lead' ? 'support' : 'lead';
  const units = [...byName.values()].filter((e) => !e.roles.has(lacking) && (lacking === 'lead' || e.roles.has(other))).map((e) => e.unit);
  const b = newBuilder(ctx);
  for (const u of units) b.item(u);
  const what = lacking === 'lead' ? '有分工但从未牵头' : '牵头但从未配合';
  const names = units.map((u) => `「${u.name}」`);
  return reading('unitsLacking', { role: lacking, ...(ctx.scope ? { docIds: ctx.scope.docIds } : {}) }, `我理解为：${scopeNote(ctx)}找${what}的单位`, b,
    units.length ? `${scopeNote(ctx)}${what}的单位共 ${units.length} 个：${names.slice(0, 30).join('、')}${units.length > 30 ? '等' : ''}。` : `${scopeNote(ctx)}没有${what}的单位。`);
}

function tasksWithoutSupport(ctx: ReadCtx): Reading {
  const tasks = tasksOnlyLead(ctx.view).filter((t) => inScope(ctx, t));
  const b = newBuilder(ctx);
  for (const t of tasks) {
    b.item(t);
    cite(b, dutiesOfTask(ctx, t.id));
  }
  const line = (t: GraphNode) => {
    const leads = dutiesOfTask(ctx, t.id, 'lead').map((d) => d.unit.name);
    return `「${t.name}」${leads.length ? `（仅 ${leads.join('、')} 牵头）` : '（没有列出任何单位）'}`;
  };
  return reading('tasksLacking', { role: 'support' }, `我理解为：${scopeNote(ctx)}找没有配合或责任单位的任务`, b,
    tasks.length ? `${scopeNote(ctx)}没有配合单位的任务共 ${tasks.length} 项：${tasks.slice(0, 12).map(line).join('；')}。` : '每项任务都有配合单位。');
}

function tasksWithoutLead(ctx: ReadCtx): Reading {
  const tasks = ctx.scope!.docIds.flatMap((id) => tasksUnder(ctx, id)).filter((t) => dutiesOfTask(ctx, t.id, 'lead').length === 0);
  const b = newBuilder(ctx);
  for (const t of tasks) {
    b.item(t);
    cite(b, dutiesOfTask(ctx, t.id));
  }
  const line = (t: GraphNode) => `「${t.name}」${dutiesOfTask(ctx, t.id).length ? '' : '（没有列出任何单位）'}`;
  return reading('tasksLacking', { role: 'lead', docIds: ctx.scope!.docIds }, `我理解为：${scopeNote(ctx)}找没有写明牵头单位的任务`, b,
    tasks.length ? `${scopeNote(ctx)}没有写明牵头单位的任务共 ${tasks.length} 项：${tasks.slice(0, 12).map(line).join('；')}。` : `${scopeNote(ctx)}每项任务都写明了牵头单位。`);
}

/** A duty asked with no role (还有哪些部门负责 / 参与 / 有任务): every unit with a duty, whatever its role. */
const ANY_DUTY = /负责|责任|参与|参加|承担|有(?:任务|分工)|管/u;

/** 除了X还有哪些单位牵头 (no task named): the units of that role in scope, X left out; 负责 or 参与 asks every role. */
function othersWithRole(ctx: ReadCtx): Reading | null {
  const unit = ctx.units[0];
  const rest = ctx.rest.replace(EXCEPT, ' ');
  const role = roleIn(rest);
  if (!role && !ANY_DUTY.test(rest)) return null;
  const duties = dutiesIn(ctx.view, ctx.scope?.docIds ?? null).filter((d) => (!role || d.role === role) && d.unit.name !== unit.name);
  const units = unitsOf(duties);
  const b = newBuilder(ctx);
  for (const u of units) b.item(u);
  cite(b, duties.slice(0, 50));
  return reading('unitsExcept', { except: unit.name, ...(role ? { role } : {}), ...(ctx.scope ? { docIds: ctx.scope.docIds } : {}) }, `我理解为：${scopeNote(ctx)}除「${unit.name}」以外${roleZh(role)}任务的单位`, b,
    units.length ? `${scopeNote(ctx)}除「${unit.name}」外，${roleZh(role)}任务的单位还有 ${units.length} 个：${units.slice(0, 30).map((u) => `「${u.name}」`).join('、')}。` : `${scopeNote(ctx)}除「${unit.name}」外没有其他${roleZh(role)}单位。`);
}

/** 除了X，Y还有哪些单位（配合）: the task's units but X. */
function exceptUnit(ctx: ReadCtx, task: { id: string; name: string } | undefined = ctx.tasks[0]): Reading | null {
  const unit = ctx.units[0];
  if (!unit || !task) return null;
  const role = roleIn(ctx.rest);
  const duties = dutiesOfTask(ctx, task.id, role).filter((d) => d.unit.name !== unit.name);
  const b = newBuilder(ctx);
  cite(b, duties);
  const units = unitsOf(duties);
  for (const u of units) b.item(u);
  return reading('taskUnitsExcept', { task: task.id, except: unit.name, ...(role ? { role } : {}) }, `我理解为：「${task.name}」除「${unit.name}」以外${role ? `的${roleZh(role)}` : '的其他'}单位`, b,
    units.length ? `除「${unit.name}」外，「${task.name}」还有 ${units.length} 个${role ? roleZh(role) : ''}单位：${units.map((u) => `「${u.name}」`).join('、')}。` : `除「${unit.name}」外，「${task.name}」没有其他${role ? roleZh(role) : ''}单位。`);
}

/**
 * Words that frame 除了X还有哪些单位…, not the task it asks about. 牵头考核 is the lead's role in an assessment scheme
 * (考核办法 list a 牵头考核单位 per item), so 考核 there names the duty, not a task about assessment.
 */
const EXCEPT_FRAME = /除了|除去|之外|以外|不算|还有|哪些|哪个|单位|部门|谁|负责|牵头(?:考核|考评)?|配合|参与|承担|[，,、的也呢吗？?]/gu;
/** Below this BM25 score a shared word is no task named. */
const MIN_TOPIC_SCORE = 1;

/**
 * 除了X，还有哪些单位负责<a task in words of its own>: the task is the best match among X's own tasks (the question
 * says X has a duty on it), so a loose title still finds it; then the task's units but X.
 */
function exceptOnTopic(ctx: ReadCtx): Reading | null {
  const topic = ctx.rest.replace(EXCEPT_FRAME, ' ').replace(/\s+/gu, ' ').trim();
  if (topic.replace(/\s/gu, '').length < 4) return null;
  const own = new Set(dutiesOfUnit(ctx, ctx.units[0].name).map((d) => d.task.id));
  const hit = ctx.index.search(topic, 5, (t) => own.has(t.id)).find((h) => h.score >= MIN_TOPIC_SCORE);
  return hit ? exceptUnit(ctx, hit.task) : null;
}

/** The yes/no frame around a task said in loose words (是不是牵头粮食产量那项): what is left names the task. */
const YES_NO_FRAME = /是不是|是否|有没有|有无|牵过头|牵头|配合|负责|参与|承担|过|了|那项|这项|那个|这个|那件事|任务|工作|[，,、的吗呢吧？?\s\u3000]/gu;
const MIN_TOPIC_CHARS = 2;

/** The task a yes/no question names in its own words, among the documents the unit has duties in. */
function looseTask(ctx: ReadCtx, unitDocs: ReadonlySet<string>): GraphNode | null {
  const topic = ctx.rest.replace(YES_NO_FRAME, ' ').replace(/\s+/gu, ' ').trim();
  if (topic.replace(/\s/gu, '').length < MIN_TOPIC_CHARS) return null;
  const hit = ctx.index.search(topic, 1, (t) => unitDocs.has(t.docId))[0];
  return hit && hit.score >= MIN_TOPIC_SCORE ? ctx.view.nodes.get(hit.id) ?? null : null;
}

/** X是否牵头了Y / X有没有牵头过涉及E的任务 / X牵过头吗. */
function yesNo(ctx: ReadCtx): Reading | null {
  const unit = ctx.units[0];
  if (!unit || ctx.units.length > 1) return null;
  // 管不管 / 负不负责 / 参不参与 ask whether it has any duty there; a bare yes/no (是否…) asks whether it leads.
  const role = roleIn(ctx.rest) ?? (ANY_ROLE_ASKED.test(ctx.rest) ? null : 'lead');
  const all = dutiesOfUnit(ctx, unit.name);
  let pool = all;
  let about = '';
  const task = ctx.tasks[0] ?? (ctx.entities[0] ? null : looseTask(ctx, new Set(all.map((d) => String(d.task.properties.docId)))));
  if (task) {
    ctx = { ...ctx, tasks: [{ id: task.id, label: task.label, name: task.name }] };
    pool = all.filter((d) => d.task.id === task.id);
    about = `「${task.name}」`;
  } else if (ctx.entities[0]) {
    const e = ctx.entities[0];
    const touching = new Set([e.id, ...(ctx.view.touchedBy.get(e.id) ?? [])]);
    pool = all.filter((d) => [...(ctx.view.mentions.get(d.task.id) ?? [])].some((x) => touching.has(x)));
    about = `涉及「${e.name}」的任务`;
  }
  const hits = pool.filter((d) => !role || d.role === role);
  const b = newBuilder(ctx);
  cite(b, hits.length ? hits : pool);
  for (const t of tasksOf(hits)) b.item(t);
  const subject = `${scopeNote(ctx)}「${unit.name}」`;
  const params = { unit: unit.name, role, ...(ctx.tasks[0] ? { task: ctx.tasks[0].id } : {}), ...(ctx.entities[0] ? { entity: ctx.entities[0].name } : {}) };
  const understood = `我理解为：核实${subject}是否${roleZh(role)}${about || '过任务'}`;
  if (hits.length) {
    // Yes, and who shares that role on the task (a heading's 总牵头 beside the item's own lead): a yes alone hides them.
    const shared = about ? tasksOf(hits).flatMap((t) => dutiesOfTask(ctx, t.id, role)).filter((d) => d.unit.name !== unit.name) : [];
    cite(b, shared);
    const peers = unitsOf(shared);
    const also = peers.length ? `；同为${roleZh(role)}单位的还有${peers.map((u) => `「${u.name}」`).join('、')}` : '';
    return reading('checkDuty', params, understood, b, `是的，${subject}${roleZh(role)}${about || `了 ${tasksOf(hits).length} 项任务`}：${tasksOf(hits).map((t) => `「${t.name}」`).join('、')}${also}。`);
  }
  const other = pool.map((d) => `${roleZh(d.role)}「${d.task.name}」`);
  const where = other.length ? `它在其中是${[...new Set(pool.map((d) => roleZh(d.role)))].join('/')}单位（${other.slice(0, 3).join('、')}）` : `它${about ? '与此无关' : '没有任何任务'}`;
  return reading('checkDuty', params, understood, b, `没有。${subject}没有${roleZh(role)}${about || '任何任务'}；${where}${holdersOf(ctx, b)}。`);
}

/**
 * Who does hold the task a "no" is about: its leads, or, in a plan whose table names owners without saying who leads
 * (主要责任单位: 市商务局、苏州海关), its responsible units, else its supporters. A bare no would leave the asker guessing.
 */
function holdersOf(ctx: ReadCtx, b: ReturnType<typeof newBuilder>): string {
  if (!ctx.tasks[0]) return '';
  for (const role of ['lead', 'responsible', 'support'] as const) {
    const duties = dutiesOfTask(ctx, ctx.tasks[0].id, role);
    if (duties.length === 0) continue;
    cite(b, duties);
    // The units that do hold it are what a no answers with (是不是区生态环境局牵头 → 区城管执法局 is).
    for (const u of unitsOf(duties)) b.item(u);
    return `，${roleZh(role)}单位是${unitsOf(duties).map((u) => `「${u.name}」`).join('、')}`;
  }
  return '';
}

export const readSets: Reader = (ctx) => {
  if (ctx.units.length === 0 && ctx.tasks.length === 0) {
    if (TASK_NO_SUPPORT.test(ctx.rest)) return tasksWithoutSupport(ctx);
    if (ctx.scope && TASK_NO_LEAD.test(ctx.rest) && !ASKS_UNITS.test(ctx.rest.replace(DUTY_LABEL, ''))) return tasksWithoutLead(ctx);
    if (!ASKS_UNITS.test(ctx.rest)) return null;
    if (NEVER_LEAD.test(ctx.rest)) return unitSet(ctx, 'lead');
    if (NEVER_SUPPORT.test(ctx.rest)) return unitSet(ctx, 'support');
    return null;
  }
  if ((EXCEPT.test(ctx.rest) || PARTNERS_ALSO.test(ctx.rest)) && ctx.units.length === 1 && ctx.tasks.length === 1) return exceptUnit(ctx);
  if (EXCEPT.test(ctx.rest) && ctx.units.length === 1 && ctx.tasks.length === 0 && ctx.entities.length === 0 && ASKS_UNITS.test(ctx.rest)) {
    return exceptOnTopic(ctx) ?? othersWithRole(ctx);
  }
  if (YES_NO.test(ctx.rest)) return yesNo(ctx);
  return null;
};

