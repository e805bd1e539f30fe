// Questions about named units: one unit's tasks (scoped, counted, "配合而不牵头"), or two units' tasks subtracted.
import type { Role } from '../../../graph/catalogue/schemas.ts';
import type { LexTarget } from '../lexicon.ts';
import { MAX_ITEMS } from '../compose-common.ts';
import { docOf } from './view.ts';
import type { Mention } from '../link.ts';
import { COMPARE, FUNCTION_WORD } from './read-compare.ts';
import { dutiesInPlaceless, placelessNote } from './unit-elsewhere.ts';
import { tasksNamingUnit } from './prose-duties.ts';
import { byDocument, cite, dutiesOfUnit, newBuilder, reading, roleIn, roleZh, scopeNote, tasksOf, tasksUnder, type ReadCtx, type Reader, type Reading } from './common.ts';

/** Words that send a one-unit question elsewhere (partners, neighbourhood, paths, rankings). */
const NOT_TASK_LIST = /合作|伙伴|一起|共同|协作|周边|关系|联系|路径|最多|排名|除了|之外|以外|谁牵头|由谁|哪个单位|哪些单位|是否|有没有|过头|吗/u;
const NOT_LEAD = /(参与|配合)[^牵]{0,6}(但|而|却)?(不是|不|没有|没|并非|非)牵头|不牵头/u;
const NEGATION = /没有|没|不需要|无需|不用|未|不/gu;
// 各个文件里 / 各区的 / 分别 / A和B各牵头什么: the question asks every place's unit of that function, or each unit's own list.
const DISTRIBUTIVE = /各个?(?:文件|方案|文档|区|县|市|地)|分别|各自|(?<=\p{Script=Han})各(?=牵头|负责|配合|参与|承担|管|干|做)/u;

/** A short name shared by more bodies than this (发改委 over a thousand plans) is one answer with the others offered. */
const MAX_EACH = 4;

function unitMentions(ctx: ReadCtx): Mention[] {
  return ctx.mentions.filter((m) => m.kind === 'unit');
}

/** A part of the plan named beside the unit (主要发展指标里X参与几项): its tasks, where the unit's are counted. */
interface Part { ids: string[]; name: string; tasks: ReadonlySet<string> }

function taskList(ctx: ReadCtx, unit: LexTarget, role: Role | null, notLead: boolean, part: Part | null = null): Reading {
  const inScope = dutiesOfUnit(ctx, unit.name, notLead ? null : role).filter((d) => !part || part.tasks.has(d.task.id));
  const elsewhere = inScope.length === 0 ? dutiesInPlaceless(ctx, unit.name, notLead ? null : role) : [];
  const duties = elsewhere.length ? elsewhere : inScope;
  const led = notLead ? new Set(dutiesOfUnit(ctx, unit.name, 'lead').map((d) => d.task.id)) : null;
  const kept = led ? duties.filter((d) => !led.has(d.task.id)) : duties;
  const b = newBuilder(ctx);
  cite(b, kept);
  const tasks = tasksOf(kept);
  for (const t of tasks) b.item(t);
  // A plan of the scope that lists no unit at all still names the unit in its text (prose-duties.ts), said apart.
  const prose = notLead || role ? { tasks: [], note: '' } : tasksNamingUnit(ctx, unit.name);
  for (const t of prose.tasks) b.item(t);
  const params = { unit: unit.name, ...(role ? { role } : {}), ...(notLead ? { excludeRole: 'lead' } : {}), ...(ctx.scope ? { docIds: ctx.scope.docIds } : {}), ...(part ? { sections: part.ids } : {}) };
  const what = notLead ? '参与但不牵头' : roleZh(role);
  const inPart = part ? `「${part.name}」里` : '';
  const understood = `我理解为：${scopeNote(ctx)}${inPart}查「${unit.name}」${what}的任务`;
  if (tasks.length === 0) return reading('unitTasks', params, understood, b, prose.note || `${scopeNote(ctx)}「${unit.name}」没有${what}的任务（共 0 项）。`);
  const counts = (['lead', 'support', 'responsible'] as Role[]).map((r) => [r, new Set(kept.filter((d) => d.role === r).map((d) => d.task.id)).size] as const).filter(([, n]) => n > 0);
  const split = !role && !notLead && counts.length > 1 ? `（${counts.map(([r, n]) => `${roleZh(r)} ${n} 项`).join('，')}）` : '';
  const where = elsewhere.length ? `「${unit.name}」${placelessNote(ctx, elsewhere)}` : `${scopeNote(ctx)}${inPart}「${unit.name}」`;
  return reading('unitTasks', params, understood, b, `${where}${what}的任务共 ${tasks.length} 项${split}：${byDocument(ctx, tasks)}。${prose.note && `另，${prose.note}`}`);
}

