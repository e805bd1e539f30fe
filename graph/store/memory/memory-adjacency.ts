// The memory index as Adjacency arrays (graph/catalogue/adjacency.ts), built on the first traversal of each graph version.
import { Adjacency } from '../../catalogue/adjacency.ts';
import type { MemoryIndex } from './memory-index.ts';

/** Per index copy (the store keeps two, memory-gate.ts): each has its own version counter. */
const built = new WeakMap<MemoryIndex, { version: number; adjacency: Adjacency }>();

export function adjacencyOf(index: MemoryIndex): Adjacency {
  const cached = built.get(index);
  if (cached?.version === index.version) return cached.adjacency;
  const adjacency = new Adjacency(index.nodes.values(), index.edges.values());
  built.set(index, { version: index.version, adjacency });
  return adjacency;
}
