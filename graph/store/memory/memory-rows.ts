// The memory store's RowSource: each row-contract method answered from the in-memory indexes.
import { DUTY_OF, compareCoMentions, compareTasks, pathUnder } from '../../catalogue/order.ts';
import type {
  CoMentionPage, CoMentionRow, DutyRow, DutyScope, GapRow, LinkRow, MentionRow, PairRow, RowSource, SearchRow, StatsRow, TargetFilter, TargetRow,
  TaskRow, TouchRow, WorkloadRow,
} from '../../catalogue/rows.ts';
import type { DocumentSummary, EntityRef, NodeRef, TargetInfo, UnitInfo } from '../../catalogue/schemas.ts';
import { targetMatches } from '../../catalogue/shape-entities.ts';
import { DUTY_TYPES, type EntityLabel, type GraphEdge, type GraphNode, type NodeLabel } from '../../model.ts';
import type { MemoryIndex, StoredDocument } from './memory-index.ts';
import { rowOf, scoredHere, SearchText, TopHits } from './memory-search.ts';
import { adjacencyOf } from './memory-adjacency.ts';
import type { Adjacency } from '../../catalogue/adjacency.ts';
import {
  dutyRow, entityRef, evidenceOrNull, mentionRow, nodeRef, targetInfo, taskRow, touchRow, unitInfo, unitRef,
} from '../batch/row-refs.ts';
import { documentWorkload, gapRows, sumWorkloads } from './memory-aggregates.ts';
import { scopeStats, visibleEdge, visibleNode } from './memory-scope.ts';
import { pairsOf } from '../../catalogue/scope-rows.ts';
import { isDutyType } from '../batch/batch-schema.ts';


/** An entity's MENTIONS edges by their task in compareTasks' order (a task's edges side by side), and the tasks' ids. */
interface EntityTasks {
  edges: GraphEdge[];
  tasks: Set<string>;
}

class RowCache {
  /**
   * A node's ref, one per node (a shared node's merged name may change with any write, hence per version). Duty and
   * mention rows are built per query around these: kept per edge, every new input's rows outlived the query, grew
   * the old generation and brought a major GC's marking into the runs (the catalogue's p99 at 1,000 documents).
   */
  readonly refs = new Map<string, NodeRef>();
  readonly linksOut = new WeakMap<GraphEdge, LinkRow>();
  readonly linksIn = new WeakMap<GraphEdge, LinkRow>();
  readonly search = new WeakMap<GraphNode, SearchRow>();
  /** A target's info, tested against every targets query's filter (tens of thousands at 1,000 documents). */
  readonly targets = new WeakMap<GraphNode, TargetInfo>();
  /** Per entity: its kept counts as rows, co-mentions in compareCoMentions' order (a place in thousands of plans meets thousands of projects and units). */
  readonly coMentions = new Map<string, CoMentionRow[]>();
  readonly entityUnits = new Map<string, WorkloadRow[]>();
  /** Per entity: its MENTIONS edges in their tasks' order and the ids of those tasks (entityTasks' page and co-mentions). */
  readonly mentionOrder = new Map<string, EntityTasks>();
  /** The whole graph's workload rows (one per unit with a duty: thousands, each with its unit's ref). */
  workload: WorkloadRow[] | null = null;

  constructor(readonly version: number) {}
}

/**
 * Rows share objects with the index (no copies): the catalogue's shaping only reads rows, and
 * MemoryGraphStore.run copies every answer before it leaves the store.
 */
export class MemoryRowSource implements RowSource {
  /**
   * `docs`: the scope (null = every document); a scoped source reads only those documents' batches and
   * drops index entries they do not make visible (graph/catalogue/scope.ts). `root` keeps the caches.
   */
  constructor(
    private readonly index: MemoryIndex,
    private readonly docs: ReadonlySet<string> | null = null,
    private readonly root: MemoryRowSource | null = null,
  ) {}

  within(docIds: ReadonlySet<string>): RowSource {
    const docs = this.docs ? new Set([...docIds].filter((d) => this.docs?.has(d))) : docIds;
    return new MemoryRowSource(this.index, docs, this.root ?? this);
  }

