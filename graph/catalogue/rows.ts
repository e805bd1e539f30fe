// The row contract: the store-specific half of every catalogue query (plain rows, no ranking).
//
// A store implements RowSource; the catalogue (execute.ts) calls it and does all ranking, grouping,
// tie-breaking and capping in shared pure code, so two stores that return the same row SETS give the
// same answers. Row order never matters. Rules for every method:
//  - Refs are plain `{id, label, name}`; TaskRow is a Task or Section node with its docId, number,
//    path and `start` (the character offset used for document order). `label` is the node's one label.
//  - Duty relationships map to roles: LEADS → 'lead', SUPPORTS → 'support', RESPONSIBLE_FOR → 'responsible'.
//  - One row per relationship (a unit with LEADS and SUPPORTS on one task gives two rows); duplicate
//    rows are harmless (shaping dedupes by ids), missing rows are not.
//  - "Superset allowed" methods may return extra rows the shaping filters out itself; all others
//    must return exactly the rows described.
//  - Names, aliases, paths compare exactly (case-sensitive, code-unit equality; no trimming).
//  - Shaping never mutates a row, so a store may hand out objects it keeps (the memory store does).
//  - Row order is irrelevant and so is the order inside list fields (leads, aliases):
//    test/graph/catalogue/row-order.test.ts shuffles and repeats rows to prove it.
//
// Per-query rows (Cypher sketch in brackets):
//  resolveUnits(term)      → UnitInfo for Units with id = term OR name = term OR term IN aliases.
//  resolveEntities(l, t)   → EntityRef for nodes of label l with id = t OR name = t OR t IN aliases.
//  resolveNodes(term)      → NodeRef for any node with id / name / alias = term (shortestPath ends).
//  dutiesOfUnits(ids)      → DutyRow for every duty edge (u)-[r]->(t) with u.id IN ids.
//                            [MATCH (u:Unit)-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(t) WHERE u.id IN $ids]
//  dutiesOnTasksOf(ids)    → DutyRow for every duty edge into any task some unit in ids has a duty on
//                            (including the ids' own rows).
//  scopedDuties(scope)     → DutyRow for duty edges into tasks that MENTION scope.entityId (when given).
//                            Superset allowed for docId / pathPrefix / role: shaping re-applies them.
//  mentionsOf(ids)         → MentionRow for (t)-[m:MENTIONS]->(e) with e.id IN ids.
//  touchesOf(ids)          → TouchRow for (p)-[x:TOUCHES]->(q) where p.id IN ids OR q.id IN ids.
//  mentionsInTasks(ids, l) → MentionRow for (t)-[m:MENTIONS]->(e) with t.id IN ids AND label(e) IN l.
//  dutiesOnTasks(ids)      → DutyRow for duty edges into tasks with t.id IN ids.
//  workload(docId?)        → WorkloadRow per Unit with ≥1 duty (in that document's tasks when given);
//                            counts are DISTINCT tasks per role, total = DISTINCT tasks over all roles.
//  gaps(docId?, threshold) → GapRow for every Task with no LEADS edge, and every Task|Section with
//                            ≥2 distinct leading units or ≥ threshold distinct units (any role).
//                            leads = distinct leading units; units = count of distinct units, any role.
//                            Superset allowed (any Task/Section may be returned; shaping classifies).
//  targets(filter)         → TargetRow per (Target, SETS-source) pair, task null when nothing SETS it;
//                            target.docId = the owning document; evidence = the SETS edge's, or null.
//                            Superset allowed: shaping re-applies every filter.
//  links(ids)              → LinkRow per edge incident to any id in ids (both directions), `from` the
//                            endpoint in ids (an edge between two ids gives two rows).
//  nodes(ids) / edgesAmong(ids) → full nodes; full edges with both endpoints in ids.
//  searchCandidates(text, labels?) → SearchRow for nodes whose name, an alias, or text (Task,
//                            Section and Target `text` property; never a Document's) contains `text`; docId =
//                            the owning document, null for shared nodes. Superset allowed; `score`,
//                            when given, is search.ts's score of the row for `text`, and a scored row's
//                            node is in no other row (the same row object may repeat).
//  unitPairs()             → PairRow per unordered pair of distinct Units sharing ≥1 task, a.id < b.id,
//                            shared = DISTINCT tasks both have any duty on.
//  stats()                 → StatsRow: node counts per label, edge counts per type, documents, warnings.
//  documents()             → every DocumentSummary, as summarizeBatch (store/batch/batch-content.ts) makes it.
//  within(docIds)          → this source seen through a scope (scope.ts): every method's rows limited to what
//                            those documents make visible, stats() counting only visible nodes and edges.
//                            catalogue/scope-rows.ts is the reference filter; a store pushes it into its reads.
import type {
  DocumentSummary, EntityRef, EvidenceValue, NodeRef, Role, TargetInfo, TaskRef, UnitInfo, UnitRef,
} from './schemas.ts';
import type { Adjacency } from './adjacency.ts';
import type { EdgeType, EntityLabel, GraphEdge, GraphNode, NodeLabel } from '../model.ts';
import type { NeighborhoodGraph, PathGraph } from './traverse.ts';

