// Answers about entities, targets and gaps: tasks and projects touching a place, units on it, targets, gaps.
import type { QueryOutput } from '../../graph/catalogue/catalogue.ts';
import type { GraphNode } from '../../graph/model.ts';
import { AnswerBuilder, listNames, type Composed } from './compose-common.ts';
import type { Lexicon } from './lexicon.ts';
import { ROLE_ZH } from './compose-units.ts';
import type { Focus } from './types.ts';

export function composeEntityTasks(out: QueryOutput<'entityTasks'>, name: string, focus: Focus, lexicon: Lexicon, b: AnswerBuilder): Composed {
  const entity = out.entities[0];
  if (!entity) return b.done(`没有找到「${name}」。`);
  b.node(entity);
  // 哪些项目提到X in a plan of 民生实事 projects: its tasks are the projects, so none of label Project lists the tasks.
  if (focus.show === 'projects' && (out.projects.items.length > 0 || out.tasks.items.length === 0)) {
    const projects = out.projects.items;
    for (const p of projects) b.item(p).edge('TOUCHES', p.id, entity.id).edge('TOUCHES', entity.id, p.id);
    for (const t of out.touches.items) b.cite(t.evidence);
    for (const t of out.tasks.items.slice(0, 5)) b.cite(t.evidence);
    if (projects.length === 0) return b.done(`没有找到涉及「${entity.name}」的项目。`);
    const touching = projects.filter((p) => p.touches).map((p) => p.name);
    const co = projects.filter((p) => !p.touches).map((p) => p.name);
    const parts = [touching.length ? `直接涉及「${entity.name}」的有 ${listNames(touching, '个')}` : '',
      co.length ? `在同一任务中一并提及的有 ${listNames(co, '个')}` : ''].filter(Boolean);
    return b.done(`${parts.join('；')}。`);
  }
  const also = focus.alsoMentions;
  const named = out.tasks.items.filter((t) => !also || lexicon.mentions.get(t.id)?.has(also.id));
  const seen = new Set(named.map((t) => t.id));
  const twins = also ? [] : rankedTwins(lexicon, entity);
  const tasks = [...named, ...tasksMentioningAny(lexicon, twins).filter((t) => !seen.has(t.id))];
  for (const t of named) b.item(t).edge('MENTIONS', t.id, entity.id).cite(t.evidence);
  for (const t of tasks.slice(named.length)) {
    b.item(t);
    for (const id of twins) if (lexicon.mentions.get(t.id)?.has(id)) b.node(lexicon.nodes.get(id)!).edge('MENTIONS', t.id, id);
  }
  if (also) {
    b.node(also);
    for (const t of tasks) b.edge('MENTIONS', t.id, also.id);
  }
  const subject = also ? `同时提及「${entity.name}」和「${also.name}」` : `提及「${entity.name}」`;
  if (tasks.length === 0 && !also) {
    const via = viaTouching(out, entity.id, lexicon, b);
    if (via) return via;
  }
  if (tasks.length === 0) return b.done(`没有${subject}的任务。`);
  return b.done(`${subject}的任务共 ${tasks.length} 项：${listNames([...new Set(tasks.map((t) => t.name))])}。`);
}

/** A rank written before a name (国家级临空经济示范区) names the same thing: the tasks that write it so name the entity too. */
const RANK = /^(?:国家级|省级|市级|区级|县级)/u;

function rankedTwins(lexicon: Lexicon, entity: { id: string; label: string; name: string }): string[] {
  return lexicon.entities.filter((e) => e.id !== entity.id && e.label === entity.label && RANK.test(e.name) && e.name.replace(RANK, '') === entity.name)
    .map((e) => e.id);
}

/** A place no task names itself but a project named after it does (江口街道社区卫生服务中心迁建): the tasks naming that project. */
function viaTouching(out: QueryOutput<'entityTasks'>, placeId: string, lexicon: Lexicon, b: AnswerBuilder): Composed | null {
  const touching = new Map(out.touches.items.map((t) => (t.from.id === placeId ? t.to : t.from)).map((p) => [p.id, p] as const));
  if (touching.size === 0) return null;
  const tasks = tasksMentioningAny(lexicon, [...touching.keys()]);
  if (tasks.length === 0) return null;
  for (const t of out.touches.items) b.edge('TOUCHES', t.from.id, t.to.id).cite(t.evidence);
  for (const t of tasks) {
    b.item(t);
    for (const id of touching.keys()) if (lexicon.mentions.get(t.id)?.has(id)) b.node(touching.get(id)!).edge('MENTIONS', t.id, id);
  }
  const names = [...touching.values()].map((p) => `「${p.name}」`).join('、');
  return b.done(`没有任务直接写到这个地点，但${names}涉及它；提及${[...touching.values()].length > 1 ? '这些项目' : '该项目'}的任务共 ${tasks.length} 项：${listNames([...new Set(tasks.map((t) => t.name))])}。`);
}

