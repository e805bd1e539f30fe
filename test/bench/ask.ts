// /api/ask's own work at scale: many distinct questions through askQuestion over one memory store, first and steady.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { ASK_TEMPLATES } from './api.ts';
import { percentile } from './percentile.ts';

export interface AskBenchResult {
  questions: number;
  distinct: number;
  /** The first question after ingest: every per-version index is built here. */
  firstMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  questionsPerSec: number;
  /** CPU time per question (user + system): on a shared machine, closer to the work done than wall time. */
  cpuMsPerQuestion: number;
  /** The slowest few, to see which kind of question pays. */
  slowest: Array<{ q: string; ms: number }>;
  /** Questions slower than the 20 ms goal. */
  over20Ms: number;
}

const ENTITY_TEMPLATES = ['哪些任务涉及{e}？', '{e}由哪些单位负责？'];

/** The realistic dev set (written from real plans) plus templated questions over the store's own names: all distinct. */
export async function benchQuestions(store: GraphStore, perTemplate = 60): Promise<string[]> {
  const dev = JSON.parse(readFileSync(new URL('../fixtures/questions/dev.json', import.meta.url), 'utf8')) as Array<{ q: string }>;
  const graph = await store.exportGraph();
  const spread = <T>(list: T[], n: number) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
  const units = spread([...new Set(graph.nodes.filter((n) => n.label === 'Unit').map((n) => n.name))].sort(), perTemplate);
  const entities = spread([...new Set(graph.nodes.filter((n) => n.label === 'Place' || n.label === 'Industry').map((n) => n.name))].sort(), perTemplate);
  const templated = [
    ...ASK_TEMPLATES.flatMap((t) => units.map((u) => t.replace('{u}', u))),
    ...ENTITY_TEMPLATES.flatMap((t) => entities.map((e) => t.replace('{e}', e))),
  ];
  return [...new Set([...dev.map((d) => d.q), ...templated])];
}


/** Each question asked once, in order, after one untimed-for-steady-state first question. */
export async function askBench(store: GraphStore, questions: string[]): Promise<AskBenchResult> {
  const t0 = performance.now();
  await askQuestion(store, questions[0], { model: null, cache: false });
  const firstMs = performance.now() - t0;
  const times: Array<{ q: string; ms: number }> = [];
  const s0 = performance.now();
  const c0 = process.cpuUsage();
  for (const q of questions.slice(1)) {
    const t = performance.now();
    await askQuestion(store, q, { model: null, cache: false });
    times.push({ q, ms: performance.now() - t });
  }
  const total = performance.now() - s0;
  const cpu = process.cpuUsage(c0);
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  return {
    questions: times.length, distinct: new Set(times.map((t) => t.q)).size, firstMs,
    p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), maxMs: sorted.at(-1) ?? 0,
    questionsPerSec: times.length / (total / 1000),
    cpuMsPerQuestion: (cpu.user + cpu.system) / 1000 / Math.max(1, times.length),
    slowest: [...times].sort((a, b) => b.ms - a.ms).slice(0, 12),
    over20Ms: times.filter((t) => t.ms > 20).length,
  };
}