export interface TaskRow extends TaskRef {
  start: number;
}

export interface DutyRow {
  unit: UnitRef;
  task: TaskRow;
  role: Role;
  evidence: EvidenceValue;
}

/** unitPartners' page as a store reads it: a partner, the count of tasks it shares, the first of them in document order. */
export interface PartnerRow {
  unit: UnitRef;
  shared: number;
  tasks: TaskRow[];
}

export interface MentionRow {
  task: TaskRow;
  entity: EntityRef;
  evidence: EvidenceValue;
}

export interface TouchRow {
  from: EntityRef;
  to: EntityRef;
  evidence: EvidenceValue;
}

/** An entity mentioned together with another in `shared` distinct tasks. */
export interface CoMentionRow {
  entity: EntityRef;
  shared: number;
}

/** entityTasks' co-mentions ranked by the store (RowSource.coMentionPage). */
export interface CoMentionPage {
  /** The first `limit` by shared desc, then name, id; each with the tasks it shares (any order, repeats allowed). */
  rows: (CoMentionRow & { tasks: TaskRow[] })[];
  /** How many projects and corridors are co-mentioned. */
  total: number;
  /** The co-mentioned among the `touching` ids asked for, each once. */
  touching: CoMentionRow[];
}

export interface WorkloadRow {
  unit: UnitRef;
  lead: number;
  support: number;
  responsible: number;
  total: number;
}

export interface GapRow {
  task: TaskRow;
  leads: UnitRef[];
  units: number;
}

export interface TargetRow {
  target: TargetInfo;
  task: TaskRow | null;
  evidence: EvidenceValue | null;
}

export interface TargetFilter {
  indicator?: string;
  year?: number;
  docId?: string;
  text?: string;
}

export interface DutyScope {
  docId?: string;
  pathPrefix?: string;
  role?: Role;
  entityId?: string;
}

export interface LinkRow {
  edge: { id: string; type: EdgeType; source: string; target: string };
  from: string;
  other: NodeRef;
}

export interface SearchRow {
  node: NodeRef;
  aliases: string[];
  text: string | null;
  docId: string | null;
  /** Set by a store that already knows how the needle matched (equal to search.ts's score of the row; its node
   * then in no other row, though the row itself may repeat): ranking does not scan the row's text again, which for a common word is thousands of
   * task and section texts, nor look for repeats. */
  score?: number;
}

export interface PairRow {
  a: UnitRef;
  b: UnitRef;
  shared: number;
}

export interface StatsRow {
  documents: number;
  nodes: Partial<Record<NodeLabel, number>>;
  edges: Partial<Record<EdgeType, number>>;
  warnings: number;
}

