// Plan comparison: two documents of one jurisdiction (two years, a draft and a final) task by task.
import type { Comparison } from './schemas.ts';
import { similarity, TaskVectors, type Tokenize } from './similarity.ts';
import type { DocView, TaskView } from './task-view.ts';

interface TaskChange {
  before: TaskView | null;
  after: TaskView | null;
  status: Comparison['tasks'][number]['status'];
  score: number;
}
type LoadChange = Comparison['load'][number];
type TargetChange = Comparison['targets'][number];

/** A comparison over task views; `toComparison` makes it the API's plain shape. */
interface PlanComparison extends Omit<Comparison, 'tasks'> {
  tasks: TaskChange[];
}

// Found on generated yearly versions (test/bench/hierarchy): a matched pair below this shares too little.
const MATCH_THRESHOLD = 0.35;

/** Tasks kept, reworded, added and dropped; units whose load changed; targets raised or lowered. */
export function comparePlans(before: DocView, after: DocView, tokenize: Tokenize): PlanComparison {
  const vectors = new TaskVectors([...before.tasks, ...after.tasks], tokenize);
  const candidates: { b: TaskView; a: TaskView; score: number }[] = [];
  for (const a of after.tasks) {
    for (const b of before.tasks) {
      const score = sameWords(a, b) ? 1 : similarity(vectors, a, b).score;
      if (score >= MATCH_THRESHOLD) candidates.push({ a, b, score });
    }
  }
  // One-to-one, best pairs first: a stable greedy matching that reads the same on every run.
  candidates.sort((x, y) => y.score - x.score || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : x.b.id < y.b.id ? -1 : 1));
  const matchedA = new Map<string, { b: TaskView; score: number }>();
  const usedB = new Set<string>();
  for (const c of candidates) {
    if (matchedA.has(c.a.id) || usedB.has(c.b.id)) continue;
    matchedA.set(c.a.id, { b: c.b, score: c.score });
    usedB.add(c.b.id);
  }
  const tasks: TaskChange[] = after.tasks.map((a) => {
    const m = matchedA.get(a.id);
    if (!m) return { before: null, after: a, status: 'added', score: 0 };
    return { before: m.b, after: a, status: sameWords(a, m.b) ? 'kept' : 'reworded', score: m.score };
  });
  for (const b of before.tasks) if (!usedB.has(b.id)) tasks.push({ before: b, after: null, status: 'dropped', score: 0 });
  return { before: before.id, after: after.id, tasks, load: loadChanges(before, after), targets: targetChanges(tasks) };
}

/** The same words, numbers aside: its item number, years and target values may move and it is still kept. */
function sameWords(a: TaskView, b: TaskView): boolean {
  const words = (t: TaskView) => t.text.replace(/[\d.．]+/g, '#');
  return a.title === b.title && words(a) === words(b);
}

function loadChanges(before: DocView, after: DocView): LoadChange[] {
  const count = (doc: DocView) => {
    const m = new Map<string, number>();
    for (const t of doc.tasks) for (const unit of t.duties.keys()) m.set(unit, (m.get(unit) ?? 0) + 1);
    return m;
  };
  const b = count(before);
  const a = count(after);
  return [...new Set([...b.keys(), ...a.keys()])].sort()
    .map((unit) => ({ unit, before: b.get(unit) ?? 0, after: a.get(unit) ?? 0 }))
    .filter((c) => c.before !== c.after);
}

function targetChanges(tasks: readonly TaskChange[]): TargetChange[] {
  const out: TargetChange[] = [];
  for (const t of tasks) {
    if (!t.before || !t.after) continue;
    for (const [indicator, value] of t.after.targets) {
      const old = t.before.targets.get(indicator);
      if (old === undefined || old === value) continue;
      out.push({ indicator, before: old, after: value, change: value > old ? 'raised' : 'lowered', task: t.after.id });
    }
  }
  return out;
}
