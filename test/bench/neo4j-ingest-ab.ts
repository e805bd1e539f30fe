// Bulk ingest into Neo4j by this tree's code and another checkout's, alternating on one server, with the embedded
// store's ingest of the same corpus measured in the same round: the ratio the goal counts (issue 12: within 4×).
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-ingest-ab.ts --base CHECKOUT --dir DIR [--runs 3]`. Each round ingests DIR
// with each side's own `ingestPaths` (the product path: parse in a worker thread, the store's bulk load) into an
// emptied database, then into a fresh MemoryGraphStore; the side's order swaps every round. Per run: wall, this
// process's CPU and the server's (utime + stime from /proc, the local server of `npm run neo4j:start` only), its JIT
// compiler and Bolt worker threads' apart. Wall time on a shared machine is mostly waiting for a core: compare CPU,
// and the ratio only within a round.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { serverCost, wipe } from './neo4j-ingest-profile.ts';

type Ingest = (store: GraphStore, inputs: string[]) => Promise<unknown[]>;
interface Side { name: string; ingest: Ingest; neo4j: () => GraphStore; memory: () => GraphStore }
interface Run { side: string; round: number; neo4jMs: number; clientCpuMs: number; serverCpuMs: number; jitMs: number; boltMs: number; replans: number; memoryMs: number; load: number }

async function side(name: string, dir: string): Promise<Side> {
  const from = (path: string) => import(pathToFileURL(join(dir, path)).href);
  const { ingestPaths } = await from('graph/pipeline/ingest.ts');
  const { Neo4jGraphStore } = await from('graph/store/neo4j/neo4j-store.ts');
  const { MemoryGraphStore } = await from('graph/store/memory/memory-store.ts');
  return { name, ingest: ingestPaths, neo4j: () => new Neo4jGraphStore(neo4jConfigFromEnv()), memory: () => new MemoryGraphStore() };
}

/** Wall and CPU of `work`: this process's, the server's, and the server's JIT compiler and Bolt worker threads'; the server's replans. */
async function timed(work: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number; serverMs: number; jitMs: number; boltMs: number; replans: number }> {
  const s0 = serverCost();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const c = process.cpuUsage(c0);
  const s1 = serverCost();
  const spent = (pick: (s: NonNullable<typeof s0>) => number) => (s0 && s1 ? (pick(s1) - pick(s0)) * 1000 : Number.NaN);
  return {
    ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000,
    serverMs: spent((s) => s.cpuS), jitMs: spent((s) => s.threads.jit), boltMs: spent((s) => s.threads.bolt),
    replans: s0 && s1 ? s1.replans - s0.replans : Number.NaN,
  };
}

async function runOnce(s: Side, dir: string, round: number): Promise<Run> {
  await wipe();
  const store = s.neo4j();
  const neo4j = await timed(async () => {
    await store.init();
    await s.ingest(store, [dir]);
  }).finally(() => store.close());
  const memory = await timed(async () => {
    const m = s.memory();
    await m.init();
    await s.ingest(m, [dir]);
    await m.close();
  });
  return {
    side: s.name, round, neo4jMs: neo4j.ms, clientCpuMs: neo4j.cpuMs, serverCpuMs: neo4j.serverMs, jitMs: neo4j.jitMs, boltMs: neo4j.boltMs, replans: neo4j.replans,
    memoryMs: memory.ms, load: loadavg()[0],
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { base: { type: 'string' }, dir: { type: 'string' }, runs: { type: 'string', default: '3' } } });
  const base = values.base ? resolve(values.base) : '';
  if (!existsSync(join(base, 'graph/pipeline/ingest.ts'))) throw new Error('neo4j-ingest-ab: --base CHECKOUT (another tree of this repo) is required.');
  if (!values.dir) throw new Error('neo4j-ingest-ab: --dir is required: a corpus folder of `npm run corpus`.');
  const sides = [await side('this tree', resolve('.')), await side('base', base)];
  const runs: Run[] = [];
  for (let round = 1; round <= Number(values.runs); round++) {
    for (const s of round % 2 === 1 ? sides : [...sides].reverse()) {
      const r = await runOnce(s, values.dir, round);
      runs.push(r);
      console.log(`[ingest-ab] round ${round}, ${s.name}: Neo4j ${(r.neo4jMs / 1000).toFixed(1)} s (client cpu ${(r.clientCpuMs / 1000).toFixed(1)} s, ` +
        `server cpu ${(r.serverCpuMs / 1000).toFixed(1)} s: jit ${(r.jitMs / 1000).toFixed(1)}, bolt ${(r.boltMs / 1000).toFixed(1)}; ${r.replans} replans), memory ${(r.memoryMs / 1000).toFixed(1)} s: ${(r.neo4jMs / r.memoryMs).toFixed(1)}×, load ${r.load.toFixed(1)}`);
    }
  }
  console.table(runs.map((r) => ({
    side: r.side, round: r.round, 'neo4j s': (r.neo4jMs / 1000).toFixed(1), 'client cpu s': (r.clientCpuMs / 1000).toFixed(1),
    'server cpu s': (r.serverCpuMs / 1000).toFixed(1), 'jit s': (r.jitMs / 1000).toFixed(1), 'bolt s': (r.boltMs / 1000).toFixed(1), replans: r.replans, 'memory s': (r.memoryMs / 1000).toFixed(1), ratio: (r.neo4jMs / r.memoryMs).toFixed(2), load: r.load.toFixed(1),
  })));
  await wipe();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
