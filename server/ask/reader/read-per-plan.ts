// 就业工作在A和B里分别由谁负责: a topic asked of several plans, each answered — the units of that plan's tasks that
// write the topic, plan by plan. One task read overall (read-topic.ts) would answer one plan and drop the rest.
import { simplifyShortText } from '../../../graph/read/script.ts';
import type { GraphNode } from '../../../graph/model.ts';
import type { AnswerBuilder } from '../compose-common.ts';
import { cite, docLabel, newBuilder, reading, unitsOf, type ReadCtx, type Reader } from './common.ts';
import type { Duty } from './view.ts';
import { sectionsIn } from './view-sets.ts';

/** 分别 / 各自 / 各负责: the question wants each plan answered on its own. */
export const EACH = /分别|各自|各(?=负责|管|牵头|由)/u;
export const ASKS_UNITS = /谁|哪个(?:部门|单位)|哪些(?:部门|单位)|什么(?:部门|单位)/u;
/** The frame around the topic: 工作, 在…里, the question. */
const FRAME = /工作|这块|方面|任务|分别|各自|由|谁|哪个|哪些|什么|部门|单位|负责|牵头|配合|管|是|的|在|和|与|跟|里|中|[，,。？?\s\u3000]/gu;
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

export const readPerPlan: Reader = (ctx) => {
  const groups = ctx.scope?.groups ?? [];
  if (groups.length < 2 || !EACH.test(ctx.q) || !ASKS_UNITS.test(ctx.rest) || ctx.units.length || ctx.tasks.length || ctx.entities.length) return null;
  // The longest run of words left: the topic as the plans write it (就业, 知识产权).
  const topic = ctx.rest.split(FRAME).sort((a, b) => b.length - a.length)[0] ?? '';
  if (topic.length < MIN_TOPIC) return null;
  const { b, parts, found } = planByPlan(ctx, groups, (g) => {
    const writes = (t: GraphNode) => t.name.includes(topic) || simplifyShortText(String(t.properties.text ?? '')).includes(topic);
    // A heading that names the topic and its lead (一、强化科技创新(新区科技和人才局〈区科技局〉牵头)) answers for its plan too.
    const tasks = [...g.flatMap((id) => ctx.view.tasksByDoc.get(id) ?? []), ...sectionsIn(ctx.view, g).filter((s) => ctx.view.dutiesOfTask.has(s.id))].filter(writes);
    return {
      duties: tasks.flatMap((t) => ctx.view.dutiesOfTask.get(t.id) ?? []),
      say: (where, units) => (units.length ? `${where}：${names(units)}（${tasks.length} 项写到「${topic}」的任务）` : `${where}：没有写到「${topic}」的任务`),
    };
  });
  if (found === 0) return null;
  return reading('entityUnits', { text: topic, docIds: groups.flat() }, `我理解为：分别查各个文件里写到「${topic}」的任务由哪些单位负责`, b, `${parts.join('；')}。`);
};
