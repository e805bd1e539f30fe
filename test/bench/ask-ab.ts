// This tree's ask against another checkout's in ONE process over one store, question by question in alternating order,
// so both meet the same load: wall p50/p99 and CPU per question each, and whether every answer is the same.
// Answers are computed every time (cache: false): the answer cache would time a lookup.
// Usage: npx tsx test/bench/ask-ab.ts --data DIR [--rounds N] [--diffs] CHECKOUT   (DIR: a memory store, see ask-steady.ts)
// --diffs prints every question whose answer differs (op and text on both sides, from the first round), to judge each.
// Calibrate before reading a small difference: against an identical copy of this tree, this tree's side read 5 % more
// CPU per question (2.11 vs 2.00 ms, 2026-12-06, 1,000 generated documents, load ~1.3).
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { benchQuestions } from './ask.ts';
import { percentile } from './percentile.ts';

type Ask = (store: GraphStore, q: string, o: { model: null; cache: false }) => Promise<unknown>;
interface Side { name: string; ask: Ask; wall: number[]; cpu: number[] }


async function timed(side: Side, store: GraphStore, q: string): Promise<string> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const answer = JSON.stringify(await side.ask(store, q, { model: null, cache: false }));
  side.wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  side.cpu.push((c.user + c.system) / 1000);
  return answer;
}

/** One changed answer, this tree's first: the op and the start of the text each side gave. */
function printDiff(q: string, here: string, there: string): void {
  const brief = (json: string) => {
    const a = JSON.parse(json) as { plan: { op: string }; answer: { text: string } };
    return `${a.plan.op}: ${a.answer.text.slice(0, 160)}`;
  };
  console.log(`≠ ${q}\n  this tree  ${brief(here)}\n  other      ${brief(there)}`);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, rounds: { type: 'string', default: '2' }, diffs: { type: 'boolean', default: false } } });
  const other = positionals[0] ? resolve(positionals[0]) : '';
  if (!values.data || !existsSync(join(other, 'server/ask/index.ts'))) throw new Error('ask-ab: usage --data DIR CHECKOUT (another tree of this repo).');
  const store = new MemoryGraphStore({ dataDir: resolve(values.data) });
  await store.init();
  const load = async (root: string) => ((await import(join(root, 'server/ask/index.ts'))) as { askQuestion: Ask }).askQuestion;
  const sides: Side[] = [
    { name: 'this tree', ask: await load(resolve('.')), wall: [], cpu: [] },
    { name: other, ask: await load(other), wall: [], cpu: [] },
  ];
  const questions = await benchQuestions(store);
  const w0 = performance.now();
  // The first pass builds each side's per-version indexes; it is not timed per question.
  for (const q of questions) for (const s of sides) await s.ask(store, q, { model: null, cache: false });
  const warmMs = performance.now() - w0;
  let differ = 0;
  let bounded = 0;
  const loads: number[] = [loadavg()[0]];
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [i, q] of questions.entries()) {
      const order = (i + round) % 2 === 0 ? sides : [...sides].reverse();
      const answers = new Map<Side, string>();
      for (const s of order) answers.set(s, await timed(s, store, q));
      if (answers.get(sides[0]) === answers.get(sides[1])) continue;
      differ++;
      if (values.diffs && round === 0) printDiff(q, answers.get(sides[0])!, answers.get(sides[1])!);
      // This tree's answer listing fewer items than it found (the answer bound) differs on purpose.
      if ((JSON.parse(answers.get(sides[0])!) as { answer: { total?: number } }).answer.total !== undefined) bounded++;
    }
    loads.push(loadavg()[0]);
  }
  const rows = sides.map((s) => ({
    side: s.name, asked: s.wall.length, p50Ms: percentile(s.wall, 0.5), p99Ms: percentile(s.wall, 0.99), maxMs: percentile(s.wall, 1),
    over20Ms: s.wall.filter((t) => t > 20).length, cpuMsPerQuestion: s.cpu.reduce((a, b) => a + b, 0) / s.cpu.length,
    cpuP50Ms: percentile(s.cpu, 0.5), cpuP99Ms: percentile(s.cpu, 0.99), questionsPerCpuSec: 1000 / (s.cpu.reduce((a, b) => a + b, 0) / s.cpu.length),
  }));
  console.log(JSON.stringify({ documents: (await store.listDocuments()).length, questions: questions.length, warmMs, loadavg: loads, answersDiffer: differ, answersBoundedHere: bounded, rows }, null, 1));
}

main(process.argv.slice(2)).then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
