// Bulk ingest into Neo4j under two server configurations, alternating, each run on a freshly started server with an
// emptied database, as `npm run bench` runs it: a warm-up load (its 100 documents), a wipe, then the measured load,
// then the embedded store's ingest of the same corpus in the same round (the ratio issue 12 counts: within 4×).
//
// `NEO4J_BOLT_PORT=… NEO4J_HTTP_PORT=… npx tsx test/bench/neo4j-config-ab.ts --dir DIR --warm DIR100
//   --side 'parallel=' --side 'g1=-XX:-UseParallelGC -XX:+UseG1GC' [--runs 3]`
// A side is `name=JVM flags`, appended to the local server's own (NEO4J_JVM_OPTS). The local server of this checkout
// is stopped and started again for every run, and its database `neo4j` deleted (the system database, with the password,
// is kept). Per run: wall, this process's CPU (parse worker included), the server's CPU by thread kind (JIT, collector,
// Bolt workers) from /proc. Wall on a shared machine is mostly waiting for a core: compare CPU, the ratio only in a round.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalNeo4j, stopLocalNeo4j } from '../../graph/neo4j/local-server.ts';
import { RUNTIME_PATHS } from '../../graph/neo4j/runtime-files.ts';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { serverCost, wipe } from './neo4j-ingest-profile.ts';

interface Side { name: string; jvmOpts: string }
interface Run { side: string; round: number; neo4jS: number; clientCpuS: number; serverCpuS: number; jitS: number; gcS: number; boltS: number; memoryS: number; load: number }

const quiet = () => undefined;

async function restart(side: Side): Promise<void> {
  await stopLocalNeo4j({ log: quiet });
  for (const dir of ['databases', 'transactions']) rmSync(join(RUNTIME_PATHS.data, dir, 'neo4j'), { recursive: true, force: true });
  process.env.NEO4J_JVM_OPTS = side.jvmOpts;
  await startLocalNeo4j({ log: quiet, timeoutMs: 300_000 });
}

async function ingest(store: GraphStore, dir: string): Promise<void> {
  try {
    await store.init();
    await ingestPaths(store, [dir]);
  } finally {
    await store.close();
  }
}

async function runOnce(side: Side, dir: string, warm: string, round: number): Promise<Run> {
  await restart(side);
  await ingest(new Neo4jGraphStore(neo4jConfigFromEnv()), warm);
  await wipe();
  const s0 = serverCost();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await ingest(new Neo4jGraphStore(neo4jConfigFromEnv()), dir);
  const neo4jS = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const s1 = serverCost();
  if (!s0 || !s1) throw new Error('neo4j-config-ab: the local server\'s /proc entry is gone');
  const m0 = performance.now();
  await ingest(new MemoryGraphStore(), dir);
  const memoryS = (performance.now() - m0) / 1000;
  const thread = (kind: string) => s1.threads[kind] - s0.threads[kind];
  return {
    side: side.name, round, neo4jS, clientCpuS: (c.user + c.system) / 1e6, serverCpuS: s1.cpuS - s0.cpuS,
    jitS: thread('jit'), gcS: thread('gc'), boltS: thread('bolt'), memoryS, load: loadavg()[0],
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    dir: { type: 'string' }, warm: { type: 'string' }, side: { type: 'string', multiple: true }, runs: { type: 'string', default: '3' },
  } });
  if (!values.dir || !values.warm) throw new Error('neo4j-config-ab: --dir (the measured corpus) and --warm (the warm-up corpus) are required.');
  const sides = (values.side ?? []).map((s): Side => {
    const at = s.indexOf('=');
    if (at < 1) throw new Error(`neo4j-config-ab: --side '${s}' is not name=JVM flags`);
    return { name: s.slice(0, at), jvmOpts: s.slice(at + 1) };
  });
  if (sides.length !== 2) throw new Error('neo4j-config-ab: give two --side');
  const runs: Run[] = [];
  try {
    for (let round = 1; round <= Number(values.runs); round++) {
      for (const side of round % 2 === 1 ? sides : [...sides].reverse()) {
        const r = await runOnce(side, values.dir, values.warm, round);
        runs.push(r);
        console.log(`[config-ab] round ${round}, ${r.side}: Neo4j ${r.neo4jS.toFixed(1)} s, client cpu ${r.clientCpuS.toFixed(1)} s, server cpu ` +
          `${r.serverCpuS.toFixed(1)} s (jit ${r.jitS.toFixed(1)}, gc ${r.gcS.toFixed(1)}, bolt ${r.boltS.toFixed(1)}), memory ${r.memoryS.toFixed(1)} s: ` +
          `${(r.neo4jS / r.memoryS).toFixed(2)}×, load ${r.load.toFixed(1)}`);
      }
    }
  } finally {
    delete process.env.NEO4J_JVM_OPTS;
    await restart({ name: 'default', jvmOpts: '' });
  }
  console.table(runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && k !== 'round' ? v.toFixed(1) : v]))));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
