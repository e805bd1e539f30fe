// The Neo4j store's RowSource: each row-contract method is one Cypher statement of the caller's read transaction,
// scoped in the Cypher itself (`$docs`) when the source is seen through a scope.
import { DUTY_OF, ROLE_OF } from '../../catalogue/order.ts';
import type { NeighborhoodGraph, PathGraph } from '../../catalogue/traverse.ts';
import type {
  CoMentionPage, CoMentionRow, DutyRow, DutyScope, GapRow, LinkRow, MentionRow, NeighborhoodParams, PairRow, PartnerRow, PathParams, RowSource, SearchRow, StatsRow, TargetFilter, TargetRow,
  TouchRow, WorkloadRow,
} from '../../catalogue/rows.ts';
import { INNER_LIST_MAX, type DocumentSummary, type EntityRef, type EvidenceValue, type NodeRef, type Role, type UnitInfo, type UnitRef } from '../../catalogue/schemas.ts';
import { DUTY_TYPES, NODE_LABELS, type DutyType, type EdgeType, type EntityLabel, type GraphEdge, type GraphNode, type NodeLabel } from '../../model.ts';
import { entityRef, nodeRef, targetInfo, taskRow, unitInfo } from '../batch/row-refs.ts';
import type { Row } from './neo4j-client.ts';
import * as Q from './neo4j-cypher.ts';
import { SCOPED_STATS, SHARED_OF_DOCS } from './neo4j-scope-cypher.ts';
import { decodeEdge, decodeNode, decodeSubgraph } from './neo4j-props.ts';

/** compareNeighbours' first key, for NEIGHBORHOOD's ORDER BY. */
const LABEL_RANK = Object.fromEntries(NODE_LABELS.map((label, i) => [label, i]));

/** A projected map (id, name, pg_label, some properties) as the partial node the ref helpers read. */
function asNode(value: unknown): GraphNode {
  const { id, name, pg_label: label, ...properties } = value as Row;
  return { id: String(id), label: label as NodeLabel, name: typeof name === 'string' ? name : '', properties };
}

function unit(value: unknown): UnitRef {
  const { id, name } = value as Row;
  return { id: String(id), label: 'Unit', name: String(name) };
}

function evidence(raw: unknown): EvidenceValue {
  const e = JSON.parse(String(raw)) as EvidenceValue;
  return { docId: e.docId, start: e.start, end: e.end, text: e.text };
}

function dutyRow(row: Row): DutyRow {
  return { unit: unit(row.unit), task: taskRow(asNode(row.task)), role: ROLE_OF[row.type as DutyType], evidence: evidence(row.evidence) };
}

function workloadRow(r: Row): WorkloadRow {
  return { unit: unit(r), lead: Number(r.lead), support: Number(r.support), responsible: Number(r.responsible), total: Number(r.total) };
}

function mentionRow(row: Row): MentionRow {
  return { task: taskRow(asNode(row.task)), entity: entityRef(asNode(row.entity)), evidence: evidence(row.evidence) };
}

/** A scored search hit (SEARCH_HIT); only Tasks, Sections and Targets have a text. */
function searchRow(row: Row): SearchRow {
  const hit = row.hit as Row;
  const node = asNode(hit);
  const textual = node.label === 'Task' || node.label === 'Section' || node.label === 'Target';
  return {
    node: nodeRef(node),
    aliases: Array.isArray(hit.aliases) ? hit.aliases.map(String) : [],
    text: textual && typeof hit.text === 'string' ? hit.text : null,
    docId: typeof hit.pg_doc === 'string' ? hit.pg_doc : null,
    score: Number(row.score),
  };
}

function statsOf(rows: Row[]): StatsRow {
  const row: StatsRow = { documents: 0, nodes: {}, edges: {}, warnings: 0 };
  for (const r of rows) {
    const count = Number(r.count ?? 0);
    if (r.kind === 'documents') row.documents = count;
    else if (r.kind === 'warnings') row.warnings = count;
    // A key may come in parts (a scoped count adds TOUCHES from projects and from corridors).
    else if (count > 0 && r.kind === 'node') row.nodes[r.key as NodeLabel] = (row.nodes[r.key as NodeLabel] ?? 0) + count;
    else if (count > 0 && r.kind === 'edge') row.edges[r.key as EdgeType] = (row.edges[r.key as EdgeType] ?? 0) + count;
  }
  return row;
}

