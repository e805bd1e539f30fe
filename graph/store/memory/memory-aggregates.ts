// Aggregates kept per document as it comes and goes (unit workload, unit pairs), plus gap rows.
import { ROLE_OF } from '../../catalogue/order.ts';
import type { CoMentionRow, GapRow, PairRow, WorkloadRow } from '../../catalogue/rows.ts';
import type { EntityRef, Role, UnitRef } from '../../catalogue/schemas.ts';
import type { EdgeType, GraphBatch, GraphNode } from '../../model.ts';
import { taskRow, unitRef } from '../batch/row-refs.ts';

type Load = Record<Role | 'total', number>;

/**
 * A unit's roles on one task as bits: a Set of roles per unit and task was, with the pair keys, most of what the
 * aggregates allocated per commit of a bulk ingest.
 */
type Roles = number;
const LEAD = 1;
const SUPPORT = 2;
const RESPONSIBLE = 4;
const ROLE_BIT: Record<Role, Roles> = { lead: LEAD, support: SUPPORT, responsible: RESPONSIBLE };
/** The role bit of each duty edge type (ROLE_OF's role); other types have none. */
const DUTY_BIT = new Map<EdgeType, Roles>(Object.entries(ROLE_OF).map(([type, role]) => [type as EdgeType, ROLE_BIT[role]]));

/** Unit → roles on one task. */
type TaskUnits = Map<string, Roles>;

/** Edges or tasks handled between two pauses of a sliced commit (see MemoryIndex.replaceSteps). */
const STEP_ITEMS = 512;

/**
 * Unit → roles per task of one batch. Every duty edge into a task belongs to the task's own
 * document (edges only join nodes of their batch, and owned ids cannot be shared), so one batch
 * decides its tasks' unit sets completely; adding or removing it adjusts the totals exactly.
 */
function taskDuties(batch: GraphBatch): Map<string, TaskUnits> {
  const tasks = new Map<string, TaskUnits>();
  for (const _ of dutySteps(batch, tasks)) { /* all at once */ }
  return tasks;
}

/** taskDuties filled into `tasks`, pausing every STEP_ITEMS edges (a 20 MB plan has ~150k of them). */
function* dutySteps(batch: GraphBatch, tasks: Map<string, TaskUnits>): Generator<void> {
  let n = 0;
  for (const e of batch.edges) {
    if (++n % STEP_ITEMS === 0) yield;
    const bit = DUTY_BIT.get(e.type);
    if (bit === undefined) continue;
    let units = tasks.get(e.target);
    if (!units) tasks.set(e.target, (units = new Map()));
    units.set(e.source, (units.get(e.source) ?? 0) | bit);
  }
}

function bump(load: Load, roles: Roles, sign: number): void {
  if (roles & LEAD) load.lead += sign;
  if (roles & SUPPORT) load.support += sign;
  if (roles & RESPONSIBLE) load.responsible += sign;
  load.total += sign;
}

/**
 * `roles` counted into the load of `unit` in `loads`; a load back to zero is dropped. Maps are set only for a new key:
 * a place named by most documents takes this path for every task naming it.
 */
function bumpIn(loads: Map<string, Load>, unit: string, roles: Roles, sign: number): void {
  let load = loads.get(unit);
  if (!load) loads.set(unit, load = { lead: 0, support: 0, responsible: 0, total: 0 });
  bump(load, roles, sign);
  if (load.total === 0) loads.delete(unit);
}

interface Pair { a: string; b: string; shared: number }

/** The units leading a task, in the order their duties came. */
function leadsOf(units: TaskUnits): string[] {
  const leads: string[] = [];
  for (const [unit, roles] of units) if (roles & LEAD) leads.push(unit);
  return leads;
}

export interface TaskDuties {
  leads: string[];
  units: number;
}

/**
 * Entities each task of one batch mentions (MENTIONS edges from the task; each entity once), into `mentions`, pausing
 * every STEP_ITEMS edges: in one piece it was a pass over a 20 MB plan's ~235k edges inside one turn of a commit.
 */
