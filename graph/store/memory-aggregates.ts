// Aggregate rows (workload, gaps, unit pairs) computed from duty edges, as the row contract defines them.
import type { GapRow, PairRow, WorkloadRow } from '../catalogue/rows.ts';
import { ROLE_OF } from '../catalogue/order.ts';
import type { UnitRef } from '../catalogue/schemas.ts';
import type { DutyType, GraphEdge, GraphNode } from '../model.ts';
import { taskRow, unitRef } from './memory-refs.ts';

interface Load {
  lead: Set<string>;
  support: Set<string>;
  responsible: Set<string>;
  all: Set<string>;
}

/** Distinct tasks per unit and role; total = distinct tasks over all roles. */
export function workloadRows(dutyEdges: Iterable<GraphEdge>, unit: (id: string) => UnitRef): WorkloadRow[] {
  const loads = new Map<string, Load>();
  for (const e of dutyEdges) {
    const load = loads.get(e.source) ?? { lead: new Set(), support: new Set(), responsible: new Set(), all: new Set() };
    load[ROLE_OF[e.type as DutyType]].add(e.target);
    load.all.add(e.target);
    loads.set(e.source, load);
  }
  return [...loads].map(([id, l]) => ({
    unit: unit(id), lead: l.lead.size, support: l.support.size, responsible: l.responsible.size, total: l.all.size,
  }));
}

/** Tasks without a lead, Task|Sections with several leads or ≥ threshold units. */
export function gapRows(
  tasks: GraphNode[],
  duties: (taskId: string) => GraphEdge[],
  node: (id: string) => GraphNode,
  crowdedThreshold: number,
): GapRow[] {
  const rows: GapRow[] = [];
  for (const task of tasks) {
    const edges = duties(task.id);
    const leads = new Set(edges.filter((e) => e.type === 'LEADS').map((e) => e.source));
    const units = new Set(edges.map((e) => e.source)).size;
    const gap = (task.label === 'Task' && leads.size === 0) || leads.size >= 2 || units >= crowdedThreshold;
    if (gap) rows.push({ task: taskRow(task), leads: [...leads].map((id) => unitRef(node(id))), units });
  }
  return rows;
}

/** Unordered pairs of distinct units sharing tasks, a.id < b.id, shared = distinct tasks. */
export function unitPairRows(tasks: GraphNode[], duties: (taskId: string) => GraphEdge[], unit: (id: string) => UnitRef): PairRow[] {
  const pairs = new Map<string, { a: string; b: string; shared: number }>();
  for (const task of tasks) {
    const ids = [...new Set(duties(task.id).map((e) => e.source))].sort();
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        const pair = pairs.get(key) ?? { a: ids[i], b: ids[j], shared: 0 };
        pair.shared += 1;
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].map((p) => ({ a: unit(p.a), b: unit(p.b), shared: p.shared }));
}
