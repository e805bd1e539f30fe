// The main thread's share of a bulk ingest, in CPU time (wall time means little on a shared machine): the bench corpus
// is parsed once, then applied to a fresh MemoryGraphStore the way ingestPaths does, by this tree and by other
// checkouts alternately in one process, so every version runs under the same load.
// Usage: npx tsx test/bench/commit-cpu.ts [--docs N] [--runs N] [DIR ...]   (DIR: another checkout, e.g. a baseline)
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus/generate.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import type { GraphBatch } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';

interface Version { dir: string; open: () => GraphStore; prepare: (b: GraphBatch) => unknown }

async function version(dir: string): Promise<Version> {
  const from = (path: string) => import(pathToFileURL(join(resolve(dir), path)).href);
  const { MemoryGraphStore } = await from('graph/store/memory/memory-store.ts');
  const { prepareBatch } = await from('graph/store/batch/prepared-batch.ts');
  return { dir, open: () => new MemoryGraphStore(), prepare: prepareBatch };
}

/** CPU ms of applying every batch as ingestPaths' main thread does (prepare, then applyPrepared), and the heap after. */
async function applyAll(v: Version, batches: GraphBatch[]): Promise<{ cpuMs: number; heapMB: number }> {
  const store = v.open();
  await store.init();
  const c0 = process.cpuUsage();
  for (const batch of batches) {
    if (await store.getDocument(batch.docId)) continue;
    // A structured copy stands in for the worker's message: each store gets batches nobody else holds.
    await store.applyPrepared!(v.prepare(structuredClone(batch)) as never);
  }
  const cpu = process.cpuUsage(c0);
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  await store.close();
  return { cpuMs: (cpu.user + cpu.system) / 1000, heapMB };
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { docs: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } },
});
const docs = Number(values.docs);
const dir = join('test-output', 'bench-corpus', String(docs));
await writeCorpus(dir, { docs, seed: 1, noise: 0 });
const batches = (await prepareBatches([dir])).map((p) => p.batch);
const versions = [await version('.'), ...(await Promise.all(positionals.map(version)))];
const results = new Map<string, number[]>(versions.map((v) => [v.dir, []]));
for (let run = 1; run <= Number(values.runs); run++) {
  for (const v of versions) {
    global.gc?.();
    const r = await applyAll(v, batches);
    results.get(v.dir)!.push(r.cpuMs);
    console.log(`[commit-cpu] ${v.dir} run ${run}: ${batches.length} documents applied in ${(r.cpuMs / 1000).toFixed(2)} s CPU, heap ${r.heapMB.toFixed(0)} MB, load ${loadavg()[0].toFixed(1)}`);
  }
}
for (const [d, ms] of results) console.log(`[commit-cpu] ${d}: best ${(Math.min(...ms) / 1000).toFixed(2)} s CPU of ${ms.length} runs`);
