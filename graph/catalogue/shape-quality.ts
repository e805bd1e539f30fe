// Whole-graph queries (accountabilityGaps, stats, documents): fetch rows, then classify and order in pure code.
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel } from '../model.ts';
import type { QueryOutput, QueryParams } from './catalogue.ts';
import { compareNumbersDesc, compareRefs, compareStrings, compareTasks, mapPage, paginate, taskRef, uniqueById } from './order.ts';
import type { GapRow, RowSource, StatsRow } from './rows.ts';
import type { DocumentSummary } from './schemas.ts';

/**
 * noLead: Task nodes without a LEADS edge, in document order (units = how many units hold any duty, 0 = nobody).
 * multiLead: Task|Section with ≥2 leads, by lead count desc then document order.
 * crowded: Task|Section with units ≥ threshold, by units desc then document order.
 */
function shapeGaps(p: QueryParams<'accountabilityGaps'>, rows: GapRow[]): QueryOutput<'accountabilityGaps'> {
  const unique = [...new Map(rows.map((r) => [r.task.id, r])).values()]
    .filter((r) => p.docId === undefined || r.task.docId === p.docId)
    .map((r) => ({ ...r, leads: uniqueById(r.leads).sort(compareRefs) }));
  const noLead = unique.filter((r) => r.task.label === 'Task' && r.leads.length === 0);
  const multiLead = unique.filter((r) => r.leads.length >= 2);
  const crowded = unique.filter((r) => r.units >= p.crowdedThreshold);
  const byTask = (a: GapRow, b: GapRow) => compareTasks(a.task, b.task);
  return {
    noLead: mapPage(paginate(noLead, byTask, p.limit), (r) => ({ ...taskRef(r.task), units: r.units })),
    multiLead: mapPage(
      paginate(multiLead, (a, b) => compareNumbersDesc(a.leads.length, b.leads.length) || byTask(a, b), p.limit),
      (r) => ({ ...taskRef(r.task), leads: r.leads }),
    ),
    crowded: mapPage(
      paginate(crowded, (a, b) => compareNumbersDesc(a.units, b.units) || byTask(a, b), p.limit),
      (r) => ({ ...taskRef(r.task), units: r.units }),
    ),
  };
}

export async function executeGaps(src: RowSource, p: QueryParams<'accountabilityGaps'>): Promise<QueryOutput<'accountabilityGaps'>> {
  return shapeGaps(p, await src.gaps(p.docId, p.crowdedThreshold));
}

/** Every label and type appears, zero when absent, in the model's fixed order. */
function shapeStats(row: StatsRow): QueryOutput<'stats'> {
  const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, row.nodes[l] ?? 0])) as Record<NodeLabel, number>;
  const edges = Object.fromEntries(EDGE_TYPES.map((t) => [t, row.edges[t] ?? 0])) as Record<EdgeType, number>;
  return { documents: row.documents, nodes, edges, warnings: row.warnings };
}

export async function executeStats(src: RowSource): Promise<QueryOutput<'stats'>> {
  return shapeStats(await src.stats());
}

/** Documents by title, then id. */
function sortDocuments(docs: readonly DocumentSummary[]): DocumentSummary[] {
  return uniqueById(docs).sort((a, b) => compareStrings(a.title, b.title) || compareStrings(a.id, b.id));
}

export async function executeDocuments(src: RowSource): Promise<QueryOutput<'documents'>> {
  return { documents: sortDocuments(await src.documents()) };
}
