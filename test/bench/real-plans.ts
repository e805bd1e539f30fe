// Bench section: every real plan of test/fixtures/real ingested together into one embedded store (the CLI's path), and each set's scores.
import { cpuUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { markdownTable } from './corpus/report.ts';
import { evaluateReal } from './real/evaluate.ts';
import { loadFixtures, SETS } from './real/labels.ts';
import { metrics } from './real/report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Issue 9's goal for ingesting the whole real set on this machine. */
export const REAL_INGEST_GOAL_MS = 10_000;

export interface RealPlansResult {
  docs: number;
  tasks: number;
  ingestMs: number;
  ingestCpuMs: number;
  sets: { set: string; docs: number; taskRecall: number | null; f1: number | null; leadAccuracy: number | null; names: number | null }[];
}

export async function realPlansSection(): Promise<RealPlansResult> {
  const fixtures = (await Promise.all(SETS.map((s) => loadFixtures(ROOT, s)))).flat();
  const store = new MemoryGraphStore();
  const cpu = cpuUsage();
  const started = performance.now();
  const reports = await ingestPaths(store, fixtures.map((f) => f.textFile));
  const ingestMs = performance.now() - started;
  const used = cpuUsage(cpu);
  const sets = [];
  for (const set of SETS) {
    const m = metrics((await evaluateReal(ROOT, set)).total);
    sets.push({ set, docs: fixtures.filter((f) => f.set === set).length, taskRecall: m.taskRecall, f1: m.units.all.f1, leadAccuracy: m.leadAccuracy, names: m.namesAsWritten });
  }
  return { docs: reports.length, tasks: reports.reduce((sum, r) => sum + r.tasks, 0), ingestMs, ingestCpuMs: (used.user + used.system) / 1000, sets };
}

const f3 = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

export function realPlansMarkdown(r: RealPlansResult): string {
  return [
    `**Real plans** (every document of \`test/fixtures/real/\` ingested together into a fresh \`MemoryGraphStore\` by \`ingestPaths\`, the CLI's path): ${r.docs} documents, ${r.tasks} tasks in ${(r.ingestMs / 1000).toFixed(2)} s wall (${(r.ingestCpuMs / 1000).toFixed(2)} s CPU). Scores per set, as \`npm run eval:real -- --set X\` prints them:`,
    '',
    markdownTable(['set', 'documents', 'task recall', 'all-roles F1', 'lead accuracy', 'names as written'],
      r.sets.map((s) => [s.set, String(s.docs), f3(s.taskRecall), f3(s.f1), f3(s.leadAccuracy), f3(s.names)])),
  ].join('\n');
}
