// A RowSource seen through a scope: any store's rows kept to what a set of documents makes visible (scope.ts).
//
// The reference meaning of a scoped row source, written as a filter over the whole graph's rows. Every store
// pushes the scope into its own reads instead (the memory store into its indexes, Neo4j into the Cypher as
// `$docs`) and must give the same answers: test/graph/catalogue/scope.test.ts checks the memory store against
// this filter, test/graph/store/neo4j-scope.ts the Neo4j store. A new store can start from it.
import type { EntityLabel, GraphEdge, GraphNode, NodeLabel } from '../model.ts';
import type {
  DutyRow, DutyScope, GapRow, LinkRow, MentionRow, PairRow, RowSource, SearchRow, StatsRow, TargetFilter, TargetRow, TouchRow,
  WorkloadRow,
} from './rows.ts';
import type { DocumentSummary, EntityRef, NodeRef, UnitInfo } from './schemas.ts';
import { edgeOwnerVisible, nodeVisible } from './scope.ts';

/** Workload rows from duty rows: distinct tasks per role and in all, per unit. */
function workloadOf(rows: readonly DutyRow[]): WorkloadRow[] {
  const units = new Map<string, { row: DutyRow; tasks: Map<string, Set<string>> }>();
  for (const row of rows) {
    const entry = units.get(row.unit.id) ?? { row, tasks: new Map() };
    units.set(row.unit.id, entry);
    entry.tasks.set(row.task.id, (entry.tasks.get(row.task.id) ?? new Set()).add(row.role));
  }
  return [...units.values()].map(({ row, tasks }) => {
    const count = (role: string) => [...tasks.values()].filter((roles) => roles.has(role)).length;
    return { unit: row.unit, lead: count('lead'), support: count('support'), responsible: count('responsible'), total: tasks.size };
  });
}