/** Per lexicon: the mentioning tasks' ids in the mention map's order, and entity id → positions of those mentioning it. */
interface MentionedBy {
  taskIds: string[];
  byEntity: Map<string, number[]>;
}

const mentionedBy = new WeakMap<Lexicon, MentionedBy>();

function reverseMentions(lexicon: Lexicon): MentionedBy {
  const known = mentionedBy.get(lexicon);
  if (known) return known;
  const built: MentionedBy = { taskIds: [...lexicon.mentions.keys()], byEntity: new Map() };
  let at = 0;
  for (const ids of lexicon.mentions.values()) {
    for (const id of ids) {
      const list = built.byEntity.get(id);
      if (list) list.push(at);
      else built.byEntity.set(id, [at]);
    }
    at++;
  }
  mentionedBy.set(lexicon, built);
  return built;
}

/** The tasks that mention any of these entities, in the mention map's order (a walk of 20,000 tasks' sets was 12 ms a question). */
function tasksMentioningAny(lexicon: Lexicon, entityIds: string[]): GraphNode[] {
  const { taskIds, byEntity } = reverseMentions(lexicon);
  const at = [...new Set(entityIds.flatMap((id) => byEntity.get(id) ?? []))].sort((a, b) => a - b);
  return at.map((i) => lexicon.nodes.get(taskIds[i])).filter((n): n is GraphNode => n !== undefined);
}

export function composeEntityUnits(out: QueryOutput<'entityUnits'>, name: string, focus: Focus, b: AnswerBuilder): Composed {
  const entity = out.entities[0];
  if (!entity) return b.done(`没有找到「${name}」。`);
  b.node(entity);
  const role = focus.role;
  const units = [...out.units.items].filter((u) => !role || u[role] > 0).sort((x, y) => (role ? y[role] - x[role] : 0) || y.tasks - x.tasks);
  for (const u of units) b.item(u.unit);
  if (units.length === 0) return b.done(`没有单位${role ? ROLE_ZH[role] : '负责'}提及「${entity.name}」的任务。`);
  const lines = units.slice(0, 8).map((u) => `「${u.unit.name}」${u.tasks} 项（牵头 ${u.lead}，配合 ${u.support}）`);
  return b.done(`${role ? ROLE_ZH[role] : '承担'}提及「${entity.name}」的任务的单位：${lines.join('；')}${units.length > 8 ? `等 ${units.length} 个` : ''}。`);
}

export function composeTargets(out: QueryOutput<'targets'>, b: AnswerBuilder, relaxed: string | null): Composed {
  const rows = out.targets.items;
  for (const r of rows) {
    b.item(r.target).cite(r.evidence);
    if (r.task) b.node(r.task).edge('SETS', r.task.id, r.target.id);
  }
  const note = relaxed ? `（没有与「${relaxed}」直接相关的目标，以下为全部目标）` : '';
  if (rows.length === 0) return b.done('没有找到符合条件的目标指标。');
  const lines = rows.slice(0, 8).map((r) => {
    const t = r.target;
    const value = t.value === null ? '' : ` ${t.value}${t.unit ?? ''}`;
    return `${t.indicator ?? t.name}${value}${t.year ? `（${t.year}年）` : ''}`;
  });
  return b.done(`${note}共 ${out.targets.total} 个目标：${lines.join('；')}${rows.length > 8 ? '等' : ''}。`);
}

export function composeGaps(out: QueryOutput<'accountabilityGaps'>, focus: Focus, b: AnswerBuilder): Composed {
  const gap = focus.gap ?? 'noLead';
  if (gap === 'multiLead') {
    for (const t of out.multiLead.items) {
      b.item(t);
      for (const u of t.leads) b.node(u).edge('LEADS', u.id, t.id);
    }
    if (out.multiLead.total === 0) return b.done('没有由多个单位同时牵头的任务。');
    return b.done(`有多个牵头单位的任务共 ${out.multiLead.total} 项：${out.multiLead.items.slice(0, 8).map((t) => `「${t.name}」（${t.leads.map((u) => u.name).join('、')}）`).join('；')}。`);
  }
  const page = gap === 'crowded' ? out.crowded : out.noLead;
  for (const t of page.items) b.item(t);
  const what = gap === 'crowded' ? '参与单位过多的任务' : '没有牵头单位的任务';
  if (page.total === 0) return b.done(`没有${what}。`);
  return b.done(`${what}共 ${page.total} 项：${page.items.slice(0, 8).map((t) => `「${t.name}」（${t.units} 个单位）`).join('；')}${page.total > 8 ? '等' : ''}。`);
}