function* mentionSteps(batch: GraphBatch, mentions: Map<string, Set<string>>): Generator<void> {
  let n = 0;
  for (const e of batch.edges) {
    if (++n % STEP_ITEMS === 0) yield;
    if (e.type !== 'MENTIONS') continue;
    const entities = mentions.get(e.source);
    if (entities) entities.add(e.target);
    else mentions.set(e.source, new Set([e.target]));
  }
}

/**
 * Distinct tasks per unit and role, distinct shared tasks per unit pair, each task's duty holders, and per entity
 * the units on the tasks mentioning it (entityUnits: a place named in thousands of tasks has tens of thousands of
 * duty rows, read and grouped on every query before).
 */
export class DutyAggregates {
  private readonly load = new Map<string, Load>();
  private readonly entityLoads = new Map<string, Map<string, Load>>();
  /** Entity → Project or Corridor → distinct tasks mentioning both (entityTasks' co-mentions). */
  private readonly coCounts = new Map<string, Map<string, number>>();
  /** Unit pair (a < b, joined by \u0000) → tasks they share; a pair back to zero leaves the map. */
  private readonly pairs = new Map<string, Pair>();
  private readonly tasks = new Map<string, TaskDuties>();

  /** Count `batch` in, one slice at a time (the store runs the slices with the event loop free between them). */
  addSteps(batch: GraphBatch): Generator<void> {
    return this.applySteps(batch, 1);
  }

  removeSteps(batch: GraphBatch): Generator<void> {
    return this.applySteps(batch, -1);
  }

  private *applySteps(batch: GraphBatch, sign: number): Generator<void> {
    const tasks = new Map<string, TaskUnits>();
    yield* dutySteps(batch, tasks);
    // A step is STEP_ITEMS units and unit pairs, not tasks: 512 tasks of a few units each made a step of ~30k map
    // updates (with a string key per pair), 100 ms and more of one turn with the GC it caused.
    let work = 0;
    for (const [task, units] of tasks) {
      work += units.size + (units.size * (units.size - 1)) / 2;
      if (work >= STEP_ITEMS) {
        work = 0;
        yield;
      }
      if (sign > 0) this.tasks.set(task, { leads: leadsOf(units), units: units.size });
      else this.tasks.delete(task);
      for (const [unit, roles] of units) bumpIn(this.load, unit, roles, sign);
      const ids = [...units.keys()].sort();
      for (let i = 0; i < ids.length; i += 1) {
        for (let j = i + 1; j < ids.length; j += 1) this.pair(ids[i], ids[j], sign);
      }
    }
    yield* this.entitySteps(batch, tasks, sign);
  }

  /** A task's units count once for each entity it mentions (a task, and so its duties, is one document's). */
  private *entitySteps(batch: GraphBatch, tasks: Map<string, TaskUnits>, sign: number): Generator<void> {
    let n = 0;
    const projects = new Set<string>();
    for (const node of batch.nodes) if (node.label === 'Project' || node.label === 'Corridor') projects.add(node.id);
    yield;
    const mentions = new Map<string, Set<string>>();
    yield* mentionSteps(batch, mentions);
    for (const [task, entities] of mentions) {
      if (++n % STEP_ITEMS === 0) yield;
      // The pairs in the order of the full entity × entity walk, without walking the non-projects as `other`.
      let others: string[] | null = null;
      for (const e of entities) if (projects.has(e)) (others ??= []).push(e);
      if (others) for (const entity of entities) for (const other of others) if (other !== entity) this.coMention(entity, other, sign);
      const units = tasks.get(task);
      if (!units) continue;
      for (const entity of entities) {
        const loads = this.entityLoads.get(entity) ?? new Map<string, Load>();
        for (const [unit, roles] of units) bumpIn(loads, unit, roles, sign);
        if (loads.size === 0) this.entityLoads.delete(entity);
        else if (!this.entityLoads.has(entity)) this.entityLoads.set(entity, loads);
      }
    }
  }

