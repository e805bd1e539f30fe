// 就业工作在A和B里分别由谁负责: a topic asked of several plans, each answered — the units of that plan's tasks that
// write the topic, plan by plan. One task read overall (read-topic.ts) would answer one plan and drop the rest.
import { simplifyShortText } from '../../../graph/read/script.ts';
import type { GraphNode } from '../../../graph/model.ts';
import type { AnswerBuilder } from '../compose-common.ts';
import { cite, docLabel, newBuilder, reading, roleIn, roleZh, unitsOf, type ReadCtx, type Reader, type Reading } from './common.ts';
import type { Duty } from './view.ts';
import { sectionsIn } from './view-sets.ts';

/** 分别 / 各自 / 各负责: the question wants each plan answered on its own. */
export const EACH = /分别|各自|各(?=负责|管|牵头|由)/u;
export const ASKS_UNITS = /谁|哪个(?:部门|单位)|哪些(?:部门|单位)|什么(?:部门|单位)/u;
/** The frame around the topic: 工作, 在…里, the question, and EACH's words (…指标各由谁牵头). */
const FRAME = /工作|这块|方面|任务|分别|各自|各(?=负责|管|牵头|由)|由|谁|哪个|哪些|什么|部门|单位|负责|牵头|配合|管|是|的|在|和|与|跟|里|中|[，,。？?\s\u3000]/gu;
const MIN_TOPIC = 2;

/** What one plan (a group of document ids) gives: its duties, and how to say its units. */
type PlanPart = (group: string[]) => { duties: Duty[]; say: (where: string, units: GraphNode[]) => string };

export const names = (units: GraphNode[]) => units.map((u) => `「${u.name}」`).join('、');

/**
 * Each plan answered on its own: its duties' units cited and listed, one part of the answer per plan, and how many units
 * were found in all (the per-plan readers: a topic, a task, a level word).
 */
export function planByPlan(ctx: ReadCtx, groups: string[][], part: PlanPart): { b: AnswerBuilder; parts: string[]; found: number } {
  const b = newBuilder(ctx);
  const parts: string[] = [];
  let found = 0;
  for (const g of groups) {
    const { duties, say } = part(g);
    const units = unitsOf(duties);
    cite(b, duties);
    for (const u of units) b.item(u);
    found += units.length;
    parts.push(say(g.map((id) => docLabel(ctx, id)).join('、'), units));
  }
  return { b, parts, found };
}

/** Words that name a plan, not what it says (咸宁的方案里). */
const PLAN_WORDS = /方案|文件|分工|分解|计划|意见|通知|报告|要点/u;

/**
 * The topic as the plans write it: the longest run of words left (就业, 知识产权) — or, when the question gives each plan
 * its own (咸宁2023年的就业和2016年的城镇化率), one per plan, in the order said. [] when none is long enough.
 */
function topicsOf(rest: string, plans: number): string[] {
  const split = rest.split(FRAME).map(indicatorOnly);
  const pieces = split.filter((p) => p.length >= MIN_TOPIC && !PLAN_WORDS.test(p));
  if (pieces.length === plans && plans > 1) return pieces;
  const longest = split.sort((a, b) => b.length - a.length)[0] ?? '';
  return longest.length >= MIN_TOPIC ? [longest] : [];
}

/** 一般公共预算收入目标: a target asked by its indicator and 目标, which the plans write as the indicator and its value (…增长5.5%以上). */
function indicatorOnly(piece: string): string {
  const bare = piece.replace(/(?:目标|指标)$/u, '');
  return bare.length >= MIN_TOPIC ? bare : piece;
}

/** Nothing but the plans' own names left (A方案和B那份分解意见分别是谁牵头): the question asks each plan's units over all its tasks. */
function asksWholePlans(rest: string): boolean {
  return rest.split(FRAME).every((p) => p.length < MIN_TOPIC || (PLAN_WORDS.test(p) && p.length <= MIN_TOPIC));
}

export const readPerPlan: Reader = (ctx) => {
  const groups = ctx.scope?.groups ?? [];
  if (groups.length < 2 || !EACH.test(ctx.q) || !ASKS_UNITS.test(ctx.rest) || ctx.units.length || ctx.tasks.length || ctx.entities.length) return null;
  if (asksWholePlans(ctx.rest)) return wholePlans(ctx, groups);
  const topics = topicsOf(ctx.rest, groups.length);
  if (topics.length === 0) return null;
  const topic = topics.join('、');
  const role = roleIn(ctx.rest);
  const { b, parts, found } = planByPlan(ctx, groups, (g) => {
    const topic = topics.length === 1 ? topics[0] : topics[groups.indexOf(g)];
    const writes = (t: GraphNode) => t.name.includes(topic) || simplifyShortText(String(t.properties.text ?? '')).includes(topic);
    // A heading that names the topic and its lead (一、强化科技创新(新区科技和人才局〈区科技局〉牵头)) answers for its plan too.
    const tasks = [...g.flatMap((id) => ctx.view.tasksByDoc.get(id) ?? []), ...sectionsIn(ctx.view, g).filter((s) => ctx.view.dutiesOfTask.has(s.id))].filter(writes);
    const duties = tasks.flatMap((t) => ctx.view.dutiesOfTask.get(t.id) ?? []);
    // 由谁牵头: the leads, where the plan names any; a plan that names only 责任单位 answers with those.
    const ofRole = role ? duties.filter((d) => d.role === role) : [];
    return {
      duties: ofRole.length ? ofRole : duties,
      say: (where, units) => (units.length ? `${where}：${names(units)}（${tasks.length} 项写到「${topic}」的任务${ofRole.length ? `，${roleZh(role)}单位` : ''}）` : `${where}：没有写到「${topic}」的任务`),
    };
  });
  if (found === 0) return null;
  return reading('entityUnits', { text: topic, docIds: groups.flat() }, `我理解为：分别查各个文件里写到「${topic}」的任务由哪些单位负责`, b, `${parts.join('；')}。`);
};

/** Each plan's units of the role asked over all its tasks (its leads; a plan that names no lead, all its units). */
function wholePlans(ctx: ReadCtx, groups: string[][]): Reading | null {
  const role = roleIn(ctx.rest);
  const { b, parts, found } = planByPlan(ctx, groups, (g) => {
    const duties = g.flatMap((id) => [...(ctx.view.tasksByDoc.get(id) ?? []), ...sectionsIn(ctx.view, [id])]).flatMap((t) => ctx.view.dutiesOfTask.get(t.id) ?? []);
    const ofRole = role ? duties.filter((d) => d.role === role) : [];
    return {
      duties: ofRole.length ? ofRole : duties,
      say: (where, units) => (units.length ? `${where}：${names(units)}${ofRole.length ? `（${roleZh(role)}单位）` : ''}` : `${where}：没有写明单位`),
    };
  });
  if (found === 0) return null;
  return reading('entityUnits', { docIds: groups.flat(), ...(role ? { role } : {}) }, `我理解为：分别查各个文件${role ? `的${roleZh(role)}单位` : '写明的单位'}`, b, `${parts.join('；')}。`);
}
