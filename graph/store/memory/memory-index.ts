// The in-memory merged graph and its indexes (adjacency, label, type, name/alias), updated per document.
import type { DocumentSummary } from '../../catalogue/schemas.ts';
import type { EdgeType, GraphBatch, GraphEdge, GraphNode, NodeLabel } from '../../model.ts';
import { isSharedLabel } from '../batch/batch-schema.ts';
import type { BatchIssue } from '../batch/batch-validate.ts';
import { DutyAggregates } from './memory-aggregates.ts';
import { SharedNode } from '../batch/shared-node.ts';

export interface StoredDocument {
  docId: string;
  hash: string;
  batch: GraphBatch;
  summary: DocumentSummary;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set<V>().add(value));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dropFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/**
 * Ids under one term: most terms name one node (27,975 of 32,716 at the bench's 1,000 documents), held as its id
 * with no Set, one object fewer each for every major GC to mark. Insertion order is kept.
 */
type TermIds = string | Set<string>;

function addTerm(map: Map<string, TermIds>, term: string, id: string): void {
  const ids = map.get(term);
  if (ids === undefined) map.set(term, id);
  else if (typeof ids === 'string') { if (ids !== id) map.set(term, new Set([ids, id])); }
  else ids.add(id);
}

function dropTerm(map: Map<string, TermIds>, term: string, id: string): void {
  const ids = map.get(term);
  if (ids === undefined) return;
  if (typeof ids === 'string') {
    if (ids === id) map.delete(term);
    return;
  }
  ids.delete(id);
  if (ids.size === 0) map.delete(term);
}

const NO_EDGES: readonly GraphEdge[] = [];
const NO_IDS: readonly string[] = [];

/** Nodes or edges put in (or taken out) between two pauses of a sliced commit. */
const STEP_ITEMS = 512;

/** Every exact string a node answers to: its name and aliases. */
export function termsOf(node: GraphNode): string[] {
  return termsFrom(node.name, node.properties.aliases);
}

function termsFrom(name: string, aliases: unknown): string[] {
  // Most nodes (tasks, sections, evidence) have no aliases: no set to build, on every node of every commit.
  if (!Array.isArray(aliases) || aliases.length === 0) return [name];
  return [...new Set([name, ...aliases.map(String)])];
}

/**
 * Owned nodes and all edges belong to one document; shared nodes keep each document's contribution
 * so removing a document recomputes their merged view (docIds, aliases) from what remains.
 */
export class MemoryIndex {
  readonly docs = new Map<string, StoredDocument>();
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /**
   * Edges leaving and entering each node, as the edge objects themselves: arrays, not sets of ids, because most
   * nodes have a handful of edges (a set per node was most of a bulk ingest's allocation) and every read walking
   * them looked each id up again. A document's edges are taken out together (dropEdges).
   */
  private readonly out = new Map<string, GraphEdge[]>();
  private readonly in = new Map<string, GraphEdge[]>();
  readonly byLabel = new Map<NodeLabel, Set<string>>();
  /** Edges of each type, as the edge objects (putEdge's): no id to hash per edge of a bulk ingest, none to look up per read. */
  readonly byType = new Map<EdgeType, Set<GraphEdge>>();
  /** Term → ids: read through idsNamed. */
  readonly byTerm = new Map<string, TermIds>();
  /** Owner document of every owned node and every edge. */
  readonly owner = new Map<string, string>();
  readonly aggregates = new DutyAggregates();
  private readonly shared = new Map<string, SharedNode>();
  private warningCount = 0;
  /** Bumped on every add/remove so derived caches (search text) know when to rebuild. */
  version = 0;

  get warnings(): number {
    return this.warningCount;
  }

  /** Ids this batch would take from another document, or labels it would contradict. */
  conflicts(batch: GraphBatch): BatchIssue[] {
    const issues: BatchIssue[] = [];
    for (const _ of this.conflictSteps(batch, issues)) { /* all at once */ }
    return issues;
  }

