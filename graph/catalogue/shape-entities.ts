// Entity and target queries (entityTasks, entityUnits, targets): fetch rows, then rank in pure code.
import type { QueryOutput, QueryParams } from './catalogue.ts';
import {
  compareCoMentions, compareNumbersDesc, compareRefs, compareStrings, compareTasks, groupBy, lastByKey, mapPage, paginate, taskList, taskRef, uniqueById,
} from './order.ts';
import type { CoMentionRow, DutyRow, MentionRow, RowSource, TargetFilter, TargetRow, TaskRow, TouchRow, WorkloadRow } from './rows.ts';
import type { EntityRef, EvidenceValue, Page, TaskRef } from './schemas.ts';

const PROJECT_LABELS = ['Project', 'Corridor'] as const;

const taskIdOf = (row: MentionRow): string => row.task.id;
const taskAndEntityOf = (row: MentionRow): string => `${row.task.id}\u0000${row.entity.id}`;
const unitIdOf = (row: WorkloadRow): string => row.unit.id;

function earlier(a: EvidenceValue, b: EvidenceValue): boolean {
  return (a.start - b.start || a.end - b.end || compareStrings(a.text, b.text)) < 0;
}

/** One row per key, keeping the earliest evidence so every store picks the same sentence. */
function earliestBy<T extends { evidence: EvidenceValue }>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  const kept = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const prev = kept.get(k);
    if (!prev || earlier(row.evidence, prev.evidence)) kept.set(k, row);
  }
  return kept;
}

function dedupeBy<T extends { evidence: EvidenceValue }>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...earliestBy(rows, key).values()];
}

interface ProjectHit {
  entity: EntityRef;
  touches: boolean;
  coMentions: number;
}

/** Co-mentioned projects: shared-task counts, the first `limit` of them, and the task lists of those. */
interface CoMentions {
  /** Each entity once: every co-mentioned one, or at least those the entity touches (projectPage reads no other). */
  counts: readonly CoMentionRow[];
  page: Page<CoMentionRow>;
  tasks: Map<string, TaskRef[]>;
}

/**
 * Touching projects first (by co-mentions desc, name, id), then the others by co-mentions desc, name, id: that second
 * order is compareCoMentions, so the first `limit` of them are among the co-mention page, and a place in thousands of plans
 * makes no hit object per co-mentioned project (it meets thousands of them).
 */
function projectPage(limit: number, ids: Set<string>, touches: TouchRow[], co: CoMentions): Page<ProjectHit> {
  const touching = new Map<string, ProjectHit>();
  for (const other of touchedProjects(ids, touches)) touching.set(other.id, { entity: other, touches: true, coMentions: 0 });
  // Every co-mentioned project counts once, a touching one among the touching.
  let total = touching.size + co.page.total;
  for (const c of co.counts) {
    const hit = touching.get(c.entity.id);
    if (hit) {
      hit.coMentions = c.shared;
      total -= 1;
    }
  }
  const first = [...touching.values()].sort((a, b) => compareNumbersDesc(a.coMentions, b.coMentions) || compareRefs(a.entity, b.entity)).slice(0, limit);
  const rest = co.page.items.filter((c) => !touching.has(c.entity.id)).slice(0, limit - first.length);
  const items = [...first, ...rest.map((c) => ({ entity: c.entity, touches: false, coMentions: c.shared }))];
  return { items, total, truncated: total > limit };
}

/** The projects and corridors `ids` TOUCH (either end), other than `ids`. */
function touchedProjects(ids: Set<string>, touches: readonly TouchRow[]): EntityRef[] {
  return touches.map((t) => (ids.has(t.from.id) ? t.to : t.from))
    .filter((other) => !ids.has(other.id) && (PROJECT_LABELS as readonly string[]).includes(other.label));
}

/** From the rows: each entity's task list ordered only for the page (a place in thousands of plans meets thousands of projects). */
function coFromRows(p: QueryParams<'entityTasks'>, ids: Set<string>, rows: MentionRow[]): CoMentions {
  const groups = [...groupBy(rows.filter((r) => !ids.has(r.entity.id)), (r) => r.entity.id).values()].map((group) => ({
    entity: group[0].entity, distinct: new Map<string, TaskRow>(group.map((r) => [r.task.id, r.task])),
  }));
  const counts = groups.map((g) => ({ entity: g.entity, shared: g.distinct.size }));
  const page = paginate(counts, compareCoMentions, p.limit);
  const onPage = new Set(page.items.map((c) => c.entity.id));
  return { counts, page, tasks: new Map(groups.filter((g) => onPage.has(g.entity.id)).map((g) => [g.entity.id, taskList(g.distinct.values())])) };
}

/** One row per entity (a store may repeat rows; the last one stands). */
function onePerEntity<T extends CoMentionRow>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((r) => [r.entity.id, r])).values()];
}

