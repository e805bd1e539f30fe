// Compare parsed batches with a corpus's truth: tasks, duties per role, entities by label, targets.
import { ENTITY_LABELS, type EntityLabel, type GraphBatch } from '../../../graph/model.ts';
import type { NoiseKind } from './noise.ts';
import type { TruthDocument, TruthTask } from './truth.ts';
import { UnitResolver } from '../../../graph/units/resolver.ts';

export const ROLES = ['lead', 'support', 'responsible'] as const;
export type Role = (typeof ROLES)[number];
const EDGE_ROLE: Record<string, Role> = { LEADS: 'lead', SUPPORTS: 'support', RESPONSIBLE_FOR: 'responsible' };

export interface PredictedTask {
  id: string;
  title: string;
  path: string;
  text: string;
  duties: Record<Role, string[]>;
  entities: Record<EntityLabel, string[]>;
  targets: { indicator: string; value: number; unit: string; year: number | null }[];
}

export interface Counts { tp: number; fp: number; fn: number }

export interface TaskResult {
  file: string;
  truth: TruthTask;
  predicted: PredictedTask | null;
  duties: Record<Role, Counts>;
  exact: boolean;
  entities: Record<EntityLabel, { found: number; total: number; missed: string[] }>;
  targets: { strict: number; loose: number; total: number };
}

export interface DocumentResult {
  file: string;
  jurisdiction: { expected: string; got: string };
  tasks: TaskResult[];
  /** Predicted tasks no truth task matched, with the duties they carry (false positives). */
  unmatched: PredictedTask[];
}

export const normTitle = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** Every Task node of a batch with what hangs off it. */
export function predictedTasks(batch: GraphBatch): PredictedTask[] {
  const byId = new Map(batch.nodes.map((n) => [n.id, n]));
  // A unit shows the name its document writes (区发改委); the truth names it by registry identity (区发展改革委).
  const identity = new UnitResolver();
  const unitKey = (name: string) => {
    const [r] = identity.resolve(name);
    return r?.status === 'resolved' ? r.canonical : name;
  };
  const tasks = new Map<string, PredictedTask>();
  for (const n of batch.nodes) {
    if (n.label !== 'Task') continue;
    tasks.set(n.id, {
      id: n.id, title: n.name, path: String(n.properties.path), text: String(n.properties.text ?? ''),
      duties: { lead: [], support: [], responsible: [] },
      entities: Object.fromEntries(ENTITY_LABELS.map((l) => [l, []])) as unknown as Record<EntityLabel, string[]>,
      targets: [],
    });
  }
  for (const e of batch.edges) {
    const task = tasks.get(e.type === 'MENTIONS' || e.type === 'SETS' ? e.source : e.target);
    const other = byId.get(e.type === 'MENTIONS' || e.type === 'SETS' ? e.target : e.source);
    if (!task || !other) continue;
    const role = EDGE_ROLE[e.type];
    const name = role ? unitKey(other.name) : other.name;
    if (role && !task.duties[role].includes(name)) task.duties[role].push(name);
    if (e.type === 'MENTIONS') task.entities[other.label as EntityLabel]?.push(other.name);
    if (e.type === 'SETS') {
      const p = other.properties;
      task.targets.push({ indicator: String(p.indicator), value: Number(p.value), unit: String(p.unit), year: (p.year as number | null) ?? null });
    }
  }
  return [...tasks.values()];
}

function setCounts(expected: readonly string[], got: readonly string[]): Counts {
  const e = new Set(expected);
  const g = new Set(got);
  const tp = [...e].filter((x) => g.has(x)).length;
  return { tp, fp: g.size - tp, fn: e.size - tp };
}

export function compareTask(file: string, truth: TruthTask, predicted: PredictedTask | null): TaskResult {
  const got = predicted ?? { duties: { lead: [], support: [], responsible: [] }, entities: {} as Record<EntityLabel, string[]>, targets: [] };
  const duties = Object.fromEntries(ROLES.map((r) => [r, setCounts(truth[r], got.duties[r])])) as Record<Role, Counts>;
  const exact = predicted !== null && ROLES.every((r) => duties[r].fp === 0 && duties[r].fn === 0);
  const entities = Object.fromEntries(ENTITY_LABELS.map((label) => {
    const expected = truth.entities[label] ?? [];
    const missed = expected.filter((name) => !(got.entities[label] ?? []).includes(name));
    return [label, { found: expected.length - missed.length, total: expected.length, missed }];
  })) as TaskResult['entities'];
  let strict = 0;
  let loose = 0;
  for (const t of truth.targets) {
    const same = got.targets.filter((x) => x.value === t.value && x.unit === t.unit);
    if (same.length > 0) loose++;
    if (same.some((x) => x.year === t.year && normTitle(x.indicator) === normTitle(t.indicator))) strict++;
  }
  return { file, truth, predicted, duties, exact, entities, targets: { strict, loose, total: truth.targets.length } };
}

/** Match truth tasks to predicted ones (by path when the truth has one, else by title, in document order). */
export function compareDocument(truth: TruthDocument, batch: GraphBatch): DocumentResult {
  const predicted = predictedTasks(batch);
  const free = new Set(predicted);
  const tasks = truth.tasks.map((t) => {
    const match = [...free].find((p) => (t.path !== undefined ? p.path === t.path : normTitle(p.title) === normTitle(t.title))) ?? null;
    if (match) free.delete(match);
    return compareTask(truth.file, t, match);
  });
  const doc = batch.nodes.find((n) => n.label === 'Document');
  return { file: truth.file, jurisdiction: { expected: truth.jurisdiction, got: String(doc?.properties.jurisdiction ?? '') }, tasks, unmatched: [...free] };
}

export type { NoiseKind };
