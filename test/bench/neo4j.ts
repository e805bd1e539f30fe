// Neo4j section of the benchmark (only when NEO4J_URI is set): bulk ingest at each size, catalogue and /api/ask latency, RSS.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { ingestPaths, prepareBatches } from '../../graph/pipeline/ingest.ts';
import type { Skipped } from './api.ts';
import { corpusInputs, measureCatalogue, type LatencyRow } from './catalogue-latency.ts';
import { percentile } from './percentile.ts';
import { measureServerMemory, type ServerMemory } from './neo4j-memory.ts';

export interface Neo4jSize {
  docs: number;
  ingestMs: number;
  docsPerSec: number;
  /** The load average (1 min) when the ingest ended: the machine is shared. */
  load: number;
  catalogue: LatencyRow[];
  ask: { runs: number; p50: number; p99: number; firstMs: number };
  /** This process's RSS after the catalogue and ask runs at this size (it also ingested and parsed the corpus). */
  rssMB: number;
  /** A fresh process serving the loaded database (neo4j-memory.ts): RSS and heap at each step, and what it keeps. */
  server: ServerMemory;
}

export interface Neo4jResult {
  sizes: Neo4jSize[];
}

const STORE_FILE = fileURLToPath(new URL('../../graph/store/neo4j/neo4j-store.ts', import.meta.url));
const ASK_RUNS = 40;

type StoreModule = typeof import('../../graph/store/neo4j/neo4j-store.ts');

/** One session on the NEO4J_* database for the section's own housekeeping (emptiness check, wipe). */
async function withDriver<T>(work: (run: (q: string) => Promise<number>) => Promise<T>): Promise<T> {
  const env = process.env;
  const driver = neo4j.driver(env.NEO4J_URI as string, neo4j.auth.basic(env.NEO4J_USER || 'neo4j', env.NEO4J_PASSWORD || 'policygraph-dev'));
  const session = driver.session({ database: env.NEO4J_DATABASE || undefined });
  try {
    return await work(async (q) => Number((await session.run(q)).records[0]?.get(0) ?? 0));
  } finally {
    await session.close();
    await driver.close();
  }
}

const wipe = () => withDriver((run) => run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS RETURN 0'));

/** /api/ask on the Neo4j store, in process (app.request): questions about the corpus's own units. */
async function measureAsk(store: import('../../graph/store/graph-store.ts').GraphStore, units: string[]): Promise<Neo4jSize['ask']> {
  const { createApp } = await import('../../server/app.ts');
  const app = createApp({ store, ask: { model: null } });
  const ask = (i: number) => Promise.resolve(app.request('/api/ask', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: `${units[i % units.length]}牵头哪些任务？` }),
  })).then((r) => r.arrayBuffer());
  const t0 = performance.now();
  await ask(0);
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 1; i <= ASK_RUNS; i++) {
    const t = performance.now();
    await ask(i);
    times.push(performance.now() - t);
  }
  return { runs: times.length, p50: percentile(times, 0.5), p99: percentile(times, 0.99), firstMs };
}

async function benchInputs(dir: string) {
  const batches = (await prepareBatches([dir])).map((p) => p.batch);
  const units = [...new Set(batches.flatMap((b) => b.nodes.filter((n) => n.label === 'Unit').map((n) => ` ${n.name}`.slice(1))))].slice(0, 50);
  return { inputs: corpusInputs(batches), units };
}

async function measureSize(mod: StoreModule, dir: string): Promise<Neo4jSize> {
  await wipe();
  const store = new mod.Neo4jGraphStore(mod.neo4jConfigFromEnv());
  try {
    await store.init();
    const t0 = performance.now();
    const reports = await ingestPaths(store, [dir]);
    const ingestMs = performance.now() - t0;
    const load = loadavg()[0];
    // The parsed corpus is dropped before measuring: only the inputs' names and ids are kept (corpusInputs).
    const { inputs, units } = await benchInputs(dir);
    const catalogue = await measureCatalogue(store, inputs);
    const ask = await measureAsk(store, units);
    const rssMB = process.memoryUsage().rss / 2 ** 20;
    const server = await measureServerMemory();
    return { docs: reports.length, ingestMs, docsPerSec: reports.length / (ingestMs / 1000), load, catalogue, ask, rssMB, server };
  } finally {
    await store.close();
  }
}

/** Runs on an empty database only (sizes are ingested from scratch), and leaves it empty. */
export async function neo4jSection(corpusRoot: string, sizes: number[]): Promise<Neo4jResult | Skipped> {
  if (!process.env.NEO4J_URI) return { skipped: 'NEO4J_URI is not set (npm run neo4j:start, then NEO4J_URI=bolt://127.0.0.1:7687)' };
  if (!existsSync(STORE_FILE)) return { skipped: 'graph/store/neo4j/neo4j-store.ts is missing' };
  let held: number;
  try {
    held = await withDriver((run) => run('MATCH (n) RETURN count(n)'));
  } catch (error) {
    return { skipped: `Neo4j at ${process.env.NEO4J_URI} did not answer (${(error as Error).message})` };
  }
  if (held > 0) return { skipped: `the database at ${process.env.NEO4J_URI} is not empty (${held} nodes): the section ingests from scratch` };
  const mod = (await import(STORE_FILE)) as StoreModule;
  const out: Neo4jSize[] = [];
  try {
    for (const docs of sizes) {
      console.log(`[bench] Neo4j, ${docs} documents…`);
      out.push(await measureSize(mod, join(corpusRoot, String(docs))));
      const last = out[out.length - 1];
      console.log(`[bench] Neo4j, ${docs} documents: ${(last.ingestMs / 1000).toFixed(1)} s, ${last.docsPerSec.toFixed(1)} docs/s (load ${last.load.toFixed(1)})`);
    }
  } finally {
    await wipe();
  }
  return { sizes: out };
}

/** `npx tsx test/bench/neo4j.ts [--sizes 100,1000]`: this section alone (the full `npm run bench` runs it too). */
async function main(argv: string[]): Promise<void> {
  const { parseArgs } = await import('node:util');
  const { writeCorpus } = await import('./corpus/generate.ts');
  const { values } = parseArgs({ args: argv, options: { sizes: { type: 'string', default: '100,1000' }, out: { type: 'string', default: 'test-output' } } });
  const sizes = values.sizes.split(',').map(Number).filter((x) => x > 0);
  const root = join(values.out, 'bench-corpus');
  for (const docs of sizes) await writeCorpus(join(root, String(docs)), { docs, seed: 1, noise: 0 });
  const result = await neo4jSection(root, sizes);
  console.log(JSON.stringify({ machine: { loadAverage: loadavg() }, neo4j: result }, null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  });
}
