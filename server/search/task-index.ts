// The full-text index over a graph's tasks and sections, rebuilt from the store when its documents change.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { simplifyShortText } from '../../graph/read/script.ts';
import { DUTY_TYPES, ENTITY_LABELS, type GraphEdge, type GraphNode } from '../../graph/model.ts';
import type { GraphPages } from '../../graph/store/graph-source.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { inTurns, SLICE_MS, type Steps } from '../../graph/slices.ts';
import { StoreCache } from '../store-cache.ts';
import { graphSource } from './graph-snapshot.ts';
import { Bm25Index, type Bm25Hit } from './bm25.ts';
import { segmenterFor, type Segmenter } from './tokenizer.ts';

export interface IndexedTask {
  id: string;
  label: 'Task' | 'Section';
  name: string;
  docId: string;
  number: string;
  path: string;
  text: string;
  /** Units with any duty on it, by name. */
  units: string[];
}

export interface TaskIndex {
  /** The corpus's own segmentation: questions searched against this index are cut the same way. */
  tokenize: Segmenter['tokenize'];
  tasks: Map<string, IndexedTask>;
  /** The best `limit` tasks for a text, among those `keep` accepts when given. */
  search(query: string, limit: number, keep?: (task: IndexedTask) => boolean): Array<Bm25Hit & { task: IndexedTask }>;
  /** Whether any word of the query occurs in some task (the same as a non-empty search, without ranking). */
  matches(query: string): boolean;
  /** Settles once the background slices have segmented every task, so no question pays for the rest. */
  ready: Promise<void>;
  /** `ready`, with the slices kept going meanwhile (warm-up): in the background they run only when something else wakes the loop. */
  complete(): Promise<void>;
}

const NAMED_LABELS = ['Unit', ...ENTITY_LABELS] as const;
const NAMED = new Set<string>(NAMED_LABELS);
// A title says what a task is about more than any sentence of its body.
const TITLE_WEIGHT = 3;

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Names and aliases of the units and entities among these nodes, so jieba keeps 涪江观光农业走廊 or 区发展改革委 whole. */
export function namedWords(nodes: Iterable<GraphNode>): string[] {
  const words: string[] = [];
  for (const n of nodes) {
    if (!NAMED.has(n.label)) continue;
    words.push(n.name);
    const aliases = n.properties.aliases;
    if (Array.isArray(aliases)) words.push(...aliases.filter((a): a is string => typeof a === 'string'));
  }
  return words;
}

/** namedWords read from the graph's pages: the named nodes alone. */
export async function readCorpusWords(pages: GraphPages): Promise<string[]> {
  const words: string[] = [];
  for await (const page of pages.nodes(NAMED_LABELS)) words.push(...namedWords(page));
  return words;
}

function toTask(node: GraphNode, units: string[]): IndexedTask {
  const p = node.properties;
  return {
    id: node.id, label: node.label as IndexedTask['label'], name: node.name, docId: str(p.docId),
    number: str(p.number), path: str(p.path), text: str(p.text), units,
  };
}


/**
 * Segmenting every task is most of the build, so it runs in slices between requests once the version is known;
 * a search before it is done finishes the rest itself. The index is the same either way.
 */
function bm25In(tasks: Map<string, IndexedTask>, tokenize: Segmenter['tokenize']): { ranked: () => Bm25Index; ready: Promise<void>; complete: () => Promise<void> } {
  const bm25 = new Bm25Index();
  const queue = [...tasks.values()];
  let next = 0;
  const add = (until: number) => {
    if (next === queue.length) return;
    for (; next < Math.min(until, queue.length); next++) {
      // Questions are read in simplified script; a plan the parser kept in 繁體 is indexed in it too.
      const title = tokenize(simplifyShortText(queue[next].name));
      bm25.add(queue[next].id, [...Array.from({ length: TITLE_WEIGHT }, () => title).flat(), ...tokenize(simplifyShortText(queue[next].text))]);
    }
    // The last task in: the index is held for the version's life, so its postings are made compact.
    if (next === queue.length) bm25.compact();
  };
  let done = () => {};
  const ready = new Promise<void>((resolve) => {
    done = resolve;
  });
  // Unreferenced, so a CLI run that never searches exits without segmenting everything; referenced once awaited.
  let awaited = false;
  let pending: NodeJS.Immediate | null = null;
  const schedule = () => {
    pending = setImmediate(slice);
    if (!awaited) pending.unref();
  };
  // A few ms of segmenting per turn: a count of tasks per turn was seconds on a 20 MB plan's long section texts.
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    while (next < queue.length && performance.now() < until) add(next + 1);
    if (next < queue.length) schedule();
    else done();
  };
  schedule();
  const ranked = () => {
    add(queue.length);
    done();
    return bm25;
  };
  const complete = () => {
    awaited = true;
    pending?.ref();
    return ready;
  };
  return { ranked, ready, complete };
}

/** The index of a graph's tasks from its pages (names, duty ends, tasks and sections); BM25 goes on in the background after it. */
async function buildTaskIndex(pages: GraphPages): Promise<TaskIndex> {
  const words: string[] = [];
  const names = new Map<string, string>();
  for await (const page of pages.nodes(NAMED_LABELS)) {
    words.push(...namedWords(page));
    for (const n of page) names.set(n.id, n.name);
  }
  const { tokenize } = segmenterFor(words);
  const unitsOf = new Map<string, Set<string>>();
  for await (const page of pages.edges(DUTY_TYPES)) {
    await inTurns(dutySteps(page, names, unitsOf));
  }
  const tasks = new Map<string, IndexedTask>();
  for await (const page of pages.nodes(['Task', 'Section'])) {
    for (const node of page) tasks.set(node.id, toTask(node, [...(unitsOf.get(node.id) ?? [])].sort()));
    await nextTurn();
  }
  const { ranked, ready, complete } = bm25In(tasks, tokenize);
  return {
    tokenize,
    tasks,
    ready,
    complete,
    search: (query, limit, keep) => ranked().search(tokenize(query), limit, keep && ((id) => keep(tasks.get(id)!)))
      .map((hit) => ({ ...hit, task: tasks.get(hit.id)! })),
    matches: (query) => ranked().hasAny(tokenize(query)),
  };
}

/** Each duty's unit by name under its task. Units are named nodes, so `names` has them. */
function* dutySteps(edges: readonly GraphEdge[], names: ReadonlyMap<string, string>, unitsOf: Map<string, Set<string>>): Steps<void> {
  for (const e of edges) {
    const set = unitsOf.get(e.target) ?? new Set<string>();
    set.add(names.get(e.source) ?? e.source);
    unitsOf.set(e.target, set);
    yield;
  }
}

const cache = new StoreCache((store) => graphSource(store).read(buildTaskIndex));

export function taskIndexFor(store: GraphStore, fingerprint?: string): Promise<TaskIndex> {
  return cache.get(store, fingerprint);
}

/**
 * Tasks and sections ranked for a text, best first: the store's own full-text index when it has one (Neo4j,
 * so the server keeps no copy of the graph for search), else BM25 over the in-process index.
 */
export async function searchTasks(store: GraphStore, query: string, limit: number): Promise<Array<Bm25Hit & { task: IndexedTask }>> {
  if (store.searchText) return (await store.searchText([...new Set((await taskIndexFor(store)).tokenize(query))], limit)).map((h) => ({ id: h.task.id, score: h.score, task: h.task }));
  return (await taskIndexFor(store)).search(query, limit);
}
