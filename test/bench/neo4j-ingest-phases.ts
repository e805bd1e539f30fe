// Where the bench's Neo4j bulk ingest spends its wall time, phase by phase, and who is busy in each: this process's
// main thread, its other threads (the parse worker, V8's helpers) and the server, sampled from /proc every 250 ms.
//
// `NEO4J_BOLT_PORT=… NEO4J_HTTP_PORT=… NEO4J_URI=… npx tsx test/bench/neo4j-ingest-phases.ts --dir DIR --warm DIR100
//   [--code CHECKOUT] [--runs 1] [--no-memory] [--jfr FILE --jfc SETTINGS]`
// Each run is the bench's case: the local server of this checkout stopped, its database `neo4j` deleted, started
// afresh (the time until Bolt answers is printed), init() and a load of the warm-up corpus as the bench's 100-document
// size does, a wipe, then `ingestPaths` of DIR timed as the bench times it, then the embedded store's ingest of DIR
// (the ratio issue 12 counts). `--code` loads ingestPaths and the stores from another checkout (an A/B: alternate runs).
// Phases come from the store's own write transactions (Neo4jClient.write of that checkout): before the first write
// (reading the files, the emptiness check, dropping the deferred indexes, the parse of the first group), the writes
// (first write transaction's start to the last's end), and after (creating the deferred indexes and waiting for them).
// Wall on a shared machine is mostly waiting for a core: compare CPU, and the phase shares only within a run.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startLocalNeo4j, stopLocalNeo4j } from '../../graph/neo4j/local-server.ts';
import { RUNTIME_PATHS } from '../../graph/neo4j/runtime-files.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import { threadCpu, wipe } from './neo4j-ingest-profile.ts';
import { processCpuMs } from './served-app.ts';

const SAMPLE_MS = 250;

/** This process's main thread and its other threads (parse worker, V8 helpers, libuv), in CPU seconds. */
function clientCpu(): { main: number; other: number } {
  const main = processCpuMs(`self/task/${process.pid}`) / 1000;
  return { main, other: processCpuMs('self') / 1000 - main };
}

interface Sample { at: number; main: number; other: number; server: number }

function sampler(serverPid: string): { samples: Sample[]; stop: () => void } {
  const samples: Sample[] = [];
  const take = () => samples.push({ at: performance.now(), ...clientCpu(), server: processCpuMs(serverPid) / 1000 });
  take();
  const timer = setInterval(take, SAMPLE_MS);
  return { samples, stop: () => { clearInterval(timer); take(); } };
}

interface Phase { name: string; from: number; to: number }

/** Per phase: wall, CPU of each party, and how the intervals split by who was busy (over half a core). */
function summarise(phases: Phase[], samples: Sample[]) {
  return phases.map(({ name, from, to }) => {
    const inside = samples.filter((s) => s.at >= from && s.at <= to);
    const cpu = { main: 0, other: 0, server: 0 };
    const busy = { server: 0, client: 0, both: 0, neither: 0 };
    for (let i = 1; i < inside.length; i++) {
      const a = inside[i - 1];
      const b = inside[i];
      const dt = (b.at - a.at) / 1000;
      const d = { main: b.main - a.main, other: b.other - a.other, server: b.server - a.server };
      cpu.main += d.main;
      cpu.other += d.other;
      cpu.server += d.server;
      const s = d.server / dt > 0.5;
      const c = (d.main + d.other) / dt > 0.5;
      busy[s && c ? 'both' : s ? 'server' : c ? 'client' : 'neither'] += dt;
    }
    return {
      phase: name, 'wall s': ((to - from) / 1000).toFixed(1), 'main cpu s': cpu.main.toFixed(1), 'other cpu s': cpu.other.toFixed(1),
      'server cpu s': cpu.server.toFixed(1), 'server-only s': busy.server.toFixed(1), 'client-only s': busy.client.toFixed(1),
      'both s': busy.both.toFixed(1), 'neither s': busy.neither.toFixed(1),
    };
  });
}

interface Code {
  ingestPaths: (store: GraphStore, inputs: string[], options?: { onIndexing?: () => void }) => Promise<unknown[]>;
  neo4j: () => GraphStore & { init(): Promise<void>; close(): Promise<void> };
  memory: () => GraphStore;
  client: { prototype: { write: (...a: unknown[]) => Promise<unknown> } };
}

async function load(dir: string): Promise<Code> {
  const from = (path: string) => import(pathToFileURL(join(dir, path)).href);
  const { ingestPaths } = await from('graph/pipeline/ingest.ts');
  const { Neo4jGraphStore } = await from('graph/store/neo4j/neo4j-store.ts');
  const { MemoryGraphStore } = await from('graph/store/memory/memory-store.ts');
  const { Neo4jClient } = await from('graph/store/neo4j/neo4j-client.ts');
  return { ingestPaths, neo4j: () => new Neo4jGraphStore(neo4jConfigFromEnv()), memory: () => new MemoryGraphStore(), client: Neo4jClient };
}