  /** conflicts() into `issues`, one slice at a time: it reads every node and edge of the batch. */
  *conflictSteps(batch: GraphBatch, issues: BatchIssue[]): Generator<void> {
    // Index loops: entries() made an [i, item] pair per node and edge, on the main thread, for every commit.
    const { nodes, edges } = batch;
    for (let i = 0; i < nodes.length; i++) {
      if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
      const node = nodes[i];
      const owner = this.owner.get(node.id);
      if (owner === batch.docId) continue;
      const existing = this.nodes.get(node.id);
      if (owner !== undefined) {
        issues.push({ path: ['nodes', i, 'id'], message: `node ${node.id} belongs to document ${owner}` });
      } else if (existing && existing.label !== node.label) {
        issues.push({ path: ['nodes', i, 'label'], message: `node ${node.id} is already a ${existing.label}` });
      }
    }
    for (let i = 0; i < edges.length; i++) {
      if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
      const owner = this.owner.get(edges[i].id);
      if (owner !== undefined && owner !== batch.docId) {
        issues.push({ path: ['edges', i, 'id'], message: `edge ${edges[i].id} belongs to document ${owner}; edge ids must include the document` });
      }
    }
  }

  add(doc: StoredDocument): void {
    for (const _ of this.addSteps(doc)) { /* all at once */ }
  }

  remove(docId: string): StoredDocument | null {
    const doc = this.docs.get(docId);
    if (!doc) return null;
    for (const _ of this.removeSteps(doc)) { /* all at once */ }
    this.docs.delete(docId);
    return doc;
  }

  /**
   * Put `doc` in place of any stored version, one slice at a time: the store runs the slices with the event
   * loop free between them (a 20 MB plan is ~50k nodes and ~235k edges), on a copy no read sees (memory-gate.ts).
   */
  *replaceSteps(doc: StoredDocument): Generator<void> {
    const old = this.docs.get(doc.docId);
    if (old) yield* this.removeSteps(old);
    yield* this.addSteps(doc);
  }

  /** Remove `docId` one slice at a time (see replaceSteps); `docs` drops it last. */
  *dropSteps(docId: string): Generator<void> {
    const doc = this.docs.get(docId);
    if (!doc) return;
    yield* this.removeSteps(doc);
    this.docs.delete(docId);
  }

  private *addSteps(doc: StoredDocument): Generator<void> {
    let n = 0;
    for (const node of doc.batch.nodes) {
      if (isSharedLabel(node.label)) {
        let shared = this.shared.get(node.id);
        if (!shared) this.shared.set(node.id, (shared = new SharedNode()));
        const before = this.nodes.get(node.id);
        const aliases = before?.properties.aliases;
        this.remerged(node.id, shared, before, aliases, shared.add(doc.docId, node));
      } else {
        this.owner.set(node.id, doc.docId);
        this.putNode(node);
      }
      if (++n % STEP_ITEMS === 0) yield;
    }
    for (const edge of doc.batch.edges) {
      this.putEdge(edge, doc.docId);
      if (++n % STEP_ITEMS === 0) yield;
    }
    yield* this.aggregates.addSteps(doc.batch);
    this.warningCount += doc.batch.warnings.length;
    this.docs.set(doc.docId, doc);
    this.version += 1;
  }

  /** Everything of `doc` but its `docs` entry, which the caller drops or replaces. */
  private *removeSteps(doc: StoredDocument): Generator<void> {
    let n = yield* this.dropEdges(doc);
    for (const node of doc.batch.nodes) {
      const shared = this.shared.get(node.id);
      if (shared) {
        const before = this.nodes.get(node.id);
        const aliases = before?.properties.aliases;
        this.remerged(node.id, shared, before, aliases, shared.remove(doc.docId));
        if (shared.empty) this.shared.delete(node.id);
      } else {
        this.owner.delete(node.id);
        this.dropNode(node.id);
      }
      if (++n % STEP_ITEMS === 0) yield;
    }
    yield* this.aggregates.removeSteps(doc.batch);
    this.warningCount -= doc.batch.warnings.length;
    this.version += 1;
  }