/** Unit pairs from duty rows: distinct shared tasks per unordered pair, a.id < b.id. */
export function pairsOf(rows: readonly DutyRow[]): PairRow[] {
  const byTask = new Map<string, Map<string, DutyRow['unit']>>();
  for (const row of rows) byTask.set(row.task.id, (byTask.get(row.task.id) ?? new Map()).set(row.unit.id, row.unit));
  const pairs = new Map<string, PairRow>();
  for (const units of byTask.values()) {
    const list = [...units.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const key = `${list[i].id}\u0000${list[j].id}`;
        const pair = pairs.get(key) ?? { a: list[i], b: list[j], shared: 0 };
        pair.shared += 1;
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()];
}

export class ScopedRows implements RowSource {
  constructor(
    private readonly base: RowSource,
    private readonly docs: ReadonlySet<string>,
    private readonly countVisible: () => Promise<StatsRow>,
  ) {}

  private readonly inDocs = <T extends { task: { docId: string } }>(rows: T[]): T[] => rows.filter((r) => this.docs.has(r.task.docId));

  /** The visible ones of some node ids (refs carry no owner, so the full nodes are read). */
  private async visibleIds(ids: Iterable<string>): Promise<Set<string>> {
    const nodes = await this.base.nodes([...new Set(ids)]);
    return new Set(nodes.filter((n) => nodeVisible(n, this.docs)).map((n) => n.id));
  }

  /** A narrower scope: the store's own scoped source for the documents in both. */
  within(docIds: ReadonlySet<string>): RowSource {
    return this.base.within(new Set([...docIds].filter((d) => this.docs.has(d))));
  }

  async resolveUnits(term: string): Promise<UnitInfo[]> {
    const units = await this.base.resolveUnits(term);
    const visible = await this.visibleIds(units.map((u) => u.id));
    return units.filter((u) => visible.has(u.id));
  }

  async resolveEntities(label: EntityLabel, term: string): Promise<EntityRef[]> {
    const refs = await this.base.resolveEntities(label, term);
    const visible = await this.visibleIds(refs.map((r) => r.id));
    return refs.filter((r) => visible.has(r.id));
  }

  async resolveNodes(term: string): Promise<NodeRef[]> {
    const refs = await this.base.resolveNodes(term);
    const visible = await this.visibleIds(refs.map((r) => r.id));
    return refs.filter((r) => visible.has(r.id));
  }

  async dutiesOfUnits(unitIds: string[]): Promise<DutyRow[]> {
    return this.inDocs(await this.base.dutiesOfUnits(unitIds));
  }

  async dutiesOnTasksOf(unitIds: string[]): Promise<DutyRow[]> {
    return this.inDocs(await this.base.dutiesOnTasksOf(unitIds));
  }

  async scopedDuties(scope: DutyScope): Promise<DutyRow[]> {
    return this.inDocs(await this.base.scopedDuties(scope));
  }

  async mentionsOf(entityIds: string[]): Promise<MentionRow[]> {
    return this.inDocs(await this.base.mentionsOf(entityIds));
  }

  async touchesOf(entityIds: string[]): Promise<TouchRow[]> {
    return (await this.base.touchesOf(entityIds)).filter((r) => this.docs.has(r.evidence.docId));
  }

  async mentionsInTasks(taskIds: string[], labels: EntityLabel[]): Promise<MentionRow[]> {
    return this.inDocs(await this.base.mentionsInTasks(taskIds, labels));
  }

  async dutiesOnTasks(taskIds: string[]): Promise<DutyRow[]> {
    return this.inDocs(await this.base.dutiesOnTasks(taskIds));
  }

  async workload(docId?: string): Promise<WorkloadRow[]> {
    if (docId !== undefined && !this.docs.has(docId)) return [];
    return docId !== undefined ? this.base.workload(docId) : workloadOf(await this.scopedDuties({}));
  }

  async gaps(docId: string | undefined, crowdedThreshold: number): Promise<GapRow[]> {
    return this.inDocs(await this.base.gaps(docId, crowdedThreshold));
  }

  async targets(filter: TargetFilter): Promise<TargetRow[]> {
    return (await this.base.targets(filter)).filter((r) => this.docs.has(r.target.docId));
  }

  async links(ids: string[]): Promise<LinkRow[]> {
    const rows = await this.base.links(ids);
    const ends = new Set([...ids, ...rows.map((r) => r.other.id)]);
    const [visible, edges] = await Promise.all([this.visibleIds(ends), this.base.edgesAmong([...ends])]);
    const owned = new Set(edges.filter((e) => edgeOwnerVisible(e, this.docs)).map((e) => e.id));
    return rows.filter((r) => visible.has(r.from) && visible.has(r.other.id) && owned.has(r.edge.id));
  }

  async nodes(ids: string[]): Promise<GraphNode[]> {
    return (await this.base.nodes(ids)).filter((n) => nodeVisible(n, this.docs));
  }

  async edgesAmong(ids: string[]): Promise<GraphEdge[]> {
    const visible = await this.visibleIds(ids);
    return (await this.base.edgesAmong([...visible])).filter((e) => edgeOwnerVisible(e, this.docs));
  }

  async searchCandidates(text: string, labels?: NodeLabel[]): Promise<SearchRow[]> {
    const rows = await this.base.searchCandidates(text, labels);
    const visible = await this.visibleIds(rows.filter((r) => r.docId === null).map((r) => r.node.id));
    return rows.filter((r) => (r.docId === null ? visible.has(r.node.id) : this.docs.has(r.docId)));
  }

  async unitPairs(): Promise<PairRow[]> {
    return pairsOf(await this.scopedDuties({}));
  }

  /** Counting visible nodes and edges takes the store's own reads (a whole-graph count per label and type). */
  stats(): Promise<StatsRow> {
    return this.countVisible();
  }

  async documents(): Promise<DocumentSummary[]> {
    return (await this.base.documents()).filter((d) => this.docs.has(d.id));
  }
}
