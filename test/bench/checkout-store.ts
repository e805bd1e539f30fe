// A memory store of another checkout's code, loaded with given batches, for the catalogue A/B tools (catalogue-ab.ts,
// catalogue-retained.ts): both trees' stores live in one process and meet the same load.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { QueryName } from '../../graph/catalogue/catalogue.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { queryRunner } from './catalogue-latency.ts';

export type Run = (name: QueryName, input: unknown) => Promise<unknown>;

/** A loaded store of the checkout at `dir`, queried through its own uncached RowSource and catalogue. */
export async function loadedCheckout(dir: string, batches: unknown[]): Promise<Run> {
  const from = (path: string) => import(pathToFileURL(join(resolve(dir), path)).href);
  const { MemoryGraphStore } = await from('graph/store/memory/memory-store.ts');
  const { runQuery } = await from('graph/catalogue/execute.ts');
  const store: GraphStore = new MemoryGraphStore();
  await store.init();
  for (const batch of batches) await store.applyBatch(structuredClone(batch) as never);
  const inner = store as unknown as { gate: { rows: unknown } };
  if (!queryRunner(store).uncached) throw new Error(`${dir}: no uncached RowSource to time`);
  return (name, input) => runQuery(inner.gate.rows, name, input);
}
