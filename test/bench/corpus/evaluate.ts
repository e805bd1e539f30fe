// Accuracy of the parser on a generated corpus (against truth.json) and on the seed (against its golden table).
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_LABELS, type EntityLabel, type GraphBatch } from '../../../graph/model.ts';
import { prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { compareDocument, ROLES, type DocumentResult, type Role } from './metrics.ts';
import { formatAccuracy } from './report.ts';
import { seedTruth, SEED_FILE, SEED_TRUTH_FILE } from './seed-truth.ts';
import type { CorpusTruth, TruthDocument } from './truth.ts';

export interface Ratio { hit: number; total: number; rate: number | null }
export interface PRF { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null }

export interface FailureExample {
  file: string;
  title: string;
  conventions: string[];
  noise: string[];
  expected: Record<Role, string[]>;
  got: Record<Role, string[]> | null;
  /** The end of the parsed task's text, where its annotation sits. */
  text: string;
}

export interface AccuracyReport {
  name: string;
  documents: number;
  tasks: { truth: number; matched: number; predicted: number; recall: number | null; precision: number | null };
  /** Tasks matched by path whose title is also right (the seed). */
  titles: Ratio;
  duties: Record<Role | 'all', PRF>;
  /** Tasks whose lead, support and responsible sets are all exactly right. */
  exactTasks: Ratio;
  entities: Record<EntityLabel, Ratio>;
  targets: { strict: Ratio; loose: Ratio };
  jurisdiction: Ratio;
  byConvention: Record<string, Ratio>;
  byNoise: Record<string, Ratio>;
  /** Tasks carrying one kind of noise only: the cleanest attribution. */
  byNoiseAlone: Record<string, Ratio>;
  /** Damaged unit names whose canonical unit was still found on the task, by damage, kind of body and length. */
  unitRepairs: Record<string, Ratio>;
  byForm: Record<string, Ratio>;
  failures: FailureExample[];
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total, rate: total > 0 ? hit / total : null });

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { tp, fp, fn, precision, recall, f1 };
}

function tally(map: Map<string, [number, number]>, key: string, ok: boolean): void {
  const [hit, total] = map.get(key) ?? [0, 0];
  map.set(key, [hit + (ok ? 1 : 0), total + 1]);
}

const ratios = (map: Map<string, [number, number]>): Record<string, Ratio> =>
  Object.fromEntries([...map.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, [h, t]]) => [k, ratio(h, t)]));

/** `unit-sub department 5字`: fuzzy matching allows more edits on longer names, fewer on named bodies (companies, zones). */
function repairBucket(kind: string, surface: string, canonical: string): string {
  const n = [...surface].length;
  const length = n <= 4 ? '≤4字' : n === 5 ? '5字' : n <= 11 ? '6–11字' : '≥12字';
  return `${kind} ${/^[区县市省]/.test(canonical) || /^(?:中共|团)[区县]/.test(canonical) ? 'department' : 'named body'} ${length}`;
}

