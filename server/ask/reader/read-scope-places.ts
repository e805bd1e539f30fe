// 嘉定那份涉及哪些镇 / 这个方案提到哪些地点: the places of the kind asked that the tasks of the plans in scope mention;
// 洋县交通局负责的项目在哪些镇实施: those a unit's tasks mention (in scope when there is one).
import type { GraphNode } from '../../../graph/model.ts';
import { byDocument, dutiesOfUnit, newBuilder, reading, roleIn, roleZh, tasksOf, type ReadCtx, type Reader } from './common.ts';

/** The kind word asked after 哪些 (镇, 街道, 乡镇, 地点) and the place kinds it means; 地点 / 地方 any kind. */
const PLACES_ASKED = /(?:涉及|提到|提及|写到|包括|有)(?:了)?哪些(街镇|镇街|乡镇|街道|镇|乡|区县|县区|区|县|河流?|地点|地方)/u;
/** Where a unit's work is done: 在哪些镇实施 asks the same places of its tasks as 涉及哪些镇. */
const DONE_WHERE = /在哪些(街镇|镇街|乡镇|街道|镇|乡|区县|县区|地点|地方)(?:实施|建设|开展|推进|落实|施工|进行)?/u;
const KINDS: Record<string, readonly string[] | null> = {
  街镇: ['town'], 镇街: ['town'], 乡镇: ['town'], 街道: ['town'], 镇: ['town'], 乡: ['town'],
  区县: ['district'], 县区: ['district'], 区: ['district'], 县: ['district'], 河: ['river'], 河流: ['river'], 地点: null, 地方: null,
};

interface Asked { kind: string; tasks: GraphNode[]; whose: string; params: Record<string, unknown> }

/** A unit's tasks, of the role said between its name and the question (X牵头的项目), when it is the one name said. */
function ofUnit(ctx: ReadCtx): Asked | null {
  const m = ctx.mentions.find((x) => x.kind === 'unit');
  const asked = DONE_WHERE.exec(ctx.rest) ?? PLACES_ASKED.exec(ctx.rest);
  if (!m || !asked || ctx.units.length !== 1 || m.end > asked.index) return null;
  const role = roleIn(ctx.q.slice(m.end, asked.index));
  const unit = m.targets[0].name;
  return {
    kind: asked[1], tasks: tasksOf(dutiesOfUnit(ctx, unit, role)),
    whose: `${ctx.scope ? `${ctx.scope.label}里` : ''}「${unit}」${roleZh(role)}的任务`,
    params: { unit, ...(ctx.scope ? { docIds: ctx.scope.docIds } : {}), kind: asked[1] },
  };
}

/** Every task of the plans in scope. */
function ofScope(ctx: ReadCtx): Asked | null {
  const asked = PLACES_ASKED.exec(ctx.rest);
  if (!asked || !ctx.scope) return null;
  return {
    kind: asked[1], tasks: ctx.scope.docIds.flatMap((id) => ctx.view.tasksByDoc.get(id) ?? []),
    whose: `${ctx.scope.label}的任务`, params: { docIds: ctx.scope.docIds, kind: asked[1] },
  };
}

export const readScopePlaces: Reader = (ctx) => {
  if (ctx.tasks.length || ctx.entities.length) return null;
  const asked = ctx.units.length ? ofUnit(ctx) : ofScope(ctx);
  if (!asked) return null;
  const kinds = KINDS[asked.kind];
  const places = new Map<string, GraphNode>();
  const tasks: GraphNode[] = [];
  for (const task of asked.tasks) {
    const named = [...(ctx.view.mentions.get(task.id) ?? [])].map((id) => ctx.view.nodes.get(id))
      .filter((n): n is GraphNode => n?.label === 'Place' && (!kinds || kinds.includes(String(n.properties.kind))));
    if (named.length) tasks.push(task);
    for (const p of named) places.set(p.id, p);
  }
  if (places.size === 0) return null;
  const b = newBuilder(ctx);
  for (const p of places.values()) b.item(p);
  const what = asked.kind === '地点' || asked.kind === '地方' ? '地点' : asked.kind;
  return reading('documentPlaces', asked.params, `我理解为：列出${asked.whose}提到的${what}`, b,
    `${asked.whose}提到的${what}共 ${places.size} 个：${[...places.values()].map((p) => `「${p.name}」`).join('、')}（依据任务：${byDocument(ctx, tasks, 4)}）。`);
};