/** One entity's co-mentions ranked by its store (coMentionPage), with the counts of those it touches; null when it ranks none. */
async function keptCoMentions(src: RowSource, p: QueryParams<'entityTasks'>, entity: string, touches: readonly TouchRow[]): Promise<CoMentions | null> {
  const ranked = src.coMentionPage ? await src.coMentionPage(entity, p.limit, [...new Set(touchedProjects(new Set([entity]), touches).map((e) => e.id))]) : null;
  if (!ranked) return null;
  // The page is the store's first `limit`; ordered here, as every other page is, whatever order its rows came in.
  const rows = onePerEntity(ranked.rows).sort(compareCoMentions);
  return {
    counts: onePerEntity(ranked.touching),
    page: { items: rows, total: ranked.total, truncated: ranked.total > p.limit },
    tasks: new Map(rows.map((r) => [r.entity.id, taskList(r.tasks)])),
  };
}

/**
 * `rows.mentions`: one per task and entity (mentionsByTask). tasks: document order, then entity; touches: by `from` then `to` (name, id);
 * coMentioned: by shared tasks desc, then name, id; projects: touching ones first, then co-mentions desc, name, id.
 */
function compareMentions(a: MentionRow, b: MentionRow): number {
  return compareTasks(a.task, b.task) || compareRefs(a.entity, b.entity);
}

function shapeEntityTasks(
  p: QueryParams<'entityTasks'>,
  entities: EntityRef[],
  rows: { mentions: MentionRow[] | Page<MentionRow>; touches: TouchRow[] },
  co: CoMentions,
): QueryOutput<'entityTasks'> {
  const ids = new Set(entities.map((e) => e.id));
  const tasks = Array.isArray(rows.mentions) ? paginate(rows.mentions, compareMentions, p.limit) : rows.mentions;
  const touchRows = dedupeBy(rows.touches, (r) => `${r.from.id}\u0000${r.to.id}`);
  const touches = paginate(touchRows, (a, b) => compareRefs(a.from, b.from) || compareRefs(a.to, b.to), p.limit);
  const projects = projectPage(p.limit, ids, touchRows, co);
  return {
    entities: uniqueById(entities).sort(compareRefs),
    tasks: mapPage(tasks, (r) => ({ ...taskRef(r.task), entity: r.entity, evidence: r.evidence })),
    touches: mapPage(touches, (r) => ({ from: r.from, to: r.to, evidence: r.evidence })),
    coMentioned: mapPage(co.page, (c) => ({ entity: c.entity, shared: c.shared, tasks: co.tasks.get(c.entity.id) ?? [] })),
    projects: mapPage(projects, (h) => ({ ...h.entity, touches: h.touches, coMentions: h.coMentions })),
  };
}

export async function executeEntityTasks(src: RowSource, p: QueryParams<'entityTasks'>): Promise<QueryOutput<'entityTasks'>> {
  const entities = await src.resolveEntities(p.label, p.name);
  const ids = [...new Set(entities.map((e) => e.id))];
  if (ids.length === 0) return shapeEntityTasks(p, [], { mentions: [], touches: [] }, { counts: [], page: paginate([], compareCoMentions, p.limit), tasks: new Map() });
  // One entity on a store that pages its tasks where the rows are: only the page's mentions are read. Asked with the
  // touches, which do not wait for it: on a server store the two statements share one round trip.
  const [paged, touches] = await Promise.all([ids.length === 1 && src.mentionPageOf ? src.mentionPageOf(ids[0], p.limit) : null, src.touchesOf(ids)]);
  const kept = paged ? await keptCoMentions(src, p, ids[0], touches) : null;
  if (paged && kept) {
    const page = [...earliestBy(paged.rows, taskIdOf).values()].sort(compareMentions);
    const mentions = { items: page, total: paged.total, truncated: paged.total > p.limit };
    return shapeEntityTasks(p, entities, { mentions, touches }, kept);
  }
  const found = await src.mentionsOf(ids);
  // Mention rows name one of `entities`; with one (the usual case) the task id alone is the key, and the keys are
  // the entity's own tasks (a place in thousands of plans: one pass over its rows, not two).
  const byTask = earliestBy(found, ids.length === 1 ? taskIdOf : taskAndEntityOf);
  const mentions = [...byTask.values()];
  const own: ReadonlySet<string> | ReadonlyMap<string, unknown> = ids.length === 1 ? byTask : new Set(mentions.map((m) => m.task.id));
  const coMentions = own.size > 0 ? await src.mentionsInTasks([...own.keys()], [...PROJECT_LABELS]) : [];
  return shapeEntityTasks(p, entities, { mentions, touches }, coFromRows(p, new Set(ids), coMentions));
}

interface UnitLoad {
  unit: DutyRow['unit'];
  tasks: Set<string>;
  lead: Set<string>;
  support: Set<string>;
  responsible: Set<string>;
}

