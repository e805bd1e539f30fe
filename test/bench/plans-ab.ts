// This tree's query-language engine against another checkout's in ONE process over one memory store, plan by plan in
// alternating order: whether every answer is the same, and CPU p50/p99 per example shape for each side.
// Both sides validate, run and shape with their own code (the other side's memory interpreter reads this store's index);
// `find by text` ranks with this tree's BM25 for both, so only the language's own code differs.
// Usage: npx tsx test/bench/plans-ab.ts --data DIR [--rounds N] [--per-shape N] CHECKOUT   (DIR: see plans-profile.ts)
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';
import type { Program } from '../../graph/query/program.ts';
import { runPlan, type RunPlanOptions } from '../../graph/query/run.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import type { MemoryIndex } from '../../graph/store/memory/memory-index.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { textRanker } from '../../server/query-entry.ts';
import { benchPlans } from './api-plans.ts';
import { variantPlans } from './plans-variants.ts';
import { percentile } from './percentile.ts';

type Run = (store: GraphStore, plan: unknown, options: RunPlanOptions) => Promise<unknown>;
interface Side { name: string; run: Run; store: GraphStore; cpu: number[][] }


/** The other checkout's runPlan, and a view of this store whose runProgram is the other checkout's interpreter. */
async function otherSide(root: string, store: MemoryGraphStore): Promise<Side> {
  const { runPlan: run } = (await import(join(root, 'graph/query/run.ts'))) as { runPlan: Run };
  const { interpret } = (await import(join(root, 'graph/query/memory.ts'))) as { interpret: (index: MemoryIndex, p: Program) => unknown };
  const index = (store as unknown as { index: MemoryIndex }).index;
  const view = new Proxy(store, { get: (t, prop) => (prop === 'runProgram' ? async (p: Program) => interpret(index, p) : Reflect.get(t, prop)) });
  return { name: root, run, store: view, cpu: [] };
}

async function answer(side: Side, plan: unknown, options: RunPlanOptions, shape: number): Promise<string> {
  const c0 = process.cpuUsage();
  let text: string;
  try {
    text = JSON.stringify(await side.run(side.store, plan, options));
  } catch (e) {
    text = `error ${(e as { code?: string }).code ?? String(e)}`;
  }
  const c = process.cpuUsage(c0);
  (side.cpu[shape] ??= []).push((c.user + c.system) / 1000);
  return text;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, rounds: { type: 'string', default: '2' }, 'per-shape': { type: 'string', default: '200' } } });
  const other = positionals[0] ? resolve(positionals[0]) : '';
  if (!values.data || !existsSync(join(other, 'graph/query/memory.ts'))) throw new Error('plans-ab: usage --data DIR CHECKOUT (another tree of this repo).');
  const store = new MemoryGraphStore({ dataDir: resolve(values.data) });
  await store.init();
  const app = createApp({ store, ask: { model: null } });
  const post = async (path: string, body: unknown) => {
    const res = await app.request(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return res.ok ? res.json() : null;
  };
  const bench = await benchPlans(post, Number(values['per-shape']));
  const variants = await variantPlans(post);
  const plans = [...bench, ...variants];
  const shapeOf = (i: number) => (i < bench.length ? i % PLAN_EXAMPLES.length : PLAN_EXAMPLES.length);
  const options: RunPlanOptions = { rankText: textRanker(store) };
  const sides: Side[] = [{ name: 'this tree', run: runPlan, store, cpu: [] }, await otherSide(other, store)];
  // The first pass builds BM25 and every per-version cache; it is not timed.
  for (const plan of plans) for (const s of sides) await s.run(s.store, plan, options).catch(() => undefined);
  for (const s of sides) s.cpu = [];
  let differ = 0;
  const examples: string[] = [];
  // What the answers were, so a run that compares only errors or empty lists shows it.
  const outcomes = { errors: 0, empty: 0, answered: 0 };
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [i, plan] of plans.entries()) {
      const order = (i + round) % 2 === 0 ? sides : [...sides].reverse();
      const answers = new Map<Side, string>();
      for (const s of order) answers.set(s, await answer(s, plan, options, shapeOf(i)));
      const mine = answers.get(sides[0]) ?? '';
      if (round === 0) outcomes[mine.startsWith('error') ? 'errors' : /"total":0,|"count":0,/.test(mine) ? 'empty' : 'answered']++;
      if (mine !== answers.get(sides[1])) {
        differ++;
        if (examples.length < 5) examples.push(JSON.stringify(plan));
      }
    }
  }
  const rows = [...PLAN_EXAMPLES.map((e) => e.question.slice(0, 20)), 'variants', 'all'].map((shape, k) => {
    const row: Record<string, string | number> = { shape };
    for (const [j, s] of sides.entries()) {
      const cpu = k <= PLAN_EXAMPLES.length ? s.cpu[k] ?? [] : s.cpu.flat();
      row[`cpuP50 ${j ? 'other' : 'this'}`] = Number(percentile(cpu, 0.5).toFixed(2));
      row[`cpuP99 ${j ? 'other' : 'this'}`] = Number(percentile(cpu, 0.99).toFixed(2));
    }
    return row;
  });
  console.log(JSON.stringify({ documents: (await store.listDocuments()).length, plans: plans.length, benchPlans: bench.length, variants: variants.length, rounds: Number(values.rounds), loadavg: loadavg(), answersDiffer: differ, outcomes, examples }));
  console.table(rows);
}

main(process.argv.slice(2)).then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