  private readonly node = (id: string): GraphNode => this.index.nodes.get(id) as GraphNode;

  private readonly visible = (id: string): boolean => this.docs === null || visibleNode(this.index, this.docs, id);

  private readonly edgeVisible = (e: GraphEdge): boolean => this.docs === null || visibleEdge(this.index, this.docs, e);

  /** The stored documents in scope. */
  private scopeDocs(): StoredDocument[] {
    if (this.docs === null) return [...this.index.docs.values()];
    return [...this.docs].flatMap((id) => this.index.docs.get(id) ?? []);
  }

  private inScope(docId: string): boolean {
    return this.docs === null || this.docs.has(docId);
  }

  /** Nodes answering to `term` by id, name or alias. */
  private matching(term: string, labels?: readonly NodeLabel[]): GraphNode[] {
    const ids = new Set(this.index.idsNamed(term));
    if (this.index.nodes.has(term)) ids.add(term);
    return [...ids].filter(this.visible).map(this.node).filter((n) => !labels || labels.includes(n.label));
  }

  /** Task/Section nodes of one document, or of all documents (in scope). */
  private tasks(docId?: string): GraphNode[] {
    if (docId !== undefined) {
      const doc = this.inScope(docId) ? this.index.docs.get(docId) : undefined;
      return doc ? doc.batch.nodes.filter((n) => n.label === 'Task' || n.label === 'Section').map((n) => this.node(n.id)) : [];
    }
    if (this.docs !== null) return this.scopeDocs().flatMap((d) => this.tasks(d.docId));
    return ['Task', 'Section'].flatMap((l) => [...(this.index.byLabel.get(l as NodeLabel) ?? [])].map(this.node));
  }

  async resolveUnits(term: string): Promise<UnitInfo[]> {
    return this.matching(term, ['Unit']).map(unitInfo);
  }

  async resolveEntities(label: EntityLabel, term: string): Promise<EntityRef[]> {
    return this.matching(term, [label]).map(entityRef);
  }

  async resolveNodes(term: string): Promise<NodeRef[]> {
    return this.matching(term).map(nodeRef);
  }

  async dutiesOfUnits(unitIds: string[]): Promise<DutyRow[]> {
    const rows: DutyRow[] = [];
    for (const id of unitIds) for (const e of this.index.outList(id)) if (isDutyType(e.type) && this.edgeVisible(e)) rows.push(this.duty(e));
    return rows;
  }

  async dutiesOnTasksOf(unitIds: string[]): Promise<DutyRow[]> {
    const taskIds = new Set(unitIds.flatMap((id) => this.index.outEdges(id, DUTY_TYPES).filter(this.edgeVisible).map((e) => e.target)));
    return this.dutiesOnTasks([...taskIds]);
  }

  async dutiesOnTasks(taskIds: string[]): Promise<DutyRow[]> {
    // One loop over the index's own lists: a place named in thousands of tasks reads tens of thousands of edges.
    const rows: DutyRow[] = [];
    for (const id of taskIds) {
      for (const e of this.index.inList(id)) if (isDutyType(e.type) && this.edgeVisible(e)) rows.push(this.duty(e));
    }
    return rows;
  }

  async scopedDuties(scope: DutyScope): Promise<DutyRow[]> {
    const types = scope.role ? [DUTY_OF[scope.role]] : DUTY_TYPES;
    let edges: GraphEdge[];
    if (scope.entityId !== undefined) {
      const taskIds = new Set(this.index.inEdges(scope.entityId, ['MENTIONS']).map((e) => e.source));
      edges = [...taskIds].flatMap((id) => this.index.inEdges(id, types)).filter(this.edgeVisible);
    } else if (scope.docId !== undefined || this.docs !== null) {
      edges = this.tasks(scope.docId).flatMap((t) => this.index.inEdges(t.id, types));
    } else {
      edges = types.flatMap((t) => [...(this.index.byType.get(t) ?? [])]);
    }
    const rows = edges.map(this.duty);
    return scope.pathPrefix === undefined ? rows : rows.filter((r) => pathUnder(r.task.path, scope.pathPrefix as string));
  }

