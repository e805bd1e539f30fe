// The reader view's tasks indexed by character pairs, once per view: "which tasks say X word for word" without a scan.
import type { GraphNode } from '../../graph/model.ts';
import { inTurns } from '../../graph/slices.ts';
import { buildTextGrams, tasksWithPairs, textGramsSteps, type TextGrams } from '../search/text-grams.ts';
import type { GraphView } from './reader/view.ts';

const grams = new WeakMap<GraphView, TextGrams>();

/** The view's tasks (label Task) that may contain `needle` in their title or text, in view order; callers check the text. */
export function tasksMaybeContaining(view: GraphView, needle: string): GraphNode[] {
  return tasksWithPairs(viewGrams(view), needle);
}

const viewTasks = (view: GraphView) => [...view.nodes.values()].filter((n) => n.label === 'Task');

/** The pairs of a view's tasks, built on first use (or ahead of it, by warmAsk). */
export function viewGrams(view: GraphView): TextGrams {
  let index = grams.get(view);
  if (!index) {
    index = buildTextGrams(viewTasks(view));
    grams.set(view, index);
  }
  return index;
}

/** The same built in turns of a few ms (warmAsk): a 20 MB plan's tasks hold the event loop for a second otherwise. */
export async function warmViewGrams(view: GraphView): Promise<void> {
  if (grams.has(view)) return;
  const index = await inTurns(textGramsSteps(viewTasks(view)));
  // A question may have built them meanwhile: the first stays, so every reader sees one index.
  if (!grams.has(view)) grams.set(view, index);
}