export interface RowSource {
  resolveUnits(term: string): Promise<UnitInfo[]>;
  resolveEntities(label: EntityLabel, term: string): Promise<EntityRef[]>;
  resolveNodes(term: string): Promise<NodeRef[]>;
  dutiesOfUnits(unitIds: string[]): Promise<DutyRow[]>;
  dutiesOnTasksOf(unitIds: string[]): Promise<DutyRow[]>;
  scopedDuties(scope: DutyScope): Promise<DutyRow[]>;
  mentionsOf(entityIds: string[]): Promise<MentionRow[]>;
  touchesOf(entityIds: string[]): Promise<TouchRow[]>;
  mentionsInTasks(taskIds: string[], labels: EntityLabel[]): Promise<MentionRow[]>;
  dutiesOnTasks(taskIds: string[]): Promise<DutyRow[]>;
  workload(docId?: string): Promise<WorkloadRow[]>;
  gaps(docId: string | undefined, crowdedThreshold: number): Promise<GapRow[]>;
  targets(filter: TargetFilter): Promise<TargetRow[]>;
  links(ids: string[]): Promise<LinkRow[]>;
  nodes(ids: string[]): Promise<GraphNode[]>;
  edgesAmong(ids: string[]): Promise<GraphEdge[]>;
  searchCandidates(text: string, labels?: NodeLabel[]): Promise<SearchRow[]>;
  unitPairs(): Promise<PairRow[]>;
  stats(): Promise<StatsRow>;
  documents(): Promise<DocumentSummary[]>;
  within(docIds: ReadonlySet<string>): RowSource;
  /**
   * Optional: search's page read where the rows are: the first `limit` hits in shapeSearch's order (score desc, name,
   * id), scored, each text hit with its text, and `total`, the count of hits. Null (or absent): searchCandidates,
   * ranked here (a common word is in thousands of task texts, the page 50).
   */
  searchPage?(text: string, labels: NodeLabel[] | undefined, limit: number): Promise<{ rows: SearchRow[]; total: number } | null>;
  /**
   * Optional: entityUnits' counts for one entity, kept by the store (memory: per document as it comes and goes):
   * per Unit with a duty on a task that MENTIONS the entity, DISTINCT such tasks per role and in all, as
   * workload() counts them. Null (or absent): the catalogue counts them from mentionsOf and dutiesOnTasks.
   */
  entityUnitCounts?(entityId: string): Promise<WorkloadRow[] | null>;
  /**
   * Optional, before entityUnitCounts: those counts ranked where they are counted: the first `limit` units in
   * entityUnits' order (tasks desc, lead desc, name, id) and `total`, the count of all. Null (or absent): entityUnitCounts.
   */
  entityUnitPage?(entityId: string, limit: number): Promise<{ rows: WorkloadRow[]; total: number } | null>;
  /**
   * Optional, used with mentionPageOf: entityTasks' co-mentions for one entity ranked where they are counted (see
   * CoMentionPage): per Project or Corridor other than the entity mentioned by a task that also MENTIONS it, the
   * DISTINCT such tasks; `touching` the projects and corridors it TOUCHES. Null (or absent): mentionsInTasks, ranked here.
   */
  coMentionPage?(entityId: string, limit: number, touching: string[]): Promise<CoMentionPage | null>;
  /**
   * Optional, used with coMentionPage: entityTasks' task page for one entity read where the rows are: the MENTIONS
   * rows of the entity from the first `limit` tasks mentioning it in compareTasks' order (every such row of those
   * tasks), and `total`, the count of distinct tasks mentioning it. Null (or absent): mentionsOf, paged here (a place
   * in 900 plans has 2,420 mention rows with their evidence, the page 100).
   */
  mentionPageOf?(entityId: string, limit: number): Promise<{ rows: MentionRow[]; total: number } | null>;
  /**
   * Optional: unitTasks' page read where the rows are: the duty rows of `unitIds` (of `role` when given) whose
   * (task, role) is among the first `limit` distinct (unit, task, role) in compareDutyRows' order, ties at the cut
   * included, and `total`, the count of distinct (unit, task, role) in all. Null (or absent): dutiesOfUnits, paged here.
   */
  dutyPageOfUnits?(unitIds: string[], role: Role | undefined, limit: number): Promise<{ rows: DutyRow[]; total: number } | null>;
  /**
   * Optional: unitPartners' page read where the rows are: the partners (units not in `unitIds` with a duty on a task
   * some unit of `unitIds` has one on) among the first `limit` by shared tasks (desc), ties at the cut's count included,
   * each with its first INNER_LIST_MAX shared tasks in compareTasks' order, and `total`, the count of partners. Null (or
   * absent): dutiesOnTasksOf, grouped here (a busy unit's tasks carry tens of thousands of duty rows, a page 50 partners).
   */
  partnerPageOfUnits?(unitIds: string[], limit: number): Promise<{ partners: PartnerRow[]; total: number } | null>;
  /**
   * Optional: neighborhood's whole walk server-side, exactly as traverse.ts walks links(), with the kept nodes in walk
   * order and the edges among them (any order, repeats allowed): one round trip, not one per level and two more for
   * nodes() and edgesAmong().
   */
  neighborhoodGraph?(p: NeighborhoodParams): Promise<NeighborhoodGraph | null>;
  /**
   * Optional: shortestPath's whole search server-side, exactly as traverse.ts searches links() (both ends resolved as
   * resolveNodes does): the path's nodes and edges from `a` to `b`, or null when there is none within `maxDepth`.
   * One round trip, not two resolves, one per level and two more for the path's nodes and edges.
   */
  shortestPathGraph?(p: PathParams): Promise<PathGraph | null>;
  /**
   * Optional: the whole visible graph as adjacency arrays (adjacency.ts), for neighborhood and shortestPath.
   * A store that holds the graph in memory returns one kept per graph version; null or absent, they read links().
   */
  adjacency?(): Adjacency | null;
}

export interface PathParams {
  a: string;
  b: string;
  maxDepth: number;
}

export interface NeighborhoodParams {
  id: string;
  depth: number;
  limit: number;
  labels?: NodeLabel[];
}
