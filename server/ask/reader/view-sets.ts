// Whole-graph sets a reader would otherwise scan for on every question, built once per view (per graph version).
import type { GraphNode } from '../../../graph/model.ts';
import { buildTextGrams, tasksWithPairs, type TextGrams } from '../../search/text-grams.ts';
import { tasksMaybeContaining } from '../view-grams.ts';
import { docOf, type GraphView } from './view.ts';

interface ViewSets {
  /** Tasks and sections with duties but none of them a lead, in view order. */
  lackingLead: GraphNode[];
  /** Tasks (not a bracketed stub) whose duties are all leads, or that have none, in view order. */
  onlyLead: GraphNode[];
  /** Sections by document, in view order. */
  sectionsByDoc: Map<string, GraphNode[]>;
  /** Every node's place in view order, to merge hits of several indexes back into it. */
  ordinal: Map<GraphNode, number>;
  /** Sections and targets by character pairs (tasks have theirs in view-grams.ts); each maps back to its node. */
  otherGrams: TextGrams;
  original: Map<GraphNode, GraphNode>;
}

const sets = new WeakMap<GraphView, ViewSets>();

function build(view: GraphView): ViewSets {
  const out: ViewSets = { lackingLead: [], onlyLead: [], sectionsByDoc: new Map(), ordinal: new Map(), otherGrams: { tasks: [], pairs: new Map() }, original: new Map() };
  const others: GraphNode[] = [];
  for (const n of view.nodes.values()) {
    out.ordinal.set(n, out.ordinal.size);
    const duties = view.dutiesOfTask.get(n.id) ?? [];
    const leads = duties.filter((d) => d.role === 'lead').length;
    if ((n.label === 'Task' || n.label === 'Section') && duties.length > 0 && leads === 0) out.lackingLead.push(n);
    if (n.label === 'Task' && !String(n.name).startsWith('（') && leads === duties.length) out.onlyLead.push(n);
    if (n.label === 'Section') (out.sectionsByDoc.get(docOf(n)) ?? out.sectionsByDoc.set(docOf(n), []).get(docOf(n))!).push(n);
    if (n.label === 'Section' || n.label === 'Target') {
      // The text as the reader compares it (String of whatever is stored), so the index stays a superset of its hits.
      const searched = { ...n, properties: { text: String(n.properties.text ?? '') } };
      out.original.set(searched, n);
      others.push(searched);
    }
  }
  out.otherGrams = buildTextGrams(others);
  return out;
}

/** The sets of a view, built on first use (or ahead of it, by warmAsk). */
export function viewSets(view: GraphView): ViewSets {
  let s = sets.get(view);
  if (!s) {
    s = build(view);
    sets.set(view, s);
  }
  return s;
}

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
  const hits = [...tasksMaybeContaining(view, needle), ...tasksWithPairs(s.otherGrams, needle).map((n) => s.original.get(n)!)];
  return hits.sort((a, b) => s.ordinal.get(a)! - s.ordinal.get(b)!);
}

/** The sections of these documents, in view order: a scoped walk instead of one over every node. */
export function sectionsIn(view: GraphView, docIds: string[]): GraphNode[] {
  const s = viewSets(view);
  const found = [...new Set(docIds)].flatMap((id) => s.sectionsByDoc.get(id) ?? []);
  return found.sort((a, b) => s.ordinal.get(a)! - s.ordinal.get(b)!);
}