/** A参与、B没参与 / A牵头的任务里哪些B没有参与 / 不需要B参与的A牵头任务: A's tasks minus B's. */
function minusUnits(ctx: ReadCtx, ms: Mention[]): Reading | null {
  const negs = [...ctx.rest.matchAll(NEGATION)].map((m) => m.index!);
  if (negs.length === 0) return null;
  const distance = (m: Mention) => Math.min(...negs.map((i) => (i >= m.end ? i - m.end : m.start >= i ? m.start - i : 99)));
  const [first, second] = ms;
  const negated = distance(second) <= distance(first) ? second : first;
  const kept = negated === second ? first : second;
  const keptRole = roleIn(ctx.rest.slice(kept.end, kept.end + 6));
  const a = kept.targets[0];
  const z = negated.targets[0];
  const theirs = new Set(dutiesOfUnit(ctx, z.name).map((d) => d.task.id));
  const duties = dutiesOfUnit(ctx, a.name, keptRole).filter((d) => !theirs.has(d.task.id));
  const b = newBuilder(ctx);
  cite(b, duties);
  const tasks = tasksOf(duties);
  for (const t of tasks) b.item(t);
  const understood = `我理解为：「${a.name}」${roleZh(keptRole)}、而「${z.name}」没有参与的任务`;
  const text = tasks.length ? `「${a.name}」${roleZh(keptRole)}而「${z.name}」没有参与的任务共 ${tasks.length} 项：${byDocument(ctx, tasks)}。` : `没有这样的任务：「${a.name}」${roleZh(keptRole)}的任务「${z.name}」都参与了。`;
  return reading('unitTasksMinus', { unit: a.name, ...(keptRole ? { role: keptRole } : {}), minus: z.name }, understood, b, text);
}

