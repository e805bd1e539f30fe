// Catalogue latency on a loaded MemoryGraphStore: p50/p99 per query, wall and CPU time, over inputs drawn from the corpus.
import { performance } from 'node:perf_hooks';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { runQuery } from '../../graph/catalogue/execute.ts';
import type { RowSource } from '../../graph/catalogue/rows.ts';
import type { GraphBatch } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { percentile } from './percentile.ts';

export interface LatencyRow {
  query: string;
  runs: number;
  wallP50: number;
  wallP99: number;
  cpuP50: number;
  cpuP99: number;
  /** The first run, before the measured ones (not in the percentiles): a cold cache or lazily built index shows here. */
  coldMs: number;
}

export type InputsFor = (name: QueryName, i: number) => unknown;

/** Queries that walk the whole graph: fewer runs, or the bench would take minutes at 1,000 documents. */
const HEAVY = new Set<string>(['communities', 'stats', 'workload', 'overlaps', 'documents']);
const MAX_RUNS = 200;
const MIN_RUNS = 20;
/** Per query: stop adding runs after this, once MIN_RUNS are in. */
const BUDGET_MS = 3_000;

/**
 * The store's uncached path when it exposes one: MemoryGraphStore keeps its RowSource private, behind its
 * read gate (memory-gate.ts); reading it here measures the query itself, not the answer cache and the copy
 * of a cached answer (an input repeated, or `documents` and `stats` with no input, were only that copy).
 * Otherwise, or with `viaRun`, store.run, which may hit its cache.
 */
export function queryRunner(store: GraphStore, viaRun = false): { run: (name: QueryName, input: unknown) => Promise<unknown>; uncached: boolean } {
  const inner = store as unknown as { rows?: RowSource; gate?: { rows?: RowSource } };
  // Read per run: a commit publishes a new RowSource.
  const rows = (): RowSource | undefined => inner.gate?.rows ?? inner.rows;
  if (rows() && !viaRun) return { run: (name, input) => runQuery(rows() as RowSource, name, input as QueryInput<typeof name>), uncached: true };
  return { run: (name, input) => store.run(name, input as QueryInput<typeof name>), uncached: false };
}

export async function measureCatalogue(store: GraphStore, inputs: InputsFor, names: readonly QueryName[] = QUERY_NAMES): Promise<LatencyRow[]> {
  const { run } = queryRunner(store);
  const rows: LatencyRow[] = [];
  for (const name of names) {
    const wall: number[] = [];
    const cpu: number[] = [];
    const max = HEAVY.has(name) ? MIN_RUNS : MAX_RUNS;
    const c0 = performance.now();
    await run(name, inputs(name, 0));
    const coldMs = performance.now() - c0;
    const started = performance.now();
    for (let i = 0; i < max && (i < MIN_RUNS || performance.now() - started < BUDGET_MS); i++) {
      const input = inputs(name, i);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await run(name, input);
      const c = process.cpuUsage(c0);
      // CPU time as well as wall time: on a shared, loaded machine wall time partly measures waiting.
      cpu.push((c.user + c.system) / 1000);
      wall.push(performance.now() - t0);
    }
    rows.push({ query: name, runs: wall.length, wallP50: percentile(wall, 0.5), wallP99: percentile(wall, 0.99), cpuP50: percentile(cpu, 0.5), cpuP99: percentile(cpu, 0.99), coldMs });
  }
  return rows;
}

/**
 * Inputs that name real units, places, tasks and documents of the ingested batches, varied per run. Only their
 * ids and names are kept (copied strings): the batches can then be dropped, so the heap the queries run in holds
 * one graph (the store's), as a server's does, not that graph and a second copy whose marking lengthens every GC.
 */
export function corpusInputs(batches: GraphBatch[]): InputsFor {
  const pick = (label: string) => batches.flatMap((b) => b.nodes.filter((n) => n.label === label).map((n) => ({ id: copy(n.id), name: copy(n.name) })));
  const units = pick('Unit');
  const places = pick('Place');
  const tasks = pick('Task');
  const docs = batches.map((b) => copy(b.docId));
  if (units.length === 0 || places.length === 0 || tasks.length === 0) throw new Error('corpusInputs: the corpus has no units, places or tasks. Generate one with npm run corpus.');
  const at = <T>(list: T[], i: number): T => list[(i * 7919) % list.length];
  return (name, i) => {
    switch (name) {
      case 'unitTasks': return { unit: i % 2 ? at(units, i).id : at(units, i).name };
      case 'unitPartners': return { unit: at(units, i).id };
      case 'sharedTasks': return { a: at(units, i).id, b: at(units, i + 1).id };
      case 'overlaps': return i % 2 ? { docId: at(docs, i) } : { entity: at(places, i).id, minShared: 1 };
      case 'entityTasks': case 'entityUnits': return { label: 'Place', name: at(places, i).name };
      case 'workload': return i % 2 ? { docId: at(docs, i) } : {};
      case 'accountabilityGaps': case 'targets': return { docId: at(docs, i) };
      case 'neighborhood': return { id: at(tasks, i).id, depth: 2 };
      case 'shortestPath': return { a: at(tasks, i).id, b: at(tasks, i + 3).id };
      case 'search': return { text: at(places, i).name };
      default: return {};
    }
  };
}

/** A string that shares no memory with the batch it came from (V8 may keep a slice's parent string alive). */
function copy(text: string): string {
  return text.length === 0 ? text : ` ${text}`.slice(1);
}

/**
 * This section alone (the whole `npm run bench` takes many minutes):
 * `npx tsx test/bench/catalogue-latency.ts [--docs 1000] [--seed 1] [--dir DIR] [--only a,b]`.
 */
async function main(): Promise<void> {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, dir: { type: 'string' }, only: { type: 'string' } } });
  const docs = Number(values.docs);
  const dir = values.dir ?? `/tmp/policy-graph-latency-${docs}-${values.seed}`;
  const { existsSync } = await import('node:fs');
  if (!existsSync(`${dir}/truth.json`)) await (await import('./corpus/generate.ts')).writeCorpus(dir, { docs, seed: Number(values.seed) });
  const { MemoryGraphStore } = await import('../../graph/store/memory/memory-store.ts');
  const { prepareBatches } = await import('../../graph/pipeline/ingest.ts');
  const store = new MemoryGraphStore();
  await store.init();
  const inputs = await (async () => {
    const batches = (await prepareBatches([dir])).map((p) => p.batch);
    for (const batch of batches) await store.applyBatch(batch);
    return corpusInputs(batches);
  })();
  const names = values.only ? (values.only.split(',') as QueryName[]) : QUERY_NAMES;
  const rows = await measureCatalogue(store, inputs, names);
  console.log(`${docs} documents, load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.table(rows.map((r) => ({ ...r, wallP50: r.wallP50.toFixed(2), wallP99: r.wallP99.toFixed(2), cpuP99: r.cpuP99.toFixed(2), coldMs: r.coldMs.toFixed(1) })));
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) await main();
