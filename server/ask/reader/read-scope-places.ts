// 嘉定那份涉及哪些镇 / 这个方案提到哪些地点: the places of the kind asked that the tasks of the plans in scope mention.
import type { GraphNode } from '../../../graph/model.ts';
import { byDocument, newBuilder, reading, type Reader } from './common.ts';

/** The kind word asked after 哪些 (镇, 街道, 乡镇, 地点) and the place kinds it means; 地点 / 地方 any kind. */
const PLACES_ASKED = /(?:涉及|提到|提及|写到|包括|有)(?:了)?哪些(街镇|镇街|乡镇|街道|镇|乡|区县|县区|区|县|河流?|地点|地方)/u;
const KINDS: Record<string, readonly string[] | null> = {
  街镇: ['town'], 镇街: ['town'], 乡镇: ['town'], 街道: ['town'], 镇: ['town'], 乡: ['town'],
  区县: ['district'], 县区: ['district'], 区: ['district'], 县: ['district'], 河: ['river'], 河流: ['river'], 地点: null, 地方: null,
};

export const readScopePlaces: Reader = (ctx) => {
  const m = PLACES_ASKED.exec(ctx.rest);
  if (!m || !ctx.scope || ctx.units.length || ctx.tasks.length || ctx.entities.length) return null;
  const kinds = KINDS[m[1]];
  const places = new Map<string, GraphNode>();
  const tasks: GraphNode[] = [];
  for (const docId of ctx.scope.docIds) {
    for (const task of ctx.view.tasksByDoc.get(docId) ?? []) {
      const named = [...(ctx.view.mentions.get(task.id) ?? [])].map((id) => ctx.view.nodes.get(id))
        .filter((n): n is GraphNode => n?.label === 'Place' && (!kinds || kinds.includes(String(n.properties.kind))));
      if (named.length) tasks.push(task);
      for (const p of named) places.set(p.id, p);
    }
  }
  if (places.size === 0) return null;
  const b = newBuilder(ctx);
  for (const p of places.values()) b.item(p);
  const what = m[1] === '地点' || m[1] === '地方' ? '地点' : m[1];
  return reading('documentPlaces', { docIds: ctx.scope.docIds, kind: m[1] }, `我理解为：列出${ctx.scope.label}的任务提到的${what}`, b,
    `${ctx.scope.label}的任务提到的${what}共 ${places.size} 个：${[...places.values()].map((p) => `「${p.name}」`).join('、')}（见${byDocument(ctx, tasks, 4)}）。`);
};