/** Label → ids of the shared nodes some documents contributed, from their Documents' `pg_shared_json`. */
function sharedOf(rows: Row[]): Partial<Record<NodeLabel, string[]>> {
  const byLabel: Partial<Record<NodeLabel, Set<string>>> = {};
  for (const row of rows) {
    const contributions = JSON.parse(typeof row.shared === 'string' ? row.shared : '{}') as Record<string, GraphNode>;
    for (const node of Object.values(contributions)) (byLabel[node.label] ??= new Set()).add(node.id);
  }
  return Object.fromEntries(Object.entries(byLabel).map(([label, ids]) => [label, [...ids]]));
}

/** Runs one statement and returns its rows as plain objects (inside the caller's read transaction). */
export type Fetch = (statement: string, params?: Row) => Promise<Row[]>;

export class Neo4jRowSource implements RowSource {
  /** The documents in scope (scope.ts), or null for the whole graph: every statement gets it as `$docs`. */
  private readonly docs: string[] | null;

  constructor(private readonly fetch: Fetch, docs: ReadonlySet<string> | null = null) {
    this.docs = docs === null ? null : [...docs].sort();
  }

  /** `typed`: parameters kept out of the one map (see Q.inOneMap). */
  private rows(statement: string, params: Row = {}, typed: readonly string[] = []): Promise<Row[]> {
    const sent = Q.inOneMap(statement, { ...params, docs: this.docs }, typed);
    return this.fetch(sent.statement, sent.params);
  }

  /** The documents a per-document read covers: one (when in scope), or every one in scope; null is the whole graph. */
  private docsOf(docId?: string): string[] | null {
    if (docId === undefined) return this.docs;
    return this.docs === null || this.docs.includes(docId) ? [docId] : [];
  }

  async resolveUnits(term: string): Promise<UnitInfo[]> {
    return (await this.rows(Q.RESOLVE_UNITS, { term, aliasExact: Q.exactAliasQuery(term) })).map((r) => unitInfo(asNode({ ...(r.unit as Row), pg_label: 'Unit' })));
  }

  async resolveEntities(label: EntityLabel, term: string): Promise<EntityRef[]> {
    return (await this.rows(Q.RESOLVE_ENTITIES[label], { term, aliasExact: Q.exactAliasQuery(term) })).map((r) => entityRef(asNode(r.ref)));
  }

  async resolveNodes(term: string): Promise<NodeRef[]> {
    return (await this.rows(Q.RESOLVE_NODES, { term, aliasExact: Q.exactAliasQuery(term) })).map((r) => nodeRef(asNode(r.ref)));
  }

  async dutiesOfUnits(unitIds: string[]): Promise<DutyRow[]> {
    return (await this.rows(Q.DUTIES_OF_UNITS, { ids: unitIds })).map(dutyRow);
  }

  async dutyPageOfUnits(unitIds: string[], role: Role | undefined, limit: number): Promise<{ rows: DutyRow[]; total: number }> {
    const types = role ? [DUTY_OF[role]] : [...DUTY_TYPES];
    const [row] = await this.rows(Q.DUTY_PAGE_OF_UNITS, { ids: unitIds, types, limit });
    const groups = (row?.rows ?? []) as Row[];
    return { total: Number(row?.total ?? 0), rows: groups.flatMap((g) => (g.evidence as unknown[]).map((e) => dutyRow({ ...g, evidence: e }))) };
  }

  async partnerPageOfUnits(unitIds: string[], limit: number): Promise<{ partners: PartnerRow[]; total: number }> {
    const [row] = await this.rows(Q.PARTNER_PAGE_OF_UNITS, { ids: unitIds, limit, inner: INNER_LIST_MAX });
    const partners = ((row?.partners ?? []) as Row[]).map((g) => ({
      unit: unit(g.unit), shared: Number(g.shared), tasks: (g.tasks as unknown[]).map((t) => taskRow(asNode(t))),
    }));
    return { total: Number(row?.total ?? 0), partners };
  }

  async dutiesOnTasksOf(unitIds: string[]): Promise<DutyRow[]> {
    return (await this.rows(Q.DUTIES_ON_TASKS_OF, { ids: unitIds })).map(dutyRow);
  }

