// Whole-graph sets a reader would otherwise scan for on every question, built once per view (per graph version).
import type { Role } from '../../../graph/catalogue/schemas.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { memoPerKey, type Steps } from '../../../graph/slices.ts';
import { PairPostings } from '../../search/pair-postings.ts';
import { tasksWithPairs, textGramsSteps, type TextGrams } from '../../search/text-grams.ts';
import { tasksMaybeContaining } from '../view-grams.ts';
import { compareDuties, docOf, type DocInfo, type Duty, type GraphView } from './view.ts';

interface ViewSets {
  /** Tasks and sections with duties but none of them a lead, in view order. */
  lackingLead: GraphNode[];
  /** Tasks (not a bracketed stub) whose duties are all leads, or that have none, in view order. */
  onlyLead: GraphNode[];
  /** Sections by document, in view order. */
  sectionsByDoc: Map<string, GraphNode[]>;
  /** Documents by id (the first of an id, as a find over the list would give). */
  docById: Map<string, DocInfo>;
  /** Duties by the document of their task, each list in view.duties order. */
  dutiesByDoc: Map<string, Duty[]>;
  /** Sections and targets by character pairs (tasks have theirs in view-grams.ts). */
  otherGrams: TextGrams;
  /** The copy searched in place of a node whose text is stored as something else than a string (see buildSteps). */
  original: Map<GraphNode, GraphNode>;
}

/**
 * View order is id order: the view takes its nodes as the graph's pages give them, sorted by id (graph-source.ts).
 * Hits of several indexes merge back into it by id, not by a table of every node's place (at 1,000 documents a Map
 * entry for each of ~100,000 nodes, held for the version's life).
 */
const byViewOrder = (a: GraphNode, b: GraphNode) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function* buildSteps(view: GraphView): Steps<ViewSets> {
  const out: ViewSets = { lackingLead: [], onlyLead: [], sectionsByDoc: new Map(), docById: new Map(), dutiesByDoc: new Map(), otherGrams: { tasks: [], pairs: PairPostings.EMPTY }, original: new Map() };
  const others: GraphNode[] = [];
  for (const n of view.nodes.values()) {
    const duties = view.dutiesOfTask.get(n.id) ?? [];
    const leads = duties.filter((d) => d.role === 'lead').length;
    if ((n.label === 'Task' || n.label === 'Section') && duties.length > 0 && leads === 0) out.lackingLead.push(n);
    if (n.label === 'Task' && !String(n.name).startsWith('（') && leads === duties.length) out.onlyLead.push(n);
    if (n.label === 'Section') (out.sectionsByDoc.get(docOf(n)) ?? out.sectionsByDoc.set(docOf(n), []).get(docOf(n))!).push(n);
    if (n.label === 'Section' || n.label === 'Target') {
      // The text as the reader compares it (String of whatever is stored), so the index stays a superset of its hits:
      // a string (or no text) is indexed as it is; anything else through a copy holding its String.
      const text = n.properties.text;
      if (typeof text === 'string' || text === undefined || text === null) others.push(n);
      else {
        const searched = { ...n, properties: { text: String(text) } };
        out.original.set(searched, n);
        others.push(searched);
      }
    }
    yield;
  }
  out.otherGrams = yield* textGramsSteps(others);
  for (const d of view.documents) if (!out.docById.has(d.id)) out.docById.set(d.id, d);
  for (const d of view.duties) {
    (out.dutiesByDoc.get(docOf(d.task)) ?? out.dutiesByDoc.set(docOf(d.task), []).get(docOf(d.task))!).push(d);
    yield;
  }
  return out;
}

/** The sets of a view: built on first use, or ahead of it in turns by warmAsk (a whole-graph pass, a second or more
 *  on a 20 MB plan). */
const sets = memoPerKey(buildSteps);

const viewSets = sets.get;
export const warmViewSets = sets.warm;

/** Tasks and sections that have units but no lead unit, in view order. */
export function nodesLackingLead(view: GraphView): GraphNode[] {
  return viewSets(view).lackingLead;
}

/** Tasks whose every duty is a lead (none supporting or responsible), in view order. */
export function tasksOnlyLead(view: GraphView): GraphNode[] {
  return viewSets(view).onlyLead;
}

/** Tasks, sections and targets that may hold `needle` in their name or text, in view order; callers check the text. */
export function nodesMaybeContaining(view: GraphView, needle: string): GraphNode[] {
  const s = viewSets(view);
  const hits = [...tasksMaybeContaining(view, needle), ...tasksWithPairs(s.otherGrams, needle).map((n) => s.original.get(n) ?? n)];
  return hits.sort(byViewOrder);
}

/** The sections of these documents, in view order: a scoped walk instead of one over every node. */
export function sectionsIn(view: GraphView, docIds: string[]): GraphNode[] {
  const found = [...new Set(docIds)].flatMap((id) => viewSets(view).sectionsByDoc.get(id) ?? []);
  return found.sort(byViewOrder);
}

/** A document of the view by id, without a walk over the list. */
export function docInfo(view: GraphView, id: string): DocInfo | undefined {
  return viewSets(view).docById.get(id);
}

/** The duties whose task is in these documents (all of them when null), in view.duties order. */
export function dutiesIn(view: GraphView, docIds: string[] | null): Duty[] {
  if (!docIds) return view.duties;
  const byDoc = viewSets(view).dutiesByDoc;
  // view.duties is sorted by document id first: the documents' lists in that order are its filtered sequence.
  return [...new Set(docIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).flatMap((id) => byDoc.get(id) ?? []);
}

/** The duties of every unit bearing one of these names, in view.duties order: the named units' lists, not a walk over all. */
export function dutiesOfUnitsNamed(view: GraphView, names: string[]): Duty[] {
  const found = [...new Set(names)].flatMap((name) => (view.byName.get(name) ?? []).flatMap((n) => view.dutiesOfUnit.get(n.id) ?? []));
  // view.duties' own order (each unit's list is in it already; of one unit, task and role the list keeps its order).
  return found.sort(compareDuties);
}

/** A unit name's first node and the roles it holds, over these documents' duties (all, cached, when null). */
export type UnitRoles = Map<string, { unit: GraphNode; roles: Set<Role> }>;

const allRoles = new WeakMap<GraphView, UnitRoles>();

export function unitRoles(view: GraphView, docIds: string[] | null): UnitRoles {
  const known = docIds ? null : allRoles.get(view);
  if (known) return known;
  const byName: UnitRoles = new Map();
  for (const d of dutiesIn(view, docIds)) {
    const e = byName.get(d.unit.name) ?? { unit: d.unit, roles: new Set<Role>() };
    e.roles.add(d.role);
    byName.set(d.unit.name, e);
  }
  if (!docIds) allRoles.set(view, byName);
  return byName;
}
