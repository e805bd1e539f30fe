// The one entry point to alignment, reviewers' link decisions and plan comparison over a store, for the CLI and the API alike.
import { alignDocuments, alignmentPairs, implementationGaps, orphans } from '../graph/align/align.ts';
import { comparePlans } from '../graph/align/compare.ts';
import { rekeyDecisions, taskKey, type LinkDecision } from '../graph/align/decisions.ts';
import { decidedLinkEdges, decisionsFromExport, type ExportWithLinks } from '../graph/align/link-edges.ts';
import type { AlignmentLink, Comparison, LinkStatus, PairAlignment, TaskBrief } from '../graph/align/schemas.ts';
import { DocumentViews, documentViewSteps, TASK_EDGE_TYPES, type DocView } from '../graph/align/task-view.ts';
import { AppError } from '../graph/errors.ts';
import { NODE_LABELS, type GraphExport, type GraphNode } from '../graph/model.ts';
import type { GraphPages } from '../graph/store/graph-source.ts';
import type { GraphStore } from '../graph/store/graph-store.ts';
import { inTurns } from '../graph/slices.ts';
import { graphSource } from './search/graph-snapshot.ts';
import { baseStore, storeFingerprint } from './store-cache.ts';
import { namedWords, readCorpusWords } from './search/task-index.ts';
import { segmenterFor, type Segmenter } from './search/tokenizer.ts';

const brief = (t: { id: string; docId: string; number: string; title: string }): TaskBrief =>
  ({ id: t.id, docId: t.docId, number: t.number, title: t.title });

interface Views {
  docs: DocView[];
  texts: Map<string, string>;
  decisions: Map<string, LinkDecision>;
  /** Current link id → the id its decision is stored under, for decisions whose document's title now reads differently. */
  stored: Map<string, string>;
  /** The store's own segmentation (its names kept whole), so scores depend on this corpus alone, never on the process's history. */
  tokenize: Segmenter['tokenize'];
}

/** What alignment reads of the graph: each document's views, its text (the Document node carries it), the corpus's names. */
interface AlignedRead {
  docs: DocView[];
  texts: Map<string, string>;
  words: string[];
}

/**
 * Each document's tasks and text and the decisions. From the store's pages (readAligned) with the decisions read beside
 * them; a write between the two (the version moved) falls back to reading both in one state, the whole export.
 * Given `graph` (the whole export or a part of it), its views, with the store's own words.
 */
async function alignmentViews(view: GraphStore, graph?: GraphExport): Promise<Views> {
  // Whole-graph reads: from the store itself, not cut off by a request's timeout (store-cache.ts baseStore).
  const store = baseStore(view);
  // A part of the graph is segmented as the whole store is: its names are read apart (only the named nodes).
  if (graph) return viewsOf({ ...(await exportRead(graph)), words: await graphSource(store).read(readCorpusWords) }, await store.linkDecisions());
  const version = await storeFingerprint(store);
  const read = await graphSource(store).read(readAligned);
  const decisions = await store.linkDecisions();
  if ((await storeFingerprint(store)) === version) return viewsOf(read, decisions);
  const snapshot = await store.alignmentSnapshot();
  return viewsOf(await exportRead(snapshot.graph), snapshot.decisions);
}

function viewsOf({ docs, texts, words }: AlignedRead, decisions: LinkDecision[]): Views {
  const { tokenize } = segmenterFor(words);
  return { docs, texts, ...rekeyDecisions(docs, decisions), tokenize };
}

function textsOf(nodes: readonly GraphNode[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const n of nodes) if (n.label === 'Document' && typeof n.properties.text === 'string') texts.set(n.id, n.properties.text);
  return texts;
}

async function exportRead(graph: GraphExport): Promise<AlignedRead> {
  // In turns: a pass over every edge, ~860 ms in one piece on a 20 MB plan, while the server answers requests.
  return { docs: await inTurns(documentViewSteps(graph)), texts: textsOf(graph.nodes), words: namedWords(graph.nodes) };
}

/**
 * What alignment reads of the graph from its pages: every node, then only the edges that say something of a task,
 * without their properties (no evidence), each page added to the views and let go: holding every edge of the graph
 * as a list (the export's shape) was the read's peak at 1,000 documents (test/bench/neo4j-memory.ts).
 */
async function readAligned(pages: GraphPages): Promise<AlignedRead> {
  const nodes: GraphNode[] = [];
  for await (const page of pages.nodes(NODE_LABELS)) for (const n of page) nodes.push(n);
  const parents = new Set<string>();
  for await (const page of pages.edges(['PART_OF'])) for (const e of page) parents.add(e.target);
  const views = new DocumentViews(nodes);
  await inTurns(views.start(parents));
  for await (const page of pages.edges(TASK_EDGE_TYPES)) await inTurns(views.add(page));
  return { docs: await inTurns(views.finish()), texts: textsOf(nodes), words: namedWords(nodes) };
}

/** A document by id, file name or a unique part of its title. */
function findDoc(docs: readonly DocView[], ref: string): DocView {
  const exact = docs.find((d) => d.id === ref || d.title === ref);
  if (exact) return exact;
  const partial = docs.filter((d) => d.title.includes(ref));
  if (partial.length === 1) return partial[0];
  throw new AppError(partial.length === 0 ? 'NOT_FOUND' : 'BAD_INPUT',
    partial.length === 0 ? `没有这份文件 / no document matches “${ref}”` : `“${ref}”对应多份文件 / “${ref}” matches ${partial.length} documents`,
    { hint: '用文件 id 或完整标题 / give the document id or its full title (policy-graph export lists them).' });
}

