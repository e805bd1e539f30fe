// Which tasks' title or text contain a string word for word: a character-pair index, so a reader looks at a few tasks, not all.
import type { GraphNode } from '../../graph/model.ts';
import { runNow, type Steps } from '../../graph/slices.ts';
import { packedArray, type Packed } from './packed.ts';

export interface TextGrams {
  /** Tasks in the order they were given, each with its title and text as searched. */
  tasks: GraphNode[];
  /** Character pair (two UTF-16 units as one number) → ascending positions in `tasks`. */
  pairs: Map<number, Packed>;
}

const pairKey = (s: string, i: number) => s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);

function haystack(n: GraphNode): string {
  return `${n.name}\u0000${typeof n.properties.text === 'string' ? n.properties.text : ''}`;
}

export function buildTextGrams(tasks: Iterable<GraphNode>): TextGrams {
  return runNow(textGramsSteps(tasks));
}

/** The same in steps (a task each), for building in turns (graph/slices.ts). */
export function* textGramsSteps(tasks: Iterable<GraphNode>): Steps<TextGrams> {
  const list = [...tasks];
  const growing = new Map<number, number[]>();
  for (let at = 0; at < list.length; at++) {
    const s = haystack(list[at]);
    for (let i = 0; i + 1 < s.length; i++) {
      const key = pairKey(s, i);
      const found = growing.get(key);
      if (!found) growing.set(key, [at]);
      else if (found[found.length - 1] !== at) found.push(at);
    }
    yield;
  }
  // Held for the graph version's life, and its size is the text's (millions of positions at 1,000 documents): every
  // pair's positions go end to end into one typed array, as narrow as the task count allows (packed.ts: 2 bytes a
  // position under 65,536 tasks, where a grown number array takes 8 and its spare room), each pair's list a view of it.
  // An array of its own per pair also cost a buffer per pair, and most of the hundreds of thousands of pairs occur in a
  // task or two.
  let total = 0;
  for (const found of growing.values()) total += found.length;
  const all = packedArray(total, Math.max(0, list.length - 1));
  const pairs = new Map<number, Packed>();
  let end = 0;
  for (const [key, found] of growing) {
    all.set(found, end);
    pairs.set(key, all.subarray(end, end + found.length));
    end += found.length;
    growing.delete(key);
    if (pairs.size % 4096 === 0) yield;
  }
  return { tasks: list, pairs };
}

/**
 * Tasks whose title or text may contain `needle`, in the order given: every one holding all of its character pairs
 * (a superset: callers check the text itself). A needle of one character cannot be narrowed: every task is returned.
 */
export function tasksWithPairs(grams: TextGrams, needle: string): GraphNode[] {
  if (needle.length < 2) return grams.tasks;
  const lists: Packed[] = [];
  for (let i = 0; i + 1 < needle.length; i++) {
    const list = grams.pairs.get(pairKey(needle, i));
    if (!list) return [];
    lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  let hits = lists[0];
  for (const list of lists.slice(1)) {
    if (hits.length === 0) break;
    hits = hits.filter((p) => holds(list, p));
  }
  return Array.from(hits, (p) => grams.tasks[p]);
}

/** Binary search in an ascending list: the rarest pair's few tasks are looked up in the common pairs' long lists. */
function holds(list: Packed, p: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === p) return true;
    if (list[mid] < p) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