type UnitCount = QueryOutput<'entityUnits'>['units']['items'][number];

/** Per unit: distinct tasks (and per role) among the duty rows of the tasks mentioning the entity. */
function countUnits(rows: DutyRow[]): UnitCount[] {
  // One pass with sets: a place named in thousands of tasks gives tens of thousands of duty rows.
  const loads = new Map<string, UnitLoad>();
  for (const row of rows) {
    let load = loads.get(row.unit.id);
    if (!load) loads.set(row.unit.id, (load = { unit: row.unit, tasks: new Set(), lead: new Set(), support: new Set(), responsible: new Set() }));
    load.tasks.add(row.task.id);
    load[row.role].add(row.task.id);
  }
  return [...loads.values()].map((l) => ({
    unit: l.unit, tasks: l.tasks.size, lead: l.lead.size, support: l.support.size, responsible: l.responsible.size,
  }));
}

function unitCount(r: WorkloadRow): UnitCount {
  return { unit: r.unit, tasks: r.total, lead: r.lead, support: r.support, responsible: r.responsible };
}

/** Units by tasks desc, lead desc, name, id. */
function shapeEntityUnits(p: QueryParams<'entityUnits'>, entities: EntityRef[], units: UnitCount[]): QueryOutput<'entityUnits'> {
  const page = paginate(
    units,
    (a, b) => compareNumbersDesc(a.tasks, b.tasks) || compareNumbersDesc(a.lead, b.lead) || compareRefs(a.unit, b.unit),
    p.limit,
  );
  return { entities: uniqueById(entities).sort(compareRefs), units: page };
}

export async function executeEntityUnits(src: RowSource, p: QueryParams<'entityUnits'>): Promise<QueryOutput<'entityUnits'>> {
  const entities = await src.resolveEntities(p.label, p.name);
  const ids = [...new Set(entities.map((e) => e.id))];
  // One entity: the store's own counts when it keeps them (tasks mentioning two entities would count twice).
  const ranked = ids.length === 1 && src.entityUnitPage ? await src.entityUnitPage(ids[0], p.limit) : null;
  if (ranked) {
    // The store ranked the page and counted every unit: shaping orders the page's rows alone.
    const { entities: sorted, units } = shapeEntityUnits(p, entities, ranked.rows.map(unitCount));
    return { entities: sorted, units: { ...units, total: ranked.total, truncated: ranked.total > p.limit } };
  }
  const kept = ids.length === 1 && src.entityUnitCounts ? await src.entityUnitCounts(ids[0]) : null;
  // One row per unit (a store may repeat rows; the last one stands).
  if (kept) return shapeEntityUnits(p, entities, lastByKey(kept, unitIdOf).map(unitCount));
  const mentions = ids.length > 0 ? await src.mentionsOf(ids) : [];
  const taskIds = [...new Set(mentions.map((m) => m.task.id))];
  const rows = taskIds.length > 0 ? await src.dutiesOnTasks(taskIds) : [];
  return shapeEntityUnits(p, entities, countUnits(rows));
}

export function targetMatches(row: TargetRow, f: TargetFilter): boolean {
  const t = row.target;
  if (f.docId !== undefined && t.docId !== f.docId) return false;
  if (f.year !== undefined && t.year !== f.year) return false;
  if (f.indicator !== undefined && !(t.indicator ?? '').includes(f.indicator)) return false;
  return f.text === undefined || (t.text ?? '').includes(f.text) || (t.indicator ?? '').includes(f.text);
}

/** By document, then the setting task's position (targets nothing sets come last), then target id. */
function compareTargets(a: TargetRow, b: TargetRow): number {
  const at = a.task ? a.task.start : Number.MAX_SAFE_INTEGER;
  const bt = b.task ? b.task.start : Number.MAX_SAFE_INTEGER;
  return compareStrings(a.target.docId, b.target.docId) || at - bt || compareStrings(a.target.id, b.target.id)
    || compareStrings(a.task?.id ?? '', b.task?.id ?? '');
}

function shapeTargets(p: QueryParams<'targets'>, rows: TargetRow[]): QueryOutput<'targets'> {
  const unique = new Map(rows.filter((r) => targetMatches(r, p)).map((r) => [`${r.target.id}\u0000${r.task?.id ?? ''}`, r]));
  const page = paginate([...unique.values()], compareTargets, p.limit);
  return { targets: mapPage(page, (r) => ({ target: r.target, task: r.task ? taskRef(r.task) : null, evidence: r.evidence })) };
}

export async function executeTargets(src: RowSource, p: QueryParams<'targets'>): Promise<QueryOutput<'targets'>> {
  const filter: TargetFilter = { indicator: p.indicator, year: p.year, docId: p.docId, text: p.text };
  return shapeTargets(p, await src.targets(filter));
}