function pairsOf(views: Views, options: { from?: string; to?: string }): [DocView, DocView][] {
  return options.from && options.to
    ? [[findDoc(views.docs, options.from), findDoc(views.docs, options.to)]]
    : alignmentPairs(views.docs, views.texts);
}

/** A pair's links with the reviewers' decisions applied: rejected ones listed as such, accepted ones kept whatever their score. */
export function alignPair(lower: DocView, higher: DocView, decisions: ReadonlyMap<string, LinkDecision>, tokenize: Segmenter['tokenize']): AlignmentLink[] {
  return alignDocuments(lower, higher, tokenize, { decisions });
}

/** Align every pair of documents where one carries out the other, or just `from` → `to`. */
export async function alignStore(store: GraphStore, options: { from?: string; to?: string } = {}): Promise<PairAlignment[]> {
  return alignViews(await alignmentViews(store), options);
}

function alignViews(views: Views, options: { from?: string; to?: string }): PairAlignment[] {
  return pairsOf(views, options).map(([lower, higher]) => {
    const links = alignPair(lower, higher, views.decisions, views.tokenize);
    const tasks = new Map([...lower.tasks, ...higher.tasks].map((t) => [t.id, brief(t)]));
    return {
      lower: { id: lower.id, title: lower.title }, higher: { id: higher.id, title: higher.title },
      links: links.map((l) => ({ ...l, sourceTask: tasks.get(l.source) as TaskBrief, targetTask: tasks.get(l.target) as TaskBrief })),
      gaps: implementationGaps(higher, links, lower.id).map(brief), orphans: orphans(lower, links).map(brief),
    };
  });
}

/**
 * Record a reviewer's decision on the link `id` (one of the pairs `align` finds), or clear it (`suggested`).
 * Returns the link as it reads now; an id no current pair has is NOT_FOUND.
 */
export async function decideLink(store: GraphStore, id: string, status: LinkStatus, note?: string): Promise<AlignmentLink> {
  const views = await alignmentViews(store);
  for (const [lower, higher] of pairsOf(views, {})) {
    const link = alignPair(lower, higher, views.decisions, views.tokenize).find((l) => l.id === id);
    if (!link) continue;
    const source = lower.tasks.find((t) => t.id === link.source);
    const target = higher.tasks.find((t) => t.id === link.target);
    if (!source || !target) continue;
    const old = views.stored.get(id);
    if (status === 'suggested') {
      await store.saveLinkDecisions([], old ? [id, old] : [id]);
      const { note: _dropped, ...rest } = link;
      return { ...rest, status };
    }
    const decision: LinkDecision = {
      id, status, decidedAt: new Date().toISOString(), lower: taskKey(lower, source), higher: taskKey(higher, target), ...(note ? { note } : {}),
    };
    await store.saveLinkDecisions([decision], old ? [old] : []);
    const { note: _old, ...rest } = link;
    return { ...rest, status, ...(note ? { note } : {}) };
  }
  throw new AppError('NOT_FOUND', `没有这条对应关系 / no link ${id}`, {
    hint: 'GET /api/align (或 policy-graph align --json) 列出全部对应关系及其 id / lists every link with its id.',
  });
}

/** `graph` (the whole export or a part of it) with the decided links between its tasks as IMPLEMENTS edges. */
export async function withLinkEdges(store: GraphStore, graph: GraphExport): Promise<ExportWithLinks> {
  const views = await alignmentViews(store, graph);
  if (views.decisions.size === 0) return graph;
  const edges: ExportWithLinks['edges'] = [...graph.edges, ...decidedLinkEdges(views.docs, views.decisions, (l, h, d) => alignPair(l, h, d, views.tokenize))];
  return { ...graph, edges: edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** Restore the decisions an export carries into `store` (replacing decisions of the same links); returns them. */
export async function importLinkDecisions(store: GraphStore, data: unknown, source: string): Promise<LinkDecision[]> {
  const decisions = decisionsFromExport(data, source);
  await store.saveLinkDecisions(decisions);
  return decisions;
}

/** Compare two documents task by task: `before` is the older (or draft) plan. */
export async function compareStore(store: GraphStore, before: string, after: string): Promise<Comparison> {
  return compareViews(await alignmentViews(store), before, after);
}

function compareViews({ docs, tokenize }: Views, before: string, after: string): Comparison {
  const result = comparePlans(findDoc(docs, before), findDoc(docs, after), tokenize);
  return {
    ...result,
    tasks: result.tasks.map((t) => ({ status: t.status, score: t.score, before: t.before && brief(t.before), after: t.after && brief(t.after) })),
  };
}

/**
 * Every pair aligned and any two plans compared, from one read of the store (ask's per-version alignment,
 * server/ask/reader/alignment-data.ts), the read alignStore and compareStore make (alignmentViews): the pages the other
 * per-version indexes read (graph-snapshot.ts graphSource), not a whole export, which on Neo4j at 1,000 documents was the
 * server's peak (RSS 773 → 1,097 MB) and the CLI's.
 */
export async function storeAlignment(view: GraphStore): Promise<{ pairs: PairAlignment[]; compare: (before: string, after: string) => Comparison }> {
  const views = await alignmentViews(view);
  return { pairs: alignViews(views, {}), compare: (before, after) => compareViews(views, before, after) };
}