export function aggregate(name: string, docs: DocumentResult[], maxFailures = 40): AccuracyReport {
  const tasks = docs.flatMap((d) => d.tasks);
  const counts = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) as Record<Role, { tp: number; fp: number; fn: number }>;
  for (const t of tasks) for (const r of ROLES) for (const k of ['tp', 'fp', 'fn'] as const) counts[r][k] += t.duties[r][k];
  for (const p of docs.flatMap((d) => d.unmatched)) for (const r of ROLES) counts[r].fp += p.duties[r].length;
  const all = ROLES.reduce((s, r) => ({ tp: s.tp + counts[r].tp, fp: s.fp + counts[r].fp, fn: s.fn + counts[r].fn }), { tp: 0, fp: 0, fn: 0 });
  const byConvention = new Map<string, [number, number]>();
  const byNoise = new Map<string, [number, number]>();
  const byForm = new Map<string, [number, number]>();
  const byNoiseAlone = new Map<string, [number, number]>();
  const unitRepairs = new Map<string, [number, number]>();
  const failures: FailureExample[] = [];
  for (const t of tasks) {
    for (const c of new Set(t.truth.conventions)) tally(byConvention, c, t.exact);
    for (const k of new Set(t.truth.noise.map((n) => n.kind))) tally(byNoise, k, t.exact);
    if (t.truth.noise.length === 0) tally(byNoise, '(none)', t.exact);
    const kinds = new Set(t.truth.noise.map((n) => n.kind));
    if (kinds.size === 1) tally(byNoiseAlone, [...kinds][0], t.exact);
    const found = t.predicted ? ROLES.flatMap((r) => t.predicted!.duties[r]) : [];
    for (const ev of t.truth.noise) if (ev.unit) tally(unitRepairs, repairBucket(ev.kind, ev.from, ev.unit), found.includes(ev.unit));
    for (const f of new Set(t.truth.forms)) tally(byForm, f, t.exact);
    if (!t.exact && failures.length < maxFailures) {
      failures.push({
        file: t.file, title: t.truth.title, conventions: t.truth.conventions, noise: t.truth.noise.map((n) => `${n.kind}:${n.from}→${n.to}`),
        expected: { lead: t.truth.lead, support: t.truth.support, responsible: t.truth.responsible },
        got: t.predicted?.duties ?? null, text: t.predicted?.text.slice(-160) ?? '',
      });
    }
  }
  const sum = (f: (t: (typeof tasks)[number]) => number) => tasks.reduce((s, t) => s + f(t), 0);
  const predicted = docs.reduce((s, d) => s + d.unmatched.length, 0) + tasks.filter((t) => t.predicted).length;
  const matched = tasks.filter((t) => t.predicted).length;
  const withPath = tasks.filter((t) => t.truth.path !== undefined && t.predicted);
  const named = docs.filter((d) => d.jurisdiction.expected);
  return {
    name, documents: docs.length,
    tasks: { truth: tasks.length, matched, predicted, recall: ratio(matched, tasks.length).rate, precision: ratio(matched, predicted).rate },
    titles: ratio(withPath.filter((t) => t.predicted!.title === t.truth.title).length, withPath.length),
    duties: { lead: prf(counts.lead.tp, counts.lead.fp, counts.lead.fn), support: prf(counts.support.tp, counts.support.fp, counts.support.fn),
      responsible: prf(counts.responsible.tp, counts.responsible.fp, counts.responsible.fn), all: prf(all.tp, all.fp, all.fn) },
    exactTasks: ratio(tasks.filter((t) => t.exact).length, tasks.length),
    entities: Object.fromEntries(ENTITY_LABELS.map((l) => [l, ratio(sum((t) => t.entities[l].found), sum((t) => t.entities[l].total))])) as Record<EntityLabel, Ratio>,
    targets: { strict: ratio(sum((t) => t.targets.strict), sum((t) => t.targets.total)), loose: ratio(sum((t) => t.targets.loose), sum((t) => t.targets.total)) },
    jurisdiction: ratio(named.filter((d) => d.jurisdiction.got === d.jurisdiction.expected).length, named.length),
    byConvention: ratios(byConvention), byNoise: ratios(byNoise), byNoiseAlone: ratios(byNoiseAlone), unitRepairs: ratios(unitRepairs), byForm: ratios(byForm), failures,
  };
}

/** Score parsed batches against truth documents, pairing them by file name. */
export function evaluateBatches(name: string, truth: TruthDocument[], prepared: { raw: { source: string }; batch: GraphBatch }[]): AccuracyReport {
  const byFile = new Map(prepared.map((p) => [basename(p.raw.source), p.batch]));
  const results = truth.map((doc) => {
    const batch = byFile.get(basename(doc.file));
    if (!batch) throw new Error(`evaluateBatches: no parsed document for ${doc.file}. Ingest the whole corpus directory.`);
    return compareDocument(doc, batch);
  });
  return aggregate(name, results);
}

export async function readTruth(dir: string): Promise<CorpusTruth> {
  return JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as CorpusTruth;
}

/** Ingest a generated corpus with prepareBatches and score it against its truth.json. */
export async function evaluateCorpus(dir: string, name?: string): Promise<AccuracyReport> {
  const truth = await readTruth(dir);
  const prepared = await prepareBatches([dir]);
  return evaluateBatches(name ?? `generated (${truth.docs} docs, seed ${truth.seed}, noise ${truth.noise})`, truth.documents, prepared);
}

/** The seed against the golden TASKS table: matched by path, since page gaps repeat titles there. */
export async function evaluateSeed(root = fileURLToPath(new URL('../../../', import.meta.url))): Promise<AccuracyReport> {
  const truth = await seedTruth(join(root, SEED_TRUTH_FILE), join(root, SEED_FILE));
  const prepared = await prepareBatches([truth.file]);
  return evaluateBatches('seed (golden table)', [truth], prepared);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const reports: AccuracyReport[] = [];
  for (const dir of process.argv.slice(2)) reports.push(await evaluateCorpus(dir));
  reports.push(await evaluateSeed());
  console.log(formatAccuracy(reports));
}
