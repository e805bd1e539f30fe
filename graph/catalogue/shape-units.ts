// Unit queries (unitTasks, unitPartners, sharedTasks, overlaps, workload): fetch rows, then rank in pure code.
import type { QueryOutput, QueryParams } from './catalogue.ts';
import {
  compareNumbersDesc, compareRefs, compareRoles, compareStrings, compareTasks, groupBy, lastByKey, mapPage, paginate,
  pathUnder, taskList, taskRef, uniqueById,
} from './order.ts';
import type { DutyRow, DutyScope, PartnerRow, RowSource, TaskRow } from './rows.ts';
import type { Duty, UnitInfo, UnitRef } from './schemas.ts';

/** Tasks in document order, then role (lead, support, responsible), then unit name, id. */
function compareDutyRows(a: DutyRow, b: DutyRow): number {
  return compareTasks(a.task, b.task) || compareRoles(a.role, b.role) || compareRefs(a.unit, b.unit);
}

/**
 * One row per (unit, task, role); when a plan names a unit twice, keep the earliest evidence. Keyed by unit, then
 * task, then role slot, not by a joined string: a busy unit's thousands of rows each built and hashed a fresh key.
 */
function dedupeDuties(rows: readonly DutyRow[]): DutyRow[] {
  const byUnit = new Map<string, Map<string, number[]>>();
  const kept: DutyRow[] = [];
  for (const row of rows) {
    let tasks = byUnit.get(row.unit.id);
    if (!tasks) byUnit.set(row.unit.id, (tasks = new Map()));
    let slots = tasks.get(row.task.id);
    if (!slots) tasks.set(row.task.id, (slots = [-1, -1, -1]));
    // Where this (unit, task, role)'s row sits in `kept`.
    const slot = ROLE_SLOT[row.role];
    const i = slots[slot];
    if (i < 0) slots[slot] = kept.push(row) - 1;
    else if (compareEvidence(row, kept[i]) < 0) kept[i] = row;
  }
  return kept;
}

const ROLE_SLOT: Record<DutyRow['role'], number> = { lead: 0, support: 1, responsible: 2 };

function compareEvidence(a: DutyRow, b: DutyRow): number {
  const x = a.evidence;
  const y = b.evidence;
  return x.start - y.start || x.end - y.end || compareStrings(x.text, y.text);
}

/** Resolved units by name, id; aliases sorted whatever order the store kept them in. */
function sortUnits(units: readonly UnitInfo[]): UnitInfo[] {
  return uniqueById(units).map((u) => ({ ...u, aliases: [...new Set(u.aliases)].sort(compareStrings) })).sort(compareRefs);
}

function toDuty(row: DutyRow): Duty {
  return { unit: row.unit, role: row.role, evidence: row.evidence };
}

function shapeUnitTasks(p: QueryParams<'unitTasks'>, units: UnitInfo[], rows: DutyRow[]): QueryOutput<'unitTasks'> {
  const wanted = dedupeDuties(p.role ? rows.filter((r) => r.role === p.role) : rows);
  const page = paginate(wanted, compareDutyRows, p.limit);
  return {
    units: sortUnits(units),
    tasks: mapPage(page, (r) => ({ ...taskRef(r.task), role: r.role, unit: r.unit, evidence: r.evidence })),
  };
}

export async function executeUnitTasks(src: RowSource, p: QueryParams<'unitTasks'>): Promise<QueryOutput<'unitTasks'>> {
  const units = await src.resolveUnits(p.unit);
  // A store that pages where the rows are sends the page's rows only (a name shared by many bodies has thousands).
  const paged = units.length > 0 && src.dutyPageOfUnits ? await src.dutyPageOfUnits(units.map((u) => u.id), p.role, p.limit) : null;
  if (paged) {
    const out = shapeUnitTasks(p, units, paged.rows);
    return { ...out, tasks: { ...out.tasks, total: paged.total, truncated: paged.total > p.limit } };
  }
  const rows = units.length > 0 ? await src.dutiesOfUnits(units.map((u) => u.id)) : [];
  return shapeUnitTasks(p, units, rows);
}