/** One task list per unit the words may mean (区商务委 of one plan, 区商务局 of another), in one answer. */
function eachUnit(ctx: ReadCtx, units: LexTarget[], role: Role | null, said = ''): Reading {
  const parts = units.map((u) => taskList(ctx, u, role, false));
  const seen = new Set<string>();
  const once = <T extends { id?: string; data?: { id?: string } }>(xs: T[]) => xs.filter((x) => {
    const id = x.id ?? x.data?.id;
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const items = once(parts.flatMap((p) => p.composed.items));
  // A scope of several plans chose these bodies, one per plan: no ambiguity to offer.
  const perPlan = (ctx.scope?.docIds.length ?? 0) > 1;
  // Each part lists at most MAX_ITEMS; the merged answer too, counting what every part found but did not list.
  const found = items.length + parts.reduce((n, p) => n + (p.composed.total ?? p.composed.items.length) - p.composed.items.length, 0);
  return {
    op: 'unitTasks', params: { units: units.map((u) => u.name), ...(role ? { role } : {}) },
    understood: `我理解为：分别查${units.map((u) => `「${u.name}」`).join('、')}${roleZh(role)}的任务`,
    composed: {
      text: `${said ? `「${said}」${perPlan ? '在这几个方案里分别是' : '可能指'}${units.map((u) => `「${u.name}」`).join('、')}，分别列出：` : ''}${parts.map((p) => p.composed.text).join('')}`,
      items: items.slice(0, MAX_ITEMS),
      ...(found > Math.min(items.length, MAX_ITEMS) ? { total: found } : {}),
      evidence: parts.flatMap((p) => p.composed.evidence),
      elements: once(parts.flatMap((p) => p.composed.elements)),
    },
  };
}

/**
 * A和B分别牵头什么 asks each unit's list; so does A和B都配合什么 when the two never sit in one document (省水利厅 of one plan,
 * 区水务局 of another): they can share no task, so 都 means "each" there. Otherwise 都 is left to the shared-tasks plan.
 */
function eachOfTwo(ctx: ReadCtx, [a, b]: Mention[]): boolean {
  if (DISTRIBUTIVE.test(ctx.q)) return true;
  if (!/都/u.test(ctx.rest)) return false;
  const docs = (m: Mention) => new Set(dutiesOfUnit(ctx, m.targets[0].name).map((d) => docOf(d.task)));
  const first = docs(a);
  return ![...docs(b)].some((d) => first.has(d));
}

/**
 * The parts the question names beside one unit, when they are all it names and the unit has duties under them: a part
 * that holds none of its duties (任务分解 said as a plan's genre, matching another plan's heading) is no such place.
 */
function partNamed(ctx: ReadCtx, unit: LexTarget): Part | null {
  if (ctx.tasks.length === 0 || ctx.tasks.some((t) => t.label !== 'Section')) return null;
  const tasks = new Set(ctx.tasks.flatMap((t) => tasksUnder(ctx, t.id)).map((t) => t.id));
  if (!dutiesOfUnit(ctx, unit.name).some((d) => tasks.has(d.task.id))) return null;
  return { ids: ctx.tasks.map((t) => t.id), name: ctx.tasks.map((t) => t.name).join('、'), tasks };
}

export const readUnits: Reader = (ctx) => {
  const ms = unitMentions(ctx);
  const others = ctx.entities.length + ctx.tasks.length;
  if (ms.length === 2 && others === 0) {
    // Comparisons were read before (read-compare.ts); what is left of two units here is a set difference.
    if (COMPARE.test(ctx.rest)) return null;
    if (/没|不需要|无需|不用|未|不(?:参与|参加|负责|配合|承担|涉及)/u.test(ctx.rest)) return minusUnits(ctx, ms);
    if (eachOfTwo(ctx, ms)) return eachUnit(ctx, ms.map((m) => m.targets[0]), roleIn(ctx.rest));
    return null;
  }
  const part = ms.length === 1 && ctx.entities.length === 0 ? partNamed(ctx, ms[0].targets[0]) : null;
  if (ms.length !== 1 || (others > 0 && !part)) return null;
  if (NOT_TASK_LIST.test(ctx.rest)) return null;
  const unit = ms[0].targets[0];
  if (part) return taskList(ctx, unit, NOT_LEAD.test(ctx.rest) ? null : roleIn(ctx.rest), NOT_LEAD.test(ctx.rest), part);
  const named = [...new Map(ms[0].targets.map((t) => [t.name, t])).values()];
  if (named.length > 1 && (DISTRIBUTIVE.test(ctx.q) || FUNCTION_WORD.test(ms[0].surface))) return eachUnit(ctx, named, roleIn(ctx.rest));
  // A short name several bodies answer to (卫健委: 县卫健局 here, 县卫生健康委员会 there), with no scope to choose: each of them,
  // said so; so with a scope of several plans (市住建局在包头和青岛: 包头's 市住建局, 青岛's 市住房城乡建设局), which kept the
  // bodies that have duties there. A typo near two names (区才政局) stays one reading with both offered.
  const choosing = ctx.scope !== null && ctx.scope.docIds.length < 2;
  if (named.length > 1 && named.length <= MAX_EACH && !choosing && ms[0].method !== 'fuzzy' && !NOT_LEAD.test(ctx.rest)) return eachUnit(ctx, named, roleIn(ctx.rest), ms[0].surface);
  const notLead = NOT_LEAD.test(ctx.rest);
  // 参与 names no role: a unit takes part in the tasks it leads as much as in those it supports.
  const role = notLead ? null : roleIn(ctx.rest);
  // Of the bodies a short name may mean (特种设备处: the plan's 市局特种设备安全监察处 where it leads, its bare name where it
  // is one of several), the one that holds the role asked there.
  const holding = role && named.length > 1 ? named.find((t) => dutiesOfUnit(ctx, t.name, role).length > 0) : undefined;
  return taskList(ctx, holding ?? unit, role, notLead);
};
