// IMPLEMENTS links in the `policy-graph/v1` export: decided links written as edges, and read back as decisions.
//
// Only decided links (accepted, rejected) are written: they are the reviewers' work and must travel between
// stores; suggestions are recomputed by `align` from the tasks themselves, whichever store holds them.
import { AppError } from '../errors.ts';
import { EXPORT_FORMAT, type GraphEdge, type GraphExport, type GraphNode } from '../model.ts';
import { documentKey, linkDecisionSchema, linkId, type LinkDecision, type TaskKey } from './decisions.ts';
import type { AlignmentLink } from './schemas.ts';
import type { DocView } from './task-view.ts';

const LINK_EDGE_TYPE = 'IMPLEMENTS';

interface LinkEdge {
  id: string;
  type: typeof LINK_EDGE_TYPE;
  source: string;
  target: string;
  properties: Pick<AlignmentLink, 'score' | 'method' | 'status' | 'evidence'> & { note?: string; decidedAt: string };
}

/** An export that may carry IMPLEMENTS edges beside the model's edges. */
export type ExportWithLinks = Omit<GraphExport, 'edges'> & { edges: (GraphEdge | LinkEdge)[] };

type AlignPair = (lower: DocView, higher: DocView, decisions: ReadonlyMap<string, LinkDecision>) => AlignmentLink[];

/** The decided links whose two tasks are loaded, as edges scored as `align` scores them now; one edge per id. */
export function decidedLinkEdges(docs: readonly DocView[], decisions: ReadonlyMap<string, LinkDecision>, align: AlignPair): LinkEdge[] {
  const byKey = new Map<string, DocView[]>();
  for (const d of [...docs].sort((a, b) => (a.id < b.id ? -1 : 1))) byKey.set(documentKey(d), [...(byKey.get(documentKey(d)) ?? []), d]);
  const pairs = new Map<string, [string, string]>();
  for (const d of decisions.values()) pairs.set(`${d.lower.doc}\u0000${d.higher.doc}`, [d.lower.doc, d.higher.doc]);
  const edges = new Map<string, LinkEdge>();
  for (const [lowerKey, higherKey] of pairs.values()) {
    for (const lower of byKey.get(lowerKey) ?? []) {
      for (const higher of byKey.get(higherKey) ?? []) {
        for (const l of align(lower, higher, decisions)) {
          const d = decisions.get(l.id);
          if (!d || edges.has(l.id)) continue;
          edges.set(l.id, {
            id: l.id, type: LINK_EDGE_TYPE, source: l.source, target: l.target,
            properties: { score: l.score, method: l.method, status: d.status, evidence: l.evidence, decidedAt: d.decidedAt, ...(d.note ? { note: d.note } : {}) },
          });
        }
      }
    }
  }
  return [...edges.values()];
}

function badExport(source: string, problem: string): AppError {
  return new AppError('BAD_INPUT', `${source}: 不是有效的 ${EXPORT_FORMAT} 导出 / not a usable ${EXPORT_FORMAT} export: ${problem}`, {
    source, hint: 'Nothing was written. Give the JSON file written by `policy-graph export --format json`.',
  });
}

/**
 * The decisions an export carries (its accepted and rejected IMPLEMENTS edges), keyed by the export's own document
 * titles and task paths, so they apply to whatever version of those plans the receiving store holds.
 */
export function decisionsFromExport(data: unknown, source: string): LinkDecision[] {
  const graph = data as Partial<ExportWithLinks> | null;
  if (!graph || graph.format !== EXPORT_FORMAT || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw badExport(source, `expected {"format": "${EXPORT_FORMAT}", "nodes": [...], "edges": [...]}`);
  }
  const nodes = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
  const out: LinkDecision[] = [];
  for (const e of graph.edges) {
    if (e.type !== LINK_EDGE_TYPE || (e.properties.status !== 'accepted' && e.properties.status !== 'rejected')) continue;
    const lower = keyOf(nodes, e.source);
    const higher = keyOf(nodes, e.target);
    if (!lower || !higher) throw badExport(source, `IMPLEMENTS edge ${e.id} names a task (with its document) the export does not hold`);
    const decision = linkDecisionSchema.safeParse({
      id: linkId(lower, higher), status: e.properties.status, lower, higher,
      decidedAt: typeof e.properties.decidedAt === 'string' ? e.properties.decidedAt : new Date(0).toISOString(),
      ...(typeof e.properties.note === 'string' && e.properties.note ? { note: e.properties.note } : {}),
    });
    if (!decision.success) throw badExport(source, `IMPLEMENTS edge ${e.id}: ${decision.error.issues[0]?.message}`);
    out.push(decision.data);
  }
  return out;
}

function keyOf(nodes: ReadonlyMap<string, GraphNode>, id: string): TaskKey | null {
  const task = nodes.get(id);
  const docId = task?.properties.docId;
  const doc = typeof docId === 'string' ? nodes.get(docId) : undefined;
  const path = task?.properties.path;
  if (!doc || doc.label !== 'Document' || typeof path !== 'string' || !path) return null;
  return { doc: documentKey({ title: doc.name }), path, docId: doc.id };
}