  /**
   * Re-index a shared node after a change (`termsChanged`: SharedNode.add/remove's answer), its names only when they
   * changed. `before` is its merged view before the change and `oldAliases` the aliases that had then: the merged node
   * is updated in place, but never renamed, and a change of aliases puts a new array in (SharedNode.rebuild), so the
   * old array is enough to list the old terms.
   */
  private remerged(id: string, shared: SharedNode, before: GraphNode | undefined, oldAliases: unknown, termsChanged: boolean): void {
    const after = shared.merged;
    if (after && before && !termsChanged) {
      this.nodes.set(id, after);
      return;
    }
    if (before) {
      for (const term of termsFrom(before.name, oldAliases)) dropTerm(this.byTerm, term, id);
      dropFrom(this.byLabel, before.label, id);
    }
    this.nodes.delete(id);
    if (after) this.putNode(after);
  }

  private putNode(node: GraphNode): void {
    this.nodes.set(node.id, node);
    addTo(this.byLabel, node.label, node.id);
    const aliases = node.properties.aliases;
    // Most nodes have no aliases: their name is their one term, with no list to build.
    if (!Array.isArray(aliases) || aliases.length === 0) addTerm(this.byTerm, node.name, node.id);
    else for (const term of termsFrom(node.name, aliases)) addTerm(this.byTerm, term, node.id);
  }

  private dropNode(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    this.nodes.delete(id);
    dropFrom(this.byLabel, node.label, id);
    for (const term of termsOf(node)) dropTerm(this.byTerm, term, id);
  }

  private putEdge(edge: GraphEdge, docId: string): void {
    this.edges.set(edge.id, edge);
    this.owner.set(edge.id, docId);
    pushTo(this.out, edge.source, edge);
    pushTo(this.in, edge.target, edge);
    addTo(this.byType, edge.type, edge);
  }

  /**
   * Take out every edge of `doc` (the objects putEdge stored): each endpoint's list is filtered once, not searched
   * per edge, so a place named by thousands of documents costs one pass over its list per document removed.
   * Returns the items handled, for the caller's step count.
   */
  private *dropEdges(doc: StoredDocument): Generator<void, number> {
    let n = 0;
    const ends = new Set<string>();
    for (const edge of doc.batch.edges) {
      this.edges.delete(edge.id);
      this.owner.delete(edge.id);
      dropFrom(this.byType, edge.type, edge);
      ends.add(edge.source).add(edge.target);
      if (++n % STEP_ITEMS === 0) yield;
    }
    const gone = new Set<GraphEdge>(doc.batch.edges);
    let since = 0;
    for (const id of ends) {
      // A node of this document has no edge from any other: its lists go whole.
      const own = this.owner.get(id) === doc.docId;
      for (const lists of [this.out, this.in]) {
        const list = lists.get(id);
        if (!list) continue;
        since += list.length;
        const kept = own ? [] : list.filter((e) => !gone.has(e));
        if (kept.length > 0) lists.set(id, kept);
        else lists.delete(id);
      }
      if (since < STEP_ITEMS) continue;
      since = 0;
      yield;
    }
    return n;
  }

  /** Ids of the nodes named or aliased `term`, in the order they came: the index's own, for loops that only read it. */
  idsNamed(term: string): Iterable<string> {
    const ids = this.byTerm.get(term);
    return ids === undefined ? NO_IDS : typeof ids === 'string' ? [ids] : ids;
  }

  /** The index's own list of edges leaving (or entering) a node, for loops that only read it: never change it. */
  outList(id: string): readonly GraphEdge[] {
    return this.out.get(id) ?? NO_EDGES;
  }

  inList(id: string): readonly GraphEdge[] {
    return this.in.get(id) ?? NO_EDGES;
  }

  /** Edges leaving (or entering) a node, optionally of some types. */
  outEdges(id: string, types?: readonly EdgeType[]): GraphEdge[] {
    return this.pick(this.out.get(id), types);
  }

  inEdges(id: string, types?: readonly EdgeType[]): GraphEdge[] {
    return this.pick(this.in.get(id), types);
  }

  /** A fresh array: callers may keep or change what they get. */
  private pick(edges: GraphEdge[] | undefined, types?: readonly EdgeType[]): GraphEdge[] {
    if (!edges) return [];
    if (!types) return edges.slice();
    const result: GraphEdge[] = [];
    for (const edge of edges) if (types.includes(edge.type)) result.push(edge);
    return result;
  }
}
