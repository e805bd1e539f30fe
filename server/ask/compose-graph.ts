// Answers over subgraphs and lists: a node's neighbourhood, a path, search hits, counts, documents.
import type { QueryOutput } from '../../graph/catalogue/catalogue.ts';
import type { Role } from '../../graph/catalogue/schemas.ts';
import type { GraphEdge } from '../../graph/model.ts';
import { documentName } from '../../graph/metadata/document-name.ts';
import { AnswerBuilder, EDGE_ZH, listNames, type Composed } from './compose-common.ts';
import { ROLE_ZH } from './compose-units.ts';
import type { Focus } from './types.ts';

const ROLE_OF: Record<string, Role> = { LEADS: 'lead', SUPPORTS: 'support', RESPONSIBLE_FOR: 'responsible' };
const ROLE_ORDER: Role[] = ['lead', 'support', 'responsible'];
export const LABEL_ZH: Record<string, string> = {
  Document: '文件', Section: '章节', Task: '任务', Unit: '单位', Place: '地点', Industry: '产业', Corridor: '走廊', Project: '项目', Target: '目标',
};

/** Units on a task, leads first; or whatever neighbours were asked for. */
export function composeNeighborhood(out: QueryOutput<'neighborhood'>, focus: Focus, b: AnswerBuilder): Composed {
  if (!out.found || out.nodes.length === 0) return b.done('没有找到这个节点。');
  const [start, ...others] = out.nodes;
  b.node(start);
  if (focus.show === 'units') return unitsOnTask(start, others, out.edges, focus.role, b);
  for (const n of others) b.item(n);
  for (const e of out.edges) b.graphEdge(e);
  if (others.length === 0) return b.done(`「${start.name}」没有相关的节点。`);
  const labels = new Set(others.map((n) => n.label));
  const what = labels.size === 1 ? LABEL_ZH[others[0].label] ?? '节点' : '节点';
  return b.done(`与「${start.name}」直接相关的${what}共 ${others.length} 个：${listNames(others.map((n) => n.name), '个')}。`);
}

function unitsOnTask(task: { id: string; name: string }, units: Array<{ id: string; label: string; name: string }>, edges: GraphEdge[], role: Role | undefined, b: AnswerBuilder): Composed {
  const roles = new Map<string, Role[]>();
  for (const e of edges) {
    const r = ROLE_OF[e.type];
    if (r && e.target === task.id) roles.set(e.source, [...(roles.get(e.source) ?? []), r]);
  }
  const best = (id: string) => Math.min(...(roles.get(id) ?? ['responsible']).map((r) => ROLE_ORDER.indexOf(r)));
  const ranked = units.filter((u) => !role || roles.get(u.id)?.includes(role)).sort((x, y) => best(x.id) - best(y.id));
  for (const u of ranked) b.item(u);
  for (const e of edges) if (ranked.some((u) => u.id === e.source)) b.graphEdge(e);
  if (ranked.length === 0) return b.done(`「${task.name}」没有${role ? ROLE_ZH[role] : '负责'}单位。`);
  const parts = ROLE_ORDER.flatMap((r) => {
    const names = ranked.filter((u) => best(u.id) === ROLE_ORDER.indexOf(r)).map((u) => u.name);
    return names.length ? [`${ROLE_ZH[r]}单位：${listNames(names, '个')}`] : [];
  });
  return b.done(`「${task.name}」的${parts.join('；')}。`);
}

export function composePath(out: QueryOutput<'shortestPath'>, a: string, z: string, b: AnswerBuilder): Composed {
  if (!out.found) return b.done(`没有找到「${a}」与「${z}」之间的关系路径。`);
  for (const n of out.nodes) b.item(n);
  for (const e of out.edges) b.graphEdge(e);
  const steps: string[] = [out.nodes[0]?.name ?? a];
  for (let i = 0; i < out.edges.length; i++) {
    const e = out.edges[i];
    const next = out.nodes[i + 1];
    const forward = e.source === out.nodes[i]?.id;
    steps.push(`${forward ? '—' : '←'}${EDGE_ZH[e.type] ?? e.type}${forward ? '→' : '—'}${next?.name ?? ''}`);
  }
  if (out.length === 1) {
    return b.done(`「${out.nodes[0].name}」与「${out.nodes[1].name}」直接相连：${steps.join('')}。`);
  }
  return b.done(`「${out.nodes[0].name}」与「${out.nodes.at(-1)!.name}」之间相隔 ${out.length} 步：${steps.join('')}。`);
}

export function composeSearch(out: QueryOutput<'search'>, text: string, b: AnswerBuilder): Composed {
  const hits = out.hits.items;
  for (const h of hits) b.item(h);
  if (hits.length === 0) return b.done(`没有找到与「${text}」相关的内容。`);
  return b.done(`与「${text}」最相关的是：${listNames(hits.map((h) => h.name), '条')}。`);
}

export function composeStats(out: QueryOutput<'stats'>, b: AnswerBuilder): Composed {
  const n = out.nodes;
  const duties = (out.edges.LEADS ?? 0) + (out.edges.SUPPORTS ?? 0) + (out.edges.RESPONSIBLE_FOR ?? 0);
  return b.done(`图中共有 ${out.documents} 个文件、${n.Task ?? 0} 项任务、${n.Section ?? 0} 个章节、${n.Unit ?? 0} 个单位、`
    + `${n.Place ?? 0} 个地点、${n.Project ?? 0} 个项目、${n.Corridor ?? 0} 条走廊、${n.Industry ?? 0} 个产业、${n.Target ?? 0} 个目标，`
    + `${duties} 条分工关系，${out.warnings} 条数据质量警告。`);
}

export function composeDocuments(out: QueryOutput<'documents'>, b: AnswerBuilder): Composed {
  const docs = out.documents;
  const named = docs.map((d) => ({ d, name: documentName(d) }));
  for (const { d, name } of named) b.item({ id: d.id, label: 'Document', name: name.name });
  if (docs.length === 0) return b.done('还没有导入任何文件。');
  // A title that does not say where it is from (您现在的位置:首页, 市政府工作报告…) gets its jurisdiction beside it; a name
  // made for a copy without a title, where it comes from.
  const where = (d: (typeof docs)[number], name: string) => (d.jurisdiction && d.jurisdiction.length >= 2 && d.jurisdiction !== '未知' && !name.includes(d.jurisdiction) ? `${d.jurisdiction}，` : '');
  return b.done(`已导入 ${docs.length} 个文件：${named.map(({ d, name }) => `「${name.name}」（${name.note ? `${name.note}；` : ''}${where(d, name.name)}${d.counts.tasks} 项任务，${d.counts.units} 个单位）`).join('；')}。`);
}