  async mentionsOf(entityIds: string[]): Promise<MentionRow[]> {
    const rows: MentionRow[] = [];
    for (const id of entityIds) for (const e of this.index.inList(id)) if (e.type === 'MENTIONS' && this.edgeVisible(e)) rows.push(this.mention(e));
    return rows;
  }

  async touchesOf(entityIds: string[]): Promise<TouchRow[]> {
    const edges = new Map<string, GraphEdge>();
    for (const id of entityIds) {
      for (const e of [...this.index.outEdges(id, ['TOUCHES']), ...this.index.inEdges(id, ['TOUCHES'])]) if (this.edgeVisible(e)) edges.set(e.id, e);
    }
    return [...edges.values()].map((e) => touchRow(e, this.node));
  }

  async mentionsInTasks(taskIds: string[], labels: EntityLabel[]): Promise<MentionRow[]> {
    const rows: MentionRow[] = [];
    const wanted = labels as readonly NodeLabel[];
    for (const id of taskIds) {
      for (const e of this.index.outList(id)) {
        if (e.type === 'MENTIONS' && wanted.includes(this.node(e.target).label) && this.edgeVisible(e)) rows.push(this.mention(e));
      }
    }
    return rows;
  }

  async workload(docId?: string): Promise<WorkloadRow[]> {
    const unit = (id: string) => unitRef(this.node(id));
    if (docId === undefined && this.docs === null) {
      const cache = this.rowCache();
      return (cache.workload ??= this.index.aggregates.workload(unit));
    }
    if (docId === undefined) return sumWorkloads(this.scopeDocs().map((d) => documentWorkload(d.batch, unit)));
    const doc = this.inScope(docId) ? this.index.docs.get(docId) : undefined;
    return doc ? documentWorkload(doc.batch, unit) : [];
  }

  /** Unscoped only: a scope narrows which tasks count, and the store keeps the whole graph's counts. */
  async entityUnitCounts(entityId: string): Promise<WorkloadRow[] | null> {
    if (this.docs !== null) return null;
    const cache = this.rowCache().entityUnits;
    let rows = cache.get(entityId);
    if (!rows) cache.set(entityId, (rows = this.index.aggregates.entityUnits(entityId, (id) => unitRef(this.node(id)))));
    return rows;
  }

  /**
   * Unscoped only, as coMentionPage: the entity's MENTIONS edges are kept in their tasks' order per graph version, so a
   * page is the head of that list (a place in 900 plans has 2,420 of them; filtering them all was most of entityTasks).
   */
  async mentionPageOf(entityId: string, limit: number): Promise<{ rows: MentionRow[]; total: number } | null> {
    if (this.docs !== null) return null;
    const { edges, tasks } = this.entityTasks(entityId);
    const rows: MentionRow[] = [];
    let taken = 0;
    for (let i = 0; i < edges.length; i += 1) {
      if ((i === 0 || edges[i].source !== edges[i - 1].source) && ++taken > limit) break;
      rows.push(this.mention(edges[i]));
    }
    return { rows, total: tasks.size };
  }

  /** Built once per entity and graph version. */
  private entityTasks(entityId: string): EntityTasks {
    const cache = this.rowCache().mentionOrder;
    let kept = cache.get(entityId);
    if (kept) return kept;
    const keyed = this.index.inList(entityId).filter((e) => e.type === 'MENTIONS').map((e) => ({ e, task: taskRow(this.node(e.source)) }));
    keyed.sort((a, b) => compareTasks(a.task, b.task));
    const edges = keyed.map((k) => k.e);
    cache.set(entityId, (kept = { edges, tasks: new Set(edges.map((e) => e.source)) }));
    return kept;
  }

