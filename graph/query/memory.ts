// The memory engine: interprets a program step by step over the memory store's indexes.
import { smallest } from '../catalogue/order.ts';
import { AppError } from '../errors.ts';
import type { GraphNode } from '../model.ts';
import type { MemoryIndex } from '../store/memory/memory-index.ts';
import { factsOf, type Program, type ProgramStep, type RawItem, type RawResult } from './program.ts';
import { documentKeys, nodeMatches, type DocLookup } from './memory-filter.ts';
import { find } from './memory-find.ts';
import { follow, item, neighbourCounter, relationTest, type Item, type Sets, type State } from './memory-walk.ts';
import type { FilterStep } from './schema.ts';
import { answerOrder, type Ordered } from './shape.ts';

export function tooLarge(max: number): AppError {
  return new AppError('TOO_LARGE', `查询中间结果超过 ${max} 项 / a step of the plan produced more than ${max} items`, {
    hint: 'Narrow the plan: find by name instead of by label, filter by document, or follow fewer hops.',
  });
}

function timedOut(ms: number): AppError {
  return new AppError('QUERY_TIMEOUT', `查询超时（${ms} ms）/ the plan ran longer than ${ms} ms`, {
    retriable: true, hint: 'Narrow the plan, or retry when the server is less busy.',
  });
}

/** A filter step as one node predicate: properties first, relations (which walk edges) last. */
function filterTest(index: MemoryIndex, step: FilterStep, sets: Sets): (node: GraphNode) => boolean {
  const docs: DocLookup = (id) => index.nodes.get(id);
  const has = step.has ? relationTest(index, step.has, sets) : null;
  const lacks = step.lacks ? relationTest(index, step.lacks, sets) : null;
  return (node) => nodeMatches(node, step, docs) && (!has || has(node)) && (!lacks || !lacks(node));
}

function filter(state: State, test: (node: GraphNode) => boolean): State {
  const next: State = new Map();
  for (const [id, it] of state) if (test(it.node)) next.set(id, it);
  return next;
}

function combine(state: State, other: State, how: 'intersect' | 'union' | 'minus'): State {
  if (how === 'union') {
    const next = new Map(state);
    for (const [id, it] of other) if (!next.has(id)) next.set(id, it);
    return next;
  }
  const keep = how === 'intersect';
  const next: State = new Map();
  for (const [id, it] of state) if (other.has(id) === keep) next.set(id, it);
  return next;
}

function docIdOf(node: GraphNode): string | null {
  if (node.label === 'Document') return node.id;
  return typeof node.properties.docId === 'string' ? node.properties.docId : null;
}

function raw(it: Item, score: number | null): RawItem {
  const n = it.node;
  const p = n.properties;
  return {
    node: { id: n.id, label: n.label, name: n.name, docId: docIdOf(n), start: typeof p.start === 'number' ? p.start : null, facts: factsOf(n.label, (k) => p[k]) },
    via: it.via?.size ?? 0,
    evidence: [...(it.evidence ?? [])].map((e) => ({ docId: e.docId, start: e.start, end: e.end, text: e.text })),
    score,
  };
}

/**
 * The answer's items: only the best `limit` of the set in the answer's order are made into rows (their facts and
 * evidence copied), the rest only counted. The shaping sorts these few again, to the same order.
 */
function answer(state: State, scores: ((it: Item) => number | null), ranked: { order: 'desc' | 'asc'; limit: number } | null, limit: number | undefined): RawResult {
  const rows: Array<Ordered & { it: Item }> = [];
  let scored = false;
  for (const it of state.values()) {
    const n = it.node;
    const score = scores(it);
    if (score !== null) scored = true;
    rows.push({ node: { id: n.id, name: n.name, docId: docIdOf(n), start: typeof n.properties.start === 'number' ? n.properties.start : null }, score, it });
  }
  const cap = Math.min(limit ?? rows.length, ranked?.limit ?? rows.length);
  const best = smallest(rows, answerOrder(ranked?.order ?? null, scored), cap);
  return { kind: 'items', items: best.map((r) => raw(r.it, r.score)), ranked, total: rows.length, scored };
}

