// The memory engine: interprets a program step by step over the memory store's indexes.
import { AppError } from '../errors.ts';
import type { EdgeType, Evidence, GraphEdge, GraphNode, NodeLabel } from '../model.ts';
import type { MemoryIndex } from '../store/memory/memory-index.ts';
import { termsOf } from '../store/memory/memory-index.ts';
import { factsOf, type Program, type ProgramStep, type RawItem, type RawResult } from './program.ts';
import { documentKeys, documentMatches, nodeMatches, type DocLookup } from './memory-filter.ts';
import type { FollowStep, RelationCheck } from './schema.ts';
import { typesOf } from './validate.ts';

/** via/evidence stay null until a follow reaches the item: a find over every task allocates nothing per item. */
interface Item {
  node: GraphNode;
  via: Set<string> | null;
  evidence: Map<string, Evidence> | null;
  score: number | null;
}

type State = Map<string, Item>;

function item(node: GraphNode, score: number | null = null): Item {
  return { node, via: null, evidence: null, score };
}

function evidenceKey(e: Evidence): string {
  return `${e.docId}\u0000${e.start}\u0000${e.end}\u0000${e.text}`;
}

export function tooLarge(max: number): AppError {
  return new AppError('TOO_LARGE', `查询中间结果超过 ${max} 项 / a step of the plan produced more than ${max} items`, {
    hint: 'Narrow the plan: find by name instead of by label, filter by document, or follow fewer hops.',
  });
}

export function timedOut(ms: number): AppError {
  return new AppError('QUERY_TIMEOUT', `查询超时（${ms} ms）/ the plan ran longer than ${ms} ms`, {
    retriable: true, hint: 'Narrow the plan, or retry when the server is less busy.',
  });
}

/** Far ends of one hop over edges of `types`, in `direction`. */
function hop(index: MemoryIndex, id: string, types: EdgeType[], direction: RelationCheck['direction']): Array<{ edge: GraphEdge; far: string }> {
  const out: Array<{ edge: GraphEdge; far: string }> = [];
  if (direction !== 'in') for (const edge of index.outEdges(id, types)) out.push({ edge, far: edge.target });
  if (direction !== 'out') for (const edge of index.inEdges(id, types)) out.push({ edge, far: edge.source });
  return out;
}

function labelOk(node: GraphNode, labels?: readonly NodeLabel[]): boolean {
  return !labels || labels.includes(node.label);
}

/** Every trail (no edge twice) of 1..depth hops from each item, as Cypher's variable-length match walks them. */
function follow(index: MemoryIndex, state: State, step: FollowStep): State {
  const next: State = new Map();
  const types = typesOf(step.rel, step.roles);
  const walk = (origin: string, at: string, used: Set<string>, depth: number): void => {
    for (const { edge, far } of hop(index, at, types, step.direction)) {
      if (used.has(edge.id)) continue;
      const node = index.nodes.get(far);
      if (!node) continue;
      if (labelOk(node, step.labels)) {
        const reached = next.get(far) ?? item(node);
        next.set(far, reached);
        (reached.via ??= new Set()).add(origin);
        const ev = edge.properties.evidence;
        if (ev) (reached.evidence ??= new Map()).set(evidenceKey(ev), ev);
      }
      if (depth < step.depth) {
        used.add(edge.id);
        walk(origin, far, used, depth + 1);
        used.delete(edge.id);
      }
    }
  };
  for (const id of state.keys()) walk(id, id, new Set(), 1);
  return next;
}

function relationHolds(index: MemoryIndex, node: GraphNode, check: RelationCheck, sets: Map<string, State>): boolean {
  return neighbours(index, node, check, sets).size > 0;
}

function neighbours(index: MemoryIndex, node: GraphNode, check: RelationCheck, sets: Map<string, State>): Set<string> {
  const within = check.in ? sets.get(check.in) : undefined;
  const found = new Set<string>();
  for (const { far } of hop(index, node.id, typesOf(check.rel, check.roles), check.direction)) {
    const other = index.nodes.get(far);
    if (!other || !labelOk(other, check.labels) || (within && !within.has(far))) continue;
    found.add(far);
  }
  return found;
}