  /**
   * Unscoped only (a scope narrows which tasks count): the store's co-mention counts, ranked once per entity and graph
   * version; only the page's projects have their shared tasks read (a place in thousands of plans meets thousands).
   */
  async coMentionPage(entityId: string, limit: number, touching: string[]): Promise<CoMentionPage | null> {
    if (this.docs !== null) return null;
    const cache = this.rowCache().coMentions;
    let ranked = cache.get(entityId);
    if (!ranked) cache.set(entityId, (ranked = this.index.aggregates.coMentions(entityId, (id) => entityRef(this.node(id))).sort(compareCoMentions)));
    const counts = this.index.aggregates;
    return {
      rows: ranked.slice(0, limit).map((c) => ({ entity: c.entity, shared: c.shared, tasks: this.sharedTasks(entityId, c.entity.id) })),
      total: ranked.length,
      touching: touching.flatMap((id) => {
        const shared = counts.coMentionCount(entityId, id);
        return shared > 0 ? [{ entity: entityRef(this.node(id)), shared }] : [];
      }),
    };
  }

  /** The tasks that MENTION both the entity and `other`, read from `other`'s mentions (a page's project is in a few tasks). */
  private sharedTasks(entityId: string, other: string): TaskRow[] {
    const { tasks } = this.entityTasks(entityId);
    const shared: TaskRow[] = [];
    for (const e of this.index.inList(other)) if (e.type === 'MENTIONS' && tasks.has(e.source)) shared.push(taskRow(this.node(e.source)));
    return shared;
  }

  async gaps(docId: string | undefined, crowdedThreshold: number): Promise<GapRow[]> {
    return gapRows(this.tasks(docId), (id) => this.index.aggregates.duties(id), this.node, crowdedThreshold);
  }

  async targets(filter: TargetFilter): Promise<TargetRow[]> {
    const batchTargets = (d: StoredDocument | undefined) => (d?.batch.nodes ?? []).filter((n) => n.label === 'Target').map((n) => n.id);
    const ids = filter.docId !== undefined
      ? (this.inScope(filter.docId) ? batchTargets(this.index.docs.get(filter.docId)) : [])
      : this.docs !== null ? this.scopeDocs().flatMap(batchTargets) : [...(this.index.byLabel.get('Target') ?? [])];
    // The filter reads the target only: test it before building the setting tasks' rows (ask names an indicator, and
    // building every target's rows at 1,000 documents was a tenth of its CPU).
    const infos = this.rowCache().targets;
    return ids.flatMap((id): TargetRow[] => {
      const node = this.node(id);
      let target = infos.get(node);
      // Built once per node and graph version (its document is its owner's, which a change may move).
      if (!target) infos.set(node, (target = targetInfo(node, this.index.owner.get(id) ?? '')));
      if (!targetMatches({ target, task: null, evidence: null }, filter)) return [];
      const sets = this.index.inEdges(id, ['SETS']).filter(this.edgeVisible);
      if (sets.length === 0) return [{ target, task: null, evidence: null }];
      return sets.map((e) => ({ target, task: taskRow(this.node(e.source)), evidence: evidenceOrNull(e) }));
    });
  }

  async links(ids: string[]): Promise<LinkRow[]> {
    return ids.flatMap((id) => [
      ...this.index.outEdges(id).filter(this.edgeVisible).map((e) => this.link(e, id, e.target)),
      ...this.index.inEdges(id).filter(this.edgeVisible).map((e) => this.link(e, id, e.source)),
    ]);
  }

  private link(e: GraphEdge, from: string, other: string): LinkRow {
    const cache = other === e.target ? this.rowCache().linksOut : this.rowCache().linksIn;
    let row = cache.get(e);
    if (!row) {
      row = { edge: { id: e.id, type: e.type, source: e.source, target: e.target }, from, other: nodeRef(this.node(other)) };
      cache.set(e, row);
    }
    return row;
  }

  /** Refs and rows kept for one graph version. Shaping never mutates rows, and answers are copied before they leave. */
  private cache: RowCache | null = null;

