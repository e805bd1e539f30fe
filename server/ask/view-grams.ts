// The reader view's tasks indexed by character pairs, once per view: "which tasks say X word for word" without a scan.
import type { GraphNode } from '../../graph/model.ts';
import { buildTextGrams, tasksWithPairs, type TextGrams } from '../search/text-grams.ts';
import type { GraphView } from './reader/view.ts';

const grams = new WeakMap<GraphView, TextGrams>();

/** The view's tasks (label Task) that may contain `needle` in their title or text, in view order; callers check the text. */
export function tasksMaybeContaining(view: GraphView, needle: string): GraphNode[] {
  return tasksWithPairs(viewGrams(view), needle);
}

/** The pairs of a view's tasks, built on first use (or ahead of it, by warmAsk). */
export function viewGrams(view: GraphView): TextGrams {
  let index = grams.get(view);
  if (!index) {
    index = buildTextGrams([...view.nodes.values()].filter((n) => n.label === 'Task'));
    grams.set(view, index);
  }
  return index;
}
