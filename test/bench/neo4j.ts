// Neo4j section of the benchmark (only when NEO4J_URI is set): batched vs per-row ingest, and catalogue p50/p99.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { GraphBatch } from '../../graph/model.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import type { Skipped } from './api.ts';
import { corpusInputs, measureCatalogue, type LatencyRow } from './catalogue-latency.ts';

export interface Neo4jResult {
  docs: number;
  batchedMs: number;
  perRowMs: number;
  /** per-row time / batched time: how much batching buys. */
  ratio: number;
  catalogue: LatencyRow[];
}

const STORE_FILE = fileURLToPath(new URL('../../graph/store/neo4j-store.ts', import.meta.url));
/** Per-row writes run one statement per node and edge: keep the sample small. */
const DOCS = Number(process.env.BENCH_NEO4J_DOCS ?? 20);

/** Writes the bench documents into the database NEO4J_URI names, and removes them again at the end. */
export async function neo4jSection(dir: string): Promise<Neo4jResult | Skipped> {
  if (!process.env.NEO4J_URI) return { skipped: 'NEO4J_URI is not set (npm run neo4j:start, then NEO4J_URI=bolt://127.0.0.1:7687)' };
  if (!existsSync(STORE_FILE)) return { skipped: 'graph/store/neo4j-store.ts is missing' };
  const mod = (await import(STORE_FILE)) as typeof import('../../graph/store/neo4j-store.ts');
  const store = new mod.Neo4jGraphStore(mod.neo4jConfigFromEnv());
  const sample = (await prepareBatches([dir])).slice(0, DOCS).map((p) => p.batch);
  try {
    await store.init();
  } catch (error) {
    await store.close().catch(() => undefined);
    return { skipped: `Neo4j at ${process.env.NEO4J_URI} did not answer (${(error as Error).message})` };
  }
  try {
    const timed = async (apply: (b: GraphBatch) => Promise<unknown>) => {
      for (const b of sample) await store.removeDocument(b.docId);
      const t0 = performance.now();
      for (const b of sample) await apply(b);
      return performance.now() - t0;
    };
    const perRowMs = await timed((b) => store.applyBatchPerRow(b));
    const batchedMs = await timed((b) => store.applyBatch(b));
    const catalogue = await measureCatalogue(store, corpusInputs(sample));
    return { docs: sample.length, batchedMs, perRowMs, ratio: perRowMs / batchedMs, catalogue };
  } finally {
    for (const b of sample) await store.removeDocument(b.docId).catch(() => false);
    await store.close();
  }
}
