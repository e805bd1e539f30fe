// Which tasks' title or text contain a string word for word: a character-pair index, so a reader looks at a few tasks, not all.
import type { GraphNode } from '../../graph/model.ts';
import { runNow, type Steps } from '../../graph/slices.ts';
import { sortedIndexOf, type Packed } from './packed.ts';
import { PairPostings, pairKey } from './pair-postings.ts';

export interface TextGrams {
  /** Tasks in the order they were given, each with its title and text as searched. */
  tasks: GraphNode[];
  /** Character pair → ascending positions in `tasks` (pair-postings.ts). */
  pairs: PairPostings;
}

function haystack(n: GraphNode): string {
  return `${n.name}\u0000${typeof n.properties.text === 'string' ? n.properties.text : ''}`;
}

export function buildTextGrams(tasks: Iterable<GraphNode>): TextGrams {
  return runNow(textGramsSteps(tasks));
}

/** The same in steps (a task each), for building in turns (graph/slices.ts). */
export function* textGramsSteps(tasks: Iterable<GraphNode>): Steps<TextGrams> {
  const list = [...tasks];
  return { tasks: list, pairs: yield* PairPostings.build(list.length, (at) => haystack(list[at])) };
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
    // A binary search in each common pair's long list for the rarest pair's few tasks.
    hits = hits.filter((p) => sortedIndexOf(list, p) >= 0);
  }
  return Array.from(hits, (p) => grams.tasks[p]);
}