/** Partners: shared = distinct tasks both are on; by shared desc, then name, id. */
function shapeUnitPartners(p: QueryParams<'unitPartners'>, units: UnitInfo[], rows: DutyRow[]): QueryOutput<'unitPartners'> {
  const own = new Set(units.map((u) => u.id));
  const ownTasks = new Set(rows.filter((r) => own.has(r.unit.id)).map((r) => r.task.id));
  const groups = new Map<string, { unit: UnitRef; tasks: Map<string, TaskRow> }>();
  for (const row of rows) {
    if (own.has(row.unit.id) || !ownTasks.has(row.task.id)) continue;
    const group = groups.get(row.unit.id) ?? { unit: row.unit, tasks: new Map() };
    group.tasks.set(row.task.id, row.task);
    groups.set(row.unit.id, group);
  }
  return pagePartners(p, units, [...groups.values()].map((g) => ({ unit: g.unit, shared: g.tasks.size, tasks: [...g.tasks.values()] })));
}

/**
 * The page of partners in order; task lists for the page's partners only (a busy unit has hundreds of partners, each
 * with up to hundreds of tasks). `total` when the store counted the partners and sent only the page's (ties included).
 */
function pagePartners(p: QueryParams<'unitPartners'>, units: UnitInfo[], partners: PartnerRow[], total = partners.length): QueryOutput<'unitPartners'> {
  const page = paginate(partners, (a, b) => compareNumbersDesc(a.shared, b.shared) || compareRefs(a.unit, b.unit), p.limit);
  return {
    units: sortUnits(units),
    partners: { ...mapPage(page, (c) => ({ unit: c.unit, shared: c.shared, tasks: taskList(c.tasks) })), total, truncated: total > p.limit },
  };
}

export async function executeUnitPartners(src: RowSource, p: QueryParams<'unitPartners'>): Promise<QueryOutput<'unitPartners'>> {
  const units = await src.resolveUnits(p.unit);
  const ids = units.map((u) => u.id);
  const paged = units.length > 0 && src.partnerPageOfUnits ? await src.partnerPageOfUnits(ids, p.limit) : null;
  if (paged) return pagePartners(p, units, paged.partners, paged.total);
  return shapeUnitPartners(p, units, units.length > 0 ? await src.dutiesOnTasksOf(ids) : []);
}

/** Tasks where a unit of `a` and a different unit of `b` both hold a duty; document order. */
function shapeSharedTasks(p: QueryParams<'sharedTasks'>, a: UnitInfo[], b: UnitInfo[], rows: DutyRow[]): QueryOutput<'sharedTasks'> {
  const aIds = new Set(a.map((u) => u.id));
  const bIds = new Set(b.map((u) => u.id));
  const byDuty = (x: DutyRow, y: DutyRow) => compareRoles(x.role, y.role) || compareRefs(x.unit, y.unit);
  const items: { task: TaskRow; a: DutyRow[]; b: DutyRow[] }[] = [];
  for (const taskRows of groupBy(dedupeDuties(rows), (r) => r.task.id).values()) {
    const onA = taskRows.filter((r) => aIds.has(r.unit.id)).sort(byDuty);
    const onB = taskRows.filter((r) => bIds.has(r.unit.id)).sort(byDuty);
    const distinct = new Set([...onA, ...onB].map((r) => r.unit.id));
    if (onA.length > 0 && onB.length > 0 && distinct.size >= 2) items.push({ task: taskRows[0].task, a: onA, b: onB });
  }
  const page = paginate(items, (x, y) => compareTasks(x.task, y.task), p.limit);
  return {
    a: sortUnits(a),
    b: sortUnits(b),
    tasks: mapPage(page, (i) => ({ ...taskRef(i.task), a: i.a.map(toDuty), b: i.b.map(toDuty) })),
  };
}

export async function executeSharedTasks(src: RowSource, p: QueryParams<'sharedTasks'>): Promise<QueryOutput<'sharedTasks'>> {
  const [a, b] = await Promise.all([src.resolveUnits(p.a), src.resolveUnits(p.b)]);
  const ids = [...new Set([...a, ...b].map((u) => u.id))];
  const rows = a.length > 0 && b.length > 0 ? await src.dutiesOfUnits(ids) : [];
  return shapeSharedTasks(p, a, b, rows);
}