  async dutiesOnTasks(taskIds: string[]): Promise<DutyRow[]> {
    return (await this.rows(Q.DUTIES_ON_TASKS, { ids: taskIds })).map(dutyRow);
  }

  /** Entity first, then documents (one, or those in scope), else every duty; role filtered here, path prefix left to the shaping. */
  async scopedDuties(scope: DutyScope): Promise<DutyRow[]> {
    const types = scope.role ? [DUTY_OF[scope.role]] : [...DUTY_TYPES];
    const entityId = scope.entityId ?? null;
    return (await this.rows(Q.SCOPED_DUTIES, { entityId, docIds: entityId === null ? this.docsOf(scope.docId) : null, types })).map(dutyRow);
  }

  async mentionsOf(entityIds: string[]): Promise<MentionRow[]> {
    return (await this.rows(Q.MENTIONS_OF, { ids: entityIds })).map(mentionRow);
  }

  async mentionPageOf(entityId: string, limit: number): Promise<{ rows: MentionRow[]; total: number }> {
    const [row] = await this.rows(Q.MENTION_PAGE_OF, { entityId, limit });
    return { rows: ((row?.rows ?? []) as Row[]).map(mentionRow), total: Number(row?.total ?? 0) };
  }

  async touchesOf(entityIds: string[]): Promise<TouchRow[]> {
    return (await this.rows(Q.TOUCHES_OF, { ids: entityIds })).map((r) => ({
      from: entityRef(asNode(r.from)), to: entityRef(asNode(r.to)), evidence: evidence(r.evidence),
    }));
  }

  async mentionsInTasks(taskIds: string[], labels: EntityLabel[]): Promise<MentionRow[]> {
    return (await this.rows(Q.MENTIONS_IN_TASKS, { ids: taskIds, labels })).map(mentionRow);
  }

  async workload(docId?: string): Promise<WorkloadRow[]> {
    return (await this.rows(Q.WORKLOAD, { docIds: this.docsOf(docId) })).map(workloadRow);
  }

  /** Unscoped only, as the memory store's counts: a scope narrows which tasks count (the catalogue then counts rows). */
  async entityUnitPage(entityId: string, limit: number): Promise<{ rows: WorkloadRow[]; total: number } | null> {
    if (this.docs !== null) return null;
    const [row] = await this.rows(Q.ENTITY_UNIT_PAGE, { entityId, limit });
    return { rows: ((row?.page ?? []) as Row[]).map(workloadRow), total: Number(row?.total ?? 0) };
  }

  /** Unscoped only, as entityUnitPage. */
  async coMentionPage(entityId: string, limit: number, touching: string[]): Promise<CoMentionPage | null> {
    if (this.docs !== null) return null;
    const [row] = await this.rows(Q.CO_MENTION_PAGE, { entityId, limit, touching });
    const counted = (r: Row): CoMentionRow => ({ entity: entityRef(asNode(r.entity)), shared: Number(r.shared) });
    return {
      rows: ((row?.page ?? []) as Row[]).map((r) => ({ ...counted(r), tasks: (r.tasks as Row[]).map((t) => taskRow(asNode(t))) })),
      total: Number(row?.total ?? 0),
      touching: ((row?.touching ?? []) as Row[]).map(counted),
    };
  }

  async gaps(docId: string | undefined, crowdedThreshold: number): Promise<GapRow[]> {
    const docIds = this.docsOf(docId);
    const rows = docIds === null
      ? await this.rows(Q.GAPS_ALL, { threshold: crowdedThreshold })
      : await this.rows(Q.GAPS_OF_DOCS, { docIds, threshold: crowdedThreshold });
    return rows.map((r) => ({ task: taskRow(asNode(r.task)), leads: (r.leads as Row[]).map(unit), units: Number(r.units) }));
  }

  /** Every target (of one document when asked, of the scope's) with each task that SETS it; shaping applies the other filters. */
  async targets(filter: TargetFilter): Promise<TargetRow[]> {
    const docIds = this.docsOf(filter.docId);
    const rows = docIds === null ? await this.rows(Q.TARGETS_ALL) : await this.rows(Q.TARGETS_OF_DOCS, { docIds });
    return rows.map((r) => {
      const node = asNode({ ...(r.target as Row), pg_label: 'Target' });
      return {
        target: targetInfo(node, String(node.properties.pg_doc ?? '')),
        task: r.task ? taskRow(asNode(r.task)) : null,
        evidence: r.task && typeof r.evidence === 'string' ? evidence(r.evidence) : null,
      };
    });
  }