  private coMention(entity: string, other: string, sign: number): void {
    let counts = this.coCounts.get(entity);
    if (!counts) this.coCounts.set(entity, counts = new Map<string, number>());
    const count = (counts.get(other) ?? 0) + sign;
    if (count === 0) counts.delete(other);
    else counts.set(other, count);
    if (counts.size === 0) this.coCounts.delete(entity);
  }

  private pair(a: string, b: string, sign: number): void {
    const key = `${a}\u0000${b}`;
    let pair = this.pairs.get(key);
    if (!pair) this.pairs.set(key, pair = { a, b, shared: 0 });
    pair.shared += sign;
    if (pair.shared === 0) this.pairs.delete(key);
  }

  /** Lead ids and distinct unit count of a task (none when no unit holds a duty on it). */
  duties(taskId: string): TaskDuties {
    return this.tasks.get(taskId) ?? { leads: [], units: 0 };
  }

  workload(unit: (id: string) => UnitRef): WorkloadRow[] {
    return [...this.load].map(([id, l]) => ({ unit: unit(id), ...l }));
  }

  /** Per unit: distinct tasks (and per role) among the tasks mentioning `entityId`, as entityUnits counts them. */
  entityUnits(entityId: string, unit: (id: string) => UnitRef): WorkloadRow[] {
    return [...(this.entityLoads.get(entityId) ?? [])].map(([id, l]) => ({ unit: unit(id), ...l }));
  }

  /** Projects and corridors mentioned with `entityId` in a task, with how many distinct tasks. */
  coMentions(entityId: string, entity: (id: string) => EntityRef): CoMentionRow[] {
    return [...(this.coCounts.get(entityId) ?? [])].map(([id, shared]) => ({ entity: entity(id), shared }));
  }

  /** How many distinct tasks mention both `entityId` and the project or corridor `other`. */
  coMentionCount(entityId: string, other: string): number {
    return this.coCounts.get(entityId)?.get(other) ?? 0;
  }

  unitPairs(unit: (id: string) => UnitRef): PairRow[] {
    return [...this.pairs.values()].map((p) => ({ a: unit(p.a), b: unit(p.b), shared: p.shared }));
  }
}

/** Workload of one document, from its batch alone. */
export function documentWorkload(batch: GraphBatch, unit: (id: string) => UnitRef): WorkloadRow[] {
  const loads = new Map<string, Load>();
  for (const units of taskDuties(batch).values()) {
    for (const [id, roles] of units) {
      const load = loads.get(id) ?? { lead: 0, support: 0, responsible: 0, total: 0 };
      bump(load, roles, 1);
      loads.set(id, load);
    }
  }
  return [...loads].map(([id, l]) => ({ unit: unit(id), ...l }));
}

/** Workloads of several documents added up: a task belongs to one document, so distinct counts add. */
export function sumWorkloads(perDocument: WorkloadRow[][]): WorkloadRow[] {
  const sums = new Map<string, WorkloadRow>();
  for (const row of perDocument.flat()) {
    const sum = sums.get(row.unit.id);
    if (!sum) sums.set(row.unit.id, { ...row });
    else for (const key of ['lead', 'support', 'responsible', 'total'] as const) sum[key] += row[key];
  }
  return [...sums.values()];
}

/** Tasks without a lead, Task|Sections with several leads or ≥ threshold units. */
export function gapRows(
  tasks: Iterable<GraphNode>,
  duties: (taskId: string) => TaskDuties,
  node: (id: string) => GraphNode,
  crowdedThreshold: number,
): GapRow[] {
  const rows: GapRow[] = [];
  for (const task of tasks) {
    const { leads, units } = duties(task.id);
    const gap = (task.label === 'Task' && leads.length === 0) || leads.length >= 2 || units >= crowdedThreshold;
    if (gap) rows.push({ task: taskRow(task), leads: leads.map((id) => unitRef(node(id))), units });
  }
  return rows;
}
