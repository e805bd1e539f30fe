// The reader view's tasks indexed by character pairs, once per view: "which tasks say X word for word" without a scan.
import type { GraphNode } from '../../graph/model.ts';
import { memoPerKey } from '../../graph/slices.ts';
import { tasksWithPairs, textGramsSteps } from '../search/text-grams.ts';
import type { GraphView } from './reader/view.ts';

const viewTasks = (view: GraphView) => [...view.nodes.values()].filter((n) => n.label === 'Task');

/** The pairs of a view's tasks: built on first use, or ahead of it in turns by warmAsk (a 20 MB plan's tasks hold the
 *  event loop for a second in one piece). */
const grams = memoPerKey((view: GraphView) => textGramsSteps(viewTasks(view)));

export const warmViewGrams = grams.warm;

/** The view's tasks (label Task) that may contain `needle` in their title or text, in view order; callers check the text. */
export function tasksMaybeContaining(view: GraphView, needle: string): GraphNode[] {
  return tasksWithPairs(grams.get(view), needle);
}