function countBy(state: State, keys: (node: GraphNode) => string[]): Array<{ key: string; count: number }> {
  const counts = new Map<string, number>();
  for (const it of state.values()) for (const key of keys(it.node)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** Whether a step from `from` on brings the items of set `name` back into the flow (not only tests or counts them). */
function readsItems(steps: ProgramStep[], from: number, name: string): boolean {
  return steps.slice(from).some((s) => (s.op === 'use' && s.name === name) || (s.op === 'combine' && s.how === 'union' && s.with === name));
}

/**
 * Whether the set step `at` makes can reach the answer (or a rank by how many reached each item), so its items must
 * record via and evidence. Not when the next step past its filters walks on, starts anew or only counts, and a set it
 * is saved as is only tested (minus, intersect's other side, has/lacks `in`) or counted (compare): the finance set of
 * "A's tasks minus B's" recorded an evidence set per task for nothing.
 */
function tracked(steps: ProgramStep[], at: number): boolean {
  let i = at + 1;
  const saved: string[] = [];
  for (; i < steps.length && (steps[i].op === 'filter' || steps[i].op === 'as'); i++) {
    const step = steps[i];
    if (step.op === 'as') saved.push(step.name);
  }
  if (saved.some((name) => readsItems(steps, i, name))) return true;
  if (i === steps.length) return true;
  return !['follow', 'find', 'hits', 'use', 'count', 'group', 'compare'].includes(steps[i].op);
}

/** The filter steps right after step `at`, which a find applies while it scans. */
function filtersAfter(steps: ProgramStep[], at: number): FilterStep[] {
  const out: FilterStep[] = [];
  for (let i = at + 1; i < steps.length && steps[i].op === 'filter'; i++) out.push(steps[i] as FilterStep);
  return out;
}

/** Run a program over the memory store's index. */
export function interpret(index: MemoryIndex, program: Program): RawResult {
  const sets: Sets = new Map();
  const steps = program.steps;
  let state: State = new Map();
  for (let at = 0; at < steps.length; at++) {
    if (Date.now() > program.deadline) throw timedOut(program.timeoutMs);
    const step = steps[at];
    switch (step.op) {
      case 'hits': state = new Map(step.hits.flatMap((h) => {
        const node = index.nodes.get(h.id);
        return node ? [[h.id, item(node, h.score)] as const] : [];
      })); break;
      case 'find': case 'follow': {
        // The filters right after are applied on the way; the set limit counts what the step made before them.
        const filters = filtersAfter(steps, at);
        const tests = filters.map((f) => filterTest(index, f, sets));
        const keep = (node: GraphNode) => tests.every((test) => test(node));
        const names = filters.flatMap((f) => (f.name === undefined ? [] : [f.name]));
        const made = step.op === 'find' ? find(index, step, { test: keep, names }) : follow(index, state, step, { track: tracked(steps, at), keep });
        if (('matched' in made ? made.matched : made.reached) > program.maxSet) throw tooLarge(program.maxSet);
        state = made.state;
        at += filters.length;
        break;
      }
      case 'filter': state = filter(state, filterTest(index, step, sets)); break;
      case 'as': sets.set(step.name, state); break;
      case 'use': state = sets.get(step.name) ?? new Map(); break;
      case 'combine': state = combine(state, sets.get(step.with) ?? new Map(), step.how); break;
      case 'count': return { kind: 'count', count: state.size };
      case 'group': return { kind: 'groups', groups: countBy(state, step.by === 'label' ? (n) => [n.label] : documentKeys) };
      case 'compare': return { kind: 'comparison', comparison: step.sets.map((set) => ({ set, count: sets.get(set)?.size ?? 0 })) };
      case 'rank': {
        const count = step.by ? neighbourCounter(index, step.by, sets) : null;
        return answer(state, (it) => (count ? count(it.node) : it.via?.size ?? 0), { order: step.order, limit: step.limit }, program.limit);
      }
    }
    if (state.size > program.maxSet) throw tooLarge(program.maxSet);
  }
  return answer(state, (it) => it.score, null, program.limit);
}
