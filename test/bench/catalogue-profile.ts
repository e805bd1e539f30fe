// Where a catalogue query's CPU goes: load a corpus, run the bench's inputs for the chosen queries under the V8
// profiler (the load itself is not profiled), print the functions with the most self time.
//
// `npx tsx test/bench/catalogue-profile.ts --dir DIR --only entityTasks,search [--runs 200] [--top 25] [--input JSON] [--neo4j]`; then, per
// query, the inputs whose best of 5 runs is slowest: work the input itself costs, apart from GC pauses and a busy machine.
// `--neo4j`: this process's side of the Neo4j store (NEO4J_URI…, a database neo4j-catalogue.ts loaded from DIR): the
// driver's decoding and the rows' shaping, which a tail can be made of as much as the server's work.
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import type { QueryName } from '../../graph/catalogue/catalogue.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import { corpusInputs, queryRunner } from './catalogue-latency.ts';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }

/** Self time per function (name, file, line), in ms, largest first. */
function selfTimes(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const f = byId.get(samples[i])?.callFrame;
    if (!f) continue;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    ms.set(key, (ms.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return [...ms].sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    dir: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string', default: '200' }, top: { type: 'string', default: '25' }, input: { type: 'string' }, neo4j: { type: 'boolean' },
  } });
  if (!values.dir || !values.only) throw new Error('--dir DIR and --only a,b are required');
  const batches = (await prepareBatches([values.dir])).map((p) => p.batch);
  const store: GraphStore = values.neo4j ? new Neo4jGraphStore(neo4jConfigFromEnv()) : new MemoryGraphStore();
  await store.init();
  if (!values.neo4j) for (const batch of batches) await store.applyBatch(batch);
  // --input JSON: that one input every run (a slow one the list below found), instead of the bench's.
  const inputs = values.input ? () => JSON.parse(values.input as string) : corpusInputs(batches);
  const { run } = queryRunner(store);
  const names = values.only.split(',') as QueryName[];
  // One warm-up pass: row caches are built once per graph version.
  for (const name of names) for (let i = 0; i < Number(values.runs); i++) await run(name, inputs(name, i));
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  for (const name of names) {
    await session.post('Profiler.start');
    const c0 = process.cpuUsage();
    for (let i = 0; i < Number(values.runs); i++) await run(name, inputs(name, i));
    const c = process.cpuUsage(c0);
    const { profile } = await session.post('Profiler.stop');
    console.log(`\n${name}: ${values.runs} runs, CPU ${((c.user + c.system) / 1000).toFixed(1)} ms`);
    for (const [fn, ms] of selfTimes(profile as never).slice(0, Number(values.top))) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${fn}`);
  }
  session.disconnect();
  for (const name of names) console.log(`\n${name}, slowest inputs by best of 5 (CPU ms):\n${(await slowestInputs(run, name, inputs, Number(values.runs))).join('\n')}`);
  await store.close();
}

async function slowestInputs(run: (name: QueryName, input: unknown) => Promise<unknown>, name: QueryName, inputs: (n: QueryName, i: number) => unknown, runs: number): Promise<string[]> {
  const best: Array<[number, unknown]> = [];
  for (let i = 0; i < runs; i++) {
    let min = Infinity;
    for (let k = 0; k < 5; k++) {
      const c0 = process.cpuUsage();
      await run(name, inputs(name, i));
      const c = process.cpuUsage(c0);
      min = Math.min(min, (c.user + c.system) / 1000);
    }
    best.push([min, inputs(name, i)]);
  }
  return best.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([ms, input]) => `  ${ms.toFixed(2)}  ${JSON.stringify(input)}`);
}

await main();
