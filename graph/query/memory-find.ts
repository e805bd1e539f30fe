// The memory engine's find: the nodes a find step starts from, with the filters right after it applied on the way.
// A find by label over every target followed by a name filter made an item per target and copied the set per filter;
// here only the survivors become items. The set limit still counts what the plain find would have held (as
// cypher.ts's narrowed find does), so a plan too large before its filters stays TOO_LARGE.
import type { GraphNode, NodeLabel } from '../model.ts';
import type { MemoryIndex } from '../store/memory/memory-index.ts';
import { namesMaybeContaining, nodesOf } from './memory-cache.ts';
import { documentMatches } from './memory-filter.ts';
import { item, type State } from './memory-walk.ts';
import type { ProgramStep } from './program.ts';

type FindStep = Extract<ProgramStep, { op: 'find' }>;

const ANY = (): boolean => true;

interface Found {
  state: State;
  /** How many nodes the find itself matched, before `keep`. */
  matched: number;
}

function sectionMatches(node: GraphNode, step: Extract<FindStep, { by: 'section' }>): boolean {
  const p = node.properties;
  return (step.path === undefined || p.path === step.path) && (step.number === undefined || p.number === step.number)
    && (step.title === undefined || node.name.includes(step.title)) && (step.docId === undefined || p.docId === step.docId);
}

/** contains: a name or alias contains a term; fuzzy also: a term contains a name or alias of ≥ 2 characters. */
function nameMatches(node: GraphNode, terms: readonly string[], fuzzy: boolean): boolean {
  const hit = (n: string) => terms.some((t) => n.includes(t) || (fuzzy && n.length >= 2 && t.includes(n)));
  if (hit(node.name)) return true;
  const aliases = node.properties.aliases;
  return Array.isArray(aliases) && aliases.some((a) => hit(String(a)));
}

/** What the fused filters keep: a node predicate, and the texts their names must contain (tested first, cheaply). */
interface Keep {
  test: (n: GraphNode) => boolean;
  names: readonly string[];
}

/**
 * The nodes of `labels` (each label once) that pass `test`, counted, and kept when `keep` passes too. `within`: texts
 * every name passing `test` contains (a section's title), so only names holding their rarest character are tested.
 */
function scan(index: MemoryIndex, labels: readonly NodeLabel[], test: (n: GraphNode) => boolean, keep: Keep, within: readonly string[] = []): Found {
  const state: State = new Map();
  let matched = 0;
  for (const label of new Set(labels)) {
    const of = nodesOf(index, label);
    const { nodes, names } = of;
    // With no test every node counts as matched, so only the kept ones need finding: by the filters' texts.
    if (test === ANY) matched += nodes.length;
    const texts = test === ANY ? keep.names : within;
    const positions = texts.length > 0 ? namesMaybeContaining(of, texts) : null;
    const end = positions ? positions.length : nodes.length;
    for (let k = 0; k < end; k++) {
      const i = positions ? positions[k] : k;
      const node = nodes[i];
      if (test !== ANY) {
        if (!test(node)) continue;
        matched++;
      }
      if (keep.names.every((text) => names[i].includes(text)) && keep.test(node)) state.set(node.id, item(node));
    }
  }
  return { state, matched };
}

function exact(index: MemoryIndex, step: Extract<FindStep, { by: 'name' }>, keep: Keep): Found {
  const found = new Map<string, GraphNode>();
  const add = (node: GraphNode | undefined) => {
    if (node && (!step.labels || step.labels.includes(node.label))) found.set(node.id, node);
  };
  for (const term of step.names) {
    add(index.nodes.get(term));
    for (const id of index.idsNamed(term)) add(index.nodes.get(id));
  }
  const state: State = new Map();
  for (const [id, node] of found) if (keep.test(node)) state.set(id, item(node));
  return { state, matched: found.size };
}

/** The find's nodes that `keep` accepts (the fused filters), and how many the find matched. */
export function find(index: MemoryIndex, step: FindStep, keep: Keep): Found {
  switch (step.by) {
    case 'label': return scan(index, step.labels, ANY, keep);
    case 'document': return scan(index, ['Document'], (n) => documentMatches(n, step), keep);
    case 'section': return scan(index, ['Section'], (n) => sectionMatches(n, step), keep, step.title ? [step.title] : []);
    case 'name': {
      if (step.match === 'exact') return exact(index, step, keep);
      const fuzzy = step.match === 'fuzzy';
      return scan(index, step.labels ?? [...index.byLabel.keys()], (n) => nameMatches(n, step.names, fuzzy), keep);
    }
  }
}
