// 县文广旅体局负责的那条是哪位领导牵头的 / 舟山和嵊泗两份第一部分分别是哪位领导牵头: a 政府工作报告 分解 groups its items
// under the leader who 牵头 them (一、杨松县长牵头重点工作); 哪位领导 is read from the heading above the items.
import type { GraphNode } from '../../../graph/model.ts';
import { cite, docLabel, dutiesOfUnit, newBuilder, reading, tasksOf, type ReadCtx, type Reader } from './common.ts';
import { sectionsIn } from './view-sets.ts';

const ASKS_LEADER = /哪(?:位|个|一位)(?:市|县|区)?(?:领导|副?(?:市长|县长|区长))|领导是谁/u;
/** A heading that opens with a person and the office they hold before 牵头: 宋晖常务副县长牵头重点工作. */
const LEADER_HEADING = /^(\p{Script=Han}{2,3}?(?:常务)?副?(?:省长|市长|县长|区长|镇长|乡长|主任|书记))牵头/u;
const PART = /第([一二三四五六七八九十]{1,3})(?:部分|大项|章)/u;

/** The nearest heading above a node that names the leader who 牵头 it. */
function leaderAbove(ctx: ReadCtx, node: GraphNode): { section: GraphNode; leader: string } | null {
  for (let id = ctx.view.parent.get(node.id); id; id = ctx.view.parent.get(id)) {
    const s = ctx.view.nodes.get(id);
    if (s?.label !== 'Section') return null;
    const leader = LEADER_HEADING.exec(s.name)?.[1];
    if (leader) return { section: s, leader };
  }
  return null;
}

/** The one unit's tasks, or each plan's numbered part (第一部分), whose leader is asked. */
function asked(ctx: ReadCtx): GraphNode[] {
  const part = PART.exec(ctx.rest)?.[1];
  if (part && ctx.scope) {
    const docs = [...new Set(ctx.scope.groups.flat())];
    return docs.flatMap((d) => sectionsIn(ctx.view, [d]).filter((s) => s.properties.path === part).slice(0, 1));
  }
  if (ctx.units.length === 1 && ctx.tasks.length === 0) return tasksOf(dutiesOfUnit(ctx, ctx.units[0].name));
  return ctx.tasks.length === 1 && ctx.units.length === 0 ? ctx.tasks.flatMap((t) => (ctx.view.nodes.get(t.id) ? [ctx.view.nodes.get(t.id)!] : [])) : [];
}

export const readLeaders: Reader = (ctx) => {
  if (!ASKS_LEADER.test(ctx.rest)) return null;
  const nodes = asked(ctx);
  // A section asked is its own heading; a task's is the heading above it.
  const found = nodes.map((n) => ({ n, at: (n.label === 'Section' && LEADER_HEADING.test(n.name) ? { section: n, leader: LEADER_HEADING.exec(n.name)![1] } : leaderAbove(ctx, n)) }));
  const led = found.filter((f): f is { n: GraphNode; at: NonNullable<typeof f.at> } => f.at !== null);
  // Plans that name no leader in their headings leave the question to the unit readers.
  if (led.length === 0) return null;
  const b = newBuilder(ctx);
  if (ctx.units.length === 1) cite(b, dutiesOfUnit(ctx, ctx.units[0].name).filter((d) => led.some((f) => f.n.id === d.task.id)));
  const lines = led.map(({ n, at }) => {
    b.item(at.section);
    const what = n === at.section ? `${docLabel(ctx, String(n.properties.docId))}的第${String(n.properties.path)}部分「${n.name}」` : `「${n.name}」`;
    return `${what}由${at.leader}牵头（见「${at.section.name}」）`;
  });
  return reading('sectionOf', { nodes: led.map((f) => f.n.id) }, '我理解为：看这些内容所在部分的标题写的是哪位领导牵头', b, `${lines.join('；')}。`);
};
