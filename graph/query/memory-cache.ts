// Per-version views of the memory index that the engine reads on every plan: each label's nodes as one array, and
// the neighbour counts rank steps ask for again and again. Dropped whole when the index's version moves.
import type { GraphNode, NodeLabel } from '../model.ts';
import type { MemoryIndex } from '../store/memory/memory-index.ts';

/** One label's nodes, and their names at the same positions (a name test reads no node). */
export interface LabelNodes {
  nodes: GraphNode[];
  names: string[];
  /** Character → ascending positions of the names holding it; built on the first name filter over the label. */
  byChar?: Map<string, number[]>;
}

interface View {
  version: number;
  labels: Map<NodeLabel, LabelNodes>;
  counts: Map<string, Map<string, number>>;
}

/** Relation checks whose counts are kept per version (a plan names one; a server sees a handful). */
const COUNT_KEYS = 16;

/** Per index copy (the store keeps two, memory-gate.ts), each with its own version, as memory-adjacency.ts does. */
const views = new WeakMap<MemoryIndex, View>();

function viewOf(index: MemoryIndex): View {
  const cached = views.get(index);
  if (cached?.version === index.version) return cached;
  const view: View = { version: index.version, labels: new Map(), counts: new Map() };
  views.set(index, view);
  return view;
}

/**
 * The nodes of one label. Scanning a label was an id set read through the node map, a hash lookup per node
 * (most of a find over 20,000 targets); the arrays are built once per version.
 */
export function nodesOf(index: MemoryIndex, label: NodeLabel): Readonly<LabelNodes> {
  const view = viewOf(index);
  let found = view.labels.get(label);
  if (!found) {
    found = { nodes: [], names: [] };
    for (const id of index.byLabel.get(label) ?? []) {
      const node = index.nodes.get(id);
      if (!node) continue;
      found.nodes.push(node);
      found.names.push(node.name);
    }
    view.labels.set(label, found);
  }
  return found;
}

/**
 * A node's count under `key` (a relation check that names no set), computed once per version: "which unit has the
 * most tasks" counts every unit's duties, the same counts each time until the graph changes.
 */
export function countCache(index: MemoryIndex, key: string): Map<string, number> {
  const { counts } = viewOf(index);
  let cache = counts.get(key);
  if (!cache) {
    if (counts.size >= COUNT_KEYS) counts.delete(counts.keys().next().value as string);
    cache = new Map();
    counts.set(key, cache);
  }
  return cache;
}

function charIndex(label: LabelNodes): Map<string, number[]> {
  if (label.byChar) return label.byChar;
  const byChar = new Map<string, number[]>();
  label.names.forEach((name, i) => {
    for (const c of new Set(name)) {
      const list = byChar.get(c);
      if (list) list.push(i);
      else byChar.set(c, [i]);
    }
  });
  label.byChar = byChar;
  return byChar;
}

/**
 * Ascending positions of the label's names that may contain every text: those holding each text's rarest character.
 * A name filter over 20,000 targets tested every name; this tests the few that share its rarest character.
 */
export function namesMaybeContaining(label: LabelNodes, texts: readonly string[]): number[] {
  const byChar = charIndex(label);
  let best: number[] | null = null;
  for (const text of texts) {
    for (const c of text) {
      const list = byChar.get(c) ?? [];
      if (!best || list.length < best.length) best = list;
    }
  }
  return best ?? label.names.map((_, i) => i);
}