  private rowCache(): RowCache {
    if (this.root) return this.root.rowCache();
    if (this.cache?.version !== this.index.version) this.cache = new RowCache(this.index.version);
    return this.cache;
  }

  private readonly ref = (id: string): NodeRef => {
    const refs = this.rowCache().refs;
    let ref = refs.get(id);
    if (!ref) refs.set(id, (ref = nodeRef(this.node(id))));
    return ref;
  };

  private readonly duty = (e: GraphEdge): DutyRow => dutyRow(e, this.node, this.ref);

  private readonly mention = (e: GraphEdge): MentionRow => mentionRow(e, this.node, this.ref);

  /** Unscoped only: a scope's visibility rules stay in links() (memory-scope.ts). */
  adjacency(): Adjacency | null {
    return this.docs === null ? adjacencyOf(this.index) : null;
  }

  async nodes(ids: string[]): Promise<GraphNode[]> {
    return ids.filter(this.visible).flatMap((id) => this.index.nodes.get(id) ?? []);
  }

  async edgesAmong(ids: string[]): Promise<GraphEdge[]> {
    const wanted = new Set(ids);
    return ids.flatMap((id) => this.index.outEdges(id).filter((e) => wanted.has(e.target) && this.edgeVisible(e)));
  }

  /** The search text of every node, rebuilt lazily after a change. */
  private haystack: { version: number; text: SearchText } | null = null;

  private searchText(): SearchText {
    if (this.root) return this.root.searchText();
    if (this.haystack?.version !== this.index.version) {
      this.haystack = { version: this.index.version, text: new SearchText(this.index) };
    }
    return this.haystack.text;
  }

  /** Scored rows (memory-search.ts), each node once; a one-character needle's rows are scored by the catalogue. */
  async searchCandidates(text: string, labels?: NodeLabel[]): Promise<SearchRow[]> {
    const found: SearchRow[] = [];
    this.searchText().matching(text, this.scopeDocs(), this.sharedSearchRow, labels, found);
    return found;
  }

  /** search's page ranked while the documents are scanned: every hit counted, only the page's kept (a common word: thousands). */
  async searchPage(text: string, labels: NodeLabel[] | undefined, limit: number): Promise<{ rows: SearchRow[]; total: number } | null> {
    if (!scoredHere(text)) return null;
    const top = new TopHits(limit);
    this.searchText().matching(text, this.scopeDocs(), this.sharedSearchRow, labels, top);
    return { rows: top.rows, total: top.total };
  }

  private readonly sharedSearchRow = (e: { id: string }): SearchRow | null => (this.visible(e.id) ? this.searchRow(this.node(e.id)) : null);

  /** A shared node's row, built once per node and graph version (its merged aliases change with the graph). */
  private searchRow(node: GraphNode): SearchRow {
    const cache = this.rowCache().search;
    let row = cache.get(node);
    if (!row) cache.set(node, (row = rowOf(node, this.index.owner.get(node.id) ?? null)));
    return row;
  }

  /** One array per graph version, so communities (Louvain over it) is computed once per version. */
  private pairs: { version: number; rows: PairRow[] } | null = null;

  async unitPairs(): Promise<PairRow[]> {
    if (this.docs !== null) return pairsOf(await this.scopedDuties({}));
    if (this.pairs?.version !== this.index.version) {
      this.pairs = { version: this.index.version, rows: this.index.aggregates.unitPairs((id) => unitRef(this.node(id))) };
    }
    return this.pairs.rows;
  }

  async stats(): Promise<StatsRow> {
    if (this.docs !== null) return scopeStats(this.index, this.scopeDocs(), this.edgeVisible);
    const nodes: StatsRow['nodes'] = {};
    const edges: StatsRow['edges'] = {};
    for (const [label, ids] of this.index.byLabel) nodes[label] = ids.size;
    for (const [type, ofType] of this.index.byType) edges[type] = ofType.size;
    return { documents: this.index.docs.size, nodes, edges, warnings: this.index.warnings };
  }

  async documents(): Promise<DocumentSummary[]> {
    return this.scopeDocs().map((d) => d.summary);
  }
}
