// Narrow an answer to the documents in scope by each item's docId: right even where the server does not take the scope yet.
//
// Every item the catalogue returns names its document (docId on tasks, hits and targets; evidence.docId on
// edges). Units, places and other shared nodes belong to no single document: they stay when something in
// scope still reaches them. After the server honours the scope this is a no-op on its already-narrowed answer.
import type { GraphEdge, GraphNode } from '../../graph/model.ts';
import type { QueryName, QueryOutput } from './api.ts';

type Graph = { nodes: GraphNode[]; edges: GraphEdge[] };
type DocIds = ReadonlySet<string>;

function nodeDoc(node: Pick<GraphNode, 'id' | 'label' | 'properties'>): string | null {
  if (node.label === 'Document') return node.id;
  const docId = node.properties?.docId;
  return typeof docId === 'string' ? docId : null;
}

function edgeDoc(edge: GraphEdge): string | null {
  const evidence = edge.properties.evidence as { docId?: unknown } | undefined;
  if (typeof evidence?.docId === 'string') return evidence.docId;
  const docId = edge.properties.docId;
  return typeof docId === 'string' ? docId : null;
}

/** Drop nodes and edges of other documents; with `dropLoose`, shared nodes nothing in scope reaches go too. */
export function narrowGraph<G extends Graph>(graph: G, docs: DocIds, dropLoose = false, keep?: string): G {
  const inDoc = (id: string | null) => id === null || docs.has(id);
  let nodes = graph.nodes.filter((n) => inDoc(nodeDoc(n)));
  const present = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => inDoc(edgeDoc(e)) && present.has(e.source) && present.has(e.target));
  if (dropLoose) {
    const reached = new Set(edges.flatMap((e) => [e.source, e.target]));
    nodes = nodes.filter((n) => nodeDoc(n) !== null || reached.has(n.id) || n.id === keep);
  }
  return { ...graph, nodes, edges };
}

const page = <T>(p: { items: T[]; total: number; truncated: boolean }, keep: (item: T) => boolean) => {
  const items = p.items.filter(keep);
  return { ...p, items, total: p.total - (p.items.length - items.length) };
};

type Narrowers = { [N in QueryName]?: (out: QueryOutput<N>, docs: DocIds) => QueryOutput<N> };

const inScope = (docs: DocIds) => (item: { docId: string | null }) => item.docId === null || docs.has(item.docId);

const NARROWERS: Narrowers = {
  search: (out, docs) => ({ ...out, hits: page(out.hits, inScope(docs)) }),
  unitTasks: (out, docs) => ({ ...out, tasks: page(out.tasks, inScope(docs)) }),
  sharedTasks: (out, docs) => ({ ...out, tasks: page(out.tasks, inScope(docs)) }),
  entityTasks: (out, docs) => ({ ...out, tasks: page(out.tasks, inScope(docs)) }),
  targets: (out, docs) => ({ ...out, targets: page(out.targets, (t) => docs.has(t.target.docId)) }),
  unitPartners: (out, docs) => ({
    ...out,
    partners: page(out.partners, (p) => p.tasks.some(inScope(docs))),
  }),
  overlaps: (out, docs) => {
    // A pair's shared tasks are recounted over the tasks in scope; pairs that share none there go.
    const items = out.pairs.items.map((p) => {
      const tasks = p.tasks.filter(inScope(docs));
      return { ...p, tasks, shared: tasks.length === p.tasks.length ? p.shared : tasks.length };
    });
    return { ...out, pairs: page({ ...out.pairs, items }, (p) => p.shared > 0) };
  },
  accountabilityGaps: (out, docs) => ({
    noLead: page(out.noLead, inScope(docs)), multiLead: page(out.multiLead, inScope(docs)), crowded: page(out.crowded, inScope(docs)),
  }),
  neighborhood: (out, docs) => narrowGraph(out, docs),
  shortestPath: (out, docs) => {
    const narrowed = narrowGraph(out, docs);
    // A path that crosses a document out of scope is no path in scope.
    return narrowed.edges.length === out.edges.length ? out : { found: false, length: 0, nodes: [], edges: [] };
  },
};

/** The catalogue answer narrowed to `docs` (null: no scope, unchanged). */
export function narrowOutput<N extends QueryName>(name: N, out: QueryOutput<N>, docs: DocIds | null): QueryOutput<N> {
  const narrow = NARROWERS[name] as ((o: QueryOutput<N>, d: DocIds) => QueryOutput<N>) | undefined;
  return docs && narrow ? narrow(out, docs) : out;
}

/** Each unit's duties counted over a scoped graph (the workload query's shape), busiest first. */
export function workloadOf(graph: Graph, limit: number): QueryOutput<'workload'> {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const rows = new Map<string, { lead: number; support: number; responsible: number; tasks: Set<string> }>();
  const field = { LEADS: 'lead', SUPPORTS: 'support', RESPONSIBLE_FOR: 'responsible' } as const;
  for (const e of graph.edges) {
    const role = field[e.type as keyof typeof field];
    if (!role) continue;
    const row = rows.get(e.source) ?? { lead: 0, support: 0, responsible: 0, tasks: new Set<string>() };
    row[role] += 1;
    row.tasks.add(e.target);
    rows.set(e.source, row);
  }
  const items = [...rows].map(([id, r]) => ({
    unit: { id, label: 'Unit' as const, name: names.get(id) ?? id }, lead: r.lead, support: r.support, responsible: r.responsible, total: r.tasks.size,
  })).sort((a, b) => b.total - a.total || a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
  return { units: { items: items.slice(0, limit), total: items.length, truncated: items.length > limit } };
}
