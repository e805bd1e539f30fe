// The label an id's prefix names (`task:…` is a Task): both stores refuse a node whose id names another label.
import { NODE_LABELS, type NodeLabel } from '../../model.ts';

/** The prefix each label's ids carry (graph/ids.ts stableId, build-batch.ts documentId): `task:…`, `doc:…`. */
export const ID_PREFIX: Readonly<Record<NodeLabel, string>> = {
  Document: 'doc', Section: 'section', Task: 'task', Unit: 'unit', Place: 'place', Industry: 'industry', Corridor: 'corridor',
  Project: 'project', Target: 'target',
};

const LABEL_OF_PREFIX = new Map<string, NodeLabel>(NODE_LABELS.map((l) => [ID_PREFIX[l], l]));

/** The label an id's prefix names, or null for an id of another shape (any label may carry it). */
export function labelOfId(id: string): NodeLabel | null {
  // A map, not a search of the labels with a closure: this runs for every node of every batch validated.
  return LABEL_OF_PREFIX.get(id.slice(0, id.indexOf(':'))) ?? null;
}
