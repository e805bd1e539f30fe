// The main thread's share of a bulk ingest alone: DIR is parsed in the parse worker first (batches as the worker
// sends them, unprepared), then every batch is prepared and applied into a fresh MemoryGraphStore by the code of
// CHECKOUT, with the worker idle, so process CPU is this thread's work (plus the GC's helper threads) and a profile
// (node --cpu-prof) shows apply alone. Run it for two checkouts in turn to compare them under the same load.
// Usage: npx tsx test/bench/apply-cpu.ts CHECKOUT DIR [ROUNDS]
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { readAll } from '../../graph/pipeline/ingest.ts';
import { parseInWorker } from '../../graph/pipeline/parallel.ts';

const [checkout, dir, rounds = '1'] = process.argv.slice(2);
if (!checkout || !dir) throw new Error('usage: npx tsx test/bench/apply-cpu.ts CHECKOUT DIR [ROUNDS]');
const from = (path: string) => import(pathToFileURL(resolve(checkout, path)).href);
const { MemoryGraphStore } = await from('graph/store/memory/memory-store.ts');
const { prepareBatch } = await from('graph/store/batch/prepared-batch.ts');

const parsed = [];
for await (const p of parseInWorker(await readAll([resolve(dir)]))) parsed.push(p.batch);
for (let round = 1; round <= Number(rounds); round++) {
  // Each round applies its own copy: a batch is the store's once applied.
  const batches = structuredClone(parsed);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const store = new MemoryGraphStore();
  await store.init();
  for (const batch of batches) await store.applyPrepared(prepareBatch(batch));
  const cpu = process.cpuUsage(c0);
  console.log(`${checkout}: round ${round}, ${batches.length} batches prepared and applied: process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, wall ${((performance.now() - t0) / 1000).toFixed(2)} s`);
}
process.exit(0);