/** Records when the store's first write transaction started and its last ended. */
function watch(code: Code, pid: string) {
  const marks = { firstWrite: 0, lastWrite: 0 };
  /** The server's threads by kind at the first write and after the last (the writes' share of JIT, collector, Bolt). */
  const threads = { first: null as Record<string, number> | null, last: null as Record<string, number> | null };
  const proto = code.client.prototype;
  const write = proto.write;
  proto.write = async function (this: unknown, ...a: unknown[]) {
    if (!marks.firstWrite) {
      marks.firstWrite = performance.now();
      threads.first = threadCpu(pid);
    }
    try {
      return await write.apply(this, a);
    } finally {
      marks.lastWrite = performance.now();
      threads.last = threadCpu(pid);
    }
  };
  return { marks, threads, restore: () => { proto.write = write; } };
}

async function restart(): Promise<number> {
  const quiet = () => undefined;
  await stopLocalNeo4j({ log: quiet });
  for (const dir of ['databases', 'transactions']) rmSync(join(RUNTIME_PATHS.data, dir, 'neo4j'), { recursive: true, force: true });
  const started = await startLocalNeo4j({ log: quiet, timeoutMs: 300_000 });
  return started.startMs;
}

async function ingest(code: Code, store: ReturnType<Code['neo4j']>, dir: string): Promise<void> {
  try {
    await store.init();
    await code.ingestPaths(store, [dir]);
  } finally {
    await store.close();
  }
}

/**
 * `--jfr FILE --jfc SETTINGS`: a Java Flight Recording of the server over the writes only (started after the wipe,
 * stopped when the store starts building the deferred indexes), for `neo4j-jit.ts` (its header: how to make SETTINGS).
 */
interface Recording { file: string; settings: string }

async function runOnce(code: Code, dir: string, warm: string, memory: boolean, jfr: Recording | null): Promise<void> {
  const startMs = await restart();
  const pid = readFileSync(RUNTIME_PATHS.pidFile, 'utf8').trim();
  await ingest(code, code.neo4j(), warm);
  await wipe();
  if (jfr) execFileSync('jcmd', [pid, 'JFR.start', 'name=phases', `settings=${jfr.settings}`, `filename=${jfr.file}`]);
  const stopRecording = () => { if (jfr) execFileSync('jcmd', [pid, 'JFR.stop', 'name=phases']); };
  const store = code.neo4j();
  await store.init();
  const { marks, threads, restore } = watch(code, pid);
  const threads0 = threadCpu(pid);
  const { samples, stop } = sampler(pid);
  const t0 = performance.now();
  try {
    await code.ingestPaths(store, [dir], { onIndexing: stopRecording });
  } finally {
    restore();
    await store.close();
  }
  const end = performance.now();
  stop();
  const threads1 = threadCpu(pid);
  const phases: Phase[] = [
    { name: 'to first write', from: t0, to: marks.firstWrite },
    { name: 'writes', from: marks.firstWrite, to: marks.lastWrite },
    { name: 'index build + wait', from: marks.lastWrite, to: end },
    { name: 'whole load', from: t0, to: end },
  ];
  const split = (a: Record<string, number> | null, b: Record<string, number> | null) =>
    (a && b ? ['jit', 'gc', 'bolt'].map((k) => `${k} ${(b[k] - a[k]).toFixed(1)}`).join(', ') : 'unknown');
  console.log(`server start to Bolt ${(startMs / 1000).toFixed(1)} s; load ${((end - t0) / 1000).toFixed(1)} s; server threads over the load: ` +
    `${split(threads0, threads1)} s, over the writes: ${split(threads.first, threads.last)} s; load avg ${loadavg()[0].toFixed(1)}`);
  console.table(summarise(phases, samples));
  // The load's shape: CPU per 5 s of wall (cores busy on average).
  const shape: string[] = [];
  for (let i = 0, j = 0; i < samples.length - 1; i = j) {
    j = samples.findIndex((s) => s.at - samples[i].at >= 5000);
    if (j < 0) j = samples.length - 1;
    const dt = (samples[j].at - samples[i].at) / 1000;
    const rate = (k: 'main' | 'other' | 'server') => ((samples[j][k] - samples[i][k]) / dt).toFixed(2);
    shape.push(`${((samples[i].at - t0) / 1000).toFixed(0)}s m${rate('main')} o${rate('other')} s${rate('server')}`);
  }
  console.log(`cores busy per 5 s (m main thread, o other threads, s server): ${shape.join(' | ')}`);
  if (!memory) return;
  const m0 = performance.now();
  const mem = code.memory();
  await code.ingestPaths(mem, [dir]);
  const memoryS = (performance.now() - m0) / 1000;
  console.log(`embedded store ${memoryS.toFixed(1)} s: Neo4j / memory ${(((end - t0) / 1000) / memoryS).toFixed(2)}×, load avg ${loadavg()[0].toFixed(1)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    dir: { type: 'string' }, warm: { type: 'string' }, code: { type: 'string', default: '.' }, runs: { type: 'string', default: '1' },
    'no-memory': { type: 'boolean' }, jfr: { type: 'string' }, jfc: { type: 'string' },
  } });
  if (!values.dir || !values.warm) throw new Error('neo4j-ingest-phases: --dir (the measured corpus) and --warm (the warm-up corpus) are required.');
  const code = await load(resolve(values.code));
  for (let run = 1; run <= Number(values.runs); run++) {
    console.log(`[phases] run ${run}, code ${values.code}`);
    const jfr = values.jfr && values.jfc ? { file: resolve(values.jfr), settings: resolve(values.jfc) } : null;
    await runOnce(code, resolve(values.dir), resolve(values.warm), !values['no-memory'], jfr);
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