  async links(ids: string[]): Promise<LinkRow[]> {
    return (await this.rows(Q.LINKS, { ids })).map((r) => ({
      edge: { id: String(r.id), type: r.type as EdgeType, source: String(r.source), target: String(r.target) },
      from: String(r.fromId),
      other: nodeRef(asNode(r.other)),
    }));
  }

  async neighborhoodGraph(p: NeighborhoodParams): Promise<NeighborhoodGraph | null> {
    const [row] = await this.rows(Q.NEIGHBORHOOD, { id: p.id, depth: p.depth, limit: p.limit, labels: p.labels ?? null, rank: LABEL_RANK });
    return row ? { ...decodeSubgraph(row), truncated: row.truncated === true } : null;
  }

  async shortestPathGraph(p: PathParams): Promise<PathGraph | null> {
    const [row] = await this.rows(Q.SHORTEST_PATH, { a: p.a, b: p.b, aliasA: Q.exactAliasQuery(p.a), aliasB: Q.exactAliasQuery(p.b), maxDepth: p.maxDepth });
    return row ? decodeSubgraph(row) : null;
  }

  async nodes(ids: string[]): Promise<GraphNode[]> {
    const found = new Map((await this.rows(Q.GET_NODES, { ids })).map((r) => [String((r.node as Row).id), decodeNode(r.node as Row)]));
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  async edgesAmong(ids: string[]): Promise<GraphEdge[]> {
    return (await this.rows(Q.EDGES_AMONG, { ids })).map((r) => decodeEdge(r.edge as Row));
  }

  /** Scored in Cypher (SEARCH_CANDIDATES), every hit with its text. */
  async searchCandidates(text: string, labels?: NodeLabel[]): Promise<SearchRow[]> {
    return (await this.rows(Q.SEARCH_CANDIDATES, this.searchParams(text, labels), ['text'])).map(searchRow);
  }

  /** Scored and ranked in Cypher (SEARCH_PAGE): the page's hits and the count of all. */
  async searchPage(text: string, labels: NodeLabel[] | undefined, limit: number): Promise<{ rows: SearchRow[]; total: number }> {
    const [row] = await this.rows(Q.SEARCH_PAGE, { ...this.searchParams(text, labels), limit }, ['text']);
    return { rows: ((row?.page ?? []) as Row[]).map(searchRow), total: Number(row?.total ?? 0) };
  }

  private searchParams(text: string, labels: NodeLabel[] | undefined): Row {
    return { text, aliasContains: Q.containsAliasQuery(text), bigram: Q.bigramTextQuery(text), labels: labels ?? null };
  }

  /** Pairs come back once each in Cypher's string order; the row contract wants a.id < b.id in JS order. */
  async unitPairs(): Promise<PairRow[]> {
    const rows = this.docs === null ? await this.rows(Q.UNIT_PAIRS) : await this.rows(Q.UNIT_PAIRS_OF_DOCS, { docIds: this.docs });
    return rows.map((r) => {
      const a = unit({ id: r.aId, name: r.aName });
      const b = unit({ id: r.bId, name: r.bName });
      return a.id < b.id ? { a, b, shared: Number(r.shared) } : { a: b, b: a, shared: Number(r.shared) };
    });
  }

  async stats(): Promise<StatsRow> {
    if (this.docs === null) return statsOf(await this.rows(Q.STATS));
    const shared = sharedOf(await this.rows(SHARED_OF_DOCS));
    return statsOf(await this.rows(SCOPED_STATS, { shared }));
  }

  /** The same statements over fewer documents: the scope travels as `$docs` (a narrower scope keeps the documents in both). */
  within(docIds: ReadonlySet<string>): RowSource {
    const docs = this.docs === null ? docIds : new Set(this.docs.filter((d) => docIds.has(d)));
    return new Neo4jRowSource(this.fetch, docs);
  }

  async documents(): Promise<DocumentSummary[]> {
    const rows = this.docs === null ? await this.rows(Q.LIST_DOCUMENTS) : await this.rows(Q.DOCUMENTS_OF, { docIds: this.docs });
    return rows.map((r) => JSON.parse(String(r.summary)) as DocumentSummary);
  }
}