function find(index: MemoryIndex, step: Extract<ProgramStep, { op: 'find' }>): State {
  const state: State = new Map();
  const add = (node: GraphNode | undefined) => { if (node) state.set(node.id, item(node)); };
  const byLabels = (labels: readonly NodeLabel[]) => labels.flatMap((l) => [...(index.byLabel.get(l) ?? [])]).map((id) => index.nodes.get(id));
  if (step.by === 'label') byLabels(step.labels).forEach(add);
  else if (step.by === 'document') byLabels(['Document']).filter((n) => n && documentMatches(n, step)).forEach(add);
  else if (step.by === 'section') byLabels(['Section']).filter((n) => n && sectionMatches(n, step)).forEach(add);
  else if (step.match === 'exact') {
    for (const term of step.names) {
      add(index.nodes.get(term));
      for (const id of index.byTerm.get(term) ?? []) add(index.nodes.get(id));
    }
    for (const [id, found] of state) if (!labelOk(found.node, step.labels)) state.delete(id);
  } else {
    const labels = step.labels ?? [...index.byLabel.keys()];
    byLabels(labels).filter((n) => n && nameMatches(n, step.names, step.match === 'fuzzy')).forEach(add);
  }
  return state;
}

function sectionMatches(node: GraphNode, step: Extract<ProgramStep, { by: 'section' }>): boolean {
  const p = node.properties;
  return (step.path === undefined || p.path === step.path) && (step.number === undefined || p.number === step.number)
    && (step.title === undefined || node.name.includes(step.title)) && (step.docId === undefined || p.docId === step.docId);
}

/** contains: a name or alias contains a term; fuzzy also: a term contains a name or alias of ≥ 2 characters. */
function nameMatches(node: GraphNode, terms: readonly string[], fuzzy: boolean): boolean {
  const names = termsOf(node);
  return terms.some((t) => names.some((n) => n.includes(t) || (fuzzy && n.length >= 2 && t.includes(n))));
}

function combine(state: State, other: State, how: 'intersect' | 'union' | 'minus'): State {
  if (how === 'union') {
    const next = new Map(state);
    for (const [id, it] of other) if (!next.has(id)) next.set(id, it);
    return next;
  }
  return new Map([...state].filter(([id]) => (how === 'intersect') === other.has(id)));
}

function raw(it: Item): RawItem {
  const n = it.node;
  const p = n.properties;
  const docId = n.label === 'Document' ? n.id : typeof p.docId === 'string' ? p.docId : null;
  return {
    node: { id: n.id, label: n.label, name: n.name, docId, start: typeof p.start === 'number' ? p.start : null, facts: factsOf(n.label, (k) => p[k]) },
    via: it.via?.size ?? 0,
    evidence: [...(it.evidence?.values() ?? [])].map((e) => ({ docId: e.docId, start: e.start, end: e.end, text: e.text })),
    score: it.score,
  };
}

function countBy(state: State, keys: (node: GraphNode) => string[]): Array<{ key: string; count: number }> {
  const counts = new Map<string, number>();
  for (const it of state.values()) for (const key of keys(it.node)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** Run a program over the memory store's index. */
export function interpret(index: MemoryIndex, program: Program): RawResult {
  const docs: DocLookup = (id) => index.nodes.get(id);
  const sets = new Map<string, State>();
  let state: State = new Map();
  for (const step of program.steps) {
    if (Date.now() > program.deadline) throw timedOut(program.timeoutMs);
    switch (step.op) {
      case 'hits': state = new Map(step.hits.flatMap((h) => {
        const node = index.nodes.get(h.id);
        return node ? [[h.id, item(node, h.score)] as const] : [];
      })); break;
      case 'find': state = find(index, step); break;
      case 'follow': state = follow(index, state, step); break;
      case 'filter': state = new Map([...state].filter(([, it]) => nodeMatches(it.node, step, docs)
        && (!step.has || relationHolds(index, it.node, step.has, sets))
        && (!step.lacks || !relationHolds(index, it.node, step.lacks, sets)))); break;
      case 'as': sets.set(step.name, state); break;
      case 'use': state = sets.get(step.name) ?? new Map(); break;
      case 'combine': state = combine(state, sets.get(step.with) ?? new Map(), step.how); break;
      case 'count': return { kind: 'count', count: state.size };
      case 'group': return { kind: 'groups', groups: countBy(state, step.by === 'label' ? (n) => [n.label] : documentKeys) };
      case 'compare': return { kind: 'comparison', comparison: step.sets.map((set) => ({ set, count: sets.get(set)?.size ?? 0 })) };
      case 'rank': {
        const items = [...state.values()].map((it) => {
          const score = step.by ? neighbours(index, it.node, step.by, sets).size : it.via?.size ?? 0;
          return { ...raw(it), score };
        });
        return { kind: 'items', items, ranked: { order: step.order, limit: step.limit } };
      }
    }
    if (state.size > program.maxSet) throw tooLarge(program.maxSet);
  }
  return { kind: 'items', items: [...state.values()].map((it) => raw(it)), ranked: null };
}