interface Pair {
  a: UnitRef;
  b: UnitRef;
  tasks: TaskRow[];
}

function inScope(row: DutyRow, scope: DutyScope): boolean {
  if (scope.docId !== undefined && row.task.docId !== scope.docId) return false;
  if (scope.pathPrefix !== undefined && !pathUnder(row.task.path, scope.pathPrefix)) return false;
  return scope.role === undefined || row.role === scope.role;
}

/**
 * Pairs oriented a < b by (name, id); ranked by shared desc, then a, then b. Keyed by a's id, then b's, not by a joined
 * string: with no scope every task of the graph pairs its units (at 1,000 documents ~23,000 pairs from ~68,000 duties,
 * each a fresh key built and hashed).
 */
function shapeOverlaps(p: QueryParams<'overlaps'>, scope: DutyScope, rows: DutyRow[]): QueryOutput<'overlaps'> {
  const pairs = new Map<string, Map<string, Pair>>();
  const all: Pair[] = [];
  const scoped = scope.docId === undefined && scope.pathPrefix === undefined && scope.role === undefined ? rows : rows.filter((r) => inScope(r, scope));
  for (const taskRows of groupBy(scoped, (r) => r.task.id).values()) {
    // A task's few units (a handful each), by id once, in the order first met.
    const units: UnitRef[] = [];
    for (const r of taskRows) {
      const at = units.findIndex((u) => u.id === r.unit.id);
      if (at < 0) units.push(r.unit);
      else units[at] = r.unit;
    }
    units.sort(compareRefs);
    for (let i = 0; i < units.length; i += 1) {
      let withA = pairs.get(units[i].id);
      if (!withA) pairs.set(units[i].id, (withA = new Map()));
      for (let j = i + 1; j < units.length; j += 1) {
        let pair = withA.get(units[j].id);
        if (!pair) {
          withA.set(units[j].id, (pair = { a: units[i], b: units[j], tasks: [] }));
          all.push(pair);
        }
        pair.tasks.push(taskRows[0].task);
      }
    }
  }
  const kept = all.filter((x) => x.tasks.length >= p.minShared);
  const page = paginate(
    kept,
    (x, y) => compareNumbersDesc(x.tasks.length, y.tasks.length) || compareRefs(x.a, y.a) || compareRefs(x.b, y.b),
    p.limit,
  );
  return { pairs: mapPage(page, (x) => ({ a: x.a, b: x.b, shared: x.tasks.length, tasks: taskList(x.tasks) })) };
}

/** A section id scopes to that section's document and path; anything else is a path prefix. */
async function resolveScope(src: RowSource, p: QueryParams<'overlaps'>): Promise<DutyScope | null> {
  const scope: DutyScope = { docId: p.docId, role: p.role, entityId: p.entity };
  if (p.section === undefined) return scope;
  const [section] = await src.nodes([p.section]);
  if (section?.label !== 'Section') return { ...scope, pathPrefix: p.section };
  const docId = String(section.properties.docId);
  if (p.docId !== undefined && p.docId !== docId) return null;
  return { ...scope, docId, pathPrefix: String(section.properties.path) };
}

export async function executeOverlaps(src: RowSource, p: QueryParams<'overlaps'>): Promise<QueryOutput<'overlaps'>> {
  const scope = await resolveScope(src, p);
  const rows = scope ? await src.scopedDuties(scope) : [];
  return shapeOverlaps(p, scope ?? {}, rows);
}

const unitIdOf = (row: { unit: UnitRef }): string => row.unit.id;

export async function executeWorkload(src: RowSource, p: QueryParams<'workload'>): Promise<QueryOutput<'workload'>> {
  const rows = lastByKey(await src.workload(p.docId), unitIdOf);
  const page = paginate(
    rows,
    (a, b) => compareNumbersDesc(a.total, b.total) || compareNumbersDesc(a.lead, b.lead) || compareRefs(a.unit, b.unit),
    p.limit,
  );
  return { units: mapPage(page, (r) => ({ unit: r.unit, lead: r.lead, support: r.support, responsible: r.responsible, total: r.total })) };
}
