// Answer cache A/B: this tree's MemoryGraphStore.run against another checkout's, both loaded with one corpus in one
// process, through store.run (the answer cache and the copy of a cached answer, as the API serves them).
//
// `npx tsx test/bench/answer-cache-ab.ts --dir CORPUS --base CHECKOUT [--runs 2000] [--distinct 4]`
// Two patterns, each run on both stores in turn (order swapped every request, so both meet the same load):
// - repeated: one unitTasks input over and over, as the API bench's repeated rows (every request after the first a hit);
// - hot among distinct: the same hot input once every `distinct` + 1 requests, the others distinct corpus units, so
//   more distinct answers pass through than the cache holds (256). Counted: how often the hot answer was not cached.
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { GraphBatch } from '../../graph/model.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { stableStringify } from '../../graph/store/batch/json.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { percentile } from './percentile.ts';

interface Side { store: GraphStore; cpu: number[]; misses: number }

async function loaded(dir: string, batches: GraphBatch[]): Promise<Side> {
  const { MemoryGraphStore } = await import(pathToFileURL(join(resolve(dir), 'graph/store/memory/memory-store.ts')).href);
  const store: GraphStore = new MemoryGraphStore();
  await store.init();
  for (const batch of batches) await store.applyBatch(structuredClone(batch));
  return { store, cpu: [], misses: 0 };
}

/** Whether the store's answer cache (private: read here to count, not to serve) holds unitTasks for `unit`. */
function cached(store: GraphStore, unit: string): boolean {
  const cache = (store as unknown as { cache: Map<string, unknown> }).cache;
  return cache.has(`unitTasks\u0000${stableStringify({ unit })}`);
}

async function timed(side: Side, unit: string, hot: boolean): Promise<void> {
  if (hot && !cached(side.store, unit)) side.misses += 1;
  const c0 = process.cpuUsage();
  await side.store.run('unitTasks', { unit });
  const c = process.cpuUsage(c0);
  if (hot) side.cpu.push((c.user + c.system) / 1000);
}

async function pattern(name: string, sides: Record<'base' | 'head', Side>, requests: (i: number) => { unit: string; hot: boolean }, runs: number): Promise<void> {
  for (const side of Object.values(sides)) Object.assign(side, { cpu: [], misses: 0 });
  for (let i = 0; i < runs; i++) {
    const { unit, hot } = requests(i);
    for (const key of (i % 2 ? ['head', 'base'] : ['base', 'head']) as ('base' | 'head')[]) await timed(sides[key], unit, hot);
  }
  const p = (xs: number[], q: number) => percentile(xs, q).toFixed(3);
  for (const [key, side] of Object.entries(sides)) {
    console.log(`${name.padEnd(20)} ${key}: hot requests ${side.cpu.length}, not cached ${side.misses}, CPU p50 ${p(side.cpu, 0.5)} p99 ${p(side.cpu, 0.99)} max ${Math.max(...side.cpu).toFixed(3)} ms, total ${side.cpu.reduce((a, b) => a + b, 0).toFixed(1)} ms`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, base: { type: 'string' }, runs: { type: 'string', default: '2000' }, distinct: { type: 'string', default: '4' } } });
  if (!values.dir || !values.base) throw new Error('answer-cache-ab: --dir CORPUS and --base CHECKOUT are required');
  const batches = (await prepareBatches([values.dir])).map((p) => p.batch);
  const units = [...new Set(batches.flatMap((b) => b.nodes.filter((n) => n.label === 'Unit').map((n) => n.id)))].sort();
  const sides = { base: await loaded(values.base, batches), head: await loaded('.', batches) };
  batches.length = 0;
  const runs = Number(values.runs);
  const every = Number(values.distinct) + 1;
  const hot = units[0];
  console.log(`load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${units.length} units`);
  await pattern('repeated', sides, () => ({ unit: hot, hot: true }), runs);
  // The others cycle through the corpus's units (thousands): far more distinct answers than the cache holds.
  await pattern('hot among distinct', sides, (i) => (i % every === 0 ? { unit: hot, hot: true } : { unit: units[1 + ((i * 7919) % (units.length - 1))], hot: false }), runs);
  for (const side of Object.values(sides)) await side.store.close();
}

await main();
