// The full-text index over a graph's tasks and sections, rebuilt from the store when its documents change.
import { DUTY_TYPES, ENTITY_LABELS, type GraphExport, type GraphNode } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { StoreCache } from '../store-cache.ts';
import { Bm25Index, type Bm25Hit } from './bm25.ts';
import { addUserWords, tokenize } from './tokenizer.ts';

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
  tasks: Map<string, IndexedTask>;
  search(query: string, limit: number): Array<Bm25Hit & { task: IndexedTask }>;
}

const DUTIES = new Set<string>(DUTY_TYPES);
const NAMED = new Set<string>(['Unit', ...ENTITY_LABELS]);
// A title says what a task is about more than any sentence of its body.
const TITLE_WEIGHT = 3;

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Names and aliases of units and entities, so jieba keeps 涪江观光农业走廊 or 区发展改革委 whole. */
export function corpusWords(graph: GraphExport): string[] {
  const words: string[] = [];
  for (const n of graph.nodes) {
    if (!NAMED.has(n.label)) continue;
    words.push(n.name);
    const aliases = n.properties.aliases;
    if (Array.isArray(aliases)) words.push(...aliases.filter((a): a is string => typeof a === 'string'));
  }
  return words;
}

function toTask(node: GraphNode, units: string[]): IndexedTask {
  const p = node.properties;
  return {
    id: node.id, label: node.label as IndexedTask['label'], name: node.name, docId: str(p.docId),
    number: str(p.number), path: str(p.path), text: str(p.text), units,
  };
}

export function buildTaskIndex(graph: GraphExport): TaskIndex {
  addUserWords(corpusWords(graph));
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const unitsOf = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (!DUTIES.has(e.type)) continue;
    const set = unitsOf.get(e.target) ?? new Set<string>();
    set.add(names.get(e.source) ?? e.source);
    unitsOf.set(e.target, set);
  }
  const bm25 = new Bm25Index();
  const tasks = new Map<string, IndexedTask>();
  for (const node of graph.nodes) {
    if (node.label !== 'Task' && node.label !== 'Section') continue;
    const task = toTask(node, [...(unitsOf.get(node.id) ?? [])].sort());
    const title = tokenize(task.name);
    bm25.add(task.id, [...Array.from({ length: TITLE_WEIGHT }, () => title).flat(), ...tokenize(task.text)]);
    tasks.set(task.id, task);
  }
  return {
    tasks,
    search: (query, limit) => bm25.search(tokenize(query), limit).map((hit) => ({ ...hit, task: tasks.get(hit.id)! })),
  };
}

const cache = new StoreCache(async (store) => buildTaskIndex(await store.exportGraph()));

export function taskIndexFor(store: GraphStore): Promise<TaskIndex> {
  return cache.get(store);
}

/**
 * Tasks and sections ranked for a text, best first: the store's own full-text index when it has one (Neo4j,
 * so the server keeps no copy of the graph for search), else BM25 over the in-process index.
 */
export async function searchTasks(store: GraphStore, query: string, limit: number): Promise<Array<Bm25Hit & { task: IndexedTask }>> {
  if (store.searchText) return (await store.searchText([...new Set(tokenize(query))], limit)).map((h) => ({ id: h.task.id, score: h.score, task: h.task }));
  return (await taskIndexFor(store)).search(query, limit);
}
